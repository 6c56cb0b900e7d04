"""How a figure stands to its period: an average over it ("growth averaged 8.1% over
2021-2024"), or a change from the month before ("prices rose 0.3% month-on-month in September").

Each is another quantity than the figure of the same metric, entities and period as usually
stated — the growth over the span, the change over the year — and linked with it would make a
false conflict ("averaged 8.1% over 2021-2024" against "grew 36% over 2021-2024"; "0.3% on the
month" against "annual inflation was 2.9% in September").
"""

from __future__ import annotations

import re
from functools import cache

from figures.extract.grammar import alternation
from figures.lexicon import load_lexicon
from figures.periods import SPANS
from figures.records import Period

_BEFORE_REACH = 60  # "averaged an annual 8.1%": the word may stand a few words before the figure


def _words_before(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.IGNORECASE)


def _words_after(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"\s*,?\s*(?:{alternation(words)})(?![\w-])", re.IGNORECASE)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = load_lexicon("changes")["average"]
    return (
        _words_before(words["before"]),
        _words_after(words["after"]),
        re.compile(rf"\s+(?:{alternation(words['per_year'])})(?![\w-])", re.IGNORECASE),
    )


@cache
def _month_on_month() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = load_lexicon("changes")["month_on_month"]
    return _words_before(words["before"]), _words_after(words["after"])


def is_average(text: str, clause_start: int, figure_start: int, figure_end: int, period: Period | None) -> bool:
    """Whether the figure at ``text[figure_start:figure_end]``, in a clause that begins at
    ``clause_start``, is an average over a span of time: an averaging word before it in its
    clause or right after it, and a period of several years or months or "a year" after it."""
    before, after, per_year = _patterns()
    averaged = before.search(text, max(clause_start, figure_start - _BEFORE_REACH), figure_start) or after.match(text, figure_end)
    if not averaged:
        return False
    return (period is not None and period.granularity in SPANS) or per_year.match(text, figure_end) is not None


def is_month_on_month(text: str, clause_start: int, figure_start: int, figure_end: int) -> bool:
    """Whether the figure at ``text[figure_start:figure_end]``, in a clause that begins at
    ``clause_start``, is a change from the month before: "0.3% month-on-month", "monthly
    inflation was 0.3%"."""
    before, after = _month_on_month()
    return bool(after.match(text, figure_end) or before.search(text, max(clause_start, figure_start - _BEFORE_REACH), figure_start))
