"""What every rule sees: the claims, their linked quantities, and the bookkeeping of a run."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict, namedtuple
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from figures.formatting import format_interval
from figures.records import Claim, ClaimRef, Finding, Interval, Quantity, Reading
from figures.tables import ClaimColumns

ENDS = ("lower", "upper", "lower_inclusive", "upper_inclusive")  # the columns of an interval in a table


def _end(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isinf(value)) else float(value)


def interval_of(lower: float, upper: float, lower_inclusive: bool, upper_inclusive: bool) -> Interval:
    """An Interval from table columns, where infinite ends are stored as ±inf."""
    return Interval(_end(lower), _end(upper), bool(lower_inclusive), bool(upper_inclusive))


def records(frame: pd.DataFrame) -> Iterator[tuple]:
    """The rows of a table as named tuples of Python values: what ``itertuples(index=False)``
    gives, without its element-wise walk over Arrow-backed string columns."""
    row = namedtuple("Row", frame.columns)
    return map(row._make, zip(*(frame[name].tolist() for name in frame.columns), strict=True))


def row_interval(row, suffix: str = "") -> Interval:
    """The interval of a table row (lower, upper and inclusivity columns, with a name suffix)."""
    return interval_of(*(getattr(row, f"{name}{suffix}") for name in ENDS))


def fingerprint_part(
    doc: str, text: str, metric: str | None, entities: str | None, period: str | None, base: str | None
) -> str:
    """What of a claim goes into a finding's fingerprint: its document, normalised text, metric,
    entities ("GEO:reporter;RUS:partner") and period labels — never its offsets or line."""
    return "\x1e".join(
        (
            doc,
            " ".join(text.split()).lower(),
            metric or "",
            (entities or "").replace(";", ","),
            period or "",
            base or "",
        )
    )


def fingerprint(rule: str, parts: Iterable[str]) -> str:
    """A finding's identity from its content: the rule and its claims' fingerprint parts. Editing
    other paragraphs keeps it; changing the flagged figure changes it."""
    digest = hashlib.sha256("\x1f".join([rule, *sorted(parts)]).encode()).hexdigest()
    return digest[:16]


def describe(metric: str, entities: str, period: str, base: str = "") -> str:
    """A quantity in words for messages: "trade turnover GEO–RUS 2025-H1 vs 2024-H1",
    "imports of natural gas GEO (partner RUS) 2025-H1"."""
    name, _, product = metric.partition(":")
    words = name.replace("_", " ") + (f" of {product.replace('_', ' ')}" if product else "")
    reporter, directed, partner = entities.partition(">")
    if directed:
        who = f"{reporter} (partner {partner})" if partner else reporter
    else:
        who = reporter.replace("+", "–")
    period_text = period if period and not period.startswith("?") else "(period not stated)"
    return " ".join(part for part in (words, who, period_text) if part) + (f" vs {base}" if base else "")


_VIEW_COLUMNS = [
    "id", "doc", "line", "column", "start", "end", "text", "sentence", "lower", "upper", "lower_inclusive", "upper_inclusive", "unit",
    "metric", "entities", "period", "base_period",  # the rest of the fingerprint part
]  # fmt: skip


@dataclass
class CheckContext:
    """The claims of a run, their linked quantities, and what the rules record as they run."""

    claims: Sequence[Claim]  # as records; built on demand when the run was given a claims table
    columns: ClaimColumns  # the claims table (figures.tables.CLAIM_COLUMNS), column by column
    table: pd.DataFrame  # one row per claim: keys, interval, group (figures.link.quantities)
    quantities: pd.DataFrame  # one row per linked quantity
    paths: dict[str, str]
    severities: dict[str, str]
    published: dict[str, object] = field(default_factory=dict)  # document id → publication date
    reference: object | None = None  # a figures.reference.match.ReferenceIndex
    checked: set[int] = field(default_factory=set)
    verified: set[int] = field(default_factory=set)
    cache: dict[str, object] = field(default_factory=dict)
    unused_suppressions: list = field(default_factory=list)  # (Document, Suppression) matching no finding
    claim_views: dict[int, tuple[ClaimRef, str]] = field(default_factory=dict, repr=False)
    evidence: dict[int, str] = field(default_factory=dict, repr=False)
    blocked: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    derived: list[Quantity] = field(default_factory=list)

    @cached_property
    def conflicted(self) -> frozenset[int]:
        if self.quantities.empty:
            return frozenset()
        return frozenset(int(g) for g in self.quantities.loc[self.quantities["conflict"], "group"])

    def usable(self, rule: str, *groups: int) -> bool:
        """False when a quantity is in conflict: the check is blocked and the conflict says so."""
        conflicted = self.conflicted.intersection(groups)
        for group in conflicted:
            self.blocked[group].add(rule)
        return not conflicted

    def mark_checked(self, positions: Iterable[int]) -> None:
        self.checked.update(positions)

    @cached_property
    def _view_table(self) -> pa.Table:
        """The columns a claim's view is built from, as Arrow arrays: rows are taken from them in
        bulk, and only cited claims ever become Python objects."""
        table = pa.Table.from_pandas(self.columns.frame[_VIEW_COLUMNS], preserve_index=False)
        doc = table["doc"].cast(pa.large_string())  # plain, dictionary-encoded or large strings alike
        known = pc.index_in(doc, value_set=pa.array(list(self.paths), type=pa.large_string()))
        path = pc.if_else(pc.is_null(known), doc, pc.take(pa.array(list(self.paths.values()), type=pa.large_string()), known))
        return table.add_column(2, "path", path)

    def prepare_views(self, positions: Iterable[int]) -> None:
        """Build the views of many claims at once: one Arrow ``take`` for the lot, in table order,
        where building them one by one costs a lookup per column per claim. Rules that cite many
        claims call this before their findings."""
        wanted = np.fromiter(set(positions).difference(self.claim_views), dtype=np.int64)
        if not len(wanted):
            return
        wanted.sort()
        taken = self._view_table.take(pa.array(wanted))
        columns = [column.to_pylist() for column in taken.columns]
        for position, values in zip(wanted.tolist(), zip(*columns, strict=True), strict=True):
            id_, doc, path, line, column, start, end, text, sentence, lower, upper, lower_inclusive, upper_inclusive, unit = values[:14]
            # Positional: this runs once per cited claim, hundreds of thousands of times in a large run.
            reference = ClaimRef(
                id_, doc, path, line, column, start, end, text, sentence,
                Interval(lower, upper, lower_inclusive, upper_inclusive), unit,
            )  # fmt: skip
            self.claim_views[position] = (reference, fingerprint_part(doc, text, *values[14:]))

    def prepare_rows(self, rows: pd.DataFrame, *columns: str) -> None:
        """``prepare_views`` for the claims in these columns of a table (tuples of positions; a
        missing cell, where a join found nothing, is skipped; so is an empty table's)."""
        cells = chain.from_iterable(rows[column].tolist() for column in columns if column in rows)
        self.prepare_views(chain.from_iterable(cell for cell in cells if isinstance(cell, tuple)))

    def _claim_view(self, position: int) -> tuple[ClaimRef, str]:
        """(reference, fingerprint part) of a claim, built once: a claim is cited by several
        findings, and a large run has hundreds of thousands."""
        view = self.claim_views.get(position)
        if view is None:
            self.prepare_views((position,))
            view = self.claim_views[position]
        return view

    def positions_of(self, ids: Iterable[str]) -> list[int]:
        """The positions of claims by id (−1 for an id not in the run), through one hashed index."""
        lookup = self.cache.get("positions by id")
        if lookup is None:
            column = self.columns.frame["id"]
            last = ~column.duplicated(keep="last").to_numpy()  # as in a dict, the last claim with an id wins
            lookup = self.cache["positions by id"] = (pd.Index(column[last].to_numpy()), np.flatnonzero(last))
        index, positions = lookup
        found = index.get_indexer(list(ids))
        return np.append(positions, -1)[found].tolist()  # −1 in found picks the appended −1

    def ref(self, position: int) -> ClaimRef:
        return self._claim_view(position)[0]

    def finding(
        self,
        rule: str,
        name: str,
        message: str,
        positions: Sequence[int],
        *,
        expected: Interval | None = None,
        expected_unit: str | None = None,
        relative_gap: float | None = None,
        assumptions: Sequence[str] = (),
        readings: Sequence[Reading] = (),
        derived: Sequence[Quantity] = (),
        blocked: Sequence[str] = (),
        source: str | None = None,
    ) -> Finding:
        views = sorted((self._claim_view(p) for p in set(positions)), key=lambda view: (view[0].doc, view[0].start))
        return Finding(
            rule=rule,
            name=name,
            severity=self.severities[rule],
            message=message,
            claims=tuple(view[0] for view in views),
            fingerprint=fingerprint(rule, (view[1] for view in views)),
            expected=expected,
            expected_unit=expected_unit,
            relative_gap=relative_gap,
            assumptions=tuple(assumptions),
            readings=tuple(readings),
            derived=tuple(derived),
            blocked=tuple(sorted(blocked)),
            source=source,
        )

    def stated(self, positions: Sequence[int]) -> str:
        """The claims as quoted evidence: '"almost $1.3 billion" (002:15) [1.25 bn, 1.3 bn) USD'."""
        return "; ".join(self._evidence(p) for p in positions)

    def _evidence(self, position: int) -> str:
        text = self.evidence.get(position)
        if text is None:
            claim = self.ref(position)
            text = f'"{claim.text}" ({claim.doc}:{claim.line}) {format_interval(claim.interval, claim.unit)}'
            self.evidence[position] = text
        return text
