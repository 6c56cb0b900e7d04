"""A Document → its Claims: quantities first, then (as the context stage grows) their context."""

from __future__ import annotations

from figures.extract.quantities import extract_quantities
from figures.options import ExtractOptions
from figures.records import Claim, Document


def extract_claims(document: Document, options: ExtractOptions | None = None) -> list[Claim]:
    """Every claim of one document, in order of position."""
    return extract_quantities(document.text, doc=document.id, options=options)
