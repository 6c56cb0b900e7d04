"""FIG5xx: parts of a period against the whole, for additive flows."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

import numpy as np
import pandas as pd

from figures.check.context import ENDS, CheckContext, describe, records, row_interval
from figures.check.intervals import overlaps, relative_gap, total
from figures.check.rules import rule
from figures.extract.context.metrics import metric_lexicon
from figures.formatting import format_interval
from figures.periods import parse_period_label
from figures.records import Finding, Interval, Quantity

_KEYS = ["metric_key", "entity_key", "unit"]


def flow_levels(context: CheckContext) -> pd.DataFrame:
    """Stated and derived levels of additive flows (trade, exports, imports, visitors; not rates,
    averages or stocks), one row per period, with period bounds and the claims behind each."""
    quantities = context.quantities
    frames = []
    if not quantities.empty:
        # Levels in conflict too, so that the checks they would take part in can say they are blocked.
        stated = quantities[(quantities["measure"] == "level") & quantities["additive"]]
        frames.append(stated[[*_KEYS, "period_key", *ENDS, "claim_positions", "group"]].assign(derived=None))
    additive = metric_lexicon().additive
    derived = [q for q in context.derived if q.measure == "level" and additive.get(q.metric.split(":")[0], False)]
    if derived:
        frames.append(
            pd.DataFrame(
                {
                    "metric_key": [q.metric for q in derived],
                    "entity_key": [q.entities for q in derived],
                    "unit": [q.unit for q in derived],
                    "period_key": [q.period for q in derived],
                    "lower": [-np.inf if q.interval.lower is None else q.interval.lower for q in derived],
                    "upper": [np.inf if q.interval.upper is None else q.interval.upper for q in derived],
                    "lower_inclusive": [q.interval.lower_inclusive for q in derived],
                    "upper_inclusive": [q.interval.upper_inclusive for q in derived],
                    "claim_positions": [context.derived_positions[q] for q in derived],
                    "group": -1,
                    "derived": derived,
                }
            )
        )
    if not frames:
        return pd.DataFrame()
    levels = pd.concat(frames, ignore_index=True)
    # A stated level wins over a derived one for the same period.
    levels = levels.drop_duplicates(subset=[*_KEYS, "period_key"], keep="first")
    labels = levels["period_key"].drop_duplicates()
    periods = pd.DataFrame({"period_key": labels, "period": labels.map(parse_period_label)}).dropna()
    periods["start"] = periods["period"].map(lambda p: pd.Timestamp(p.start))
    periods["end"] = periods["period"].map(lambda p: pd.Timestamp(p.end))
    periods["granularity"] = periods["period"].map(lambda p: p.granularity)
    return levels.merge(periods.drop(columns="period"), on="period_key")


def flow_pairs(context: CheckContext, rule_code: str) -> pd.DataFrame:
    """``parts_and_wholes`` of the run's flow levels (computed once for FIG501 and FIG502), but
    for the pairs with a level in conflict: the rule is blocked there, and the conflict says so."""
    if "flow pairs" not in context.cache:
        context.cache["flow pairs"] = parts_and_wholes(flow_levels(context))
    pairs = context.cache["flow pairs"]
    if pairs.empty:
        return pairs
    conflicted = np.array(sorted(context.conflicted), dtype=np.int64)
    blocked = pairs["group_part"].isin(conflicted) | pairs["group_whole"].isin(conflicted)
    for group in pd.unique(pairs.loc[blocked, ["group_part", "group_whole"]].to_numpy().ravel()).tolist():
        if group in context.conflicted:
            context.blocked[group].add(rule_code)
    return pairs[~blocked]


_CALENDAR = ("year", "half", "quarter", "month")


def _calendar_containers(levels: pd.DataFrame) -> pd.DataFrame:
    """Each level with, as ``container``, the label of a calendar year, half or quarter that holds
    its period (one row per container), computed column-wise."""
    start, end = levels["start"].dt, levels["end"].dt
    same_year = start.year == end.year
    year = start.year.astype(str)
    half = (start.month - 1) // 6 + 1
    quarter = (start.month - 1) // 3 + 1
    candidates = [
        levels[same_year].assign(container=year[same_year]),
        levels[same_year & (half == (end.month - 1) // 6 + 1)].assign(container=year + "-H" + half.astype(str)),
        levels[same_year & (quarter == (end.month - 1) // 3 + 1)].assign(container=year + "-Q" + quarter.astype(str)),
    ]
    return pd.concat(candidates, ignore_index=True)


def parts_and_wholes(levels: pd.DataFrame) -> pd.DataFrame:
    """Every (part, whole) pair of levels with the same metric, entities and unit where the part's
    period lies strictly inside the whole's. A part is joined to the calendar periods containing it
    (its quarter, half and year) by key — linear in the number of levels, where a self-join of all
    periods of a flow would grow with their square — and to the few irregular wholes ("January–
    May", "2020–2024") by a merge filtered on dates."""
    if levels.empty:
        return levels
    calendar = levels[levels["granularity"].isin(_CALENDAR)]
    pairs = (
        _calendar_containers(levels)
        .merge(calendar, left_on=[*_KEYS, "container"], right_on=[*_KEYS, "period_key"], suffixes=("_part", "_whole"))
        .drop(columns="container")
    )
    irregular = levels[~levels["granularity"].isin(_CALENDAR)]
    if not irregular.empty:
        candidates = levels.merge(irregular, on=_KEYS, suffixes=("_part", "_whole"))
        inside = (candidates["start_part"] >= candidates["start_whole"]) & (
            candidates["end_part"] <= candidates["end_whole"]
        )
        pairs = pd.concat([pairs, candidates[inside]], ignore_index=True)
    strictly = (pairs["start_part"] != pairs["start_whole"]) | (pairs["end_part"] != pairs["end_whole"])
    return pairs[strictly].reset_index(drop=True)


def _above(lower, lower_inclusive, upper, upper_inclusive) -> pd.Series:
    """Column-wise: the interval with this lower end lies entirely above the one with this upper end."""
    return (lower > upper) | ((lower == upper) & ~(lower_inclusive & upper_inclusive))


def _derived(*values) -> tuple[Quantity, ...]:
    return tuple(v for v in values if isinstance(v, Quantity))


@rule("FIG501", "part-exceeds-whole", "error")
def part_exceeds_whole(context: CheckContext) -> Iterator[Finding]:
    """A flow over part of a period is larger than the same flow over the whole period.

    Why: for additive flows — trade, exports, imports, visitors — a half or a quarter can never
    exceed its year. Levels derived by other rules (FIG202) are held to this too, which catches a
    wrong figure two steps away.

    Example: "$1.3 billion in the first half of 2025" against "$1.1 billion in 2025".
    """
    pairs = flow_pairs(context, "FIG501")
    if pairs.empty:
        return
    context.mark_checked(chain.from_iterable(chain(pairs["claim_positions_part"], pairs["claim_positions_whole"])))
    exceeding = _above(
        pairs["lower_part"], pairs["lower_inclusive_part"], pairs["upper_whole"], pairs["upper_inclusive_whole"]
    )
    context.prepare_rows(pairs[exceeding], "claim_positions_part", "claim_positions_whole")
    for row in records(pairs[exceeding]):
        part, whole = row_interval(row, "_part"), row_interval(row, "_whole")
        positions = (*row.claim_positions_part, *row.claim_positions_whole)
        derived = _derived(row.derived_part, row.derived_whole)
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
    some of it, their sum must still not exceed it. Parts of one granularity (halves, quarters,
    months) are summed, so that no two parts overlap.

    Two parts of different granularities that together make the whole are summed too: "the first
    nine months" and "the fourth quarter" make the year.

    Example: "$312 million in Q1" and "$348 million in Q2" against "$0.9 billion in H1".
    """
    pairs = flow_pairs(context, "FIG502")
    if pairs.empty:
        return
    yield from _complements_vs_whole(context, pairs)
    pairs = pairs.assign(days_part=(pairs["end_part"] - pairs["start_part"]).dt.days + 1)
    keys = [*_KEYS, "period_key_whole", "granularity_part"]
    grouped = pairs.groupby(keys, sort=True)
    sums = grouped.agg(
        parts=("period_key_part", "size"),
        lower=("lower_part", "sum"),
        upper=("upper_part", "sum"),
        lower_inclusive=("lower_inclusive_part", "all"),
        upper_inclusive=("upper_inclusive_part", "all"),
        days=("days_part", "sum"),
        **{f"{name}_whole": (f"{name}_whole", "first") for name in (*ENDS, "claim_positions", "start", "end")},
    )
    # The parts' claims per sum, gathered by group number: a Python aggregation function per group
    # costs more than the whole grouping.
    gathered: list[list[int]] = [[] for _ in range(len(sums))]
    for number, positions in zip(grouped.ngroup().tolist(), pairs["claim_positions_part"].tolist(), strict=True):
        gathered[number].extend(positions)
    sums["positions"] = [tuple(positions) for positions in gathered]
    sums = sums[sums["parts"] >= 2].reset_index()
    if sums.empty:
        return
    context.mark_checked(chain.from_iterable(chain(sums["positions"], sums["claim_positions_whole"])))
    tiles = sums["days"] == (sums["end_whole"] - sums["start_whole"]).dt.days + 1
    above = _above(sums["lower"], sums["lower_inclusive"], sums["upper_whole"], sums["upper_inclusive_whole"])
    below = _above(sums["lower_whole"], sums["lower_inclusive_whole"], sums["upper"], sums["upper_inclusive"])
    context.prepare_rows(sums[above | (tiles & below)], "positions", "claim_positions_whole")
    for row in records(sums[above | (tiles & below)]):
        parts_sum, whole = row_interval(row), row_interval(row, "_whole")
        positions = (*row.positions, *row.claim_positions_whole)
        relation = "add up to" if (row.end_whole - row.start_whole).days + 1 == row.days else "add up to more than"
        yield context.finding(
            "FIG502",
            "parts-vs-whole-sum",
            f"the parts of {describe(row.metric_key, row.entity_key, row.period_key_whole)} {relation} "
            f"{format_interval(parts_sum, row.unit)} against a whole of {format_interval(whole, row.unit)}: "
            f"{context.stated(positions)}",
            positions,
            expected=whole,
            expected_unit=row.unit,
            relative_gap=relative_gap(parts_sum, whole),
        )


def _complements_vs_whole(context: CheckContext, pairs: pd.DataFrame) -> Iterator[Finding]:
    """FIG502 for two parts of different granularities, one from the whole's start and one to its
    end, that meet: "$11.4 billion in the first nine months" and "$4.4 billion in the fourth
    quarter" against "$14.8 billion in 2024"."""
    keys = [*_KEYS, "period_key_whole"]
    first = pairs[pairs["start_part"] == pairs["start_whole"]]
    last = pairs[pairs["end_part"] == pairs["end_whole"]]
    if first.empty or last.empty:
        return
    columns = [*keys, "period_key_part", "granularity_part", "start_part", *(f"{end}_part" for end in ENDS), "claim_positions_part"]
    complements = first.merge(last[columns], on=keys, suffixes=("", "_last"))
    meeting = (complements["end_part"] + pd.Timedelta(days=1) == complements["start_part_last"]) & (
        complements["granularity_part"] != complements["granularity_part_last"]
    )
    complements = complements[meeting]
    if complements.empty:
        return
    context.mark_checked(
        chain.from_iterable(chain(complements["claim_positions_part"], complements["claim_positions_part_last"], complements["claim_positions_whole"]))
    )
    for row in records(complements):
        parts_sum = total([row_interval(row, "_part"), row_interval(row, "_part_last")])
        whole = row_interval(row, "_whole")
        if overlaps(parts_sum, whole):
            continue
        positions = (*row.claim_positions_part, *row.claim_positions_part_last, *row.claim_positions_whole)
        yield context.finding(
            "FIG502",
            "parts-vs-whole-sum",
            f"the parts of {describe(row.metric_key, row.entity_key, row.period_key_whole)} "
            f"({row.period_key_part} and {row.period_key_part_last}) add up to {format_interval(parts_sum, row.unit)} "
            f"against a whole of {format_interval(whole, row.unit)}: {context.stated(positions)}",
            positions,
            expected=whole,
            expected_unit=row.unit,
            relative_gap=relative_gap(parts_sum, whole),
        )
