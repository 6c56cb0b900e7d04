"""TextIndex: line and column, sentence bounds, and where numbers may start (found from the text as
bytes), held to what the patterns' own scans find."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from figures.extract.grammar import grammar
from figures.extract.text_index import TextIndex

_PIECES = st.sampled_from(
    ["Exports", "rose", "to", " ", "  ", "\n", "\n\n", ".", "?", "!", "…", "”", "’", "(", "$", "-", "–", ",", ":", "/",
     "1", "2", "0", "9", "2024", "1,234", "12 345", "3.5", "10/12/2025", "٣", "٠", "５", "é", "Новая", "😀", "a", "Q"]
)  # fmt: skip


def _sentences_by_scan(text: str) -> list[tuple[int, int]]:
    breaks = list(grammar().sentence_break.finditer(text))
    starts = [0, *(match.end() for match in breaks)]
    ends = [match.start() + len(match.group().rstrip()) for match in breaks] + [len(text)]
    return list(zip(starts, ends, strict=True))


def _numbers_at_starts(text: str) -> list[tuple[int, int]]:
    """The digit pattern matched at ``number_starts`` the way the claim scan matches it."""
    found, covered = [], 0
    for start in TextIndex(text).number_starts:
        if start >= covered and (match := grammar().digits.match(text, start)):
            found.append(match.span())
            covered = match.end()
    return found


@given(st.lists(_PIECES, max_size=40).map("".join))
@example("Trade rose… Next? Yes!\nNew line 2024.")
@example("٣٠٠ million and ５００ million, 12 345.6 and 1,234")
def test_index_agrees_with_the_patterns_scans(text):
    index = TextIndex(text)
    sentences = _sentences_by_scan(text)
    for offset in range(len(text) + 1):
        assert index.sentence_bounds(offset) == next(bounds for bounds in reversed(sentences) if bounds[0] <= offset)
        line_start = text.rfind("\n", 0, offset) + 1
        assert index.line_column(offset) == (text.count("\n", 0, offset) + 1, offset - line_start + 1)
    assert _numbers_at_starts(text) == [match.span() for match in grammar().digits.finditer(text)]


def test_digit_runs_are_ascii_runs_and_number_starts_add_other_digits():
    text = "In 2024 exports were ٣٠٠ million, 1,234 ５ 7"
    index = TextIndex(text)
    assert [text[start:end] for start, end in index.digit_runs.tolist()] == ["2024", "1", "234", "7"]
    assert [text[start] for start in index.number_starts] == ["2", "٣", "٠", "٠", "1", "2", "５", "7"]


def test_a_text_without_digits_or_breaks():
    index = TextIndex("")
    assert index.digit_runs.shape == (0, 2)
    assert index.number_starts == []
    assert index.sentence_bounds(0) == (0, 0)
    assert index.line_column(0) == (1, 1)
