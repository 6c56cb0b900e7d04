"""Configuration from ``figures.toml`` or ``[tool.figures]`` in ``pyproject.toml``, validated
key by key so that a mistake is reported with the file and the key it is in."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from figures.options import ExtractOptions

FAIL_ON = ("error", "warning", "never")
SEVERITIES = ("info", "warning", "error", "decision-error")


class ConfigError(ValueError):
    """A configuration problem; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    fail_on: str = "error"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()  # (rule code, severity) overrides
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    reference: tuple[Path, ...] = ()  # user reference tables, relative to the configuration file
    decisions: Path | None = None  # the review ledger, relative to the configuration file
    source: str | None = None  # the file the configuration was read from


def find_config(directory: Path) -> Path | None:
    """``figures.toml`` in ``directory``, else a ``pyproject.toml`` there with ``[tool.figures]``."""
    candidate = directory / "figures.toml"
    if candidate.is_file():
        return candidate
    pyproject = directory / "pyproject.toml"
    if pyproject.is_file():
        try:
            if "figures" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}):
                return pyproject
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{pyproject}: invalid TOML: {error}") from None
    return None


def load_config(path: Path | None = None, directory: Path | None = None) -> Config:
    """Read and validate the configuration (defaults when there is none)."""
    path = path or find_config(directory or Path.cwd())
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    table = data.get("tool", {}).get("figures", {}) if path.name == "pyproject.toml" else data
    return parse_config(table, str(path))


def parse_config(table: dict[str, Any], source: str) -> Config:
    """Validate a configuration table (kebab-case keys, as in ruff's)."""

    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{source}: key '{key}': {problem}")

    known = {"fail-on", "select", "ignore", "severity", "trailing-zeros", "approx-widening", "fraction-half-width", "reference", "decisions"}
    for key in table:
        if key not in known:
            raise fail(key, f"unknown key (known keys: {', '.join(sorted(known))})")
    fail_on = table.get("fail-on", "error")
    if fail_on not in FAIL_ON:
        raise fail("fail-on", f"must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    codes = {}
    for key in ("select", "ignore"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise fail(key, "must be a list of rule codes or prefixes, e.g. [\"FIG1\", \"FIG201\"]")
        codes[key] = tuple(item.upper() for item in value)
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise fail("severity", "must be a table of rule code = severity")
    for code, level in severity.items():
        if level not in SEVERITIES:
            raise fail(f"severity.{code}", f"must be one of {', '.join(SEVERITIES)}, not {level!r}")
    approx_widening = _number(table, "approx-widening", 0.05, fail)
    fraction_half_width = _number(table, "fraction-half-width", 2.5, fail)
    try:
        extract = ExtractOptions(
            trailing_zeros=table.get("trailing-zeros", "rounded"),
            approx_widening=approx_widening,
            fraction_half_width=fraction_half_width,
        )
    except ValueError as error:
        key = str(error).split(" ", 1)[0].replace("_", "-")
        raise fail(key, str(error).split(" ", 1)[1]) from None
    reference = table.get("reference", [])
    if isinstance(reference, str):
        reference = [reference]
    if not isinstance(reference, list) or not all(isinstance(item, str) for item in reference):
        raise fail("reference", "must be a path or a list of paths to reference tables")
    base = Path(source).parent
    decisions = table.get("decisions")
    if decisions is not None and not isinstance(decisions, str):
        raise fail("decisions", "must be the path of the decisions ledger, e.g. \"claims/decisions.toml\"")
    return Config(
        decisions=base / decisions if decisions else None,
        reference=tuple(base / item for item in reference),
        fail_on=fail_on,
        select=codes["select"],
        ignore=codes["ignore"],
        severity=tuple(sorted((code.upper(), level) for code, level in severity.items())),
        extract=extract,
        source=source,
    )


def _number(table: dict[str, Any], key: str, default: float, fail) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise fail(key, f"must be a number, not {value!r}")
    return float(value)
