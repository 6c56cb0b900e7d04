"""What every rule sees: the claims, their linked quantities, and the bookkeeping of a run."""

from __future__ import annotations

import hashlib
import itertools
import math
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from figures.formatting import format_interval
from figures.link.quantities import SCOPE
from figures.records import Claim, Finding, Interval, Quantity, Reading
from figures.tables import ClaimColumns

ENDS = ("lower", "upper", "lower_inclusive", "upper_inclusive")  # the columns of an interval in a table


def _end(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isinf(value)) else float(value)


@lru_cache(maxsize=1 << 16)  # rounded figures and their intersections repeat: one record per distinct interval
def interval_of(lower: float, upper: float, lower_inclusive: bool, upper_inclusive: bool) -> Interval:
    """An Interval from table columns, where infinite ends are stored as ±inf."""
    return Interval(_end(lower), _end(upper), bool(lower_inclusive), bool(upper_inclusive))


def records(frame: pd.DataFrame) -> Iterator[tuple]:
    """The rows of a table as named tuples of Python values: what ``itertuples(index=False)``
    gives, without its element-wise walk over Arrow-backed string columns."""
    row = namedtuple("Row", frame.columns, rename=True)
    return map(row._make, zip(*(frame[name].tolist() for name in frame.columns), strict=True))


def row_interval(row, suffix: str = "") -> Interval:
    """The interval of a table row (lower, upper and inclusivity columns, with a name suffix)."""
    return interval_of(*(getattr(row, f"{name}{suffix}") for name in ENDS))


def fingerprint_parts(claims: pa.Table) -> pa.Array:
    """What of each claim goes into a finding's fingerprint: its document, normalised text (runs of
    whitespace as one space, lower case), metric, entities ("GEO:reporter,RUS:partner") and period
    labels, joined — never its offsets or line. Computed column-wise; the text is normalised in
    Python, once per distinct text, so that it splits on exactly what ``str.split`` splits on."""
    text = claims["text"].cast(pa.large_string()).combine_chunks().dictionary_encode()
    normalised = pa.array([" ".join(t.split()).lower() for t in text.dictionary.to_pylist()], type=pa.large_string())
    entities = pc.replace_substring(claims["entities"].cast(pa.large_string()), ";", ",")
    parts = [claims["doc"], normalised.take(text.indices), claims["metric"], entities, claims["period"], claims["base_period"]]
    separator = pa.scalar("\x1e", type=pa.large_string())
    return pc.binary_join_element_wise(*(pc.fill_null(part.cast(pa.large_string()), "") for part in parts), separator)


def written_intervals(ends: Sequence[np.ndarray], unit_codes: np.ndarray, unit_names: Sequence[str | None]) -> list[str]:
    """Intervals given as table columns (``ENDS``, in order), each written with its unit (a code
    into ``unit_names``)."""
    return interval_records(ends, unit_codes, unit_names)[1]


def interval_records(
    ends: Sequence[np.ndarray], unit_codes: np.ndarray, unit_names: Sequence[str | None]
) -> tuple[list[Interval], list[str]]:
    """Intervals given as table columns (``ENDS``, in order, with a unit code into ``unit_names``
    per row) as records and written with their units. Rounded figures share their intervals: each
    distinct interval and unit is made and written once, found by factorising the ends (as
    complex numbers, lower + upper·i) and the rest (as one small integer)."""
    lower, upper, lower_inclusive, upper_inclusive = ends
    if not len(lower):
        return [], []
    unit_codes = np.asarray(unit_codes, dtype=np.int64)
    both_ends = lower.astype(np.complex128)
    both_ends.imag = upper  # not lower + 1j * upper: 1j * ∞ has a NaN real part
    ends_code, _ = pd.factorize(both_ends)
    rest = unit_codes * 4 + lower_inclusive.astype(np.int64) * 2 + upper_inclusive.astype(np.int64)
    codes, _ = pd.factorize(ends_code * (int(rest.max()) + 1) + rest)
    _, first = np.unique(codes, return_index=True)  # the first row with each, in code order
    firsts = (column[first].tolist() for column in (lower, upper, lower_inclusive, upper_inclusive))
    names = np.asarray(unit_names, dtype=object)[unit_codes[first]].tolist()
    intervals = np.empty(len(first), dtype=object)  # filled, not built from the list: no sequences to unpack
    intervals[:] = [interval_of(*interval) for interval in zip(*firsts, strict=True)]
    written = np.array([format_interval(interval, unit) for interval, unit in zip(intervals, names, strict=True)], dtype=object)
    return intervals[codes].tolist(), written[codes].tolist()


def fingerprint(rule: str, parts: Iterable[str]) -> str:
    """A finding's identity from its content: the rule and its claims' fingerprint parts. Editing
    other paragraphs keeps it; changing the flagged figure changes it."""
    digest = hashlib.sha256("\x1f".join([rule, *sorted(parts)]).encode()).hexdigest()
    return digest[:16]


def describe(metric: str, entities: str, period: str, base: str = "", measure: str = "") -> str:
    """A quantity in words for messages: "trade turnover GEO–RUS 2025-H1 vs 2024-H1",
    "imports of natural gas GEO (partner RUS) 2025-H1", "average gdp growth GEO 2021..2024"."""
    return _in_words(_over_time_words(measure) + _metric_words(metric), _who(entities), _period_words(period), base)


def describe_rows(quantities: pd.DataFrame) -> list[str]:
    """``describe`` for every row of a quantities table, with each part put in words once per
    distinct value: a large run describes a hundred thousand quantities with a few hundred names."""

    def words(column: str, in_words: Callable[[str], str]) -> list[str]:
        # Factorised, then taken by code: a Series.map over a dict was four times slower.
        codes, distinct = pd.factorize(quantities[column], use_na_sentinel=False)
        return np.array([in_words(value) for value in distinct.tolist()], dtype=object)[codes].tolist()

    return list(
        map(
            _in_words,
            map(str.__add__, words("measure", _over_time_words), words("metric_key", _metric_words)),
            words("entity_key", _who),
            words("period_key", _period_words),
            quantities["base_key"].tolist(),
        )
    )


# Measures of another quantity over the same period (``figures.link.quantities.measures``), said
# before the metric: "average gdp growth GEO 2021..2024".
_OVER_TIME_WORDS = {"average_": "average ", "month_on_month_": "month-on-month "}


def _over_time_words(measure: str) -> str:
    return next((words for prefix, words in _OVER_TIME_WORDS.items() if measure.startswith(prefix)), "")


def _in_words(metric: str, who: str, period: str, base: str) -> str:
    return " ".join(filter(None, (metric, who, period))) + (f" vs {base}" if base else "")


def _period_words(period: str) -> str:
    return period if period and not period.startswith("?") else "(period not stated)"


@lru_cache(maxsize=4096)  # a run names few metrics and entity sets, in many messages
def _metric_words(metric: str) -> str:
    name, _, product = metric.partition(":")
    return name.replace("_", " ") + (f" of {product.replace('_', ' ')}" if product else "")


@lru_cache(maxsize=4096)
def _who(entities: str) -> str:
    if entities.startswith("?"):
        # Scoped to its document: no country named, or a partner but no reporter ("?a/>EU").
        _, _, named = entities.partition(SCOPE)
        return _who(named) if named else ""
    reporter, directed, partner = entities.partition(">")
    if directed:
        return " ".join(filter(None, (reporter, f"(partner {partner})" if partner else "")))
    return reporter.replace("+", "–")


_SOURCE_COLUMNS = ["id", "doc", "line", "start", "text", "unit"]  # what findings cite and messages quote
_FINGERPRINT_COLUMNS = ["doc", "text", "metric", "entities", "period", "base_period"]
_REPEATED_COLUMNS = ("doc", "unit")
_TAKE_CHUNK = 65_536


@dataclass
class CheckContext:
    """The claims of a run, their linked quantities, and what the rules record as they run."""

    claims: Sequence[Claim]  # as records; built on demand when the run was given a claims table
    columns: ClaimColumns  # the claims table (figures.tables.CLAIM_COLUMNS), column by column
    table: pd.DataFrame  # one row per claim: keys, interval, group (figures.link.quantities)
    quantities: pd.DataFrame  # one row per linked quantity
    severities: dict[str, str]
    published: dict[str, object] = field(default_factory=dict)  # document id → publication date
    reference: object | None = None  # a figures.reference.match.ReferenceIndex
    verified: set[int] = field(default_factory=set)
    cache: dict[str, object] = field(default_factory=dict)
    unused_suppressions: list = field(default_factory=list)  # (Document, Suppression) matching no finding
    blocked: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    derived: list[Quantity] = field(default_factory=list)
    derived_positions: dict[Quantity, tuple[int, ...]] = field(default_factory=dict)  # the claims each derives from

    def __post_init__(self) -> None:
        # Per claim, by position: arrays rather than sets and dicts, which at a million claims
        # would cost an int object and a hash entry each.
        self.checked = np.zeros(len(self.table), dtype=bool)  # taken part in some rule's evaluation
        self.falling = self.table["falling"].to_numpy(bool)  # a stated fall, whose value is negative
        # What a finding needs of each claim it cites, built for cited claims only: its id and
        # its fingerprint part; and a quotation for the claims a message gives as evidence.
        self.claim_ids: list[str | None] = [None] * len(self.table)
        self.fingerprint_parts: list[str | None] = [None] * len(self.table)
        self.quotes: dict[int, str] = {}  # how messages quote a claim as evidence
        self.first_cited: dict[str, int] = {}  # claim id → position, for the claims findings cite first

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
        self.checked[np.fromiter(positions, dtype=np.int64)] = True

    def mark_quantities_checked(self, groups: pd.Series) -> None:
        """Mark every claim of these linked quantities (their group numbers) as checked, through
        the claims' group column: at a million claims, 2 ms where marking their positions took 40 ms."""
        chosen = np.zeros(len(self.quantities) + 1, dtype=bool)  # the last entry for unlinked claims (−1)
        chosen[groups.to_numpy(np.int64)] = True
        self.checked |= chosen[self._groups]

    @cached_property
    def _citation_source(self) -> tuple[pa.Table, dict[str, np.ndarray]]:
        """What findings cite of a claim (id, fingerprint part, place) and messages quote of it
        (text, document, line, unit), as Arrow arrays: rows are taken from them in bulk, and only
        cited claims ever become Python objects. Columns whose values repeat (documents, units)
        are held as codes into arrays of their distinct values, so that a run makes one Python
        string per distinct value."""
        frame = self.columns.frame
        table = pa.Table.from_pandas(frame[_SOURCE_COLUMNS], preserve_index=False)
        parts = fingerprint_parts(pa.Table.from_pandas(frame[_FINGERPRINT_COLUMNS], preserve_index=False))
        table = table.append_column("fingerprint_part", parts).combine_chunks()
        distinct = {}
        for name in _REPEATED_COLUMNS:
            encoded = table[name].cast(pa.large_string()).combine_chunks().dictionary_encode()
            # The last entry is None, so that a missing value's code can point at it.
            distinct[name] = np.array([*encoded.dictionary.to_pylist(), None], dtype=object)
            codes = encoded.indices.fill_null(len(distinct[name]) - 1)
            table = table.set_column(table.column_names.index(name), name, codes)
        return table, distinct

    def prepare_citations(self, positions: Iterable[int]) -> None:
        """Take the ids and fingerprint parts of many cited claims at once, in table order, from
        Arrow a chunk at a time: one by one would cost a lookup per claim, and all at once would
        hold every chunk's Python values together. Rules that cite many claims call this (or
        ``prepare_rows``) before their findings."""
        wanted = self._missing(positions, self.claim_ids)
        for chunk in np.array_split(wanted, max(1, len(wanted) // _TAKE_CHUNK)):
            if len(chunk):
                taken = self._take(chunk, ("id", "fingerprint_part"))
                for position, claim_id, part in zip(chunk.tolist(), taken["id"], taken["fingerprint_part"], strict=True):
                    self.claim_ids[position] = claim_id
                    self.fingerprint_parts[position] = part

    def prepare_quotes(self, positions: Iterable[int]) -> None:
        """Quote many claims at once for messages that give them as evidence, as
        ``prepare_citations`` takes ids: '"almost $1.3 billion" (002:15) [1.25 bn, 1.3 bn) USD'."""
        wanted = self._missing(positions, self.quotes)
        for chunk in np.array_split(wanted, max(1, len(wanted) // _TAKE_CHUNK)):
            if len(chunk):
                taken = self._take(chunk, ("text", "doc", "line", "unit"))
                quoted = map(_quote, taken["text"], taken["doc"], taken["line"], self._written_intervals(chunk))
                self.quotes.update(zip(chunk.tolist(), quoted, strict=True))

    def _written_intervals(self, positions: np.ndarray) -> list[str]:
        """The stated interval of each claim, written with its unit."""
        table, distinct = self._citation_source
        units = table["unit"].take(pa.array(positions)).to_numpy().astype(np.int64)
        return written_intervals([column[positions] for column in self._stated_ends], units, distinct["unit"])

    @staticmethod
    def _missing(positions: Iterable[int], built: Sequence | dict) -> np.ndarray:
        """The positions, sorted and each once, whose values are not built yet."""
        wanted = np.array(list(positions), dtype=np.int64)
        wanted.sort()
        wanted = wanted[np.diff(wanted, prepend=-1) != 0]
        if isinstance(built, dict):
            return wanted[[position not in built for position in wanted.tolist()]]
        return wanted[[built[position] is None for position in wanted.tolist()]]

    def _take(self, positions: np.ndarray, names: Sequence[str]) -> dict[str, list]:
        """The named columns of the claims at these positions, as Python lists."""
        table, distinct = self._citation_source
        taken = table.select(list(names)).take(pa.array(positions))
        return {
            name: distinct[name][column.to_numpy()].tolist() if name in distinct else column.to_pylist()
            for name, column in zip(taken.column_names, taken.columns, strict=True)
        }

    @cached_property
    def _citation_ranks(self) -> np.ndarray:
        """Each claim's place in citation order (document, then offset; then table position, so
        that a claim listed twice still has one place)."""
        documents, codes, _, starts = self._places
        doc_rank = np.argsort(np.argsort(documents[:-1].astype(str), kind="stable"))
        # One stable sort on one integer key (document rank, then offset) is ten times faster than
        # np.lexsort on the two; stability keeps table order among equals.
        order = np.argsort(doc_rank[codes].astype(np.int64) * (int(starts.max(initial=0)) + 1) + starts, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        return rank

    @cached_property
    def _citation_rank(self) -> list[int]:
        """``_citation_ranks`` as a list, for cheap lookups one claim at a time."""
        return self._citation_ranks.tolist()

    @cached_property
    def _places(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Each claim's document (a code into the distinct documents), line and offset."""
        table, distinct = self._citation_source
        return distinct["doc"], table["doc"].to_numpy(), table["line"].to_numpy(), table["start"].to_numpy()

    def place(self, position: int) -> tuple[str, int, int]:
        """Where a claim is: its document, line and offset."""
        documents, codes, lines, starts = self._places
        return documents[codes[position]], int(lines[position]), int(starts[position])

    def cited_places(self, findings: Sequence[Finding]) -> list[list[tuple[str, int, int]]]:
        """Where the claims each finding cites are (document, line, offset), in citation order."""
        positions = iter(self.positions_of(claim for finding in findings for claim in finding.claims))
        return [[self.place(next(positions)) for _ in finding.claims] for finding in findings]

    def in_reading_order(self, findings: Sequence[Finding]) -> list[Finding]:
        """The findings in reading order: by the place of the claim each cites first (a finding
        about no claim by its location, ahead of the claims of its line), then rule and
        fingerprint. Sorted on integer keys with NumPy: a run can have hundreds of thousands."""
        if not findings:
            return []
        documents, codes, lines, starts = self._places
        first = np.array([self.first_cited[f.claims[0]] if f.claims else -1 for f in findings], dtype=np.int64)
        about_claims = first >= 0
        located = {i: findings[i].location for i in np.flatnonzero(~about_claims).tolist()}
        # Documents ranked by id among those that findings name, claims' and locations' alike.
        names = sorted({*documents[:-1].tolist(), *(location.doc if location else "" for location in located.values())})
        rank_of = {name: rank for rank, name in enumerate(names)}
        doc, line, start = (np.zeros(len(findings), dtype=np.int64) for _ in range(3))
        cited = first[about_claims]
        doc[about_claims] = np.array([rank_of.get(name, -1) for name in documents.tolist()], dtype=np.int64)[codes[cited]]
        line[about_claims], start[about_claims] = lines[cited], starts[cited]
        for index, location in located.items():
            doc[index], line[index], start[index] = (rank_of[location.doc], location.line, -1) if location else (rank_of[""], 0, -1)
        rule_rank = {rule: rank for rank, rule in enumerate(sorted({f.rule for f in findings}))}
        rule = np.fromiter((rule_rank[f.rule] for f in findings), dtype=np.int64, count=len(findings))
        # A fingerprint is sixteen hex digits: as a number it sorts as its text does.
        fingerprint = np.fromiter((int(f.fingerprint, 16) for f in findings), dtype=np.uint64, count=len(findings))
        order = np.lexsort((fingerprint, rule, start, line, doc))
        return [findings[index] for index in order.tolist()]

    def prepare_rows(self, rows: pd.DataFrame, *columns: str, quoted: bool = True) -> None:
        """``prepare`` the claims in these columns of a table (tuples of positions; a missing
        cell, where a join found nothing, is skipped; so is an empty table's)."""
        present = [rows[column].tolist() for column in columns if column in rows]
        self.prepare((cell for cells in present for cell in cells if isinstance(cell, tuple)), quoted=quoted)

    def prepare(self, groups: Iterable[Sequence[int]], *, quoted: bool = True) -> None:
        """Take what findings will cite of these claims in bulk (``prepare_citations``), and
        their quotations too when the messages quote them; a group of positions per finding. A
        rule calls this with the claims of the findings it is about to make: only those, since
        quoting costs microseconds a claim."""
        positions = [position for group in groups for position in group]
        self.prepare_citations(positions)
        if quoted:
            self.prepare_quotes(positions)

    def claim_id(self, position: int) -> str:
        if self.claim_ids[position] is None:
            self.prepare_citations((position,))
        return self.claim_ids[position]

    def stated_interval(self, position: int) -> Interval:
        """The value a claim states: its interval, negated for a fall ("fell 7%" is −7%), as the
        linking table holds it (``figures.link.quantities.claims_table``)."""
        lower, upper, lower_inclusive, upper_inclusive = self._stated_ends
        return interval_of(lower[position], upper[position], lower_inclusive[position], upper_inclusive[position])

    @cached_property
    def _stated_ends(self) -> tuple[np.ndarray, ...]:
        return tuple(self.table[name].to_numpy() for name in ENDS)

    def quantity_interval(self, group: int) -> Interval:
        """What a linked quantity allows: the intersection of its claims' intervals."""
        lower, upper, lower_inclusive, upper_inclusive = self._quantity_ends
        return interval_of(lower[group], upper[group], lower_inclusive[group], upper_inclusive[group])

    @cached_property
    def _quantity_ends(self) -> tuple[np.ndarray, ...]:
        return tuple(self.quantities[name].to_numpy() for name in ENDS)

    def group_of(self, position: int) -> int | None:
        """The linked quantity a claim belongs to (None when it is linked to none)."""
        group = self._groups[position]
        return int(group) if group >= 0 else None

    @cached_property
    def _groups(self) -> np.ndarray:
        return self.table["group"].to_numpy()

    def derive(self, quantity: Quantity, positions: Iterable[int]) -> None:
        """Record a quantity a rule derived, and the positions of the claims it derives from."""
        self.derived.append(quantity)
        self.derived_positions[quantity] = tuple(positions)

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
        cited = sorted(set(positions), key=self._citation_rank.__getitem__)
        claims = tuple(map(self.claim_ids.__getitem__, cited))
        if None in claims:
            self.prepare_citations(cited)
            claims = tuple(map(self.claim_ids.__getitem__, cited))
        if claims:
            self.first_cited[claims[0]] = cited[0]
        # Positional, in the order of Finding's fields: a keyword call costs twice as much, and a
        # large run makes hundreds of thousands of findings (tests/check/test_context.py pins it).
        return Finding(
            rule,
            name,
            self.severities[rule],
            message,
            claims,
            fingerprint(rule, map(self.fingerprint_parts.__getitem__, cited)),
            expected,
            expected_unit,
            relative_gap,
            tuple(assumptions),
            tuple(readings),
            tuple(derived),
            tuple(sorted(blocked)) if blocked else (),
            source,
        )

    def findings(
        self,
        rule: str,
        name: str,
        messages: Sequence[str],
        groups: Sequence[Sequence[int]],
        *,
        expected: Sequence[Interval | None] | None = None,
        expected_unit: Sequence[str | None] | None = None,
        blocked: Sequence[Sequence[str]] | None = None,
    ) -> list[Finding]:
        """``finding`` for many findings at once — one per message, citing its group of claims,
        with its expected interval and unit and the checks it blocked, where given — and the same
        records, built column-wise: the cited claims are put in citation order and their ids and
        fingerprint parts taken from Arrow for all findings together, which halves the cost of a
        rule that makes a hundred thousand."""
        if not groups:
            return []
        nothing = [None] * len(groups)
        expected, expected_unit = expected or nothing, expected_unit or nothing
        blocked = blocked or [()] * len(groups)
        counts = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
        flat = np.fromiter(itertools.chain.from_iterable(groups), dtype=np.int64, count=int(counts.sum()))
        row = np.repeat(np.arange(len(groups)), counts)
        order = np.argsort(row * len(self._citation_ranks) + self._citation_ranks[flat], kind="stable")  # as in _citation_ranks
        flat, row = flat[order], row[order]
        once = np.ones(len(flat), dtype=bool)  # a claim cited twice by one finding counts once
        once[1:] = (row[1:] != row[:-1]) | (flat[1:] != flat[:-1])
        flat, row = flat[once], row[once]
        ends = np.cumsum(np.bincount(row, minlength=len(groups))).tolist()
        taken = self._take(flat, ("id", "fingerprint_part"))
        ids, parts, cited = taken["id"], taken["fingerprint_part"], flat.tolist()
        severity = self.severities[rule]
        built = []
        starts = [0, *ends[:-1]]
        for message, start, end, interval, unit, checks in zip(messages, starts, ends, expected, expected_unit, blocked, strict=True):
            claims = tuple(ids[start:end])
            if claims:
                self.first_cited[claims[0]] = cited[start]
            fingerprint_of = fingerprint(rule, parts[start:end])
            # Positional, as in ``finding``.
            built.append(
                Finding(
                    rule, name, severity, message, claims, fingerprint_of, interval, unit, None, (), (), (),
                    tuple(sorted(checks)), None,
                )
            )  # fmt: skip
        return built

    def stated(self, positions: Sequence[int]) -> str:
        """The claims as quoted evidence: '"almost $1.3 billion" (002:15) [1.25 bn, 1.3 bn) USD'."""
        try:
            return "; ".join(map(self.quotes.__getitem__, positions))
        except KeyError:  # not prepared by the rule: quoted now
            self.prepare_quotes(positions)
            return "; ".join(map(self.quotes.__getitem__, positions))


def _quote(text: str, doc: str, line: int, interval: str) -> str:
    return f'"{text}" ({doc}:{line}) {interval}'
