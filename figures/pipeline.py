"""The stages wired together: paths → Documents → Claims, collecting input errors on the way."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

from figures.extract.claims import extract_claims
from figures.options import ExtractOptions
from figures.read import InputError, bundled_paths, collect_paths, read_document
from figures.records import Claim, Document


@dataclass
class Corpus:
    """What a run read: its documents, their claims, and the inputs it could not read."""

    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


PROGRESS_FROM = 20  # files: fewer finish before a progress bar would help


def read_corpus(
    arguments: Iterable[str],
    published: dt.date | None = None,
    options: ExtractOptions | None = None,
    progress: bool = False,
) -> Corpus:
    """Read and extract every article named (the bundled example when none is); a file that
    cannot be read is recorded as an error and the others are still processed. ``progress``
    shows a bar on stderr for runs over many files."""
    corpus = Corpus()
    arguments = list(arguments)
    paths = list(collect_paths(arguments)) if arguments else bundled_paths()
    if progress and len(paths) >= PROGRESS_FROM:
        from tqdm import tqdm

        paths = tqdm(paths, desc="reading", unit="file", file=sys.stderr, leave=False)
    seen_ids: set[str] = set()
    for path in paths:
        try:
            document = read_document(path, published=published)
        except InputError as error:
            corpus.errors.append(error)
            continue
        if document.id in seen_ids:
            corpus.errors.append(InputError(document.path, f"document id {document.id!r} read twice; rename one file"))
            continue
        seen_ids.add(document.id)
        corpus.documents.append(document)
        corpus.claims.extend(extract_claims(document, options))
    return corpus
