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
from figures.link.quantities import SCOPE
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


@rule("FIG404", "parts-and-rest-vs-whole", "error")
def parts_and_rest_vs_whole(context: CheckContext) -> Iterator[Finding]:
    """The shares of a whole's named parts and of the rest do not add up to the whole.

    Why: "the rest of the world" is what the parts named beside it leave, so with them it is the
    whole: "the CIS took 48% of exports, the EU 9% and the rest of the world 53%" make 110%, and
    "… and the rest of the world 33%" 90% — one share is wrong either way, and FIG401, which adds
    the named parts only, sees neither. The parts are those of the rest's sentence, with its whole, reporter and period;
    partners that share a member are not added (Russia is in the CIS).

    Example: "The CIS took 48% of Georgia's exports, the EU 9% and the rest of the world 53%."
    """
    table = context.table
    shares = table[table["measure"] == "share"]
    if not shares["rest"].any():
        return
    shares = shares[["position", "group", "doc", "metric_key", "entity_key", "period_key", "rest", *ENDS]].assign(
        sentence=context.columns.frame["sentence"].to_numpy()[shares["position"].to_numpy()]
    )
    sides = {key: _reporters_and_partners(key, False)[:1] or [(key, "")] for key in shares["entity_key"].unique().tolist()}
    shares["reporter"] = shares["entity_key"].map(lambda key: sides[key][0][0])
    shares["partner"] = shares["entity_key"].map(lambda key: sides[key][0][1])
    keys = ["doc", "sentence", "metric_key", "reporter", "period_key"]
    rests = shares[shares["rest"]]
    joined = (
        rests[[*keys, "position", *ENDS]]
        .merge(shares[~shares["rest"]], on=keys, suffixes=("_rest", ""))
        .sort_values(["position_rest", "partner"])
    )
    for position_rest, parts in groupby(records(joined), key=lambda row: row.position_rest):
        rows = list(parts)[:_MAX_PARTNERS]
        if not context.usable("FIG404", *(row.group for row in rows)):
            continue
        heaviest = _heaviest_disjoint(rows)
        if not heaviest:
            continue  # no part named beside the rest: nothing it is the rest of
        positions = [*(row.position for row in heaviest), position_rest]
        context.mark_checked(positions)
        combined = total([*(row_interval(row) for row in heaviest), row_interval(rows[0], "_rest")])
        if overlaps(combined, _HUNDRED):
            continue
        partners = ", ".join(row.partner for row in heaviest)
        yield context.finding(
            "FIG404",
            "parts-and-rest-vs-whole",
            f"shares of {describe(rows[0].metric_key, rows[0].reporter, rows[0].period_key)} for {partners} and the rest "
            f"add up to {format_interval(combined, '%')}, not the whole: {context.stated(positions)}",
            positions,
            expected=_HUNDRED,
            expected_unit="percent",
            relative_gap=relative_gap(combined, _HUNDRED),
            assumptions=(f"the rest is the whole less {partners}", f"{partners} share no member, so their shares add up"),
        )


def _heaviest_disjoint(rows: list) -> list:
    """The set of rows (shares or levels) with pairwise-disjoint partners, one alone included, whose
    lower bounds sum highest."""
    g = gazetteer()
    rows = [row for row in rows if row.partner]
    if not any(g.overlaps(a.partner, b.partner) for a, b in combinations(rows, 2)):
        return rows  # the common case: no partner is part of another, so all of them add up
    best: list = []
    best_sum = -1.0
    for size in range(len(rows), 0, -1):
        for subset in combinations(rows, size):
            if any(g.overlaps(a.partner, b.partner) for a, b in combinations(subset, 2)):
                continue
            lower_sum = sum(max(row.lower, 0.0) for row in subset)
            if lower_sum > best_sum:
                best, best_sum = list(subset), lower_sum
    return best


@rule("FIG403", "partners-exceed-total", "error")
def partners_exceed_total(context: CheckContext) -> Iterator[Finding]:
    """Levels of a flow with disjoint partners add up to more than its stated total.

    Why: "exports totalled $5.6 billion, of which $4.9 billion went to the EU and $0.7 billion to
    Russia" cannot hold if anything went elsewhere, and "$1.9 billion to the EU, $4.2 billion to
    Russia" cannot hold at all. As for shares (FIG401), partners that share a member are not
    added (Russia is in the CIS); only flows are (``additive`` in ``metrics.toml``), in one unit.
    A bilateral turnover is a part of each of its two countries' total trade.

    Example: "Azerbaijan exported 24.8 bcm of gas in 2024: Europe received 12.9 bcm, Turkey 9.9
    bcm and Georgia 2.4 bcm" (25.2 bcm).
    """
    parts_with_totals = _parts_with_totals(context.quantities)
    if parts_with_totals.empty:
        return
    conflicted = parts_with_totals["conflict"] | parts_with_totals["conflict_total"]
    for row in records(parts_with_totals.loc[conflicted, ["group", "group_total"]]):
        context.usable("FIG403", row.group, row.group_total)  # blocked: the conflict says so
    parts_with_totals = parts_with_totals[~conflicted]
    context.mark_quantities_checked(pd.concat([parts_with_totals["group"], parts_with_totals["group_total"]]))
    # Only the totals that their parts' lower ends together exceed need the search for the
    # heaviest set of disjoint partners.
    per_total = parts_with_totals["lower"].clip(lower=0).groupby(parts_with_totals["group_total"]).transform("sum")
    suspect = parts_with_totals[per_total > parts_with_totals["upper_total"]].sort_values(["group_total", "partner"])
    context.prepare_rows(suspect, "claim_positions", "claim_positions_total")
    for _, parts in groupby(records(suspect), key=lambda row: row.group_total):
        rows = list(parts)[:_MAX_PARTNERS]
        whole = rows[0]
        heaviest = _heaviest_disjoint(rows)
        combined = total([row_interval(row) for row in heaviest])
        stated_total = row_interval(whole, "_total")
        if not entirely_below(stated_total, combined):
            continue
        positions = [*whole.claim_positions_total, *(p for row in heaviest for p in row.claim_positions)]
        partners = ", ".join(row.partner for row in heaviest)
        yield context.finding(
            "FIG403",
            "partners-exceed-total",
            f"{describe(whole.metric_key, whole.reporter, whole.period_key)} for {partners} add up to "
            f"{format_interval(combined, whole.unit)}, more than the total {format_interval(stated_total, whole.unit)}: "
            f"{context.stated(positions)}",
            positions,
            expected=Interval(0.0, stated_total.upper, True, stated_total.upper_inclusive),
            expected_unit=whole.unit,
            relative_gap=relative_gap(combined, stated_total),
            assumptions=(f"{partners} share no member, so their levels add up",),
        )


_TOTAL_KEYS = ["metric_key", "concept_key", "reporter", "period_key", "unit"]


def _parts_with_totals(quantities: pd.DataFrame) -> pd.DataFrame:
    """Each level of a flow with a partner, joined with the level of the same flow with no partner
    (the total: columns suffixed _total) for its reporter."""
    if quantities.empty:
        return quantities
    flows = quantities[(quantities["measure"] == "level") & quantities["additive"]]
    if flows.empty:
        return flows
    # Each distinct entity key read once, not each level's.
    keys = pd.DataFrame(
        {"entity_key": flows["entity_key"], "symmetric": flows["metric_key"].str.partition(":")[0].isin(metric_lexicon().symmetric)}
    )
    distinct = keys.drop_duplicates()
    sides = pd.DataFrame(
        [
            (entities, symmetric, reporter, partner)
            for entities, symmetric in zip(distinct["entity_key"].tolist(), distinct["symmetric"].tolist(), strict=True)
            for reporter, partner in _reporters_and_partners(entities, symmetric)
        ],
        columns=["entity_key", "symmetric", "reporter", "partner"],
    )
    levels = flows.assign(symmetric=keys["symmetric"]).merge(sides, on=["entity_key", "symmetric"])
    totals = levels[levels["partner"] == ""]
    parts = levels[levels["partner"] != ""]
    return parts.merge(
        totals[[*_TOTAL_KEYS, "group", "conflict", "claim_positions", *ENDS]].add_suffix("_total"),
        left_on=_TOTAL_KEYS,
        right_on=[f"{key}_total" for key in _TOTAL_KEYS],
    )


def _reporters_and_partners(entity_key: str, symmetric: bool) -> list[tuple[str, str]]:
    """(reporter, partner) readings of a level's entity key, partner "" for a total: "GEO>RUS" is
    Georgia's with Russia, "GEO>" Georgia's total; a turnover "GEO+RUS" is part of each country's;
    a key scoped to its document ("?a/>RUS", "?a") has the article's country as its reporter."""
    scope, _, key = entity_key.rpartition(SCOPE)
    if not scope and entity_key.startswith("?"):
        return [(entity_key, "")]  # a figure that names no country: its article's total
    if symmetric:
        codes = key.split("+") if key else []
        if scope:
            return [(scope, key)] if len(codes) == 1 else []
        if len(codes) == 2:
            return [(codes[0], codes[1]), (codes[1], codes[0])]
        return [(key, "")] if len(codes) == 1 else []
    reporter, partner = _split(key)
    return [(scope or reporter, partner)] if (scope or reporter) else []


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
