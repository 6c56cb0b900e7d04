"""Whether a figure is a forecast, a plan or a target rather than a statement of what happened.

"The National Bank expects inflation of 3% in 2025" says nothing about what inflation was; linked
with "inflation was 3.5% in 2025" it would make a false conflict, or a false corroboration.

A figure is a forecast when a forecasting word stands before it in its clause ("expects", "will",
"is projected to", "the target") — unless the figure is the base the forecast starts from ("from
9.4%", "after 9.4% in 2024"), the word compares with an expectation ("higher than expected"), or
it speaks of the past ("would not have grown by 40%"); when such a noun stands right after it ("a
3% target", "the 5% growth forecast"); or when its period begins after the article was published.

An estimate that a newer one replaced ("revised to 9.4% from a preliminary 9.0%", "the 11% first
reported") did not happen either, as far as anyone now knows: against the newer figure or the
reference it would make a false conflict.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from figures.extract.grammar import alternation
from figures.extract.phrases import HYPHEN, PhraseFinder, holds_span, written_forms
from figures.lexicon import load_lexicon
from figures.records import Period


@dataclass(frozen=True)
class _Patterns:
    cue_words: tuple[str, ...]  # as written in the lexicon, capitalised, in title case and upper-cased
    compared_before: re.Pattern[str]
    past_after: re.Pattern[str]
    noun_too: frozenset[str]  # cue verbs that are plural nouns too ("projects")
    noun_after: re.Pattern[str]  # what follows such a word as a noun: "projects worth $1 billion"
    after: re.Pattern[str]
    base_before: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    data = load_lexicon("modality")["forecast"]
    comparison = alternation(data["comparisons"])
    return _Patterns(
        cue_words=tuple(written_forms(data["before"])),
        compared_before=re.compile(rf"(?<![\w-])(?:{alternation(data['not_after'])})\s+$", re.IGNORECASE),
        past_after=re.compile(rf"\s*(?:{alternation(data['not_before'])})(?![\w-])", re.IGNORECASE),
        noun_too=frozenset(data["noun_too"]),
        noun_after=re.compile(rf"\s*(?:{alternation(data['noun_after'])})(?![\w-])|\s*[,.;]", re.IGNORECASE),
        after=re.compile(
            rf"\s+(?:(?!(?:{comparison})(?![\w-]))[\w-]+\s+)?(?:{alternation(data['after'])})(?![\w-])", re.IGNORECASE
        ),
        base_before=re.compile(
            rf"(?<![\w-])(?:{alternation(data['base_before'])})\s+(?:the\s+)?(?:\S+\s+){{0,2}}$", re.IGNORECASE
        ),
    )


_CUE_WORDS = PhraseFinder(lambda: _patterns().cue_words)
_COMPARED_REACH = 20  # "than had been " before the word


def forecast_cues(text: str) -> list[tuple[int, int]]:
    """Where in ``text`` a forecasting word cues a forecast, in order: not one in a hyphenated
    word, one that compares with an expectation ("higher than expected"), one that speaks of the
    past ("would have") or a verb written as a noun ("projects worth $1 billion")."""
    patterns = _patterns()
    return [
        (start, end)
        for start, end in _CUE_WORDS.find(text, not_before=HYPHEN)
        if not (start and text[start - 1] == "-")
        and not patterns.compared_before.search(text, max(0, start - _COMPARED_REACH), start)
        and not patterns.past_after.match(text, end)
        and not (text[start:end].lower() in patterns.noun_too and patterns.noun_after.match(text, end))
    ]


def is_forecast(
    text: str,
    cues: list[tuple[int, int]],
    clause_start: int,
    figure_start: int,
    figure_end: int,
    period: Period | None,
    published: dt.date | None,
) -> bool:
    """Whether the figure at ``text[figure_start:figure_end]``, in a clause that begins at
    ``clause_start``, is a forecast, a plan or a target; ``cues`` are the text's (``forecast_cues``)."""
    patterns = _patterns()
    if period is not None and published is not None and period.start > published:
        return True
    if patterns.after.match(text, figure_end):
        return True
    first = bisect_left(cues, (clause_start, 0))
    cued = first < len(cues) and cues[first][1] <= figure_start
    return cued and not patterns.base_before.search(text, max(0, figure_start - 30), figure_start)


@dataclass(frozen=True)
class _Superseded:
    after: re.Pattern[str]
    revised_from: re.Pattern[str]
    revision: re.Pattern[str]


@cache
def _superseded() -> _Superseded:
    data = load_lexicon("modality")["superseded"]
    verbs, nouns = alternation(data["estimate_verbs"]), alternation(data["estimate_nouns"])
    return _Superseded(
        after=re.compile(rf"\s*,?\s*(?:{alternation(data['after'])})(?![\w-])", re.IGNORECASE),
        revised_from=re.compile(
            rf"(?<![\w-])(?:(?:from|instead\s+of)\s+(?:(?:the|an?|its)\s+)?(?:(?:{alternation(data['earlier'])})\s+)?"
            r"(?:(?:estimate|figure|reading|print)s?\s+(?:of\s+)?)?"
            rf"|(?:{alternation(data['earlier_statements'])})\s+(?:[\w’'-]+\s+){{0,4}}?(?:at|as)\s+)$",
            re.IGNORECASE,
        ),
        revision=re.compile(
            rf"(?<![\w-])(?:{alternation(data['revision_words'])}|(?:{verbs})\s+(?:[\w’'-]+\s+){{0,4}}?(?:{nouns}))(?![\w-])",
            re.IGNORECASE,
        ),
    )


_REVISED_FROM_REACH = 50  # "from an initial estimate of " before the figure


def _revision_words() -> set[str]:
    data = load_lexicon("modality")["superseded"]
    return written_forms([*data["revision_words"], *data["estimate_nouns"]])


# The words a revision is written with ("revised", "forecast" in "raised its forecast"), rare in
# text: found with the other phrases, so that a sentence without one is passed over at once.
_REVISION_WORDS = PhraseFinder(_revision_words)


def is_superseded(text: str, sentence_start: int, figure_start: int, figure_end: int) -> bool:
    """Whether the figure at ``text[figure_start:figure_end]``, in a sentence that begins at
    ``sentence_start``, is an estimate a newer one replaced: "the 11% first reported", or the
    figure a revision of the sentence starts from ("revised growth to 9.4% from 9.0%")."""
    patterns = _superseded()
    if patterns.after.match(text, figure_end):
        return True
    if not holds_span(_REVISION_WORDS.find(text), sentence_start, figure_start):
        return False
    return bool(
        patterns.revised_from.search(text, max(sentence_start, figure_start - _REVISED_FROM_REACH), figure_start)
        and patterns.revision.search(text, sentence_start, figure_start)
    )
