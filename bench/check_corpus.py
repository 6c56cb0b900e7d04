"""Throughput of the whole check pipeline (read → extract → link → check), per core.

Writes a directory of articles — the bundled seed articles repeated with every figure's digits
varied and every year kept, seeded (``extract_throughput.build_corpus``) — then times reading, extracting and checking all of them, and prints MB/s: first in one
process (the per-core figure), then with one worker process per available core reading and
extracting (link and check run in one process either way).

    python bench/check_corpus.py [--megabytes 5] [--directory PATH]
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
            started = time.perf_counter()
            corpus = read_corpus([str(directory)], jobs=jobs)
            extracted = time.perf_counter()
            result = check_claims(corpus.claims, corpus.documents)
            finished = time.perf_counter()
            elapsed = finished - started
            print(
                f"{jobs} process{'es' if jobs > 1 else ''}: read + extract {extracted - started:.2f} s, "
                f"link + check {finished - extracted:.2f} s ({len(corpus.claims)} claims, {len(result.findings)} findings); "
                f"whole pipeline {elapsed:.2f} s = {megabytes / elapsed:.2f} MB/s"
                + (f", {megabytes / elapsed / jobs:.2f} MB/s per core" if jobs > 1 else " (one core)")
            )


if __name__ == "__main__":
    main()
