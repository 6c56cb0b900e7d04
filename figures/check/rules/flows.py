"""FIG503, FIG504: trade turnover is exports plus imports, and the trade balance their difference."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pandas as pd

from figures.check.context import ENDS, CheckContext, describe, records, row_interval
from figures.check.intervals import overlaps, relative_gap, subtract, total
from figures.check.rules import rule
from figures.formatting import format_interval
from figures.link.quantities import symmetric_key
from figures.records import Finding, Interval

_FLOW_COLUMNS = ["group", "entity_key", "period_key", "unit", "claim_positions", *ENDS]


def _exports_with_imports(levels: pd.DataFrame) -> pd.DataFrame:
    """The stated exports joined with the stated imports of the same reporter, partner, period
    and unit (columns suffixed _x for exports, _m for imports)."""
    exports, imports = (levels.loc[levels["metric_key"] == name, _FLOW_COLUMNS] for name in ("exports", "imports"))
    return exports.merge(imports, on=["entity_key", "period_key", "unit"], suffixes=("_x", "_m"))


def _levels(context: CheckContext) -> pd.DataFrame:
    quantities = context.quantities
    return quantities[quantities["measure"] == "level"] if not quantities.empty else quantities


def turnover_with_flows(context: CheckContext) -> pd.DataFrame:
    """Each stated turnover joined with the stated exports and imports of the same reporter,
    partner, period and unit (columns suffixed _x for exports, _m for imports)."""
    levels = _levels(context)
    if levels.empty:
        return levels
    flows = _exports_with_imports(levels)
    if flows.empty:
        return flows
    turnover = levels.loc[levels["metric_key"] == "trade_turnover", _FLOW_COLUMNS]
    flows["pair_key"] = flows["entity_key"].map(symmetric_key)
    joined = flows.merge(
        turnover, left_on=["pair_key", "period_key", "unit"], right_on=["entity_key", "period_key", "unit"], suffixes=("", "_t")
    )
    return joined.sort_values("group", kind="stable")


@rule("FIG503", "turnover-vs-flows", "error")
def turnover_vs_flows(context: CheckContext) -> Iterator[Finding]:
    """A stated trade turnover is not the sum of the stated exports and imports.

    Why: turnover is exports plus imports, for the same countries and period; when all three are
    stated, the sum of the two flows (with their rounding) must meet the turnover. A wrong total
    — or a flow taken from another period — shows here even when no reference data exists.

    Example: "Exports fell 36% to $4.2 billion; imports dropped 17% to $7.7 billion" against "trade
    turnover of $13.9 billion" in the same months: the flows add up to [11.8, 12.0] bn.
    """
    yield from _stated_against_flows(
        context,
        ("FIG503", "turnover-vs-flows", "add up to"),
        turnover_with_flows(context),
        lambda row: total([row_interval(row, "_x"), row_interval(row, "_m")]),
        lambda row: describe("trade_turnover", row.pair_key, row.period_key),
    )


def _stated_against_flows(
    context: CheckContext,
    checked_by: tuple[str, str, str],
    joined: pd.DataFrame,
    expected_of: Callable[[tuple], Interval],
    quantity_of: Callable[[tuple], str],
) -> Iterator[Finding]:
    """Each stated figure of ``joined`` (with its exports, suffixed _x, and imports, _m) against the
    interval they give it. ``checked_by``: the rule's code, its name, and how the flows give the
    figure ("add up to", "differ by")."""
    code, name, relation = checked_by
    mismatches = []
    for row in records(joined):
        if not context.usable(code, row.group_x, row.group_m, row.group):
            continue
        positions = (*row.claim_positions_x, *row.claim_positions_m, *row.claim_positions)
        context.mark_checked(positions)
        expected, stated = expected_of(row), row_interval(row)
        if not overlaps(expected, stated):
            mismatches.append((row, positions, expected, stated))
    context.prepare(positions for _, positions, _, _ in mismatches)
    for row, positions, expected, stated in mismatches:
        yield context.finding(
            code,
            name,
            f"{quantity_of(row)} is stated as {format_interval(stated, row.unit)}, but its exports and imports "
            f"{relation} {format_interval(expected, row.unit)}: {context.stated(positions)}",
            positions,
            expected=expected,
            expected_unit=row.unit,
            relative_gap=relative_gap(stated, expected),
        )


# A balance as the difference of the flows: (what is added, what is taken away)
_BALANCES = {"trade_deficit": ("_m", "_x"), "trade_surplus": ("_x", "_m")}


def balance_with_flows(context: CheckContext) -> pd.DataFrame:
    """Each stated trade deficit or surplus joined with the stated exports and imports of the same
    reporter, partner, period and unit (columns suffixed _x for exports, _m for imports)."""
    levels = _levels(context)
    if levels.empty:
        return levels
    balances = levels.loc[levels["metric_key"].isin(list(_BALANCES)), [*_FLOW_COLUMNS, "metric_key"]]
    if balances.empty:
        return balances
    return _exports_with_imports(levels).merge(balances, on=["entity_key", "period_key", "unit"]).sort_values("group", kind="stable")


@rule("FIG504", "balance-vs-flows", "error")
def balance_vs_flows(context: CheckContext) -> Iterator[Finding]:
    """A stated trade deficit or surplus is not the difference of the stated exports and imports.

    Why: a deficit is imports less exports, and a surplus exports less imports, for the same
    countries and period; when all three are stated, the difference of the two flows (with their
    rounding) must meet the balance. A balance taken from another period, or worked out wrongly,
    shows here even when no reference data exists.

    Example: "Armenia's exports reached $13.1 billion and its imports $16.4 billion in 2024,
    leaving a trade deficit of $4.3 billion": the flows differ by [3.2, 3.4] bn.
    """
    yield from _stated_against_flows(
        context,
        ("FIG504", "balance-vs-flows", "differ by"),
        balance_with_flows(context),
        lambda row: subtract(*(row_interval(row, suffix) for suffix in _BALANCES[row.metric_key])),
        lambda row: describe(row.metric_key, row.entity_key, row.period_key),
    )
