"""Names in a text and the phrases that refer to a document's main pair of countries."""

from __future__ import annotations

import pytest

from figures.extract.context.entities import _plain_heading, find_entity_mentions, find_pair_phrases, gazetteer


@pytest.mark.parametrize(
    "demonym, code", [("Moldovan", "MDA"), ("Kyrgyz", "KGZ"), ("Uzbek", "UZB"), ("Tajik", "TJK"), ("Turkmen", "TKM")]
)
def test_the_regions_demonyms_name_their_countries(demonym, code):
    # Regression: "Moldovan exports" named no country, and the EU took the reporter's place.
    (mention,) = find_entity_mentions(f"{demonym} exports rose")
    assert (mention.code, mention.demonym) == (code, True)


def test_names_are_whole_words_and_a_currency_is_not_its_country():
    text = "Georgia's exports to the US, worth 2.13 billion US dollars, and Russiagate"
    assert [(text[m.start : m.end], m.code) for m in find_entity_mentions(text)] == [("Georgia", "GEO"), ("US", "USA")]


def test_a_demonym_that_says_where_a_market_is_names_no_entity():
    # Regression: "as European prices declined" made the EU the partner of Azerbaijan's gas exports.
    text = "Gas export revenues fell 23% as European prices declined and Chinese demand weakened; Russian gas and European buyers"
    assert [text[m.start : m.end] for m in find_entity_mentions(text)] == ["Russian", "European"]
    # (a country's name is one: "In Georgia prices rose 4%")
    assert [m.code for m in find_entity_mentions("In Georgia prices rose 4%.")] == ["GEO"]


def test_pair_phrases_in_any_common_casing():
    text = "Bilateral trade grew. TRADE BETWEEN THE TWO STATES, Trade Between The Two States, the bilateralism"
    assert [text[s:e] for s, e in find_pair_phrases(text)] == ["Bilateral", "BETWEEN THE TWO STATES", "Between The Two States"]


def test_entities_overlap_when_their_members_meet():
    # Every pair among the groups, their members and a country in none: the shortcut for
    # countries must agree with intersecting the member sets.
    g = gazetteer()
    codes = sorted({*g.groups, *(member for members in g.groups.values() for member in members), "BRA", "GEO"})
    for first in codes:
        for second in codes:
            assert g.overlaps(first, second) == bool(g.members(first) & g.members(second)), (first, second)
    assert g.overlaps("RUS", "CIS") and not g.overlaps("CIS", "EU") and not g.overlaps("GEO", "RUS")


@pytest.mark.parametrize(
    "lines, heading",
    [
        (["Title", "", "Regional picture", "", "Text."], True),
        (["Regional picture"], True),
        (["Title", "", "regional picture", "", "Text."], False),  # no capital
        (["Title", "", "The figures are final.", "", "Text."], False),  # a sentence
        (["Title", "", "Verdict: true", "Text."], False),  # no paragraph of its own
        (["Title", "Some text", "Verdict: true", "", "Text."], False),
        (["Title", "", "Country        $ million", "Russia     598"], False),  # a table's first row
    ],
)
def test_a_plain_heading_is_a_short_capitalised_paragraph_with_no_closing_punctuation(lines, heading):
    number = 0 if len(lines) == 1 else 2
    assert _plain_heading(lines, number) is heading
