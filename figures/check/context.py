"""What every rule sees: the claims, their linked quantities, and the bookkeeping of a run."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd

from figures.formatting import format_interval
from figures.records import Claim, ClaimRef, Finding, Interval, Quantity, Reading


def _end(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isinf(value)) else float(value)


def interval_of(lower: float, upper: float, lower_inclusive: bool, upper_inclusive: bool) -> Interval:
    """An Interval from table columns, where infinite ends are stored as ±inf."""
    return Interval(_end(lower), _end(upper), bool(lower_inclusive), bool(upper_inclusive))


def row_interval(row, suffix: str = "") -> Interval:
    """The interval of a table row (lower, upper and inclusivity columns, with a name suffix)."""
    return interval_of(*(getattr(row, f"{name}{suffix}") for name in ("lower", "upper", "lower_inclusive", "upper_inclusive")))


def fingerprint_part(claim: Claim) -> str:
    """What of a claim goes into a finding's fingerprint: its document, normalised text, metric,
    entities and periods — never its offsets or line."""
    return "\x1e".join(
        (
            claim.doc,
            " ".join(claim.text.split()).lower(),
            claim.metric or "",
            ",".join(f"{e.code}:{e.role}" for e in claim.entities),
            claim.period.label if claim.period else "",
            claim.base_period.label if claim.base_period else "",
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


@dataclass
class CheckContext:
    """The claims of a run, their linked quantities, and what the rules record as they run."""

    claims: list[Claim]
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
        self.checked.update(int(p) for p in positions)

    def _claim_view(self, position: int) -> tuple[ClaimRef, str]:
        """(reference, fingerprint part) of a claim, built once: a claim is cited by several
        findings, and a large run has hundreds of thousands."""
        view = self.claim_views.get(position)
        if view is None:
            claim = self.claims[position]
            view = (self._ref(claim), fingerprint_part(claim))
            self.claim_views[position] = view
        return view

    def ref(self, position: int) -> ClaimRef:
        return self._claim_view(position)[0]

    def _ref(self, claim: Claim) -> ClaimRef:
        return ClaimRef(
            id=claim.id,
            doc=claim.doc,
            path=self.paths.get(claim.doc, claim.doc),
            line=claim.line,
            column=claim.column,
            start=claim.start,
            end=claim.end,
            text=claim.text,
            sentence=claim.sentence,
            interval=claim.interval,
            unit=claim.unit,
        )

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
        ordered = sorted({int(p) for p in positions}, key=lambda p: (self.claims[p].doc, self.claims[p].start))
        views = [self._claim_view(p) for p in ordered]
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
            claim = self.claims[position]
            text = f'"{claim.text}" ({claim.doc}:{claim.line}) {format_interval(claim.interval, claim.unit)}'
            self.evidence[position] = text
        return text
