"""Matching a claim to reference series: by metric, entities and period, in the right vintage.

The value a claim is compared with is, in order of preference: the series value for exactly its
period; the sum of finer periods that tile it (months → half-year, quarters → year) for additive
flows; a value derived from other rows (a share = part / whole, a growth = level / level,
cumulative growth = the product of yearly rates); and, failing those, bounds (a year is at least
its first eleven months and at most nothing smaller than it). Each comes from the latest vintage
published on or before the article's date — what the writer could know.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import cache

import pandas as pd

from figures.check.intervals import compound_growth, divide, growth_percent, intersect, is_empty, multiply, scale, total
from figures.extract.context.metrics import metric_lexicon
from figures.formatting import format_number, unit_label
from figures.periods import year_period
from figures.records import Interval, Period, ReferenceMatch
from figures.units import conversion_factor, registry

CURRENCY_DIMENSION = "[currency_"


@dataclass(frozen=True)
class ReferenceQuery:
    """What a claim (or a derived quantity) says, in the terms reference rows are keyed by."""

    metric: str
    product: str
    measure: str  # level | share | change_pct
    reporter: str
    partner: str
    period: Period | None
    base: Period | None
    unit: str
    phrase: str | None
    published: dt.date | None


@cache
def _currency(unit: str) -> str | None:
    dimensions = str(registry().get_dimensionality(unit))
    if CURRENCY_DIMENSION in dimensions and dimensions.count("[") == 1:
        return dimensions.split(CURRENCY_DIMENSION, 1)[1].split("]", 1)[0]
    return None


class ReferenceIndex:
    """The reference table indexed by (metric, product, measure) for quick lookups."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.table = table
        self._rows: dict[tuple[str, str, str], list[dict]] = {}
        for row in table.to_dict("records"):
            self._rows.setdefault((row["metric"], row["product"] or "", row["measure"]), []).append(row)

    def rows(self, metric: str, product: str, measure: str, reporter: str, partner: str, symmetric: bool) -> list[dict]:
        found = [
            row for row in self._rows.get((metric, product, measure), [])
            if (row["reporter"], row["partner"] or "") == (reporter, partner)
            or (symmetric and (row["reporter"], row["partner"] or "") == (partner, reporter))
        ]  # fmt: skip
        return found

    def match(self, query: ReferenceQuery) -> list[ReferenceMatch]:
        """The reference values for ``query``: one per reading (several only when the claim's
        period is implicit), empty when no series can say anything about it."""
        if query.measure == "change_pct" and query.period is None and query.base is not None:
            return self._implicit_end_readings(query)
        symmetric = query.metric in metric_lexicon().symmetric
        rows = self.rows(query.metric, query.product, query.measure, query.reporter, query.partner, symmetric)
        best_bound = None
        for concept in self._concepts(query, rows):
            in_concept = [row for row in rows if row["concept"] == concept]
            for finder in (self._exact, self._aggregate, self._derived):
                found = finder(query, in_concept, concept)
                if found is not None:
                    return [self._converted(query, found)]
            if best_bound is None:
                best_bound = self._bound(query, in_concept, concept)
        return [self._converted(query, best_bound)] if best_bound is not None else []

    # -- which series ---------------------------------------------------------------------------

    def _concepts(self, query: ReferenceQuery, rows: list[dict]) -> list[str]:
        """Concepts to try, best fit for the claim's own word first. When the lexicon lists the
        concepts a word can mean ("tourists"), only those are tried: border entries are not
        tourists. Derivations may need a concept with no row for this exact key (a share from
        levels), so all of the metric's concepts count."""
        available = list(dict.fromkeys(row["concept"] for row in self._rows_of_metric(query)))
        preferred = metric_lexicon().concepts.get(query.metric, {}).get((query.phrase or "").lower())
        if preferred:
            return [c for c in preferred if c in available]
        return available

    def _rows_of_metric(self, query: ReferenceQuery) -> list[dict]:
        return [row for (metric, product, _), rows in self._rows.items() if metric == query.metric and product == query.product for row in rows]

    # -- vintages -------------------------------------------------------------------------------

    @staticmethod
    def _vintage(rows: list[dict], published: dt.date | None) -> tuple[dict | None, str | None, list[str]]:
        """The latest row known on ``published``, a note if a later vintage differs, other notes."""
        dated = sorted(rows, key=lambda r: (r["published_date"] or dt.date.min, r["line"]))
        notes = []
        if published is None:
            known = dated
            notes.append("the article's date is unknown: compared with the latest vintage")
        else:
            known = [r for r in dated if r["published_date"] is None or r["published_date"] <= published]
        if not known:
            return None, None, []
        chosen = known[-1]
        later = [r for r in dated if r not in known and r["value"] != chosen["value"]]
        revised = None
        if later:
            last = later[-1]
            revised = f"since revised to {format_number(last['value'])} {unit_label(last['unit'])} (published {last['published']})".replace("  ", " ")
        return chosen, revised, notes

    # -- how the value is found -------------------------------------------------------------------

    def _exact(self, query: ReferenceQuery, rows: list[dict], concept: str) -> ReferenceMatch | None:
        label = query.period.label if query.period else "static"
        if query.measure == "change_pct" and query.base is not None:
            matching = [r for r in rows if r["period"] == label and r["base_period"] == query.base.label]
        else:
            matching = [r for r in rows if r["period"] == label]
        for series in sorted({r["series_id"] for r in matching}):
            chosen, revised, notes = self._vintage([r for r in matching if r["series_id"] == series], query.published)
            if chosen is not None:
                return self._from_rows("exact", [chosen], concept, label, notes, revised, rows)
        return None

    def _aggregate(self, query: ReferenceQuery, rows: list[dict], concept: str) -> ReferenceMatch | None:
        if query.measure != "level" or query.period is None or not metric_lexicon().additive.get(query.metric, False):
            return None
        inside = [r for r in rows if r["period_start"] and query.period.start <= r["period_start"] and r["period_end"] <= query.period.end]
        for granularity in ("half", "quarter", "month"):
            parts = {}
            for period in sorted({r["period"] for r in inside if r["granularity"] == granularity}):
                chosen, _, _ = self._vintage([r for r in inside if r["period"] == period], query.published)
                if chosen is not None:
                    parts[period] = chosen
            days = sum((r["period_end"] - r["period_start"]).days + 1 for r in parts.values())
            if len(parts) >= 2 and days == (query.period.end - query.period.start).days + 1:
                return self._from_rows("aggregate", list(parts.values()), concept, query.period.label, [f"sum of {', '.join(parts)}"], None, rows)
        return None

    def _derived(self, query: ReferenceQuery, rows: list[dict], concept: str) -> ReferenceMatch | None:
        if query.period is None:
            return None
        if query.measure == "share":
            part = self._level(query, query.reporter, query.partner, query.period, concept)
            whole = self._level(query, query.reporter, "", query.period, concept)
            if part and whole and part[1] == whole[1]:
                interval = scale(divide(part[0], whole[0]), 100.0)
                rows_used = part[2] + whole[2]
                return self._match(interval, "percent", rows_used, concept, query.period.label, f"share = {part[3]} / {whole[3]}")
        if query.measure == "change_pct" and query.base is not None:
            if query.metric.endswith("growth"):
                # Yearly rates say nothing of a quarter's growth on the year before ("10.8% year on
                # year in the fourth quarter"); from a base year, growth is the product of the
                # rates of the years after it.
                if query.base.granularity != "year" or query.period.granularity != "year":
                    return None
                return self._cumulative(query, concept, year_period(query.base.start.year + 1), query.period)
            later = self._level(query, query.reporter, query.partner, query.period, concept)
            earlier = self._level(query, query.reporter, query.partner, query.base, concept)
            if later and earlier and later[1] == earlier[1]:
                interval = growth_percent(later[0], earlier[0])
                return self._match(interval, "percent", later[2] + earlier[2], concept, query.period.label, f"growth = {later[3]} / {earlier[3]} − 1")
        return None

    def _level(self, query: ReferenceQuery, reporter: str, partner: str, period: Period, concept: str):
        """(interval, unit, rows, description) of a level series value for exactly ``period``."""
        symmetric = query.metric in metric_lexicon().symmetric
        rows = [r for r in self.rows(query.metric, query.product, "level", reporter, partner, symmetric) if r["concept"] == concept and r["period"] == period.label]
        for series in sorted({r["series_id"] for r in rows}):
            chosen, _, _ = self._vintage([r for r in rows if r["series_id"] == series], query.published)
            if chosen is not None:
                return Interval(chosen["lower"], chosen["upper"]), chosen["unit"], [chosen], f"{series} {period.label}"
        return None

    def _cumulative(self, query: ReferenceQuery, concept: str, base: Period, end: Period, reading: str | None = None) -> ReferenceMatch | None:
        """Growth over several years as the product of the yearly rates from ``base`` through ``end``."""
        symmetric = query.metric in metric_lexicon().symmetric
        rows = [r for r in self.rows(query.metric, query.product, "change_pct", query.reporter, query.partner, symmetric) if r["concept"] == concept]
        rates, used, notes = [], [], []
        for year in range(base.start.year, end.end.year + 1):
            row = self._yearly_rate(rows, year, query.published)
            if row is None:
                return None
            if row["period"] != str(year):
                notes.append(f"{year} growth taken from the {row['period']} estimate")
            rates.append(Interval(row["lower"], row["upper"]))
            used.append(row)
        if len(rates) < 2:
            return None
        interval = compound_growth(rates)
        description = f"cumulative growth {base.start.year}–{end.end.year} = product of yearly rates"
        match = self._match(interval, "percent", used, concept, f"{base.start.year}..{end.end.year}", description)
        return dataclasses.replace(match, notes=(*match.notes, *notes), reading=reading)

    def _yearly_rate(self, rows: list[dict], year: int, published: dt.date | None) -> dict | None:
        full = [r for r in rows if r["period"] == str(year)]
        chosen, _, _ = self._vintage(full, published)
        if chosen is not None:
            return chosen
        # No full-year figure yet: the longest year-to-date estimate of that year.
        to_date = [r for r in rows if r["granularity"] == "months" and r["period"].startswith(f"{year}-01..")]
        known = [r for r in to_date if published is None or r["published_date"] is None or r["published_date"] <= published]
        return max(known, key=lambda r: (r["period_end"], r["published_date"] or dt.date.min), default=None)

    def _implicit_end_readings(self, query: ReferenceQuery) -> list[ReferenceMatch]:
        """"Would not have grown by 40%" since 2022, period left implicit: read through the last
        full year before the article, and through the article's own year."""
        if query.published is None or not query.metric.endswith("growth"):
            return []
        symmetric = query.metric in metric_lexicon().symmetric
        rows = self.rows(query.metric, query.product, "change_pct", query.reporter, query.partner, symmetric)
        readings = []
        for concept in dict.fromkeys(r["concept"] for r in rows):
            for end_year in (query.published.year - 1, query.published.year):
                reading = f"growth since {query.base.label} read as {query.base.start.year}–{end_year} (through {end_year})"
                match = self._cumulative(query, concept, query.base, year_period(end_year), reading)
                if match is not None:
                    readings.append(match)
        return readings

    def _bound(self, query: ReferenceQuery, rows: list[dict], concept: str) -> ReferenceMatch | None:
        """For an additive flow: at least any part of the period, at most anything containing it."""
        if query.measure != "level" or query.period is None or not metric_lexicon().additive.get(query.metric, False):
            return None
        lower, upper, used = None, None, []
        for period in sorted({r["period"] for r in rows if r["period_start"]}):
            chosen, _, _ = self._vintage([r for r in rows if r["period"] == period], query.published)
            if chosen is None:
                continue
            start, end = chosen["period_start"], chosen["period_end"]
            same = (start, end) == (query.period.start, query.period.end)
            inside = query.period.start <= start and end <= query.period.end and not same
            around = start <= query.period.start and query.period.end <= end and not same
            if inside and (lower is None or chosen["lower"] > lower[0]):
                lower = (chosen["lower"], chosen)
            elif around and (upper is None or chosen["upper"] < upper[0]):
                upper = (chosen["upper"], chosen)
        if lower is None and upper is None:
            return None
        interval = Interval(lower[0] if lower else 0.0, upper[0] if upper else None, True, upper is not None)
        used = [entry[1] for entry in (lower, upper) if entry]
        parts = ([f"at least {lower[1]['period']}"] if lower else []) + ([f"at most {upper[1]['period']}"] if upper else [])
        unit = used[0]["unit"]
        if any(row["unit"] != unit for row in used):
            return None
        return self._match(interval, unit, used, concept, query.period.label, "bounds: " + ", ".join(parts), kind="bound")

    # -- building matches ---------------------------------------------------------------------------

    def _from_rows(self, kind, rows, concept, period, notes, revised, series_rows) -> ReferenceMatch:
        """A match on stated rows (summed when several), with the series' history for charts."""
        history = tuple(
            (r["period"], r["value"])
            for r in sorted(series_rows, key=lambda r: (r["period_start"] or dt.date.min, r["published_date"] or dt.date.min))
            if r["series_id"] == rows[0]["series_id"] and r["granularity"] == rows[0]["granularity"]
        )
        interval = total([Interval(r["lower"], r["upper"]) for r in rows])
        return self._match(interval, rows[0]["unit"], rows, concept, period, *notes, kind=kind, revised=revised, history=history)

    @staticmethod
    def _match(interval, unit, rows, concept, period, *notes, kind="derived", revised=None, history=()) -> ReferenceMatch:
        return ReferenceMatch(
            kind=kind,
            series=" + ".join(dict.fromkeys(r["series_id"] for r in rows)),
            concept=concept,
            period=period,
            interval=interval,
            unit=unit,
            sources=_sources(rows),
            notes=tuple(notes),
            revised=revised,
            history=history,
            reporters=tuple(sorted({r["reporter"] for r in rows if r["reporter"]})),
        )

    def _converted(self, query: ReferenceQuery, match: ReferenceMatch) -> ReferenceMatch:
        """The match in the claim's unit: scale words by pint, currencies by the reference
        exchange-rate series for the claim's period — never a constant rate."""
        notes = list(match.notes)
        if query.phrase and query.metric in metric_lexicon().concepts and match.concept:
            own = metric_lexicon().concepts[query.metric].get(query.phrase.lower(), ())
            if own and own[0] != match.concept:
                notes.append(f"definitions differ: the claim says '{query.phrase}', the series counts {match.concept}")
                match = dataclasses.replace(match, claim_concept=own[0])
        factor = conversion_factor(match.unit, query.unit)
        if factor is not None:
            history = tuple((period, value * factor) for period, value in match.history)
            return dataclasses.replace(match, interval=scale(match.interval, factor), unit=query.unit, notes=tuple(notes), history=history)
        source_currency, target_currency = _currency(match.unit), _currency(query.unit)
        if not (source_currency and target_currency):
            return dataclasses.replace(match, notes=(*notes, f"units {match.unit} and {query.unit} cannot be compared"), kind="incomparable")
        rate = self._rate(target_currency, source_currency, query)
        if rate is None:
            return dataclasses.replace(match, notes=(*notes, f"no {target_currency}/{source_currency} rate for {query.period.label if query.period else 'the period'}"), kind="incomparable")
        interval_rate, rate_note = rate
        in_source_base = scale(match.interval, conversion_factor(match.unit, source_currency))
        converted = multiply(in_source_base, interval_rate)
        converted = scale(converted, conversion_factor(target_currency, query.unit))
        # The series' history stays in its own currency, so it is not charted against the claim.
        return dataclasses.replace(match, interval=converted, unit=query.unit, notes=(*notes, rate_note), history=())

    def _rate(self, target: str, source: str, query: ReferenceQuery) -> tuple[Interval, str] | None:
        """``target`` per ``source`` for the claim's year, from an exchange-rate series."""
        if query.period is None:
            return None
        for row in self._rows.get(("exchange_rate", "", "rate"), []):
            if row["period"] != str(query.period.start.year):
                continue
            direct = conversion_factor(row["unit"], f"{target} / {source}")
            inverse = conversion_factor(row["unit"], f"{source} / {target}")
            if direct is None and inverse is None:
                continue
            candidates = [r for r in self._rows[("exchange_rate", "", "rate")] if r["series_id"] == row["series_id"] and r["period"] == row["period"]]
            chosen, _, _ = self._vintage(candidates, query.published)
            if chosen is None:
                continue
            interval = Interval(chosen["lower"], chosen["upper"])
            interval = scale(interval, direct) if direct is not None else divide(Interval(1.0, 1.0), scale(interval, inverse))
            note = (
                f"converted at {format_number(chosen['value'])} {chosen['unit']} ({chosen['period']} average, "
                f"{chosen['series_id']}, {chosen['source_name']})"
            )
            return interval, note
        return None


def _sources(rows: list[dict]) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            f"{r['source_name']}" + (f" <{r['source_url']}>" if r["source_url"] else "")
            + f" (published {r['published'] or 'undated'}; {r['confidence']})"
            for r in rows
        )
    )  # fmt: skip



def other_periods_matching(index: ReferenceIndex, query: ReferenceQuery, claim: Interval, match: ReferenceMatch) -> list[str]:
    """Periods of the matched series whose value the claim does fit: "$2.40 billion was the 2023
    figure" is the likeliest explanation of a mismatch."""
    if match.kind != "exact" or query.period is None:
        return []
    symmetric = query.metric in metric_lexicon().symmetric
    rows = index.rows(query.metric, query.product, query.measure, query.reporter, query.partner, symmetric)
    found = []
    for row in rows:
        if row["series_id"] != match.series or row["period"] == query.period.label or row["granularity"] != query.period.granularity:
            continue
        factor = conversion_factor(row["unit"], query.unit)
        if factor is None:
            continue
        value = scale(Interval(row["lower"], row["upper"]), factor)
        if not is_empty(intersect(value, claim)):
            found.append(f"the claim fits the {row['period']} value ({format_number(row['value'])} {unit_label(row['unit'])}, published {row['published'] or 'undated'})")
    return sorted(set(found))

