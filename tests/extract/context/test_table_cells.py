"""A table cell's figure read with its column's header, its row's label and the table's captions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.extract.claims import extract_claims
from figures.records import Document

EXPORTS = """\
# Georgia's exports by destination, 2024

Georgia's exports reached $5.6 billion in 2024, Geostat said.

| # | Destination | Exports, $ million | Share, % | Change, % |
|---|---|---|---|---|
| 1 | Kazakhstan | 1,010 | 18.0 | +12.4 |
| 2 | Russia | 690 | 12.3 | -3.1 |
| | Other | 3,900 | 69.7 | |
| | Total | 5,600 | 100.0 | 4.2 |
"""

REGION = """\
## Regional growth, 2024

| Country | GDP growth, % | Inflation, % |
|---|---|---|
| Georgia | 9.4 | 1.1 |
| Armenia | 5.9 | 0.3 |
"""

YEARS = """\
Tourism has recovered, the national tourism administration said.

Tourist arrivals, thousands

| Indicator | 2023 | 2024 |
|---|---|---|
| Visitors | 7,100 | 7,400 |
| Tourism revenue, $ million | 4,100 | 4,400 |
"""


def _claims(text: str, published=dt.date(2025, 3, 1)):
    document = Document("t", "t.md", text, published)
    return {claim.text: claim for claim in extract_claims(document)}


def _entities(claim):
    return {(entity.code, entity.role) for entity in claim.entities}


def test_a_partners_figure_in_dollars_from_its_columns_header():
    claim = _claims(EXPORTS)["1,010"]
    assert (claim.kind, claim.value, claim.unit) == ("money", 1.01e9, "USD")
    assert (claim.lower, claim.upper) == (1.005e9, 1.015e9)  # the same rounding as "$1,010 million" in a sentence
    assert claim.metric == "exports" and claim.period.label == "2024"
    assert _entities(claim) == {("GEO", "reporter"), ("KAZ", "partner")}
    assert claim.sentence == "| 1 | Kazakhstan | 1,010 | 18.0 | +12.4 |" and "table" in claim.flags


def test_a_share_column_holds_shares_of_the_tables_metric():
    claim = _claims(EXPORTS)["12.3"]
    assert (claim.kind, claim.share_of, claim.metric) == ("percent", "exports", "exports")
    assert _entities(claim) == {("GEO", "reporter"), ("RUS", "partner")}


@pytest.mark.parametrize("surface, change", [("12.4", "up"), ("-3.1", "down"), ("4.2", "up")])
def test_a_change_column_rises_or_falls_by_its_sign(surface, change):
    claim = _claims(EXPORTS)[surface]
    assert (claim.kind, claim.change, claim.value) == ("percent", change, float(surface.lstrip("-")))


def test_the_total_row_is_the_reporters_whole_and_its_share_and_the_rests_are_left_untyped():
    claims = _claims(EXPORTS)
    assert _entities(claims["5,600"]) == {("GEO", "reporter")} and claims["5,600"].metric == "exports"
    assert claims["100.0"].metric is None and claims["69.7"].metric is None and claims["3,900"].metric is None


def test_a_rank_is_no_figure():
    assert "1" not in _claims(EXPORTS) and "2" not in _claims(EXPORTS)


def test_a_country_with_a_metric_of_its_own_economy_reports_it():
    claims = _claims(REGION)
    assert claims["5.9"].metric == "gdp_growth" and _entities(claims["5.9"]) == {("ARM", "reporter")}
    assert claims["0.3"].metric == "inflation" and claims["0.3"].period.label == "2024"
    assert claims["9.4"].change is None  # "GDP growth" is the metric, not a change column


def test_years_as_columns_and_metrics_as_rows_with_the_scale_of_the_title_line():
    claims = _claims(YEARS)
    visitors = claims["7,100"]
    assert (visitors.metric, visitors.period.label, visitors.value) == ("visitors", "2023", 7.1e6)
    revenue = claims["4,400"]  # its row names its own unit, before the title's
    assert (revenue.metric, revenue.period.label, revenue.kind, revenue.value) == ("tourism_revenue", "2024", "money", 4.4e9)


def test_a_cell_written_with_its_own_unit_keeps_it():
    text = "| Partner | Trade | Share |\n|---|---|---|\n| Turkey | $2.6 bn | 12.1% |\n"
    claims = _claims(text)
    assert (claims["$2.6 bn"].kind, claims["$2.6 bn"].value) == ("money", 2.6e9)
    assert claims["12.1%"].kind == "percent"


def test_a_table_without_a_period_says_so():
    claims = _claims(REGION.replace(", 2024", ""))
    assert claims["9.4"].period is None and "no_period" in claims["9.4"].flags


def test_prose_around_a_table_keeps_its_own_context():
    claims = _claims(EXPORTS)
    assert "table" not in claims["$5.6 billion"].flags and claims["$5.6 billion"].source == "Geostat"
    assert [claim.start for claim in claims.values()] == sorted(claim.start for claim in claims.values())


def test_a_header_of_two_rows_gives_each_column_its_year_and_the_spanning_cells_unit():
    text = (
        "# Armenia's exports to the EAEU\n\n| Partner | Exports (USD mn) | |\n|---|---|---|\n"
        "| | 2023 | 2024 |\n| Russia | 3 412.5 | 6 015.2 |\n"
    )
    claim = _claims(text)["6 015.2"]
    assert (claim.kind, claim.value, claim.period.label, claim.metric) == ("money", 6.0152e9, "2024", "exports")
    assert _entities(claim) == {("ARM", "reporter"), ("RUS", "partner")}


def test_a_cell_of_two_figures_gives_both_with_their_labels():
    text = "Georgia's trade, 2024\n\n| Partner | Trade, $ million (share) |\n|---|---|\n| Turkey | 2,613 (12.1%) |\n"
    claims = _claims(text)
    assert (claims["2,613"].kind, claims["2,613"].value, claims["2,613"].share_of) == ("money", 2.613e9, None)
    assert (claims["12.1%"].kind, claims["12.1%"].share_of) == ("percent", "trade_turnover")
    assert _entities(claims["12.1%"]) == {("GEO", "reporter"), ("TUR", "partner")}


def test_partners_of_a_reporter_no_label_or_sentence_names_are_partners_of_no_one():
    text = "## Main trading partners, 2024\n\n| Partner | Trade, $ million |\n|---|---|\n| Turkey | 2,613 |\n| Russia | 2,530 |\n"
    assert _entities(_claims(text)["2,613"]) == {("TUR", "partner")}


def test_the_one_country_a_caption_names_and_no_row_does_is_the_reporter_of_the_rows_partners():
    text = (
        "# Remittances to Uzbekistan hit a record\n\n| Country | 2023, $ bn | 2024, $ bn |\n|---|---|---|\n"
        "| Russia | 8.1 | 11.0 |\n| Kazakhstan | 0.5 | 0.7 |\n| Total | 11.3 | 14.8 |\n"
    )
    claims = _claims(text)
    assert _entities(claims["11.0"]) == {("UZB", "reporter"), ("RUS", "partner")} and claims["11.0"].metric == "remittances"
    assert _entities(claims["14.8"]) == {("UZB", "reporter")}


def test_two_countries_a_caption_names_and_no_row_does_are_the_reporter_and_its_partner():
    # Regression: the pair's trade was read as Georgia's trade with the world, against its reference series.
    text = (
        "# Georgia–Turkey trade: key figures\n\n| Indicator | 2023 | 2024 |\n|---|---|---|\n"
        "| Trade turnover, $ million | 2,404 | 2,501 |\n| Exports, $ million | 335 | 331 |\n"
    )
    claims = _claims(text)
    assert _entities(claims["2,501"]) == _entities(claims["331"]) == {("GEO", "reporter"), ("TUR", "partner")}
    # In a table of partners, a row that names no country is their total: the reporter's whole.
    partners = "# Georgia–Russia trade\n\n| Partner | Turnover, $ mn |\n|---|---|\n| Russia | 1,286.2 |\n| Total | 10,626.6 |\n"
    assert _entities(_claims(partners)["10,626.6"]) == {("GEO", "reporter")}


def test_a_caption_country_among_the_rows_makes_a_comparison_of_reporters():
    text = "# Georgia and its neighbours\n\n| Country | Exports, $ bn |\n|---|---|\n| Georgia | 5.6 |\n| Armenia | 8.1 |\n"
    assert _entities(_claims(text)["8.1"]) == {("ARM", "reporter")}


TRADE = """\
Georgia's foreign trade, January–June 2025 ($ million)

| Partner | Exports | Imports | Share, % |
|---|---:|---:|---:|
| Russia | 331.2 | 955.0 | 12.1 |
| EU | 418.3 | 1,642.0 | 19.4 |

| Month | Exports, $ mn | y/y change, % |
|---|---|---|
| January 2025 | 450.2 | +8.1 |
"""


def test_a_group_in_a_row_is_a_partner_like_a_country():
    claim = _claims(TRADE)["418.3"]
    assert (claim.metric, claim.period.label, claim.value) == ("exports", "2025-H1", 418.3e6)
    assert _entities(claim) == {("GEO", "reporter"), ("EU", "partner")}


def test_a_share_under_two_metrics_is_of_neither():
    claim = _claims(TRADE)["19.4"]
    assert claim.kind == "percent" and claim.metric is None and claim.share_of is None


def test_a_year_on_year_column_is_a_change_on_the_same_period_a_year_before():
    claim = _claims(TRADE)["8.1"]
    assert (claim.change, claim.metric, claim.period.label, claim.base_period.label) == ("up", "exports", "2025-01", "2024-01")


PRODUCTS = """\
# Georgia's main exports, 2024

| Product | Exports, $ million |
|---|---|
| Wine | 283 |
| Live animals | 650 |
| Copper ores | 610 |

| Year | Georgia | Armenia |
|---|---|---|
| 2024 | 9.4 | 5.9 |
"""


@pytest.mark.parametrize("figure, product", [("283", "wine"), ("610", "copper")])
def test_a_product_row_is_that_products_exports(figure, product):
    claim = _claims(PRODUCTS)[figure]
    assert (claim.metric, claim.product, claim.value) == ("exports", product, float(figure) * 1e6)


def test_a_row_of_a_kind_no_lexicon_reads_is_no_countrys_whole():
    # Read as Georgia's exports, "650" was held against all of them ($6.6 billion) and the series.
    claim = _claims(PRODUCTS)["650"]
    assert claim.metric is None and claim.kind == "money"


def test_a_heading_titles_the_first_table_under_it_only():
    claim = _claims(PRODUCTS)["5.9"]
    assert claim.metric is None and _entities(claim) == {("ARM", "reporter")}


def test_a_change_column_beside_two_years_is_from_the_one_to_the_other():
    text = (
        "Money transfers to Armenia fell in 2024\n\n| Country | 2023, $ million | 2024, $ million | Change, % |\n"
        "|---|---|---|---|\n| Russia | 2,110 | 1,610 | -23.7 |\n"
    )
    claim = _claims(text)["-23.7"]
    assert (claim.change, claim.period.label, claim.base_period.label, claim.metric) == ("down", "2024", "2023", "remittances")
    assert _entities(claim) == {("ARM", "reporter"), ("RUS", "partner")}


_HEADERS = ["Partner", "Country", "Exports, $ million", "Share, %", "Change, %", "2023", "2024", "y/y, %", "#", "Trade", "", "GDP growth, %"]
_ROWS = ["Turkey", "Russia", "EU", "Total", "Other", "Copper ores", "Wine", "", "2024", "January 2025"]
_CELLS = ["2,613", "12.1", "-3.1", "+4.2", "", "n/a", "—", "$2.6 bn", "12.1%", "1 000", "0", "38.0*", "2,613 (12.1%)", "1-2"]


@settings(max_examples=200, deadline=None)
@given(
    caption=st.sampled_from(["", "# Georgia's trade, 2024\n\n", "Remittances to Uzbekistan, $ million\n\n"]),
    header=st.lists(st.sampled_from(_HEADERS), min_size=2, max_size=5),
    rows=st.lists(st.tuples(st.sampled_from(_ROWS), st.lists(st.sampled_from(_CELLS), min_size=1, max_size=4)), min_size=1, max_size=5),
)
def test_any_table_gives_each_figure_one_claim_read_from_its_labels(caption, header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join([label, *cells][: len(header)]) + " |" for label, cells in rows]
    text = f"{caption}Georgia's exports reached $5.6 billion in 2024.\n\n" + "\n".join(lines) + "\n"
    claims = extract_claims(Document("t", "t.md", text, dt.date(2025, 3, 1)))
    table_start = text.index("| ")
    assert [claim.start for claim in claims] == sorted(claim.start for claim in claims)
    assert len({claim.id for claim in claims}) == len(claims)
    for claim in claims:
        assert ("table" in claim.flags) is (claim.start >= table_start)
        assert claim.lower is None or claim.upper is None or claim.lower <= claim.upper


@pytest.mark.parametrize(
    "row, typed",
    [
        ("Russian Federation", True), ("Turkiye", True), ("European Union (27)", True), ("of which: EU", True),
        ("Kazakhstan*", True), ("Re-exports", False), ("Net exports", False), ("China, People's Republic of", False),
    ],
)  # fmt: skip
def test_the_row_labels_of_statistical_tables(row, typed):
    text = f"# Georgia's exports by destination, 2024\n\n| Destination | Exports (fob), $ million |\n|---|---|\n| {row} | 283 |\n"
    assert (_claims(text)["283"].metric == "exports") is typed


def test_the_numbers_of_a_note_across_a_row_are_no_figures():
    text = (
        "# Georgia's exports by destination, 2024\n\n| Destination | Exports, $ million |\n|---|---|\n"
        "| Kazakhstan | 1,010 |\n| * Data for 11 months; 2 countries revised | |\n"
    )
    claims = _claims(text)
    assert "11" not in claims and "2" not in claims and claims["1,010"].metric == "exports"


def test_a_capitals_row_is_a_place_in_its_country():
    # Regression: "| Tbilisi | 3,100 |" was Georgia's visitors, against the 7.4 million of the country (FIG101).
    text = (
        "# Visitors to Georgia by region, 2024\n\n| Region | Visitors, thousand |\n|---|---|\n"
        "| Tbilisi | 3,100 |\n| Adjara | 2,200 |\n"
    )
    claims = _claims(text)
    assert "subnational" in claims["3,100"].flags and claims["3,100"].metric == "visitors"
    assert claims["2,200"].metric is None  # a region no lexicon knows


def test_a_cell_in_bold_takes_its_unit_from_its_header():
    # (a figure in bold keeps its marks in its span, and is read with its header's unit all the same)
    text = "## Main trading partners, 2024\n\n| Partner | Trade, $ million |\n|---|---|\n| Turkey | **2,613** |\n"
    cell = _claims(text)["**2,613**"]
    assert (cell.kind, cell.unit, cell.value) == ("money", "USD", 2.613e9)
