"""Wall time of the whole pipeline for this checkout and another, run in interleaved pairs.

On a shared machine the neighbours' load makes every run of any version 15–45 % slower for
minutes at a time, so timings taken one version after the other compare the load, not the code.
Here each pair runs both versions back to back, in fresh processes, the order alternating from
pair to pair; a load burst then slows both of a pair alike. Each process reads, extracts and
checks the corpus of `check_corpus.py` in one process, twice, and reports the faster run. The
figures printed are each version's fastest and median time and how many pairs each won.

    python bench/compare_checkouts.py /path/to/other/checkout [--pairs 10] [--megabytes 5]

(``git worktree add /tmp/before HEAD~3`` makes a checkout of an earlier commit.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extract_throughput import build_corpus

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other checkout (a directory holding figures/)")
    parser.add_argument("--pairs", type=int, default=10, help="interleaved pairs of runs (default 10)")
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--run", type=Path, metavar="DIRECTORY", help=argparse.SUPPRESS)  # a timed child
    arguments = parser.parse_args()
    if arguments.run:
        _time_pipeline(arguments.run, arguments.other.resolve())
        return
    versions = {"this": HERE.parent, "other": arguments.other.resolve()}
    if not (versions["other"] / "figures" / "__init__.py").is_file():
        sys.exit(f"compare_checkouts.py: {arguments.other}: no figures/ package there")
    seconds: dict[str, list[float]] = {name: [] for name in versions}
    with tempfile.TemporaryDirectory() as directory:
        for number, text in enumerate(build_corpus(arguments.megabytes)):
            (Path(directory) / f"article_{number:05d}.txt").write_text(text, encoding="utf-8")
        for pair in range(arguments.pairs):
            order = list(versions) if pair % 2 == 0 else list(reversed(versions))
            for name in order:
                seconds[name].append(_timed_child(versions[name], directory))
            print(f"pair {pair + 1}: this {seconds['this'][-1]:.3f} s, other {seconds['other'][-1]:.3f} s", flush=True)
    for name, checkout in versions.items():
        print(f"{name:5} ({checkout}): fastest {min(seconds[name]):.3f} s, median {statistics.median(seconds[name]):.3f} s")
    wins = sum(mine < theirs for mine, theirs in zip(seconds["this"], seconds["other"], strict=True))
    print(f"this checkout was faster in {wins} of {arguments.pairs} pairs")


def _timed_child(checkout: Path, directory: str) -> float:
    """The faster of two runs of the pipeline in a fresh process importing figures from ``checkout``."""
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    command = [sys.executable, __file__, str(checkout), "--run", directory]
    finished = subprocess.run(command, check=False, capture_output=True, text=True, env=environment)
    if finished.returncode != 0:
        sys.exit(f"compare_checkouts.py: the run of {checkout} failed: {finished.stderr.strip().splitlines()[-1:]}")
    return float(finished.stdout)


def _time_pipeline(directory: Path, checkout: Path) -> None:
    # Imported here, in the child, so that figures comes from the checkout on PYTHONPATH.
    import figures
    from figures.check.engine import check_claims
    from figures.pipeline import read_corpus

    if not Path(figures.__file__).resolve().is_relative_to(checkout):
        sys.exit(f"figures was imported from {Path(figures.__file__).parent}, not from {checkout}")

    read_corpus([])  # load lexicons and compile the grammar outside the timing
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        corpus = read_corpus([str(directory)], jobs=1)
        check_claims(corpus.claims, corpus.documents)
        best = min(best, time.perf_counter() - started)
    print(f"{best:.6f}")


if __name__ == "__main__":
    main()
