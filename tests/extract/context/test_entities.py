"""Names in a text and the phrases that refer to a document's main pair of countries."""

from __future__ import annotations

from figures.extract.context.entities import find_entity_mentions, find_pair_phrases


def test_names_are_whole_words_and_a_currency_is_not_its_country():
    text = "Georgia's exports to the US, worth 2.13 billion US dollars, and Russiagate"
    assert [(text[m.start : m.end], m.code) for m in find_entity_mentions(text)] == [("Georgia", "GEO"), ("US", "USA")]


def test_pair_phrases_in_any_common_casing():
    text = "Bilateral trade grew. TRADE BETWEEN THE TWO STATES, Trade Between The Two States, the bilateralism"
    assert [text[s:e] for s, e in find_pair_phrases(text)] == ["Bilateral", "BETWEEN THE TWO STATES", "Between The Two States"]
