"""Reference data: tidy tables of official figures with provenance, loaded and validated.

One row is one value of one series for one period in one vintage (the date it was published).
Loading checks every row and reports the first problem as ``file:line: problem``; user tables
take precedence over the bundled one for the same series, period and vintage.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from figures.periods import parse_period_label
from figures.units import parses

COLUMNS = [
    "series_id", "metric", "product", "measure", "reporter", "partner", "concept", "period", "base_period",
    "value", "unit", "lower", "upper", "definition", "source_name", "source_url", "published", "confidence",
]  # fmt: skip  (the documented order; only REQUIRED must be present)
REQUIRED = ["series_id", "metric", "measure", "reporter", "period", "value", "unit", "source_name", "published", "confidence"]
OPTIONAL = ["product", "partner", "concept", "base_period", "definition", "source_url", "lower", "upper"]
MEASURES = ("level", "change_pct", "share", "rate")
STATIC = "static"  # a value not tied to a period (an area)
SUFFIXES = (".csv", ".parquet")
_PUBLISHED = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_KEY = ["series_id", "period", "published"]


class ReferenceError(ValueError):
    """A reference table that cannot be used; the message is ``file:line: problem``."""


def bundled_reference_path() -> Path:
    return Path(str(resources.files("figures") / "data" / "reference" / "georgia.csv"))


def reference_files(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the .csv/.parquet files in directories named (recursively, sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
        elif path.exists():
            files.append(path)
        else:
            raise ReferenceError(f"{path}: no such file or directory")
    return files


def load_reference(user_paths: Sequence[Path] = (), include_bundled: bool = True) -> pd.DataFrame:
    """The reference rows of the bundled table and the user's files, validated; a user row
    replaces a bundled one with the same series, period and vintage."""
    frames = [bundled_reference()] if include_bundled else []
    frames += [read_reference_file(path, user=True) for path in reference_files(user_paths)]
    if not frames:
        return _empty()
    table = pd.concat(frames, ignore_index=True)
    # Later frames (user files) win: keep the last row of each key.
    return table.drop_duplicates(subset=_KEY, keep="last").reset_index(drop=True)


@cache
def bundled_reference() -> pd.DataFrame:
    return read_reference_file(bundled_reference_path(), user=False)


def _empty() -> pd.DataFrame:
    return pd.DataFrame(columns=[*REQUIRED, *OPTIONAL])


def read_reference_file(path: Path, user: bool = True) -> pd.DataFrame:
    """Read and validate one CSV or Parquet reference table."""
    try:
        if path.suffix.lower() == ".parquet":
            raw = pd.read_parquet(path).astype(str).replace({"nan": "", "None": ""})
            first_line, unit_of_line = 1, "row"
        else:
            raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
            first_line, unit_of_line = 2, "line"
    except (OSError, ValueError, UnicodeDecodeError, ImportError) as error:
        raise ReferenceError(f"{path}: cannot be read as a reference table: {str(error).splitlines()[0]}") from None
    missing = [column for column in REQUIRED if column not in raw.columns]
    if missing:
        raise ReferenceError(f"{path}:1: missing column(s) {', '.join(missing)}")
    for column in OPTIONAL:
        if column not in raw.columns:
            raw[column] = ""
    rows = [_validated(path, first_line + index, unit_of_line, row) for index, row in enumerate(raw.to_dict("records"))]
    table = pd.DataFrame(rows)
    if table.empty:
        return _empty()
    duplicated = table.duplicated(subset=_KEY, keep="first")
    if duplicated.any():
        row = table[duplicated].iloc[0]
        raise ReferenceError(
            f"{path}:{row['line']}: duplicate row: {row['series_id']} {row['period']} appears twice in the "
            f"vintage published {row['published'] or '(undated)'}"
        )
    table["origin"] = str(path)
    table["user"] = user
    return table


def _validated(path: Path, line: int, unit_of_line: str, row: dict) -> dict:
    where = f"{path}:{line}" if unit_of_line == "line" else f"{path}: row {line}"

    def problem(text: str) -> ReferenceError:
        return ReferenceError(f"{where}: {text}")

    row = {key: (value.strip() if isinstance(value, str) else value) for key, value in row.items()}
    for column in ("series_id", "metric", "reporter", "source_name"):
        if not row[column]:
            raise problem(f"empty {column}")
    if row["measure"] not in MEASURES:
        raise problem(f"measure {row['measure']!r} is not one of {', '.join(MEASURES)}")
    try:
        value = float(row["value"])
    except ValueError:
        raise problem(f"value {row['value']!r} is not a number") from None
    if math.isnan(value) or math.isinf(value):
        raise problem(f"value {row['value']!r} is not a finite number")
    if not parses(row["unit"]):
        raise problem(f"unit {row['unit']!r} is not a unit figures knows (see figures/data/units.txt)")
    if row["period"] == STATIC:
        start = end = None
        granularity = STATIC
    else:
        period = parse_period_label(row["period"])
        if period is None:
            raise problem(f"period {row['period']!r} is not a period label (2024, 2024-H1, 2024-Q3, 2024-06, 2024-01..2024-09, static)")
        start, end, granularity = period.start, period.end, period.granularity
    if row["base_period"] and parse_period_label(row["base_period"]) is None:
        raise problem(f"base_period {row['base_period']!r} is not a period label")
    if row["published"] and not _PUBLISHED.fullmatch(row["published"]):
        raise problem(f"published {row['published']!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    try:
        published = _first_day(row["published"])
    except ValueError:
        raise problem(f"published {row['published']!r} is not a valid date") from None
    lower, upper = _bounds(row, value, problem)
    return {
        **{column: row[column] for column in (*REQUIRED, *OPTIONAL) if column not in ("lower", "upper")},
        "value": value,
        "lower": lower,
        "upper": upper,
        "period_start": start,
        "period_end": end,
        "granularity": granularity,
        "published_date": published,
        "line": line,
    }


def _first_day(published: str) -> dt.date | None:
    """A vintage date; a month or a year alone is read as its first day (the figure may have
    been out then), so that it counts as known to an article written later in that month."""
    if not published:
        return None
    parts = [int(part) for part in published.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _bounds(row: dict, value: float, problem) -> tuple[float, float]:
    """The interval the reference value allows: explicit lower/upper columns, else the rounding of
    its digits — every digit for exact rows, trailing zeros as rounding for approximate ones."""
    if row["lower"] or row["upper"]:
        try:
            lower, upper = float(row["lower"] or value), float(row["upper"] or value)
        except ValueError:
            raise problem("lower/upper must be numbers") from None
        if not lower <= value <= upper:
            raise problem(f"value {value} is not within [lower, upper] = [{lower}, {upper}]")
        return lower, upper
    digits = row["value"].lstrip("+-")
    whole, _, decimals = digits.partition(".")
    if decimals:
        half = 0.5 * 10.0 ** -len(decimals)
    elif row["confidence"].startswith("approximate") and whole.strip("0"):
        half = 0.5 * 10.0 ** (len(whole) - len(whole.rstrip("0")))
    else:
        half = 0.5
    return value - half, value + half
