"""SARIF 2.1.0 for code scanning: one rule per check with its help text; results with physical
locations and content fingerprints; reviewed findings kept, with suppressions, not dropped
(code scanning would reopen a result that disappears)."""

from __future__ import annotations

import json

from figures import __version__
from figures.check.rules import all_rules
from figures.report import Report, writer

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVELS = {"decision-error": "error", "error": "error", "warning": "warning", "info": "note"}
_SUPPRESSION_STATUS = {"accepted": "accepted", "deferred": "underReview", "suppressed": "accepted"}


def _result(finding, report: Report, rule_index: dict[str, int]) -> dict:
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index[finding.rule],
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(place) for place in (report.cited(finding) or ((finding.location,) if finding.location else ()))],
        "partialFingerprints": {"figuresFinding/v1": finding.fingerprint},
        "properties": {"severity": finding.severity},
    }
    if finding.expected is not None:
        result["properties"]["expected"] = finding.expected.to_dict()
    if finding.source:
        result["properties"]["source"] = finding.source
    review = finding.review
    if review is not None:
        result["baselineState"] = "unchanged"  # an editor has seen it: not new
        if review.silences:
            suppression = {
                "kind": "inSource" if review.origin == "inline" else "external",
                "status": _SUPPRESSION_STATUS[review.status],
            }
            if review.note:
                suppression["justification"] = review.note
            result["suppressions"] = [suppression]
    else:
        result["baselineState"] = "new"
    return result


def _location(place) -> dict:
    region = {"startLine": place.line, "startColumn": place.column}
    if hasattr(place, "text"):
        region["endLine"] = place.line + place.text.count("\n")
        last_line = place.text.rsplit("\n", 1)[-1]
        region["endColumn"] = (place.column if "\n" not in place.text else 1) + len(last_line)
        region["snippet"] = {"text": place.text}
    return {"physicalLocation": {"artifactLocation": {"uri": place.path.replace("\\", "/")}, "region": region}}


@writer("sarif", "figures.sarif")
def render_sarif(report: Report) -> str:
    rules = all_rules()
    rule_index = {r.code: i for i, r in enumerate(rules)}
    driver = {
        "name": "figures",
        "version": __version__,
        "informationUri": "https://github.com/figures-project/figures",
        "rules": [
            {
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.doc},
                "help": {"text": r.doc, "markdown": r.doc},
                "defaultConfiguration": {"level": _LEVELS[r.severity], "enabled": r.default},
                "properties": {"severity": r.severity},
            }
            for r in rules
        ],
    }
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, report, rule_index) for f in report.result.findings],
    }
    if report.timestamp:
        run["invocations"] = [{"executionSuccessful": True, "startTimeUtc": report.timestamp}]
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
