from __future__ import annotations

import pytest

from tests.check.conftest import codes

FLOWS = "In January-August 2025, Armenia's exports reached $4.2 billion and its imports $7.7 billion."


@pytest.mark.parametrize(
    "turnover, flagged",
    [
        ("$11.9 billion", False),
        ("$12 billion", False),  # [11.5, 12.5] bn by its rounding: meets [11.8, 12.0]
        ("$13.9 billion", True),
    ],
)
def test_turnover_against_exports_plus_imports(check_articles, turnover, flagged):
    result = check_articles({"a": FLOWS, "b": f"Armenia's foreign trade turnover was {turnover} in January-August 2025."})
    assert ("FIG503" in codes(result)) is flagged
    if flagged:
        (finding,) = [f for f in result.findings if f.rule == "FIG503"]
        assert (finding.expected.lower, finding.expected.upper) == pytest.approx((11.8e9, 12.0e9))
        assert [c.text for c in result.cited(finding)] == ["$4.2 billion", "$7.7 billion", turnover]


def test_with_a_partner_the_turnover_is_the_pairs(check_articles):
    result = check_articles(
        {
            "a": "In 2024 Georgia's exports to Russia were $0.7 billion and its imports from Russia $1.8 billion.",
            "b": "Trade between Georgia and Russia reached $3.5 billion in 2024.",
        }
    )
    assert "FIG503" in codes(result)


def test_a_conflict_blocks_the_sum(check_articles):
    result = check_articles(
        {
            "a": FLOWS,
            "b": "Armenia's foreign trade turnover was $13.9 billion in January-August 2025.",
            "c": "Armenia's exports were $5.1 billion in January-August 2025.",
        }
    )
    (conflict,) = [f for f in result.findings if f.rule == "FIG101"]
    assert "FIG503" not in codes(result) and "FIG503" in conflict.blocked


@pytest.mark.parametrize(
    "balance, metric",
    [("negative trade balance", "trade_deficit"), ("trade deficit", "trade_deficit"), ("trade balance", None), ("trade turnover", "trade_turnover")],
)
def test_a_trade_balance_is_no_turnover(check_articles, balance, metric):
    # Regression: "the negative trade balance was $3.5 billion, or 29% of turnover" took "turnover"
    # from after it, and the balance was a turnover against exports plus imports (FIG503). A
    # balance of no sign said is neither deficit nor surplus.
    result = check_articles({"a": f"{FLOWS} The {balance} was $3.5 billion, or 29% of turnover."})
    assert [c.metric for c in result.claims if c.text == "$3.5 billion"] == [metric]
    assert ("FIG503" in codes(result)) is (metric == "trade_turnover")


@pytest.mark.parametrize(
    "balance, flagged",
    [
        ("leaving a trade deficit of $4.3 billion", True),
        ("leaving a trade deficit of $3.3 billion", False),
        ("leaving a trade deficit of $3.25 billion", False),  # rounding: [3.2, 3.4] bn against [3.245, 3.255] bn
        ("leaving a trade surplus of $3.3 billion", True),  # a surplus is exports less imports
    ],
)
def test_a_trade_balance_against_exports_and_imports(check_articles, balance, flagged):
    result = check_articles({"a": f"Armenia's exports reached $13.1 billion and its imports $16.4 billion in 2024, {balance}."})
    assert ("FIG504" in codes(result)) is flagged


@pytest.mark.parametrize("goods", ["Gold", "Copper", "Cotton", "Textile"])
def test_a_products_exports_are_no_total(check_articles, goods):
    # Regression: "Gold exports reached $7.5 billion" were the country's exports, held against its
    # imports and turnover (FIG503) and its trade deficit (FIG504).
    text = (
        f"Uzbekistan's exports rose 9.5% to $26.9 billion in 2024. {goods} exports reached $7.5 billion. "
        "Uzbekistan's imports grew 3.1% to $38.9 billion, leaving a trade deficit of $12.0 billion. "
        "Its total foreign trade turnover came to $65.8 billion."
    )
    result = check_articles({"a": text})
    assert not {"FIG503", "FIG504"} & set(codes(result))
    assert next(c for c in result.claims if c.text == "$7.5 billion").product is not None


@pytest.mark.parametrize("deficit, flagged", [("$14.0 billion", True), ("$12.0 billion", False)])
def test_a_figure_naming_no_country_is_the_one_reporters(check_articles, deficit, flagged):
    # Regression: "Imports grew …" named no country, so the deficit was never held against
    # Uzbekistan's exports (a miss): in an article whose figures one country reports, the others
    # named being partners, a figure naming none after one of that country's own is that country's.
    text = (
        "Uzbekistan's exports rose 9.5% to $26.9 billion in 2024. "
        f"Imports grew 3.1% to $38.9 billion, leaving a trade deficit of {deficit}. "
        "China was the largest market with $3.1 billion, ahead of Russia with $2.8 billion."
    )
    result = check_articles({"a": text})
    assert ("FIG504" in codes(result)) is flagged
    imports = next(c for c in result.claims if c.text == "$38.9 billion")
    assert [(e.code, e.role) for e in imports.entities] == [("UZB", "reporter")] and "entities_from_document" in imports.flags


@pytest.mark.parametrize("share, flagged", [("9.5%", True), ("5.6%", False)])
def test_a_figure_naming_partners_only_is_the_one_reporters_flow_with_them(check_articles, share, flagged):
    # Regression: "Exports to the EU" named no reporter, so a wrong share of Georgia's wine went unchecked
    # (a miss) — nor was the share of a count with its words ("4.8 million bottles, or …") the count's.
    text = (
        "Georgia exported 85.1 million bottles of wine in January-September 2025. Russia took 53.2 million bottles. "
        f"Exports to the EU rose by a third to 4.8 million bottles, or {share} of the total."
    )
    result = check_articles({"a": text})
    assert ("FIG402" in codes(result)) is flagged
    to_the_eu = next(c for c in result.claims if c.text == "4.8 million")
    assert [(e.code, e.role) for e in to_the_eu.entities] == [("GEO", "reporter"), ("EU", "partner")]


def test_a_figure_naming_no_country_after_a_partners_given_the_reporter_is_the_reporters(check_articles):
    # Regression: once Georgia's arrivals were Armenia's, the spending after them lost Armenia.
    text = (
        "The number of visitors to Armenia rose 15% in 2024 to 2.3 million. Arrivals from Georgia came second with 420,000. "
        "Spending by foreign visitors reached $1.8 billion."
    )
    claims = {c.text: c for c in check_articles({"a": text}).claims}
    assert [(e.code, e.role) for e in claims["420,000"].entities] == [("ARM", "reporter"), ("GEO", "partner")]
    assert [(e.code, e.role) for e in claims["$1.8 billion"].entities] == [("ARM", "reporter")]


def test_a_figure_naming_partners_only_stays_theirs_where_it_may_be_of_the_articles_product(check_articles):
    # In an article on wine, "Shipments to the European Union grew 9%" may be of wine: no flow of
    # all Georgia's goods to the EU (a false FIG301 against the reference's).
    text = "Georgia exported 110.3 million bottles of wine in 2024. Shipments to the European Union grew 9%."
    shipments = next(c for c in check_articles({"a": text}).claims if c.text == "9%")
    assert [(e.code, e.role) for e in shipments.entities] == [("EU", "partner")]


def test_a_figure_naming_no_country_in_an_article_of_several_reporters_stays_nameless(check_articles):
    text = "Armenia's exports rose 5% to $13.1 billion in 2024, and Georgia's to $6.6 billion. Imports grew 3% to $16.4 billion."
    assert not next(c for c in check_articles({"a": text}).claims if c.text == "$16.4 billion").entities


def test_a_figure_naming_no_country_after_a_pairs_stays_nameless(check_articles):
    # After "Georgia's trade with Russia amounted to $2.3 billion", "Exports reached $0.6 billion" are
    # Georgia's exports to Russia, not all of Georgia's (a false FIG301 against its world exports).
    text = (
        "In the first eleven months of 2025, Georgia's trade with Russia amounted to almost $2.3 billion. "
        "Exports reached $0.6 billion and imports $1.7 billion."
    )
    result = check_articles({"a": text})
    assert all(not c.entities for c in result.claims if c.text in ("$0.6 billion", "$1.7 billion"))


@pytest.mark.parametrize("deficit, flagged", [("$6.7 billion", True), ("$5.7 billion", False)])
def test_a_balance_reached_from_another_against_the_flows(check_articles, deficit, flagged):
    text = (
        "Moldova's exports fell to $3.5 billion in 2024. Moldova's imports fell 5.6% to $9.2 billion. "
        f"The trade deficit widened to {deficit} from $5.5 billion."
    )
    assert ("FIG504" in codes(check_articles({"a": text}))) is flagged


_ARMENIA = (
    "Three years ago Armenia's exports were worth $5.4 billion. In 2024 they reached $13.1 billion. "
    "The United Arab Emirates bought goods worth $5.9 billion, making it Armenia's largest export market, "
    "ahead of Russia with $4.3 billion.\n\n"
    "In January-September 2025, exports fell 28% to $6.9 billion, while imports dropped 19% to $9.8 billion. "
    "The trade deficit thus narrowed to {deficit} from $3.3 billion a year earlier."
)


@pytest.mark.parametrize("deficit, flagged", [("$3.9 billion", True), ("$2.9 billion", False)])
def test_a_buyer_of_the_articles_exports_is_their_partner(check_articles, deficit, flagged):
    # Regression: "The UAE bought goods worth $5.9 billion" were the UAE's imports, and Russia, set
    # against it, reported exports of its own; with three reporters, the nameless 2025 flows were no
    # country's and the deficit went unchecked (a miss).
    result = check_articles({"a": _ARMENIA.format(deficit=deficit)})
    assert ("FIG504" in codes(result)) is flagged
    claims = {c.text: c for c in result.claims}
    for level, partner in (("$5.9 billion", "ARE"), ("$4.3 billion", "RUS")):
        assert (claims[level].metric, [(e.code, e.role) for e in claims[level].entities]) == (
            "exports", [("ARM", "reporter"), (partner, "partner")]
        )
    # (a nameless figure opening a later paragraph, after a partner's, is the article's one reporter's)
    assert [e.code for e in claims["$6.9 billion"].entities] == ["ARM"]
    # "alone" between the buyer and its verb
    text = "Moldova's exports fell 18% to $3.5 billion in 2024. Romania alone bought goods worth $1.05 billion, 30% of all exports."
    romania = next(c for c in check_articles({"a": text}).claims if c.text == "$1.05 billion")
    assert romania.metric == "exports" and ("ROU", "partner") in {(e.code, e.role) for e in romania.entities}
    # In a sentence on no exports a buyer reports its imports.
    (bought,) = check_articles({"a": "Georgia bought goods worth $2.1 billion from Turkey in 2024."}).claims
    assert (bought.metric, [(e.code, e.role) for e in bought.entities]) == ("imports", [("GEO", "reporter"), ("TUR", "partner")])
    # Right after a sentence on exports, in a sentence on nothing else, it buys them (regression:
    # Romania reported $1.1 billion of imports of its own) …
    text = "The EU took 67% of Moldovan exports in 2025. Romania alone bought goods worth $1.1 billion."
    romania = next(c for c in check_articles({"a": text}).claims if c.text == "$1.1 billion")
    assert romania.metric != "imports" and ("ROU", "partner") in {(e.code, e.role) for e in romania.entities}
    # … but not across a paragraph, nor where its own sentence names another metric.
    for text in (
        "The EU took 67% of Moldovan exports in 2025.\n\nRomania alone bought goods worth $1.1 billion.",
        "The EU took 67% of Moldovan exports in 2025. Romania bought goods worth $1.1 billion, and its imports rose 5%.",
    ):
        romania = next(c for c in check_articles({"a": text}).claims if c.text == "$1.1 billion")
        assert ("ROU", "reporter") in {(e.code, e.role) for e in romania.entities}


@pytest.mark.parametrize("balance, flagged", [("$3.5 billion", True), ("$3.0 billion", False)])
def test_a_name_beside_a_figure_of_no_metric_reports_nothing(check_articles, balance, flagged):
    # Regression: a list of destinations made more "reporters", so the nameless flows were no
    # country's (the balance is still held against them, as nameless figures).
    text = (
        "Georgia's external merchandise trade turnover reached $6.4 billion in the third quarter of 2025.\n\n"
        f"Exports totalled $1.7 billion, imports $4.7 billion. The negative trade balance stood at {balance}.\n\n"
        "Top export destinations in Q3:\n\n1. Kyrgyzstan — $290 million\n2. Kazakhstan — $230 million\n"
    )
    result = check_articles({"a": text})
    assert ("FIG504" in codes(result)) is flagged
    assert [e.code for e in next(c for c in result.claims if c.text == "$1.7 billion").entities] == ["GEO"]


def test_where_no_figure_of_a_metric_names_a_reporter_the_others_count(check_articles):
    # (the article's reporter is then the one named beside figures of no metric)
    text = "Georgia counted 25,000 new firms in 2024. A poll found that 11% favour closer ties with Russia. The 2024 budget deficit came in at 2.4% of GDP."
    deficit = next(c for c in check_articles({"a": text}).claims if c.text == "2.4%")
    assert [(e.code, e.role) for e in deficit.entities] == [("GEO", "reporter")]


@pytest.mark.parametrize("deficit, flagged", [("$7.1 billion", False), ("$8.1 billion", True)])
def test_a_press_releases_labelled_list(check_articles, deficit, flagged):
    # Regression: the labelled deficit was read as turnover, a FIG101 false alarm against the
    # turnover, and a wrong deficit went unchecked.
    text = (
        "# Georgia's external trade, January–September 2025\n\n"
        "- External merchandise trade turnover: **$16.3 billion**, up 9.1% year on year\n"
        "- Exports: $4.6 billion (+8.4%)\n- Imports: $11.7 billion (+9.4%)\n"
        f"- Trade deficit: {deficit}, or 43.6% of turnover\n"
    )
    result = check_articles({"a": text})
    assert "FIG101" not in codes(result)
    assert ("FIG504" in codes(result)) is flagged
