"""Review decisions end to end: they survive edits, reopen when the figure changes, respect
confirmed errors, never corrupt the ledger, and the interactive mode records what is typed."""

from __future__ import annotations

import json

from figures.review.ledger import read_ledger
from tests.test_cli import run

ARTICLE = "Trade turnover between Georgia and Russia in 2024 reached $2.4 billion, Geostat said.\n"


def setup(tmp_path, text=ARTICLE):
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    return tmp_path


def fingerprints(tmp_path) -> list[str]:
    document = json.loads(run("check", "story.txt", "--format", "json", cwd=tmp_path).stdout)
    return [f["fingerprint"] for f in document["findings"] if f["severity"] != "info"]


def test_accept_survives_edits_that_shift_every_line(tmp_path):
    setup(tmp_path)
    (fingerprint,) = fingerprints(tmp_path)
    assert run("check", "story.txt", cwd=tmp_path).returncode == 1
    recorded = run("review", "accept", fingerprint[:8], "story.txt", "--note", "the 2023 figure, quoted on purpose", "--reviewer", "ed", cwd=tmp_path)
    assert recorded.returncode == 0, recorded.stderr
    ledger = read_ledger(tmp_path / "claims" / "decisions.toml")
    assert ledger[fingerprint].note == "the 2023 figure, quoted on purpose" and ledger[fingerprint].rule == "FIG301"
    assert run("check", "story.txt", cwd=tmp_path).returncode == 0
    setup(tmp_path, "A new headline\n\nAn added paragraph above the figure.\n\n" + ARTICLE.replace("reached", "reached\n"))
    result = run("check", "story.txt", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0
    (finding,) = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "FIG301"]
    assert finding["review"]["status"] == "accepted" and finding["claims"][0]["line"] == 6


def test_changing_the_figure_reopens_it_and_the_old_decision_goes_stale(tmp_path):
    setup(tmp_path)
    (fingerprint,) = fingerprints(tmp_path)
    run("review", "accept", fingerprint, "story.txt", cwd=tmp_path)
    setup(tmp_path, ARTICLE.replace("$2.4 billion", "$2.3 billion"))
    result = run("check", "story.txt", cwd=tmp_path)
    assert result.returncode == 1 and "1 stale decisions" in result.stdout
    stale = run("review", "--stale", "story.txt", cwd=tmp_path)
    assert fingerprint in stale.stdout
    pruned = run("review", "--prune", "story.txt", cwd=tmp_path)
    assert "removed 1 stale decisions" in pruned.stdout
    assert read_ledger(tmp_path / "claims" / "decisions.toml") == {}


def test_confirmed_findings_still_fail(tmp_path):
    setup(tmp_path)
    (fingerprint,) = fingerprints(tmp_path)
    run("review", "confirm", fingerprint, "story.txt", "--note", "correction requested", cwd=tmp_path)
    result = run("check", "story.txt", cwd=tmp_path)
    assert result.returncode == 1 and "error (confirmed)" in result.stdout


def test_a_malformed_ledger_exits_2_and_is_left_byte_identical(tmp_path):
    setup(tmp_path)
    ledger = tmp_path / "claims" / "decisions.toml"
    ledger.parent.mkdir()
    content = b'[[decision]]\nfingerprint = "0000000000000001"\nstatus = "accepted\n'
    ledger.write_bytes(content)
    (fingerprint,) = fingerprints_without_ledger(tmp_path)
    for args in (("check", "story.txt"), ("review", "accept", fingerprint, "story.txt"), ("review", "--prune", "story.txt")):
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 2, args
        assert result.stderr.startswith(f"figures: error: {ledger.relative_to(tmp_path)}:3: invalid TOML")
        assert "Traceback" not in result.stderr
    assert ledger.read_bytes() == content


def fingerprints_without_ledger(tmp_path) -> list[str]:
    document = json.loads(run("check", "story.txt", "--format", "json", "--decisions", "elsewhere.toml", cwd=tmp_path).stdout)
    return [f["fingerprint"] for f in document["findings"] if f["severity"] != "info"]


def test_interactive_review_records_the_answers_typed(tmp_path):
    setup(tmp_path, ARTICLE + "Armenia's exports to Iran rose from $720 million in 2023 to $650 million in 2024.\n")
    pending = fingerprints(tmp_path)
    assert len(pending) == 2
    result = run("review", "--interactive", "story.txt", "--reviewer", "desk", cwd=tmp_path, stdin=b"x\na\nold figure on purpose\nc\ncorrection asked\n")
    assert result.returncode == 0, result.stderr
    assert "please answer one of" in result.stdout and "»$2.4 billion«" in result.stdout
    ledger = read_ledger(tmp_path / "claims" / "decisions.toml")
    assert sorted((d.status, d.note, d.reviewer) for d in ledger.values()) == [
        ("accepted", "old figure on purpose", "desk"),
        ("confirmed", "correction asked", "desk"),
    ]
    assert "no open findings" in run("review", "--list", "story.txt", cwd=tmp_path).stdout


def test_inline_suppressions_and_unused_ones(tmp_path):
    (tmp_path / "story.md").write_text(
        "# Trade\n\n<!-- figures: ignore FIG301 -->\n" + ARTICLE + "\n<!-- figures: ignore FIG201 -->\nNothing to see here.\n",
        encoding="utf-8",
    )
    result = run("check", "story.md", "--format", "json", cwd=tmp_path)
    document = json.loads(result.stdout)
    by_rule = {f["rule"]: f for f in document["findings"]}
    assert by_rule["FIG301"]["review"]["status"] == "suppressed" and by_rule["FIG301"]["review"]["origin"] == "inline"
    assert by_rule["FIG901"]["location"]["line"] == 6 and "FIG201" in by_rule["FIG901"]["message"]
    assert result.returncode == 0  # the suppressed error does not fail; the unused suppression is a warning
    assert run("check", "story.md", "--fail-on", "warning", cwd=tmp_path).returncode == 1
