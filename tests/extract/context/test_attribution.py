"""Quotations: where they are, and which of them hold a given figure."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from figures.extract.context.attribution import (
    _PARAGRAPH_DASH,
    _dash_paragraphs,
    find_attributions,
    find_quotations,
    quotation_spans,
)

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
