"""Scale of linking + checking on one core: synthetic claim tables of 10k, 100k and 1M claims.

Keys follow a realistic spread: many metrics and products, country pairs, periods from years to
quarters, levels, changes and shares; quantities are stated one to three times (a few
inconsistently), and parts and wholes of the same flow are both present. Each size runs in a
fresh process; the script prints wall time of link + check and the process's peak memory.

    python bench/check_scale.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
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


def synthetic_claims(size: int, seed: int = 7) -> tuple[list[Claim], list[Document]]:
    rng = random.Random(seed)
    periods = [year_period(y) for y in range(2010, 2026)]
    periods += [half_period(y, h) for y in range(2010, 2026) for h in (1, 2)]
    periods += [quarter_period(y, q) for y in range(2015, 2026) for q in (1, 2, 3, 4)]
    documents = [Document(id=f"d{i:05d}", path=f"d{i:05d}.txt", text="") for i in range(max(1, size // 20))]
    claims: list[Claim] = []
    while len(claims) < size:
        metric = rng.choice(METRICS)
        reporter, partner = rng.sample(COUNTRIES, 2)
        period = rng.choice(periods)
        measure = rng.random()
        value = rng.uniform(1, 1000) * 1e6
        base = None
        kind, unit, change, share_of = "money", "USD", None, None
        if measure < 0.2:
            kind, unit, change, value = "percent", "percent", "up", rng.uniform(1, 30)
            base = year_period(period.start.year - 1) if period.granularity == "year" else None
        elif measure < 0.3:
            kind, unit, share_of, value = "percent", "percent", metric, rng.uniform(1, 60)
        for _ in range(rng.choice((1, 1, 2, 3))):
            noise = rng.choice((0.0, 0.0, 0.0, 0.01, 0.2))  # most agree, a few are off
            stated = round(value * (1 + noise), 1)
            position = len(claims)
            claims.append(
                Claim(
                    id=f"c{position}", doc=rng.choice(documents).id, start=position, end=position + 5,
                    line=1, column=1, text=f"{stated}", sentence="s", kind=kind, value=stated, unit=unit,
                    lower=stated - 0.05, upper=stated + 0.05, lower_inclusive=True, upper_inclusive=True,
                    qualifier="eq", change=change, period=period, base_period=base, metric=metric,
                    product=rng.choice(PRODUCTS) if metric in ("exports", "imports") else None,
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
