"""The claims table: records → table → records loses nothing; columns read as Python values."""

from __future__ import annotations

import math

from figures.pipeline import read_corpus
from figures.tables import CLAIM_COLUMNS, ClaimColumns, FrameClaims, claims_frame


def test_claims_survive_the_table_round_trip(tmp_path):
    (tmp_path / "extra.md").write_text(
        "---\npublished: 2025-08-01\n---\nIn January–May 2025 exports to the EU fell 4.5% to $512 million, "
        "while imports from Turkey rose from $1.1 billion in 2023 to about $1.4 billion in 2024, "
        "according to Geostat. In FY2012-13 almost 40% of visitors came from Russia.\n",
        encoding="utf-8",
    )
    claims = [*read_corpus([]).claims, *read_corpus([str(tmp_path)]).claims]
    frame = claims_frame(claims)
    assert list(frame.columns) == CLAIM_COLUMNS
    restored = FrameClaims(ClaimColumns(frame))
    assert list(restored) == claims
    assert restored[-1] == claims[-1] and restored[1:3] == claims[1:3]
    assert any(c.from_claim for c in claims) and any(c.entities for c in claims) and any(c.flags for c in claims)


def test_columns_give_none_for_missing_values():
    frame = claims_frame(read_corpus([]).claims)
    columns = ClaimColumns(frame)
    assert None in columns["hedge"] and None in columns["base_period"]
    assert not any(isinstance(value, float) and math.isnan(value) for name in CLAIM_COLUMNS for value in columns[name])
    assert len(columns["id"]) == len(frame)
