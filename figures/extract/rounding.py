"""From a figure as written to the interval it allows: rounding first, then the hedge."""

from __future__ import annotations

from figures.options import ExtractOptions
from figures.records import Interval, Qualifier

# What each hedge class of the lexicon (data/lexicon/hedges.toml) makes of the claim.
HEDGE_QUALIFIERS: dict[str, Qualifier] = {
    "nearly": "lt",
    "approx": "approx",
    "gt": "gt",
    "ge": "ge",
    "lt": "lt",
    "le": "le",
}


def stated_interval(
    lower: float,
    upper: float,
    lower_half_unit: float,
    upper_half_unit: float,
    hedge_class: str | None,
    options: ExtractOptions,
) -> Interval:
    """The interval a figure (or a range ``lower``–``upper``) allows.

    Each end carries the half-unit of its own last shown digit ("15–20": 14.5–25 under the
    "rounded" trailing-zero rule). Rounding is round-to-nearest on the digits shown, so "$2.4 billion" allows 2.35–2.45 bn
    (closed: a figure on the rounding edge is still consistent). The hedge then shapes it:

    - none: the rounding interval;
    - approx ("about", "around"): widened on each side by ``options.approx_widening`` × figure;
    - nearly ("nearly", "almost"): just below the figure, [figure − half-unit, figure) (a range:
      the range with its top end open, "nearly 12–18 million" = [11.5, 18) million);
    - gt ("more than", "exceeded"): (figure, ∞); ge ("at least"): [figure, ∞);
    - lt ("less than", "under"): (−∞, figure); le ("up to", "at most"): (−∞, figure].
    """
    if hedge_class is None:
        return Interval(lower - lower_half_unit, upper + upper_half_unit)
    if hedge_class == "approx":
        widening = options.approx_widening * max(abs(lower), abs(upper))
        return Interval(lower - lower_half_unit - widening, upper + upper_half_unit + widening)
    if hedge_class == "nearly":
        return Interval(lower - lower_half_unit, upper, True, False)
    if hedge_class == "gt":
        return Interval(lower, None, False, False)
    if hedge_class == "ge":
        return Interval(lower, None, True, False)
    if hedge_class == "lt":
        return Interval(None, upper, False, False)
    if hedge_class == "le":
        return Interval(None, upper, False, True)
    raise ValueError(f"unknown hedge class {hedge_class!r}")
