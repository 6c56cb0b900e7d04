"""Fingerprint parts, computed column-wise, read exactly as the definition in words says; findings
built with every piece of evidence in its place."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from figures import extract
from figures.check.context import (
    CheckContext,
    describe,
    describe_rows,
    fingerprint_parts,
    interval_of,
    interval_records,
)
from figures.formatting import format_interval
from figures.link.quantities import claims_table, quantities_table
from figures.records import Finding, Interval, Quantity, Reading
from figures.tables import ClaimColumns, claims_frame


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


def test_a_finding_carries_each_piece_of_evidence_in_its_own_field():
    # CheckContext.finding builds the record positionally, for speed: every field must still
    # receive what was given for it.
    claims = extract("Trade reached $2.4 billion in 2024, up 7% from 2023.", doc="a")
    context = _context_of(claims)
    expected, stated = Interval(1.0, 2.0, True, False), Interval(3.0, None, False, False)
    reading = Reading("read as the calendar year", stated, False)
    derived = Quantity("k", "trade", "GEO", "2023", "", "USD", "level", expected)
    finding = context.finding(
        "FIG999",
        "planted",
        "the message",
        [1, 0],
        expected=expected,
        expected_unit="USD",
        relative_gap=0.25,
        assumptions=["an assumption"],
        readings=[reading],
        derived=[derived],
        blocked=["FIG202", "FIG201"],
        source="a source",
    )
    assert finding == Finding(
        rule="FIG999",
        name="planted",
        severity="info",
        message="the message",
        claims=(claims[0].id, claims[1].id),
        fingerprint=finding.fingerprint,
        expected=expected,
        expected_unit="USD",
        relative_gap=0.25,
        assumptions=("an assumption",),
        readings=(reading,),
        derived=(derived,),
        blocked=("FIG201", "FIG202"),
        source="a source",
    )
    assert len(finding.fingerprint) == 16


def _context_of(claims) -> CheckContext:
    columns = ClaimColumns(claims_frame(claims))
    table = claims_table(columns.frame)
    return CheckContext(
        claims=claims, columns=columns, table=table, quantities=quantities_table(table), severities={"FIG999": "info"}
    )


# Listed out of reading order: document "b" first.
_TWO_DOCUMENTS = [
    *extract("Exports reached $2.4 billion in 2024, up 7% from 2023.", doc="b"),
    *extract("Imports fell to $1.1 billion in 2024, down 3%. Trade was $3.5 billion.", doc="a"),
]


@given(st.lists(st.lists(st.integers(0, len(_TWO_DOCUMENTS) - 1), max_size=6), min_size=1, max_size=8))
def test_findings_built_together_are_the_findings_built_one_by_one(groups):
    # Groups unordered and with repeats: the column-wise builder must cite, order and
    # fingerprint exactly as ``finding`` does.
    claims = _TWO_DOCUMENTS
    intervals = [Interval(float(i), None, True, False) for i in range(len(groups))]
    units = ["USD"] * len(groups)
    messages = [f"message {i}" for i in range(len(groups))]
    blocked = [["FIG202", "FIG201"] if i % 2 else [] for i in range(len(groups))]
    one_by_one = _context_of(claims)
    expected = [
        one_by_one.finding("FIG999", "planted", message, group, expected=interval, expected_unit=unit, blocked=checks)
        for message, group, interval, unit, checks in zip(messages, groups, intervals, units, blocked, strict=True)
    ]
    together = _context_of(claims)
    built = together.findings("FIG999", "planted", messages, groups, expected=intervals, expected_unit=units, blocked=blocked)
    assert built == expected
    assert together.first_cited == one_by_one.first_cited


def test_quotes_write_each_claims_own_interval_and_unit():
    # Equal intervals in different units, open ends and a stated fall: each claim is quoted with
    # its own interval, though distinct intervals are written once.
    claims = [
        *extract("Exports reached $2.4 billion in 2024 and 2.4 billion euros in 2023.", doc="a"),
        *extract("Trade exceeded 2.4 billion in 2022, more than 3.1 billion in 2023 and fewer than 5,000 visits.", doc="b"),
        *extract("Prices fell 3% and rose 3%. About 2.4 billion.", doc="c"),
    ]
    context = _context_of(claims)
    positions = list(range(len(claims)))
    context.prepare_quotes(reversed(positions))
    expected = [
        f'"{claim.text}" ({claim.doc}:{claim.line}) {format_interval(context.stated_interval(i), claim.unit)}'
        for i, claim in enumerate(claims)
    ]
    assert [context.quotes[i] for i in positions] == expected
    assert len(set(expected)) == len(expected)


_ENDS = st.sampled_from([-math.inf, 1.25, 1.3, 2.4, math.inf])


@given(st.lists(st.tuples(_ENDS, _ENDS, st.booleans(), st.booleans(), st.sampled_from([0, 1, 2])), min_size=0, max_size=15))
def test_interval_records_are_each_rows_interval_made_and_written_alone(rows):
    units = ["USD", "percent", None]
    columns = [np.array([row[index] for row in rows], dtype=float if index < 2 else bool) for index in range(4)]
    codes = np.array([row[4] for row in rows], dtype=np.int64)
    records, written = interval_records(columns, codes, units)
    alone = [interval_of(lower, upper, lower_closed, upper_closed) for lower, upper, lower_closed, upper_closed, _ in rows]
    assert records == alone
    assert written == [format_interval(interval, units[row[4]]) for interval, row in zip(alone, rows, strict=True)]


@given(
    st.lists(
        st.tuples(st.sampled_from(["exports", "imports:wine", "trade_turnover"]), st.sampled_from(["GEO>RUS", "GEO+RUS", "?a/>EU", ""]),
                  st.sampled_from(["2024", "2025-H1", "?a:1f2e", ""]), st.sampled_from(["", "2024-H1"]),
                  st.sampled_from(["level", "change_pct", "average_change_pct", "month_on_month_change_pct"])),
        max_size=10,
    )
)  # fmt: skip
def test_quantities_are_described_row_by_row_as_one_by_one(rows):
    quantities = pd.DataFrame(rows, columns=["metric_key", "entity_key", "period_key", "base_key", "measure"], dtype="str")
    assert describe_rows(quantities) == [describe(*row) for row in rows]
