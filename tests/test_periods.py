"""Periods as values: spans of months across a year's end, and their labels."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figures.periods import months_span, parse_period_label, shift_years, trailing_months


@pytest.mark.parametrize(
    "end, months, label",
    [
        (dt.date(2025, 6, 30), 12, "2024-07..2025-06"),
        (dt.date(2024, 12, 31), 12, "2024"),
        (dt.date(2025, 3, 31), 3, "2025-Q1"),
        (dt.date(2025, 2, 28), 6, "2024-09..2025-02"),
    ],
)
def test_a_trailing_window_ends_with_its_month(end, months, label):
    assert trailing_months(end, months).label == label


def test_a_span_across_a_years_end_shifts_by_its_dates_not_its_label():
    span = parse_period_label("2024-07..2025-06")
    assert (span.start, span.end, span.granularity) == (dt.date(2024, 7, 1), dt.date(2025, 6, 30), "months")
    assert shift_years(span, -1).label == "2023-07..2024-06"
    assert parse_period_label("2025-06..2024-07") is None  # backwards


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), st.integers(1, 36))
def test_every_trailing_window_is_its_months_and_its_label_reads_back(end, months):
    window = trailing_months(end, months)
    assert window.end.month == end.month and window.end.year == end.year
    assert (window.end.year - window.start.year) * 12 + window.end.month - window.start.month + 1 == months
    assert parse_period_label(window.label) == window == months_span(window.start, window.end)
