"""Instructions that one read + extract + check of a corpus costs, counted by valgrind.

Wall time on a shared machine swings with its neighbours' load; an instruction count does not
(repeated counts agree within about 2 %), so two versions of the code can be compared one after
the other. The corpus is the one `check_corpus.py` reads (`extract_throughput.build_corpus`);
the count is that of a process running the pipeline twice minus one running it once, so that
start-up, imports and the first use of every pattern cancel out. Needs `valgrind` (Debian:
`apt-get install valgrind`); each count takes a minute or two.

    python bench/count_instructions.py [--megabytes 1]
    PYTHONPATH=/path/to/other/checkout python bench/count_instructions.py   # the same, for other code
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from extract_throughput import build_corpus

import figures
from figures.check.engine import check_claims
from figures.pipeline import read_corpus

_COLLECTED = re.compile(r"Collected : (\d+)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--run", nargs=2, metavar=("DIRECTORY", "TIMES"), help=argparse.SUPPRESS)  # the counted child
    arguments = parser.parse_args()
    if arguments.run:
        _run_pipeline(Path(arguments.run[0]), int(arguments.run[1]))
        return
    if shutil.which("valgrind") is None:
        sys.exit("count_instructions.py: valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as directory:
        for number, text in enumerate(build_corpus(arguments.megabytes)):
            (Path(directory) / f"article_{number:05d}.txt").write_text(text, encoding="utf-8")
        once, twice = (_count(directory, times) for times in (1, 2))
    print(f"code: {Path(figures.__file__).parent}")
    print(f"read + extract + check of {arguments.megabytes:g} MB: {(twice - once) / 1e6:,.0f} M instructions")


def _count(directory: str, times: int) -> int:
    """Instructions of a process that runs the pipeline ``times`` times over ``directory``."""
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        sys.executable, __file__, "--run", directory, str(times),
    ]  # fmt: skip
    # A fixed hash seed: string hashing decides dictionary layouts, and so a little of the count.
    finished = subprocess.run(command, check=False, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = _COLLECTED.search(finished.stderr)
    if finished.returncode != 0 or found is None:
        sys.exit(f"count_instructions.py: valgrind failed: {finished.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1))


def _run_pipeline(directory: Path, times: int) -> None:
    read_corpus([])  # load lexicons and compile the grammar, as every run does once
    for _ in range(times):
        corpus = read_corpus([str(directory)], jobs=1)
        check_claims(corpus.claims, corpus.documents)


if __name__ == "__main__":
    main()
