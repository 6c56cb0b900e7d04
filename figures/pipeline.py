"""The stages wired together: paths → Documents → Claims, collecting input errors on the way."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from figures.collector import collector_paused
from figures.extract.claims import extract_claims
from figures.options import ExtractOptions
from figures.read import STDIN, InputError, bundled_paths, collect_paths, read_document
from figures.records import Claim, Document


@dataclass
class Corpus:
    """What a run read: its documents, their claims, and the inputs it could not read."""

    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


PROGRESS_FROM = 20  # files: fewer finish before a progress bar would help
PARALLEL_FROM = 16  # files: a forked pool of two starts in ~12 ms; from 16 news articles on it repays that (measured)


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system reports one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def read_corpus(
    arguments: Iterable[str],
    published: dt.date | None = None,
    options: ExtractOptions | None = None,
    progress: bool = False,
    jobs: int = 0,
) -> Corpus:
    """Read and extract every article named (the bundled example when none is); a file that
    cannot be read is recorded as an error and the others are still processed. ``progress``
    shows a bar on stderr for runs over many files. ``jobs`` worker processes read and extract
    (1: in this process; 0: one per available core once a run has ``PARALLEL_FROM`` files);
    the result does not depend on it."""
    corpus = Corpus()
    arguments = list(arguments)
    paths = list(collect_paths(arguments)) if arguments else bundled_paths()
    outcomes = _outcomes(paths, published, options, _workers(jobs, paths))
    if progress and len(paths) >= PROGRESS_FROM:
        from tqdm import tqdm

        outcomes = tqdm(outcomes, total=len(paths), desc="reading", unit="file", file=sys.stderr, leave=False)
    seen_ids: set[str] = set()
    with collector_paused():
        for outcome in outcomes:
            if isinstance(outcome, InputError):
                corpus.errors.append(outcome)
                continue
            document, claims = outcome
            if document.id in seen_ids:
                corpus.errors.append(InputError(document.path, f"document id {document.id!r} read twice; rename one file"))
                continue
            seen_ids.add(document.id)
            corpus.documents.append(document)
            corpus.claims.extend(claims)
    return corpus


def _workers(jobs: int, paths: list[Path | str]) -> int:
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (automatic) or more, not {jobs}")
    if STDIN in paths:
        return 1  # standard input belongs to this process
    if jobs == 0:
        return available_cores() if len(paths) >= PARALLEL_FROM else 1
    return min(jobs, max(1, len(paths)))


def _outcomes(
    paths: list[Path | str], published: dt.date | None, options: ExtractOptions | None, workers: int
) -> Iterator[tuple[Document, list[Claim]] | InputError]:
    """Each path read and extracted, in the order given, by this process or a pool of workers."""
    read_one = partial(_read_and_extract, published=published, options=options)
    if workers <= 1:
        return map(read_one, paths)
    # fork where the system has it: a forked worker starts with the compiled grammar and lexicons,
    # where a spawned one would import and compile them again.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods and sys.platform == "linux" else None)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    chunk = max(1, len(paths) // (workers * 8))  # small enough to balance, large enough to batch
    # map() starts the workers now, before a progress bar's thread exists: fork copies no threads.
    return _closing(pool, pool.map(read_one, paths, chunksize=chunk))


def _closing(pool: ProcessPoolExecutor, results: Iterator) -> Iterator:
    with pool:
        yield from results


def _read_and_extract(
    path: Path | str, published: dt.date | None, options: ExtractOptions | None
) -> tuple[Document, list[Claim]] | InputError:
    try:
        document = read_document(path, published=published)
    except InputError as error:
        return error
    try:
        return document, extract_claims(document, options)
    except Exception as error:  # noqa: BLE001 — one document's failure must not lose the others
        # A bug in figures, not in the file: said in one line, naming the file, and the run goes
        # on with the other documents (exit status 2, as for an unreadable file).
        return InputError(path, f"figures failed on this document ({type(error).__name__}: {error}); please report it")
