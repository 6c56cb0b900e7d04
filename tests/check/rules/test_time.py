from __future__ import annotations

import pytest

from tests.check.conftest import codes


@pytest.mark.parametrize("year, flagged", [("$610 million", True), ("$1.4 billion", False)])
def test_part_exceeds_whole(check_articles, year, flagged):
    result = check_articles(
        {
            "a": "Georgia's exports to Russia reached $700 million in the first half of 2024.",
            "b": f"Georgia's exports to Russia reached {year} in 2024.",
        }
    )
    assert ("FIG501" in codes(result)) is flagged


def test_rates_are_not_additive(check_articles):
    result = check_articles(
        {
            "a": "Georgia's economic growth was 9.8% in the first quarter of 2025.",
            "b": "Georgia's economic growth was 7.5% in 2025.",
        }
    )
    assert "FIG501" not in codes(result)


@pytest.mark.parametrize("half, flagged", [("$0.9 billion", True), ("$660 million", False)])
def test_parts_sum_to_whole(check_articles, half, flagged):
    result = check_articles(
        {
            "a": "Georgia's exports to Russia were $312 million in the first quarter of 2025.",
            "b": "Georgia's exports to Russia were $348 million in the second quarter of 2025.",
            "c": f"Georgia's exports to Russia were {half} in the first half of 2025.",
        }
    )
    assert ("FIG502" in codes(result)) is flagged


@pytest.mark.parametrize("total, flagged", [("$380 million", False), ("$460 million", True)])
def test_quarters_against_a_first_half_total_in_one_sentence(check_articles, total, flagged):
    # Regression: "the first-half total" was not read as a period, so the total took the second
    # quarter's and conflicted with it; and the clauses after ", and" lost the partner.
    result = check_articles(
        {
            "a": "In the first quarter of 2025, Georgia's exports to Russia reached $180 million, and in the second "
            f"quarter $200 million, bringing the first-half total to {total}."
        }
    )
    assert "FIG101" not in codes(result)
    assert ("FIG502" in codes(result)) is flagged


HALVES = "Exports to Russia amounted to $4.1 billion in the first half of 2024 and $4.6 billion in the second half"


@pytest.mark.parametrize("total, flagged", [("$8.2 billion", True), ("$8.7 billion", False)])
def test_the_years_total_after_its_halves(check_articles, total, flagged):
    # Regression: "the year's total" was no period, so the halves had no whole to add up to.
    result = check_articles({"a": f"Armenia's exports grew in 2024. {HALVES}, bringing the year's total to {total}."})
    assert ("FIG502" in codes(result)) is flagged


def test_a_whole_in_conflict_blocks_the_sum_of_its_parts_and_says_so(check_articles):
    result = check_articles(
        {
            "a": f"Armenia's exports grew in 2024, Armstat reported. {HALVES}, bringing the year's total to $8.2 billion.",
            "b": "Armenia's exports to Russia in 2024 totalled $8.7 billion.",
        }
    )
    # One finding for one wrong figure: the conflict, naming the checks it blocked.
    (conflict,) = result.findings
    assert conflict.rule == "FIG101" and conflict.blocked == ("FIG501", "FIG502")
    assert "Blocked checks that use it: FIG501, FIG502" in conflict.message


_REMITTANCES = "Remittances to Uzbekistan reached $14.8 billion in 2024. Remittances to Uzbekistan in the fourth quarter of 2024 were $4.4 billion"
_EXPORTS = "Georgia's exports reached {} billion in January–September 2024, of which $2.9 billion in the first half of 2024"


@pytest.mark.parametrize(
    "text, flagged",
    [
        # the first nine months and the fourth quarter make the year
        (f"{_REMITTANCES}, and in the first nine months of 2024 $11.4 billion.", True),
        (f"{_REMITTANCES}, and in the first nine months of 2024 $10.4 billion.", False),
        # and the first half and the third quarter the first nine months
        (_EXPORTS.format("$4.6") + " and $1.9 billion in the third quarter of 2024.", True),
        (_EXPORTS.format("$4.8") + " and $1.9 billion in the third quarter of 2024.", False),
        # (two parts that do not meet are no tiling: only the parts' total is held to the whole)
        ("Georgia's exports reached $5.6 billion in 2024, $2.9 billion in the first half and $0.9 billion in the fourth quarter.", False),
    ],
)
def test_two_parts_of_different_lengths_that_make_the_whole(check_articles, text, flagged):
    assert ("FIG502" in codes(check_articles({"a": text}))) is flagged


def test_two_halves_against_their_year_are_one_finding(check_articles):
    text = "Georgia's exports reached $5.6 billion in 2024: $2.9 billion in the first half of 2024 and $3.3 billion in the second half of 2024."
    assert codes(check_articles({"a": text})) == ["FIG502"]
