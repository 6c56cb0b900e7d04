"""figures: check the economic figures in news copy."""

from __future__ import annotations

import datetime as dt

from figures.extract.claims import extract_claims
from figures.options import ExtractOptions
from figures.records import Claim, Document

__version__ = "0.1.0"


def extract(
    text: str, *, published: dt.date | None = None, doc: str = "<text>", options: ExtractOptions | None = None
) -> list[Claim]:
    """Every numeric claim in ``text``, as typed records in order of position.

    ``published`` is the article's publication date; relative periods ("last year") are read
    against it, never against today's date.
    """
    return extract_claims(Document(id=doc, path=doc, text=text, published=published), options)


__all__ = ["Claim", "ExtractOptions", "__version__", "extract"]
