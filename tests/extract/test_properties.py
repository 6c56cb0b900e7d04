"""Property tests: for any text, extraction never raises and every claim is well formed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from figures import extract

# Text made of the pieces figures are built from, so that the generator reaches the grammar's
# corners (hedges, scales, currencies, separators, dashes) and not only random letters.
PIECES = st.sampled_from(
    [
        "$", "€", "US$", "USD", "GEL ", " ", "\u202f", "\u2009", "\n", "- ", ",", ".", "%", "–", "-", "/",
        "0", "1", "2", "5", "9", "000", "2024", "1.4", "200,000", " million", " billion", "bn", "m", "k",
        " per cent", " percentage points", "fold", " times", " to ", " and ", "between ", "from ",
        "nearly ", "almost ", "about ", "more than ", "at least ", "up to ", "under ", "a ", "quarter",
        "half", " of ", "two", "hundred", "twenty-five", "point", "rose ", " higher", "km²", " t", "pm",
        "th", "December ", "Q1", "H1", "+",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_extract_never_raises_and_claims_are_well_formed(text):
    for claim in extract(text):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.line >= 1 and claim.column >= 1
        if claim.lower is not None:
            assert claim.lower <= claim.value
        if claim.upper is not None:
            assert claim.value <= claim.upper
        if claim.lower is not None and claim.upper is not None:
            assert claim.lower <= claim.upper


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_extract_is_deterministic(text):
    assert extract(text) == extract(text)
