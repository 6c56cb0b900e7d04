"""figures: check the economic figures in news copy."""

from __future__ import annotations

import datetime as dt

from figures.extract.quantities import extract_quantities
from figures.options import ExtractOptions
from figures.records import Claim

__version__ = "0.1.0"


def extract(
    text: str, *, published: dt.date | None = None, doc: str = "<text>", options: ExtractOptions | None = None
) -> list[Claim]:
    """Every numeric claim in ``text``, as typed records in order of position.

    ``published`` is the article's publication date; relative periods ("last year") are read
    against it, never against today's date.
    """
    del published  # read by the claim-context stage
    return extract_quantities(text, doc=doc, options=options)


__all__ = ["Claim", "ExtractOptions", "extract", "__version__"]
