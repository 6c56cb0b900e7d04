"""The editors' report: one self-contained HTML page (CSS, script and charts inline; nothing is
fetched when it is viewed). Every number of every article is highlighted by its status; a click
or Enter on a number opens its panel: the findings, stated and expected intervals, the same
quantity in other articles, and the reference value with its source and a chart. Article text is
always escaped (jinja2 autoescape), and a Content-Security-Policy allows only the page's own
script, by hash, so text from an article can never run."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import jinja2
from markupsafe import Markup

from figures.check.engine import fails, total_coverage
from figures.formatting import format_interval, unit_label
from figures.records import Claim, Document, Finding, Verification
from figures.report import Report, writer
from figures.report.charts import reference_chart
from figures.report.status import claim_status, findings_by_claim, review_label

SCRIPT = """
document.addEventListener("click", function (event) {
  var button = event.target.closest("button.claim");
  if (!button) { return; }
  var panel = document.getElementById(button.getAttribute("aria-controls"));
  var opening = panel.hidden;
  document.querySelectorAll(".panel").forEach(function (other) { other.hidden = true; });
  document.querySelectorAll("button.claim").forEach(function (other) { other.setAttribute("aria-expanded", "false"); });
  panel.hidden = !opening;
  button.setAttribute("aria-expanded", String(opening));
  if (opening) { panel.focus(); }
});
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") { return; }
  var open = document.querySelector(".panel:not([hidden])");
  if (!open) { return; }
  open.hidden = true;
  var button = document.querySelector('button[aria-controls="' + open.id + '"]');
  if (button) { button.setAttribute("aria-expanded", "false"); button.focus(); }
});
""".strip()


@dataclass(frozen=True)
class Segment:
    text: str
    claim: Claim | None = None
    status: str = ""


@dataclass(frozen=True)
class Panel:
    claim: Claim
    status: str
    findings: tuple[Finding, ...]
    elsewhere: tuple[tuple[str, str, str], ...]  # (claim id, document, text) of linked claims in other articles
    verifications: tuple[tuple[Verification, tuple[Markup | None, ...]], ...]


@cache
def _environment() -> jinja2.Environment:
    templates = resources.files("figures") / "report" / "templates"
    environment = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: (templates / name).read_text(encoding="utf-8")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["interval"] = lambda interval, unit="": format_interval(interval, unit) if interval else ""
    environment.filters["unit"] = unit_label
    environment.filters["review"] = review_label
    return environment


def _segments(document: Document, claims: list[Claim], statuses: dict[str, str]) -> list[Segment]:
    segments, position = [], 0
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.start < position:
            continue
        segments.append(Segment(document.text[position : claim.start]))
        segments.append(Segment(claim.text, claim, statuses[claim.id]))
        position = claim.end
    segments.append(Segment(document.text[position:]))
    return segments


def _panels(report: Report, claims: list[Claim], statuses: dict[str, str]) -> list[Panel]:
    by_claim = findings_by_claim(report)
    documents = {d.id: d for d in report.documents}
    verifications: dict[str, list[Verification]] = {}
    for verification in report.result.verifications:
        if len(verification.claims) == 1:
            verifications.setdefault(verification.claims[0], []).append(verification)
    panels = []
    for claim in claims:
        findings = tuple(by_claim.get(claim.id, ()))
        elsewhere = tuple(
            dict.fromkeys(
                (other.id, documents[other.doc].title or other.doc, other.text)
                for finding in findings for other in report.cited(finding) if other.doc != claim.doc
            )
        )  # fmt: skip
        charted = tuple(
            (v, tuple(_chart(match, v) for match in v.readings)) for v in verifications.get(claim.id, ())
        )
        panels.append(Panel(claim, statuses[claim.id], findings, elsewhere, charted))
    return panels


def _chart(match, verification: Verification) -> Markup | None:
    svg = reference_chart(match, verification.interval, unit_label(verification.unit))
    return Markup(svg) if svg else None


@writer("html", "figures.html")
def render_html(report: Report) -> str:
    by_claim = findings_by_claim(report)
    checked = set(report.result.checked)
    statuses = {claim.id: claim_status(claim.id, by_claim.get(claim.id, []), checked) for claim in report.claims}
    articles = []
    for document in report.documents:
        claims = [c for c in report.claims if c.doc == document.id]
        articles.append(
            {
                "document": document,
                "segments": _segments(document, claims, statuses),
                "panels": _panels(report, claims, statuses),
                "counts": {s: sum(statuses[c.id] == s for c in claims) for s in ("flagged", "reviewed", "consistent", "unverified")},
            }
        )
    findings = report.result.findings
    script_hash = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    return _environment().get_template("report.html.j2").render(
        articles=articles,
        findings=findings,
        severities={s: sum(f.severity == s for f in findings) for s in ("decision-error", "error", "warning", "info")},
        coverage=[*report.result.coverage, total_coverage(report.result.coverage)],
        failed=fails(findings, report.fail_on),
        report=report,
        script=Markup(SCRIPT),  # the page's own constant script; no article text in it
        script_hash=script_hash,
    )
