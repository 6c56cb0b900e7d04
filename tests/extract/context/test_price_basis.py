"""A figure in real terms, or in nominal ones, is told by its words; the link stage sets apart the
one stated otherwise than its metric usually is."""

from __future__ import annotations

import pytest

from figures import extract
from figures.extract.context.price_basis import find_price_words, price_basis
from tests.extract.context.conftest import flagged


def _basis(text: str, figure: str) -> str | None:
    start = text.index(figure)
    return price_basis(find_price_words(text), text, 0, start, start + len(figure))


@pytest.mark.parametrize(
    "text, figure, basis",
    [
        ("In real terms wages rose 3.4% in the second quarter.", "3.4%", "real"),
        ("Wages rose 3.4% in real terms.", "3.4%", "real"),
        ("Real wages rose 3.4%.", "3.4%", "real"),
        ("Wages rose 3.4%, adjusted for inflation.", "3.4%", "real"),
        ("GDP grew 12% in nominal terms.", "12%", "nominal"),
        ("GDP at current prices rose 12%.", "12%", "nominal"),
        # The word after a figure decides over one before it; the nearest before it over others.
        ("Wages grew 3.4% in real terms and 12.3% in nominal terms.", "12.3%", "nominal"),
        ("Nominal wages rose 12.3% and real wages 3.4%.", "3.4%", "real"),
        ("Nominal wages rose 12.3% and real wages 3.4%.", "12.3%", "nominal"),
        # Unsaid; and "real estate" is no price basis.
        ("Wages rose 12.3% in 2024.", "12.3%", None),
        ("Real estate prices rose 8%.", "8%", None),
        ("Real-estate lending rose 8%.", "8%", None),
    ],
)
def test_the_price_basis_a_figure_is_stated_in(text, figure, basis):
    assert _basis(text, figure) == basis


def test_a_real_change_is_flagged_beside_the_nominal_one_of_its_sentence():
    # Regression: "in real terms wages rose 3.4%" was held against the nominal 12.3% (FIG101).
    text = "The average wage reached 430,000 tenge in 2024, 12.3% more than a year earlier; in real terms wages rose 3.4%."
    assert flagged(text, "3.4%", "real_terms")
    assert not flagged(text, "12.3%", "real_terms")


def test_a_nominal_change_of_gdp_is_no_growth_rate():
    # As "nominal GDP rose 15%": a change of GDP in current prices, which links with other such changes.
    (claim,) = extract("Armenia's gross domestic product grew 12% in nominal terms in 2024.")
    assert (claim.metric, "nominal_terms" in claim.flags) == ("gdp", True)
