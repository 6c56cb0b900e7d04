"""Positions in a document: offsets to line and column, and the sentence around an offset."""

from __future__ import annotations

from bisect import bisect_right

from figures.extract.grammar import grammar


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
    """Line starts and sentence bounds of one text, computed once, looked up by bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts = [0, *(position + 1 for position in positions_of(text, "\n"))]
        breaks = list(grammar().sentence_break.finditer(text))
        self._sentence_starts = [0, *(match.end() for match in breaks)]
        # The break holds the closing punctuation and quotes, which end the sentence.
        self._sentence_ends = [match.start() + len(match.group().rstrip()) for match in breaks]
        self._sentence_ends.append(len(text))

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end (exclusive) of the sentence holding ``offset``."""
        index = bisect_right(self._sentence_starts, offset) - 1
        return self._sentence_starts[index], self._sentence_ends[index]
