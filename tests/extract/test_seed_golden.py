"""Golden test: every figure listed in shared/seeds/README.md, read exactly, and nothing else."""

from __future__ import annotations

import math

import pytest

from figures.extract.claims import extract_claims

INF = math.inf

# doc, surface, kind, value, unit, qualifier, hedge, change, (lower, upper, lower_inclusive, upper_inclusive)
GOLDEN = {
    "000": [
        ("40%", "percent", 40, "percent", "eq", None, "up", (35, 45, True, True)),
    ],
    "001": [
        ("$2.4 billion", "money", 2.4e9, "USD", "eq", None, None, (2.35e9, 2.45e9, True, True)),
        ("200,000", "number", 200_000, "count", "eq", None, None, (150_000, 250_000, True, True)),
        ("exceeded 1.4 million", "number", 1.4e6, "count", "gt", "exceeded", None, (1.4e6, None, False, False)),
        ("nearly a quarter", "percent", 25, "percent", "lt", "nearly", None, (22.5, 25, True, False)),
        ("40%", "percent", 40, "percent", "eq", None, "up", (35, 45, True, True)),
        ("33%", "percent", 33, "percent", "eq", None, None, (32.5, 33.5, True, True)),
        ("22%", "percent", 22, "percent", "eq", None, None, (21.5, 22.5, True, True)),
        ("70%", "percent", 70, "percent", "eq", None, None, (65, 75, True, True)),
        ("9%", "percent", 9, "percent", "eq", None, None, (8.5, 9.5, True, True)),
    ],
    "002": [
        ("almost $1.3 billion", "money", 1.3e9, "USD", "lt", "almost", None, (1.25e9, 1.3e9, True, False)),
        ("7%", "percent", 7, "percent", "eq", None, "up", (6.5, 7.5, True, True)),
        ("$110.56 million", "money", 110.56e6, "USD", "eq", None, None, (110.555e6, 110.565e6, True, True)),
        ("26.5%", "percent", 26.5, "percent", "eq", None, "up", (26.45, 26.55, True, True)),
    ],
    "003": [],
    "004": [
        ("around 20%", "percent", 20, "percent", "approx", "around", None, (14, 26, True, True)),
        ("nearly $1.3 billion", "money", 1.3e9, "USD", "lt", "nearly", None, (1.25e9, 1.3e9, True, False)),
        ("7%", "percent", 7, "percent", "eq", None, "up", (6.5, 7.5, True, True)),
    ],
}


@pytest.mark.parametrize("doc", sorted(GOLDEN))
def test_seed_article_figures_are_read_exactly(seed_documents, doc):
    document = seed_documents[doc]
    claims = extract_claims(document)
    got = [
        (c.text, c.kind, c.value, c.unit, c.qualifier, c.hedge, c.change, (c.lower, c.upper, c.lower_inclusive, c.upper_inclusive))
        for c in claims
    ]
    assert len(got) == len(GOLDEN[doc]), [g[0] for g in got]
    for actual, expected in zip(got, GOLDEN[doc], strict=True):
        assert actual[:2] == expected[:2]
        assert actual[2] == pytest.approx(expected[2], rel=1e-12)
        assert actual[3:7] == expected[3:7]
        lower, upper, lower_inclusive, upper_inclusive = actual[7]
        exp_lower, exp_upper, exp_li, exp_ui = expected[7]
        assert (lower is None) == (exp_lower is None) and (upper is None) == (exp_upper is None)
        if lower is not None:
            assert lower == pytest.approx(exp_lower, rel=1e-12)
        if upper is not None:
            assert upper == pytest.approx(exp_upper, rel=1e-12)
        assert (lower_inclusive, upper_inclusive) == (exp_li, exp_ui)


def test_spans_point_at_the_surface(seed_documents):
    for document in seed_documents.values():
        for claim in extract_claims(document):
            assert document.text[claim.start : claim.end] == claim.text
            line_start = document.text.rfind("\n", 0, claim.start) + 1
            assert document.text.count("\n", 0, claim.start) + 1 == claim.line
            assert claim.start - line_start + 1 == claim.column
            assert claim.text in claim.sentence


@pytest.mark.parametrize(
    "doc, not_a_figure",
    [
        ("000", "December 16"),
        ("000", "10/12/2025"),
        ("000", "65th Round"),
        ("000", "Fourth Department"),
        ("000", "3+3 regional format"),
        ("000", "the 2008 August war"),
        ("000", "04/12/2024"),
        ("001", "- 1 BBC investigation"),
        ("001", "Starting in 2026"),
        ("001", "Two years ago"),
        ("002", "ranks third"),
        ("002", "the first half of 2025"),
        ("003", "December 4, 2024"),
        ("004", "the 2008 war"),
    ],
)
def test_dates_ordinals_and_markers_are_not_figures(seed_documents, doc, not_a_figure):
    document = seed_documents[doc]
    start = document.text.index(not_a_figure)
    end = start + len(not_a_figure)
    overlapping = [c.text for c in extract_claims(document) if c.start < end and c.end > start]
    assert overlapping == []
