"""Tables of records as pandas DataFrames, with one stable column order for files."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from figures.records import Claim

CLAIM_COLUMNS = [
    "id", "doc", "line", "column", "start", "end", "text", "kind", "value", "unit",
    "lower", "upper", "lower_inclusive", "upper_inclusive", "qualifier", "hedge", "change", "noun",
    "range", "period", "period_start", "period_end", "base_period", "metric", "metric_phrase",
    "product", "entities", "share_of", "speaker", "source", "quoted", "from_claim", "flags", "sentence",
]  # fmt: skip


def claim_row(claim: Claim) -> dict[str, object]:
    """One claim as a flat row: periods by label and bounds, entities as "CODE:role;…"."""
    row = {name: getattr(claim, name) for name in CLAIM_COLUMNS if hasattr(claim, name)}
    row["period"] = claim.period.label if claim.period else None
    row["period_start"] = claim.period.start.isoformat() if claim.period else None
    row["period_end"] = claim.period.end.isoformat() if claim.period else None
    row["base_period"] = claim.base_period.label if claim.base_period else None
    row["entities"] = ";".join(f"{entity.code}:{entity.role}" for entity in claim.entities) or None
    row["flags"] = ";".join(claim.flags) or None
    return row


def claims_frame(claims: Sequence[Claim]) -> pd.DataFrame:
    """Claims as a DataFrame with the columns of ``CLAIM_COLUMNS``, in that order."""
    return pd.DataFrame([claim_row(claim) for claim in claims], columns=CLAIM_COLUMNS)


def write_csv(frame: pd.DataFrame, target) -> None:
    """Write a table as CSV the same way everywhere: "\\n" line ends, floats to 12 digits."""
    frame.to_csv(target, index=False, lineterminator="\n", float_format="%.12g")
