"""Quotations: where they are, and which of them hold a given figure."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from figures.extract.context.attribution import (
    _AFTER_SPEAKER,
    _SPEAKER,
    _dash_paragraphs,
    _paired_in_paragraph,
    _patterns,
    _straight,
    find_attributions,
    find_quotations,
    quotation_spans,
    speaker_search_start,
)

_PARAGRAPH_DASH = re.compile(r"(?m)^[ \t]*[—–][ \t]+")  # a paragraph opening with a dash, plainly
_TEXT = '“Trade grew 7%,” Kalugin said.\nNo quote here, 5%.\n“Tourism is up,” he added, “by 12% this year.”'


def test_quotation_spans_holding_figures_are_the_quotations_around_them():
    spans = quotation_spans(_TEXT)
    assert [_TEXT[start:end] for start, end in spans] == ["“Trade grew 7%,”", "“Tourism is up,”", "“by 12% this year.”"]
    figures = [_TEXT.index("7%"), _TEXT.index("5%"), _TEXT.index("12%")]
    assert quotation_spans(_TEXT, figures) == [spans[0], spans[2]]
    assert quotation_spans(_TEXT, [spans[1][1]]) == []  # the end of a quotation is outside it
    assert quotation_spans(_TEXT, []) == []


def test_quotations_at_given_spans_get_the_speaker_of_the_whole_text():
    attributions = find_attributions(_TEXT)
    spans = quotation_spans(_TEXT, [_TEXT.index("12%")])
    (quotation,) = find_quotations(_TEXT, attributions, spans)
    assert (quotation.start, quotation.speaker) == (spans[0][0], "Kalugin")


@given(st.lists(st.sampled_from(["—", "–", "-", " ", "\t", "\n", "x", "Kalugin", "said"]), max_size=25).map("".join))
def test_dash_paragraphs_are_where_the_line_start_pattern_matches(text):
    assert _dash_paragraphs(text) == [m.start() for m in _PARAGRAPH_DASH.finditer(text)]


def _straight_by_paragraphs(text):
    # The plain form: every paragraph in turn (a line), with its own quote marks.
    return [
        span
        for paragraph in re.finditer(r"[^\n]+", text)
        for span in _paired_in_paragraph(
            text, paragraph.start(), paragraph.end(), [paragraph.start() + m.start() for m in re.finditer('"', paragraph.group())]
        )
    ]


@given(st.lists(st.sampled_from(['"', "—", " ", "\t", "\n", "\n\n", "x", "Kalugin said", "7%"]), max_size=25).map("".join))
def test_straight_quotes_pair_as_the_paragraph_by_paragraph_reading_does(text):
    assert _straight(text) == _straight_by_paragraphs(text)


_SPEAKER_PIECES = st.sampled_from(
    ["Kalugin", "Mikhail", "McDonald", "eBay", "U.S.", "al-Assad", "O’Brien", "the", "The", "ministry", "official", "he",
     "It", "a", "A", "trade", "grew", ",", ", ", " ", "  ", "\t", "7%", "’s"]
)  # fmt: skip


@given(st.lists(_SPEAKER_PIECES, max_size=14).map("".join))
@example("tradehe ")  # no word boundary before the pronoun: no speaker
@example("grewIt, a senior official, ")
@example("eBay ")  # a name may start inside a word
@example("trade the ministry ")
@example("grewthe ministry ")  # nor before the article
@example("Mikhail Kalugin ")
@example("the National Bank of Georgia ")
@example("Prime Minister of the Netherlands Mark Rutte ")
def test_speaker_patterns_match_as_their_plain_forms(text):
    # Written for speed — a possessive name run, and for the search its first letter taken
    # before the branch; the plain forms (a backtracking run, the speaker's branches as they
    # read) are the definition, and must find the same speaker at the same place.
    patterns = _patterns()
    plain_speaker = _SPEAKER.replace("++", "+").replace("*+", "*")
    assert plain_speaker != _SPEAKER
    for pattern, plain, method in (
        (patterns.speaker_before, plain_speaker + _AFTER_SPEAKER, "search"),
        (patterns.speaker_after, rf"\s+{plain_speaker}", "match"),
    ):
        fast, slow = getattr(pattern, method)(text), getattr(re.compile(plain), method)(text)
        assert (fast and (fast.span(), fast.group("name"))) == (slow and (slow.span(), slow.group("name")))


@given(st.lists(_SPEAKER_PIECES | st.sampled_from([".", "“", "”", "\n", "(", "5", "-"]), max_size=20).map("".join))
@example("Trade grew 7%, Kalugin ")
@example("“Trade grew,” Kalugin, the ambassador, ")
@example("“Trade grew,” Kalugin, Russia’s ambassador in Tbilisi from 2019 to 2024, ")
@example("“Trade grew,” the ministry’s senior official ")
@example("(U.S. Trade) Representative ")
def test_the_speaker_search_starts_where_no_speaker_is_lost(text):
    # The speech verb right after the text: the speaker found from the narrowed start is the one a search of
    # the whole window finds.
    pattern = _patterns().speaker_before
    start = speaker_search_start(text, 0, len(text))
    narrowed, whole = pattern.search(text[start:]), pattern.search(text)
    assert (narrowed and (start + narrowed.start(), narrowed.group("name"))) == (whole and (whole.start(), whole.group("name")))


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Revenues reached $4.4 billion, the National Bank of Georgia said.", "National Bank of Georgia"),
        ("Trade fell 18%, the Statistical Committee of Armenia reported.", "Statistical Committee of Armenia"),
        ("Trade fell 18%, said Mikhail Kalugin of the ministry.", "Mikhail Kalugin"),
    ],
)
def test_a_speakers_name_may_join_its_words_with_of(text, speaker):
    (attribution,) = find_attributions(text)
    assert attribution.speaker == speaker
