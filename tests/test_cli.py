"""The command line, run as a user runs it: ``python -m figures``."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd

from figures.tables import CLAIM_COLUMNS


def run(*args: str, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "figures", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_extract_defaults_to_the_bundled_example_as_a_table():
    result = run("extract")
    assert result.returncode == 0, result.stderr
    assert "almost $1.3 billion" in result.stdout and "[1.25 bn, 1.3 bn)" in result.stdout
    assert "001_bf781aba339cddf4:13:33" in result.stdout


def test_extract_table_shows_each_figure_as_written():
    # Regression: a column of surfaces that all looked numeric was reformatted ("1,010" as 1010, "18.0" as 18).
    table = "| Destination | Exports, $ million | Share, % |\n|---|---|---|\n| Russia | 1,010 | 18.0 |\n"
    result = run("extract", "-", stdin=table.encode())
    assert result.returncode == 0, result.stderr
    surfaces = [line.split()[1] for line in result.stdout.splitlines()[2:]]
    assert surfaces == ["1,010", "18.0"]


def test_extract_jsonl_from_stdin():
    result = run("extract", "-", "--format", "jsonl", stdin=b"Trade reached nearly $1.3 billion.")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["text"] == "nearly $1.3 billion" and record["doc"] == "stdin" and record["upper_inclusive"] is False


def test_extract_csv_has_the_stable_columns():
    result = run("extract", "--format", "csv")
    assert result.stdout.splitlines()[0] == ",".join(CLAIM_COLUMNS)


def test_output_directory_gets_one_ledger_per_document(tmp_path):
    result = run("extract", "--output", f"{tmp_path}/claims/")
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in (tmp_path / "claims").iterdir())
    assert len(files) == 5 and files[0].startswith("000_")
    frame = pd.read_csv(tmp_path / "claims" / files[2])
    assert list(frame.columns) == CLAIM_COLUMNS and "$110.56 million" in set(frame["text"])


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Exports rose 7%.", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = run("extract", str(tmp_path / "missing.txt"), str(binary), str(good), "--format", "jsonl")
    assert result.returncode == 2
    assert "7%" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"figures: error: {tmp_path / 'missing.txt'}: no such file or directory",
        f"figures: error: {binary}: binary file (NUL bytes), not an article",
    ]
    assert "Traceback" not in result.stderr


def test_bad_published_date_is_a_usage_error():
    result = run("extract", "--published", "yesterday")
    assert result.returncode == 2 and "not a date" in result.stderr and "Traceback" not in result.stderr


def test_main_module_runs_nothing_when_a_spawned_worker_imports_it():
    # A worker started by "spawn" (macOS, Windows) imports the parent's main module as __mp_main__.
    import runpy

    namespace = runpy.run_module("figures", run_name="__mp_main__")
    assert callable(namespace["main"])
