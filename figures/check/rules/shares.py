"""FIG4xx: shares of a whole."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations, groupby

import pandas as pd

from figures.check.context import ENDS, CheckContext, describe, records, row_interval
from figures.check.intervals import divide, entirely_below, overlaps, relative_gap, scale, total
from figures.check.rules import rule
from figures.extract.context.entities import gazetteer
from figures.extract.context.metrics import metric_lexicon
from figures.formatting import format_interval
from figures.records import Finding, Interval

_HUNDRED = Interval(100.0, 100.0)
_MAX_PARTNERS = 12  # the disjoint-subset search is exponential; shares of one whole are few


def _split(entity_key: str) -> tuple[str, str]:
    reporter, _, partner = entity_key.partition(">")
    return reporter, partner


@rule("FIG401", "shares-exceed-whole", "error")
def shares_exceed_whole(context: CheckContext) -> Iterator[Finding]:
    """Shares of disjoint parts of one whole add up to more than 100%.

    Why: "70% of exports to the CIS and 40% to the EU" cannot both hold. Parts overlap when
    one partner belongs to another (Russia is in the CIS), so only shares of partners with no
    member in common are added — "33% CIS" and "10% Russia" are not summed.

    Example: "The CIS accounts for 63% of Georgia's trade, whereas the EU makes up 42%."
    """
    quantities = context.quantities
    if quantities.empty:
        return
    shares = quantities[(quantities["measure"] == "share") & ~quantities["conflict"]].copy()
    if shares.empty:
        return
    shares["reporter"] = shares["entity_key"].str.partition(">")[0]
    shares["partner"] = shares["entity_key"].str.partition(">")[2]
    wholes = shares.groupby(["metric_key", "reporter", "period_key"], sort=True)
    several = shares[wholes["group"].transform("size") >= 2]
    context.mark_quantities_checked(several["group"])
    # No subset of shares can exceed 100% unless all of them together do (shares are not
    # negative): only those wholes need the exponential, but tiny, search for the heaviest set
    # of disjoint partners.
    floor = several["lower"].clip(lower=0)
    suspect = several[
        floor.groupby([several["metric_key"], several["reporter"], several["period_key"]]).transform("sum") > 100
    ]
    suspect = suspect.sort_values(["metric_key", "reporter", "period_key", "partner"])
    context.prepare_rows(suspect, "claim_positions")
    for (metric, reporter, period), whole in groupby(
        records(suspect), key=lambda r: (r.metric_key, r.reporter, r.period_key)
    ):
        rows = list(whole)[:_MAX_PARTNERS]
        heaviest = _heaviest_disjoint(rows)
        if len(heaviest) < 2:
            continue
        combined = total([row_interval(row) for row in heaviest])
        if not entirely_below(_HUNDRED, combined):
            continue
        positions = [p for row in heaviest for p in row.claim_positions]
        yield context.finding(
            "FIG401",
            "shares-exceed-whole",
            f"shares of {describe(metric, reporter, period)} for {', '.join(r.partner for r in heaviest)} "
            f"add up to {format_interval(combined, '%')}, more than the whole: {context.stated(positions)}",
            positions,
            expected=Interval(0.0, 100.0),
            expected_unit="percent",
            relative_gap=relative_gap(combined, Interval(0.0, 100.0)),
            assumptions=(f"{', '.join(r.partner for r in heaviest)} share no member, so their shares add up",),
        )


def _heaviest_disjoint(rows: list) -> list:
    """The set of shares with pairwise-disjoint partners whose lower bounds sum highest."""
    g = gazetteer()
    rows = [row for row in rows if row.partner]
    if not any(g.overlaps(a.partner, b.partner) for a, b in combinations(rows, 2)):
        return rows  # the common case: no partner is part of another, so all of them add up
    best: list = []
    best_sum = -1.0
    for size in range(len(rows), 1, -1):
        for subset in combinations(rows, size):
            if any(g.overlaps(a.partner, b.partner) for a, b in combinations(subset, 2)):
                continue
            lower_sum = sum(max(row.lower, 0.0) for row in subset)
            if lower_sum > best_sum:
                best, best_sum = list(subset), lower_sum
    return best


@rule("FIG402", "share-vs-levels", "error")
def share_vs_levels(context: CheckContext) -> Iterator[Finding]:
    """A stated share does not match the stated levels of its part and its whole.

    Why: "Russia's 10% of Georgia's trade" is part / whole; when both levels are stated (in any
    article of the run) the share they imply must include the stated one.

    Example: "Russia accounts for 25% of Georgia's trade" with "$2.5 billion with Russia" and
    "$23.4 billion in total" (≈ 10.7%).
    """
    for share in records(share_part_whole(context)):
        if not context.usable("FIG402", share.group, share.group_part, share.group_whole):
            continue
        positions = (*share.claim_positions, *share.claim_positions_part, *share.claim_positions_whole)
        context.mark_checked(positions)
        implied = scale(divide(row_interval(share, "_part"), row_interval(share, "_whole")), 100.0)
        stated = row_interval(share)
        if overlaps(stated, implied):
            continue
        yield context.finding(
            "FIG402",
            "share-vs-levels",
            f"the share {format_interval(stated, '%')} of {share.partner} in "
            f"{describe(share.metric_key, share.reporter, share.period_key)} does not match its levels, which imply "
            f"{format_interval(implied, '%')}: {context.stated(positions)}",
            positions,
            expected=implied,
            expected_unit="percent",
            relative_gap=relative_gap(stated, implied),
        )


_LEVEL_COLUMNS = ["metric_key", "entity_key", "period_key", "group", "unit", "claim_positions", *ENDS]


def share_part_whole(context: CheckContext) -> pd.DataFrame:
    """Each stated share with a partner, joined with the stated levels of its part (suffix _part)
    and its whole (_whole) in one unit; shares whose levels are not both stated are left out."""
    quantities = context.quantities
    shares = quantities[quantities["measure"] == "share"] if not quantities.empty else quantities
    if shares.empty:
        return shares
    # As a lookup by (metric, entities, period) would, the last level with a key stands for it.
    levels = quantities[quantities["measure"] == "level"].drop_duplicates(
        subset=["metric_key", "entity_key", "period_key"], keep="last"
    )[_LEVEL_COLUMNS]
    symmetric = metric_lexicon().symmetric
    keys = pd.DataFrame(
        [
            _part_and_whole_keys(metric, entities, symmetric)
            for metric, entities in zip(shares["metric_key"].tolist(), shares["entity_key"].tolist(), strict=True)
        ],
        columns=["reporter", "partner", "part_key", "whole_key"],
        index=shares.index,
    )
    joined = shares.join(keys)
    for role in ("part", "whole"):
        joined = joined.merge(
            levels.add_suffix(f"_{role}"),
            left_on=["metric_key", f"{role}_key", "period_key"],
            right_on=[f"metric_key_{role}", f"entity_key_{role}", f"period_key_{role}"],
        )
    return joined[joined["unit_part"] == joined["unit_whole"]].sort_values("group", kind="stable")


def _part_and_whole_keys(metric: str, entities: str, symmetric: frozenset[str]) -> tuple[str, str, str | None, str | None]:
    """(reporter, partner, the part's entity key, the whole's) of a share's entity key; no keys
    for a share without both a reporter and a partner."""
    reporter, partner = _split(entities)
    if not (reporter and partner):
        return reporter, partner, None, None
    if metric.split(":")[0] in symmetric:
        return reporter, partner, "+".join(sorted({reporter, partner})), reporter
    return reporter, partner, entities, f"{reporter}>"
