"""`figures reference fetch`: SDMX messages → tidy reference tables, never over the network here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from figures.reference.table import read_reference_file

MESSAGE = Path(__file__).parent / "data" / "imf_dots_ge_ru_imports.xml"
MAPPING = ["--series-id", "GE_RU_IMPORTS_IMF", "--metric", "imports", "--reporter", "GEO", "--partner", "RUS", "--concept", "merchandise trade"]


def fetch(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "figures", "reference", "fetch", "IMF_DATA", "DOT", *args],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False,
    )  # fmt: skip


def test_a_saved_message_becomes_a_valid_reference_table(tmp_path):
    output = tmp_path / "imf.csv"
    result = fetch("--message", str(MESSAGE), "--output", str(output), *MAPPING)
    assert result.returncode == 0, result.stderr
    table = read_reference_file(output)
    assert list(table["period"]) == ["2023", "2024"]
    assert list(table["unit"]) == ["USD million", "USD million"]  # UNIT_MULT 6
    assert list(table["published"]) == ["2025-12-01", "2025-12-01"]  # the message's preparation date
    assert table.iloc[1]["lower"] == 1848.45 and table.iloc[1]["source_url"] == str(MESSAGE)
    assert "retrieved" in table.iloc[0]["definition"]


def test_fetched_rows_are_used_by_check(tmp_path):
    output = tmp_path / "imf.csv"
    fetch("--message", str(MESSAGE), "--output", str(output), *MAPPING)
    article = tmp_path / "a.txt"
    article.write_text("Georgia's imports from Russia reached $1.5 billion in 2023.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "figures", "check", str(article), "--reference", str(output), "--no-bundled-reference", "--published", "2026-01-10"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1 and "GE_RU_IMPORTS_IMF" in result.stdout


def test_without_a_network_the_command_fails_in_one_line(tmp_path):
    unreachable = {"HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}
    result = fetch("--key", "A.GE.TMG_CIF_USD.RU", "--output", str(tmp_path / "x.csv"), *MAPPING, env=unreachable)
    assert result.returncode == 2
    assert result.stderr.startswith("figures: error: cannot reach IMF_DATA") and result.stderr.count("\n") == 1
    assert not (tmp_path / "x.csv").exists()


def test_a_file_that_is_not_sdmx(tmp_path):
    bogus = tmp_path / "bogus.xml"
    bogus.write_text("<html>not sdmx</html>", encoding="utf-8")
    result = fetch("--message", str(bogus), "--output", str(tmp_path / "x.csv"), *MAPPING)
    assert result.returncode == 2 and "not an SDMX message" in result.stderr and "Traceback" not in result.stderr
