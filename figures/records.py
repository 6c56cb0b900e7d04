"""The pipeline's records, defined once: frozen dataclasses with ``to_dict()`` for JSON.

read → Document; extract → Claim (with Interval and Period); link and check build on these.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

Kind = Literal["money", "count", "percent", "percentage_points", "multiple", "measure", "number"]
Qualifier = Literal["eq", "approx", "gt", "ge", "lt", "le"]
Change = Literal["up", "down"]


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return value.as_posix()
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    return value


class Record:
    """Mixin giving every record the same JSON form, and a cheap pickled form."""

    __slots__ = ()  # records carry no instance dict: a large run holds millions of them

    def to_dict(self) -> dict[str, Any]:
        """Return the record as JSON-ready built-in types (dates as ISO strings)."""
        return _jsonable(self)

    def __reduce__(self) -> tuple[type, tuple]:
        # Rebuilt by its constructor from its fields, in order. A dataclass with slots pickles its
        # state by looking its fields up on every record and unpickles it by setting each one,
        # at twice the cost; with worker processes, the main process unpickles every claim.
        return type(self), tuple(map(self.__getattribute__, _field_names(type(self))))


@cache
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(field_.name for field_ in dataclasses.fields(record_type))


@dataclass(frozen=True, slots=True)
class Interval(Record):
    """The values a figure allows; ``None`` on a side means the interval is open there."""

    lower: float | None
    upper: float | None
    lower_inclusive: bool = True
    upper_inclusive: bool = True

    def contains(self, value: float) -> bool:
        """Tell whether ``value`` lies inside the interval."""
        below = self.lower is not None and (value < self.lower or (value == self.lower and not self.lower_inclusive))
        above = self.upper is not None and (value > self.upper or (value == self.upper and not self.upper_inclusive))
        return not (below or above)


@dataclass(frozen=True, slots=True)
class Period(Record):
    """A span of time a figure refers to: "2024", "2025-H1", "2025-01..2025-06"."""

    label: str
    start: dt.date
    end: dt.date
    granularity: str  # year | half | quarter | month | months | fiscal_year | day


@dataclass(frozen=True, slots=True)
class Suppression(Record):
    """An inline ``<!-- figures: ignore CODES -->`` comment and the span of text it covers."""

    start: int
    end: int
    line: int  # the comment's line
    codes: tuple[str, ...]  # empty: every rule


@dataclass(frozen=True, slots=True)
class Document(Record):
    """One article as read: its text is what every claim span refers to."""

    id: str
    path: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    suppressions: tuple[Suppression, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity(Record):
    """A country or group a claim is about, with its role in the claim."""

    code: str  # ISO 3166 alpha-3 or a group id (CIS, EU …)
    role: str  # reporter | partner | subject


@dataclass(frozen=True, slots=True)
class Claim(Record):
    """One numeric claim: the figure as written, its unit, and the interval it allows."""

    id: str
    doc: str
    start: int
    end: int
    line: int
    column: int
    text: str
    sentence: str
    kind: Kind
    value: float
    unit: str
    lower: float | None
    upper: float | None
    lower_inclusive: bool
    upper_inclusive: bool
    qualifier: Qualifier
    hedge: str | None = None
    change: Change | None = None
    noun: str | None = None
    range: bool = False
    # Context fields, filled by the claim-context stage.
    period: Period | None = None
    base_period: Period | None = None
    metric: str | None = None
    metric_phrase: str | None = None
    product: str | None = None
    entities: tuple[Entity, ...] = ()
    share_of: str | None = None
    speaker: str | None = None
    source: str | None = None
    quoted: bool = False
    from_claim: str | None = None  # the id of the level a from–to change starts from
    flags: tuple[str, ...] = field(default=())

    @property
    def interval(self) -> Interval:
        """The claim's interval as a record of its own."""
        return Interval(self.lower, self.upper, self.lower_inclusive, self.upper_inclusive)


# A claim's figure before its context: Claim's fields up to the first context field, in order, as
# a named tuple, so that the context stage builds each Claim once, as Claim(*bare, …context),
# where building one and then ``dataclasses.replace``-ing it cost three times as much. Derived
# from Claim, so that the two cannot drift apart.
BareClaim = NamedTuple(
    "BareClaim",
    [(f.name, f.type) for f in itertools.takewhile(lambda f: f.name != "period", dataclasses.fields(Claim))],
)


Severity = Literal["error", "decision-error", "warning", "info"]


@dataclass(frozen=True, slots=True)
class ClaimRef(Record):
    """A claim as a report shows a finding's evidence: where it is, what it says, the interval it
    allows. Findings hold claim ids; reports resolve them (``figures.report.Report.cited``)."""

    id: str
    doc: str
    path: str
    line: int
    column: int
    start: int
    end: int
    text: str
    sentence: str
    interval: Interval
    unit: str


@dataclass(frozen=True, slots=True)
class Quantity(Record):
    """One quantity as the run knows it: the claims that state it, or the rule that derived it."""

    key: str  # "trade_turnover | GEO+RUS | 2025-H1 | USD | level"
    metric: str
    entities: str
    period: str
    base_period: str
    unit: str
    measure: str  # level | change | share | multiple | rate
    interval: Interval
    claims: tuple[str, ...] = ()  # ids of the claims that state it
    derived_by: str | None = None  # the rule code, for a derived quantity
    assumptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reading(Record):
    """One reading of an ambiguous claim and the verdict it leads to."""

    assumption: str
    expected: Interval
    consistent: bool


@dataclass(frozen=True, slots=True)
class Finding(Record):
    """A rule's verdict on one or more claims, with all its evidence."""

    rule: str
    name: str
    severity: Severity
    message: str
    claims: tuple[str, ...]  # ids of the claims it cites, in reading order (a report resolves them)
    fingerprint: str
    expected: Interval | None = None
    expected_unit: str | None = None
    relative_gap: float | None = None
    assumptions: tuple[str, ...] = ()
    readings: tuple[Reading, ...] = ()
    derived: tuple[Quantity, ...] = ()
    blocked: tuple[str, ...] = ()  # checks not run because this finding's quantity is in conflict
    source: str | None = None  # the reference a claim was compared with, when there is one
    location: Location | None = None  # for a finding about no claim (an unused suppression)
    review: Review | None = None  # joined at report time from the decisions ledger or the article


@dataclass(frozen=True, slots=True)
class Location(Record):
    """A place in a document that is not a claim."""

    doc: str
    path: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Review(Record):
    """An editor's decision on a finding, or an inline suppression in the article."""

    status: str  # accepted | confirmed | deferred | suppressed
    note: str = ""
    reviewer: str = ""
    date: dt.date | None = None
    origin: str = "ledger"  # ledger | inline

    @property
    def silences(self) -> bool:
        """Whether the finding no longer fails a run: accepted, deferred or suppressed."""
        return self.status in ("accepted", "deferred", "suppressed")


@dataclass(frozen=True, slots=True)
class ReferenceMatch(Record):
    """One reference value a claim is compared with, and where it comes from."""

    kind: str  # exact | aggregate | derived | bound
    series: str
    concept: str
    period: str
    interval: Interval  # in the claim's unit
    unit: str
    sources: tuple[str, ...]
    notes: tuple[str, ...] = ()
    reading: str | None = None  # the assumption this match rests on, for an ambiguous claim
    revised: str | None = None  # "since revised to 2,688 (published 2026-02-06)"
    history: tuple[tuple[str, float], ...] = field(default=())  # (period, value) of the series, for charts
    claim_concept: str | None = None  # what the claim's wording counts, when the series counts another thing
    reporters: tuple[str, ...] = ()  # the countries whose statistics the series are


@dataclass(frozen=True, slots=True)
class Verification(Record):
    """A claim (or a level derived from claims) compared with reference data."""

    claims: tuple[str, ...]  # claim ids
    subject: str
    interval: Interval
    unit: str
    readings: tuple[ReferenceMatch, ...]
    consistent: tuple[bool, ...]  # one verdict per reading
