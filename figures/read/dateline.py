"""The publication date a plain-text article gives at its top: a dateline or a byline's date.

Wire copy opens "TBILISI, 12 March 2025 (Reuters) –", a pasted page "Published: March 12, 2025
14:35". Only the first lines are read, only a date with its year counts ("TBILISI, March 12 –"
says no year), and metadata — front matter, a sidecar, an HTML page's own date, ``--published`` —
wins over it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from figures.lexicon import load_lexicon

_LINES_READ = 4  # non-empty lines at the top: headline, standfirst, byline, dateline
# Markdown keeps its emphasis in the text read: "*Published 5 March 2025*", "**Yerevan, 5 December 2024.**"
_EMPHASIS = r"[*_]{0,3}"
_BYLINE_BEFORE = re.compile(rf"(?i){_EMPHASIS}(?:(?:first\s+)?(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*)?")
_BYLINE_AFTER = re.compile(rf"(?i),?\s*(?:(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?{_EMPHASIS}\s*")
_DATELINE_BEFORE = re.compile(rf"{_EMPHASIS}[A-Z][\w'’./-]*(?:\s+[A-Z][\w'’./-]*){{0,3}},\s+")  # "TBILISI, ", "New York, ", "BAKU/TBILISI, ": a place's words
# " (Reuters) –", or a full stop before the story begins: "Tbilisi, 4 March 2025. Turkey was …"
_DATELINE_AFTER = re.compile(rf"\s*(?:\([^)\n]{{1,30}}\)\s*)?(?:{_EMPHASIS}\s*[-–—:]|\.{_EMPHASIS}(?:\s|$))")


class _Dates(NamedTuple):
    pattern: re.Pattern[str]
    months: dict[str, int]


@cache
def _dates() -> _Dates:
    months = {name.lower(): number for name, number in load_lexicon("periods")["months"].items()}
    month = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    pattern = re.compile(
        rf"(?i)(?<!\w)(?:(?P<day>\d{{1,2}})\s+(?P<month>{month})\.?,?\s+(?P<year>(?:19|20)\d\d)"  # 12 March 2025
        rf"|(?P<month_first>{month})\.?\s+(?P<day_after>\d{{1,2}}),?\s+(?P<year_after>(?:19|20)\d\d)"  # March 12, 2025
        rf"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))(?!\w)"  # 2025-03-12
    )
    return _Dates(pattern, months)


def dateline_date(text: str) -> dt.date | None:
    """The date of a byline line or a dateline among the text's first lines, if one names its year."""
    dates = _dates()
    lines = [line.strip() for line in text.lstrip().split("\n", 3 * _LINES_READ)[: 3 * _LINES_READ] if line.strip()]
    for line in lines[:_LINES_READ]:
        # Both forms begin the line, so the date is matched where their opening ends.
        byline = _BYLINE_BEFORE.match(line)
        found = dates.pattern.match(line, byline.end())
        if found and _BYLINE_AFTER.fullmatch(line, found.end()):
            return _as_date(found, dates.months)
        dateline = _DATELINE_BEFORE.match(line)
        found = dates.pattern.match(line, dateline.end()) if dateline else None
        if found and _DATELINE_AFTER.match(line, found.end()):
            return _as_date(found, dates.months)
    return None


def _as_date(found: re.Match[str], months: dict[str, int]) -> dt.date | None:
    try:
        if found.group("iso"):
            return dt.date.fromisoformat(found.group("iso"))
        if found.group("year"):
            return dt.date(int(found.group("year")), months[found.group("month").lower()], int(found.group("day")))
        return dt.date(int(found.group("year_after")), months[found.group("month_first").lower()], int(found.group("day_after")))
    except ValueError:  # "31 February 2025"
        return None
