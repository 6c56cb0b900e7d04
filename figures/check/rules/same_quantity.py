"""FIG1xx: claims about one quantity must agree."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

import numpy as np
import pandas as pd

from figures.check.context import ENDS, CheckContext, describe_rows, interval_records
from figures.check.intervals import intersect, is_empty
from figures.check.rules import rule
from figures.records import Finding, Interval


@rule("FIG101", "same-quantity-conflict", "error")
def same_quantity_conflict(context: CheckContext) -> Iterator[Finding]:
    """Claims about the same quantity allow no common value.

    Why: two articles (or two sentences) that give the same figure must agree once rounding and
    hedges are allowed for; if their intervals do not intersect, at least one is wrong. The
    checks that use this quantity are blocked and listed once here, so that one wrong figure
    yields one finding rather than one per dependent check. Where each side is attributed to a
    different statistics body, FIG103 reports it instead.

    Example: "trade reached $2.4 billion in 2024" and, elsewhere, "trade of $2.6 billion in 2024"
    ([2.35, 2.45] bn and [2.55, 2.65] bn do not intersect).
    """
    quantities = context.quantities
    if quantities.empty:
        return
    context.mark_quantities_checked(quantities.loc[quantities["claims"] >= 2, "group"])
    conflicts, _ = _conflicts(context)
    yield from _conflict_findings(context, "FIG101", "same-quantity-conflict", conflicts, "is stated with no common value")


@rule("FIG103", "sources-differ", "warning")
def sources_differ(context: CheckContext) -> Iterator[Finding]:
    """Claims about the same quantity disagree, and each side cites a different statistics body.

    Why: "Geostat: $2.4 billion" and "Russian customs: $2.6 billion" can both be quoted
    correctly — mirror statistics, definitions and revisions differ from one body to another —
    so the disagreement is for the editor to explain rather than an error in either text. It
    still blocks the checks that use the quantity, as FIG101 does. Claims of one body that
    disagree among themselves, or a claim that cites no body, make it FIG101's.

    Example: "according to Geostat, trade with Russia reached $2.4 billion in 2024" and
    "according to the Federal Customs Service, trade with Georgia reached $2.6 billion in 2024".
    """
    if context.quantities.empty:
        return
    _, between_sources = _conflicts(context)
    context.mark_quantities_checked(between_sources["group"])
    sources = context.columns["source"]
    wording = [
        "differs between sources (" + ", ".join(sorted({sources[p] for p in positions})) + "), whose figures can "
        "differ by definition or revision; say which one the text follows"
        for positions in between_sources["claim_positions"].tolist()
    ]
    yield from _conflict_findings(context, "FIG103", "sources-differ", between_sources, wording)


def _conflicts(context: CheckContext) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The quantities stated with no common value: those of FIG101, and those between sources
    (FIG103), computed once per run."""
    if "conflicts" not in context.cache:
        quantities = context.quantities
        conflicts = quantities[quantities["conflict"] & (quantities["claims"] >= 2)]
        between = np.array([_between_sources(context, p) for p in conflicts["claim_positions"].tolist()], dtype=bool)
        context.cache["conflicts"] = (conflicts[~between], conflicts[between])
    return context.cache["conflicts"]


def _between_sources(context: CheckContext, positions: tuple[int, ...]) -> bool:
    """Every claim of a conflict cites a statistics body, and each body's claims agree (so the
    bodies are several)."""
    sources = context.columns["source"]
    by_source: dict[str, list[Interval]] = {}
    for position in positions:
        if not sources[position]:
            return False
        by_source.setdefault(sources[position], []).append(context.stated_interval(position))
    return not any(is_empty(intersect(*intervals)) for intervals in by_source.values())


def _conflict_findings(
    context: CheckContext, rule_code: str, name: str, conflicts: pd.DataFrame, wording: str | list[str]
) -> list[Finding]:
    """One finding per conflicting quantity: its claims with their intervals, and the checks it blocked."""
    groups = conflicts["claim_positions"].tolist()
    context.prepare_quotes(chain.from_iterable(groups))
    blocked = [sorted(context.blocked.get(group, ())) for group in conflicts["group"].tolist()]
    wordings = [wording] * len(groups) if isinstance(wording, str) else wording
    messages = [
        f"{description} {words}: {context.stated(positions)}"
        + (f". Blocked checks that use it: {', '.join(checks)}" if checks else "")
        for description, words, positions, checks in zip(describe_rows(conflicts), wordings, groups, blocked, strict=True)
    ]
    return context.findings(rule_code, name, messages, groups, blocked=blocked)


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
