"""Linking: quantity keys computed column-wise from a claims table, and groups across documents."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from figures.link.quantities import UNLINKED, claims_table, entity_key, measures, quantities_table, symmetric_key
from figures.periods import half_period, year_period
from figures.records import Claim, Entity
from figures.tables import claims_frame


def claim(number: int, **fields) -> Claim:
    values = {
        "id": f"c{number}", "doc": "a", "start": number * 10, "end": number * 10 + 5, "line": 1, "column": 1,
        "text": "x", "sentence": "s", "kind": "money", "value": 1.0, "unit": "USD", "lower": 0.95,
        "upper": 1.05, "lower_inclusive": True, "upper_inclusive": True, "qualifier": "eq",
        "metric": "exports", "period": year_period(2024),
        "entities": (Entity("GEO", "reporter"), Entity("RUS", "partner")),
    }  # fmt: skip
    return Claim(**{**values, **fields})


def test_measures_name_what_a_figure_measures():
    claims = [
        claim(0),
        claim(1, kind="percent", unit="percent", change="up"),
        claim(2, kind="percentage_points", unit="percentage_points", change="down"),
        claim(3, change="up"),
        claim(4, kind="percent", unit="percent", share_of="exports"),
        claim(5, kind="percent", unit="percent"),
        claim(6, kind="multiple", unit="times", change="up"),
    ]
    assert measures(claims_frame(claims)).tolist() == [
        "level", "change_pct", "change_pp", "change_abs", "share", "rate", "multiple",
    ]  # fmt: skip


def test_entity_keys_are_symmetric_only_for_symmetric_metrics():
    assert entity_key("RUS:reporter;GEO:partner", symmetric=True) == "GEO+RUS"
    assert entity_key("GEO:reporter;RUS:partner", symmetric=False) == "GEO>RUS"
    assert entity_key("GEO:reporter;ABK:subject", symmetric=False) == "GEO>ABK"
    assert entity_key(None, symmetric=False) == ">"


def test_keys_of_a_claims_table():
    claims = [
        claim(0, doc="a", metric="trade_turnover", entities=(Entity("RUS", "reporter"), Entity("GEO", "partner"))),
        claim(1, doc="b", metric="trade_turnover"),  # the same turnover, written the other way round
        claim(2, doc="a", product="wine", period=half_period(2025, 1)),
        claim(3, doc="a", kind="percent", unit="percent", share_of="exports", metric="exports"),
        claim(4, doc="a", kind="percent", unit="percent", change="up", period=None, base_period=year_period(2022)),
        claim(5, doc="a", period=None, sentence="first sentence"),
        claim(6, doc="a", period=None, sentence="second sentence"),
        claim(7, doc="a", metric=None),
        claim(8, doc="a", qualifier="gt", lower=1.0, upper=None, upper_inclusive=False),  # "more than $1 billion"
    ]
    table = claims_table(claims_frame(claims))
    assert table["metric_key"].tolist()[:4] == ["trade_turnover", "trade_turnover", "exports:wine", "exports"]
    assert table["entity_key"].tolist()[:4] == ["GEO+RUS", "GEO+RUS", "GEO>RUS", "GEO>RUS"]
    assert table["period_key"].tolist()[2:5] == ["2025-H1", "2024", ""]
    assert table["base_key"].tolist()[4] == "2022"
    sentence_scopes = table["period_key"].tolist()[5:7]
    assert all(key.startswith("?a:") for key in sentence_scopes) and sentence_scopes[0] != sentence_scopes[1]
    assert table.loc[0, "group"] == table.loc[1, "group"] != UNLINKED
    assert table.loc[7, "group"] == UNLINKED
    assert table.loc[8, "upper"] == math.inf and table.loc[8, "lower"] == 1.0


def test_a_quantity_stated_twice_is_the_intersection_of_its_claims():
    claims = [claim(0, doc="a", lower=2.35, upper=2.45), claim(1, doc="b", lower=2.40, upper=2.50, upper_inclusive=False)]
    quantities = quantities_table(claims_table(claims_frame(claims)))
    row = quantities.iloc[0]
    assert (row["lower"], row["upper"], bool(row["upper_inclusive"]), row["documents"]) == (2.40, 2.45, True, 2)
    assert not row["conflict"] and row["claim_positions"] == (0, 1)


_kinds = st.sampled_from(["money", "count", "percent", "percentage_points", "multiple"])


_changes = st.sampled_from([None, "up", "down"])
_metrics = st.sampled_from([None, "exports", "gdp_growth"])


_flags = st.sampled_from(
    [None, "forecast", "average", "no_period;average", "averaged", "month_on_month", "month_on_month;average", "real_terms", "nominal_terms", "average;real_terms"]
)


@given(st.lists(st.tuples(_kinds, _changes, st.sampled_from([None, "exports"]), _metrics, _flags), min_size=1, max_size=30))
def test_measures_agree_with_their_definition(rows):
    """The vectorised measure of every row is what the rule in words says it is."""

    def defined(kind: str, change: str | None, share_of: str | None, metric: str | None, flags: str | None) -> str:
        written = (flags or "").split(";")  # an average over its period, a change from the month before
        growth_rate = metric == "gdp_growth" and not share_of
        # in other prices than usual: growth rates are real, other figures nominal
        other_prices = "real_terms_" if "real_terms" in written and not growth_rate else "nominal_terms_" if "nominal_terms" in written and growth_rate else ""
        average = "average_" if "average" in written else "month_on_month_" if "month_on_month" in written else other_prices
        if kind == "multiple":
            return average + "multiple"
        if kind == "percent" and (change or growth_rate):
            return average + "change_pct"  # a growth rate's percentage is a change
        if change:
            return average + {"percentage_points": "change_pp"}.get(kind, "change_abs")
        if share_of:
            return average + "share"
        return average + ("rate" if kind in ("percent", "percentage_points") else "level")

    frame = pd.DataFrame(rows, columns=["kind", "change", "share_of", "metric", "flags"])
    assert measures(frame).tolist() == [defined(*row) for row in rows]


def test_a_fall_links_as_a_negative_change():
    claims = [
        claim(0, kind="percent", unit="percent", change="up", lower=6.5, upper=7.5),
        claim(1, kind="percent", unit="percent", change="down", lower=6.5, upper=7.5, upper_inclusive=False),
        claim(2, kind="multiple", unit="times", change="down", lower=0.45, upper=0.55),  # "halved": a multiple, unsigned
        claim(3, change="down", lower=4.5e6, upper=None),  # "fell by more than $4.5 million": open above
    ]
    table = claims_table(claims_frame(claims))
    ends = table[["lower", "upper", "lower_inclusive", "upper_inclusive", "falling"]].values.tolist()
    assert ends == [
        [6.5, 7.5, True, True, False],
        [-7.5, -6.5, False, True, True],
        [0.45, 0.55, True, True, False],
        [-math.inf, -4.5e6, True, True, True],
    ]


def test_a_rise_and_a_fall_of_the_same_size_conflict():
    rise = claim(0, kind="percent", unit="percent", change="up", lower=6.5, upper=7.5, base_period=year_period(2023))
    fall = claim(1, kind="percent", unit="percent", change="down", lower=6.5, upper=7.5, base_period=year_period(2023), doc="b")
    (quantity,) = quantities_table(claims_table(claims_frame([rise, fall]))).itertuples()
    assert quantity.conflict


def test_share_keys_name_the_whole_or_the_part_in_the_whole():
    to_cis = claim(0, kind="percent", unit="percent", share_of="exports", entities=(Entity("GEO", "reporter"), Entity("CIS", "partner")))
    deficit = claim(1, kind="percent", unit="percent", metric="budget_deficit", share_of="gdp", entities=(Entity("GEO", "reporter"),))
    unnamed = claim(2, kind="percent", unit="percent", metric="gdp", share_of="gdp", entities=(Entity("GEO", "reporter"),))
    table = claims_table(claims_frame([to_cis, deficit, unnamed]))
    assert table["metric_key"].tolist()[:2] == ["exports", "budget_deficit in gdp"]
    assert table["group"].tolist()[2] == UNLINKED  # a share of GDP of nothing named could be of anything


def test_a_share_whose_own_period_could_not_be_dated_links_with_nothing():
    # Regression: "Russia's share was 33%, compared with 41% a year ago" (no publication date) was
    # one undated quantity of its sentence, and FIG101 called the two figures a conflict.
    share = {"kind": "percent", "unit": "percent", "share_of": "trade_turnover", "metric": "trade_turnover", "period": None}
    now, year_ago = claim(0, **share), claim(1, **share, flags=("relative_unresolved", "no_period"))
    together = claim(2, **share)  # a share of the same sentence, with no period named: summed with the first
    table = claims_table(claims_frame([now, year_ago, together]))
    groups = table["group"].tolist()
    assert groups[0] == groups[2] != groups[1]
    # Nor do the two ends of an undated from–to pair ("the EU's share fell to 22% from 24%").
    end, start, other = claim(3, **share, from_claim="c4"), claim(4, **share), claim(5, **share)
    assert len(set(claims_table(claims_frame([end, start, other]))["group"])) == 3


def test_symmetric_key_of_a_directed_key():
    assert [symmetric_key(key) for key in ("GEO>RUS", "RUS>GEO", "GEO>", "GEO+ARM>CIS")] == ["GEO+RUS", "GEO+RUS", "GEO", "ARM+CIS+GEO"]


def test_a_figure_naming_no_country_links_only_within_its_document():
    # Regression: "exports … $13.7 billion" in a story on Azerbaijan and "exports totalled $1.2 billion"
    # in one on Armenia, neither naming its country in that sentence, were one quantity (FIG502).
    nameless = [claim(0, entities=()), claim(1, entities=(), upper=1.2), claim(2, entities=(), doc="b", lower=5.0, upper=6.0)]
    table = claims_table(claims_frame(nameless))
    assert table["entity_key"].tolist() == ["?a", "?a", "?b"]
    assert table["group"].tolist()[0] == table["group"].tolist()[1] != table["group"].tolist()[2]


_BOUNDS = st.sampled_from([1.0, 1.1, 1.2])


@given(
    st.lists(
        st.tuples(st.sampled_from(["exports", "imports"]), st.sampled_from([2023, 2024]), st.sampled_from("abc"),
                  _BOUNDS, _BOUNDS, st.booleans(), st.booleans()),
        min_size=1, max_size=12,
    )
)  # fmt: skip
def test_each_quantity_is_what_its_claims_allow_together(rows):
    claims = [
        claim(number, metric=metric, period=year_period(year), doc=doc, lower=low, upper=low + width,
              lower_inclusive=closed_low, upper_inclusive=closed_high)
        for number, (metric, year, doc, low, width, closed_low, closed_high) in enumerate(rows)
    ]  # fmt: skip
    table = claims_table(claims_frame(claims))
    quantities = quantities_table(table).set_index("group")
    for group, members in table.groupby("group"):
        lower, upper = members["lower"].max(), members["upper"].min()
        row = quantities.loc[group]
        assert (row["lower"], row["upper"]) == (lower, upper)
        # An end is closed only if every claim reaching it is closed there.
        assert row["lower_inclusive"] == members.loc[members["lower"] == lower, "lower_inclusive"].all()
        assert row["upper_inclusive"] == members.loc[members["upper"] == upper, "upper_inclusive"].all()
        assert (row["documents"], row["claims"]) == (members["doc"].nunique(), len(members))
        assert row["claim_positions"] == tuple(members["position"])
        assert (row["metric_key"], row["period_key"]) == (members["metric_key"].iloc[0], members["period_key"].iloc[0])
        assert row["conflict"] == (lower > upper or (lower == upper and not (row["lower_inclusive"] and row["upper_inclusive"])))
