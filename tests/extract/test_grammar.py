"""The grammar's pattern builders and the patterns written for speed match what their plain forms do."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from figures.extract.grammar import grammar, word_trie

_WORDS = ["Georgia", "Georgian", "Geo", "US", "USA", "Russia", "a", "Ab"]


def test_word_trie_matches_exactly_its_words():
    pattern = re.compile(rf"(?:{word_trie(_WORDS)})\Z")
    assert all(pattern.match(word) for word in _WORDS)
    assert not any(pattern.match(word) for word in ["Ge", "Georgi", "U", "Russian", "b"])


_SENTENCE_PIECES = st.sampled_from(["Exports", "grew", " ", "  ", ".", "!", "…", "\n", "\n  ", "”", "’", ")", "“", "(", "—", "a", "7", "$", "%", "U.S."])


@given(st.lists(_SENTENCE_PIECES, max_size=30).map("".join))
def test_sentence_break_matches_its_plain_form(text):
    # Written to start with one class of characters so that the engine skips to it; the plain
    # form, an alternation of the two kinds of break, is the definition.
    plain = re.compile(r"[.!?…][\"'”’»)]*\s+(?=[\"'“‘«(—–-]*[A-Z0-9])|\n(?![ \t]*[a-z0-9$€£¥₾₽₹%(])\s*")
    assert [m.span() for m in grammar().sentence_break.finditer(text)] == [m.span() for m in plain.finditer(text)]
