"""Scale of linking + checking on one core: synthetic claim tables of 10k, 100k and 1M claims.

Keys follow a realistic spread: many metrics and products, country pairs, periods from years to
quarters, levels, changes and shares; parts and wholes of the same flow are both present. Values
are written as news writes them — two to four significant digits, with the interval that rounding
allows — and a quantity is stated one to three times, each time rounded to its own precision;
2 % of restatements are wrong by a fifth, as a slip in copy would be. Each size runs in a fresh
process that reads the table from a Parquet file (the engine takes claims tables as well as
records), a few times per size; the script prints the fastest wall time of link + check (and
every run's), the peak memory after reading, and the process's peak memory.

    python bench/check_scale.py [--sizes 10000 100000 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import resource
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from figures.check.engine import check_claims
from figures.periods import half_period, quarter_period, year_period
from figures.records import Document
from figures.tables import CLAIM_COLUMNS

METRICS = ["trade_turnover", "exports", "imports", "visitors", "gdp", "tourism_revenue"]
PRODUCTS = [None, None, None, "natural_gas", "wine", "cars", "wheat"]
COUNTRIES = ["GEO", "RUS", "ARM", "AZE", "TUR", "KAZ", "KGZ", "UKR", "BLR", "CHN", "USA", "DEU", "FRA", "ITA", "IRN"]
PAIRS = [(reporter, partner) for reporter in COUNTRIES for partner in COUNTRIES if reporter != partner]
PERIODS = (
    [year_period(y) for y in range(2010, 2026)]
    + [half_period(y, h) for y in range(2010, 2026) for h in (1, 2)]
    + [quarter_period(y, q) for y in range(2015, 2026) for q in (1, 2, 3, 4)]
)
# A year's flow splits over its halves and quarters in fixed seasonal shares, so parts add up.
SEASON = {"year": {1: 1.0}, "half": {1: 0.46, 7: 0.54}, "quarter": {1: 0.22, 4: 0.24, 7: 0.26, 10: 0.28}}
FIRST_YEAR = 2009  # the base year of a 2010 change


def _as_written(values: np.ndarray, digits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Values rounded to ``digits`` significant digits, and the half-unit that rounding allows."""
    unit = 10.0 ** (np.floor(np.log10(np.abs(values))) - digits + 1)
    return np.round(values / unit) * unit, unit / 2


def synthetic_documents(size: int) -> list[Document]:
    """One document per twenty claims."""
    return [Document(id=f"d{i:05d}", path=f"d{i:05d}.txt", text="") for i in range(max(1, size // 20))]


def synthetic_claims(size: int, seed: int = 7) -> pd.DataFrame:
    """A claims table (figures.tables.CLAIM_COLUMNS) of ``size`` rows over ``synthetic_documents``."""
    rng = np.random.default_rng(seed)
    draws = size  # quantities drawn; each is stated one to three times, and the table is cut at size
    metric = rng.integers(0, len(METRICS), draws)
    pair = rng.integers(0, len(PAIRS), draws)
    period = rng.integers(0, len(PERIODS), draws)
    trade = np.isin(metric, [METRICS.index("exports"), METRICS.index("imports")])
    product = np.where(trade, rng.integers(0, len(PRODUCTS), draws), 0)
    measure = rng.random(draws)
    granularity = np.array([p.granularity for p in PERIODS])[period]
    year = np.array([p.start.year for p in PERIODS])[period]
    season = np.array([SEASON[p.granularity][p.start.month] for p in PERIODS])[period]
    # One true value per quantity, however often it is drawn: levels per (metric, product, pair,
    # year), with turnover symmetric in its pair; other percentages per full key.
    truth_pair = np.array([PAIRS.index(tuple(sorted(p))) for p in PAIRS])
    flow_pair = np.where(metric == METRICS.index("trade_turnover"), truth_pair[pair], pair)
    yearly = rng.uniform(1e6, 1000e6, (len(METRICS), len(PRODUCTS), len(PAIRS), 2026 - FIRST_YEAR))
    percentages = rng.uniform(0, 1, (len(METRICS), len(PRODUCTS), len(PAIRS), len(PERIODS), 2))
    level_now = yearly[metric, product, flow_pair, year - FIRST_YEAR]
    level_before = yearly[metric, product, flow_pair, year - 1 - FIRST_YEAR]
    is_change, is_share = measure < 0.2, (measure >= 0.2) & (measure < 0.3)
    with_base = is_change & (granularity == "year")  # a stated change follows the levels it joins
    value = np.select(
        [with_base, is_change, is_share],
        [
            np.abs(level_now / level_before - 1) * 100,
            1 + 29 * percentages[metric, product, pair, period, 0],
            1 + 59 * percentages[metric, product, pair, period, 1],
        ],
        level_now * season,
    )
    # Each quantity stated one to three times, each time rounded to its own precision; 2 % of
    # statements slip by a fifth.
    times = rng.choice([1, 1, 2, 3], draws)
    rows = np.repeat(np.arange(draws), times)[:size]
    stated_true = value[rows] * np.where(rng.random(len(rows)) < 0.02, 1.2, 1.0)
    stated, half = _as_written(stated_true, rng.choice([2, 3, 3, 4], len(rows)))
    n = len(rows)
    documents = synthetic_documents(size)
    labels = np.array([p.label for p in PERIODS], dtype=object)
    base_labels = np.array([f"{y - 1}" for y in year], dtype=object)
    reporters = np.array([f"{r}:reporter;{p}:partner" for r, p in PAIRS], dtype=object)
    percent = is_change[rows] | is_share[rows]
    column = {
        "id": [f"c{i}" for i in range(n)],
        "doc": np.array([d.id for d in documents], dtype=object)[rng.integers(0, len(documents), n)],
        "line": np.ones(n, dtype=np.int64),
        "column": np.ones(n, dtype=np.int64),
        "start": np.arange(n),
        "end": np.arange(n) + 5,
        "text": [f"{v:g}" for v in stated.tolist()],
        "kind": np.where(percent, "percent", "money"),
        "value": stated,
        "unit": np.where(percent, "percent", "USD"),
        "lower": stated - half,
        "upper": stated + half,
        "lower_inclusive": np.ones(n, dtype=bool),
        "upper_inclusive": np.ones(n, dtype=bool),
        "qualifier": np.full(n, "eq"),
        "change": np.where(is_change[rows], np.where(level_now[rows] >= level_before[rows], "up", "down"), None),
        "range": np.zeros(n, dtype=bool),
        "period": labels[period[rows]],
        "period_start": np.array([p.start.isoformat() for p in PERIODS], dtype=object)[period[rows]],
        "period_end": np.array([p.end.isoformat() for p in PERIODS], dtype=object)[period[rows]],
        "base_period": np.where(with_base[rows], base_labels[rows], None),
        "metric": np.array(METRICS, dtype=object)[metric[rows]],
        "product": np.array(PRODUCTS, dtype=object)[product[rows]],
        "entities": reporters[pair[rows]],
        "share_of": np.where(is_share[rows], np.array(METRICS, dtype=object)[metric[rows]], None),
        "quoted": np.zeros(n, dtype=bool),
        "sentence": np.full(n, "s"),
    }
    frame = pd.DataFrame({name: column.get(name, np.full(n, None)) for name in CLAIM_COLUMNS})
    return frame


def peak_memory_mb() -> float:
    """This process's peak resident memory. Linux keeps ``ru_maxrss`` across the exec that starts a
    spawned process, so a child would report its parent's peak; VmHWM belongs to the process's
    own address space."""
    status = Path("/proc/self/status")
    if status.exists():
        line = next(line for line in status.read_text().splitlines() if line.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(table: Path, size: int, queue) -> None:
    """In a fresh process: read the claims table, then link and check it."""
    claims = pd.read_parquet(table)
    loaded = peak_memory_mb()
    started = time.perf_counter()
    result = check_claims(claims, synthetic_documents(size))
    elapsed = time.perf_counter() - started
    queue.put((elapsed, loaded, peak_memory_mb(), len(result.findings)))


def _run(context, table: Path, size: int) -> tuple[float, float, float, int]:
    queue = context.Queue()
    process = context.Process(target=measure, args=(table, size, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument(
        "--repeat", type=int, default=3, help="fresh processes per size; the fastest is reported, all are listed (default 3)"
    )
    arguments = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    print(
        f"{'claims':>10} {'link+check s':>13} {'µs/claim':>9} {'peak RSS after reading MB':>26} {'peak RSS MB':>12} "
        f"{'findings':>9}  all runs s"
    )
    with tempfile.TemporaryDirectory() as directory:
        for size in arguments.sizes:
            table = Path(directory) / f"claims-{size}.parquet"
            synthetic_claims(size).to_parquet(table, index=False)
            runs = [_run(context, table, size) for _ in range(arguments.repeat)]
            # The fastest run is the code's speed (timeit's reasoning: other load only adds);
            # memory is the largest any run reached.
            elapsed = min(run[0] for run in runs)
            loaded, peak = max(run[1] for run in runs), max(run[2] for run in runs)
            findings = runs[0][3]
            print(
                f"{size:>10,} {elapsed:>13.2f} {elapsed / size * 1e6:>9.1f} {loaded:>26.0f} {peak:>12.0f} {findings:>9,}  "
                + ", ".join(f"{run[0]:.2f}" for run in runs)
            )
    print(f"machine: {multiprocessing.cpu_count()} cores; one core used; started {dt.datetime.now():%Y-%m-%d}")


if __name__ == "__main__":
    main()
