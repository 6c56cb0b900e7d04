from __future__ import annotations

import pytest

from figures.check.engine import check_claims, select_rules
from figures.pipeline import read_corpus
from figures.tables import claims_frame


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
        return result

    return run


def codes(result, severity: str | None = None) -> list[str]:
    return [f.rule for f in result.findings if severity is None or f.severity == severity]
