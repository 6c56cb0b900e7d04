from __future__ import annotations

import pytest

from tests.check.conftest import codes


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("The CIS accounts for 63% of Georgia's trade, whereas the EU makes up 42%.", True),
        ("The CIS accounts for 33% of Georgia's trade, whereas the EU makes up 22%.", False),
        ("The CIS accounts for 63% of Georgia's trade, whereas Russia makes up 42%.", False),  # Russia is in the CIS
        ("In 2024, Georgia exported 70% of its goods to the CIS, but 45% to the EU.", True),
    ],
)
def test_shares_of_disjoint_parts(check_articles, sentence, flagged):
    assert ("FIG401" in codes(check_articles({"a": sentence}))) is flagged


@pytest.mark.parametrize("share, flagged", [("25%", True), ("10.7%", False)])
def test_share_vs_levels(check_articles, share, flagged):
    result = check_articles(
        {
            "a": f"In 2024, Russia accounted for {share} of Georgia's trade.",
            "b": "Georgia's trade with Russia reached $2.5 billion in 2024.",
            "c": "Georgia's total trade reached $23.4 billion in 2024.",
        }
    )
    assert ("FIG402" in codes(result)) is flagged


@pytest.mark.parametrize("share, flagged", [("21%", False), ("31%", True)])
def test_a_share_against_its_part_and_total_in_one_sentence(check_articles, share, flagged):
    result = check_articles(
        {
            "a": "Georgia's trade with the EU amounted to $2.5 billion in the first half of 2025, "
            f"or {share} of its total trade of $11.93 billion."
        }
    )
    assert "FIG101" not in codes(result)  # the part and the total are different quantities
    assert ("FIG402" in codes(result)) is flagged


@pytest.mark.parametrize("share, flagged", [("27.6%", False), ("32.6%", True)])
def test_a_share_of_the_total_set_beside_a_level_is_the_levels(check_articles, share, flagged):
    # Regression: the share took "visitors" from its clause, not the money they spent, and "in the
    # quarter" was no period, so the $452 million was the nine months'.
    text = (
        "Georgia earned $3.62 billion in tourism revenue in the first nine months of 2025, and $1.64 billion in the third "
        f"quarter, the National Bank of Georgia said. Visitors from Russia spent $452 million in the quarter, {share} of the total."
    )
    assert ("FIG402" in codes(check_articles({"a": text}))) is flagged


@pytest.mark.parametrize("share, flagged", [("11%", False), ("15%", True)])
def test_a_share_written_after_its_level_with_or(check_articles, share, flagged):
    # "…made up $2.5 billion, or 11%": the share is the level's, about Turkey, though its clause names no one.
    text = f"Of Georgia's total trade of $22 billion in 2024, trade with Turkey made up $2.5 billion, or {share}."
    assert ("FIG402" in codes(check_articles({"a": text}))) is flagged


def test_shares_of_gdp_with_unnamed_parts_are_not_linked(check_articles):
    # Regression: "36% of GDP" (debt) and "2.3% of GDP" (deficit) were one quantity, in conflict.
    result = check_articles({"a": "In 2024 Georgia's public debt stood at 36% of GDP, while the budget deficit was 2.3% of GDP."})
    assert codes(result) == []


@pytest.mark.parametrize("other, conflict", [("2.3%", False), ("3.3%", True)])
def test_a_share_named_by_its_part_links_across_articles(check_articles, other, conflict):
    result = check_articles(
        {
            "a": "In 2024 Georgia's budget deficit was 2.3% of GDP.",
            "b": f"Georgia's budget deficit reached {other} of GDP in 2024.",
        }
    )
    assert ("FIG101" in codes(result)) is conflict


def test_shares_of_an_unknown_whole_are_not_linked(check_articles):
    # Regression: "Russia's share of remittances dropped to 25% from 37%": remittances are not in the
    # lexicon, and the two shares of an "unknown" whole were one quantity, in conflict.
    result = check_articles({"a": "In 2024 transfers rose. Russia's share of remittances dropped to 25% from 37% a year earlier."})
    assert "FIG101" not in codes(result)


def test_a_list_of_possessive_shares(check_articles):
    # Regression: "Turkey's 14% and China's 10%" took the EU as partner and Turkey and China as reporters.
    result = check_articles({"a": "The EU's share of Georgia's trade was 21% in 2024, Turkey's 14% and China's 10%."})
    assert "FIG101" not in codes(result)


def test_a_share_of_several_partners_together_is_not_one_of_them(check_articles):
    # Regression: "together the three neighbours took 34%" took Russia, the last partner named, and
    # conflicted with Russia's own share elsewhere.
    result = check_articles(
        {
            "a": "In 2024 Georgia's exports to Azerbaijan were $700 million, to Armenia $680 million and to Russia "
            "$690 million; together the three neighbours took 34% of its exports.",
            "b": "Russia took 10% of Georgia's exports in 2024.",
        }
    )
    assert "FIG101" not in codes(result)


def test_shares_of_several_partners_in_one_sentence_are_not_one_quantity(check_articles):
    # Regression: "China accounted for 9% and Turkey for 7%" linked both as one quantity (FIG101).
    result = check_articles(
        {"a": "The share of Russia in Georgia's exports was 11% in 2024, while China accounted for 9% and Turkey for 7%."}
    )
    assert codes(result) == []


@pytest.mark.parametrize("eu, flagged", [("18%", True), ("6%", False)])
def test_a_part_that_took_a_share_of_anothers_whole(check_articles, eu, flagged):
    # Regression: "the EU took 18%" made the EU the reporter of a figure of its own, so the shares
    # of Armenia's exports added up to 93% and no more.
    text = f"Russia's share of Armenia's exports was 66%, the UAE's 22% and China's 5%, while the EU took {eu}."
    assert ("FIG401" in codes(check_articles({"a": text}))) is flagged


_TABLE = """\
# Georgia's exports by destination, 2024

Georgia's exports reached $5.6 billion in 2024, Geostat said.

| Destination | Exports, $ million | Share, % |
|---|---|---|
| Kazakhstan | 1,010 | {kazakhstan} |
| Russia | 690 | {russia} |
| Total | 5,600 | 100.0 |
"""


@pytest.mark.parametrize(
    "kazakhstan, russia, flagged",
    [("18.0", "12.3", set()), ("28.0", "12.3", {"FIG402"}), ("18.0", "92.3", {"FIG401", "FIG402"})],
)
def test_shares_in_a_table_against_100_and_their_levels(check_articles, kazakhstan, russia, flagged):
    # The table's rows are parts of the total row, and each share is checked against its row's
    # level and the total (the total row's 100% is no part).
    result = check_articles({"table": _TABLE.format(kazakhstan=kazakhstan, russia=russia)}, select=("FIG4",))
    assert set(codes(result)) == flagged


_TRADE_TOTAL = "while Georgia's total trade turnover was $21.0 billion."
_TURNOVER_TOTAL = "while total trade turnover was $21.0 billion."


@pytest.mark.parametrize(
    "text, flagged",
    [
        # planted: the parts exceed the total, and their rounding-edge twins
        ("Azerbaijan's exports totalled $5.6 billion in 2024, of which $4.9 billion went to the EU and $0.9 billion to Russia.", True),
        ("Azerbaijan's exports totalled $5.6 billion in 2024, of which $1.9 billion went to the EU and $0.7 billion to Russia.", False),
        ("Azerbaijan's exports totalled $5.6 billion in 2024, of which $2.5 billion went to the EU and $3.3 billion to Russia.", True),
        ("Azerbaijan's exports totalled $5.6 billion in 2024, of which $2.5 billion went to the EU and $3.2 billion to Russia.", False),
        # Russia is in the CIS: the two are not added
        ("Azerbaijan's exports totalled $5.6 billion in 2024, of which $4.9 billion went to the CIS and $3.0 billion to Russia.", False),
        # …but one of them alone can still exceed the total
        ("Azerbaijan's exports totalled $4.6 billion in 2024, of which $4.9 billion went to the CIS and $3.0 billion to Russia.", True),
        # one part alone above the total, with no country named: the article's
        ("Exports to Russia were $3.1 billion in 2024, while total exports reached $2.9 billion.", True),
        # a bilateral turnover is part of its country's total trade
        (f"Georgia's trade with Turkey was $12.6 billion and its trade with Russia $9.5 billion in 2024, {_TRADE_TOTAL}", True),
        (f"Georgia's trade with Turkey was $2.6 billion and its trade with Russia $2.5 billion in 2024, {_TRADE_TOTAL}", False),
        # (and so are the turnovers with partners of a country the article does not name)
        (f"Trade with Turkey reached $12.6 billion in 2024, with Russia $9.5 billion and with China $1.1 billion, {_TURNOVER_TOTAL}", True),
        # Regression (the first found): gas export volumes by destination against their total
        ("Azerbaijan exported 24.8 billion cubic metres of gas in 2024. Europe received 12.9 bcm, Turkey 9.9 bcm and Georgia 2.4 bcm.", True),
        ("Azerbaijan exported 25.2 billion cubic metres of gas in 2024. Europe received 12.9 bcm, Turkey 9.9 bcm and Georgia 2.4 bcm.", False),
    ],
)  # fmt: skip
def test_levels_of_disjoint_partners_against_their_total(check_articles, text, flagged):
    assert ("FIG403" in codes(check_articles({"a": text}))) is flagged


def test_a_total_in_conflict_blocks_the_partners_check(check_articles):
    result = check_articles(
        {
            "a": "Azerbaijan's exports totalled $5.6 billion in 2024, of which $4.9 billion went to the EU and $0.9 billion to Russia.",
            "b": "Azerbaijan's exports totalled $6.8 billion in 2024.",
        }
    )
    assert codes(result) == ["FIG101"]
    (conflict,) = result.findings
    assert "FIG403" in conflict.blocked


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("The CIS took 48% of Georgia's exports in 2025, the EU 9% and the rest of the world 43%.", False),
        ("The CIS took 48% of Georgia's exports in 2025, the EU 9% and the rest of the world 53%.", True),
        ("The CIS took 48% of Georgia's exports in 2025, the EU 9% and the rest of the world 33%.", True),
        ("The CIS took 48% of Georgia's exports in 2025, the EU 9% and other countries 44%.", False),  # rounding
        # Russia is in the CIS: not added.
        ("The CIS took 48% of Georgia's exports in 2025, Russia 11%, the EU 9% and the rest of the world 43%.", False),
        # "Together" is the named parts' sum, no rest, nor a part to add to it.
        ("The CIS took 48% of Georgia's exports in 2025 and the EU 9%, together 57%.", False),
        ("The CIS took 48% of Georgia's exports in 2025 and the EU 9%, together 57%, and the rest of the world 43%.", False),
        # No part named beside the rest (regression: "the CIS 12% and other countries the remaining
        # 21%" read with the CIS as the reporter was the rest of nothing, a false alarm).
        ("Moldova's exports rose in 2025. Other countries took the remaining 21% of Moldova's exports.", False),
        ("The top three partners took 57% of Georgia's exports in 2025 and other countries the remaining 43%.", False),
        # The parts are those of the rest's sentence.
        (
            (
                "China took 7% of Georgia's exports in 2025. The CIS took 48% of Georgia's exports in 2025, the EU 9% "
                "and the rest of the world 43%."
            ),
            False,
        ),
    ],
)
def test_named_parts_and_the_rest_make_the_whole(check_articles, sentence, flagged):
    # Regression: a wrong share of the rest of the world was not flagged (FIG401 adds named parts only).
    result = check_articles({"a": sentence})
    assert ("FIG404" in codes(result)) is flagged
    if flagged:
        (finding,) = [f for f in result.findings if f.rule == "FIG404"]
        assert len(finding.claims) == 3 and finding.expected.lower == finding.expected.upper == 100


def test_a_rest_beside_a_conflicting_part_is_blocked(check_articles):
    result = check_articles(
        {
            "a": "The CIS took 48% of Georgia's exports in 2025, the EU 9% and the rest of the world 53%.",
            "b": "The EU took 19% of Georgia's exports in 2025.",
        }
    )
    assert "FIG404" not in codes(result) and "FIG101" in codes(result)


@pytest.mark.parametrize("share, flagged", [("51%", False), ("61%", True)])
@pytest.mark.parametrize("after", ["", ", with Georgia taking the rest"])  # a partner named after them is not one of theirs
def test_shares_respectively_of_partners_named_one_by_one(check_articles, share, flagged, after):
    # Regression: both shares were Turkey's, a FIG101 false alarm, and a wrong one went unchecked.
    text = (
        "Azerbaijan exported 12.7 billion cubic meters of gas in January-June 2025, of which 6.5 bcm went to Europe "
        f"and 5.1 bcm to Turkey, respectively {share} and 40% of the total{after}."
    )
    result = check_articles({"a": text})
    assert "FIG101" not in codes(result)
    assert ("FIG402" in codes(result)) is flagged


def test_a_fraction_of_an_earlier_level_is_no_share_of_the_total(check_articles):
    # Regression: "about a third of the 2023 level" was Russia's share of all FDI, held against
    # the $90 million and the 2023 total (FIG402), and the $90 million were of 2023.
    text = (
        "Foreign direct investment in Georgia totalled $1.37 billion in 2024, down 22% from $1.76 billion in 2023. "
        "Investment from Russia was $90 million, about a third of the 2023 level."
    )
    result = check_articles({"a": text})
    assert "FIG402" not in codes(result)
    for claim in (c for c in result.claims if c.text in ("$90 million", "about a third")):
        assert claim.share_of in (None, "unknown")
        assert claim.period is None or claim.period.label != "2023"
