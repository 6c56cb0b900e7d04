"""Positions in a document: offsets to line and column, the sentence around an offset, and where
the runs of digits stand."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from operator import itemgetter

import numpy as np

from figures.extract.grammar import grammar

_QUESTION_MARK, _ZERO = ord("?"), ord("0")
_DECIMAL = re.compile(r"\d")


def positions_of(text: str, mark: str) -> list[int]:
    """Where a character stands in ``text``, in order (``str.find`` skips text many times faster
    than a pattern's scan)."""
    found = []
    position = text.find(mark)
    while position != -1:
        found.append(position)
        position = text.find(mark, position + 1)
    return found


class TextIndex:
    """Line starts, sentence bounds and runs of digits of one text, each computed once, when
    first asked for, and looked up by bisection."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *(position + 1 for position in positions_of(self.text, "\n"))]

    @cached_property
    def _sentences(self) -> tuple[list[int], list[int]]:
        breaks = list(grammar().sentence_break.finditer(self.text))
        starts = [0, *(match.end() for match in breaks)]
        # The break holds the closing punctuation and quotes, which end the sentence.
        ends = [match.start() + len(match.group().rstrip()) for match in breaks]
        ends.append(len(self.text))
        return starts, ends

    @cached_property
    def _codes(self) -> np.ndarray:
        """The text as one byte per character, each non-ASCII character written "?"."""
        return np.frombuffer(self.text.encode("ascii", "replace"), dtype=np.uint8)

    @cached_property
    def digit_runs(self) -> np.ndarray:
        """Start and end of each run of ASCII digits, in order: an array of shape (runs, 2).

        The regex engine tests a pattern's first character class at every position of a text;
        numpy finds the runs of digits in one pass over its bytes, for a pattern that starts
        with a digit to be matched there only (a number, a year): a third of the time, measured
        on the bench corpus."""
        digits = (self._codes - _ZERO) < 10  # (the subtraction wraps below "0": one comparison)
        edges = np.flatnonzero(digits[1:] != digits[:-1]) + 1
        if len(digits) and digits[0]:
            edges = np.concatenate(([0], edges))
        if len(edges) % 2:
            edges = np.append(edges, len(digits))
        return edges.reshape(-1, 2)

    @cached_property
    def number_starts(self) -> list[int]:
        """Where a number written in digits may start, in order: the first digit of each run of
        ASCII digits, and every other decimal digit ("٣٠٠", "５００"), which ``\\d`` matches too."""
        starts = self.digit_runs[:, 0].tolist()
        if self.text.isascii():
            return starts
        marks = np.flatnonzero(self._codes == _QUESTION_MARK).tolist()
        # (the characters the bytes write "?", gathered in one call: most texts hold no other digit)
        written = "".join(itemgetter(*marks)(self.text)) if len(marks) > 1 else "".join(self.text[mark] for mark in marks)
        if not _DECIMAL.search(written):
            return starts
        return sorted(starts + [mark for mark in marks if self.text[mark].isdecimal()])

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end (exclusive) of the sentence holding ``offset``."""
        starts, ends = self._sentences
        index = bisect_right(starts, offset) - 1
        return starts[index], ends[index]
