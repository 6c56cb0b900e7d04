"""JUnit XML: one test case per checked claim, failing for unreviewed findings at or above
``--fail-on``; reviewed ones are skipped with the editor's note."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree

from figures.check.engine import SEVERITY_RANK
from figures.report import Report, writer
from figures.report.status import findings_by_claim


@writer("junit", "junit.xml")
def render_junit(report: Report) -> str:
    checked = set(report.result.checked)
    by_claim = findings_by_claim(report)
    threshold = None if report.fail_on == "never" else SEVERITY_RANK[report.fail_on]
    suites = ElementTree.Element("testsuites", name="figures")
    cases_by_doc = defaultdict(list)
    for claim in report.claims:
        if claim.id in checked:
            cases_by_doc[claim.doc].append(claim)
    paths = {d.id: d.path for d in report.documents}
    totals = defaultdict(int)
    for doc in sorted(cases_by_doc):
        claims = cases_by_doc[doc]
        suite = ElementTree.SubElement(suites, "testsuite", name=paths.get(doc, doc))
        failures = skipped = 0
        for claim in claims:
            case = ElementTree.SubElement(
                suite, "testcase", classname=doc, name=f"{claim.line}:{claim.column} {claim.text}", file=paths.get(doc, doc), line=str(claim.line)
            )
            for finding in by_claim.get(claim.id, []):
                if finding.review and finding.review.silences:
                    ElementTree.SubElement(case, "skipped", message=f"{finding.rule} {finding.review.status}: {finding.review.note}".strip(": "))
                    skipped += 1
                elif threshold is not None and SEVERITY_RANK[finding.severity] >= threshold:
                    failure = ElementTree.SubElement(case, "failure", message=f"{finding.rule} {finding.name}", type=finding.severity)
                    failure.text = finding.message
                    failures += 1
        suite.set("tests", str(len(claims)))
        suite.set("failures", str(failures))
        suite.set("skipped", str(skipped))
        suite.set("errors", "0")
        for key, value in (("tests", len(claims)), ("failures", failures), ("skipped", skipped)):
            totals[key] += value
    for key in ("tests", "failures", "skipped"):
        suites.set(key, str(totals[key]))
    suites.set("errors", "0")
    ElementTree.indent(suites)
    return ElementTree.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
