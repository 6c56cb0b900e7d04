from __future__ import annotations

import pytest

from tests.check.conftest import codes

TEMPLATE = "Georgia's trade turnover with Russia reached {} in 2024."


@pytest.mark.parametrize(
    "other, conflict",
    [
        ("$2.44 billion", False),  # inside the rounding of "$2.4 billion"
        ("$2.45 billion", False),  # on its edge
        ("$2.46 billion", True),
        ("$2.6 billion", True),
    ],
)
def test_rounding_edge_twins(check_articles, other, conflict):
    result = check_articles({"a": TEMPLATE.format("$2.4 billion"), "b": TEMPLATE.format(other)})
    assert ("FIG101" in codes(result)) is conflict
    assert ("FIG102" in codes(result)) is not conflict


@pytest.mark.parametrize("other, conflict", [("$1.31 billion", True), ("$1.3 billion", False), ("$1.28 billion", False)])
def test_hedge_edge_twins(check_articles, other, conflict):
    result = check_articles(
        {
            "a": "Georgia's trade turnover with Russia reached nearly $1.3 billion in the first half of 2025.",
            "b": f"Georgia's trade turnover with Russia reached {other} in the first half of 2025.",
        }
    )
    assert ("FIG101" in codes(result)) is conflict


def test_conflict_names_every_claim_with_its_interval(check_articles):
    result = check_articles({"a": TEMPLATE.format("$2.4 billion"), "b": TEMPLATE.format("$2.6 billion")})
    (finding,) = [f for f in result.findings if f.rule == "FIG101"]
    assert [(c.doc, c.text) for c in result.cited(finding)] == [("a", "$2.4 billion"), ("b", "$2.6 billion")]
    assert "[2.35 bn, 2.45 bn] USD" in finding.message and "[2.55 bn, 2.65 bn] USD" in finding.message
    assert result.cited(finding)[0].line == 1 and result.cited(finding)[0].column == 46


@pytest.mark.parametrize("other, conflict", [("$720 million", False), ("$650 million", True)])
def test_the_start_of_a_from_to_pair_is_its_years_figure(check_articles, other, conflict):
    # Regression: "in 2023 to" was read as leading into the figure after it, so the start of the
    # pair had no year and a wrong figure for 2023 elsewhere went unchecked.
    result = check_articles(
        {
            "a": "Georgia's exports to Russia rose from $720 million in 2023 to $900 million in 2024.",
            "b": f"Georgia's exports to Russia were {other} in 2023.",
        }
    )
    assert ("FIG101" in codes(result)) is conflict
    assert ("FIG102" in codes(result)) is not conflict


def test_different_periods_are_different_quantities(check_articles):
    result = check_articles(
        {"a": TEMPLATE.format("$2.4 billion"), "b": "Georgia's trade turnover with Russia reached $2.6 billion in 2023."}
    )
    assert codes(result) == []


@pytest.mark.parametrize(
    "other, conflict",
    [
        ("Four times as many visitors came to Georgia from Israel in 2025 as in 2019.", False),  # another base
        ("Four times as many visitors came to Georgia from Israel in 2025 as in 2023.", True),
    ],
)
def test_a_ratio_is_the_same_quantity_only_against_the_same_base(check_articles, other, conflict):
    # Regression: "as in 2023", written apart from "twice as many", was no base, so ratios to
    # different years linked as one quantity (and "Georgia welcomed" named no reporter).
    result = check_articles({"a": "Georgia welcomed twice as many visitors from Israel in 2025 as in 2023.", "b": other})
    assert ("FIG101" in codes(result)) is conflict


@pytest.mark.parametrize("other, conflict", [("$1.5 billion", False), ("$1.3 billion", True)])
def test_a_year_earlier_counts_back_the_year_of_a_period_written_without_one(check_articles, other, conflict):
    # Regression: "in January-June" after "A year earlier," was 2025's half, and its $1.5 billion
    # conflicted with the $1.2 billion of 2025 (FIG101).
    text = (
        "Kazakhstan's exports to China fell by a fifth in the first half of 2025, to $1.2 billion. "
        "A year earlier, Kazakhstan's exports to China had totalled $1.5 billion in January-June."
    )
    result = check_articles({"a": text, "b": f"Kazakhstan's exports to China totalled {other} in the first half of 2024."})
    assert ("FIG101" in codes(result)) is conflict


def test_the_same_period_of_another_year_dates_the_figure_it_is_written_after(check_articles):
    # Regression: both sums were of 2024's nine months, and conflicted (FIG101).
    text = (
        "Uzbekistan's exports reached $24.1 billion in January-September 2025. Gold exports alone brought in "
        "$9.8 billion, more than double the $4.6 billion earned in the same period of 2024."
    )
    result = check_articles({"a": text})
    assert "FIG101" not in codes(result)
    assert [c.period.label for c in result.claims[1:]] == ["2025-01..2025-09", "2024-01..2024-09"]


@pytest.mark.parametrize("last_year, conflict", [("6.4 bcm", False), ("6.7 bcm", True)])
def test_the_same_period_last_year_is_the_text_s_period_a_year_before(check_articles, last_year, conflict):
    # Regression: "In the same period last year" gave no period, the part took its whole's (2025-H1),
    # and the two levels for Europe conflicted (FIG101).
    text = (
        "Azerbaijan exported 12.9 billion cubic metres of natural gas in the first half of 2025. "
        f"Europe received 6.6 bcm, Turkey 4.9 bcm and Georgia 1.3 bcm. In the same period last year, Europe had received {last_year}."
    )
    other = "Azerbaijan's natural gas exports to Europe were 6.5 bcm in the first half of 2024."
    result = check_articles({"a": text, "b": other})
    assert [c.period.label for c in result.claims if c.text == last_year] == ["2024-H1"]
    assert ("FIG101" in codes(result)) is conflict


def test_outgoing_transfers_are_no_remittances(check_articles):
    # Regression: the outflows and the net inflows were both remittances, and conflicted (FIG101).
    text = (
        "Remittances to Kyrgyzstan totalled $2.1 billion in January-September 2025. "
        "Net inflows, after outgoing transfers of $0.4 billion, came to $1.7 billion in the nine months."
    )
    result = check_articles({"a": text})
    assert [c.metric for c in result.claims] == ["remittances", None, None] and codes(result) == []


@pytest.mark.parametrize("other, conflict", [("7% higher than", False), ("7% lower than", True)])
def test_a_rise_and_a_fall_are_not_the_same_figure(check_articles, other, conflict):
    # Regression: "7% higher" and "7% lower" were linked by their size alone and reported as corroborated.
    sentence = "In the first half of 2025, Georgia's trade with Russia reached $1.3 billion, {} in the same period of 2024."
    result = check_articles({"a": sentence.format("7% higher than"), "b": sentence.format(other)})
    assert ("FIG101" in codes(result)) is conflict
    assert any(f.rule == "FIG102" and "[6.5, 7.5] %" in f.message for f in result.findings) is not conflict
    if conflict:
        (finding,) = [f for f in result.findings if f.rule == "FIG101"]
        assert '"7%" (a:1) [6.5, 7.5] %' in finding.message and '"7%" (b:1) [-7.5, -6.5] %' in finding.message


def test_a_level_a_year_earlier_is_the_previous_years(check_articles):
    # Regression: "$2.17 billion a year earlier" was dated 2024, like the $2.1 billion before it: a false conflict.
    result = check_articles({"a": "Armenia's imports from Russia fell by 3% in 2024 to $2.1 billion, compared with $2.17 billion a year earlier."})
    assert "FIG101" not in codes(result)


@pytest.mark.parametrize(
    "sentence",
    [
        # Regression: "a year earlier" after Q1 2025 was all of 2024, and conflicted with the year's total.
        "Trade between Armenia and Russia in Q1 2025 fell 40% to $2.1 billion, compared with $3.5 billion a year earlier.",
        # Nor is "the previous year" after a half the year: it could be the half.
        "Trade between Armenia and Russia was $2.1 billion in H1 2025, against $3.5 billion the previous year.",
    ],
)
def test_a_level_a_year_before_a_part_of_a_year_is_not_the_years(check_articles, sentence):
    result = check_articles({"a": "Armenia's trade with Russia reached $12.4 billion in 2024.", "b": sentence})
    assert "FIG101" not in codes(result)


def test_exports_and_imports_in_one_sentence_are_different_quantities(check_articles):
    result = check_articles({"a": "Kazakhstan's exports to China were $19 billion and its imports from China $24.8 billion in 2024."})
    assert "FIG101" not in codes(result)


def test_a_surplus_is_not_the_imports_before_it(check_articles):
    result = check_articles(
        {
            "a": "Turkey's exports to Georgia totalled $1.95 billion in 2024, while its imports from Georgia were only "
            "$310 million, leaving a surplus of $1.64 billion."
        }
    )
    assert "FIG101" not in codes(result)


def test_a_list_of_buyers_is_not_one_quantity(check_articles):
    # Regression: the 66, 8 and 7 million bottles were all "imports of Russia from Ukraine and Kazakhstan".
    result = check_articles(
        {"a": "Georgian wine exports hit a record 110 million bottles in 2024. Russia bought about 60% of them, "
              "or some 66 million bottles, Ukraine 8 million and Kazakhstan 7 million."}
    )  # fmt: skip
    assert "FIG101" not in codes(result)


def test_a_total_and_its_parts_in_one_sentence(check_articles):
    # Regression: the total took the first partner of the sentence (the EU) and conflicted with the EU's part.
    result = check_articles(
        {"a": "Georgia's exports totalled $5.6 billion in 2024, of which $1.9 billion went to the EU and $0.7 billion to Russia."}
    )
    assert "FIG101" not in codes(result)


def test_figures_with_no_period_in_one_sentence_are_two_things(check_articles):
    # Regression: "construction 13.1% and agriculture 13.7%" read as one quantity (both "output"), in conflict.
    result = check_articles(
        {"a": "Kazakhstan's GDP grew 4.8% in 2024. Industrial output rose 2.8%, construction 13.1% and agriculture 13.7%."}
    )
    assert "FIG101" not in codes(result)


@pytest.mark.parametrize(
    "other, linked",
    [
        ("Georgia's trade turnover with Russia reached $2.6 billion in 2024.", True),  # a statement: conflict
        ("Georgia's trade turnover with Russia was expected to reach $2.6 billion in 2024.", False),
        ("Georgia's trade turnover with Russia was forecast to reach $2.4 billion in 2024.", False),
    ],
)
def test_a_forecast_links_with_no_statement_of_what_happened(check_articles, other, linked):
    # What someone expected is not what happened: no conflict with it, and no corroboration either.
    result = check_articles({"a": TEMPLATE.format("$2.4 billion"), "b": other})
    assert ("FIG101" in codes(result)) is linked
    assert "FIG102" not in codes(result)


def test_forecasts_link_with_no_other_forecast(check_articles):
    # Two forecasters may differ, and both be reported right.
    result = check_articles(
        {
            "a": "The IMF expects Georgia's GDP growth of 5% in 2026.",
            "b": "The World Bank expects Georgia's GDP growth of 6.5% in 2026.",
        }
    )
    assert codes(result) == []


@pytest.mark.parametrize(
    "other, rules",
    [
        # Regression: an average yearly growth and the growth over the years linked as one (FIG101).
        ("Georgia's economy grew 36% over 2021-2024.", []),
        ("Georgia's real GDP growth averaged 8.1% a year over 2021-2024.", ["FIG102"]),  # two averages: one quantity
        ("Georgia's real GDP growth averaged 7% over 2021-2024.", ["FIG101"]),
    ],
)
def test_an_average_over_a_span_is_its_own_quantity(check_articles, other, rules):
    result = check_articles({"a": "Georgia's real GDP growth averaged 8.1% over 2021-2024, Geostat said.", "b": other})
    assert codes(result) == rules
    assert all(f.message.startswith("average gdp growth GEO 2021..2024") for f in result.findings)  # said what it is


@pytest.mark.parametrize(
    "other",
    [
        # Regression: each was headline inflation for September, in conflict with the 2.9% (FIG101).
        "Core inflation stood at 2.1%.",
        "Consumer prices rose 0.3% month-on-month in September.",
        "Monthly inflation was 0.3%.",
        "Food inflation reached 6.1%.",
    ],
)
def test_other_rates_of_prices_are_not_headline_inflation(check_articles, other):
    text = f"Published: October 22, 2025\n\nAnnual inflation in Georgia was 2.9% in September. {other}"
    assert "FIG101" not in codes(check_articles({"a": text}))
    assert "FIG101" in codes(check_articles({"a": text.replace(other, "Inflation was 2.1% in September.")}))


@pytest.mark.parametrize(
    "text",
    [
        # Regression: the earlier estimate conflicted with the revised one (FIG101) and with the
        # reference (FIG301).
        "Geostat revised its estimate of Georgia's 2024 economic growth to 9.4% from a preliminary 9.0%.",
        "Geostat revised Georgia's economic growth in 2024 up from 9.0% to 9.4%.",
        "Georgia's economy grew 9.4% in 2024, instead of the 9.0% first reported.",
    ],
)
def test_an_estimate_since_revised_is_checked_against_nothing(check_articles, text):
    result = check_articles({"a": text, "b": "Georgia's economy grew 9.4% in 2024, according to Geostat."})
    assert "FIG101" not in codes(result) and "FIG301" not in codes(result)
    assert "FIG102" in codes(result)  # the revised figure still links


@pytest.mark.parametrize("other, conflict", [("grew 9.4%", False), ("grew 8%", True)])
def test_a_growth_rate_is_the_change_it_names(check_articles, other, conflict):
    # Regression: "GDP growth reached 9.4%" (a rate) and "the economy grew 9.4%" (a change) did not link.
    result = check_articles(
        {
            "a": "According to Geostat, real GDP growth in Georgia reached 9.4% in 2024.",
            "b": f"Georgia's economy {other} in 2024.",
        }
    )
    assert ("FIG101" in codes(result)) is conflict
    assert ("FIG102" in codes(result)) is not conflict


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports to the EU were {} in 2024.",
        "In 2024, trade with Russia reached {}.",
    ],
)
def test_a_figure_naming_its_partner_but_not_its_reporter_links_within_its_article(check_articles, sentence):
    # Regression: "exports to the EU" in an article on Georgia and in one on Armenia were one
    # quantity, and their figures a false conflict. Whose exports, each article says elsewhere.
    result = check_articles(
        {
            "a": "Georgia's economy grew 9.4% in 2024. " + sentence.format("$1.2 billion"),
            "b": "Armenia's economy grew 5.9% in 2024. " + sentence.format("$12.4 billion"),
        }
    )
    assert "FIG101" not in codes(result)
    within = check_articles({"c": "Georgia's economy grew 9.4% in 2024. " + sentence.format("$1.2 billion") + " " + sentence.format("$1.6 billion")})
    assert "FIG101" in codes(within)


@pytest.mark.parametrize(
    "total, other",
    [
        ("Georgia's GDP reached $33.8 billion in 2024.", "Georgia's GDP per capita reached $9,100 in 2024."),
        ("Georgia's exports reached $6.1 billion in 2024.", "Georgia's car re-exports fell 8% to $2.1 billion in 2024."),
    ],
)
def test_a_per_capita_figure_or_a_products_is_not_the_total(check_articles, total, other):
    # Regression: "GDP per capita" was read as GDP, and "car re-exports" as all exports (FIG101).
    assert "FIG101" not in codes(check_articles({"a": total, "b": other}))


@pytest.mark.parametrize("words, conflict", [("international visitors", True), ("international traveller trips", False)])
def test_words_that_count_different_things_are_different_quantities(check_articles, words, conflict):
    # Georgia had 7.4 million international traveller trips in 2024 and 5.1 million visitors: both
    # can be right, since a trip is not a visitor. The same word with two figures is a conflict.
    result = check_articles(
        {
            "a": "Georgia received 5.1 million international visitors in 2024.",
            "b": f"Georgia recorded 7.4 million {words} in 2024.",
        }
    )
    assert ("FIG101" in codes(result)) is conflict


GEOSTAT = "According to Geostat, Georgia's trade turnover with Russia reached {} in 2024."
CUSTOMS = "According to the Federal Customs Service, Russia's trade turnover with Georgia reached {} in 2024."
UNSOURCED = "Georgia's trade turnover with Russia reached {} in 2024."


@pytest.mark.parametrize(
    "articles, rule",
    [
        ({"a": GEOSTAT.format("$2.4 billion"), "b": CUSTOMS.format("$2.6 billion")}, "FIG103"),
        # One body against itself, or a figure that cites none: a wrong number somewhere.
        ({"a": GEOSTAT.format("$2.4 billion"), "b": GEOSTAT.format("$2.6 billion")}, "FIG101"),
        ({"a": GEOSTAT.format("$2.4 billion"), "b": UNSOURCED.format("$2.6 billion")}, "FIG101"),
        (
            {"a": GEOSTAT.format("$2.4 billion"), "b": CUSTOMS.format("$2.6 billion"), "c": GEOSTAT.format("$2.7 billion")},
            "FIG101",
        ),
    ],
)
def test_a_conflict_between_statistics_bodies_is_a_warning(check_articles, articles, rule):
    result = check_articles(articles)
    (finding,) = [f for f in result.findings if f.rule in ("FIG101", "FIG103")]
    assert finding.rule == rule
    assert finding.severity == ("warning" if rule == "FIG103" else "error")
    assert ("differs between sources (FCS, Geostat)" in finding.message) is (rule == "FIG103")


def test_a_conflict_between_bodies_blocks_the_checks_that_use_it(check_articles):
    result = check_articles(
        {
            "a": GEOSTAT.format("$2.4 billion"),
            "b": CUSTOMS.format("$2.6 billion"),
            "c": "Georgia's trade turnover with Russia in 2025 was 10% higher than in 2024, at $2.8 billion.",
        }
    )
    (finding,) = [f for f in result.findings if f.rule == "FIG103"]
    assert "FIG201" in finding.blocked and "FIG201" not in codes(result)


def test_a_figure_for_a_city_or_region_is_not_the_countrys(check_articles):
    # Regression: with the period carried over, the capital's and the regions' wages were the
    # country's, in conflict with it.
    national = "Average monthly salary in Georgia reached 2,000 lari in 2024, up 16% on the year."
    assert "FIG101" not in codes(check_articles({"a": f"{national} In Tbilisi it was 2,600 lari."}))
    assert "FIG101" in codes(check_articles({"b": f"{national} It was 2,600 lari."}))  # the country's: a conflict


@pytest.mark.parametrize("count, flagged", [("1.38 million", True), ("1.42 million", False)])
def test_a_hedge_edge_between_citizens_who_visited_and_visits(check_articles, count, flagged):
    # "More than 1.4 million" allows no 1.38 million. Before, "visited" was no metric phrase, and
    # the count took the metric of the next clause's "tourists spent".
    result = check_articles(
        {
            "a": "Georgia received more than 1.4 million visits from Russian citizens in 2024.",
            "b": f"In 2024, {count} Russian citizens visited Georgia, and Russian tourists spent $1.2 billion.",
        }
    )
    assert ("FIG101" in codes(result)) is flagged


@pytest.mark.parametrize("cell, rule", [("2,613", "FIG102"), ("2,713", "FIG101")])
def test_a_table_cell_against_a_sentence_of_another_article(check_articles, cell, rule):
    table = (
        "Georgia's main trading partners, 2024\n\n| Partner | Trade, $ million |\n|---|---|\n"
        f"| Turkey | {cell} |\n| Russia | 2,530 |\n"
    )
    result = check_articles({"a": table, "b": "Georgia's trade with Turkey reached $2.61 billion in 2024."})
    assert codes(result) == [rule]


def test_a_table_of_products_is_no_second_statement_of_the_total(check_articles):
    table = (
        "# Georgia's main exports, 2024\n\nGeorgia's exports reached $6.6 billion in 2024.\n\n"
        "| Product | Exports, $ million | Share, % |\n|---|---|---|\n| Cars | 1,380 | 20.9 |\n"
        "| Copper ores | 650 | 9.8 |\n| Wine | 283 | 4.3 |\n"
    )
    assert codes(check_articles({"a": table})) == []


@pytest.mark.parametrize(
    "text",
    [
        # Regressions: each was a FIG101 on correct copy.
        (
            "Georgia's unemployment rate fell to 13.9% in 2024 from 16.4% in 2023, Geostat said. "
            "Youth unemployment, however, remained high at 26.3%."
        ),
        (
            "Armenia's parliament approved the 2025 budget with revenues of 3.2 trillion drams ($8.2 billion) "
            "and spending of 3.9 trillion drams, leaving a deficit of 5.1% of GDP."
        ),
        "Georgia's exports and imports rose 5% and 7%, respectively, in 2024, to $6.6bn and $16.4bn, Geostat said.",
    ],
)
def test_figures_of_other_quantities_in_one_sentence_do_not_conflict(check_articles, text):
    assert "FIG101" not in codes(check_articles({"a": text}))


@pytest.mark.parametrize("flow, conflict", [("Net transfers — inflows minus outflows —", False), ("Money transfers", True)])
def test_net_flows_are_no_gross_flows(check_articles, flow, conflict):
    # Regression: net transfers were remittances, in conflict with the gross inflow (FIG101).
    text = "Georgia received $444 million in money transfers in August 2025, the National Bank of Georgia said. {} were $392 million."
    assert ("FIG101" in codes(check_articles({"a": text.format(flow)}))) is conflict


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's nominal GDP was $33.8 billion in 2024, or about $9,100 per person, Geostat said.",
        "Georgia received remittances of $3.4 billion in 2024, about $900 per person, the National Bank of Georgia said.",
        # (a sum of money said of the economy is GDP: it was GDP growth)
        "In dollar terms, Georgia's economy was worth $33.8 billion in 2024, or about $9,100 per person.",
    ],
)
def test_a_figure_per_person_is_no_total(check_articles, text):
    # Regression: "$9,100 per person" was GDP, in conflict with the $33.8 billion (FIG101).
    result = check_articles({"a": text})
    assert "FIG101" not in codes(result)
    total, per_person = result.claims
    assert (per_person.metric, "per_person" in per_person.flags) in (("gdp_per_capita", False), (total.metric, True))
    assert (total.metric, per_person.metric) in (("gdp", "gdp_per_capita"), ("remittances", "remittances"))


def test_the_whole_of_a_share_is_not_its_parts(check_articles):
    # Regression: "Sixty per cent of the 110 million bottles … went to Russia" made the 110 million
    # Russia's, in conflict with Russia's 66 million elsewhere (FIG101).
    result = check_articles(
        {
            "a": "Georgia exported 110 million bottles of wine in 2024. Russia remained the largest market with 66 million bottles.",
            "b": "Sixty per cent of the 110 million bottles of wine Georgia exported in 2024 went to Russia.",
        }
    )
    assert "FIG101" not in codes(result)
    assert "FIG102" in codes(result)  # the two 110 millions, both Georgia's exports to the world
    # A partner named with the whole itself is the whole's.
    claims = check_articles({"c": "Wine made up 30% of the $2 billion in exports to Russia in 2024."}).claims
    (whole,) = [c for c in claims if c.doc == "c" and c.text == "$2 billion"]
    assert [e.code for e in whole.entities] == ["RUS"]


def test_figures_of_two_spans_of_months_are_two_quantities(check_articles):
    # Regression: "in the nine months" was no period, and after a year recalled ("A year earlier, in
    # the first half of 2024") both figures were the first eight months of 2024's (FIG101).
    text = (
        "Tbilisi, 21 October 2025. Georgia's trade turnover reached $18.5 billion in January–September 2025. "
        "A year earlier, in the first half of 2024, exports had totalled $2.85 billion.\n\n"
        "Georgia's exports to Russia in the nine months came to $543 million, while in the first eight months they were $481 million."
    )
    result = check_articles({"a": text})
    assert "FIG101" not in codes(result)
    periods = {c.text: c.period.label for c in result.claims if c.period}
    assert (periods["$543 million"], periods["$481 million"]) == ("2025-01..2025-09", "2025-01..2025-08")


@pytest.mark.parametrize(
    "text",
    [
        # Regression: oil was no product, so the oil export revenue was the country's total exports.
        ("Kazakhstan's oil export revenue decreased by 4% to $46.1 billion in 2024. Crude accounted for about 56% of "
        "the country's total exports, which totalled $81.6 billion."),
        # Regression: "total foreign trade turnover" took the partner of the share after it.
        ("Armenia's trade with the EAEU reached $9.1 billion in 2024. Armenia's total foreign trade turnover was "
        "$24.0 billion, so the EAEU's share was about 38%."),
    ],
)
def test_a_total_is_not_the_figure_of_a_product_or_partner(check_articles, text):
    assert "FIG101" not in codes(check_articles({"a": text}))


def test_the_value_of_a_product_is_not_the_total_of_its_metric(check_articles):
    # Regression: wine "export revenue" in the sentence after the bottles were counted was held
    # against the country's total exports (FIG101).
    text = (
        "Georgian wine makers shipped 110 million bottles abroad in 2024, the National Wine Agency said.\n\n"
        "Export revenue rose to $363 million, compared with $349 million in 2023.\n\n"
        "Wine accounts for about 8% of the country's total exports, which reached $6.1 billion in 2024."
    )
    assert "FIG101" not in codes(check_articles({"a": text}))


_GAS_VALUE = "Azerbaijan's revenue from natural gas exports fell 23% in 2024 to $11.2 billion."
_GAS_VOLUME = "Azerbaijan exported 24.8 billion cubic metres of gas in 2024, an increase of 4.6%."


@pytest.mark.parametrize(
    "other, conflict",
    [
        # Regression: a change in value and one in volume were one change stated twice (FIG101).
        (_GAS_VOLUME, False),
        # Changes beside levels of one unit, or beside none, are still one quantity.
        ("Azerbaijan's gas export revenue rose 4.6% in 2024 to $11.2 billion.", True),
        ("Azerbaijan's natural gas exports rose 4.6% in 2024.", True),
    ],
)
def test_changes_beside_levels_in_different_units_are_two_quantities(check_articles, other, conflict):
    result = check_articles({"a": _GAS_VALUE, "b": other})
    assert ("FIG101" in codes(result)) is conflict


@pytest.mark.parametrize(
    "text",
    [
        "The average wage reached 430,000 tenge in 2024, 12.3% more than a year earlier; in real terms wages rose 3.4%.",
        "Armenia's GDP grew 12% in nominal terms in 2024, while real growth was 5.9%.",
    ],
)
def test_a_figure_in_other_prices_is_another_quantity(check_articles, text):
    # Regression: the real rise of wages (3.4%) was held against the nominal one (12.3%) (FIG101).
    assert "FIG101" not in codes(check_articles({"a": text}))


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan received 8.2 million foreign visitors in 2024. Visitors from outside the CIS numbered 0.5 million.",
        "Uzbekistan received 8.2 million foreign visitors in 2024, including 0.5 million from outside the CIS.",
        "Uzbekistan received 8.2 million foreign visitors in 2024. In 2024 Uzbekistan received 0.5 million non-CIS visitors.",
        # (nor does it take the partner of the sentence's clause before)
        "Uzbekistan received 8.2 million foreign visitors in 2024. Russia sent 0.77 million, and visitors from outside the CIS numbered 0.5 million.",
    ],
)
def test_a_figure_for_all_but_a_country_is_no_total(check_articles, text):
    # Regression: "visitors from outside the CIS" were the CIS's visitors, or the country's all.
    result = check_articles({"a": text, "b": "Uzbekistan received 0.5 million visitors from the CIS in 2024."})
    assert "FIG101" not in codes(result)
    total, outside = (next(c for c in result.claims if c.doc == "a" and c.text == text) for text in ("8.2 million", "0.5 million"))
    assert "excluding" in outside.flags and {e.code for e in outside.entities} <= {"UZB"}
    assert "excluding" not in total.flags


@pytest.mark.parametrize(
    "text, conflict",
    [
        # Regression: the exports other than gold were gold exports, against which 1.2% conflicted (FIG101).
        ("Gold exports jumped 41% to $7.1 billion in 2024. Excluding gold, exports rose 1.2%.", False),
        ("Gold exports jumped 41% to $7.1 billion in 2024. Exports other than gold rose 1.2%.", False),
        ("Gold exports jumped 41% to $7.1 billion in 2024. Non-gold exports rose 1.2%.", False),
        # …and the goods other than a product are one quantity however written
        ("Non-oil exports rose 2.3% in 2024. Exports other than oil rose 4% in 2024.", True),
        ("Gold exports jumped 41% to $7.1 billion in 2024. Gold exports rose 1.2%.", True),
    ],
)
def test_a_figure_for_all_but_a_product_is_another_quantity(check_articles, text, conflict):
    assert ("FIG101" in codes(check_articles({"a": text}))) is conflict


def test_a_window_of_four_quarters_is_not_its_last_quarter(check_articles):
    # Regression: the four quarters' total was the second quarter's, against that quarter's figure (FIG101).
    result = check_articles(
        {
            "a": "Trade between the United Kingdom and Georgia reached £640m in the four quarters to the end of the second quarter of 2025.",
            "b": "Trade between the United Kingdom and Georgia reached £170m in the second quarter of 2025.",
        }
    )
    assert "FIG101" not in codes(result)
