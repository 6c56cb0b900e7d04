"""Every output format: schema-valid SARIF, parseable JUnit, safe CSV, GitHub annotations,
Markdown — and byte-identical reports from identical runs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree

import jsonschema

from figures.report import writers
from tests.report.conftest import report_for
from tests.test_cli import run

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


def test_sarif_validates_against_the_official_schema(seed_report):
    document = json.loads(writers()["sarif"].render(seed_report))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(document)
    run_ = document["runs"][0]
    assert {rule["id"] for rule in run_["tool"]["driver"]["rules"]} >= {"FIG101", "FIG301", "FIG901"}
    (flagged,) = [r for r in run_["results"] if r["ruleId"] == "FIG301"]
    region = flagged["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["snippet"]["text"]) == (13, 33, "$2.4 billion")
    assert flagged["partialFingerprints"]["figuresFinding/v1"] == next(f.fingerprint for f in seed_report.result.findings if f.rule == "FIG301")
    assert flagged["baselineState"] == "new" and "suppressions" not in flagged


def test_sarif_keeps_reviewed_findings_with_suppressions(tmp_path):
    (tmp_path / "story.md").write_text("<!-- figures: ignore FIG301 -->\nTrade turnover between Georgia and Russia in 2024 reached $2.4 billion.\n", encoding="utf-8")
    report = report_for([str(tmp_path / "story.md")])
    document = json.loads(writers()["sarif"].render(report))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(document)
    (result,) = [r for r in document["runs"][0]["results"] if r["ruleId"] == "FIG301"]
    assert result["suppressions"][0]["kind"] == "inSource" and result["baselineState"] == "unchanged"


def test_junit_parses_with_one_case_per_checked_claim(seed_report):
    root = ElementTree.fromstring(writers()["junit"].render(seed_report))
    cases = root.findall(".//testcase")
    assert len(cases) == len(seed_report.result.checked)
    failures = root.findall(".//failure")
    assert [f.get("message") for f in failures] == ["FIG301 reference-mismatch"]
    assert root.get("failures") == "1"


def test_csv_neutralises_formula_cells(tmp_path):
    (tmp_path / "evil.txt").write_text("=HYPERLINK(\"http://x\") Trade turnover between Georgia and Russia in 2024 reached $2.4 billion.\n-1+1 exports\n", encoding="utf-8")
    report = report_for([str(tmp_path / "evil.txt")])
    files = writers()["csv"].files(report)
    claims = list(csv.DictReader(io.StringIO(files["claims.csv"])))
    assert claims[0]["sentence"].startswith("'=HYPERLINK")
    findings = list(csv.DictReader(io.StringIO(files["findings.csv"])))
    assert all(not value.startswith(("=", "+", "-", "@")) for row in findings for value in row.values() if value)


def test_github_annotations_show_ten_and_summarise_the_rest(tmp_path):
    lines = [f"Armenia's exports to Iran were ${n}05 million in {2000 + n} and ${n}20 million in {2000 + n}." for n in range(1, 13)]
    (tmp_path / "many.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = report_for([str(tmp_path / "many.txt")])
    output = writers()["github"].render(report).splitlines()
    assert len([line for line in output if line.startswith("::error ")]) == 10
    assert output[-1].startswith("::notice title=figures::") and "more findings not shown" in output[-1]
    assert output[0].startswith(f"::error file={tmp_path / 'many.txt'},line=1,col=")


def test_markdown_has_summary_coverage_and_findings(seed_report):
    markdown = writers()["markdown"].render(seed_report)
    assert "## Coverage" in markdown and "| FIG301 " in markdown and "❌ failed" in markdown
    assert "| 001_bf781aba339cddf4 |         9 |" in markdown


def test_reports_are_byte_identical_across_runs(tmp_path):
    formats = sorted(writers())
    for attempt in ("first", "second"):
        args = ["check", "-q", "--reports", str(tmp_path / attempt)]
        for name in formats:
            args += ["--output-format", name]
        assert run(*args).returncode == 1
    first = {p.name: p.read_bytes() for p in (tmp_path / "first").iterdir()}
    second = {p.name: p.read_bytes() for p in (tmp_path / "second").iterdir()}
    assert first == second and len(first) == 9


def test_timestamp_only_when_asked(tmp_path):
    stamped = run("check", "-q", "--timestamp", "--output-format", "html", "--reports", str(tmp_path))
    assert stamped.returncode == 1 and "generated 20" in (tmp_path / "figures.html").read_text(encoding="utf-8")
    run("check", "-q", "--output-format", "html", "--reports", str(tmp_path))
    assert "generated 20" not in (tmp_path / "figures.html").read_text(encoding="utf-8")
