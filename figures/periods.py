"""Periods as values: constructors for years, halves, quarters and months, and shifting by years.

Each constructor is cached: a Period is an immutable value, a run names few distinct ones, and
an article's periods and the check's period labels ask for the same ones again and again.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from figures.records import Period


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@cache
def year_period(year: int) -> Period:
    return Period(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


@cache
def years_period(first: int, last: int) -> Period:
    return Period(f"{first}..{last}", dt.date(first, 1, 1), dt.date(last, 12, 31), "years")


@cache
def half_period(year: int, half: int) -> Period:
    first = 1 if half == 1 else 7
    return Period(f"{year}-H{half}", dt.date(year, first, 1), _month_end(year, first + 5), "half")


@cache
def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * (quarter - 1) + 1
    return Period(f"{year}-Q{quarter}", dt.date(year, first, 1), _month_end(year, first + 2), "quarter")


@cache
def month_period(year: int, month: int) -> Period:
    return Period(f"{year}-{month:02d}", dt.date(year, month, 1), _month_end(year, month), "month")


@cache
def months_period(year: int, first: int, last: int) -> Period:
    """January–June is the first half, and is labelled so; other runs of months keep their bounds."""
    if (first, last) in ((1, 6), (7, 12)):
        return half_period(year, 1 if first == 1 else 2)
    if first % 3 == 1 and last == first + 2:
        return quarter_period(year, (first + 2) // 3)
    if (first, last) == (1, 12):
        return year_period(year)
    if first == last:
        return month_period(year, first)
    return Period(f"{year}-{first:02d}..{year}-{last:02d}", dt.date(year, first, 1), _month_end(year, last), "months")


@cache
def months_span(first: dt.date, last: dt.date) -> Period:
    """The months from the one holding ``first`` to the one holding ``last``, across a year's end
    too ("2024-07..2025-06": the four quarters to the end of the second quarter of 2025)."""
    if first.year == last.year:
        return months_period(first.year, first.month, last.month)
    return Period(
        f"{first.year}-{first.month:02d}..{last.year}-{last.month:02d}",
        dt.date(first.year, first.month, 1),
        _month_end(last.year, last.month),
        "months",
    )


def trailing_months(end: dt.date, months: int) -> Period:
    """The ``months`` months that end with the month holding ``end`` ("the 12 months to June 2025")."""
    first = end.year * 12 + end.month - months  # months since year 0, of the month before the first
    return months_span(dt.date(first // 12, first % 12 + 1, 1), end)


@cache
def day_period(day: dt.date) -> Period:
    return Period(day.isoformat(), day, day, "day")


@cache
def fiscal_period(first_year: int, last_year: int) -> Period:
    """A fiscal year spanning two calendar years; the months depend on the country, so the
    bounds cover both calendar years and the label says which years were named."""
    return Period(f"FY{first_year}-{last_year % 100:02d}", dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), "fiscal_year")


SPANS = frozenset({"years", "months"})  # granularities of periods of several years or months ("2021..2024")


@cache
def shift_years(period: Period, years: int) -> Period:
    """The same part of another year: 2025-H1 shifted by −1 is 2024-H1."""
    start = period.start.replace(year=period.start.year + years)
    end_year = period.end.year + years
    end = _month_end(end_year, period.end.month) if period.end.day >= 28 else period.end.replace(year=end_year)
    if period.granularity == "months" and start.year != end_year:
        return months_span(start, end)  # (its label names two years, which a replacement would mix up)
    label = period.label
    for old_year in sorted({period.start.year, period.end.year}, reverse=True):
        label = label.replace(str(old_year), str(old_year + years))
    return Period(label, start, end, period.granularity)


def same_part_of_year(period: Period, year: int) -> Period:
    """The part of ``year`` that ``period`` covers in its own year ("the same period of 2024")."""
    return shift_years(period, year - period.start.year)


_LABEL = re.compile(
    r"(?P<year>\d{4})(?:-H(?P<half>[12])|-Q(?P<quarter>[1-4])|-(?P<month>\d{2})(?:-(?P<day>\d{2}))?"
    r"|-(?P<first>\d{2})\.\.(?P<year2>\d{4})-(?P<last>\d{2})|\.\.(?P<last_year>\d{4}))?"
    r"|FY(?P<fy>\d{4})-(?P<fy_end>\d{2})"
)


@cache
def parse_period_label(label: str | None) -> Period | None:
    """The Period a label names ("2024", "2025-H1", "2025-Q1", "2025-06", "2025-01..2025-05",
    "2020..2024", "FY2012-13", "2024-12-04"); None for anything else."""
    match = _LABEL.fullmatch(label or "")
    if not match:
        return None
    group = match.group
    if group("fy"):
        first = int(group("fy"))
        return fiscal_period(first, first // 100 * 100 + int(group("fy_end")))
    year = int(group("year"))
    if group("half"):
        return half_period(year, int(group("half")))
    if group("quarter"):
        return quarter_period(year, int(group("quarter")))
    if group("day"):
        return day_period(dt.date(year, int(group("month")), int(group("day"))))
    if group("month"):
        return month_period(year, int(group("month")))
    if group("first"):
        last = dt.date(int(group("year2")), int(group("last")), 1)
        first = dt.date(year, int(group("first")), 1)
        return months_span(first, last) if first <= last else None
    if group("last_year"):
        return years_period(year, int(group("last_year")))
    return year_period(year)
