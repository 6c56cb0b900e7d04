"""Whether a figure is stated in real terms (adjusted for inflation) or in nominal ones (at
current prices), where its words say so (``[price_basis]`` in ``changes.toml``).

Growth rates are real unless said otherwise and other figures nominal; the link stage makes a
figure stated the other way another quantity, since "in real terms wages rose 3.4%" and "wages
rose 12.3%" are both true of one year.

The words are rare: they are found once per document with the other phrases of the text, and
each figure looks up those around it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from figures.extract.phrases import HYPHEN, PhraseFinder, Span, written_forms
from figures.lexicon import load_lexicon

BASES = ("real", "nominal")
_BEFORE_REACH = 60  # "in real terms the average monthly wage rose 3.4%"


@cache
def _bases() -> dict[tuple[str, str], str]:
    """(where, phrase as written) → basis: where is "before" or "after" a figure."""
    words = load_lexicon("changes")["price_basis"]
    return {(where, form): basis for basis in BASES for where in ("before", "after") for form in written_forms(words[basis][where])}


# One finder for every word: a phrase may stand before a figure or after one ("in real terms").
_WORDS = PhraseFinder(lambda: {phrase for _, phrase in _bases()})
# Between a figure and a word after it: "3.4% in real terms", "3.4%, adjusted for inflation".
_GAP_AFTER = re.compile(r"\s*,?\s*")


class PriceWords(NamedTuple):
    """Where a text says a price basis, by basis: words that stand before a figure and words that
    stand after one, as (start, end) spans in order."""

    before: dict[str, list[Span]]
    after: dict[str, list[Span]]


def find_price_words(text: str) -> PriceWords:
    """The price-basis words of ``text``."""
    words = PriceWords({basis: [] for basis in BASES}, {basis: [] for basis in BASES})
    bases = _bases()
    for start, end in _WORDS.find(text, not_before=HYPHEN):
        for where, by_basis in (("before", words.before), ("after", words.after)):
            basis = bases.get((where, text[start:end]))
            if basis is not None:
                by_basis[basis].append((start, end))
    return words


def price_basis(words: PriceWords, text: str, clause_start: int, figure_start: int, figure_end: int) -> str | None:
    """"real" or "nominal" where the figure at ``text[figure_start:figure_end]``, in a clause that
    begins at ``clause_start``, is said to be so (``words``: ``find_price_words(text)``): by words
    right after it, else by the nearest words before it in its clause; None where it is not said."""
    if any(words.after.values()):
        after = _GAP_AFTER.match(text, figure_end).end()
        for basis in BASES:
            spans = words.after[basis]
            first = bisect_left(spans, (after, 0))
            if first < len(spans) and spans[first][0] == after:
                return basis
    if not any(words.before.values()):
        return None
    window = max(clause_start, figure_start - _BEFORE_REACH)
    # The nearest before it: in "nominal wages rose 12.3% and real wages 3.4%" the 3.4% are real.
    nearest = {basis: _last_start(words.before[basis], window, figure_start) for basis in BASES}
    stated = [(start, basis) for basis, start in nearest.items() if start is not None]
    return max(stated)[1] if stated else None


def _last_start(spans: list[Span], start: int, end: int) -> int | None:
    """Where the last of the (start, end) spans, in order, lying inside [start, end) begins."""
    last = bisect_left(spans, (end, 0)) - 1
    while last >= 0 and spans[last][1] > end:
        last -= 1
    return spans[last][0] if last >= 0 and spans[last][0] >= start else None
