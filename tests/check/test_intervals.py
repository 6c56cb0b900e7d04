from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from figures.check.intervals import (
    add,
    base_from_growth,
    compound_growth,
    divide,
    growth_percent,
    intersect,
    is_empty,
    multiply,
    overlaps,
    relative_gap,
    subtract,
    total,
)
from figures.records import Interval


def test_rounding_edges_are_consistent():
    stated = Interval(2.35e9, 2.45e9)  # "$2.4 billion"
    assert overlaps(stated, Interval(2.44e9, 2.44e9))
    assert overlaps(stated, Interval(2.45e9, 2.45e9))
    assert not overlaps(stated, Interval(2.46e9, 2.46e9))


def test_open_ends_are_exact():
    nearly = Interval(1.25e9, 1.3e9, True, False)  # "nearly $1.3 billion"
    assert not overlaps(nearly, Interval(1.3e9, 1.3e9))
    assert not overlaps(nearly, Interval(1.31e9, 1.31e9))
    assert overlaps(nearly, Interval(1.2999e9, 1.2999e9))
    assert is_empty(intersect(Interval(1, 2, True, False), Interval(2, 3)))
    assert not is_empty(intersect(Interval(1, 2), Interval(2, 3)))


def test_unbounded():
    more_than = Interval(1.4e6, None, False, False)  # "exceeded 1.4 million"
    assert overlaps(more_than, Interval(1.42e6, 1.42e6))
    assert not overlaps(more_than, Interval(1.4e6, 1.4e6))
    assert intersect(more_than, Interval(1e6, 2e6)) == Interval(1.4e6, 2e6, False, True)


def test_sum_and_difference():
    assert add(Interval(1, 2), Interval(10, 20, False, True)) == Interval(11, 22, False, True)
    assert subtract(Interval(10, 20), Interval(1, 2)) == Interval(8, 19)
    assert total([Interval(1, 2), Interval(3, 4), Interval(5, 6)]) == Interval(9, 12)


def test_implied_base_of_the_seed_trade_figure():
    # "almost $1.3 billion" in H1 2025, "7% higher": H1 2024 within about [1.16, 1.22] bn.
    base = base_from_growth(Interval(1.25e9, 1.3e9, True, False), Interval(6.5, 7.5))
    assert base.lower == pytest.approx(1.25e9 / 1.075) and base.upper == pytest.approx(1.3e9 / 1.065)
    assert not base.upper_inclusive
    assert overlaps(base, Interval(1197.55e6, 1197.65e6))  # Geostat's $1,197.6 million


def test_growth_and_multiple_of_a_from_to_pair():
    later, earlier = Interval(1.4e6, None, False, False), Interval(150_000, 250_000)
    assert divide(later, earlier).lower == pytest.approx(5.6)
    assert growth_percent(Interval(110, 110), Interval(100, 100)) == Interval(pytest.approx(10), pytest.approx(10))


def test_compound_growth():
    cumulative = compound_growth([Interval(11.0, 11.0), Interval(7.5, 7.5), Interval(9.4, 9.4)])
    assert cumulative.lower == pytest.approx(30.54, abs=0.01)


def test_division_by_an_interval_holding_zero_says_nothing():
    assert divide(Interval(1, 2), Interval(-1, 1)) == Interval(None, None, False, False)


def test_relative_gap():
    assert relative_gap(Interval(2.35e9, 2.45e9), Interval(2.525e9, 2.535e9)) == pytest.approx(0.075e9 / 2.525e9)
    assert relative_gap(Interval(1, 2), Interval(1.5, 3)) is None


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def intervals_with_member(draw):
    # (+ 0.0 makes -0.0 0.0: sorted() keeps 0.0 before -0.0, and no float lies from 0.0 to -0.0)
    a, b = sorted((draw(finite) + 0.0, draw(finite) + 0.0))
    x = draw(st.floats(min_value=a, max_value=b))
    return Interval(a, b), x


def within(interval: Interval, value: float) -> bool:
    """Membership up to floating-point rounding of the computed ends."""
    slack = 1e-9 * max(1.0, abs(value))
    return (interval.lower is None or interval.lower - slack <= value) and (
        interval.upper is None or value <= interval.upper + slack
    )


@given(intervals_with_member(), intervals_with_member())
def test_arithmetic_contains_every_result_of_its_members(first, second):
    (a, x), (b, y) = first, second
    assert within(add(a, b), x + y)
    assert within(subtract(a, b), x - y)
    assert within(multiply(a, b), x * y)
    assume(not (b.lower <= 0 <= b.upper))
    assert within(divide(a, b), x / y)
