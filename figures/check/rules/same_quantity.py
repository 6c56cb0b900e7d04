"""FIG1xx: claims about one quantity must agree."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

import pandas as pd

from figures.check.context import ENDS, CheckContext, describe_rows, interval_records
from figures.check.rules import rule
from figures.records import Finding


@rule("FIG101", "same-quantity-conflict", "error")
def same_quantity_conflict(context: CheckContext) -> Iterator[Finding]:
    """Claims about the same quantity allow no common value.

    Why: two articles (or two sentences) that give the same figure must agree once rounding and
    hedges are allowed for; if their intervals do not intersect, at least one is wrong. The
    checks that use this quantity are blocked and listed once here, so that one wrong figure
    yields one finding rather than one per dependent check.

    Example: "trade reached $2.4 billion in 2024" and, elsewhere, "trade of $2.6 billion in 2024"
    ([2.35, 2.45] bn and [2.55, 2.65] bn do not intersect).
    """
    quantities = context.quantities
    if quantities.empty:
        return
    several = quantities[quantities["claims"] >= 2]
    context.mark_quantities_checked(several["group"])
    conflicts = several[several["conflict"]]
    groups = conflicts["claim_positions"].tolist()
    context.prepare_quotes(chain.from_iterable(groups))
    blocked = [sorted(context.blocked.get(group, ())) for group in conflicts["group"].tolist()]
    messages = [
        f"{description} is stated with no common value: {context.stated(positions)}"
        + (f". Blocked checks that use it: {', '.join(checks)}" if checks else "")
        for description, positions, checks in zip(describe_rows(conflicts), groups, blocked, strict=True)
    ]
    yield from context.findings("FIG101", "same-quantity-conflict", messages, groups, blocked=blocked)


@rule("FIG102", "corroborated", "info")
def corroborated(context: CheckContext) -> Iterator[Finding]:
    """The same quantity is stated in several documents, and they agree.

    Why: agreement is evidence worth recording — the figure is reduced to the intersection of
    what every article allows, and later checks use that narrower interval.

    Example: "almost $1.3 billion" (one article) and "nearly $1.3 billion" (another) for the
    same trade in the same half-year: stated in 2 documents, [1.25, 1.3) bn.
    """
    quantities = context.quantities
    if quantities.empty:
        return
    agreeing = quantities[~quantities["conflict"] & (quantities["documents"] >= 2)]
    groups = agreeing["claim_positions"].tolist()
    context.mark_quantities_checked(agreeing["group"])
    units = agreeing["unit"].tolist()
    unit_codes, unit_names = pd.factorize(agreeing["unit"].astype(object), use_na_sentinel=False)
    intervals, allowed = interval_records([agreeing[name].to_numpy() for name in ENDS], unit_codes, unit_names)
    messages = [
        f"{description} stated in {documents} documents; together they allow {written}"
        for description, documents, written in zip(describe_rows(agreeing), agreeing["documents"].tolist(), allowed, strict=True)
    ]
    yield from context.findings("FIG102", "corroborated", messages, groups, expected=intervals, expected_unit=units)
