"""Options that change how figures are read: one frozen record, filled from configuration."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

TrailingZeros = Literal["rounded", "exact"]


@dataclass(frozen=True)
class ExtractOptions:
    """How rounding and hedges shape a figure's interval.

    ``trailing_zeros``: ``"rounded"`` reads the trailing zeros of a whole number as rounding
    ("200,000" = 150,000–250,000; "1,500" = 1,450–1,550); ``"exact"`` takes every digit shown as
    significant ("200,000" = 199,999.5–200,000.5). Zeros after a decimal point always count.

    ``approx_widening``: "about", "around" … widen the rounding interval by this fraction of the
    figure on each side ("about 20%" = 15–25% from rounding, then ±1 more).

    ``fraction_half_width``: "a quarter" of a whole is read as 25% ± this many percent, the
    spacing of the common fractions used in prose.
    """

    trailing_zeros: TrailingZeros = "rounded"
    approx_widening: float = 0.05
    fraction_half_width: float = 2.5

    def __post_init__(self) -> None:
        if self.trailing_zeros not in ("rounded", "exact"):
            raise ValueError(f"trailing_zeros must be 'rounded' or 'exact', not {self.trailing_zeros!r}")
        if not 0 <= self.approx_widening < 1:
            raise ValueError(f"approx_widening must be in [0, 1), not {self.approx_widening!r}")
        if not 0 <= self.fraction_half_width < 50:
            raise ValueError(f"fraction_half_width must be in [0, 50), not {self.fraction_half_width!r}")
