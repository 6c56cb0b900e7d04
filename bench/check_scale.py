"""Scale of linking + checking on one core: synthetic claim tables of 10k, 100k and 1M claims.

Keys follow a realistic spread: many metrics and products, country pairs, periods from years to
quarters, levels, changes and shares; parts and wholes of the same flow are both present. Values
are written as news writes them — two to four significant digits, with the interval that rounding
allows — and a quantity is stated one to three times, each time rounded to its own precision;
2 % of restatements are wrong by a fifth, as a slip in copy would be. Each size runs in a fresh
process; the script prints wall time of link + check and the process's peak memory.

    python bench/check_scale.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import multiprocessing
import random
import resource
import time

from figures.check.engine import check_claims
from figures.periods import half_period, quarter_period, year_period
from figures.records import Claim, Document, Entity

METRICS = ["trade_turnover", "exports", "imports", "visitors", "gdp", "tourism_revenue"]
PRODUCTS = [None, None, None, "natural_gas", "wine", "cars", "wheat"]
COUNTRIES = ["GEO", "RUS", "ARM", "AZE", "TUR", "KAZ", "KGZ", "UKR", "BLR", "CHN", "USA", "DEU", "FRA", "ITA", "IRN"]


_SEASON = {
    "year": {1: 1.0},
    "half": {1: 0.46, 7: 0.54},
    "quarter": {1: 0.22, 4: 0.24, 7: 0.26, 10: 0.28},
}


def _as_written(value: float, digits: int) -> tuple[float, float]:
    """A value rounded to ``digits`` significant digits, and the half-unit that rounding allows."""
    exponent = math.floor(math.log10(abs(value))) - digits + 1
    unit = 10.0**exponent
    return round(value / unit) * unit, unit / 2


def synthetic_claims(size: int, seed: int = 7) -> tuple[list[Claim], list[Document]]:
    rng = random.Random(seed)
    periods = [year_period(y) for y in range(2010, 2026)]
    periods += [half_period(y, h) for y in range(2010, 2026) for h in (1, 2)]
    periods += [quarter_period(y, q) for y in range(2015, 2026) for q in (1, 2, 3, 4)]
    documents = [Document(id=f"d{i:05d}", path=f"d{i:05d}.txt", text="") for i in range(max(1, size // 20))]
    claims: list[Claim] = []
    truth: dict[tuple, float] = {}  # one true value per quantity, however often it is stated
    while len(claims) < size:
        metric = rng.choice(METRICS)
        reporter, partner = rng.sample(COUNTRIES, 2)
        period = rng.choice(periods)
        product = rng.choice(PRODUCTS) if metric in ("exports", "imports") else None
        measure = rng.random()
        base = None
        kind, unit, change, share_of, scale = "money", "USD", None, None, (1e6, 1000e6)
        if measure < 0.2:
            kind, unit, change, scale = "percent", "percent", "up", (1, 30)
            base = year_period(period.start.year - 1) if period.granularity == "year" else None
        elif measure < 0.3:
            kind, unit, share_of, scale = "percent", "percent", metric, (1, 60)
        pair = tuple(sorted((reporter, partner))) if metric == "trade_turnover" else (reporter, partner)
        if kind == "percent" and change and base is not None:
            # A stated change follows the levels it joins.
            now = truth.setdefault((metric, product, pair, period.start.year), rng.uniform(1e6, 1000e6))
            before = truth.setdefault((metric, product, pair, base.start.year), rng.uniform(1e6, 1000e6))
            value, change = abs(now / before - 1) * 100, "up" if now >= before else "down"
        elif kind == "money":
            # Levels of one flow are consistent over time: a year's value, split over its halves
            # and quarters in fixed seasonal shares, so parts add up to their wholes.
            yearly = truth.setdefault((metric, product, pair, period.start.year), rng.uniform(*scale))
            value = yearly * _SEASON[period.granularity][period.start.month]
        else:
            key = (metric, product, pair, period.label, kind, change, share_of, base.label if base else None)
            value = truth.setdefault(key, rng.uniform(*scale))
        for _ in range(rng.choice((1, 1, 2, 3))):
            true_value = value * 1.2 if rng.random() < 0.02 else value  # a slip in copy
            stated, half = _as_written(true_value, rng.choice((2, 3, 3, 4)))
            position = len(claims)
            claims.append(
                Claim(
                    id=f"c{position}", doc=rng.choice(documents).id, start=position, end=position + 5,
                    line=1, column=1, text=f"{stated:g}", sentence="s", kind=kind, value=stated, unit=unit,
                    lower=stated - half, upper=stated + half, lower_inclusive=True, upper_inclusive=True,
                    qualifier="eq", change=change, period=period, base_period=base, metric=metric,
                    product=product,
                    entities=(Entity(reporter, "reporter"), Entity(partner, "partner")), share_of=share_of,
                )
            )  # fmt: skip
    return claims[:size], documents


def measure(size: int, queue) -> None:
    claims, documents = synthetic_claims(size)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = check_claims(claims, documents)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put((elapsed, before / 1024, peak / 1024, len(result.findings)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    arguments = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    print(f"{'claims':>10} {'link+check s':>13} {'µs/claim':>9} {'RSS after generating MB':>24} {'peak RSS MB':>12} {'findings':>9}")
    for size in arguments.sizes:
        queue = context.Queue()
        process = context.Process(target=measure, args=(size, queue))
        process.start()
        elapsed, generated, peak, findings = queue.get()
        process.join()
        print(f"{size:>10,} {elapsed:>13.2f} {elapsed / size * 1e6:>9.1f} {generated:>24.0f} {peak:>12.0f} {findings:>9,}")
    print(f"machine: {multiprocessing.cpu_count()} cores; one core used; started {dt.datetime.now():%Y-%m-%d}")


if __name__ == "__main__":
    main()
