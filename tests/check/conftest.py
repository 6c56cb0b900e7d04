from __future__ import annotations

import pytest

from figures.check.engine import check_claims, select_rules
from figures.pipeline import read_corpus


@pytest.fixture
def check_articles(tmp_path):
    """Check a set of small articles, given as {name: text}; returns the CheckResult."""

    def run(articles: dict[str, str], select: tuple[str, ...] = ()):
        for name, text in articles.items():
            (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        corpus = read_corpus([str(tmp_path)])
        assert not corpus.errors
        return check_claims(corpus.claims, corpus.documents, select_rules(select))

    return run


def codes(result, severity: str | None = None) -> list[str]:
    return [f.rule for f in result.findings if severity is None or f.severity == severity]
