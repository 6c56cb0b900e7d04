"""An average over a span of time, and a change from the month before, are told from the figures usually stated."""

from __future__ import annotations

import pytest

from tests.extract.context.conftest import flagged


@pytest.mark.parametrize(
    "text, figure, expected",
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
def test_an_average_over_a_span_is_flagged(text, figure, expected):
    assert flagged(text, figure, "average") is expected


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        ("Consumer prices rose 0.3% month-on-month in September.", "0.3%", True),
        ("Prices rose 0.3% on the month and 2.9% on the year.", "0.3%", True),
        ("Prices rose 0.3% on the month and 2.9% on the year.", "2.9%", False),
        ("Monthly inflation was 0.4% in August.", "0.4%", True),
        ("Prices rose 0.4% compared with the previous month.", "0.4%", True),
        ("Annual inflation was 2.9% in September.", "2.9%", False),
        # The word belongs to another clause's figure.
        ("Monthly inflation was 0.4% in August, while annual inflation reached 2.9%.", "2.9%", False),
        ("Monthly inflation was 0.4%, while the annual rate was 2.9%.", "2.9%", False),
    ],
)
def test_a_change_from_the_month_before_is_flagged(text, figure, expected):
    assert flagged(text, figure, "month_on_month") is expected
