"""Joining reviews to findings: inline suppressions at check time, ledger decisions at report time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from figures.records import Document, Finding, Review, Suppression
from figures.review.ledger import Decision

Place = tuple[str, int, int]  # a claim's document, line and offset


def _covers(suppression: Suppression, finding: Finding, places: list[Place]) -> bool:
    if suppression.codes and not any(finding.rule.startswith(code) for code in suppression.codes):
        return False
    return any(suppression.start <= start < suppression.end for _, _, start in places)


def apply_suppressions(
    findings: Sequence[Finding],
    documents: Sequence[Document],
    cited_places: Callable[[Sequence[Finding]], list[list[Place]]],
) -> tuple[list[Finding], list[tuple[Document, Suppression]]]:
    """Mark findings inside an ``ignore`` comment's span as suppressed; return them with the
    suppressions that matched no finding (reported by FIG901, like ruff's RUF100).
    ``cited_places`` tells where the claims of each finding are."""
    by_doc = {d.id: d for d in documents if d.suppressions}
    if not by_doc:
        return list(findings), []
    used: set[tuple[str, int]] = set()
    result = []
    for finding, places in zip(findings, cited_places(findings), strict=True):
        doc = places[0][0] if places else None
        document = by_doc.get(doc)
        match = next(
            (
                (index, s) for index, s in enumerate(document.suppressions if document else ())
                if all(place[0] == doc for place in places) and _covers(s, finding, places)
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
