"""Whether a figure is stated in real terms (adjusted for inflation) or in nominal ones (at
current prices), where its words say so (``[price_basis]`` in ``changes.toml``).

Growth rates are real unless said otherwise and other figures nominal; the link stage makes a
figure stated the other way another quantity, since "in real terms wages rose 3.4%" and "wages
rose 12.3%" are both true of one year.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from figures.extract.grammar import alternation
from figures.extract.phrases import HYPHEN, PhraseFinder, written_forms
from figures.lexicon import load_lexicon

BASES = ("real", "nominal")
_BEFORE_REACH = 60  # "in real terms the average monthly wage rose 3.4%"


def _words(basis: str) -> dict[str, list[str]]:
    return load_lexicon("changes")["price_basis"][basis]


# The words before a figure are rare, and found with the other phrases of the text; those after it
# are matched right there.
_BEFORE = {basis: PhraseFinder(lambda basis=basis: written_forms(_words(basis)["before"])) for basis in BASES}


@cache
def _after() -> dict[str, re.Pattern[str]]:
    return {basis: re.compile(rf"\s*,?\s*(?:{alternation(_words(basis)['after'])})(?![\w-])", re.IGNORECASE) for basis in BASES}


def price_basis(text: str, clause_start: int, figure_start: int, figure_end: int) -> str | None:
    """"real" or "nominal" where the figure at ``text[figure_start:figure_end]``, in a clause that
    begins at ``clause_start``, is said to be so: by words right after it, else by words before
    it in its clause; None where it is not said."""
    after = _after()
    for basis in BASES:
        if after[basis].match(text, figure_end):
            return basis
    window = max(clause_start, figure_start - _BEFORE_REACH)
    # The nearest before it: in "nominal wages rose 12.3% and real wages 3.4%" the 3.4% are real.
    nearest = {basis: _last_start(_BEFORE[basis].find(text, not_before=HYPHEN), window, figure_start) for basis in BASES}
    stated = [(start, basis) for basis, start in nearest.items() if start is not None]
    return max(stated)[1] if stated else None


def _last_start(spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where the last of the (start, end) spans, in order, lying inside [start, end) begins."""
    last = bisect_left(spans, (end, 0)) - 1
    while last >= 0 and spans[last][1] > end:
        last -= 1
    return spans[last][0] if last >= 0 and spans[last][0] >= start else None
