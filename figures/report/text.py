"""The terminal view: findings grouped by document, then coverage."""

from __future__ import annotations

from itertools import groupby

from tabulate import tabulate

from figures.check.engine import fails, total_coverage
from figures.report import Report, writer


@writer("text", "txt")
def render_text(report: Report) -> str:
    findings = report.result.findings
    lines: list[str] = []
    for doc, in_doc in groupby(findings, key=lambda f: f.claims[0].path if f.claims else ""):
        rows = [
            (f"{f.claims[0].line}:{f.claims[0].column}", f.rule, f.severity, f.message)
            for f in in_doc
        ]
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
    return "\n".join(lines) + "\n"
