"""The JSON findings document; its schema ships as ``figures/data/schema/check.schema.json``."""

from __future__ import annotations

import json

from figures import __version__
from figures.check.engine import fails, total_coverage
from figures.check.rules import all_rules
from figures.records import Finding
from figures.report import Report, writer

SCHEMA_ID = "https://figures.example/schema/check-1.json"


def report_document(report: Report) -> dict:
    findings = report.result.findings
    return {
        "$schema": SCHEMA_ID,
        "tool": {"name": "figures", "version": __version__},
        "summary": {
            "findings": len(findings),
            "by_severity": {s: sum(f.severity == s for f in findings) for s in ("decision-error", "error", "warning", "info")},
            "fail_on": report.fail_on,
            "failed": fails(findings, report.fail_on),
            "suppressed": report.suppressed,
            "stale_decisions": len(report.stale),
        },
        "documents": [
            {"id": d.id, "path": d.path, "title": d.title, "published": d.published.isoformat() if d.published else None}
            for d in report.documents
        ],
        "coverage": {
            "documents": [c.to_dict() for c in report.result.coverage],
            "total": total_coverage(report.result.coverage).to_dict(),
        },
        "findings": [_finding(f, report) for f in findings],
        "verifications": [v.to_dict() for v in report.result.verifications],
        "derived": [q.to_dict() for q in report.result.derived],
        "rules": [
            {"code": r.code, "name": r.name, "severity": r.severity, "summary": r.summary, "selected": r.code in report.result.rules}
            for r in all_rules()
        ],
    }


def _finding(finding: Finding, report: Report) -> dict:
    """A finding with the claims it cites written out (a finding holds their ids), so that each
    finding of the document stands on its own."""
    return {**finding.to_dict(), "claims": [claim.to_dict() for claim in report.cited(finding)]}


@writer("json", "figures.json")
def render_json(report: Report) -> str:
    return json.dumps(report_document(report), ensure_ascii=False, indent=2) + "\n"
