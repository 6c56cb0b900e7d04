"""GitHub Actions workflow commands: annotations on the changed lines. GitHub shows ten per step,
so the rest are summarised in one line; reviewed findings are not annotated."""

from __future__ import annotations

from figures.check.engine import SEVERITY_RANK
from figures.report import Report, writer

SHOWN = 10
_LEVELS = {"decision-error": "error", "error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


@writer("github", "github-annotations.txt")
def render_github(report: Report) -> str:
    pending = [
        f for f in report.result.findings
        if f.severity != "info" and not (f.review and f.review.silences)
    ]  # fmt: skip
    pending.sort(key=lambda f: -SEVERITY_RANK[f.severity])  # the most serious are the ten shown
    lines = []
    for finding in pending[:SHOWN]:
        place = report.place(finding)
        location = f"file={_property(place.path)},line={place.line},col={place.column}," if place else ""
        title = _property(f"{finding.rule} {finding.name}")
        lines.append(f"::{_LEVELS[finding.severity]} {location}title={title}::{_data(finding.message)}")
    if len(pending) > SHOWN:
        lines.append(f"::notice title=figures::{len(pending) - SHOWN} more findings not shown here (GitHub shows {SHOWN} per step); see the report artifact")
    return "\n".join(lines) + ("\n" if lines else "")
