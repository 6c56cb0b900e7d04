"""FIG2xx: changes against the levels they connect."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import numpy as np
import pandas as pd

from figures.check.context import CheckContext, describe, records, row_interval
from figures.check.intervals import (
    base_from_growth,
    entirely_below,
    growth_percent,
    multiply,
    overlaps,
    ratio,
    relative_gap,
    scale,
    shift,
    subtract,
)
from figures.check.rules import rule
from figures.extract.grammar import alternation
from figures.formatting import format_interval
from figures.lexicon import lexicon
from figures.records import Finding, Interval, Quantity
from figures.units import conversion_factor

_LEVEL_COLUMNS = [
    "metric_key",
    "concept_key",
    "entity_key",
    "period_key",
    "group",
    "lower",
    "upper",
    "lower_inclusive",
    "upper_inclusive",
    "unit",
    "claim_positions",
]


def change_level_triples(context: CheckContext) -> pd.DataFrame:
    """Each stated percentage change joined with the stated levels at its period and its base
    (columns suffixed _p and _b; missing levels are NaN), computed once per run."""
    if "change triples" not in context.cache:
        context.cache["change triples"] = _change_level_triples(context)
    return context.cache["change triples"]


# What each kind of change connects: a percentage change or an absolute one connects two levels
# ("up 7%", "up $200 million"), a change in percentage points two rates ("down 2.5 points" from
# 16.4% to 13.9% unemployment).
_LEVELS_OF = {"change_pct": "level", "change_abs": "level", "change_pp": "rate", "multiple": "level"}


def _change_level_triples(context: CheckContext) -> pd.DataFrame:
    quantities = context.quantities
    if quantities.empty:
        return pd.DataFrame()
    changes = quantities[quantities["measure"].isin(list(_LEVELS_OF)) & (quantities["base_key"] != "")].copy()
    changes["level_measure"] = changes["measure"].map(_LEVELS_OF)
    levels = quantities.loc[quantities["measure"].isin(set(_LEVELS_OF.values())), [*_LEVEL_COLUMNS, "measure"]]
    merged = _with_levels(changes, levels)
    # Levels of one metric in several units ("25.2 billion cubic metres" of gas exports worth
    # "$8.4 billion, down 17%"): a change written beside a level in its sentence is of that unit.
    units = pd.concat([merged[["group", f"unit{suffix}"]].set_axis(["group", "unit"], axis=1) for suffix in ("_p", "_b")])
    per_group = units.dropna().drop_duplicates().groupby("group").size()
    own = _units_beside(context, per_group.index[per_group > 1])
    if not own.empty:
        restricted = _with_levels(changes.merge(own, on="group"), levels, by_unit=True).drop(columns="level_unit")
        merged = pd.concat([merged[~merged["group"].isin(own["group"])], restricted], ignore_index=True)
        merged = merged.sort_values("group", kind="stable", ignore_index=True)
    # An absolute change connects levels in its own unit: "up $200 million" is not about counts.
    in_unit = [merged[f"unit{suffix}"].isna() | (merged[f"unit{suffix}"] == merged["unit"]) for suffix in ("_p", "_b")]
    return merged[(merged["measure"] != "change_abs") | (in_unit[0] & in_unit[1])]


def _with_levels(changes: pd.DataFrame, levels: pd.DataFrame, by_unit: bool = False) -> pd.DataFrame:
    """The changes joined with the levels at their period (columns suffixed _p) and their base
    (_b); ``by_unit``: only levels in each change's ``level_unit``."""
    merged = changes
    for suffix, period in (("_p", "period_key"), ("_b", "base_key")):
        # (of what the change's words count: "4.2% more visitors" is no change of "1.45 million tourists")
        keys = {"metric_key": "metric_key", "concept_key": "concept_key", "entity_key": "entity_key", "measure": "level_measure", "period_key": period}
        if by_unit:
            keys["unit"] = "level_unit"
        at = levels.add_suffix(suffix).rename(columns={f"{name}{suffix}": key for name, key in keys.items()})
        merged = merged.merge(at, on=list(keys.values()), how="left")
        if by_unit:
            merged[f"unit{suffix}"] = merged["level_unit"].where(merged[f"group{suffix}"].notna())
    return merged


def _units_beside(context: CheckContext, groups: pd.Index) -> pd.DataFrame:
    """(group, level_unit) for each of these changes whose sentence also states a level of its
    metric, in that level's unit."""
    if groups.empty:
        return pd.DataFrame(columns=["group", "level_unit"])
    table = context.table
    chosen = table["group"].isin(groups).to_numpy()
    changes = pd.DataFrame(
        {name: table[name].to_numpy()[chosen] for name in ("group", "doc", "metric_key")}
        | {"sentence": context.columns.frame["sentence"].to_numpy()[chosen]}
    )
    levels = _levels_by_sentence(context)
    beside = changes.merge(levels[levels["group"] >= 0].drop(columns=["group", "metric"]), on=["doc", "sentence", "metric_key"])
    return beside[["group", "unit"]].drop_duplicates().rename(columns={"unit": "level_unit"})


def _levels_by_sentence(context: CheckContext) -> pd.DataFrame:
    """Every stated level of a metric (the linking table's measure "level": no change, share or
    rate) with its document, sentence, metric, metric key, unit and group, once per run."""
    if "levels by sentence" not in context.cache:
        table, frame = context.table, context.columns.frame
        levels = (table["measure"] == "level").to_numpy(bool) & table["metric_key"].notna().to_numpy(bool)
        context.cache["levels by sentence"] = pd.DataFrame(
            {name: table[name].to_numpy()[levels] for name in ("doc", "metric_key", "unit", "group")}
            | {name: frame[name].to_numpy()[levels] for name in ("sentence", "metric")}
        )
    return context.cache["levels by sentence"]


def _has(row, suffix: str) -> bool:
    return not pd.isna(getattr(row, f"group{suffix}"))


def _base_assumptions(context: CheckContext, positions, base: str) -> tuple[str, ...]:
    flags = context.columns["flags"]
    if any("ambiguous_base" in (flags[p] or "").split(";") for p in positions):
        return (
            f"'the previous year' read as the same period a year earlier ({base}); it could mean the whole previous year",
        )
    return ()


@rule("FIG201", "change-vs-levels", "error")
def change_vs_levels(context: CheckContext) -> Iterator[Finding]:
    """A stated change does not match the two stated levels it connects.

    Why: "7% higher than in the same period of 2024" is arithmetic on two levels; when both
    levels are stated, the growth they imply (with their rounding) must include the stated
    change. So must their ratio for a multiple ("twice as much as in 2023"), the difference for a
    change in money or counts ("up $300 million") and, between two rates, for a change in
    percentage points ("down 2.5 points" from 16.4% to 13.9%).
    A wrong direction is reported by FIG204 instead.

    Example: "$1.3 billion in H1 2025, 7% higher than H1 2024" with "$1.1 billion in H1 2024"
    elsewhere: the levels imply growth of 16–23%.
    """
    mismatches = [
        (row, positions, stated, implied)
        for row, positions, stated, implied in _changes_with_both_levels(context, "FIG201")
        if not (overlaps(stated, implied) or _contradicts(stated, implied))
    ]
    context.prepare(positions for _, positions, _, _ in mismatches)
    for row, positions, stated, implied in mismatches:
        yield context.finding(
            "FIG201",
            "change-vs-levels",
            f"the stated change {format_interval(stated, row.unit)} in "
            f"{describe(row.metric_key, row.entity_key, row.period_key, row.base_key)} does not match the "
            f"levels, which imply {format_interval(implied, row.unit)}: {context.stated(positions)}",
            positions,
            expected=implied,
            expected_unit=row.unit,
            relative_gap=relative_gap(stated, implied),
            assumptions=_base_assumptions(context, row.claim_positions, row.base_key),
        )


def _changes_with_both_levels(context: CheckContext, rule_code: str) -> Iterator[tuple]:
    """(row, claim positions, stated change, growth the levels imply) for every stated change
    whose two levels are both stated and in no conflict."""
    for row in records(change_level_triples(context)):
        if not (_has(row, "_p") and _has(row, "_b")):
            continue
        if not context.usable(rule_code, row.group, int(row.group_p), int(row.group_b)):
            continue
        positions = (*row.claim_positions, *row.claim_positions_p, *row.claim_positions_b)
        context.mark_checked(positions)
        stated = row_interval(row)  # signed: a stated fall links as a negative change
        later, earlier = row_interval(row, "_p"), row_interval(row, "_b")
        if row.measure == "multiple":
            implied = ratio(later, earlier)
        elif row.measure == "change_pct":
            implied = growth_percent(later, earlier)
        else:
            implied = subtract(later, earlier)
        yield row, positions, stated, implied


def _contradicts(stated: Interval, implied: Interval) -> bool:
    """The stated change and the levels disagree on direction (one rises, the other falls)."""
    zero = Interval(0.0, 0.0)
    return (entirely_below(zero, stated) and entirely_below(implied, zero)) or (
        entirely_below(stated, zero) and entirely_below(zero, implied)
    )


@rule("FIG202", "derived-level", "info")
def derived_level(context: CheckContext) -> Iterator[Finding]:
    """A level that the text implies but does not state, derived from a level and a change.

    Why: "almost $1.3 billion in H1 2025, 7% higher than in the same period of 2024" fixes
    H1 2024 within about [1.16, 1.22] bn. The derived level is checked like a stated one — against
    the annual total it belongs to (FIG501) and against reference data — so an inconsistency two
    steps away is still found.

    Example: H1 2025 [1.25, 1.3) bn and +[6.5, 7.5]% ⇒ H1 2024 in [1.163, 1.221) bn.
    """
    derivations = []
    for row in records(change_level_triples(context)):
        if row.measure != "change_pct":
            continue  # derived levels come from percentage changes
        has_period, has_base = _has(row, "_p"), _has(row, "_b")
        if has_period == has_base or not (row.base_key if has_period else row.period_key):
            continue  # (a level of no stated period says nothing to check it against)
        known_group = int(row.group_p if has_period else row.group_b)
        if not context.usable("FIG202", row.group, known_group):
            continue
        change = row_interval(row)
        if has_period:
            value = base_from_growth(row_interval(row, "_p"), change)
            period, unit, known = row.base_key, row.unit_p, row.claim_positions_p
        else:
            value = multiply(row_interval(row, "_b"), shift(scale(change, 0.01), 1.0))
            period, unit, known = row.period_key, row.unit_b, row.claim_positions_b
        derivations.append((row, value, period, unit, (*row.claim_positions, *known)))
    context.prepare(positions for *_, positions in derivations)
    for row, value, period, unit, positions in derivations:
        context.mark_checked(positions)
        assumptions = _base_assumptions(context, row.claim_positions, row.base_key)
        quantity = Quantity(
            key=f"{row.metric_key} | {row.entity_key} | {period} | {unit} | level",
            metric=row.metric_key,
            entities=row.entity_key,
            period=period,
            base_period="",
            unit=unit,
            measure="level",
            interval=value,
            claims=tuple(map(context.claim_id, positions)),
            derived_by="FIG202",
            assumptions=assumptions,
        )
        context.derive(quantity, positions)
        yield context.finding(
            "FIG202",
            "derived-level",
            f"{describe(row.metric_key, row.entity_key, period)} is implied to be "
            f"{format_interval(value, unit)} by {context.stated(positions)}",
            positions,
            expected=value,
            expected_unit=unit,
            assumptions=assumptions,
            derived=(quantity,),
        )


def _pair_verb(context: CheckContext, first: int, last: int) -> re.Match[str] | None:
    """The direction word that governs a from–to pair: the last one written before the pair, so
    that in "A rose to 33% from 29%, while B fell to 22% from 24%" the second pair is B's "fell";
    else one written between its ends ("from $700 million in 2023, exports rose to $650 million",
    "$26.4 billion, down from $34.1 billion") — never one after it, which is another clause's
    ("…, while imports rose 8%")."""
    sentence = context.columns["sentence"][last]
    leading, trailing = sorted((first, last), key=lambda p: context.columns["start"][p])
    cut = sentence.find(context.columns["text"][leading])
    if cut < 0:
        return None  # the pair cannot be placed in its sentence: no word is known to govern it
    verbs = list(_direction_pattern().finditer(sentence, 0, cut))
    if verbs:
        return verbs[-1]
    trailing_at = sentence.find(context.columns["text"][trailing], cut + 1)
    return _direction_pattern().search(sentence, cut, trailing_at) if trailing_at >= 0 else None


@cache
def _direction_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<verb>{alternation(lexicon().direction_verbs)})\b", re.IGNORECASE)


def _pair_interval(context: CheckContext, position: int) -> tuple[Interval, int | None]:
    """A claim's interval, narrowed to its quantity's when it is linked."""
    group = context.group_of(position)
    if group is not None:
        return context.quantity_interval(group), group
    return context.stated_interval(position), None


def from_to_pairs(context: CheckContext) -> Iterator[tuple[int, int]]:
    """(from, to) claim positions of every from–to change."""
    starts = context.columns.frame["from_claim"]
    later = np.flatnonzero(starts.notna().to_numpy())
    if not len(later):
        return
    for last, first in zip(later.tolist(), context.positions_of(starts.iloc[later]), strict=True):
        if first >= 0:
            yield first, last


@rule("FIG203", "from-to-vs-stated-change", "error")
def from_to_vs_stated_change(context: CheckContext) -> Iterator[Finding]:
    """A from–to pair does not match the change stated beside it.

    Why: "from 200,000 in 2021 to 1.4 million in 2024" is a sevenfold rise; a sentence that calls
    it "tripled" or "a 50% increase" contradicts its own numbers. So does a change in percentage
    points between two rates ("fell from 16.4% to 13.9%, a 3.5-point drop") or in money or
    counts between two levels ("up from $4.1 billion to $4.4 billion, an increase of $500
    million"). A change stated about another metric in the same sentence is not compared.

    Example: "visitors tripled, from 200,000 in 2021 to 1.4 million in 2024" — the levels
    imply ×5.6 or more.
    """
    by_sentence: dict[tuple[str, str], list[int]] | None = None
    for first, last in from_to_pairs(context):
        by_sentence = _stated_changes_by_sentence(context) if by_sentence is None else by_sentence
        earlier, earlier_group = _pair_interval(context, first)
        later, later_group = _pair_interval(context, last)
        groups = [g for g in (earlier_group, later_group) if g is not None]
        if not context.usable("FIG203", *groups):
            continue
        multiple = ratio(later, earlier)
        claim = context.claims[last]
        context.derive(
            Quantity(
                key=" | ".join(
                    (claim.metric or "", "", claim.period.label if claim.period else "", "times", "multiple")
                ),
                metric=claim.metric or "",
                entities=",".join(e.code for e in claim.entities),
                period=claim.period.label if claim.period else "",
                base_period=context.claims[first].period.label if context.claims[first].period else "",
                unit="times",
                measure="multiple",
                interval=multiple,
                claims=(context.claims[first].id, claim.id),
                derived_by="FIG203",
            ),
            (first, last),
        )
        for position, stated in _stated_changes_beside(context, by_sentence, first, last):
            kinds, units = context.columns["kind"], context.columns["unit"]  # as lists, made on first use
            expected = _expected_change(kinds[position], units[position], units[last], later, earlier)
            if expected is None:
                continue
            positions = (first, last, position)
            context.mark_checked(positions)
            if overlaps(stated, expected):
                continue
            yield context.finding(
                "FIG203",
                "from-to-vs-stated-change",
                f'"{context.claims[position].text}" does not match the levels it joins, which imply '
                f"{format_interval(expected, context.claims[position].unit)}: {context.stated((first, last))}",
                positions,
                expected=expected,
                expected_unit=context.claims[position].unit,
                relative_gap=relative_gap(stated, expected),
            )


def _expected_change(kind: str, unit: str, pair_unit: str, later: Interval, earlier: Interval) -> Interval | None:
    """What a from–to pair (its two intervals, in ``pair_unit``) implies for a change stated as
    ``kind`` in ``unit``: a multiple, a percentage, a difference in percentage points between
    rates, or a difference in the pair's own unit; None when the change cannot be about the pair
    (an amount of money beside two counts, points beside two levels)."""
    if kind == "multiple":
        return ratio(later, earlier)
    if kind == "percent":
        return growth_percent(later, earlier)
    if kind == "percentage_points":
        points = conversion_factor("percentage_point", unit)
        return scale(subtract(later, earlier), points) if pair_unit == "percent" and points else None
    return subtract(later, earlier) if unit == pair_unit else None


def _stated_changes_by_sentence(context: CheckContext) -> dict[tuple[str, str], list[int]]:
    """Positions of stated multiples and changes (percentages, points, amounts), by (document, sentence)."""
    claims = context.columns.frame
    candidates = (claims["kind"] == "multiple") | claims["change"].notna()
    by_sentence: dict[tuple[str, str], list[int]] = {}
    doc, sentence = context.columns["doc"], context.columns["sentence"]
    for position in np.flatnonzero(candidates.to_numpy(bool)).tolist():
        by_sentence.setdefault((doc[position], sentence[position]), []).append(position)
    return by_sentence


def _stated_changes_beside(
    context: CheckContext, by_sentence: dict[tuple[str, str], list[int]], first: int, last: int
) -> Iterator[tuple[int, Interval]]:
    doc, sentence = context.columns["doc"][last], context.columns["sentence"]
    beside = set(by_sentence.get((doc, sentence[first]), ())) | set(by_sentence.get((doc, sentence[last]), ()))
    metric, share_of = context.columns["metric"], context.columns["share_of"]
    for position in sorted(beside - {first, last}):
        if metric[position] and metric[last] and metric[position] != metric[last]:
            continue  # "exports rose from … to …, while imports grew 5%": the 5% is not the pair's
        if share_of[last] and (doc, sentence[position], metric[position] or "") in _sentences_with_levels(context):
            # "Inflows fell 45% to $1.9 billion, and their share to 41% from 60%": a change beside a
            # pair of shares and a level of its own metric (or, with none named, a level of none)
            # is the level's.
            continue
        yield position, context.stated_interval(position)


def _sentences_with_levels(context: CheckContext) -> set[tuple[str, str, str]]:
    """(document, sentence, metric or "") of every stated level, once per run."""
    if "sentences with levels" not in context.cache:
        levels = (context.table["measure"] == "level").to_numpy(bool)
        frame = context.columns.frame
        metric = frame["metric"].astype("str").fillna("").to_numpy()[levels]
        context.cache["sentences with levels"] = set(
            zip(context.table["doc"].to_numpy()[levels].tolist(), frame["sentence"].to_numpy()[levels].tolist(), metric.tolist(), strict=True)
        )
    return context.cache["sentences with levels"]


@rule("FIG204", "direction-contradiction", "decision-error")
def direction_contradiction(context: CheckContext) -> Iterator[Finding]:
    """A rise whose levels fall, or a fall whose levels rise.

    Why: a wrong direction flips the story's conclusion — a decision error in statcheck's sense,
    worse than a wrong magnitude. Checked for stated changes against both stated levels, and
    for from–to pairs against the last direction word written before them (else one between
    their ends: "$26.4 billion, down from $34.1 billion"; never one of a later clause).

    Example: "exports rose from $700 million to $650 million".
    """
    for row, positions, stated, implied in _changes_with_both_levels(context, "FIG204"):
        if _contradicts(stated, implied):
            yield context.finding(
                "FIG204",
                "direction-contradiction",
                f"the change is stated as {format_interval(stated, row.unit)} but the levels imply "
                f"{format_interval(implied, row.unit)}: {context.stated(positions)}",
                positions,
                expected=implied,
                expected_unit=row.unit,
            )
    for first, last in from_to_pairs(context):
        verb = _pair_verb(context, first, last)
        if not verb:
            continue
        earlier, earlier_group = _pair_interval(context, first)
        later, later_group = _pair_interval(context, last)
        if not context.usable("FIG204", *(g for g in (earlier_group, later_group) if g is not None)):
            continue
        context.mark_checked((first, last))
        direction = lexicon().direction_verbs[verb.group("verb").lower()]
        wrong = entirely_below(later, earlier) if direction == "up" else entirely_below(earlier, later)
        if wrong:
            yield context.finding(
                "FIG204",
                "direction-contradiction",
                f'"{verb.group()}" but the levels go the other way: {context.stated((first, last))}',
                (first, last),
                expected=growth_percent(later, earlier),
                expected_unit="percent",
            )
