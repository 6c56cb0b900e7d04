"""The committed claim ledger of the bundled corpus (claims/*.csv) is what the extractor writes now."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import run

CLAIMS = Path(__file__).resolve().parents[1] / "claims"


def test_committed_claim_ledger_is_current(tmp_path):
    result = run("extract", "--output", f"{tmp_path}/")
    assert result.returncode == 0, result.stderr
    written = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.csv")}
    committed = {p.name: p.read_text(encoding="utf-8") for p in CLAIMS.glob("*.csv")}
    assert written == committed, "regenerate with `python -m figures extract --output claims/` and review the diff"
