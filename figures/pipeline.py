"""The stages wired together: paths → Documents → Claims, collecting input errors on the way."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from figures.collector import collector_paused
from figures.extract.claims import extract_each
from figures.extract.phrases import scanned_ahead
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
# Articles read and extracted together. Their phrases are found in one run of the automaton, whose
# tables stay in the processor's cache through it (figures.extract.phrases): over 5 MB of news
# articles its scans took half the time, and the whole check 6–9 % less (measured).
BATCH = 64
SCAN_AHEAD = 1 << 18  # characters of text whose phrases are found ahead at a time: 64 articles of 4,000
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
    """Each path read and extracted, in the order given, by this process or a pool of workers,
    a batch of paths at a time."""
    read_batch = partial(_read_and_extract, published=published, options=options)
    # Small enough batches for every worker to get several, so that none finishes long after the others.
    size = max(1, min(BATCH, len(paths) // (workers * 4)))
    batches = [paths[start : start + size] for start in range(0, len(paths), size)]
    if workers <= 1:
        return itertools.chain.from_iterable(map(read_batch, batches))
    # fork where the system has it: a forked worker starts with the compiled grammar and lexicons,
    # where a spawned one would import and compile them again.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods and sys.platform == "linux" else None)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    # map() starts the workers now, before a progress bar's thread exists: fork copies no threads.
    return _closing(pool, itertools.chain.from_iterable(pool.map(read_batch, batches)))


def _closing(pool: ProcessPoolExecutor, results: Iterator) -> Iterator:
    with pool:
        yield from results


def _read_and_extract(
    paths: list[Path | str], published: dt.date | None, options: ExtractOptions | None
) -> list[tuple[Document, list[Claim]] | InputError]:
    """A batch of articles read, then extracted, with the phrases of a run of them found first."""
    outcomes: list[tuple[Document, list[Claim]] | InputError] = []
    for run in runs_of_text([_read(path, published) for path in paths]):
        documents = [item for item in run if isinstance(item, Document)]
        with scanned_ahead(document.text for document in documents):
            extracted = iter(extract_each(documents, options))
        outcomes += [item if isinstance(item, InputError) else _extracted(item, next(extracted)) for item in run]
    return outcomes


def runs_of_text(items: list[Document | InputError], limit: int = SCAN_AHEAD) -> Iterator[list[Document | InputError]]:
    """The items in order, in runs whose documents hold at most ``limit`` characters together (a
    longer document makes a run of its own): the phrases found ahead take about five times the
    memory of their text (measured on news articles), so a run is kept small whatever the size
    of the documents."""
    run: list[Document | InputError] = []
    size = 0
    for item in items:
        length = len(item.text) if isinstance(item, Document) else 0
        if run and size + length > limit:
            yield run
            run, size = [], 0
        run.append(item)
        size += length
    if run:
        yield run


def _read(path: Path | str, published: dt.date | None) -> Document | InputError:
    try:
        return read_document(path, published=published)
    except InputError as error:
        return error


def _extracted(document: Document, outcome: list[Claim] | Exception) -> tuple[Document, list[Claim]] | InputError:
    if isinstance(outcome, Exception):
        # A bug in figures, not in the file: said in one line, naming the file, and the run goes
        # on with the other documents (exit status 2, as for an unreadable file).
        return InputError(
            document.path, f"figures failed on this document ({type(outcome).__name__}: {outcome}); please report it"
        )
    return document, outcome
