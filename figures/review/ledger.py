"""The decisions ledger: editors' decisions on findings, keyed by the findings' fingerprints.

One ``[[decision]]`` table per decision in a TOML file (``claims/decisions.toml`` by default),
sorted by fingerprint so that diffs and merges stay small. Writes happen under a file lock and
through a temporary file renamed into place, so two reviewers recording at once lose nothing; a
ledger that does not parse is reported as ``file:line: problem`` and never rewritten.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import tomli_w
from filelock import FileLock

DEFAULT_LEDGER = Path("claims") / "decisions.toml"
STATUSES = ("accepted", "confirmed", "deferred")
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")
_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_HEADER = "# figures review decisions: one [[decision]] per reviewed finding, keyed by its fingerprint.\n# Edit with `python -m figures review`; keep the file sorted by fingerprint.\n\n"


class LedgerError(ValueError):
    """A ledger that cannot be read; the message is ``file:line: problem``."""


@dataclass(frozen=True)
class Decision:
    """One editor's decision on one finding."""

    fingerprint: str
    status: str
    note: str
    reviewer: str
    date: dt.date
    rule: str = ""
    document: str = ""
    sentence: str = ""

    def to_toml(self) -> dict:
        return {key: value for key, value in self.__dict__.items() if value != ""}


def read_ledger(path: Path) -> dict[str, Decision]:
    """The decisions in ``path`` by fingerprint (none when the file does not exist)."""
    if not path.exists():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise LedgerError(f"{path}:1: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        line = _LINE.search(str(error))
        raise LedgerError(f"{path}:{line.group(1) if line else 1}: invalid TOML: {_LINE.sub('', str(error)).strip()}") from None
    unknown = set(data) - {"decision"}
    if unknown:
        raise LedgerError(f"{path}:1: unknown table(s) {', '.join(sorted(unknown))}; expected only [[decision]]")
    records = data.get("decision", [])
    if not isinstance(records, list):
        raise LedgerError(f"{path}:1: 'decision' must be an array of tables ([[decision]])")
    lines = [number for number, content in enumerate(text.splitlines(), 1) if content.strip() == "[[decision]]"]
    decisions: dict[str, Decision] = {}
    for index, record in enumerate(records):
        where = f"{path}:{lines[index] if index < len(lines) else 1}"
        decision = _decision(record, where)
        if decision.fingerprint in decisions:
            raise LedgerError(f"{where}: fingerprint {decision.fingerprint} is decided twice")
        decisions[decision.fingerprint] = decision
    return decisions


def _decision(record: dict, where: str) -> Decision:
    fingerprint = record.get("fingerprint")
    if not isinstance(fingerprint, str) or not _FINGERPRINT.fullmatch(fingerprint):
        raise LedgerError(f"{where}: fingerprint must be 16 hexadecimal digits, not {fingerprint!r}")
    status = record.get("status")
    if status not in STATUSES:
        raise LedgerError(f"{where}: status must be one of {', '.join(STATUSES)}, not {status!r}")
    date = record.get("date")
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        raise LedgerError(f"{where}: date must be a TOML date (YYYY-MM-DD), not {date!r}")
    for key in ("note", "reviewer", "rule", "document", "sentence"):
        if not isinstance(record.get(key, ""), str):
            raise LedgerError(f"{where}: {key} must be a string")
    unknown = set(record) - {"fingerprint", "status", "note", "reviewer", "date", "rule", "document", "sentence"}
    if unknown:
        raise LedgerError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    return Decision(
        fingerprint=fingerprint,
        status=status,
        note=record.get("note", ""),
        reviewer=record.get("reviewer", ""),
        date=date,
        rule=record.get("rule", ""),
        document=record.get("document", ""),
        sentence=record.get("sentence", ""),
    )


def update_ledger(path: Path, change: Callable[[dict[str, Decision]], dict[str, Decision]]) -> dict[str, Decision]:
    """Apply ``change`` to the ledger under a file lock and write the result atomically. The
    ledger is read inside the lock, so concurrent reviewers each see the other's decisions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(f"{path}.lock"):
        decisions = change(read_ledger(path))
        _write_atomically(path, decisions.values())
    return decisions


def record_decision(path: Path, decision: Decision) -> None:
    """Add or replace the decision on one finding."""
    update_ledger(path, lambda decisions: {**decisions, decision.fingerprint: decision})


def remove_decisions(path: Path, fingerprints: Iterable[str]) -> None:
    """Remove decisions (stale ones, with ``review --prune``)."""
    doomed = set(fingerprints)
    update_ledger(path, lambda decisions: {k: v for k, v in decisions.items() if k not in doomed})


def _write_atomically(path: Path, decisions: Iterable[Decision]) -> None:
    ordered = sorted(decisions, key=lambda d: d.fingerprint)
    body = tomli_w.dumps({"decision": [d.to_toml() for d in ordered]}) if ordered else ""
    # Closed by the ``with`` below and kept (delete=False): it is renamed over the ledger.
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            handle.write(_HEADER + body)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
