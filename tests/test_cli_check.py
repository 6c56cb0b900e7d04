"""`python -m figures check`, `rules` and `explain`, run as a user runs them."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from tests.test_cli import run

CONFLICT = {
    "a.txt": "Armenia's trade turnover with Iran reached $2.4 billion in 2024.",
    "b.txt": "Armenia's trade turnover with Iran reached $2.6 billion in 2024.",
}


def write(tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_check_defaults_to_the_bundled_example_and_finds_the_wrong_2024_figure():
    result = run("check")
    assert result.returncode == 1, result.stderr
    assert "FIG301" in result.stdout and "13:33" in result.stdout and "(total)" in result.stdout
    assert "FAILED at --fail-on error" in result.stdout
    assert run("check", "--no-bundled-reference").returncode == 0


def test_check_json_validates_against_the_shipped_schema():
    result = run("check", "--format", "json")
    document = json.loads(result.stdout)
    schema = json.loads((resources.files("figures") / "data" / "schema" / "check.schema.json").read_text())
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(document)
    assert document["summary"]["failed"] is True and document["coverage"]["total"]["numbers"] == 17


def test_check_json_with_findings_validates_too(tmp_path):
    result = run("check", str(write(tmp_path, CONFLICT)), "--format", "json")
    document = json.loads(result.stdout)
    schema = json.loads((resources.files("figures") / "data" / "schema" / "check.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(document)
    assert [f["rule"] for f in document["findings"]] == ["FIG101"]


def test_exit_status_follows_fail_on(tmp_path):
    folder = str(write(tmp_path, CONFLICT))
    assert run("check", folder).returncode == 1
    assert run("check", folder, "--fail-on", "never").returncode == 0
    assert run("check", folder, "--ignore", "FIG1").returncode == 0
    assert run("check", folder, "--select", "FIG101").returncode == 1


def test_text_output_names_location_code_and_severity(tmp_path):
    result = run("check", str(write(tmp_path, CONFLICT)))
    assert "1:44" in result.stdout and "FIG101" in result.stdout and "error" in result.stdout
    assert "FAILED at --fail-on error" in result.stdout


def test_output_is_byte_identical_across_runs(tmp_path):
    folder = str(write(tmp_path, CONFLICT))
    assert run("check", folder, "--format", "json").stdout == run("check", folder, "--format", "json").stdout


def test_rules_and_explain():
    listing = run("rules").stdout
    for code in ("FIG101", "FIG102", "FIG201", "FIG202", "FIG203", "FIG204", "FIG401", "FIG402", "FIG501", "FIG502", "FIG503"):
        assert code in listing
    explained = run("explain", "FIG401")
    assert explained.returncode == 0 and "Why:" in explained.stdout and "Example:" in explained.stdout
    unknown = run("explain", "FIG999")
    assert unknown.returncode == 2 and "no rule" in unknown.stderr


def test_configuration_is_read_and_validated(tmp_path):
    folder = write(tmp_path, CONFLICT)
    (tmp_path / "figures.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert run("check", ".", cwd=folder).returncode == 0
    (tmp_path / "figures.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    bad = run("check", ".", cwd=folder)
    assert bad.returncode == 2 and "key 'fail-on'" in bad.stderr and "Traceback" not in bad.stderr
    (tmp_path / "figures.toml").write_text("[severity]\nFIG101 = 'warning'\n", encoding="utf-8")
    assert run("check", ".", cwd=folder).returncode == 0
    assert run("check", ".", "--fail-on", "warning", cwd=folder).returncode == 1
