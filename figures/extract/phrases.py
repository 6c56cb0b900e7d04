"""Where a lexicon's phrases stand in a text, found in one Aho–Corasick pass.

Python's regular expression engine tries an alternation of hundreds of words at every position
of a text, one position at a time; for the names, number words, speech verbs, statistics bodies
and metric phrases that was most of extraction's time. An Aho–Corasick automaton
(``ahocorasick-rs``) finds every occurrence of every phrase in one pass at many times the speed,
and the rules a word pattern adds — that a phrase is a whole word, what may not follow it — are
then checked on the few occurrences only. What is found is what the alternation
``(?<!\\w)(?:phrase|…)`` followed by the same checks would match: leftmost first, the longest
phrase that passes them at each place, none overlapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ahocorasick_rs import AhoCorasick

Span = tuple[int, int]


def is_word_character(character: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return character.isalnum() or character == "_"


class PhraseFinder:
    """The occurrences of a fixed set of phrases (case-sensitive) as words of a text."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = sorted(set(phrases))
        self._automaton = AhoCorasick(self.phrases)

    def find(self, text: str, *, word_end: bool = True, not_before: re.Pattern[str] | None = None) -> list[Span]:
        """The phrases standing at the start of a word (and ending one, with ``word_end``), in
        order, none overlapping: at each place the longest one after which ``not_before`` does
        not match."""
        # Every occurrence, overlapping: a phrase that fails a check gives way to a shorter one
        # at the same place, as a regular expression backtracks.
        candidates = [(start, -end) for _, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True)]
        candidates.sort()
        found: list[Span] = []
        covered = 0
        length = len(text)
        for start, negative_end in candidates:
            end = -negative_end
            if start < covered or (start and is_word_character(text[start - 1])):
                continue
            if word_end and end < length and is_word_character(text[end]):
                continue
            if not_before is not None and not_before.match(text, end):
                continue
            found.append((start, end))
            covered = end
        return found


def within(spans: list[Span], windows: Iterable[Span] | None) -> list[Span]:
    """The spans lying inside one of the ``(start, end)`` windows (all of them without windows);
    both lists in order, the windows apart."""
    if windows is None:
        return spans
    inside: list[Span] = []
    position = 0
    for window_start, window_end in windows:
        while position < len(spans) and spans[position][0] < window_start:
            position += 1
        while position < len(spans) and spans[position][0] < window_end:
            if spans[position][1] <= window_end:
                inside.append(spans[position])
            position += 1
    return inside
