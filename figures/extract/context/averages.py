"""Whether a figure is an average over its period: "growth averaged 8.1% over 2021-2024".

An average yearly growth over four years and the growth over the four years are two different
quantities with the same metric, entities and period; linked as one they would make a false
conflict ("averaged 8.1% over 2021-2024" against "grew 36% over 2021-2024").
"""

from __future__ import annotations

import re
from functools import cache

from figures.extract.grammar import alternation
from figures.lexicon import load_lexicon
from figures.periods import SPANS
from figures.records import Period

_BEFORE_REACH = 60  # "averaged an annual 8.1%": the word may stand a few words before the figure


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = load_lexicon("changes")["average"]
    return (
        re.compile(rf"(?<![\w-])(?:{alternation(words['before'])})(?![\w-])", re.IGNORECASE),
        re.compile(rf"\s*,?\s*(?:{alternation(words['after'])})(?![\w-])", re.IGNORECASE),
        re.compile(rf"\s+(?:{alternation(words['per_year'])})(?![\w-])", re.IGNORECASE),
    )


def is_average(text: str, clause_start: int, figure_start: int, figure_end: int, period: Period | None) -> bool:
    """Whether the figure at ``text[figure_start:figure_end]``, in a clause that begins at
    ``clause_start``, is an average over a span of time: an averaging word before it in its
    clause or right after it, and a period of several years or months or "a year" after it."""
    before, after, per_year = _patterns()
    averaged = before.search(text, max(clause_start, figure_start - _BEFORE_REACH), figure_start) or after.match(text, figure_end)
    if not averaged:
        return False
    return (period is not None and period.granularity in SPANS) or per_year.match(text, figure_end) is not None
