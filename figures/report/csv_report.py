"""CSV: the claims table and the findings table. Cells holding article text that a spreadsheet
would run as a formula (=, +, -, @, tab, carriage return) are neutralised with a leading quote."""

from __future__ import annotations

import io

import pandas as pd

from figures.report import Format, Report, register_format
from figures.report.status import review_label
from figures.tables import claims_frame, write_csv

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FINDING_COLUMNS = [
    "fingerprint", "rule", "name", "severity", "review", "doc", "path", "line", "column", "text",
    "message", "expected_lower", "expected_upper", "expected_unit", "relative_gap", "source", "note",
]  # fmt: skip


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that start like a formula with ' (OWASP's advice for CSV injection)."""
    def safe(value):
        return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value

    return frame.map(safe)


def findings_frame(report: Report) -> pd.DataFrame:
    rows = []
    for f in report.result.findings:
        place = report.place(f)
        rows.append(
            {
                "fingerprint": f.fingerprint, "rule": f.rule, "name": f.name, "severity": f.severity,
                "review": review_label(f), "doc": place.doc if place else "", "path": place.path if place else "",
                "line": place.line if place else None, "column": place.column if place else None,
                "text": " | ".join(c.text for c in report.cited(f)), "message": f.message,
                "expected_lower": f.expected.lower if f.expected else None,
                "expected_upper": f.expected.upper if f.expected else None,
                "expected_unit": f.expected_unit, "relative_gap": f.relative_gap, "source": f.source,
                "note": f.review.note if f.review else None,
            }
        )  # fmt: skip
    return pd.DataFrame(rows, columns=FINDING_COLUMNS)


def _csv(frame: pd.DataFrame) -> str:
    buffer = io.StringIO()
    write_csv(neutralise(frame), buffer)
    return buffer.getvalue()


def render_findings(report: Report) -> str:
    return _csv(findings_frame(report))


register_format(
    Format(
        "csv",
        render_findings,
        lambda report: {"findings.csv": render_findings(report), "claims.csv": _csv(claims_frame(report.claims))},
    )
)
