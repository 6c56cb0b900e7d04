"""Documents → their Claims: the quantities first, then their context — from the sentences around
them, or, for a figure in a table, from the table's labels.

Extraction runs in four stages: the figures of a text; the context its text gives them; each
figure read in that context; the figures read together. ``extract_each`` runs every stage over a
run of documents before the next stage: a stage's patterns, lexicons and code then stay in the
processor's caches, where going document by document evicted them at every step (measured on
the bench corpus: read and extract took 9 % less time).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from figures.extract.context.assign import DocumentContext, document_context, read_claims_together, read_each_claim
from figures.extract.context.table_cells import table_claims
from figures.extract.quantities import find_bare_claims
from figures.extract.tables import TextTable, find_tables
from figures.extract.text_index import TextIndex
from figures.options import ExtractOptions
from figures.records import BareClaim, Claim, Document


@dataclass
class _Extraction:
    """One document on its way through the stages."""

    document: Document
    options: ExtractOptions | None
    index: TextIndex
    tables: list[TextTable]
    prose: list[BareClaim]  # the bare claims outside tables, read with their sentences
    in_tables: list[BareClaim]
    context: DocumentContext | None = None  # (none for a document without figures in prose)
    claims: list[Claim] = field(default_factory=list)


def _find_figures(document: Document, options: ExtractOptions | None) -> _Extraction:
    index = TextIndex(document.text)
    bare_claims = find_bare_claims(document.text, document.id, options, index)
    tables = find_tables(document.text)
    bounds = [end for table in tables for end in (table.start, table.end)]
    # An odd count of table bounds before a figure puts it inside a table.
    in_tables = [claim for claim in bare_claims if bisect_right(bounds, claim.start) % 2] if tables else []
    prose = [claim for claim in bare_claims if not bisect_right(bounds, claim.start) % 2] if tables else bare_claims
    return _Extraction(document, options, index, tables, prose, in_tables)


def _read_context(extraction: _Extraction) -> _Extraction:
    if extraction.prose:
        extraction.context = document_context(extraction.document, extraction.prose, extraction.index)
    return extraction


def _read_each_claim(extraction: _Extraction) -> _Extraction:
    if extraction.context is not None:
        extraction.claims = read_each_claim(extraction.context, extraction.document, extraction.prose)
    return extraction


def _read_claims_together(extraction: _Extraction) -> _Extraction:
    if extraction.context is not None:
        extraction.claims = read_claims_together(extraction.context, extraction.claims)
    if extraction.tables:
        in_tables = table_claims(extraction.document, extraction.tables, extraction.in_tables, extraction.options)
        extraction.claims = sorted(extraction.claims + in_tables, key=lambda claim: claim.start)
    return extraction


_LATER_STAGES: tuple[Callable[[_Extraction], _Extraction], ...] = (_read_context, _read_each_claim, _read_claims_together)


def extract_claims(document: Document, options: ExtractOptions | None = None) -> list[Claim]:
    """Every claim of one document, in order of position, with its context."""
    (outcome,) = extract_each([document], options)
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def extract_each(documents: Sequence[Document], options: ExtractOptions | None = None) -> list[list[Claim] | Exception]:
    """``extract_claims`` of each document, stage by stage over all of them; for a document whose
    extraction raised, the exception instead of its claims, the others being extracted all the
    same."""
    outcomes = [_attempt(_find_figures, document, options) for document in documents]
    for stage in _LATER_STAGES:
        outcomes = [outcome if isinstance(outcome, Exception) else _attempt(stage, outcome) for outcome in outcomes]
    return [outcome if isinstance(outcome, Exception) else outcome.claims for outcome in outcomes]


def _attempt(stage: Callable[..., _Extraction], *arguments: object) -> _Extraction | Exception:
    try:
        return stage(*arguments)
    except Exception as error:  # noqa: BLE001 — one document's failure must not lose the others
        return error
