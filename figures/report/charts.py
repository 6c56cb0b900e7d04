"""Small charts for the HTML report: a reference series over time with the claimed interval
drawn as a band. matplotlib renders them to SVG at report time, deterministically (fixed hash
salt, no date), so the page needs no network and two runs give the same bytes."""

from __future__ import annotations

import io
import math

from figures.records import Interval, ReferenceMatch

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"), (1e3, "k"))


def _scale(values: list[float]) -> tuple[float, str]:
    largest = max((abs(v) for v in values if math.isfinite(v)), default=1.0)
    for size, word in _SCALES:
        if largest >= size:
            return size, word
    return 1.0, ""


def reference_chart(match: ReferenceMatch, claimed: Interval, unit: str) -> str | None:
    """An inline SVG of the series' values with the claim's interval as a band; None when the
    series has fewer than two points to draw."""
    if len(match.history) < 2:
        return None
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.figure import Figure

    pyplot.rcParams["svg.hashsalt"] = "figures"
    pyplot.rcParams["svg.fonttype"] = "path"  # text as outlines: no fonts or text nodes to inject into
    periods = [period for period, _ in match.history]
    values = [value for _, value in match.history]
    ends = [v for v in (claimed.lower, claimed.upper) if v is not None]
    size, word = _scale(values + ends)
    figure = Figure(figsize=(4.2, 1.9), dpi=100)
    axes = figure.add_subplot()
    axes.plot(range(len(values)), [v / size for v in values], marker="o", color="#1f4e79", linewidth=1.5)
    low = (claimed.lower if claimed.lower is not None else min(values)) / size
    high = (claimed.upper if claimed.upper is not None else max(values)) / size
    axes.axhspan(low, high, color="#e8a33d", alpha=0.35, label="claimed")
    if match.period in periods:
        axes.axvline(periods.index(match.period), color="#b03a2e", linewidth=1, linestyle="--")
    axes.set_xticks(range(len(periods)), periods, rotation=45, ha="right", fontsize=7)
    axes.tick_params(axis="y", labelsize=7)
    axes.set_ylabel(f"{word} {unit}".strip(), fontsize=7)
    axes.legend(fontsize=7, loc="best", frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]
