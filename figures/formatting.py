"""Numbers and intervals as an editor reads them: "2.35 bn", "[6.5, 7.5] %", "(1.4 mn, ∞)"."""

from __future__ import annotations

from functools import lru_cache

from figures.records import Interval

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"))
_UNIT_LABELS = {"percent": "%", "percentage_point": "pp", "basis_point": "bp", "count": "", "times": "×"}


@lru_cache(maxsize=1 << 16)  # messages repeat the ends of rounded figures over and over
def format_number(value: float) -> str:
    """A compact, deterministic rendering: 2350000000 → "2.35 bn", 1197.6 → "1,197.6"."""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{value / size:,.6g} {word}"
    return f"{value:,.6g}" if abs(value) >= 1 or value == 0 else f"{value:.4g}"


def unit_label(unit: str) -> str:
    """The short label of a unit string: "%" for percent, "USD" for USD, nothing for counts."""
    return _UNIT_LABELS.get(unit, unit)


@lru_cache(maxsize=1 << 16)  # restated and rounded figures share their intervals
def format_interval(interval: Interval, unit: str = "") -> str:
    """Interval notation with open and closed ends, then the unit: "[2.35 bn, 2.45 bn] USD"."""
    lower = "−∞" if interval.lower is None else format_number(interval.lower)
    upper = "∞" if interval.upper is None else format_number(interval.upper)
    left = "[" if interval.lower is not None and interval.lower_inclusive else "("
    right = "]" if interval.upper is not None and interval.upper_inclusive else ")"
    label = unit_label(unit)
    return f"{left}{lower}, {upper}{right}" + (f" {label}" if label else "")
