"""Throughput of the whole check pipeline (read → extract → link → check), per core.

Writes a directory of articles — the bundled seed articles repeated with every figure's digits
varied and every year kept, seeded (``extract_throughput.build_corpus``) — then times reading,
extracting and checking all of them, and prints MB/s of the fastest of a few runs: first in one
process (the per-core figure), then with one worker process per available core reading and
extracting (link and check run in one process either way).

    python bench/check_corpus.py [--megabytes 5] [--repeat 3] [--directory PATH]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from extract_throughput import build_corpus

from figures.check.engine import check_claims
from figures.pipeline import available_cores, read_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3, help="runs per setting; the fastest is reported (default 3)")
    parser.add_argument("--directory", type=Path, help="where to write the articles (default: a temporary directory)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        directory = arguments.directory or Path(temporary)
        directory.mkdir(parents=True, exist_ok=True)
        for number, text in enumerate(build_corpus(arguments.megabytes)):
            (directory / f"article_{number:05d}.txt").write_text(text, encoding="utf-8")
        megabytes = sum(p.stat().st_size for p in directory.glob("*.txt")) / 1e6
        read_corpus([])  # load lexicons and compile the grammar outside the timing
        print(f"corpus: {len(list(directory.glob('*.txt')))} articles, {megabytes:.2f} MB")
        for jobs in sorted({1, available_cores()}):
            runs = [_timed_run(directory, jobs) for _ in range(arguments.repeat)]
            read_and_extract, link_and_check, claims, findings = min(runs, key=lambda run: run[0] + run[1])
            elapsed = read_and_extract + link_and_check
            print(
                f"{jobs} process{'es' if jobs > 1 else ''}, best of {arguments.repeat}: read + extract {read_and_extract:.2f} s, "
                f"link + check {link_and_check:.2f} s ({claims} claims, {findings} findings); "
                f"whole pipeline {elapsed:.2f} s = {megabytes / elapsed:.2f} MB/s"
                + (f", {megabytes / elapsed / jobs:.2f} MB/s per core" if jobs > 1 else " (one core)")
                + f"; all runs {', '.join(f'{sum(run[:2]):.2f}' for run in runs)} s"
            )


def _timed_run(directory: Path, jobs: int) -> tuple[float, float, int, int]:
    """Seconds to read and extract, seconds to link and check, claims, findings."""
    started = time.perf_counter()
    corpus = read_corpus([str(directory)], jobs=jobs)
    extracted = time.perf_counter()
    result = check_claims(corpus.claims, corpus.documents)
    finished = time.perf_counter()
    return extracted - started, finished - extracted, len(corpus.claims), len(result.findings)

if __name__ == "__main__":
    main()
