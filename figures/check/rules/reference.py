"""FIG3xx: claims against reference data, in the vintage the writer could know."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from figures.check.context import CheckContext
from figures.check.intervals import overlaps, relative_gap
from figures.check.rules import rule
from figures.extract.context.attribution import source_country
from figures.formatting import format_interval
from figures.periods import parse_period_label
from figures.records import Claim, Finding, Interval, Reading, ReferenceMatch
from figures.reference.match import ReferenceQuery, other_periods_matching

_MEASURES = ("level", "share", "change_pct")


@dataclass(frozen=True)
class Comparison:
    """A claim (or a derived level) and the reference values it was compared with."""

    positions: tuple[int, ...]
    subject: str  # how the finding names what was compared
    query: ReferenceQuery
    interval: Interval
    readings: tuple[ReferenceMatch, ...]

    @property
    def verdicts(self) -> tuple[bool, ...]:
        return tuple(overlaps(self.interval, r.interval) for r in self.readings)


def _roles(entities) -> tuple[str, str]:
    reporters = [e.code for e in entities if e.role == "reporter"]
    partners = [e.code for e in entities if e.role == "partner"] or [e.code for e in entities if e.role == "subject"]
    return (reporters[0] if reporters else "", partners[0] if partners else "")


def claim_query(claim: Claim, measure: str, published) -> ReferenceQuery | None:
    """What to look up for a claim whose measure (``figures.link.quantities.measures``) is known."""
    metric = claim.share_of if measure == "share" else claim.metric
    if measure not in _MEASURES or not metric or metric == "unknown":
        return None
    reporter, partner = _roles(claim.entities)
    if measure == "share" and not partner:
        # "Its five largest markets took 58% of its exports", "remittances made up 15% of GDP": a
        # share series, and a share derived from levels, is a partner's part of the reporter's
        # whole, so one whose part is no partner would be read as the whole's share of itself.
        return None
    return ReferenceQuery(
        metric=metric, product=claim.product or "", measure=measure, reporter=reporter, partner=partner,
        period=claim.period, base=claim.base_period, unit=claim.unit, phrase=claim.metric_phrase, published=published,
    )  # fmt: skip


def comparisons(context: CheckContext) -> list[Comparison]:
    """Every claim and derived level with reference values, computed once per run."""
    if "reference" in context.cache:
        return context.cache["reference"]
    found: list[Comparison] = []
    index = context.reference
    if index is not None:
        table = context.table
        candidates = table["measure"].isin(_MEASURES) & table["metric_key"].notna() & ~table["apart"]
        for position in np.flatnonzero(candidates.to_numpy(bool)).tolist():
            claim = context.claims[position]
            query = claim_query(claim, table["measure"].iat[position], context.published.get(claim.doc))
            if query is None:
                continue
            interval = context.stated_interval(position)
            found.append(Comparison((position,), f'"{claim.text}"', query, interval, tuple(index.match(query))))
        for quantity in context.derived:
            if quantity.derived_by != "FIG202":
                continue
            metric, _, product = quantity.metric.partition(":")
            reporter, _, partner = quantity.entities.replace("+", ">").partition(">")
            positions = context.derived_positions[quantity]
            claims = [context.claims[p] for p in positions]
            query = ReferenceQuery(
                metric=metric, product=product, measure="level", reporter=reporter, partner=partner,
                period=parse_period_label(quantity.period), base=None, unit=quantity.unit, phrase=None,
                published=max((context.published.get(c.doc) for c in claims if context.published.get(c.doc)), default=None),
            )  # fmt: skip
            subject = f"the {quantity.period} level derived from the text"
            found.append(Comparison(positions, subject, query, quantity.interval, tuple(index.match(query))))
    found = [c for c in found if c.readings and all(r.kind != "incomparable" for r in c.readings)] + [
        Comparison(c.positions, c.subject, c.query, c.interval, ()) for c in found if not c.readings
    ]
    # A claim counts as verified when compared with a value (not only bounds); a derived level
    # verifies no single claim.
    for comparison in found:
        if len(comparison.positions) == 1 and any(r.kind != "bound" for r in comparison.readings):
            context.verified.update(comparison.positions)
    context.cache["reference"] = found
    return found


def _describe(match: ReferenceMatch) -> str:
    return (
        f"{match.series} ({match.concept}, {match.period}, {match.kind}): {format_interval(match.interval, match.unit)}"
    )


@rule("FIG301", "reference-mismatch", "error")
def reference_mismatch(context: CheckContext) -> Iterator[Finding]:
    """A figure does not match the official series for its period.

    Why: two articles can agree and both be wrong; only reference data catches it. The claim's
    interval (rounding and hedge) is compared with the reference value's own rounding, in the
    latest vintage published on or before the article — what the writer could know. The finding
    names the series and its source, and says when the claim fits another period instead. A level
    derived from a figure that is itself reported here is not reported again. A series that counts
    something other than what the claim names is FIG305's.

    Example: "Trade turnover in 2024 reached $2.4 billion" against Geostat's 2024 figure of about
    $2.53 billion — $2.40 billion was the 2023 figure.
    """
    yield from _mismatches(context, "FIG301", "reference-mismatch", same_definition=True)


@rule("FIG305", "definition-mismatch", "warning")
def definition_mismatch(context: CheckContext) -> Iterator[Finding]:
    """A figure does not match the official series for its period, which counts something else.

    Why: "1.1 million Russian visitors" compared with a series of traveller trips (one visitor can
    make several trips) may differ without either being wrong. The gap is worth an editor's look —
    the writer may have taken the wrong series — but it is not evidence of a wrong figure the way
    FIG301's is, so it is a warning. The finding says what each side counts. So is a figure that
    cites another country's statistics body than the series' ("according to Russian customs"
    against Geostat's series): mirror statistics of two countries differ by definition.

    Example: "Russian visitors exceeded 1.1 million in 2024" against 1.4 million traveller trips.
    """
    yield from _mismatches(context, "FIG305", "definition-mismatch", same_definition=False)


def _mirror(context: CheckContext, positions: tuple[int, ...], match: ReferenceMatch) -> str | None:
    """Why a claim and its series may differ as mirror statistics: the claim cites a statistics
    body of another country than the one whose statistics the series are ("according to the
    Federal Customs Service" against Geostat's series of the same trade)."""
    sources = context.columns["source"]
    cited = {source: source_country(source) for source in dict.fromkeys(sources[p] for p in positions) if source}
    foreign = [f"{source} ({country})" for source, country in cited.items() if country and country not in match.reporters]
    if not foreign or not match.reporters:
        return None
    return f"mirror statistics: the claim cites {', '.join(foreign)}; the series is {', '.join(match.reporters)}'s"


def _mismatches(context: CheckContext, code: str, name: str, *, same_definition: bool) -> Iterator[Finding]:
    mismatches = [c for c in comparisons(context) if c.readings and not any(c.verdicts)]
    # A level derived from a mismatching figure mismatches because of it: one wrong figure, one finding.
    wrong = {c.positions[0] for c in mismatches if len(c.positions) == 1}
    for comparison in mismatches:
        match = comparison.readings[0]
        mirror = _mirror(context, comparison.positions, match)
        if (match.claim_concept is None and mirror is None) is not same_definition:
            continue
        context.mark_checked(comparison.positions)
        if len(comparison.positions) > 1 and wrong.intersection(comparison.positions):
            continue
        midpoint = _midpoint(match.interval)
        stated = _midpoint(comparison.interval)
        error = _gap_in_words(stated, midpoint, comparison.query.unit)
        notes = [*match.notes, *other_periods_matching(context.reference, comparison.query, comparison.interval, match)]
        if mirror:
            notes.append(mirror)
        if match.revised:
            notes.append(match.revised)
        yield context.finding(
            code,
            name,
            f"{comparison.subject} {format_interval(comparison.interval, comparison.query.unit)} does not match "
            f"{_describe(match)}{error}" + (f" ({'; '.join(notes)})" if notes else ""),
            comparison.positions,
            expected=match.interval,
            expected_unit=comparison.query.unit,
            relative_gap=relative_gap(comparison.interval, match.interval),
            assumptions=tuple(notes),
            source="; ".join(match.sources),
        )


@rule("FIG302", "unverified", "info", default=False)
def unverified(context: CheckContext) -> Iterator[Finding]:
    """A figure no reference series can confirm or refute (opt-in: ``--select FIG302``).

    Why: coverage matters — an editor should know which figures rest on the writer's word
    alone. Unverified claims are always counted in coverage; they become findings only when
    this rule is selected, so that a run is not flooded by them.

    Example: "The CIS accounts for 33% of Georgia's trade" with no CIS series for the period.
    """
    compared = {p for c in comparisons(context) if c.readings for p in c.positions}
    metric, text, period = (context.columns[name] for name in ("metric", "text", "period"))
    for position in range(len(context.columns)):
        if position in compared or not metric[position]:
            continue
        yield context.finding(
            "FIG302",
            "unverified",
            f'"{text[position]}" ({metric[position]}, {period[position] or "no period"}) matches no reference series',
            (position,),
        )


@rule("FIG303", "ambiguous-reading", "warning")
def ambiguous_reading(context: CheckContext) -> Iterator[Finding]:
    """An ambiguous figure whose readings lead to different verdicts.

    Why: "would not have grown by 40%" since 2022 is about +31% read through 2024 and about +41%
    read through 2025: one reading holds, the other does not. The finding shows every reading
    and its verdict, so the editor can decide which one the writer meant.

    Example: growth "since 2022" with the end of the period left implicit.
    """
    for comparison in comparisons(context):
        verdicts = comparison.verdicts
        if len(comparison.readings) < 2 or len(set(verdicts)) < 2:
            continue
        context.mark_checked(comparison.positions)
        readings = tuple(
            Reading(match.reading or _describe(match), match.interval, verdict)
            for match, verdict in zip(comparison.readings, verdicts, strict=True)
        )
        summary = "; ".join(
            f"{reading.assumption}: {format_interval(reading.expected, '%' if comparison.query.unit == 'percent' else comparison.query.unit)} "
            f"({'consistent' if reading.consistent else 'not consistent'})"
            for reading in readings
        )
        yield context.finding(
            "FIG303",
            "ambiguous-reading",
            f"{comparison.subject} {format_interval(comparison.interval, comparison.query.unit)} holds under one reading "
            f"and not under another: {summary}",
            comparison.positions,
            readings=readings,
            assumptions=tuple(note for match in comparison.readings for note in match.notes),
            source="; ".join(dict.fromkeys(s for match in comparison.readings for s in match.sources)),
        )


@rule("FIG304", "revised-since", "info")
def revised_since(context: CheckContext) -> Iterator[Finding]:
    """A figure that matched the data when published, but the data have since been revised.

    Why: the claim was right when it was written, and should not be called wrong; but a reader
    today may want the revised value. Reported as information, never as an error.

    Example: 2023 growth of 7.5% (March 2024 vintage), since revised to 7.8%.
    """
    for comparison in comparisons(context):
        for match, verdict in zip(comparison.readings, comparison.verdicts, strict=True):
            if not (verdict and match.revised):
                continue
            context.mark_checked(comparison.positions)
            yield context.finding(
                "FIG304",
                "revised-since",
                f"{comparison.subject} matched {_describe(match)} when published; {match.revised}",
                comparison.positions,
                expected=match.interval,
                expected_unit=comparison.query.unit,
                source="; ".join(match.sources),
            )


def _gap_in_words(stated: float | None, expected: float | None, unit: str) -> str:
    """How far off a figure is: in percentage points for a percentage (a relative error of a
    growth rate near zero would read as thousands of percent), relative otherwise."""
    if stated is None or expected is None:
        return ""
    if unit == "percent":
        return f"; off by about {abs(stated - expected):.3g} percentage points"
    return f"; off by about {abs(stated - expected) / abs(expected):.1%}" if expected else ""


def _midpoint(interval: Interval) -> float | None:
    if interval.lower is None or interval.upper is None:
        return None
    return (interval.lower + interval.upper) / 2
