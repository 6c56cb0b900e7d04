"""Fingerprint parts, computed column-wise, read exactly as the definition in words says."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from figures.check.context import fingerprint_parts


def defined(doc, text, metric, entities, period, base) -> str:
    """The fingerprint part of a claim in plain Python: the definition the ledger relies on."""
    return "\x1e".join(
        (doc, " ".join(text.split()).lower(), metric or "", (entities or "").replace(";", ","), period or "", base or "")
    )


_spaces = st.sampled_from([" ", "\u00a0", "\u2009", "\u202f", "\n", "\t", "\u3000", "\x1c", "\u2028", "\x85"])
_texts = st.lists(st.one_of(st.sampled_from(["$", "1.3", "billion", "NEARLY", "İstanbul", "ß", "7%"]), _spaces), max_size=8).map("".join)
_optional = st.one_of(st.none(), st.sampled_from(["exports", "GEO:reporter;RUS:partner", "2025-H1", "2024"]))


@given(st.lists(st.tuples(st.sampled_from(["001", "002"]), _texts, _optional, _optional, _optional, _optional), min_size=1, max_size=20))
def test_fingerprint_parts_follow_their_definition(rows):
    names = ["doc", "text", "metric", "entities", "period", "base_period"]
    table = pa.table({name: pa.array([row[i] for row in rows], type=pa.string()) for i, name in enumerate(names)})
    assert fingerprint_parts(table).to_pylist() == [defined(*row) for row in rows]
