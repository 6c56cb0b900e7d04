"""A Document → its Claims: the quantities first, then their context."""

from __future__ import annotations

from figures.extract.context.assign import add_context
from figures.extract.quantities import find_bare_claims
from figures.extract.text_index import TextIndex
from figures.options import ExtractOptions
from figures.records import Claim, Document


def extract_claims(document: Document, options: ExtractOptions | None = None) -> list[Claim]:
    """Every claim of one document, in order of position, with its context."""
    index = TextIndex(document.text)
    return add_context(document, find_bare_claims(document.text, document.id, options, index), index)
