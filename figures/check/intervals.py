"""Interval arithmetic over claim intervals, exact with open and closed ends.

A figure allows an interval (its rounding and hedge); arithmetic on figures is arithmetic on
intervals, so that a rounding or hedge difference is never reported as a discrepancy. ``None``
is an infinite end. Ends carry their inclusivity: an end computed from an open end is open.
"""

from __future__ import annotations

import math
from itertools import product

from figures.records import Interval

EVERYTHING = Interval(None, None, False, False)


def _lower(interval: Interval) -> float:
    return -math.inf if interval.lower is None else interval.lower


def _upper(interval: Interval) -> float:
    return math.inf if interval.upper is None else interval.upper


def _make(lower: float, lower_inclusive: bool, upper: float, upper_inclusive: bool) -> Interval:
    return Interval(
        None if math.isinf(lower) else lower,
        None if math.isinf(upper) else upper,
        lower_inclusive and not math.isinf(lower),
        upper_inclusive and not math.isinf(upper),
    )


def is_empty(interval: Interval) -> bool:
    """True when no value satisfies the interval ((5, 5), [6, 5])."""
    lower, upper = _lower(interval), _upper(interval)
    return lower > upper or (lower == upper and not (interval.lower_inclusive and interval.upper_inclusive))


def intersect(*intervals: Interval) -> Interval:
    """The values every interval allows (possibly empty: check with ``is_empty``)."""
    lower, lower_inclusive, upper, upper_inclusive = -math.inf, False, math.inf, False
    for interval in intervals:
        low, high = _lower(interval), _upper(interval)
        if low > lower or (low == lower and not interval.lower_inclusive):
            lower, lower_inclusive = low, interval.lower_inclusive
        if high < upper or (high == upper and not interval.upper_inclusive):
            upper, upper_inclusive = high, interval.upper_inclusive
    return _make(lower, lower_inclusive, upper, upper_inclusive)


def overlaps(first: Interval, second: Interval) -> bool:
    """Whether two intervals share at least one value."""
    return not is_empty(intersect(first, second))


def add(first: Interval, second: Interval) -> Interval:
    """[a, b] + [c, d] = [a + c, b + d]; an end is closed only if both ends it comes from are."""
    return _make(
        _lower(first) + _lower(second),
        first.lower_inclusive and second.lower_inclusive,
        _upper(first) + _upper(second),
        first.upper_inclusive and second.upper_inclusive,
    )


def total(intervals: list[Interval]) -> Interval:
    """The sum of several intervals."""
    result = Interval(0.0, 0.0)
    for interval in intervals:
        result = add(result, interval)
    return result


def negate(interval: Interval) -> Interval:
    return _make(-_upper(interval), interval.upper_inclusive, -_lower(interval), interval.lower_inclusive)


def subtract(first: Interval, second: Interval) -> Interval:
    """[a, b] − [c, d] = [a − d, b − c]."""
    return add(first, negate(second))


def _corners(first: Interval, second: Interval, operation) -> Interval:
    candidates = []
    for (a, a_inclusive), (b, b_inclusive) in product(
        ((_lower(first), first.lower_inclusive), (_upper(first), first.upper_inclusive)),
        ((_lower(second), second.lower_inclusive), (_upper(second), second.upper_inclusive)),
    ):
        value = operation(a, b)
        if math.isnan(value):
            return EVERYTHING  # 0 × ∞: nothing can be said
        candidates.append((value, a_inclusive and b_inclusive))
    low = min(value for value, _ in candidates)
    high = max(value for value, _ in candidates)
    low_inclusive = any(inclusive for value, inclusive in candidates if value == low)
    high_inclusive = any(inclusive for value, inclusive in candidates if value == high)
    return _make(low, low_inclusive, high, high_inclusive)


def multiply(first: Interval, second: Interval) -> Interval:
    """The product of two intervals (the extremes are among the products of the ends)."""
    return _corners(first, second, lambda a, b: a * b)


def divide(first: Interval, second: Interval) -> Interval:
    """The quotient of two intervals; unbounded when the divisor may be zero."""
    if _lower(second) <= 0 <= _upper(second):
        return EVERYTHING
    return _corners(first, second, _safe_divide)


def _safe_divide(a: float, b: float) -> float:
    if math.isinf(b):
        return math.nan if math.isinf(a) else 0.0
    return a / b


def scale(interval: Interval, factor: float) -> Interval:
    """Multiply an interval by an exact number."""
    return multiply(interval, Interval(factor, factor))


def shift(interval: Interval, amount: float) -> Interval:
    """Add an exact number to an interval."""
    return add(interval, Interval(amount, amount))


def ratio(later: Interval, earlier: Interval) -> Interval:
    """How many times ``earlier`` goes into ``later``: the multiple of a from–to change."""
    return divide(later, earlier)


def growth_percent(later: Interval, earlier: Interval) -> Interval:
    """The growth rate in percent from ``earlier`` to ``later``: 100 × (later / earlier − 1)."""
    return scale(shift(ratio(later, earlier), -1.0), 100.0)


def base_from_growth(level: Interval, growth: Interval) -> Interval:
    """The base level implied by a level and its growth in percent: level / (1 + growth / 100)."""
    return divide(level, shift(scale(growth, 0.01), 1.0))


def compound_growth(rates_percent: list[Interval]) -> Interval:
    """Cumulative growth in percent over consecutive periods: the product of (1 + rate)."""
    factor = Interval(1.0, 1.0)
    for rate in rates_percent:
        factor = multiply(factor, shift(scale(rate, 0.01), 1.0))
    return scale(shift(factor, -1.0), 100.0)


def relative_gap(stated: Interval, expected: Interval) -> float | None:
    """The absolute percentage error between two disjoint intervals: the distance between their
    nearest ends, as a share of the expected end. None when they overlap or the end is 0."""
    if overlaps(stated, expected):
        return None
    if _lower(stated) > _upper(expected):
        gap, reference = _lower(stated) - _upper(expected), _upper(expected)
    else:
        gap, reference = _lower(expected) - _upper(stated), _lower(expected)
    if reference == 0 or math.isinf(reference) or math.isinf(gap):
        return None
    return abs(gap / reference)


def entirely_below(first: Interval, second: Interval) -> bool:
    """Whether every value of ``first`` is below every value of ``second``."""
    return not overlaps(first, second) and _upper(first) <= _lower(second)
