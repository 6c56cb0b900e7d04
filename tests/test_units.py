"""The project's single pint registry: every unit figures writes parses, and units that must not
mix do not."""

from __future__ import annotations

import pint
import pytest

from figures import extract
from figures.reference.table import bundled_reference
from figures.units import parses, registry


def test_every_unit_the_extractor_writes_parses():
    text = (
        "$1 billion, €2m, £3, ₾4, ₽5, ₹6, 7 lari, 8%, 9 percentage points, 10 bps, sevenfold, "
        "816 000 t, 12,560 km², 5 kg, 200,000 tourists"
    )
    units = {claim.unit for claim in extract(text)}
    assert units >= {"USD", "EUR", "GBP", "GEL", "RUB", "INR", "percent", "percentage_point", "basis_point", "times", "tonne", "km**2", "kg", "count"}
    assert all(parses(unit) for unit in units)


def test_every_unit_of_the_bundled_reference_parses():
    assert all(parses(unit) for unit in set(bundled_reference()["unit"]))


def test_scale_words_and_counted_things():
    ureg = registry()
    assert ureg.Quantity(2530, "USD million").to("USD").magnitude == pytest.approx(2.53e9)
    assert ureg.Quantity(1.42, "million").to("count").magnitude == pytest.approx(1.42e6)
    assert ureg.Quantity(5, "trips").to("count").magnitude == 5


def test_currencies_need_a_rate_and_points_are_not_percent():
    ureg = registry()
    with pytest.raises(pint.errors.DimensionalityError):
        ureg.Quantity(1, "USD").to("GEL")
    with pytest.raises(pint.errors.DimensionalityError):
        ureg.Quantity(1, "percent") + ureg.Quantity(1, "percentage_point")
    assert ureg.Quantity(50, "basis_point").to("percentage_point").magnitude == pytest.approx(0.5)


def test_nonsense_does_not_parse():
    assert not parses("dollars of gold")
    assert not parses("USD **")
