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


def _period_key(claim: Claim, measure: str) -> str:
    if claim.period is not None:
        return claim.period.label
    if claim.base_period is not None and measure.startswith("change"):
        return ""  # "has grown by 40% since 2022": the same implicit reading everywhere
    return _sentence_scope(claim)  # no period: links only within its sentence


def _metric_key(claim: Claim, measure: str) -> str | None:
    metric = claim.share_of if measure == "share" else claim.metric
    return f"{metric}:{claim.product}" if metric and claim.product else metric


def claims_table(claims: Sequence[Claim]) -> pd.DataFrame:
    """One row per claim with its quantity key and interval, and its group number (−1 when the
    claim lacks a metric and so cannot be linked). Built column by column: at a million claims
    per-row dictionaries cost more than the grouping itself."""
    additive = metric_lexicon().additive
    measures = [measure_of(claim) for claim in claims]
    frame = pd.DataFrame(
        {
            "position": range(len(claims)),
            "doc": [claim.doc for claim in claims],
            "metric_key": [_metric_key(claim, measure) for claim, measure in zip(claims, measures, strict=True)],
            "entity_key": [entity_key(claim, measure) for claim, measure in zip(claims, measures, strict=True)],
            "period_key": [_period_key(claim, measure) for claim, measure in zip(claims, measures, strict=True)],
            "base_key": [claim.base_period.label if claim.base_period else "" for claim in claims],
            "unit": [claim.unit for claim in claims],
            "measure": measures,
            "lower": [-math.inf if claim.lower is None else claim.lower for claim in claims],
            "upper": [math.inf if claim.upper is None else claim.upper for claim in claims],
            "lower_inclusive": [claim.lower_inclusive for claim in claims],
            "upper_inclusive": [claim.upper_inclusive for claim in claims],
            "additive": [additive.get(claim.metric or "", False) for claim in claims],
        }
    )
    frame["group"] = UNLINKED
    if frame.empty:
        return frame
    linkable = frame["metric_key"].notna()
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
