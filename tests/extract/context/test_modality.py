"""Forecasts, plans and targets are told from statements of what happened."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figures import extract
from figures.extract.context.modality import forecast_cues
from figures.extract.grammar import alternation
from figures.lexicon import load_lexicon


def forecast(text: str, figure: str, published: dt.date | None = None) -> bool:
    (claim,) = [c for c in extract(text, published=published) if c.text == figure]
    return "forecast" in claim.flags


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Analysts expect growth of around 5% in 2025.", "around 5%"),
        ("It expects inflation to return to the 3% target in the second half of 2026.", "3%"),
        ('"We expect GDP growth of 7.5% this year and about 6% next year," the minister said.', "about 6%"),
        ("The IMF is more cautious, forecasting 7.2% for 2025.", "7.2%"),
        ("The budget deficit is planned at 2.5% of GDP in 2026, down from 2.7% in 2025.", "2.5%"),
        ("Gas exports to Europe are expected to rise to 13 billion cubic metres in 2025.", "13 billion cubic metres"),
        ("The government expects the economy to grow by 3.5% next year, after 2.9% this year.", "3.5%"),
        ("Annual inflation was 4.1% in October, against a target of 3%.", "3%"),
        ("Exports will reach $3 billion in 2025, the minister said.", "$3 billion"),
        ("The bank kept its 3% inflation target.", "3%"),
    ],
)
def test_forecasts_plans_and_targets_are_flagged(text, figure):
    assert forecast(text, figure)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Annual inflation was 4.1% in October, against a target of 3%.", "4.1%"),
        ("The government expects the economy to grow by 3.5% next year, after 2.9% this year.", "2.9%"),
        ("The budget deficit is planned at 2.5% of GDP in 2026, down from 2.7% in 2025.", "2.7%"),
        ("Exports grew 7% in 2024, more than expected.", "7%"),
        ("Exports grew faster than expected, by 7% in 2024.", "7%"),
        ("Without it, Georgia's economy would not have grown by 40% compared to 2022.", "40%"),
        ("Exports grew 7% in 2024, above the forecast.", "7%"),
        ("Exports reached $2 billion in 2024; the ministry expects more next year.", "$2 billion"),
        ("Infrastructure projects worth $1 billion were completed in 2024.", "$1 billion"),  # the noun
    ],
)
def test_statements_of_what_happened_are_not(text, figure):
    assert not forecast(text, figure)


def test_a_period_after_publication_is_a_forecast():
    text = "Trade with Turkey reaches $3 billion in 2027."
    assert forecast(text, "$3 billion", published=dt.date(2025, 6, 1))
    assert not forecast(text, "$3 billion", published=dt.date(2028, 1, 15))
    assert not forecast(text, "$3 billion")  # no publication date: nothing to tell it by


_CUE_PIECES = st.sampled_from(
    ["expects", "Expected", "WILL", "would", "is set to", "planned", "than", "as", "than had been", "have", "not have",
     "pre", "-", " ", "  ", ",", "x", "7%", "\n"]
)  # fmt: skip


@given(st.lists(_CUE_PIECES, max_size=20).map("".join))
def test_forecast_cues_are_what_the_cue_pattern_finds(text):
    # The plain form is the definition: a forecasting word, not in a hyphenated word, with no
    # "than"/"as" before it and no "have" after it.
    data = load_lexicon("modality")["forecast"]
    pattern = re.compile(
        rf"(?<![\w-])(?P<compared>(?:{alternation(data['not_after'])})\s+)?(?:{alternation(data['before'])})(?![\w-])"
        rf"(?P<past>\s*(?:{alternation(data['not_before'])})(?![\w-]))?",
        re.IGNORECASE,
    )
    expected = [m.span() for m in pattern.finditer(text) if not (m.group("compared") or m.group("past"))]
    assert forecast_cues(text) == expected
