"""Forecasts, plans and targets are told from statements of what happened."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figures.extract.context.modality import forecast_cues
from figures.extract.grammar import alternation
from figures.lexicon import load_lexicon
from tests.extract.context.conftest import flagged


def forecast(text: str, figure: str, published: dt.date | None = None) -> bool:
    return flagged(text, figure, "forecast", published)


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
        ("The IMF raised its forecast for growth in 2025 to 7.5% from 6.0% predicted in April.", "6.0%"),
        # Regression: "projects" in the present tense was no cue.
        ("For 2025, the IMF projects 6% GDP growth in Georgia.", "6%"),
        ("The bank foresees inflation of 3.5% in 2026.", "3.5%"),
        # Regression: a target band was inflation as it stood (a FIG101 waiting for a figure outside it).
        ("Inflation was 3.1% in October, within the bank's 3-5% tolerance band.", "3-5%"),
        ("Inflation slowed to 2.8% in October, below the 4% targeted by the bank.", "4%"),
    ],
)
def test_forecasts_plans_and_targets_are_flagged(text, figure):
    assert forecast(text, figure)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Annual inflation was 4.1% in October, against a target of 3%.", "4.1%"),
        ("The government expects the economy to grow by 3.5% next year, after 2.9% this year.", "2.9%"),
        ("The IMF raised its growth forecast for 2025 to 7.5%, after growth of 9.4% in 2024.", "9.4%"),
        ("The budget deficit is planned at 2.5% of GDP in 2026, down from 2.7% in 2025.", "2.7%"),
        ("Exports grew 7% in 2024, more than expected.", "7%"),
        ("Exports grew faster than expected, by 7% in 2024.", "7%"),
        ("Without it, Georgia's economy would not have grown by 40% compared to 2022.", "40%"),
        ("Exports grew 7% in 2024, above the forecast.", "7%"),
        ("Exports reached $2 billion in 2024; the ministry expects more next year.", "$2 billion"),
        ("Infrastructure projects worth $1 billion were completed in 2024.", "$1 billion"),  # the noun
        ("Exports grew 7% as expected in 2024.", "7%"),
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


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        ("Geostat revised its estimate of 2024 growth to 9.4% from a preliminary 9.0%.", "9.0%", True),
        ("Geostat revised its estimate of 2024 growth to 9.4% from a preliminary 9.0%.", "9.4%", False),
        ("Growth was revised down from an initial estimate of 4.1% to 3.8%.", "4.1%", True),
        ("Growth was revised down from an initial estimate of 4.1% to 3.8%.", "3.8%", False),
        ("The IMF raised its growth forecast for Georgia to 7.5% from 6%.", "6%", True),
        ("Construction grew 14% in 2024, instead of the 11% first reported.", "11%", True),
        ("Exports grew 5.2% in 2024, not 4.8% as previously reported.", "4.8%", False),  # "as" between: not attached
        ("Exports were $6.6 billion, up from $6.3 billion previously reported.", "$6.3 billion", True),
        # A change from an earlier level is no revision: that level happened.
        ("The central bank raised its key rate to 8% from 7.5%.", "7.5%", False),
        ("Exports rose to $6.6 billion from $6.3 billion in 2023.", "$6.3 billion", False),
        ("Preliminary estimates put growth at 9.4% in 2024.", "9.4%", False),
        ("The figures were revised from the flash estimate, which had put exports at $1.5 billion.", "$1.5 billion", True),
        ("The flash estimate had put exports at $1.5 billion.", "$1.5 billion", False),  # no revision said
        # A figure with a period of its own is a level then, not the estimate revised from.
        ("Exports in 2024 were revised up to $6.6 billion, up from $6.3 billion in 2023.", "$6.3 billion", False),
    ],
)
def test_an_estimate_since_revised_is_flagged(text, figure, expected):
    assert flagged(text, figure, "superseded") is expected
