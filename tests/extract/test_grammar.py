"""The word tries patterns are built from: exactly the words given, at word starts when asked."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from figures.extract.grammar import word_trie

_WORDS = ["Georgia", "Georgian", "Geo", "US", "USA", "Russia", "a", "Ab"]
_TEXT = st.lists(st.sampled_from([*_WORDS, " ", "x", "_", "1", "-", "\n", "'s", "é"]), max_size=25).map("".join)


@given(_TEXT)
def test_word_start_trie_matches_where_a_lookbehind_before_the_word_would(text):
    checked_after = re.compile(rf"{word_trie(_WORDS, word_start=True)}(?!\w)")
    checked_before = re.compile(rf"(?<!\w)(?:{word_trie(_WORDS)})(?!\w)")
    assert [m.span() for m in checked_after.finditer(text)] == [m.span() for m in checked_before.finditer(text)]


def test_word_trie_matches_exactly_its_words():
    pattern = re.compile(rf"(?:{word_trie(_WORDS)})\Z")
    assert all(pattern.match(word) for word in _WORDS)
    assert not any(pattern.match(word) for word in ["Ge", "Georgi", "U", "Russian", "b"])
