"""The claims of table cells: each figure read with the labels that say what it is.

In "| Turkey | 2,613 | 12.1 |" under "| Partner | Trade, $ million | Share, % |" in a table
titled "Georgia's main trading partners, 2024", 2,613 is $2,613 million of Georgia's trade with
Turkey in 2024 and 12.1 is that trade's share of Georgia's, as if written in a sentence. A cell
takes its unit and scale, metric and period from its column's header first, then its row's label,
then the table's captions; its country from its row's label (or its column's header). A
country named in a table of partners ("Partner", "Destination" …) is the partner of the
table's reporter: the country its captions name, else the one whose statistics the document
cites or the one it is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from figures.extract.context.attribution import find_source_mentions, source_country
from figures.extract.context.entities import find_entity_mentions, gazetteer, main_pair, sole_country
from figures.extract.context.metrics import MetricMention, find_metric_mentions, metric_lexicon
from figures.extract.context.periods import dates_as_written, find_period_mentions
from figures.extract.grammar import alternation
from figures.extract.quantities import claim_id, find_bare_claims
from figures.extract.tables import Span, TextTable
from figures.lexicon import lexicon, load_lexicon
from figures.options import ExtractOptions
from figures.periods import shift_years
from figures.records import BareClaim, Claim, Document, Entity, Period

_SIGN = re.compile(r"^[+\-−–]")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _TableWords:
    share: re.Pattern[str]
    change: re.Pattern[str]
    year_on_year: re.Pattern[str]
    partner: re.Pattern[str]
    units: re.Pattern[str]
    rank: frozenset[str]
    whole: frozenset[str]
    rest: frozenset[str]
    scales: dict[str, str]  # a header's scale word → the one a figure is written with
    ignored: frozenset[str]  # words a label may hold that say nothing of its figures


def _words_pattern(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(word.lower() for word in words)})(?!\w)")


@cache
def _words() -> _TableWords:
    data = load_lexicon("tables")
    lex = lexicon()
    scales = {**{word: word for word in lex.scales if len(word) > 1}, **data["scales"]}

    measures = [unit for unit in lex.measure_units if unit not in lex.case_sensitive_measures]
    units = re.compile(
        rf"(?P<percent>%|(?i:\bper\s?cent\b))"
        rf"|(?P<points>(?i:\bpp\b|\bp\.p\.|\bpercentage\s+points?\b))"
        rf"|(?P<symbol>{alternation(lex.currency_symbols)})"
        rf"|(?<!\w)(?P<code>{alternation(lex.currency_codes)})(?!\w)"
        rf"|(?<!\w)(?P<word>(?i:{alternation(word.lower() for word in lex.currency_words)}))(?!\w)"
        rf"|(?<![\w'’])(?P<scale>(?i:{alternation(word.lower() for word in scales)}))(?!\w)"
        rf"|(?<!\w)(?P<measure>(?i:{alternation(unit.lower() for unit in measures)})|{alternation(lex.case_sensitive_measures)})(?!\w)"
    )
    return _TableWords(
        share=_words_pattern(data["columns"]["share"]),
        change=_words_pattern(data["columns"]["change"]),
        year_on_year=_words_pattern(data["columns"]["year_on_year"]),
        partner=_words_pattern(data["columns"]["partner"]),
        units=units,
        rank=frozenset(data["columns"]["rank"]),
        whole=frozenset(data["rows"]["whole"]),
        rest=frozenset(data["rows"]["rest"]),
        scales={word.lower(): written for word, written in scales.items()},
        ignored=frozenset(
            word
            for phrase in (*data["labels"]["ignored"], *data["rows"]["whole"], *data["rows"]["rest"], *data["columns"]["rank"], *lex.stopwords)
            for word in _WORD.findall(phrase.lower())
        ),
    )


class _UnitPhrase(NamedTuple):
    """What a label says a bare number is, as words to write around it: "$" and " million"."""

    prefix: str
    suffix: str


def _unit_phrase(label: str) -> _UnitPhrase | None:
    words = _words()
    found: dict[str, str] = {}
    for match in words.units.finditer(label):
        found.setdefault(match.lastgroup or "", match.group())
    if not found:
        return None
    if "percent" in found:
        return _UnitPhrase("", "%")
    if "points" in found:
        return _UnitPhrase("", " pp")
    scale = f" {words.scales[found['scale'].lower()]}" if "scale" in found else ""
    if "symbol" in found:
        return _UnitPhrase(found["symbol"], scale)
    if "code" in found:
        return _UnitPhrase(f"{found['code']} ", scale)
    unit = found.get("word") or found.get("measure")
    return _UnitPhrase("", f"{scale} {unit}" if unit else scale)


class _Labels(NamedTuple):
    """What one label says: its text, the metric, product, dated period and countries it names,
    whether it names a place inside a country ("Tbilisi"), and whether it says something else too
    ("Copper ores": a part of no kind figures knows)."""

    text: str
    metric: MetricMention | None
    product: str | None
    period: Period | None
    countries: tuple[str, ...]
    place: bool
    unread: bool


def table_claims(
    document: Document, tables: Sequence[TextTable], bare_claims: Sequence[BareClaim], options: ExtractOptions | None = None
) -> list[Claim]:
    """The claims of the tables' body cells, from the bare claims the scan found in them; a bare
    claim elsewhere in a table (a header's year) is a label, not a claim."""
    text = document.text
    # Whom the document is about, from its prose: a table's rows name its partners.
    mentions = [m for m in find_entity_mentions(text) if not any(t.start <= m.start < t.end for t in tables)]
    sources = find_source_mentions(text)
    home = source_country(sources[0].source) if sources else None
    pair = main_pair(mentions, home)
    document_reporter = home or sole_country(mentions) or (pair[0] if pair else None)
    by_start = {claim.start: claim for claim in bare_claims}
    starts = sorted(by_start)
    claims: list[Claim] = []
    for table in tables:
        claims += _table_claims(document, table, by_start, starts, document_reporter, options)
    return claims


class _Table(NamedTuple):
    """What every cell of one table reads from the table as a whole."""

    captions: list[_Labels]
    metric: MetricMention | None  # of a column that names none (``_table_metric``)
    partners: bool  # its labels say its countries are partners
    reporter: str | None
    caption_countries: list[str]
    compared: tuple[Period, Period] | None  # the two periods its columns give: a change column's base and period
    options: ExtractOptions | None


def _table_claims(
    document: Document,
    table: TextTable,
    by_start: dict[int, BareClaim],
    starts: list[int],
    document_reporter: str | None,
    options: ExtractOptions | None,
) -> list[Claim]:
    text = document.text
    words = _words()
    label = _labeller(document)
    captions = [label(span) for span in table.captions]
    headers = [label(*spans) for spans in table.headers]
    groups = gazetteer().groups  # a reporter is a country; a row may be a group ("EU", "CIS")
    caption_countries = [code for labels in captions for code in labels.countries if code not in groups]
    # The first column holds labels unless its header says what figures it holds: the numbers of a
    # note written across a row ("* Data for 11 months") are no figures of the table.
    labels_first = not headers or not (headers[0].metric or _unit_phrase(headers[0].text))
    inside = [
        {cell: [] if labels_first and column == 0 else _claims_in(cell, by_start, starts) for column, cell in enumerate(row)}
        for row in table.rows
    ]
    row_labels = [label(*(cell for cell in row if not figures[cell])) for row, figures in zip(table.rows, inside, strict=True)]
    row_countries = {code for labels in row_labels for code in labels.countries}
    # A table of partners says so ("Partner", "Destination"), or its captions name the one country
    # its rows are not: "Remittances to Uzbekistan" over rows of Russia, Kazakhstan …
    partners = any(words.partner.search(labels.text) for labels in [*captions, *headers]) or (
        len(set(caption_countries)) == 1 and caption_countries[0] not in row_countries
    )
    whole = _Table(
        captions,
        _table_metric(captions, headers),
        partners,
        caption_countries[0] if caption_countries else document_reporter,
        caption_countries,
        _compared_periods(headers),
        options,
    )
    seen: dict[tuple[str, str], int] = {}
    claims = []
    for row, figures, row_label in zip(table.rows, inside, row_labels, strict=True):
        line_start = text.rfind("\n", 0, row[0].start) + 1
        line_end = text.find("\n", row[-1].end)
        sentence = text[line_start : line_end if line_end != -1 else len(text)].strip()
        for column, cell in enumerate(row):
            header = headers[column] if column < len(headers) else label()
            if header.text.lower() in words.rank:
                continue
            for bare in figures[cell]:
                surface = text[bare.start : bare.end]
                identified = bare._replace(id=claim_id(document.id, sentence, surface, seen), sentence=sentence)
                claims.append(_cell_claim(whole, identified, header, row_label))
    return claims


def _table_metric(captions: list[_Labels], headers: list[_Labels]) -> MetricMention | None:
    """What a column of shares or changes that names no metric is of: the one metric the headers
    name, else the first the captions name. Under "Exports" and "Imports" a "Share, %" could be
    of either, so it is of none."""
    named = {labels.metric.metric: labels.metric for labels in headers if labels.metric}
    if len(named) > 1:
        return None
    return next(iter(named.values()), None) or next((labels.metric for labels in captions if labels.metric), None)


def _compared_periods(headers: list[_Labels]) -> tuple[Period, Period] | None:
    """The earlier and the later of exactly two periods of one length the columns are headed by."""
    periods = sorted({labels.period for labels in headers if labels.period}, key=lambda period: period.start)
    if len(periods) == 2 and periods[0].granularity == periods[1].granularity and periods[0].end < periods[1].start:
        return periods[0], periods[1]
    return None


def _cell_claim(table: _Table, bare: BareClaim, header: _Labels, row_label: _Labels) -> Claim:
    words = _words()
    metric = header.metric or row_label.metric or table.metric
    product = header.product or row_label.product
    changed = _changed(header, bare)
    bare = _with_unit(bare, changed, [header.text, row_label.text, *(c.text for c in table.captions)], table.options)
    share = bare.kind == "percent" and not changed and bool(words.share.search(header.text))
    period = header.period or row_label.period or next((c.period for c in table.captions if c.period), None)
    base_period = None
    if changed and header.period is None and table.compared:
        # "| 2023 | 2024 | Change, % |": the change is from the one to the other.
        base_period, period = table.compared
    elif changed and period and words.year_on_year.search(header.text):
        base_period = shift_years(period, -1)  # "y/y change, %" in January 2025 is on January 2024
    flags = ["table"] if period else ["table", "no_period"]
    if row_label.place or header.place:
        flags.append("subnational")  # "| Tbilisi | 3,100 |": the capital's visitors, not the country's
    row_words = row_label.text.lower()
    if row_words in words.rest or (share and row_words in words.whole) or row_label.unread or header.unread:
        # "Other 65.5%", "Total 100%": no part of the whole to check; "Copper ores 650": a part
        # of a kind no lexicon reads, which is not its reporter's whole.
        metric = None
    entities, from_document = _roles(
        [*row_label.countries, *header.countries], metric, table.partners, table.reporter, table.caption_countries
    )
    if from_document:
        flags.append("entities_from_document")
    return Claim(
        *bare,
        period=period,
        base_period=base_period,
        metric=metric.metric if metric else None,
        metric_phrase=metric.phrase if metric else None,
        product=product if metric else None,
        entities=entities,
        share_of=metric.metric if share and metric else None,
        flags=tuple(flags),
    )


def _labeller(document: Document):
    """Labels read from spans of the document, each distinct text once."""
    text = document.text
    read: dict[str, _Labels] = {}

    def label(*spans: Span) -> _Labels:
        words = " ".join(text[span.start : span.end] for span in spans if span.end > span.start)
        if words not in read:
            metrics = find_metric_mentions(words)
            periods = find_period_mentions(words, document.published)
            entities = find_entity_mentions(words)
            places = [m for m in entities if words[m.start : m.end] in gazetteer().capitals]
            read[words] = _Labels(
                words,
                next((m for m in metrics if m.metric), None),
                next((m.product for m in metrics if m.product), None),
                next((m.period for m in periods if dates_as_written(m)), None),
                tuple(dict.fromkeys(m.code for m in entities if m not in places)),
                bool(places),
                _unread(words, [*metrics, *periods, *entities]),
            )
        return read[words]

    return label


def _unread(label: str, mentions: Sequence[NamedTuple]) -> bool:
    """Whether a label holds a word that no lexicon reads: not a metric, product, period,
    country, unit, nor a word of tables.toml or the stopwords."""
    words = _words()
    read = [(m.start, m.end) for m in mentions]  # type: ignore[attr-defined]
    for pattern in (words.units, words.share, words.change, words.partner):
        read += [match.span() for match in pattern.finditer(label)]
    spared = sorted(read)
    left, position = [], 0
    for start, end in spared:
        left.append(label[position:start])
        position = max(position, end)
    left.append(label[position:])
    return any(word.lower() not in words.ignored for word in _WORD.findall(" ".join(left)))


def _claims_in(cell: Span, by_start: dict[int, BareClaim], starts: list[int]) -> list[BareClaim]:
    """The figures a cell holds: "2,613", or "2,613 (12.1%)"."""
    first = bisect_left(starts, cell.start)
    return [by_start[start] for start in starts[first:] if start < cell.end]


def _changed(header: _Labels, bare: BareClaim) -> bool:
    """Whether a column's header says its figures are changes: "Change, %", not "GDP growth, %"."""
    metric = header.metric
    return any(
        not (metric and metric.start <= match.start() and match.end() <= metric.end)
        for match in _words().change.finditer(header.text)
    ) and bare.change is None


def _with_unit(bare: BareClaim, changed: bool, labels: list[str], options: ExtractOptions | None) -> BareClaim:
    """A bare number read with the unit and scale the first label naming one gives it, and as a
    rise or fall by its sign where its column holds changes; a figure written with its own unit
    keeps it."""
    if bare.kind != "number" and not changed:
        return bare
    number = bare.text.strip("*_")  # (a figure in bold keeps its marks in its span)
    phrase = next((found for found in map(_unit_phrase, labels) if found), None) if bare.kind == "number" else None
    prefix, suffix = phrase or ("", "")
    direction = ""
    if changed:
        direction = "down " if number.startswith(("-", "−", "–")) else "up "
        number = _SIGN.sub("", number)
    written = f"{direction}{prefix}{number}{suffix}"
    read = find_bare_claims(written, bare.doc, options)
    if len(read) != 1 or read[0].end != len(written):
        return bare
    figure = read[0]
    return bare._replace(
        kind=figure.kind, value=figure.value, unit=figure.unit, lower=figure.lower, upper=figure.upper,
        lower_inclusive=figure.lower_inclusive, upper_inclusive=figure.upper_inclusive, change=figure.change,
    )  # fmt: skip


def _roles(
    named: list[str], metric: MetricMention | None, partners: bool, reporter: str | None, caption_countries: list[str]
) -> tuple[tuple[Entity, ...], bool]:
    """A cell's entities and whether its reporter came from the document rather than the table.
    The countries of a table of partners are its reporter's partners; otherwise, and for a
    metric no partner has (GDP, inflation), a country named in a row or column reports the figure.
    Where no row or column names one, captions that name two countries give the reporter and its
    partner, except in a table of partners."""
    own_economy = metric is not None and metric.metric in metric_lexicon().own_economy
    if named and (own_economy or not partners):
        return tuple(Entity(code, "reporter") for code in sorted(set(named))), False
    pair = list(dict.fromkeys(caption_countries))
    if not named and len(pair) == 2 and not own_economy and not partners:
        # "Georgia–Turkey trade: key figures" over rows that name no country: the pair's figures
        # (in a table of partners, a row that names none is their total or the rest).
        return (Entity(pair[0], "reporter"), Entity(pair[1], "partner")), False
    if reporter is None:
        # Partners of a reporter no label names: of whom is not known, so none is guessed.
        return tuple(Entity(code, "partner") for code in sorted(set(named))), False
    entities = (Entity(reporter, "reporter"), *(Entity(code, "partner") for code in sorted(set(named) - {reporter})))
    return entities, reporter not in caption_countries
