"""Markdown: summary, coverage and findings tables, for a CI job summary or a pull request."""

from __future__ import annotations

from tabulate import tabulate

from figures.check.engine import fails, total_coverage
from figures.report import Report, writer
from figures.report.status import review_label


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@writer("markdown", "figures.md")
def render_markdown(report: Report) -> str:
    findings = report.result.findings
    verdict = "❌ failed" if fails(findings, report.fail_on) else "✅ passed"
    severities = [(s, sum(f.severity == s for f in findings)) for s in ("decision-error", "error", "warning", "info")]
    coverage = [*report.result.coverage, total_coverage(report.result.coverage)]
    rows = [
        (
            _cell(place.path) if place else "",
            f"{place.line}:{place.column}" if place else "",
            f.rule,
            f.severity,
            review_label(f),
            _cell(f.message),
            f"`{f.fingerprint}`",
        )
        for f, place in zip(findings, map(report.place, findings), strict=True)
    ]
    parts = [
        "# figures check",
        "",
        f"**{verdict}** at `--fail-on {report.fail_on}` — {len(findings)} findings, "
        f"{report.suppressed} reviewed or suppressed, {len(report.stale)} stale decisions"
        + (f" — {report.timestamp}" if report.timestamp else ""),
        "",
        tabulate(severities, headers=("severity", "findings"), tablefmt="github"),
        "",
        "## Coverage",
        "",
        tabulate([(c.doc, c.numbers, c.typed, c.checked, c.verified) for c in coverage], headers=("document", "numbers", "typed", "checked", "verified"), tablefmt="github"),
        "",
        "## Findings",
        "",
        tabulate(rows, headers=("file", "line:col", "code", "severity", "review", "finding", "fingerprint"), tablefmt="github") if rows else "No findings.",
    ]
    return "\n".join(parts) + "\n"
