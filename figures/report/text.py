"""The terminal view: findings grouped by document, then coverage."""

from __future__ import annotations

from itertools import groupby

from tabulate import tabulate

from figures.check.engine import fails, total_coverage
from figures.report import Report, writer


@writer("text", "figures.txt")
def render_text(report: Report) -> str:
    findings = report.result.findings
    lines: list[str] = []
    for doc, in_doc in groupby(findings, key=lambda f: _path(report.place(f))):
        rows = [(_position(report.place(f)), f.rule, _severity(f), f.message) for f in in_doc]
        lines.append(doc)
        lines.append(tabulate(rows, headers=("line:col", "code", "severity", "message"), tablefmt="simple", maxcolwidths=[None, None, None, 100]))
        lines.append("")
    coverage = [*report.result.coverage, total_coverage(report.result.coverage)]
    lines.append(
        tabulate(
            [(c.doc, c.numbers, c.typed, c.checked, c.verified) for c in coverage],
            headers=("document", "numbers", "typed", "checked", "verified"),
            tablefmt="simple",
        )
    )
    counts = {severity: sum(f.severity == severity for f in findings) for severity in ("decision-error", "error", "warning", "info")}
    summary = ", ".join(f"{n} {severity}" for severity, n in counts.items() if n) or "no findings"
    verdict = "FAILED" if fails(findings, report.fail_on) else "passed"
    lines.append("")
    lines.append(f"{len(findings)} findings ({summary}); {verdict} at --fail-on {report.fail_on}")
    if report.suppressed or report.stale:
        lines.append(
            f"{report.suppressed} findings reviewed or suppressed; {len(report.stale)} stale decisions"
            + (" (see `figures review --stale`)" if report.stale else "")
        )
    return "\n".join(lines) + "\n"


def _path(place) -> str:
    return place.path if place else ""


def _position(place) -> str:
    return f"{place.line}:{place.column}" if place else ""


def _severity(finding) -> str:
    return f"{finding.severity} ({finding.review.status})" if finding.review else finding.severity
