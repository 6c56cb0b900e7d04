from __future__ import annotations

from collections.abc import Sequence

import pytest

from figures.check.engine import CheckResult, check_claims, select_rules
from figures.pipeline import read_corpus
from figures.records import Claim, Finding
from figures.tables import claims_frame


def cited(claims: Sequence[Claim], finding: Finding) -> list[Claim]:
    """The claims a finding cites (it holds their ids), in its order."""
    by_id = {claim.id: claim for claim in claims}
    return [by_id[claim_id] for claim_id in finding.claims]


class Checked:
    """A check result with the claims of its run, so that a test can read what a finding cites."""

    def __init__(self, result: CheckResult, claims: Sequence[Claim]) -> None:
        self.result, self.claims = result, claims

    def __getattr__(self, name: str):
        return getattr(self.result, name)

    def cited(self, finding: Finding) -> list[Claim]:
        return cited(self.claims, finding)


@pytest.fixture
def check_articles(tmp_path):
    """Check a set of small articles, given as {name: text}; returns the CheckResult."""

    def run(articles: dict[str, str], select: tuple[str, ...] = ()):
        for name, text in articles.items():
            (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        corpus = read_corpus([str(tmp_path)])
        assert not corpus.errors
        result = check_claims(corpus.claims, corpus.documents, select_rules(select))
        # The engine reads a claims table column-wise; the same claims as a table must give the
        # same result, finding for finding.
        assert check_claims(claims_frame(corpus.claims), corpus.documents, select_rules(select)) == result
        return Checked(result, corpus.claims)

    return run


def codes(result, severity: str | None = None) -> list[str]:
    return [f.rule for f in result.findings if severity is None or f.severity == severity]
