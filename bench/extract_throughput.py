"""Throughput of extraction on one core: the numeric stage alone, then ``figures.extract``
with claim context (periods, metrics, entities, attribution).

Builds a corpus of at least 5 MB from the bundled seed articles, repeated with every figure's
digits varied (seeded, so runs are comparable and no cache can help) and every year kept, then
prints MB/s and claims/s. Years stay years: varied into "in 7153" they would read as figures, and
the corpus would hold 2.6 times the claims per kilobyte of the articles it copies.

    python bench/extract_throughput.py [--megabytes 5] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import re
import time

from figures import extract
from figures.extract.quantities import extract_quantities
from figures.read import bundled_paths, read_document

_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?:18|19|20)\d\d")


def build_corpus(megabytes: float, seed: int = 20251203) -> list[str]:
    rng = random.Random(seed)
    seeds = [read_document(path).text for path in bundled_paths()]

    def vary(digits: re.Match[str]) -> str:
        if _YEAR.fullmatch(digits.group()):
            return digits.group()
        return "".join(str(rng.randrange(10)) for _ in digits.group())

    articles: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        text = _DIGITS.sub(vary, seeds[len(articles) % len(seeds)])
        articles.append(text)
        size += len(text.encode("utf-8"))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    articles = build_corpus(arguments.megabytes)
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    extract("warm-up: 7% of $2.4 billion in 2024, Kalugin said")  # compile the grammar outside the timing
    print(f"corpus: {len(articles)} articles, {megabytes:.2f} MB")
    for stage, run in (("numbers (extract_quantities)", extract_quantities), ("with context (figures.extract)", extract)):
        best = float("inf")
        claims = 0
        for _ in range(arguments.repeat):
            started = time.perf_counter()
            claims = sum(len(run(text, doc=f"a{i}")) for i, text in enumerate(articles))
            best = min(best, time.perf_counter() - started)
        print(f"{stage:32} best of {arguments.repeat}: {best:.3f} s  {megabytes / best:6.2f} MB/s  {claims / best:9,.0f} claims/s")


if __name__ == "__main__":
    main()
