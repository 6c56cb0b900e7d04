"""What each claim's status is in a run, for the views that show every number."""

from __future__ import annotations

from collections import defaultdict

from figures.records import Finding
from figures.report import Report

STATUSES = ("flagged", "reviewed", "consistent", "unverified")


def findings_by_claim(report: Report) -> dict[str, list[Finding]]:
    by_claim: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.result.findings:
        for claim in finding.claims:
            by_claim[claim].append(finding)
    return by_claim


def claim_status(claim_id: str, findings: list[Finding], checked: set[str]) -> str:
    """flagged (an open or confirmed finding), reviewed (every finding decided or suppressed),
    consistent (checked, nothing found), unverified (nothing could check it)."""
    serious = [f for f in findings if f.severity != "info"]
    if any(not (f.review and f.review.silences) for f in serious):
        return "flagged"
    if serious:
        return "reviewed"
    return "consistent" if claim_id in checked else "unverified"


def review_label(finding: Finding) -> str:
    return finding.review.status if finding.review else "open"
