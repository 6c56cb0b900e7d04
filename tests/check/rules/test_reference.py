"""Claims against reference data: the seed acceptance cases, vintages, currencies, user tables."""

from __future__ import annotations

import datetime as dt

import pytest

from figures.check.engine import check_claims
from figures.pipeline import read_corpus
from figures.reference.match import ReferenceIndex
from figures.reference.table import load_reference
from tests.check.conftest import Checked


@pytest.fixture(scope="module")
def seed_result():
    corpus = read_corpus([])
    return Checked(check_claims(corpus.claims, corpus.documents, reference=ReferenceIndex(load_reference())), corpus.claims)


def checked_with_reference(tmp_path, text: str, published: dt.date):
    """One article, published on that date, checked against the bundled reference data."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = read_corpus([str(tmp_path)], published=published)
    return check_claims(corpus.claims, corpus.documents, reference=ReferenceIndex(load_reference()))


def verification(result, subject):
    (found,) = [v for v in result.verifications if v.subject == subject]
    return found


def test_2024_turnover_is_flagged_with_the_2023_explanation(seed_result):
    (finding,) = [f for f in seed_result.findings if f.rule == "FIG301"]
    assert [c.text for c in seed_result.cited(finding)] == ["$2.4 billion"]
    assert finding.expected.lower == pytest.approx(2.525e9) and finding.expected.upper == pytest.approx(2.535e9)
    assert "the claim fits the 2023 value (2,400" in finding.message
    assert "off by about 5.1%" in finding.message  # a level: the relative error
    assert "Vedomosti" in finding.source and finding.relative_gap > 0


def test_territory_share_is_consistent_with_about_18_percent(seed_result):
    found = verification(seed_result, '"around 20%"')
    assert found.consistent == (True,) and found.readings[0].series == "GE_AREA_OCCUPIED_SHARE"


def test_eu_export_share_is_derived_from_levels(seed_result):
    found = verification(seed_result, '"9%"')
    assert found.consistent == (True,)
    assert found.readings[0].interval.lower == pytest.approx(100 * 573.5 / 6565)
    assert "share = GE_EU_EXPORTS 2024 / GE_WORLD_EXPORTS 2024" in found.readings[0].notes


def test_visitors_are_compared_with_traveller_trips_and_the_definitions_noted(seed_result):
    found = verification(seed_result, '"exceeded 1.4 million"')
    assert found.consistent == (True,) and found.readings[0].series == "GE_RU_TRAVELLER_TRIPS"
    assert any("definitions differ" in note for note in found.readings[0].notes)


def test_growth_since_2022_is_ambiguous_with_both_readings(seed_result):
    ambiguous = [f for f in seed_result.findings if f.rule == "FIG303"]
    assert {seed_result.cited(f)[0].doc[:3] for f in ambiguous} == {"000", "001"}
    readings = ambiguous[0].readings
    assert [r.consistent for r in readings] == [False, True]
    assert readings[0].expected.lower == pytest.approx(30.7, abs=0.1)
    assert readings[1].expected.lower == pytest.approx(40.6, abs=0.1)


def test_cis_shares_are_unverified(seed_result):
    subjects = {v.subject for v in seed_result.verifications}
    assert '"70%"' not in subjects and '"33%"' not in subjects


def test_derived_h1_2024_is_consistent_with_geostat(seed_result):
    (found,) = [v for v in seed_result.verifications if v.subject == "the 2024-H1 level derived from the text" and v.readings[0].series == "GE_RU_TRADE_TURNOVER"]
    assert found.consistent == (True,)
    assert found.readings[0].interval.lower == pytest.approx(1197.55e6)


def test_unverified_is_opt_in(check_articles):
    text = {"a": "The CIS accounts for 33% of Georgia's trade, whereas the EU makes up only 22%."}
    assert "FIG302" not in [f.rule for f in check_articles(text).findings]


VINTAGE = "Georgia's economy grew by {} in 2023, compared with 2022."


@pytest.mark.parametrize("published, growth, rules", [
    ("2024-06-01", "7.5%", {"FIG304"}),  # right when published, revised since
    ("2025-02-01", "7.5%", {"FIG301"}),  # the revision was out: wrong
    ("2025-02-01", "7.8%", set()),
])  # fmt: skip
def test_vintages(tmp_path, published, growth, rules):
    result = checked_with_reference(tmp_path, VINTAGE.format(growth), dt.date.fromisoformat(published))
    assert {f.rule for f in result.findings if f.rule.startswith("FIG3")} == rules
    if "FIG304" in rules:
        (finding,) = [f for f in result.findings if f.rule == "FIG304"]
        assert "since revised to 7.8" in finding.message


@pytest.mark.parametrize("sentence, rules", [
    # Regression: GDP's own percentage change was checked against no growth series.
    ("Georgia's gross domestic product grew 7.5% in 2024.", {"FIG301"}),
    ("Georgia's gross domestic product grew 9.4% in 2024.", set()),
    ("Georgia's nominal GDP rose 7.5% in 2024.", set()),  # in current prices: no growth rate
])  # fmt: skip
def test_a_percentage_change_of_gdp_is_its_growth(tmp_path, sentence, rules):
    result = checked_with_reference(tmp_path, sentence, dt.date(2025, 12, 1))
    assert {f.rule for f in result.findings if f.rule.startswith("FIG3")} == rules
    assert bool(result.verifications) == ("nominal" not in sentence)


@pytest.mark.parametrize("sentence, rules", [
    # Regression: a quarter's growth on the year before was held against the product of the two
    # years' rates (FIG301 against 18%).
    ("Georgia's GDP grew 10.8% year on year in the fourth quarter of 2024.", set()),
    ("Georgia's GDP grew 25% in the fourth quarter of 2024 compared with the fourth quarter of 2022.", set()),
    # From a base year the growth is that of the years after it: 2023 and 2024 (7.8% and 9.4–9.5%).
    ("Georgia's GDP grew 18% in 2024 compared with 2022.", set()),
    ("Georgia's GDP grew 31% in 2024 compared with 2022.", {"FIG301"}),
])  # fmt: skip
def test_growth_from_a_base_against_yearly_rates(tmp_path, sentence, rules):
    result = checked_with_reference(tmp_path, sentence, dt.date(2025, 2, 5))
    assert {f.rule for f in result.findings if f.rule.startswith("FIG3")} == rules


@pytest.mark.parametrize("amount, consistent", [("GEL 6.8 billion", True), ("GEL 5 billion", False)])
def test_currency_conversion_by_the_reference_rate(tmp_path, amount, consistent):
    result = checked_with_reference(tmp_path, f"Georgia's trade with Russia reached {amount} in 2024.", dt.date(2025, 12, 1))
    (found,) = result.verifications
    assert found.consistent == (consistent,)
    assert any("converted at 2.7 GEL / USD (2024 average, GE_FX_GEL_PER_USD_AVG" in note for note in found.readings[0].notes)
    if not consistent:
        (finding,) = [f for f in result.findings if f.rule == "FIG301"]
        assert "converted at 2.7" in finding.message


def test_user_table_overrides_the_bundled_row(tmp_path):
    table = tmp_path / "desk.csv"
    table.write_text(
        "series_id,metric,product,measure,reporter,partner,concept,period,base_period,value,unit,definition,source_name,source_url,published,confidence\n"
        "GE_RU_TRADE_TURNOVER,trade_turnover,,level,GEO,RUS,merchandise trade,2024,,2400,USD million,,Our desk,,2025-08-23,exact-from-source\n",
        encoding="utf-8",
    )
    corpus = read_corpus([])
    result = check_claims(corpus.claims, corpus.documents, reference=ReferenceIndex(load_reference([table])))
    assert "FIG301" not in [f.rule for f in result.findings]


@pytest.mark.parametrize("wording, consistent", [("a 7% increase", True), ("a 7% decrease", False)])
def test_a_fall_against_reference_growth(tmp_path, wording, consistent):
    # Regression: a stated fall was compared with reference growth by its size alone.
    (tmp_path / "a.txt").write_text(
        f"Bilateral trade between Georgia and Russia amounted to $1.3 billion in the first half of 2025, {wording} "
        "from the same period of 2024.",
        encoding="utf-8",
    )

    corpus = read_corpus([str(tmp_path)], published=dt.date(2025, 12, 3))
    result = check_claims(corpus.claims, corpus.documents, reference=ReferenceIndex(load_reference()))
    (growth,) = [v for v in result.verifications if v.subject == '"7%"']
    assert growth.consistent == (consistent,)
    assert ("FIG301" in [f.rule for f in result.findings]) is not consistent
    if not consistent:
        (finding,) = [f for f in result.findings if f.rule == "FIG301"]
        # A percentage is off by percentage points: −7% against +7% is 14 points, not "200%".
        assert "off by about 14 percentage points" in finding.message
        assert finding.relative_gap == pytest.approx(2.0)


def test_a_derived_level_is_reported_when_its_figures_are_not(tmp_path):
    # No reference growth for gas imports: the 2024-H1 level implied by "26.5% less" is what shows the error.
    (tmp_path / "a.txt").write_text(
        "According to the results of January – June 2025, Georgia's purchases of Russian natural gas amounted to "
        "$110.56 million, which is 26.5% less than in the same period of 2024.",
        encoding="utf-8",
    )

    corpus = read_corpus([str(tmp_path)], published=dt.date(2025, 12, 3))
    result = check_claims(corpus.claims, corpus.documents, reference=ReferenceIndex(load_reference()))
    (finding,) = [f for f in result.findings if f.rule == "FIG301"]
    assert finding.message.startswith("the 2024-H1 level derived from the text")


@pytest.mark.parametrize(
    "text, rule",
    [
        # "tourists" stay overnight; the only series for Russians in 2024 counts traveller trips
        ("Russia leads in the number of tourists visiting Georgia: by 2024 it had already exceeded 1.9 million.", "FIG305"),
        ("International traveller trips from Russia to Georgia exceeded 1.9 million in 2024.", "FIG301"),
    ],
)
def test_a_mismatch_against_a_series_of_another_definition_is_a_warning(tmp_path, text, rule):
    result = checked_with_reference(tmp_path, text, dt.date(2025, 12, 1))
    (finding,) = [f for f in result.findings if f.rule in ("FIG301", "FIG305")]
    assert finding.rule == rule and "GE_RU_TRAVELLER_TRIPS" in finding.message
    assert finding.severity == ("warning" if rule == "FIG305" else "error")
    assert ("definitions differ" in finding.message) is (rule == "FIG305")


@pytest.mark.parametrize(
    "source, rule",
    [
        # Mirror statistics: Russia's customs count the same trade their own way.
        ("the Federal Customs Service of Russia", "FIG305"),
        ("Geostat", "FIG301"),
    ],
)
def test_a_figure_of_another_countrys_statistics_is_a_warning(tmp_path, source, rule):
    text = f"Trade between Russia and Georgia reached $2.6 billion in 2024, according to {source}."
    result = checked_with_reference(tmp_path, text, dt.date(2025, 12, 1))
    (finding,) = [f for f in result.findings if f.rule in ("FIG301", "FIG305")]
    assert finding.rule == rule
    assert ("mirror statistics: the claim cites FCS (RUS); the series is GEO's" in finding.message) is (rule == "FIG305")


@pytest.mark.parametrize("verb, compared", [("reached", True), ("is expected to reach", False)])
def test_a_forecast_is_not_compared_with_reference_data(tmp_path, verb, compared):
    result = checked_with_reference(tmp_path, f"Georgia's trade with Russia {verb} $3.5 billion in 2024.", dt.date(2025, 12, 1))
    assert bool(result.verifications) is compared
    assert ("FIG301" in [f.rule for f in result.findings]) is compared


@pytest.mark.parametrize(
    "text, compared",
    [
        ("Georgia's exports reached $1 billion in 2024.", True),
        # Regression: services, and shops' or ports' turnover, were held against merchandise trade.
        ("Georgia's exports of services reached $1 billion in 2024.", False),
        ("Georgia's retail turnover with Russia reached $3.5 billion in 2024.", False),
        ("Cargo turnover between Georgia and Russia reached $3.5 billion in 2024.", False),
        # A place inside the country is not the country.
        ("In the regions, Georgia's trade with Russia reached $3.5 billion in 2024.", False),
        # Regression: what bottles of wine were worth was held against all of Georgia's exports (FIG301).
        ("Georgia exported 110 million bottles of wine in 2024. In 2023 Georgia exported 95 million bottles worth $283 million.", False),
    ],
)
def test_only_merchandise_trade_is_compared_with_merchandise_series(tmp_path, text, compared):
    result = checked_with_reference(tmp_path, text, dt.date(2025, 12, 1))
    assert bool(result.verifications) is compared


@pytest.mark.parametrize(
    "sentence",
    [
        "Georgia's five largest export markets took 58% of its exports in 2024, Geostat said.",
        "Exports of wine and spirits made up 12% of Georgia's exports in 2024, Geostat said.",
    ],
)
def test_a_share_whose_part_is_no_partner_is_not_held_against_the_whole(tmp_path, sentence):
    # Read as the whole's share of itself, the first was "off by about 42 percentage points" from 100%.
    (tmp_path / "a.txt").write_text(sentence, encoding="utf-8")
    corpus = read_corpus([str(tmp_path)])
    result = check_claims(corpus.claims, corpus.documents, reference=ReferenceIndex(load_reference()))
    assert [f.rule for f in result.findings if f.rule.startswith("FIG3")] == []
