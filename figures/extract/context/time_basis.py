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
from figures.extract.phrases import HYPHEN, PhraseFinder, holds_span, written_forms
from figures.lexicon import load_lexicon
from figures.periods import SPANS
from figures.records import Period

_BEFORE_REACH = 60  # "averaged an annual 8.1%": the word may stand a few words before the figure


def _words_after(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"\s*,?\s*(?:{alternation(words)})(?![\w-])", re.IGNORECASE)


def _words(section: str) -> dict[str, list[str]]:
    return load_lexicon("changes")[section]


# The words before a figure are rare, and found with the other phrases of the text; those after
# it are matched right there.
_AVERAGING = PhraseFinder(lambda: written_forms(_words("average")["before"]))
_MONTHLY = PhraseFinder(lambda: written_forms(_words("month_on_month")["before"]))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _words("average")
    return _words_after(words["after"]), re.compile(rf"\s+(?:{alternation(words['per_year'])})(?![\w-])", re.IGNORECASE)


@cache
def _month_on_month_after() -> re.Pattern[str]:
    return _words_after(_words("month_on_month")["after"])


def is_average(text: str, clause_start: int, figure_start: int, figure_end: int, period: Period | None) -> bool:
    """Whether the figure at ``text[figure_start:figure_end]``, in a clause that begins at
    ``clause_start``, is an average over a span of time: an averaging word before it in its
    clause or right after it, and a period of several years or months or "a year" after it."""
    after, per_year = _patterns()
    window = max(clause_start, figure_start - _BEFORE_REACH)
    if not (holds_span(_AVERAGING.find(text, not_before=HYPHEN), window, figure_start) or after.match(text, figure_end)):
        return False
    return (period is not None and period.granularity in SPANS) or per_year.match(text, figure_end) is not None


def is_month_on_month(text: str, clause_start: int, figure_start: int, figure_end: int) -> bool:
    """Whether the figure at ``text[figure_start:figure_end]``, in a clause that begins at
    ``clause_start``, is a change from the month before: "0.3% month-on-month", "monthly
    inflation was 0.3%"."""
    window = max(clause_start, figure_start - _BEFORE_REACH)
    return bool(_month_on_month_after().match(text, figure_end) or holds_span(_MONTHLY.find(text, not_before=HYPHEN), window, figure_start))
