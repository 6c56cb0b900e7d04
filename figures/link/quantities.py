"""Linking: claims about one quantity grouped by normalised keys, across every document of a run.

A quantity is identified by metric (with product), entities with roles, period, comparison base,
unit and measure (level, change, share, multiple, rate). Grouping is a pandas groupby on those
keys — never a pairwise loop — and each group's interval is the intersection of its claims'
intervals, computed column-wise. An empty intersection marks the quantity as in conflict.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from figures.extract.context.metrics import metric_lexicon
from figures.records import Claim

KEY_COLUMNS = ["metric_key", "entity_key", "period_key", "base_key", "unit", "measure"]
UNLINKED = -1


def measure_of(claim: Claim) -> str:
    """level | change_pct | change_pp | change_abs | share | multiple | rate."""
    if claim.kind == "multiple":
        return "multiple"
    if claim.change:
        return {"percent": "change_pct", "percentage_points": "change_pp"}.get(claim.kind, "change_abs")
    if claim.share_of:
        return "share"
    if claim.kind in ("percent", "percentage_points"):
        return "rate"
    return "level"


def entity_key(claim: Claim, measure: str) -> str:
    """Entities as a key: sorted for symmetric metrics (GEO–RUS turnover is RUS–GEO turnover),
    reporter>partner otherwise — and always for shares, whose whole is the reporter's; a subject
    without partner stands as the partner."""
    reporters = sorted(e.code for e in claim.entities if e.role == "reporter")
    partners = sorted(e.code for e in claim.entities if e.role == "partner") or sorted(
        e.code for e in claim.entities if e.role == "subject"
    )
    if claim.metric in metric_lexicon().symmetric and measure != "share":
        return "+".join(sorted(set(reporters + partners)))
    return f"{'+'.join(reporters)}>{'+'.join(partners)}"


def _sentence_scope(claim: Claim) -> str:
    digest = hashlib.blake2b(f"{claim.doc}\x1f{claim.sentence}".encode(), digest_size=4).hexdigest()
    return f"?{claim.doc}:{digest}"


def claims_table(claims: Sequence[Claim]) -> pd.DataFrame:
    """One row per claim with its quantity key and interval, and its group number (−1 when the
    claim lacks a metric or a period and so cannot be linked)."""
    additive = metric_lexicon().additive
    rows = []
    for position, claim in enumerate(claims):
        measure = measure_of(claim)
        metric = claim.share_of if measure == "share" else claim.metric
        if metric and claim.product:
            metric = f"{metric}:{claim.product}"
        if claim.period is not None:
            period_key = claim.period.label
        elif claim.base_period is not None and measure.startswith("change"):
            period_key = ""  # "has grown by 40% since 2022": the same implicit reading everywhere
        else:
            period_key = _sentence_scope(claim)  # no period: links only within its sentence
        rows.append(
            {
                "position": position,
                "id": claim.id,
                "doc": claim.doc,
                "metric_key": metric,
                "entity_key": entity_key(claim, measure),
                "period_key": period_key,
                "base_key": claim.base_period.label if claim.base_period else "",
                "unit": claim.unit,
                "measure": measure,
                "lower": -math.inf if claim.lower is None else claim.lower,
                "upper": math.inf if claim.upper is None else claim.upper,
                "lower_inclusive": claim.lower_inclusive,
                "upper_inclusive": claim.upper_inclusive,
                "period_start": claim.period.start if claim.period else None,
                "period_end": claim.period.end if claim.period else None,
                "period_granularity": claim.period.granularity if claim.period else None,
                "additive": bool(additive.get(claim.metric or "", False)),
                "change": claim.change,
                "from_claim": claim.from_claim,
                "sentence_key": _sentence_scope(claim),
            }
        )
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame.assign(group=pd.Series(dtype=int))
    linkable = frame["metric_key"].notna()
    frame["group"] = UNLINKED
    frame.loc[linkable, "group"] = frame[linkable].groupby(KEY_COLUMNS, sort=True).ngroup()
    return frame


def quantities_table(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per linked quantity: its key, the intersection of its claims' intervals (with
    inclusive ends), whether that intersection is empty (a conflict), and its claims."""
    linked = claims[claims["group"] != UNLINKED]
    if linked.empty:
        return pd.DataFrame(columns=["group", *KEY_COLUMNS, "lower", "upper", "conflict", "claim_positions"])
    grouped = linked.groupby("group", sort=True)
    lower = grouped["lower"].transform("max")
    upper = grouped["upper"].transform("min")
    # An end of the intersection is open if any claim reaching that end is open there.
    open_at_lower = (linked["lower"] == lower) & ~linked["lower_inclusive"]
    open_at_upper = (linked["upper"] == upper) & ~linked["upper_inclusive"]
    table = linked.assign(
        q_lower=lower, q_upper=upper, open_lower=open_at_lower, open_upper=open_at_upper
    ).groupby("group", sort=True).agg(
        **{column: (column, "first") for column in KEY_COLUMNS},
        period_start=("period_start", "first"),
        period_end=("period_end", "first"),
        period_granularity=("period_granularity", "first"),
        additive=("additive", "first"),
        lower=("q_lower", "first"),
        upper=("q_upper", "first"),
        open_lower=("open_lower", "any"),
        open_upper=("open_upper", "any"),
        documents=("doc", "nunique"),
        claims=("position", "size"),
    )
    # Positions per group from the grouper's index arrays: far faster than a Python-level tuple
    # aggregation over a million rows.
    positions = linked["position"].to_numpy()
    indices = grouped.indices
    table["claim_positions"] = [tuple(positions[indices[group]].tolist()) for group in table.index]
    table["lower_inclusive"] = ~table.pop("open_lower") & np.isfinite(table["lower"])
    table["upper_inclusive"] = ~table.pop("open_upper") & np.isfinite(table["upper"])
    table["conflict"] = (table["lower"] > table["upper"]) | (
        (table["lower"] == table["upper"]) & ~(table["lower_inclusive"] & table["upper_inclusive"])
    )
    return table.reset_index()
