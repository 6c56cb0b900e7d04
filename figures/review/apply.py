"""Joining reviews to findings: inline suppressions at check time, ledger decisions at report time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from figures.records import Document, Finding, Review, Suppression
from figures.review.ledger import Decision


def _covers(suppression: Suppression, finding: Finding) -> bool:
    if suppression.codes and not any(finding.rule.startswith(code) for code in suppression.codes):
        return False
    return any(suppression.start <= claim.start < suppression.end for claim in finding.claims)


def apply_suppressions(
    findings: Sequence[Finding], documents: Sequence[Document]
) -> tuple[list[Finding], list[tuple[Document, Suppression]]]:
    """Mark findings inside an ``ignore`` comment's span as suppressed; return them with the
    suppressions that matched no finding (reported by FIG901, like ruff's RUF100)."""
    by_doc = {d.id: d for d in documents}
    used: set[tuple[str, int]] = set()
    result = []
    for finding in findings:
        doc = finding.claims[0].doc if finding.claims else None
        document = by_doc.get(doc)
        match = next(
            (
                (index, s) for index, s in enumerate(document.suppressions if document else ())
                if all(c.doc == doc for c in finding.claims) and _covers(s, finding)
            ),
            None,
        )  # fmt: skip
        if match is None:
            result.append(finding)
            continue
        index, suppression = match
        used.add((doc, index))
        codes = " ".join(suppression.codes) or "all rules"
        review = Review("suppressed", note=f"<!-- figures: ignore {codes} --> at line {suppression.line}", origin="inline")
        result.append(replace(finding, review=review))
    unused = [
        (document, suppression)
        for document in sorted(documents, key=lambda d: d.id)
        for index, suppression in enumerate(document.suppressions)
        if (document.id, index) not in used
    ]
    return result, unused


def join_decisions(findings: Sequence[Finding], decisions: dict[str, Decision]) -> tuple[list[Finding], list[Decision]]:
    """Attach each finding's ledger decision; return the findings and the stale decisions (those
    whose fingerprint matches no finding of this run)."""
    joined = []
    seen: set[str] = set()
    for finding in findings:
        decision = decisions.get(finding.fingerprint)
        if decision is None:
            joined.append(finding)
            continue
        seen.add(finding.fingerprint)
        review = Review(decision.status, decision.note, decision.reviewer, decision.date, origin="ledger")
        joined.append(replace(finding, review=review))
    stale = sorted((d for f, d in decisions.items() if f not in seen), key=lambda d: d.fingerprint)
    return joined, stale


def open_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Findings that ask for an editor: above info, not yet decided or suppressed."""
    return [f for f in findings if f.severity != "info" and f.review is None]
