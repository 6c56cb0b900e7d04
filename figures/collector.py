"""The cyclic garbage collector, paused while a run builds its records."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a run builds its claims, tables and findings.

    A large run allocates millions of small records that form no reference cycles; the collector
    would otherwise traverse every live claim again and again — each full collection walks all
    the records made so far, so the cost grows with the square of a run's size: it doubles the
    time of a check over a million claims, and costs extraction 6 % on 20 MB of articles.
    Afterwards the run's surviving objects go straight to the oldest generation (``freeze`` then
    ``unfreeze`` moves them there without a traversal): they are the run's results and live on,
    so walking them through the young generations first would only traverse them twice more.
    Full collections still see them. The collector is then switched back on, if it was on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
