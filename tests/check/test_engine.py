"""Seed acceptance and engine behaviour: linking, derivation, coverage, no cascade."""

from __future__ import annotations

import pandas as pd
import pytest

from figures.check.engine import check_claims, select_rules
from figures.pipeline import read_corpus
from figures.reference.match import ReferenceIndex
from figures.reference.table import load_reference
from figures.tables import claims_frame, write_csv
from tests.check.conftest import cited, codes


@pytest.fixture(scope="module")
def seed_result():
    corpus = read_corpus([])
    return corpus, check_claims(corpus.claims, corpus.documents)


def test_seed_corpus_raises_no_error(seed_result):
    _, result = seed_result
    assert [f for f in result.findings if f.severity in ("error", "decision-error")] == []


def test_seed_h1_turnover_and_growth_are_corroborated_across_002_and_004(seed_result):
    corpus, result = seed_result
    corroborated = [f for f in result.findings if f.rule == "FIG102"]
    texts = {tuple(sorted((c.doc[:3], c.text) for c in cited(corpus.claims, f))) for f in corroborated}
    assert (("002", "almost $1.3 billion"), ("004", "nearly $1.3 billion")) in texts
    assert (("002", "7%"), ("004", "7%")) in texts


def test_seed_h1_2024_is_derived_and_held_against_the_2024_annual_figure(seed_result):
    _, result = seed_result
    (derived,) = [q for q in result.derived if q.derived_by == "FIG202" and q.metric == "trade_turnover"]
    assert derived.period == "2024-H1"
    assert derived.interval.lower == pytest.approx(1.25e9 / 1.075)
    assert derived.interval.upper == pytest.approx(1.3e9 / 1.065)
    # 001's "$2.4 billion" in 2024 was checked (part ≤ whole) and found consistent.
    coverage = {c.doc[:3]: c for c in result.coverage}
    assert "FIG501" not in codes(result)
    assert coverage["001"].checked >= 1


def test_seed_from_to_pair_is_more_than_fivefold_with_no_finding(seed_result):
    _, result = seed_result
    (multiple,) = [q for q in result.derived if q.derived_by == "FIG203"]
    assert multiple.interval.lower == pytest.approx(5.6) and multiple.interval.upper is None
    assert "FIG203" not in codes(result)


def test_seed_shares_are_within_100_percent_and_checked(seed_result):
    _, result = seed_result
    assert "FIG401" not in codes(result)
    coverage = {c.doc[:3]: c for c in result.coverage}
    assert coverage["001"].checked == 6  # 70% + 9%, 33% + 22%, $2.4 billion, 40%


def test_coverage_counts(seed_result):
    _, result = seed_result
    coverage = {c.doc[:3]: c for c in result.coverage}
    assert (coverage["002"].numbers, coverage["002"].typed, coverage["002"].checked) == (4, 4, 4)
    assert coverage["003"].numbers == 0


def test_findings_are_deterministic(seed_result):
    corpus, result = seed_result
    again = check_claims(corpus.claims, corpus.documents)
    assert again == result


def test_findings_are_in_reading_order_with_locations_among_claims(tmp_path):
    trade = "Georgia's trade with Russia reached {} in 2024."
    (tmp_path / "a.md").write_text(
        f"{trade.format('$2.4 billion')}\n\n<!-- figures: ignore FIG201 -->\nNo figures here.\n\n"
        f"Exports to Armenia were $1 billion in 2024 and $3 billion in the first half of 2024.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(f"Intro.\n\n{trade.format('$2.6 billion')}\n", encoding="utf-8")
    corpus = read_corpus([str(tmp_path)])
    result = check_claims(corpus.claims, corpus.documents)

    def place(finding):
        if finding.claims:
            claim = cited(corpus.claims, finding)[0]
            return (claim.doc, claim.line, claim.start)
        return (finding.location.doc, finding.location.line, -1)

    assert [(place(f)[:2], f.rule) for f in result.findings] == [
        (("a", 1), "FIG101"), (("a", 3), "FIG901"), (("a", 6), "FIG501")
    ]  # fmt: skip
    assert [f for f in result.findings] == sorted(result.findings, key=lambda f: (*place(f), f.rule, f.fingerprint))


def test_an_unused_suppression_in_a_run_without_claims_is_reported(tmp_path):
    (tmp_path / "a.md").write_text("No figures here.\n\n<!-- figures: ignore FIG101 -->\nNone here either.\n", encoding="utf-8")
    corpus = read_corpus([str(tmp_path)])
    result = check_claims(corpus.claims, corpus.documents)
    assert corpus.claims == [] and [(f.rule, f.location.line) for f in result.findings] == [("FIG901", 3)]


def test_one_wrong_figure_yields_one_finding_not_a_cascade(check_articles):
    result = check_articles(
        {
            "a": "In the first half of 2025, Georgia's trade with Russia reached $1.3 billion, "
            "7% higher than in the same period of 2024.",
            "b": "Georgia's trade with Russia reached $1.6 billion in the first half of 2025.",
            "c": "Georgia's trade with Russia was $2.4 billion in 2024.",
        }
    )
    errors = [f for f in result.findings if f.severity != "info"]
    assert [f.rule for f in errors] == ["FIG101"]
    assert errors[0].blocked == ("FIG202",)
    assert "Blocked checks that use it: FIG202" in errors[0].message
    assert {c.text for c in result.cited(errors[0])} == {"$1.3 billion", "$1.6 billion"}


def test_a_claims_table_gives_the_same_result_as_the_records():
    corpus = read_corpus([])
    reference = ReferenceIndex(load_reference())
    from_records = check_claims(corpus.claims, corpus.documents, select_rules(["ALL"]), reference=reference)
    from_table = check_claims(claims_frame(corpus.claims), corpus.documents, select_rules(["ALL"]), reference=reference)
    assert from_table == from_records
    assert {f.rule for f in from_table.findings} >= {"FIG102", "FIG202", "FIG301", "FIG302"}
    # Rows are read by position: a table filtered or re-indexed elsewhere checks the same.
    reindexed = claims_frame(corpus.claims).set_index(pd.Index(range(900, 900 - len(corpus.claims), -1)))
    assert check_claims(reindexed, corpus.documents, select_rules(["ALL"]), reference=reference) == from_records


def test_a_table_with_dictionary_encoded_columns_checks_the_same():
    """Parquet readers give categoricals for repeated strings; the engine reads them alike."""
    corpus = read_corpus([])
    table = claims_frame(corpus.claims)
    for name in ("id", "doc", "text", "kind", "unit", "metric", "period", "entities", "sentence"):
        table[name] = table[name].astype("category")
    assert check_claims(table, corpus.documents) == check_claims(corpus.claims, corpus.documents)


def test_fingerprints_of_the_seed_findings_stay_the_same():
    """Editors' decisions are keyed by fingerprint: a new version must not reopen them."""
    corpus = read_corpus([])
    result = check_claims(corpus.claims, corpus.documents, reference=ReferenceIndex(load_reference()))
    assert {(f.rule, f.fingerprint) for f in result.findings} == {
        ("FIG102", "d3de3b818e921316"),
        ("FIG102", "fc01bb1296b6109b"),
        ("FIG102", "cbcd4dc829fe2bc2"),
        ("FIG202", "429ac7a7273ee571"),
        ("FIG202", "f9e31bd5a28e6e02"),
        ("FIG301", "4cebb5d7d26a383b"),
        ("FIG303", "29a4a4555903ade0"),
        ("FIG303", "30f3e29e0e9484c7"),
    }


def test_a_claims_csv_as_extract_writes_it_checks_the_same(tmp_path):
    corpus = read_corpus([])
    path = tmp_path / "claims.csv"
    write_csv(claims_frame(corpus.claims), path)
    assert check_claims(pd.read_csv(path), corpus.documents) == check_claims(corpus.claims, corpus.documents)


def test_a_claims_table_without_a_column_is_refused_by_name():
    corpus = read_corpus([])
    with pytest.raises(ValueError, match="no column period, entities"):
        check_claims(claims_frame(corpus.claims).drop(columns=["period", "entities"]), corpus.documents)
