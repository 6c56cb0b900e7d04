"""Where a lexicon's phrases stand in a text: one Aho–Corasick pass for every lexicon.

Python's regular expression engine tries an alternation of hundreds of words at every position
of a text, one position at a time; for the names, number words, speech verbs, statistics bodies,
metric phrases, period and forecasting words that was about a third of extraction's time. An Aho–Corasick automaton
(``ahocorasick-rs``) finds every occurrence of every phrase of every lexicon in one pass at many
times the speed, and the rules a word pattern adds — that a phrase is a whole word, what may not
follow it — are then checked on the occurrences only. What a finder finds is what the alternation
``(?<!\\w)(?:phrase|…)`` followed by the same checks would match: leftmost first, the longest
phrase that passes them at each place, none overlapping.

The automaton's tables are larger than a processor's cache, and extracting one article evicts
them: scanned between articles, an article's scan took three to five times as long as in a run of
scans (measured). ``scanned_ahead`` scans a batch of texts in one run, for the finders to look up.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from ahocorasick_rs import AhoCorasick, Implementation

Span = tuple[int, int]
# After a phrase, a hyphen makes it part of a compound word ("trade-weighted", "forecast-based"):
# ``not_before`` for what a pattern's "(?![\w-])" excluded.
HYPHEN = re.compile("-")


class _SharedScan:
    """The automaton over every finder's phrases, and the occurrences in the last text scanned
    (the finders of one document ask about the same text in turn) or in a batch scanned ahead."""

    def __init__(self) -> None:
        self._loaders: list[Callable[[], Iterable[str]]] = []
        self._automaton: AhoCorasick | None = None
        self._lexicon_of: list[int] = []  # pattern number → finder number
        self._text: str | None = None
        self._occurrences: list[list[tuple[int, int]]] = []
        self._ahead: dict[str, list[list[tuple[int, int]]]] = {}  # text → its occurrences, by lexicon

    def register(self, load: Callable[[], Iterable[str]]) -> int:
        self._loaders.append(load)
        self._automaton, self._text = None, None  # built again, with the new phrases, when next used
        return len(self._loaders) - 1

    def occurrences(self, text: str, lexicon: int) -> list[tuple[int, int]]:
        """Every occurrence of the lexicon's phrases in ``text`` as (start, -end), sorted: at each
        start the longest first."""
        by_lexicon = self._ahead.get(text)
        if by_lexicon is None:
            if self._text is None or text != self._text:
                self._text, self._occurrences = text, self._scan(text)
            by_lexicon = self._occurrences
        return by_lexicon[lexicon]

    @contextmanager
    def ahead(self, texts: Iterable[str]) -> Iterator[None]:
        """Within the ``with`` block, the finders look up these texts' phrases, found now in one
        run of the automaton over all of them; what a finder finds does not change."""
        self._ahead = {text: self._scan(text) for text in texts}
        try:
            yield
        finally:
            self._ahead = {}

    def _scan(self, text: str) -> list[list[tuple[int, int]]]:
        automaton = self._automaton or self._build()
        by_lexicon: list[list[tuple[int, int]]] = [[] for _ in self._loaders]
        lexicon_of = self._lexicon_of
        # Overlapping: a phrase that fails a check gives way to a shorter one at the same place.
        for pattern, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
            by_lexicon[lexicon_of[pattern]].append((start, -end))
        for found in by_lexicon:
            found.sort()
        return by_lexicon

    def _build(self) -> AhoCorasick:
        patterns: list[str] = []
        self._lexicon_of = []
        for number, load in enumerate(self._loaders):
            phrases = sorted(set(load()))
            patterns += phrases
            self._lexicon_of += [number] * len(phrases)
        # A DFA: a third fewer instructions per scan than the default NFA, for 11 ms more to build
        # (once per process) and a few megabytes.
        self._automaton = AhoCorasick(patterns, implementation=Implementation.DFA)
        return self._automaton


_SHARED = _SharedScan()
scanned_ahead = _SHARED.ahead


class PhraseFinder:
    """The occurrences of a lexicon's phrases (case-sensitive) as words of a text.

    ``load`` returns the phrases; it is called when the shared automaton is first built, so a
    finder is best made at import time, where it costs nothing.
    """

    def __init__(self, load: Callable[[], Iterable[str]]) -> None:
        self._lexicon = _SHARED.register(load)

    def find(self, text: str, *, word_end: bool = True, not_before: re.Pattern[str] | None = None) -> list[Span]:
        """The phrases standing at the start of a word (and ending one, with ``word_end``), in
        order, none overlapping: at each place the longest one after which ``not_before`` does
        not match."""
        found: list[Span] = []
        covered = 0
        length = len(text)
        for start, negative_end in _SHARED.occurrences(text, self._lexicon):
            if start < covered:
                continue
            # What "\w" matches in a str pattern: a letter, digit or underscore.
            before = text[start - 1] if start else " "
            if before.isalnum() or before == "_":
                continue
            end = -negative_end
            after = text[end] if word_end and end < length else " "
            if after.isalnum() or after == "_":
                continue
            if not_before is not None and not_before.match(text, end):
                continue
            found.append((start, end))
            covered = end
        return found


def written_forms(phrases: Iterable[str]) -> set[str]:
    """Each phrase as a lexicon writes it, capitalised, in title case and upper-cased: the forms a
    case-sensitive finder looks for."""
    return {form for phrase in phrases for form in (phrase, phrase.capitalize(), phrase.title(), phrase.upper())}


def holds_span(spans: list[Span], start: int, end: int) -> bool:
    """Whether one of the (start, end) spans, in order, lies inside [start, end)."""
    first = bisect_left(spans, (start, 0))
    return first < len(spans) and spans[first][1] <= end


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
