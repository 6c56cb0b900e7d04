"""An average over a span of time is told from the span's total and from one year's figure."""

from __future__ import annotations

import pytest

from figures import extract


def average(text: str, figure: str) -> bool:
    (claim,) = [c for c in extract(text) if c.text == figure]
    return "average" in claim.flags


@pytest.mark.parametrize(
    "text, figure, flagged",
    [
        ("Real GDP growth averaged 8.1% over 2021-2024.", "8.1%", True),
        ("Exports grew by an average of 5% a year in 2020-2024.", "5%", True),
        ("Wages rose 12% a year on average between 2021 and 2024.", "12%", True),
        ("The economy grew at an average annual rate of 6.5% in 2015-2019.", "6.5%", True),
        ("Inflation averaged 2.5% over the first eight months of 2025.", "2.5%", True),
        # Over one year, an average is the year's figure as statistics offices give it.
        ("Inflation averaged 2.5% in 2024.", "2.5%", False),
        ("The average wage was 2,000 lari in 2024.", "2,000 lari", False),
        # A span with no averaging word: the change over it.
        ("Georgia's economy grew 36% over 2021-2024.", "36%", False),
        # The word belongs to another clause's figure.
        ("Growth averaged 8% in 2021-2023; it reached 9.4% in 2024.", "9.4%", False),
        ("Wages averaged 1,500 lari in 2024, and exports grew 30% over 2021-2024.", "30%", False),
    ],
)
def test_an_average_over_a_span_is_flagged(text, figure, flagged):
    assert average(text, figure) is flagged
