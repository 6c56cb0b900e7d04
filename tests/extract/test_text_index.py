"""Matches within windows of a text are the whole text's matches that lie in those windows."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from figures.extract.context.metrics import metric_lexicon
from figures.extract.text_index import matches_in

_WORDS = st.sampled_from(["exports", "trade", "turnover", "of", "Georgia", "grew", "imports", "GDP", "growth", "7%", "."])


@given(st.lists(_WORDS, min_size=1, max_size=30), st.data())
def test_matches_in_windows_are_the_whole_texts_matches_inside_them(words, data):
    text = " ".join(words)
    # Windows begin and end where no phrase runs across: at a sentence's end, or the text's ends.
    bounds = sorted({0, len(text), *(m.end() for m in re.finditer(r"\.", text))})
    cuts = sorted(data.draw(st.sets(st.sampled_from(bounds), max_size=6)))
    windows = list(zip(cuts[::2], cuts[1::2]))
    pattern = metric_lexicon().pattern
    inside = [m.span() for m in pattern.finditer(text) if any(s <= m.start() and m.end() <= e for s, e in windows)]
    assert [m.span() for m in matches_in(pattern, text, windows)] == inside


def test_matches_in_without_windows_is_the_whole_text():
    pattern = re.compile(r"\d+")
    assert [m.group() for m in matches_in(pattern, "1 and 22")] == ["1", "22"]
