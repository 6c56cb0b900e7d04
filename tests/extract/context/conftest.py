from __future__ import annotations

import datetime as dt

from figures import extract


def flagged(text: str, figure: str, flag: str, published: dt.date | None = None) -> bool:
    """Whether the one claim of ``text`` written ``figure`` carries ``flag``."""
    (claim,) = [c for c in extract(text, published=published) if c.text == figure]
    return flag in claim.flags
