"""The check engine: link the claims of a run, run the selected rules, measure coverage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from figures.check.context import CheckContext
from figures.check.rules import Rule, all_rules, get_rule
from figures.check.rules.reference import comparisons
from figures.collector import collector_paused
from figures.link.quantities import claims_table, quantities_table
from figures.records import Claim, Document, Finding, Quantity, Record, Verification
from figures.reference.match import ReferenceIndex
from figures.review.apply import apply_suppressions
from figures.tables import ClaimColumns, FrameClaims, claims_frame

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2, "decision-error": 3}
_DERIVATION = "FIG202"  # derived levels feed later rules, so it runs even when not selected
_LAST = ("FIG101", "FIG103")  # run last: they report which dependent checks their conflicts blocked
_UNUSED_SUPPRESSION = "FIG901"  # runs after inline suppressions are applied to every other finding


@dataclass(frozen=True)
class Coverage(Record):
    """How much of a document figures could read and check."""

    doc: str
    numbers: int  # claims found
    typed: int  # with a metric and a period (or a comparison base)
    checked: int  # taking part in at least one rule's evaluation
    verified: int  # compared with reference data


@dataclass(frozen=True)
class CheckResult(Record):
    findings: tuple[Finding, ...]
    coverage: tuple[Coverage, ...]
    verifications: tuple[Verification, ...] = ()
    derived: tuple[Quantity, ...] = ()
    checked: tuple[str, ...] = ()  # ids of the claims some rule or reference comparison looked at, in table order
    rules: tuple[str, ...] = field(default=())


def select_rules(select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    """Rules chosen ruff-style: a code or a prefix ("FIG2", "FIG201", "ALL"); ignore wins."""

    def matches(code: str, patterns: Sequence[str]) -> bool:
        return any(p.upper() == "ALL" or code.startswith(p.upper()) for p in patterns)

    chosen = [r for r in all_rules() if (matches(r.code, select) if select else r.default)]
    return [r for r in chosen if not matches(r.code, ignore)]


def check_claims(
    claims: Sequence[Claim] | pd.DataFrame,
    documents: Sequence[Document],
    rules: Sequence[Rule] | None = None,
    severities: dict[str, str] | None = None,
    reference: ReferenceIndex | None = None,
) -> CheckResult:
    """Link the claims, run the rules, and report findings and coverage, in a stable order.
    ``claims`` are records or a claims table (``figures.tables.CLAIM_COLUMNS``, as ``figures
    extract`` writes it); a table is read column-wise and its rows become records only where a
    rule needs one. ``reference`` (the bundled and user reference tables) enables the FIG3xx rules."""
    with collector_paused():
        return _check(claims, documents, rules, severities, reference)


def _check(
    claims: Sequence[Claim] | pd.DataFrame,
    documents: Sequence[Document],
    rules: Sequence[Rule] | None,
    severities: dict[str, str] | None,
    reference: ReferenceIndex | None,
) -> CheckResult:
    rules = list(rules) if rules is not None else select_rules()
    selected = {r.code for r in rules}
    registry = all_rules()
    if isinstance(claims, pd.DataFrame):
        columns = ClaimColumns(claims)
        records: Sequence[Claim] = FrameClaims(columns)
    else:
        records = list(claims)
        columns = ClaimColumns(claims_frame(records))
    table = claims_table(columns.frame)
    context = CheckContext(
        claims=records,
        columns=columns,
        table=table,
        quantities=quantities_table(table),
        severities={r.code: (severities or {}).get(r.code, r.severity) for r in registry},
        published={d.id: d.published for d in documents},
        reference=reference,
    )
    order = [
        r
        for r in registry
        if r.code not in (*_LAST, _UNUSED_SUPPRESSION) and (r.code in selected or r.code == _DERIVATION)
    ]
    order += [r for r in registry if r.code in _LAST and r.code in selected]
    findings: list[Finding] = []
    for current in order:
        produced = list(current.function(context))
        if current.code in selected:
            findings.extend(produced)
    findings, context.unused_suppressions = apply_suppressions(findings, documents, context.cited_places)
    if _UNUSED_SUPPRESSION in selected:
        findings.extend(get_rule(_UNUSED_SUPPRESSION).function(context))
    findings = context.in_reading_order(findings)
    looked_at = context.checked.copy()
    looked_at[list(context.verified)] = True
    return CheckResult(
        findings=tuple(findings),
        coverage=_coverage(columns.frame, documents, looked_at, context.verified),
        verifications=_verifications(context),
        checked=tuple(columns.frame["id"].astype("str")[looked_at].tolist()),
        derived=tuple(sorted(context.derived, key=lambda q: (q.derived_by or "", q.key, q.claims))),
        rules=tuple(sorted(selected)),
    )


def _coverage(
    claims: pd.DataFrame, documents: Sequence[Document], checked: np.ndarray, verified: set[int]
) -> tuple[Coverage, ...]:
    """Counts per document, column-wise over the claims table: one factorisation of the document
    column, then a bincount per measure."""
    codes, names = pd.factorize(claims["doc"].astype("str"), use_na_sentinel=False)
    typed = (claims["metric"].fillna("") != "") & (claims["period"].notna() | claims["base_period"].notna())
    verified_mask = np.zeros(len(claims), dtype=bool)
    verified_mask[list(verified)] = True

    def per_document(mask: np.ndarray | None = None) -> dict[str, int]:
        counts = np.bincount(codes if mask is None else codes[mask], minlength=len(names))
        return dict(zip(names.tolist(), counts.tolist(), strict=True))

    numbers, typed_counts = per_document(), per_document(typed.to_numpy(bool))
    checked_counts, verified_counts = per_document(checked), per_document(verified_mask)
    return tuple(
        Coverage(
            doc=d.id,
            numbers=numbers.get(d.id, 0),
            typed=typed_counts.get(d.id, 0),
            checked=checked_counts.get(d.id, 0),
            verified=verified_counts.get(d.id, 0),
        )
        for d in sorted(documents, key=lambda d: d.id)
    )


def _verifications(context: CheckContext) -> tuple[Verification, ...]:
    """Every reference comparison of the run, consistent or not, for the reports."""
    if context.reference is None:
        return ()
    return tuple(
        Verification(
            claims=tuple(map(context.claim_id, c.positions)),
            subject=c.subject,
            interval=c.interval,
            unit=c.query.unit,
            readings=c.readings,
            consistent=c.verdicts,
        )
        for c in comparisons(context)
        if c.readings
    )


def total_coverage(coverage: Sequence[Coverage]) -> Coverage:
    """The coverage of a whole run."""
    return Coverage(
        doc="(total)",
        numbers=sum(c.numbers for c in coverage),
        typed=sum(c.typed for c in coverage),
        checked=sum(c.checked for c in coverage),
        verified=sum(c.verified for c in coverage),
    )


def fails(findings: Sequence[Finding], fail_on: str) -> bool:
    """Whether any finding is at or above the ``--fail-on`` severity (``never`` never fails)."""
    if fail_on == "never":
        return False
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] >= threshold and not (f.review and f.review.silences) for f in findings)
