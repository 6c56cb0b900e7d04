"""PhraseFinder finds what the equivalent regular expression alternation matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figures.extract.grammar import alternation
from figures.extract.phrases import PhraseFinder, holds_span, scanned_ahead, within, written_forms

_PHRASES = ["Georgia", "Georgian", "Georgia's", "US", "United States", "one", "on", "ten", "South Ossetia", "Ossetia", "é"]
_FINDER = PhraseFinder(lambda: _PHRASES)
_PIECES = st.sampled_from([*_PHRASES, "s", "x", "_", "1", " ", "  ", "-", "'", ".", ",", "\n", "dollars", "Новая", "ñ"])


def _regex_oracle(phrases: list[str], word_end: bool, not_before: str | None) -> re.Pattern[str]:
    checks = (r"(?!\w)" if word_end else "") + (f"(?!{not_before})" if not_before else "")
    # Alternatives longest first, each with the checks: the first that passes at a place wins.
    longest_first = alternation(phrases).split("|")
    return re.compile(rf"(?<!\w)(?:{'|'.join(phrase + checks for phrase in longest_first)})")


@pytest.mark.parametrize(("word_end", "not_before"), [(True, None), (False, None), (True, r"\s+dollars?\b")])
@given(pieces=st.lists(_PIECES, max_size=25))
def test_find_is_the_regex_alternation(pieces, word_end, not_before):
    text = "".join(pieces)
    expected = [m.span() for m in _regex_oracle(_PHRASES, word_end, not_before).finditer(text)]
    assert _FINDER.find(text, word_end=word_end, not_before=re.compile(not_before) if not_before else None) == expected


def test_find_gives_way_to_a_shorter_phrase_that_passes():
    finder = PhraseFinder(lambda: ["US", "US dollar"])
    # "US dollars": "US dollar" is not a whole word there, "US" is.
    assert finder.find("in US dollars") == [(3, 5)]
    assert finder.find("in US dollar terms") == [(3, 12)]


def test_find_counts_characters_not_bytes():
    text = "«Грузия» — Georgia’s exports"
    assert [text[s:e] for s, e in PhraseFinder(lambda: ["Georgia"]).find(text)] == ["Georgia"]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12), st.lists(st.integers(0, 70), max_size=8))
def test_within_keeps_the_spans_inside_a_window(raw_spans, cuts):
    spans, covered = [], 0
    for start, length in sorted(raw_spans):
        if start >= covered:
            spans.append((start, start + length))
            covered = start + length
    bounds = sorted(set(cuts))
    windows = list(zip(bounds[::2], bounds[1::2]))
    expected = [(s, e) for s, e in spans if any(ws <= s and e <= we for ws, we in windows)]
    assert within(spans, windows) == expected
    assert within(spans, None) == spans


def test_finders_share_one_scan_yet_find_only_their_own_phrases():
    countries, numbers = PhraseFinder(lambda: ["Georgia", "one"]), PhraseFinder(lambda: ["one", "two"])
    text = "Georgia sold one, two or three"
    assert countries.find(text) == [(0, 7), (13, 16)]
    assert numbers.find(text) == [(13, 16), (18, 21)]
    assert countries.find("two Georgia") == [(4, 11)]  # a new text is scanned afresh


@given(st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=6))
def test_texts_scanned_ahead_are_found_as_when_scanned_alone(texts):
    alone = [_FINDER.find(text) for text in texts]
    with scanned_ahead(texts):
        assert [_FINDER.find(text) for text in texts] == alone
        assert _FINDER.find("the US and Georgia") == [(4, 6), (11, 18)]  # a text outside the batch
    assert [_FINDER.find(text) for text in reversed(texts)] == alone[::-1]


def _apart(gaps_and_lengths: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, none overlapping, as a finder gives them."""
    spans, position = [], 0
    for gap, length in gaps_and_lengths:
        spans.append((position + gap, position + gap + length))
        position += gap + length
    return spans


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(1, 6)), max_size=8).map(_apart), st.integers(0, 50), st.integers(0, 50))
def test_holds_span_is_whether_a_span_lies_inside(spans, start, end):
    assert holds_span(spans, start, end) == any(start <= first and last <= end for first, last in spans)


def test_written_forms():
    assert written_forms(["average of", "GDP"]) == {"average of", "Average of", "Average Of", "AVERAGE OF", "GDP", "Gdp"}
