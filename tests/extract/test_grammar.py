"""The grammar's pattern builders and the patterns written for speed match what their plain forms do."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from figures.extract.grammar import alternation, grammar

_WORDS = ["Georgia", "Georgian", "Geo", "US", "USA", "Russia", "a", "Ab", "more", "more than", "more than a"]


def test_alternation_matches_exactly_its_words():
    pattern = re.compile(rf"(?:{alternation(_WORDS)})\Z")
    assert all(pattern.match(word) for word in _WORDS)
    assert not any(pattern.match(word) for word in ["Ge", "Georgi", "U", "Russian", "b", "more t", ""])


@given(
    st.lists(st.sampled_from(["Georgia", "Georgian", "Geo", "US", "USA", "a", "Ab", "more", "more than", "x", " ", "n"]), max_size=12).map("".join),
    st.sampled_from(["", r"\b", r"\s+than", r"(?![a-z])", r"\s*(?:by\s+)?$"]),
)
def test_alternation_matches_as_the_longest_first_alternation_does(text, after):
    # The plain form is the definition: |-joined words, longest first. The trie must match the
    # same spans with the same preference, whatever follows it in a pattern (backtracking too).
    plain = "|".join(re.escape(word) for word in sorted(set(_WORDS), key=lambda w: (-len(w), w)))
    for flags in (0, re.IGNORECASE):
        trie_pattern = re.compile(rf"(?:{alternation(_WORDS)}){after}", flags)
        plain_pattern = re.compile(rf"(?:{plain}){after}", flags)
        assert [m.span() for m in trie_pattern.finditer(text)] == [m.span() for m in plain_pattern.finditer(text)]


_SENTENCE_PIECES = st.sampled_from(["Exports", "grew", " ", "  ", ".", "!", "…", "\n", "\n  ", "”", "’", ")", "“", "(", "—", "a", "7", "$", "%", "U.S."])


@given(st.lists(_SENTENCE_PIECES, max_size=30).map("".join))
def test_sentence_break_matches_its_plain_form(text):
    # Written to start with one class of characters so that the engine skips to it; the plain
    # form, an alternation of the two kinds of break, is the definition.
    plain = re.compile(r"[.!?…][\"'”’»)]*\s+(?=[\"'“‘«(—–-]*[A-Z0-9])|\n(?![ \t]*[a-z0-9$€£¥₾₽₹%(])\s*")
    assert [m.span() for m in grammar().sentence_break.finditer(text)] == [m.span() for m in plain.finditer(text)]
