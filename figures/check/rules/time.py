"""FIG5xx: parts of a period against the whole, for additive flows."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from figures.check.context import CheckContext, describe, row_interval
from figures.check.intervals import entirely_below, overlaps, relative_gap, total
from figures.check.rules import rule
from figures.extract.context.metrics import metric_lexicon
from figures.formatting import format_interval
from figures.periods import parse_period_label
from figures.records import Finding, Interval, Quantity

_ROW_COLUMNS = ["metric_key", "entity_key", "period_key", "unit", "lower", "upper", "lower_inclusive", "upper_inclusive"]


def flow_levels(context: CheckContext) -> pd.DataFrame:
    """Stated and derived levels of additive flows (trade, exports, imports, visitors; not rates,
    averages or stocks), one row each, with period bounds, claim positions and provenance."""
    quantities = context.quantities
    rows = []
    if not quantities.empty:
        stated = quantities[(quantities["measure"] == "level") & quantities["additive"] & ~quantities["conflict"]]
        for row in stated.itertuples():
            rows.append({**{c: getattr(row, c) for c in _ROW_COLUMNS}, "group": row.group, "positions": row.claim_positions, "derived": None})
    positions_by_id = {claim.id: position for position, claim in enumerate(context.claims)}
    additive = metric_lexicon().additive
    for quantity in context.derived:
        if quantity.measure != "level" or not additive.get(quantity.metric.split(":")[0], False):
            continue
        interval = quantity.interval
        rows.append(
            {
                "metric_key": quantity.metric, "entity_key": quantity.entities, "period_key": quantity.period,
                "unit": quantity.unit, "lower": interval.lower, "upper": interval.upper,
                "lower_inclusive": interval.lower_inclusive, "upper_inclusive": interval.upper_inclusive,
                "group": -1, "positions": tuple(positions_by_id[i] for i in quantity.claims), "derived": quantity,
            }
        )  # fmt: skip
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    periods = frame["period_key"].map(parse_period_label)
    frame["start"] = periods.map(lambda p: p.start if p else None)
    frame["end"] = periods.map(lambda p: p.end if p else None)
    return frame.dropna(subset=["start", "end"])


def parts_and_wholes(levels: pd.DataFrame) -> pd.DataFrame:
    """Every (part, whole) pair of levels with the same metric, entities and unit where the part's
    period lies strictly inside the whole's: a merge on the keys, then a filter on the dates."""
    if levels.empty:
        return levels
    pairs = levels.merge(levels, on=["metric_key", "entity_key", "unit"], suffixes=("_part", "_whole"))
    inside = (pairs["start_part"] >= pairs["start_whole"]) & (pairs["end_part"] <= pairs["end_whole"])
    strictly = (pairs["start_part"] != pairs["start_whole"]) | (pairs["end_part"] != pairs["end_whole"])
    return pairs[inside & strictly]


def _interval(row, suffix: str) -> Interval:
    return row_interval(
        pd.Series({name: getattr(row, f"{name}{suffix}") for name in ("lower", "upper", "lower_inclusive", "upper_inclusive")})
    )


def _derived(row, suffix: str) -> tuple[Quantity, ...]:
    quantity = getattr(row, f"derived{suffix}")
    return (quantity,) if isinstance(quantity, Quantity) else ()


@rule("FIG501", "part-exceeds-whole", "error")
def part_exceeds_whole(context: CheckContext) -> Iterator[Finding]:
    """A flow over part of a period is larger than the same flow over the whole period.

    Why: for additive flows — trade, exports, imports, visitors — a half or a quarter can never
    exceed its year. Levels derived by other rules (FIG202) are held to this too, which catches a
    wrong figure two steps away.

    Example: "$1.3 billion in the first half of 2025" against "$1.1 billion in 2025".
    """
    pairs = parts_and_wholes(flow_levels(context))
    for row in pairs.itertuples():
        part, whole = _interval(row, "_part"), _interval(row, "_whole")
        positions = (*row.positions_part, *row.positions_whole)
        context.mark_checked(positions)
        if not entirely_below(whole, part):
            continue
        derived = _derived(row, "_part") + _derived(row, "_whole")
        yield context.finding(
            "FIG501",
            "part-exceeds-whole",
            f"{describe(row.metric_key, row.entity_key, row.period_key_part)} "
            f"({format_interval(part, row.unit)}) exceeds the whole {row.period_key_whole} "
            f"({format_interval(whole, row.unit)}): {context.stated(positions)}",
            positions,
            expected=Interval(None, whole.upper, False, whole.upper_inclusive),
            expected_unit=row.unit,
            relative_gap=relative_gap(part, whole),
            assumptions=tuple(a for q in derived for a in q.assumptions),
            derived=derived,
        )


@rule("FIG502", "parts-vs-whole-sum", "error")
def parts_vs_whole_sum(context: CheckContext) -> Iterator[Finding]:
    """Stated parts of a period do not add up to the stated whole.

    Why: Q1 + Q2 = H1 and H1 + H2 = the year for additive flows. When the parts tile the whole,
    their sum (with each part's rounding) must meet the whole's interval; when they cover only
    some of it, their sum must still not exceed it.

    Example: "$0.6 billion in Q1" and "$0.5 billion in Q2" against "$1.3 billion in H1".
    """
    pairs = parts_and_wholes(flow_levels(context))
    if pairs.empty:
        return
    for (metric, entities, unit, whole_period), parts in pairs.groupby(
        ["metric_key", "entity_key", "unit", "period_key_whole"], sort=True
    ):
        disjoint = _disjoint_parts(parts)
        if len(disjoint) < 2:
            continue
        whole_row = parts.iloc[0]
        whole = _interval(whole_row, "_whole")
        parts_sum = total([_interval(part, "_part") for part in disjoint])
        covered_days = sum((part.end_part - part.start_part).days + 1 for part in disjoint)
        tiles = covered_days == (whole_row.end_whole - whole_row.start_whole).days + 1
        positions = tuple(p for part in disjoint for p in part.positions_part) + tuple(whole_row.positions_whole)
        context.mark_checked(positions)
        consistent = overlaps(parts_sum, whole) if tiles else not entirely_below(whole, parts_sum)
        if consistent:
            continue
        relation = "add up to" if tiles else "add up to more than"
        yield context.finding(
            "FIG502",
            "parts-vs-whole-sum",
            f"the parts of {describe(metric, entities, whole_period)} {relation} "
            f"{format_interval(parts_sum, unit)} against a whole of {format_interval(whole, unit)}: "
            f"{context.stated(positions)}",
            positions,
            expected=whole,
            expected_unit=unit,
            relative_gap=relative_gap(parts_sum, whole),
        )


def _disjoint_parts(parts: pd.DataFrame) -> list:
    """The longest run of non-overlapping parts, earliest first (a greedy interval schedule)."""
    chosen = []
    last_end = None
    for row in parts.sort_values(["start_part", "end_part"]).itertuples():
        if last_end is None or row.start_part > last_end:
            chosen.append(row)
            last_end = row.end_part
    return chosen
