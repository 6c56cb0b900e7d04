"""Claim context: each claim gets its period, comparison base, metric, entities and attribution.

Everything is read from the claim's own sentence (and clause, where a sentence holds several
figures about different things); "this figure" and "it" borrow the metric and entities of the
nearest preceding metric phrase in the paragraph. Nothing is guessed: what the text does not say
stays empty, and what was inferred is recorded in the claim's flags.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from operator import attrgetter, itemgetter

from figures.extract.context.attribution import (
    Attribution,
    Quotation,
    SourceMention,
    find_attributions,
    find_quotations,
    find_source_mentions,
    quotation_at,
    quotation_spans,
    sentence_speaker,
    source_country,
)
from figures.extract.context.entities import (
    EntityMention,
    cause_spans,
    compared_at,
    country_sections,
    find_entity_mentions,
    find_pair_phrases,
    find_subnational_mentions,
    gazetteer,
    left_out_at,
    main_pair,
    names_set_apart,
    sole_country,
)
from figures.extract.context.metrics import MetricMention, find_metric_mentions, metric_lexicon, rest_of
from figures.extract.context.modality import forecast_cues, is_forecast, is_superseded
from figures.extract.context.periods import (
    PeriodMention,
    comparison_before,
    dates_as_written,
    find_period_mentions,
    in_present_tense,
    same_period_of,
    years_back,
)
from figures.extract.context.price_basis import PriceWords, find_price_words, price_basis
from figures.extract.context.time_basis import is_average, is_month_on_month
from figures.extract.grammar import alternation, grammar
from figures.extract.numbers import DECIMAL_COMMA
from figures.extract.phrases import holds_span
from figures.extract.text_index import TextIndex
from figures.lexicon import lexicon
from figures.periods import shift_years
from figures.records import BareClaim, Claim, Document, Entity, Period

# "…, but", "…, and", ";", ", which"; and ", of which" or ", 8% of which": the part of a whole
# ("25 bcm of gas, of which 12.9 billion went to Europe") is not the whole's partner. Plainly:
#   ,?\s+(?:but|whereas|while)\s+ | ,\s+and\s+ | [;:]\s* | ,\s+(?=which\b|who\b) | ,\s+(?=… of which)
# written as one class of first characters and a branch on which it was, so that the engine
# skips to that class (tests/extract/context/test_assign.py holds the plain form).
_CLAUSE_BREAK = re.compile(
    r"[,;:\s](?:(?<=,)\s+(?:but|whereas|while)\s+|(?<=\s)\s*(?:but|whereas|while)\s+|(?<=,)\s+and\s+|(?<=[;:])\s*"
    r"|(?<=,)\s+(?=which\b|who\b)|(?<=,)\s+(?=(?:[^\s,]+\s+){0,3}?of\s+which\b))",
    re.IGNORECASE,
)
# A line's label before a colon: "- Trade deficit: $7.1 billion, or 43.6% of turnover" (a list item's
# or a line's first words, no figure among them).
_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[-*•–][ \t]+)?[*_]*[^\W\d][^\n:;,.!?\d]{0,40}$")


def _label_before(text: str, colon: int) -> bool:
    """Whether the colon at ``colon`` closes a label, which names what follows it rather than
    ending a clause."""
    return _LABEL.search(text, max(0, colon - 48), colon) is not None


_FIGURE_ANAPHOR = r"\b(?:[Tt]his|[Tt]hat|[Tt]he)\s+(?:figure|number|indicator)\b"  # "The figure is 4% higher"
_ANAPHOR = re.compile(rf"{_FIGURE_ANAPHOR}|\b(?:[Ii]t|[Tt]hey)\b")
_REFERS_TO_A_FIGURE = re.compile(_FIGURE_ANAPHOR)
_PERFECT_CHANGE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:grown|risen|increased|expanded|fallen|dropped|declined|decreased)\s+(?:by\s+)?(?:\S+\s+)?$"
)
_SHARE_AFTER = re.compile(r"\s+of\s+", re.IGNORECASE)
_SHARE_NOUN_AFTER = re.compile(r"\s+shares?\b", re.IGNORECASE)  # "the main partner with a 19.6% share"
_REPORTER_AFTER = re.compile(
    r"^(?:’s|'s)(?!\s+share)(?!\s*[$€£]?\d)|^\s+(?:exported|imported|exports|imports|sold|bought|purchased|received)\b"
    # "Georgia welcomed 7.4 million visitors": where they came is where they are counted
    r"|^\s+(?:welcomed|welcomes|hosted|hosts|attracted|attracts)\b"
    # "Armenia ran a trade surplus of $0.5 billion with Russia"
    r"|^\s+(?:ran|runs|run|posted|recorded|registered|had|has)\s+an?\s+(?:\w+\s+)?(?:surplus|deficit)\b"
)
# "trade between Georgia and Russia": the first named is the reporter, the second the partner.
_REPORTER_BEFORE = re.compile(r"\b(?:in|visiting|visited|of|to visit|between)\s+(?:the\s+)?$", re.IGNORECASE)
# "exports to Russia", "trade between Georgia and Russia", "the share of Russia in Georgia's exports"
_PARTNER_BEFORE = re.compile(
    r"\b(?:to|from|with|by|shares?\s+of)\s+(?:the\s+)?$|\bbetween\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,2}\s+and\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ROLE_WINDOW = 45  # characters before a name: "between the United Arab Emirates and "
# Between two names of a list of figures, the first one's figure in brackets or after "with": "Russia (1.9
# million), Turkey", "Turkey with 1.5 million and Armenia"; without the figure, "to Kazakhstan and Kyrgyzstan"
# is one partner pair, which the list rule must leave alone.
_LIST_GOES_ON = re.compile(
    r"(?:\s*\([^()]{1,30}\)|\s+(?:with|at)\s+[^,;()\d]{0,15}\d[^,;()]{0,20}?)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?"
)
_POSSESSIVE = re.compile(r"’s|'s")
_FOLLOWED_BY = re.compile(r"\b[Ff]ollowed\s+by\s+(?:the\s+)?$")
_DIGIT = re.compile(r"\d")
# "$2 billion in exports", "$110 million of gas" — but in "$13.1 billion in 2024 and imports" the
# phrase after "and" begins the next statement.
_METRIC_ATTACHED = re.compile(r"\s+(?:worth\s+)?(?:in|of)\s+(?:(?!(?:and|or|but|while|whereas)\b)[\w’'-]+\s+){0,3}", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)  # "10% of Georgia's exports"
# "…88% of the country's exports by value, which totalled": a relative clause about a share's whole
_WHOLE_THEN_RELATIVE = re.compile(r"(?:\s+(?:by|in)\s+(?:value|volume)(?:\s+terms)?)?,?\s*(?:which|that)\b", re.IGNORECASE)
_WHOLE_OF_FIGURE = re.compile(r"\s+(?:of|worth|at|totall?ing|amounting\s+to|valued\s+at)\s+", re.IGNORECASE)  # "total trade of $11.9 billion"
_TOTAL_BEFORE = re.compile(r"\b(?:total|overall|aggregate)\s+$", re.IGNORECASE)
_DEMONYM_TRADE = re.compile(r"\s+(?:exports?|imports?|exporters|importers|foreign\s+trade)\b", re.IGNORECASE)
# "Ukraine 8 million", "Turkey's 14%", "Ukraine (9%)", "China accounted for 9% and Turkey for 7%", "Turkey with 1.5 million",
# "followed by Russia at 16.7%"
_NAME_TO_FIGURE = re.compile(
    r"(?:’s|'s|’|')?\s{1,2}(?:(?:accounted|accounts|account)\s+for\s+|for\s+|(?:makes|made|make)\s+up\s+|with\s+|at\s+)?\(?"
)
_FROM_BEFORE_NAME = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_TO_FIGURE = re.compile(r"\s+to\s+")
_PARTNER_AFTER_FIGURE = re.compile(r"\s+(?:to|from|with|in)\s+(?:the\s+)?", re.IGNORECASE)
# "share of", "share in Georgia's trade", "Russia's share dropped to 29%"
_SHARE_NOUN = re.compile(r"\bshares?\s+(?:of|in)\b|(?:’s|'s)\s+shares?\b", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"\b(?:were|are|was|is|remained|remain)\s+$", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r"\s*(?:which|who|that)\b", re.IGNORECASE)
_SHARE_VERB = r"(?:account(?:s|ed)?\s+for|make(?:s)?\s+up|made\s+up|represent(?:s|ed)?|comprise(?:s|d)?)"
_SHARE_VERBS = re.compile(rf"\b{_SHARE_VERB}\s+(?:\w+\s+){{0,2}}$")
# "China accounted for 9% and Turkey for 7%", "the EU for 20.9%, the CIS for 33% and the rest of the
# world for 46%": the verb is not repeated.
_ELIDED_SHARE_VERB = re.compile(r"(?:\b(?:and|or)|,)\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}\s+for\s+$", re.IGNORECASE)
_SHARE_VERB_BEFORE = re.compile(rf"\b{_SHARE_VERB}\b", re.IGNORECASE)
_SHARE_VERB_TO_FIGURE = re.compile(rf"\s+{_SHARE_VERB}\s+")  # "Russia accounted for $2.1 billion"


@dataclass(frozen=True)
class DocumentContext:
    """Everything found once per document, looked up per claim."""

    text: str
    index: TextIndex
    periods: list[PeriodMention]
    entities: list[EntityMention]
    metrics: list[MetricMention]
    attributions: list[Attribution]
    quotations: list[Quotation]
    sources: list[SourceMention]
    forecast_cues: list[tuple[int, int]]
    pair: tuple[str, str] | None
    home: str | None
    sole: str | None = None  # the one country a document names, if it names only one
    owners: dict[int, int] = field(default_factory=dict)  # period mention start → start of the figure it follows
    figure_starts: frozenset[int] = frozenset()
    roles: dict[int, str] = field(default_factory=dict)  # entity mention start → its role, computed once
    figures_after: dict[int, int | None] = field(default_factory=dict)  # name end → the figure right after it
    named_after: dict[int, int] = field(default_factory=dict)  # name start → the figure right before it ("9.4% in Georgia")
    changes_to: dict[int, int] = field(default_factory=dict)  # level start → the change it follows ("rose 9% to 388,000")
    set_after: dict[int, int] = field(default_factory=dict)  # figure start → the figure it is set after ("1.9 million, up 3%")
    # (name start, sentence start, the reporter marker of the figure's metric) → the name's role
    marked_roles: dict[tuple[int, int, re.Pattern[str] | None], str] = field(default_factory=dict)
    # Per sentence (by its start), computed once for all of its figures: its clause breaks as
    # (start, end, where the next clause begins).
    breaks: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)
    pair_phrases: list[tuple[int, int]] = field(default_factory=list)  # "the two countries", "bilateral"
    subnational: list[tuple[int, int]] = field(default_factory=list)  # "in the regions", "in Tbilisi"
    carried: dict[int, Period | None] = field(default_factory=dict)  # sentence start → the period it continues
    lede: Period | None = None  # the first period the article's figures are given for
    qualifiers: frozenset[int] = frozenset()  # starts of metric phrases that say whose another is
    excluded: list[int] = field(default_factory=list)  # starts of names left out: "from outside the CIS"
    claim_starts: list[int] = field(default_factory=list)  # of every figure of the text, in order
    compared: frozenset[int] = frozenset()  # starts of names set against another: "ahead of Russia"
    price_words: PriceWords | None = None  # "in real terms", "at current prices"
    asides: list[tuple[int, int]] = field(default_factory=list)  # relative clauses with no figure (see _asides)
    buyers: frozenset[int] = frozenset()  # ends of the names that buy the exports of their sentence (see _buyers_of_exports)
    # Where sections begin and the country each is headed by ("## Tajikistan"), if any: see country_sections
    sections: list[tuple[int, str | None]] = field(default_factory=list)

    def clause_breaks(self, start: int, end: int) -> list[tuple[int, int, int]]:
        if start not in self.breaks:
            self.breaks[start] = [
                # ", which": the relative pronoun opens the clause it refers back from
                (match.start(), match.end(), match.start() if _RELATIVE_PRONOUN.match(self.text, match.end()) else match.end())
                for match in _CLAUSE_BREAK.finditer(self.text, start, end)
                if not (self.text.startswith(":", match.start()) and _label_before(self.text, match.start()))
            ]
        return self.breaks[start]

    def names_pair(self, start: int, end: int) -> bool:
        """Whether [start, end) refers to the document's main pair ("the two countries")."""
        return holds_span(self.pair_phrases, start, end)

    def names_place(self, start: int, end: int) -> bool:
        """Whether [start, end) names a place inside a country ("in the regions", "in Tbilisi")."""
        return holds_span(self.subnational, start, end)

    def carried_period(self, sentence_start: int) -> Period | None:
        """The period a sentence that names none continues: the one period the sentence before
        it names ("Georgia received 7.4 million trips in 2024. Of these, 5.1 million were tourist
        trips"), or goes on with itself where it names only a base ("The figure is 4% higher than
        in 2023"). None where that sentence names several ("$6 billion in 2024, up from $5 billion
        in 2023"), since which one goes on cannot be told. Across a paragraph break only the
        period the article opens with goes on: after "In December alone, remittances reached
        $260 million", the next paragraph's "28% of the total" may be the year's."""
        if sentence_start not in self.carried:
            last = bisect_left(self.periods, sentence_start, key=_START) - 1
            carried = None
            if last >= 0:
                previous_start, _ = self.index.sentence_bounds(self.periods[last].start)
                # Not the period of a figure set against another: after "dropped to 41% from 60% a
                # year earlier" the text goes on with the 41%'s period, not the 60%'s. Nor a day,
                # which dates a report ("MOSCOW, January 30, 2025 (TASS) - Trade … in 2024 …").
                named = {
                    m.period
                    for m in _within(self.periods, previous_start, sentence_start)
                    if not m.base
                    and not _the_period_gone_on_with(self.text, m)
                    and not _compared_figure(self, self.owners.get(m.start))
                    and (m.period is None or m.period.granularity != "day")
                    and not _inside(self.asides, m.start)
                }
                if not named:
                    carried = self.carried.get(previous_start)
                elif len(named) == 1 and None not in named:
                    carried = named.pop()
                if previous_start <= self.text.rfind("\n", 0, sentence_start) and carried != self.lede:
                    carried = None
            self.carried[sentence_start] = carried
        return self.carried[sentence_start]

    def role(self, mention: EntityMention) -> str:
        if mention.start not in self.roles:
            role = "partner" if mention.end in self.buyers else _role(self.text, mention)
            # Only a name that reports nothing of its own may take its role from the name before it.
            index = bisect_left(self.entities, mention.start, key=_START)
            previous = self.entities[index - 1] if index and role != "reporter" else None
            if (
                previous is not None
                and self.text.rfind("ollowed", max(0, mention.start - 20), mention.start) >= 0  # first, being quick
                and _FOLLOWED_BY.search(self.text, max(0, mention.start - 20), mention.start)
                and _POSSESSIVE.match(self.text, previous.end)
                and self.index.sentence_bounds(mention.start)[0] <= previous.start
                and self.role(previous) == "reporter"
            ):
                # A ranking of countries by their own figures: in "Georgia's GDP grew 9.4%, followed by
                # Armenia with 5.9%" Armenia reports its own (after "Russia bought 63% of the total,
                # followed by Ukraine", Ukraine is a part, as "by" says).
                role = "reporter"
            if (
                role == "subject"
                and previous is not None
                and _LIST_GOES_ON.fullmatch(self.text, previous.end, mention.start)
                and self.role(previous) == "partner"
            ):
                # A name with no marker of its own that goes on a list after a partner is a partner:
                # in "visitors came from Russia (1.9 million), Turkey (1.5 million) and Armenia (1.4
                # million)" all three are where visitors came from, though only Russia follows "from".
                role = "partner"
            against = self._set_against(mention, index) if mention.start in self.compared else None
            if against is not None:
                # A name set against the one before it, with a figure of its own, is what that one
                # is: in "China was the largest partner with $13.1 billion, ahead of Russia with $11.8
                # billion" Russia is a partner too (not a reporter, as "of" would make it).
                role = self.role(against)
            self.roles[mention.start] = role
        return self.roles[mention.start]

    def _set_against(self, mention: EntityMention, index: int) -> EntityMention | None:
        """The name of its sentence before ``mention`` (the ``index``-th) that it is set against:
        the nearest one not a possessive — in "The UAE bought goods worth $5.9 billion, making it
        Armenia's largest export market, ahead of Russia" Russia is set against the UAE."""
        sentence_start = self.index.sentence_bounds(mention.start)[0]
        for before in reversed(self.entities[:index]):
            if before.start < sentence_start:
                return None
            if not _POSSESSIVE.match(self.text, before.end):
                return before
        return None

    def section_country(self, start: int) -> str | None:
        """The country heading the section that holds ``start``, if one does."""
        section = bisect_right(self.sections, start, key=itemgetter(0)) - 1
        return self.sections[section][1] if section >= 0 else None

    def source(self, start: int, end: int) -> str | None:
        """The statistics body a sentence cites (the first it names)."""
        named = _within(self.sources, start, end)
        return named[0].source if named else None


def document_context(document: Document, claims: Sequence[BareClaim], index: TextIndex) -> DocumentContext:
    """What the bare claims of a document (``find_bare_claims``) take their context from: the
    names, periods, metric phrases, speakers and sources of its text, read where a figure's
    context can come from. Each claim is then read in it (``read_each_claim``), and the claims
    with one another (``read_claims_together``)."""
    text = document.text
    entities = find_entity_mentions(text)
    sources = find_source_mentions(text)
    home = source_country(sources[0].source) if sources else None
    pair, sole = main_pair(entities, home), sole_country(entities)
    # A name set against another ("China overtook Russia") or given with a cause ("driven by
    # re-exports to the UAE") counts for the pair an article is about, but is no figure's country.
    set_against = compared_at(text)
    compared = frozenset(m.start for m in entities if m.start in set_against)
    causes = cause_spans(text)
    apart = names_set_apart(entities, compared, causes)
    # A name left out ("from outside the CIS") is no figure's, and its figure is of all but it.
    left_out = left_out_at(text)
    excluded = [m.start for m in entities if m.start in left_out]
    if apart or excluded:
        # …but one set apart and given with its own figure is that figure's: "ahead of Russia with $2.5 billion".
        starts = {claim.start for claim in claims}
        entities = [
            m for m in entities
            if m.start not in excluded and (m.start not in apart or _figure_right_after(text, m.end, starts) is not None)
        ]  # fmt: skip
    sentences = sorted({index.sentence_bounds(claim.start) for claim in claims})
    # Most of an article holds no figure. Metric phrases and speakers are read only where a
    # figure's context can come from: its sentence and, for "this figure", the paragraph before
    # it. A quotation's speaker may be named anywhere before it, so an article that quotes a
    # figure is searched for speakers whole.
    paragraphs = _paragraphs_to(text, sentences)
    quoted = quotation_spans(text, (claim.start for claim in claims))
    attributions = find_attributions(text, None if quoted else sentences)
    # Where figures start, for names and periods written right before one ("Ukraine 8 million");
    # a figure that opens with a verb is not such a figure: in "trade with Russia more than
    # doubled" and "trips to Georgia exceeded 1.9 million" the name belongs to the whole sentence.
    verbs = lexicon().hedge_verbs
    figure_starts = frozenset(
        claim.start for claim in claims
        if not (claim.kind == "multiple" and claim.change) and (claim.hedge or "").lower() not in verbs
    )  # fmt: skip
    periods = find_period_mentions(text, document.published, _with_opening(text, sentences), index)
    metrics = find_metric_mentions(text, paragraphs)
    if left_out:
        # "Excluding gold, exports rose 1.2%": the exports of the goods other than gold.
        metrics = [m._replace(product=rest_of(m.product)) if m.product and m.start in left_out else m for m in metrics]
    if set_against:
        # "Aluminium, the second-largest export after gold, made up 11%": no figure's product is gold.
        metrics = [m for m in metrics if not (m.product and m.start in set_against)]
    if causes:
        # "Exports rose 57%, driven by re-exports of gold, while imports climbed 39%": no figure's
        # product is gold.
        bare_causes = _causes_without_figures(text, causes, [claim.start for claim in claims])
        metrics = [m for m in metrics if not (m.product and _inside(bare_causes, m.start))]
    buyers = _buyers_of_exports(text, index, metrics)
    if buyers:
        metrics = [m for m in metrics if m.start not in buyers]
    changes_to = _levels_after_changes(text, claims)
    return DocumentContext(
        text=text,
        index=index,
        periods=periods,
        entities=entities,
        metrics=metrics,
        qualifiers=_qualifiers(text, metrics),
        attributions=attributions,
        quotations=find_quotations(text, attributions, quoted),
        sources=sources,
        forecast_cues=forecast_cues(text),
        pair=pair,
        pair_phrases=find_pair_phrases(text),
        subnational=find_subnational_mentions(text),
        home=home,
        sole=sole,
        owners=_period_owners(text, periods, claims, figure_starts, changes_to),
        figure_starts=figure_starts,
        excluded=excluded,
        compared=compared,
        price_words=find_price_words(text),
        asides=_asides(text, [claim.start for claim in claims]),
        buyers=buyers,
        # (an article citing one country's statistics, or on two countries, heads its sections by partner)
        sections=country_sections(text, entities) if home is None and pair is None and sole is None else [],
        claim_starts=[claim.start for claim in claims],
        named_after=_names_after_figures(text, entities, claims),
        changes_to=changes_to,
        set_after=_figures_set_after(text, claims),
        lede=next((m.period for m in periods if dates_as_written(m)), None),
    )


def read_each_claim(context: DocumentContext, document: Document, claims: Sequence[BareClaim]) -> list[Claim]:
    """The claims of a document, each from its bare claim and what its sentence and the document
    context say about it."""
    return [_claim_context(context, claim, document) for claim in claims]


def read_claims_together(context: DocumentContext, claims: list[Claim]) -> list[Claim]:
    """The claims of a document (``read_each_claim``) with what each takes from the others: the
    two ends of a from–to pair, a change and its levels, the partners taken "respectively", the
    whole of a share named with another, the reporter of the whole document."""
    text = context.text
    with_context = _money_metrics(text, _currencies_of_bases(text, _respectively(context, claims)))
    paired = _change_between_levels(context, _carried_apart(_pair_from_to(context, with_context)))
    with_products = _products_carried(context, _products_of_counted_goods(text, _parts_of_wholes(text, paired)))
    shares = _shares_of_the_total_before(context, _shares_of_levels(text, _partners_of_the_reporter(with_products)))
    return _sole_reporter(context, _growth_metrics(_inherit_shares(text, shares)))


# A flow with someone no name says ("trade with Central Asian neighbours rose by 7%", "exports of
# goods to neighbouring countries"): its figure is no country's total.
_FLOW_WITH_SOMEONE = re.compile(
    r"\b(?:exports?|imports?|trade|turnover|shipments|sales|supplies|deliveries)\s+(?:of\s+[\w-]+\s+)?(?:to|from|with|between)\s+(?![$€£\d])",
    re.IGNORECASE,
)


def _sole_reporter(context: DocumentContext, claims: list[Claim]) -> list[Claim]:
    """In an article whose figures one country reports, the others it names being partners
    ("Uzbekistan's exports rose 9.5% … China was the largest partner with $13.1 billion"), a
    figure of a metric that names no country is that country's where the last figure before it
    that names a reporter names no partner ("Uzbekistan's exports rose 9.5% to $26.9 billion …
    Imports grew 3.1% to $38.9 billion"; flag ``entities_from_document``). After one that does it
    stays nameless: after "Georgia's trade with Russia amounted to $2.3 billion", "Exports reached
    $0.6 billion" are Georgia's exports to Russia, and after "Exports to China rose 5%", "imports
    grew 3%" may be of all imports — unless it opens a later paragraph of an article on no pair
    of countries ("… ahead of Russia with $4.3 billion.\n\nIn January-September 2025, exports
    fell 28%"); nor is a flow with someone no name says ("trade with Central Asian neighbours
    rose by 7%"). (A figure for a place inside the country, for all but one partner or for an
    unnamed part is that country's too, and links with nothing all the same.)"""
    reporter = _one_reporter(claims, lambda claim: claim.metric is not None and not claim.entities)
    if reporter is None:
        return claims
    result = []
    last_reported: Claim | None = None
    for claim in claims:
        if claim.metric is not None and not claim.entities:
            if (
                last_reported is not None
                and (
                    all(entity.role == "reporter" for entity in last_reported.entities)
                    or (context.pair is None and "\n" in context.text[last_reported.end : claim.start])
                )
                and not _FLOW_WITH_SOMEONE.search(claim.sentence)
            ):
                claim = replace(claim, entities=(_entity(reporter, "reporter"),), flags=(*claim.flags, "entities_from_document"))
        elif _reported(claim) and "entities_from_document" not in claim.flags:
            last_reported = claim  # (one whose reporter the text names: _partners_of_the_reporter adds some)
        result.append(claim)
    return result


def _partners_of_the_reporter(claims: list[Claim]) -> list[Claim]:
    """In an article whose figures one country reports, a level or change that names partners
    only, after a figure of that country's, is its flow with them ("Georgia exported 85.1 million
    bottles of wine … Exports to the EU rose by a third to 4.8 million bottles"; flag
    ``entities_from_document``) — if it is of a product, or the article names none: in an article
    on wine, "Shipments to the European Union grew 9%" may be of wine, no flow of all goods. Not
    before one ("Exports to Turkey amounted to 9.9 bcm, while Georgia received 2.4 bcm": another
    country's exports), nor a share, which may be of a part ("1.2 million of them, 40% of whom
    came by air"). Before shares take their levels' entities."""

    def partners_only(claim: Claim) -> bool:
        return claim.metric is not None and bool(claim.entities) and all(entity.role == "partner" for entity in claim.entities)

    reporter = _one_reporter(claims, partners_only)
    if reporter is None:
        return claims
    of_products = any(claim.product for claim in claims)
    result = []
    reported = False
    for claim in claims:
        if (
            reported
            and partners_only(claim)
            and (claim.kind != "percent" or claim.change)
            and (claim.product or not of_products)
            and all(entity.code != reporter for entity in claim.entities)
        ):
            claim = replace(claim, entities=(_entity(reporter, "reporter"), *claim.entities), flags=(*claim.flags, "entities_from_document"))
        reported = reported or any(entity.code == reporter and entity.role == "reporter" for entity in claim.entities)
        result.append(claim)
    return result


def _reported(claim: Claim) -> bool:
    return any(entity.role == "reporter" for entity in claim.entities)


def _one_reporter(claims: list[Claim], wanted: Callable[[Claim], bool]) -> str | None:
    """The one country that reports the claims' figures of a metric, where some figure is
    ``wanted`` (most articles have none: every figure with a metric names its country); else None.
    (A figure of no metric links with nothing, and the name beside it may report nothing:
    "Top export destinations: 1. Kyrgyzstan — $290 million"; its reporters count only where no
    figure of a metric names one.)"""
    if not any(wanted(claim) for claim in claims):
        return None
    of_metrics = [claim for claim in claims if claim.metric] if any(_reported(claim) for claim in claims if claim.metric) else claims
    reporters = {entity.code for claim in of_metrics for entity in claim.entities if entity.role == "reporter"}
    return next(iter(reporters)) if len(reporters) == 1 else None


# Between a sum of money and a scaled number it is set against: "135 trillion tenge in 2024, up
# from", "312 trillion soums, up 14% from this year's expected".
_TO_BASE = re.compile(
    r"[^.;!?\n]{0,60}?(?<![\w-])(?:from|than|against|compared\s+(?:with|to))\s+(?:[^\W\d][\w’'-]*\s+){0,3}$", re.IGNORECASE
)


def _currencies_of_bases(text: str, claims: list[Claim]) -> list[Claim]:
    """A number with a scale word and no unit, set as the base of a sum of money written before it
    in its sentence, is in that sum's currency: in "Nominal GDP reached 135 trillion tenge in 2024,
    up from 40.9 trillion in 2015" the 40.9 trillion are tenge (flag ``currency_from_level``)."""
    result = list(claims)
    for position, claim in enumerate(claims):
        # "40.9 trillion": a scale word, where "40,900" may count anything
        if claim.kind != "number" or not claim.text[-1:].isalpha():
            continue
        # the level before it, past its change: "312 trillion soums, up 14% from … 274 trillion"
        level = next((c for c in reversed(result[:position]) if not c.change), None)
        if level is not None and level.kind == "money" and _TO_BASE.fullmatch(text, level.end, claim.start):
            flags = (*claim.flags, "currency_from_level")
            result[position] = replace(claim, kind="money", unit=level.unit, metric=claim.metric or level.metric, flags=flags)
    return result


def _money_metrics(text: str, claims: list[Claim]) -> list[Claim]:
    """A sum of money said of visitors is what they spend ("spending by foreign visitors reached
    $1.8 billion"; ``money_of`` in ``metrics.toml``) — and so are its share ("visitors from Russia
    spent $452 million, 27.6% of the total") and its change ("spent $1.1 billion in 2024, down 8%
    from $1.2 billion") — and one said of the economy is GDP ("the economy was worth $33.8 billion,
    or about $9,100 per person": GDP and GDP per capita). First, before shares take their levels'
    metrics."""
    lexicon = metric_lexicon()
    result = []
    for position, claim in enumerate(claims):
        metric = lexicon.money_metric.get(claim.metric or "")
        if metric is None or not (claim.kind == "money" or (claim.change and _change_of_money(text, claims, position))):
            result.append(claim)
            continue
        flags = claim.flags
        if "per_person" in flags and metric in lexicon.per_person_metric:
            metric, flags = lexicon.per_person_metric[metric], tuple(flag for flag in flags if flag != "per_person")
        result.append(replace(claim, metric=metric, flags=flags))
    return result


# The rest of a sentence's clause after a sum, then a change set after it: "$3.2 billion from
# international travellers in the first nine months of 2025, up 6%".
_CHANGE_AFTER_CLAUSE = re.compile(r"[^.;!?\n]{0,80}?,\s+(?:up|down)\s+(?:by\s+)?", re.IGNORECASE)


def _change_of_money(text: str, claims: list[Claim], position: int) -> bool:
    """Whether the change at ``position`` is written with a sum of money of its metric: after it
    ("$1.1 billion in 2024, down 8%"; "$3.2 billion from travellers in the first nine months,
    up 6%") or leading to it ("down 8% from $1.2 billion", "rose 8% to …")."""
    change = claims[position]
    before = claims[position - 1] if position else None
    after = claims[position + 1] if position + 1 < len(claims) else None
    return (
        before is not None and before.kind == "money" and before.metric == change.metric
        and any(gap.fullmatch(text, before.end, change.start) for gap in (_CHANGE_AFTER_LEVEL, _CHANGE_AFTER_CLAUSE))
    ) or (
        after is not None and after.kind == "money" and after.metric == change.metric
        and _TO_OR_FROM.fullmatch(text, change.end, after.start) is not None
    )  # fmt: skip


def _growth_metrics(claims: list[Claim]) -> list[Claim]:
    """A percentage of GDP that is no share of it is its growth rate ("gross domestic product
    grew 4.8%", as "GDP growth reached 4.8%"; ``growth_of`` in ``metrics.toml``) — but not of GDP
    in current prices ("nominal GDP rose 15%", "GDP grew 15% in nominal terms"). Last, once shares
    have their wholes."""
    lexicon = metric_lexicon()
    result = []
    for claim in claims:
        metric = claim.metric
        if (
            claim.kind == "percent"
            and claim.share_of is None
            and (claim.metric_phrase or "").lower() not in lexicon.nominal
            and "nominal_terms" not in claim.flags
        ):
            metric = lexicon.growth_metric.get(metric, metric)
        result.append(claim if metric == claim.metric else replace(claim, metric=metric))
    return result


# (after the change noun a figure may name: "7.8 per cent growth in 2023")
_ATTACHED = re.compile(
    r"(?:\s+(?:growth|rise|increase|decline|drop|fall|gain|expansion|contraction|jump|cut|hike|reduction))?,?\s*(?:in|for|during|by|as of)?\s*(?:the\s+)?"
    r"(?:(?<=\s)(?:at|by|as\s+of)\s+the\s+end\s+of\s+)?",  # "38.8% at the end of 2024": a stock at its date
    re.IGNORECASE,
)
# "in 2023 by 7.8%", "the half-year total to $2.6 billion"
_LEADS_TO_FIGURE = re.compile(r",?\s*(?:(?:total|figure)\s+)?(?:by|at|to|of|for)\s+|:\s*", re.IGNORECASE)  # or a label's: "(2023: 7.8%)"
# "6% more than in 2023, when it was $41 billion": the figure is the level at the base period.
# "…, when they brought in $10.1 billion", "when exports reached $2.1 billion"
_WHEN_IT_WAS = re.compile(
    r",?\s*when\s+(?:(?:it|they|this|that|the\s+figure|the\s+total|[a-z]+)\s+"
    r"(?:was|were|stood\s+at|totall?ed|amounted\s+to|reached|came\s+to|brought\s+in|earned|generated|hit)\s+)?",
    re.IGNORECASE,
)  # or the figure right after "when": "1.2 times as many as in 2023, when 7.1 million came"


def _only_year_on_year(mention: PeriodMention) -> bool:
    """Whether a mention only says a change is on the same period a year before ("year on year", "y/y")."""
    return mention.base and mention.same_period and mention.period is None


def _period_owners(
    text: str, periods: list[PeriodMention], claims: Sequence[BareClaim], starts: frozenset[int], changes_to: dict[int, int]
) -> dict[int, int]:
    """Period mentions written right after a figure ("$651.6 million in 2022") belong to it —
    unless they lead straight into the next figure ("10.4%, in 2023 by 7.8%"), whose they are:
    start of the mention → start of the claim. Other figures of the sentence do not take them,
    but for the level a change reached ("rose 50% in 2024 to $23.1 billion"), which shares it."""
    owners = {}
    for claim in claims:
        following = _within(periods, claim.end, claim.end + 40)
        end = claim.end
        if following and _only_year_on_year(following[0]) and _ATTACHED.fullmatch(text, end, following[0].start):
            end, following = following[0].end, following[1:]  # "3.1% year on year in the fourth quarter"
        if following and not following[0].base and _ATTACHED.fullmatch(text, end, following[0].start):
            owners[following[0].start] = claim.start
    for mention in periods:
        lead = _LEADS_TO_FIGURE.match(text, mention.end)
        if mention.base or not lead or lead.end() not in starts:
            continue
        owner = owners.get(mention.start)
        # Not the end of a from–to pair: in "from $700 million in 2023 to $650 million" 2023 is the start's.
        if owner is not None and _TO_FIGURE.fullmatch(text, mention.end, lead.end()) and _FROM_BEFORE.search(text, max(0, owner - 8), owner):
            continue
        if owner is not None and changes_to.get(lead.end()) == owner:
            continue  # nor the level a change reached: "rose 50% in 2024 to $23.1 billion"
        if owner is not None and lead.group().lstrip(",").strip() == ":":
            continue  # nor a list after a colon: "$5.6 billion in 2024: $2.9 billion in the first half"
        owners[mention.start] = lead.end()
    return owners


_START = attrgetter("start")  # of a mention: the sort key of every list of mentions


def _left_out_of(context: DocumentContext, claim: BareClaim, clause_start: int, clause_end: int) -> bool:
    """Whether a name left out ("outside the CIS") is written in the figure's clause with no other
    figure between them: in "8.2 million visitors, including 0.5 million from outside the CIS" it
    is the 0.5 million's, not the 8.2 million's — but the change a level reached may stand between:
    "Visitors from outside the CIS grew by 19%, to 0.9 million"."""
    own_change = context.changes_to.get(claim.start)
    for name in context.excluded[bisect_left(context.excluded, clause_start) : bisect_left(context.excluded, clause_end)]:
        first, last = sorted((name, claim.start))
        between = context.claim_starts[bisect_right(context.claim_starts, first) : bisect_left(context.claim_starts, last)]
        if all(start == own_change for start in between):
            return True
    return False


def _within(mentions: list, start: int, end: int) -> list:
    """The mentions lying inside [start, end); ``mentions`` are in text order (found by a scan)."""
    first = bisect_left(mentions, start, key=_START)
    found = []
    for mention in mentions[first:]:
        if mention.start >= end:
            break
        if mention.end <= end:
            found.append(mention)
    return found


def _distance(mention, claim: BareClaim | Claim) -> int:
    return claim.start - mention.end if mention.end <= claim.start else mention.start - claim.end


def _claim_context(context: DocumentContext, claim: BareClaim, document: Document) -> Claim:
    text = context.text
    sentence_start, sentence_end = context.index.sentence_bounds(claim.start)
    clause_start, clause_end = _clause_bounds(context, sentence_start, sentence_end, claim)
    flags: list[str] = ["decimal_comma"] if "," in claim.text and DECIMAL_COMMA.search(claim.text) else []
    if context.names_place(clause_start, clause_end):
        flags.append("subnational")  # "in Tbilisi it was 2,300 lari": a place, not the country
    if context.excluded and _left_out_of(context, claim, clause_start, clause_end):
        flags.append("excluding")  # "visitors from outside the CIS numbered 0.5 million": of no country named

    period, base_period, period_flags = _periods(context, claim, sentence_start, sentence_end, clause_start, clause_end)
    flags += period_flags
    if is_forecast(text, context.forecast_cues, clause_start, claim.start, claim.end, period, document.published):
        flags.append("forecast")
    if is_superseded(text, sentence_start, claim.start, claim.end) and claim.start not in context.owners.values():
        # (not a figure with its own period: "revised up to $6.6 billion, up from $6.3 billion in 2023")
        flags.append("superseded")
    if is_average(text, clause_start, claim.start, claim.end, period):
        flags.append("average")
    if is_month_on_month(text, clause_start, claim.start, claim.end):
        flags.append("month_on_month")
    basis = price_basis(context.price_words, text, clause_start, claim.start, claim.end)
    if basis:
        flags.append(f"{basis}_terms")  # "in real terms wages rose 3.4%"

    if claim.kind == "count" and (claim.noun or "").lower() in metric_lexicon().counted_apart:
        metric_mention, product, metric_flags = None, None, []  # "to 70 countries": no quantity of wine
    else:
        metric_mention, product, metric_flags = _metric(context, claim, sentence_start, sentence_end, clause_start, clause_end)
    flags += metric_flags
    coreferent = "metric_from_coreference" in metric_flags and metric_mention is not None
    share_of = _share_of(text, claim, metric_mention, clause_start, sentence_start)
    named = _part_metric(context, claim, clause_start, sentence_start, share_of) or metric_mention
    metric = named.metric if named else None
    if metric_lexicon().per_person_after.match(text, claim.end):
        # "$33.8 billion, or about $9,100 per person": GDP per capita, not GDP; of a metric with
        # no measure per person, another quantity than its total.
        per_person = metric_lexicon().per_person_metric.get(metric or "")
        metric = per_person or metric
        if per_person is None:
            flags.append("per_person")

    entity_start, entity_end = (clause_start, clause_end)
    share = share_of is not None
    markers = metric_lexicon().reporter_markers.get(named.metric) if named is not None and named.metric else None
    reporter_before = _reporter_marked_by(markers) if markers else None
    own_economy = named is not None and named.metric in metric_lexicon().own_economy and not share
    entities = _entities(context, claim, entity_start, entity_end, sentence_start, sentence_end, share, reporter_before, own_economy)
    if coreferent and metric_mention is not None:
        ref_start, ref_end = context.index.sentence_bounds(metric_mention.start)
        entities = _merge_entities(
            entities, _entities(context, claim, ref_start, ref_end, ref_start, ref_end, share, reporter_before, own_economy)
        )
        if product is None:
            # "Gas export revenue dropped to $11.2 billion. In 2023 it had earned $14.6 billion": of gas too.
            products = [m for m in _within(context.metrics, ref_start, ref_end) if m.product]
            product = min(products, key=lambda m: abs(m.start - metric_mention.start)).product if products else None
    if (
        not entities
        and metric_mention is not None
        and context.pair
        and metric_mention.metric in metric_lexicon().symmetric
        and _named_before(context.entities, context.pair, claim.start)
    ):
        entities = (_entity(context.pair[0], "reporter"), _entity(context.pair[1], "partner"))
        flags.append("entities_from_document")
    elif not entities and named is not None and (sole := context.sole or context.section_country(claim.start)):
        # "According to Geostat, Georgia's GDP … Real GDP grew 9.4% in 2024": an article that names
        # one country only is about it, and a section headed by a country's name ("## Tajikistan")
        # is too. One that names several leaves a nameless figure nameless.
        entities = (_entity(sole, "reporter"),)
        flags.append("entities_from_document")
    elif (
        (home := context.home or context.section_country(claim.start))
        and any(e.role == "partner" or (share and e.role == "subject") for e in entities)
        and all(e.role != "reporter" and e.code != home for e in entities)
    ):
        # "Transfers from Russia declined by 45%" in an article on the National Bank of Georgia's
        # figures (or in its section headed "Georgia"): a partner's figure is reported by the
        # country whose statistics the article cites, and so is a share whose part is named
        # ("Russia's share dropped to 29%").
        parts = gazetteer().parts
        entities = (
            _entity(home, "reporter"),
            *(_entity(e.code, "partner") if e.role == "subject" and e.code not in parts else e for e in entities),
        )
        flags.append("entities_from_document")
    if (
        share_of is None
        and metric_mention is not None
        and _TOTAL_BEFORE.search(text, max(0, metric_mention.start - 12), metric_mention.start)
        and not (
            metric_mention.start > claim.end
            and _after_share_of(text, metric_mention.start)
        )
    ):
        # "…with the EU …, or 21% of its total trade of $19.5 billion": a total is with the world —
        # but the whole of a share after a figure is not that figure's: "trading partner with $2.5
        # billion, or 10.6% of total turnover".
        entities = tuple(entity for entity in entities if entity.role != "partner")
    elif claim.kind != "percent" and _after_share_of(text, claim.start):
        # "Sixty per cent of the 110 million bottles Georgia exported last year went to Russia":
        # the whole of a share is not its part's — unless the partner is named with the whole
        # itself: "20% of its $5 billion of exports to Russia".
        entities = tuple(
            entity for entity in entities
            if entity.role != "partner" or _partner_with_figure(context, claim, entity.code)
        )  # fmt: skip

    if "excluding" in flags:
        # "Russia sent 0.77 million, and visitors from outside the CIS numbered 0.5 million": no
        # name the clause goes on from is theirs, only a reporter named in the clause itself.
        in_clause = {m.code for m in _within(context.entities, clause_start, clause_end)}
        entities = tuple(entity for entity in entities if entity.role == "reporter" and entity.code in in_clause)
    unnamed = gazetteer().unnamed_part.search(text, clause_start, claim.start) if share else None
    if unnamed and not _COPULA_BEFORE.search(text, max(0, unnamed.start() - 12), unnamed.start()):
        # "The top three partners accounted for a third of it, with Turkey in first place", "the
        # three together made up 33%", "the rest of the world for 46%": the part is named by its
        # rank, as several or as the rest, and no country named beside it is the part (but in
        # "Kazakhstan, Russia and China were the largest export markets" the names are those parts).
        entities = tuple(entity for entity in entities if entity.role == "reporter")
        flags += _unnamed_part_flags(unnamed)
    quotation = quotation_at(context.quotations, claim.start)
    speaker = quotation.speaker if quotation else sentence_speaker(context.attributions, sentence_start, sentence_end)
    source = context.source(sentence_start, sentence_end)
    return Claim(
        *claim,
        period=period,
        base_period=base_period,
        metric=metric,
        metric_phrase=named.phrase if named else None,
        product=product,
        entities=entities,
        share_of=share_of,
        speaker=speaker,
        source=source,
        quoted=quotation is not None,
        flags=tuple(dict.fromkeys(flags)),
    )


def _named_before(entities: list[EntityMention], pair: tuple[str, str], start: int) -> bool:
    """Whether both countries of the pair are named before ``start``: in an article on Georgia's
    trade that names Russia only at its end, "turnover was $11.93 billion" is no trade with Russia."""
    named = {m.code for m in entities[: bisect_left(entities, start, key=_START)]}
    return pair[0] in named and pair[1] in named


def _with_opening(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, and the article's opening paragraph, which may give its figures' period
    without a figure: "Money transfers to Armenia fell sharply in 2024, the central bank reported."
    Windows in order, overlapping ones merged."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return _merged(sorted([(start, len(text) if end < 0 else end), *sentences]))


def _paragraphs_to(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For sentences in order, the text from the start of each one's paragraph to its end, with
    overlapping stretches merged."""
    return _merged([(text.rfind("\n", 0, start) + 1, end) for start, end in sentences])


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` windows, in order of their starts, with overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _own_reporter_marker(
    context: DocumentContext, mention: EntityMention, sentence_start: int, figures_marker: re.Pattern[str] | None
) -> re.Pattern[str] | None:
    """What marks a name as the reporter: the marker of the metric phrase written before it in
    its sentence ("exports from"), or, with none before it, that of the figure's metric."""
    metrics = context.metrics
    for index in range(bisect_left(metrics, mention.start, key=_START) - 1, -1, -1):
        before = metrics[index]
        if before.start < sentence_start:
            break
        if before.metric and before.end <= mention.start:
            markers = metric_lexicon().reporter_markers.get(before.metric)
            return _reporter_marked_by(markers) if markers else None
    return figures_marker


@cache
def _reporter_marked_by(words: tuple[str, ...]) -> re.Pattern[str]:
    """A name written after one of these words reports the figure."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\s+(?:the\s+)?$", re.IGNORECASE)


def _clause_bounds(context: DocumentContext, start: int, end: int, claim: BareClaim) -> tuple[int, int]:
    clause_start, clause_end = start, end
    for break_start, break_end, next_clause in context.clause_breaks(start, end):
        if break_end <= claim.start:
            clause_start = next_clause
        elif break_start >= claim.end:
            clause_end = break_start
            break
    return clause_start, clause_end


# ", which Armenia joined in 2015,": a relative clause set off by commas
_ASIDE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,;.!?\n]*,", re.IGNORECASE)


def _asides(text: str, claim_starts: list[int]) -> list[tuple[int, int]]:
    """The relative clauses set off by commas that hold no figure, in order: the years they name
    are no figure's ("Trade with the EAEU, which Armenia joined in 2015, still accounts for about
    a third of turnover" is not of 2015)."""
    if "which" not in text and "who" not in text:
        return []
    asides = []
    for match in _ASIDE.finditer(text):
        first = bisect_left(claim_starts, match.start())
        if first == len(claim_starts) or claim_starts[first] >= match.end():
            asides.append(match.span())
    return asides


def _causes_without_figures(text: str, causes: list[tuple[int, int]], claim_starts: list[int]) -> list[tuple[int, int]]:
    """The causes (``cause_spans``) that hold no figure nor open a relative clause about what they
    name: "driven by gold, which jumped 80%" is about gold, as is "driven by gold exports of $5 billion"."""
    bare = []
    for start, end in causes:
        first = bisect_left(claim_starts, start)
        holds_figure = first < len(claim_starts) and claim_starts[first] < end
        if not holds_figure and not _RELATIVE_PRONOUN.match(text, end + 1 if text.startswith(",", end) else end):
            bare.append((start, end))
    return bare


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` lies inside one of the (start, end) spans, in order and apart."""
    index = bisect_right(spans, position, key=itemgetter(0)) - 1
    return index >= 0 and position < spans[index][1]


def _periods(
    context: DocumentContext, claim: BareClaim, start: int, end: int, clause_start: int, clause_end: int
) -> tuple[Period | None, Period | None, list[str]]:
    mentions = [
        m for m in _within(context.periods, start, end)
        if (m.end <= claim.start or m.start >= claim.end) and not (context.asides and _inside(context.asides, m.start))
    ]  # fmt: skip
    owned = [m for m in mentions if context.owners.get(m.start) == claim.start]
    if any("vague_period" in m.flags for m in owned):
        return None, None, ["vague_period"]  # "cumulative growth of about 30% over three years"
    for unresolved in ("ambiguous_period", "relative_unresolved"):
        if any(unresolved in m.flags and not m.base for m in owned):
            # "$0.9 billion the previous year" after H1 2025 (that half, or the whole year?), or
            # "last year" with no date: its own period is unknown, and no other in the sentence is it.
            return None, None, [unresolved, "no_period"]
    recalled = [
        m for m in mentions
        if m.base and m.period is not None and not (m.same_period or m.relative) and m.end <= claim.start
        and _WHEN_IT_WAS.fullmatch(context.text, m.end, claim.start)
    ]  # fmt: skip
    if recalled and not claim.change:
        return recalled[-1].period, None, []
    flags: list[str] = []
    levels = [
        m for m in mentions
        if not m.base and m.period is not None and m.period.granularity != "day" and not _same_period_of_another(context, m, claim)
    ]  # fmt: skip
    # A period written right after the figure is its own ("$651.6 million in 2022"); one written
    # right after another figure is not. Then a period in the figure's own clause wins over a
    # nearer one in the next clause: "In 2023 exports were $2.5 billion, and in 2024 they grew".
    # (and the level a change reached has the change's: "rose 50% in 2024 to $23.1 billion")
    owning = (claim.start, context.changes_to.get(claim.start, claim.start))
    own = [m for m in levels if context.owners.get(m.start) in owning]
    # Of two, the one attached after it: in "slowed in the second half of 2024, to 3.1% year on
    # year in the fourth quarter" the 3.1% is the quarter's.
    own = [m for m in own if m.start >= claim.end] or own
    levels = own or [m for m in levels if context.owners.get(m.start, claim.start) == claim.start] or _shared(context, levels, claim)
    levels = [m for m in levels if clause_start <= m.start < clause_end] or levels
    bases = [m for m in mentions if m.base]
    if not levels and any("vague_period" in m.flags for m in mentions):
        flags.append("vague_period")
    if any("relative_unresolved" in m.flags for m in mentions):
        flags.append("relative_unresolved")
    for mention in mentions:
        flags += [
            f for f in mention.flags
            if f in ("year_from_context", "year_counted_back", "year_from_publication", "fiscal_year_months_unknown")
        ]  # fmt: skip

    if claim.change and not bases and levels and _PERFECT_CHANGE.search(context.text, max(0, claim.start - 60), claim.start):
        # "would not have grown by 40%" after "in 2022": a change since then, to an end the text leaves implicit.
        nearest = min(levels, key=lambda m: _distance(m, claim))
        return None, nearest.period, [*flags, "implicit_period", "base_from_perfect_tense"]

    # On a tie the period written after the figure wins: "from $700 million in 2023 to $650 million in 2024".
    nearest = min(levels, key=lambda m: (_distance(m, claim), m.start < claim.start)) if levels else None
    period = nearest.period if nearest else None
    if nearest is not None and nearest.same_period:
        # "$2.6 billion in January-March 2025, compared with $2.3 billion in the same period of
        # 2024": the part of the year the sentence's other period names (2024-Q1), not all of 2024.
        named = {m.period for m in mentions if not m.same_period and m.period is not None and m.period.granularity != "day"}
        own = named.pop() if len(named) == 1 else None if named else context.carried_period(start)
        period = same_period_of(nearest, own) if own is not None else None
    if period is None and not claim.change and not levels:
        # "In the same period last year, Europe had received 6.4 bcm": the period the text is on, a
        # year before (flag year_counted_back).
        back = [m for m in mentions if _the_same_period_counted_back(context.text, m)]
        carried = context.carried_period(start) if back else None
        if carried is not None:
            period = shift_years(carried, -(years_back(back[-1]) or 1))
            flags.append("year_counted_back")
    if (
        period is None
        and all(
            (m.base and m.start > claim.start) or _dates_one_set_against(context, m, claim) or _the_period_gone_on_with(context.text, m)
            for m in mentions
        )
        and (
            not in_present_tense(context.text, clause_start, clause_end)
            or _REFERS_TO_A_FIGURE.search(context.text, clause_start, claim.start)
        )
    ):
        # A sentence that names no period of its own (nor any but that of a figure set against
        # another: "fell 45% to $1.9 billion, and its share to 41% from 60% a year earlier") goes on
        # with the one before it — but not for a figure after a base ("4% higher than in 2023,
        # when 7.1 million visitors came"), nor in a clause in the present tense ("the CIS
        # accounts for 33% of Georgia's trade"), unless it speaks of the figure before ("The
        # figure is 4% higher than in 2023").
        period = context.carried_period(start)
        if period is not None:
            flags.append(_CARRIED)
    if period is None:
        flags.append("no_period")
    if not claim.change:
        return period, None, flags
    if not bases:
        return period, None, flags
    base = min(bases, key=lambda m: (m.start < claim.end, _distance(m, claim)))
    if base.same_period:
        if period is None:
            return None, base.period, [*flags, "base_without_own_period"]
        return period, same_period_of(base, period), flags
    if base.relative:
        back = years_back(base) or 1
        if period is None:
            return None, base.period, flags
        if period.granularity == "year":
            return period, shift_years(period, -back), flags
        # "a 7% increase from the previous year" after "the first half of 2025": most likely the
        # same half a year earlier, but it could mean the whole previous year.
        return period, shift_years(period, -back), [*flags, "ambiguous_base"]
    if base.since:
        flags.append("since")
    return period, base.period, flags


# "the same period" with nothing after it: no year ("of 2024"), none counted back ("last year")
_THE_SAME_PERIOD = re.compile(r"the\s+same\s+(?:period|time|months?|half|quarter)", re.IGNORECASE)


def _undated_same_period(mention: PeriodMention) -> bool:
    """Whether a mention is "the same period" with no year of its own, and no base."""
    return mention.same_period and not mention.base and mention.period is None


def _the_same_period_counted_back(text: str, mention: PeriodMention) -> bool:
    """Whether a mention is "the same period" of a year counted back, with no year of its own
    and no base: "in the same period last year", "the same months a year earlier"."""
    return _undated_same_period(mention) and mention.relative and not _THE_SAME_PERIOD.fullmatch(text, mention.start, mention.end)


def _the_period_gone_on_with(text: str, mention: PeriodMention) -> bool:
    """Whether a mention is "the same period" alone, and no base: "Over the same period, visitor
    trips rose 7%" is of the period the text is on (but "In the same period last year" is not)."""
    return _undated_same_period(mention) and _THE_SAME_PERIOD.fullmatch(text, mention.start, mention.end) is not None


def _shared(context: DocumentContext, levels: list[PeriodMention], claim: BareClaim) -> list[PeriodMention]:
    """A sentence's only period is shared by its figures ("exports were $5 billion and imports $6
    billion in 2024", "$1.9 billion in 2024, of which $700 million …"); where each figure has its
    own ("in 2022 by 10.4%, in 2023 by 7.8%"), a figure takes no other's. Nor does it take the
    period of a figure set against it: in "is planned at 4.5% of GDP, compared with 4.9% in 2025"
    and "$4.4 billion, up from $4.1 billion in 2023" the period is the second figure's."""
    if len({m.period for m in levels}) != 1 or any(_dates_one_set_against(context, m, claim) for m in levels):
        return []
    # Nor is one that opens another item, leading into its figure (here every period is some
    # figure's): in "Russia accounted for $700 million, and in 2023 for $650 million" 2023 is the
    # second figure's alone.
    levels = [
        m for m in levels
        if not (m.start >= claim.end and _NEW_ITEM_BEFORE.search(context.text, max(0, m.start - 12), m.start))
    ]  # fmt: skip
    # Nor is a forecast's period shared back: in "widened to 4.1% of GDP, … and is projected at 4.9%
    # in 2025" the 4.1% is no 2025 figure.
    return [m for m in levels if not (m.start > claim.end and holds_span(context.forecast_cues, claim.end, m.start))]


_NEW_ITEM_BEFORE = re.compile(r"\band\s+(?:in\s+|for\s+|during\s+)?$", re.IGNORECASE)  # "…, and in 2023"
# A figure labelled with its period in brackets after another: "9.4% (2023: 7.8%)".
_BRACKETED_LABEL = re.compile(r"\(\s*[^()\n]{1,20}:\s*$")


def _dates_one_set_against(context: DocumentContext, mention: PeriodMention, claim: BareClaim) -> bool:
    """Whether a period mention dates another figure that this one is set against: one written
    as a comparison ("compared with 4.9% in 2025"), or one counted back from this figure's period
    ("shrank to $0.14 billion, less than half of the $0.31 billion a year earlier": the $0.14
    billion are of the year the $0.31 billion count back from), or "the same period" of another
    year ("$9.8 billion, more than double the $4.6 billion earned in the same period of 2024":
    the $9.8 billion are not of 2024)."""
    owner = context.owners.get(mention.start)
    if _compared_figure(context, owner):
        return True
    if _same_period_of_another(context, mention, claim):
        return True
    from_publication = "year_from_publication" in mention.flags or "relative_unresolved" in mention.flags
    return mention.relative and not from_publication and owner is not None and owner != claim.start


def _same_period_of_another(context: DocumentContext, mention: PeriodMention, claim: BareClaim) -> bool:
    """Whether a mention is "the same period" of another year written after another figure than
    this one: "$9.8 billion, more than double the $4.6 billion earned in the same period of 2024"
    dates the $4.6 billion alone."""
    if not mention.same_period:
        return False
    after = bisect_right(context.claim_starts, claim.start)
    return after < len(context.claim_starts) and context.claim_starts[after] < mention.start


def _compared_figure(context: DocumentContext, start: int | None) -> bool:
    """Whether the figure starting at ``start`` is written as a comparison ("compared with 4.9%",
    "9.4% (2023: 7.8%)")."""
    if start is None:
        return False
    window = max(0, start - 15)
    return bool(comparison_before().search(context.text, window, start) or _BRACKETED_LABEL.search(context.text, window, start))


# "a third of the 2023 level", "60% of its pre-war level", "half of the previous year's level"
_OF_AN_EARLIER_LEVEL = re.compile(r"\s+of\s+(?:the|its|their|that)\s+(?:[\w'’-]+\s+){0,2}levels?\b", re.IGNORECASE)


def _metric(
    context: DocumentContext, claim: BareClaim, start: int, end: int, clause_start: int, clause_end: int
) -> tuple[MetricMention | None, str | None, list[str]]:
    in_sentence = [m for m in _within(context.metrics, start, end) if m.end <= claim.start or m.start >= claim.end]
    # A product is named before its figure ("petroleum products accounted for $700 million"), right
    # before it ("wheat $200 million"), or attached after it ("$110 million of gas"); one written
    # right before another figure is that figure's.
    products = [
        m for m in in_sentence
        if m.product
        and (m.end <= claim.start or _attached_after(context.text, claim, m.start))
        and _figure_after(context, m) in (None, claim.start)
    ]  # fmt: skip
    if len(products) > 1:
        # "Exports of fruit and vegetables, the largest non-oil item, rose 12%": a product in an
        # apposition describes the one before it, which the figure is of.
        products = [m for before, m in zip([None, *products], products) if before is None or not _in_apposition(context.text, before, m)]
    product = _nearest_product(products, claim)
    metrics = [m for m in in_sentence if m.metric and m.start not in context.qualifiers]
    if metrics:
        clause_start = _antecedent_start(context.text, in_sentence, clause_start)
        in_clause = [m for m in metrics if clause_start <= m.start < clause_end]
        if not in_clause and any(m.metric is m.product is None and clause_start <= m.start < clause_end for m in in_sentence):
            return None, product, []  # "oil output fell 5%, while its GDP grew 4.1%": not the other clause's metric
        # With none in its own clause, a phrase of another clause names a figure only written
        # before it or attached after it: in "wages averaged 1,500 lari in 2024, and exports grew
        # 30%" the lari are no exports.
        in_clause = in_clause or [m for m in metrics if m.end <= claim.start or _attached_after(context.text, claim, m.start)]
        if not in_clause:
            return None, product, []
        if claim.kind == "percent" and _SHARE_AFTER.match(context.text, claim.end):
            if _OF_AN_EARLIER_LEVEL.match(context.text, claim.end):
                # "Investment from Russia was $90 million, about a third of the 2023 level": a ratio
                # to the quantity's own earlier level, no share of the total.
                return None, product, ["untracked_whole"]
            # "12% of its imports": the whole named right after "of" is the metric — or none, when
            # it is a quantity figures does not track ("60% of state budget revenues").
            whole = [m for m in in_sentence if claim.end <= m.start <= claim.end + 40 and (m.metric or m.product is None)]
            if whole and whole[0].metric is None:
                return None, product, ["untracked_whole"]
            if whole and whole[0] in in_clause:
                return whole[0], product, []
        # A phrase before the figure names it ("trade turnover … reached"), one after it names the
        # whole it is a share of ("70% of its goods"): the nearest wins, before over after on ties.
        # A phrase after a level names it only when attached ("$2 billion in exports"); otherwise
        # it begins the next statement: "exports were $19 billion and its imports $24.8 billion".
        # So does one after a percentage (not a share: "of" was read above): in "exports rose 5% in
        # 2024 and imports 7%" the 5% is of exports.
        naming = [m for m in in_clause if m.end <= claim.start or _attached_after(context.text, claim, m.start)]
        untracked = [m for m in in_sentence if m.metric is m.product is None and clause_start <= m.start and m.end <= claim.start]
        if untracked and not naming:
            return None, product, []  # "mining grew 0.9% and exports 3%": the 0.9% is of mining, not exports
        nearest = min(naming or in_clause, key=lambda m: (_distance(m, claim), m.start > claim.start))
        sign = _share_sign_before(context.text, nearest.start) if claim.kind != "percent" and nearest.end <= claim.start else None
        if sign is not None:
            if _WHOLE_THEN_RELATIVE.match(context.text, nearest.end) or _WHOLE_OF_FIGURE.fullmatch(context.text, nearest.end, claim.start):
                # "Crude accounted for 88% of the country's exports by value, which totalled $19.5
                # billion", "21% of its total trade of $11.93 billion": the whole's sum, of no
                # product of the part.
                product = _nearest_product([m for m in products if m.start > sign], claim)
            else:
                # "Remittances made up about 17% of GDP, when they totalled $2.5 billion": a sum after
                # a share is of its part, named before it ("30% of exports, or $1.2 billion" are
                # exports too, and "Gas made up 20% of exports and brought in $4.4 billion" gas exports).
                nearest = next((m for m in reversed(naming) if m.end <= nearest.start), nearest)
        if untracked and _distance(untracked[-1], claim) < _distance(nearest, claim):
            return None, product, []  # "revenues of 3.2 trillion drams …, leaving a deficit": not the deficit
        return nearest, product, []
    if not _ANAPHOR.search(context.text, start, end):
        return None, product, []
    paragraph_start = context.text.rfind("\n", 0, start) + 1
    earlier = [m for m in context.metrics if paragraph_start <= m.start < start and m.metric]
    if not earlier:
        return None, product, []
    return earlier[-1], product, ["metric_from_coreference"]


_APPOSITION_OPENS = re.compile(r",\s+(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){0,4}", re.IGNORECASE)


def _in_apposition(text: str, before: MetricMention, mention: MetricMention) -> bool:
    """Whether a phrase opens an apposition right after another: ", the largest non-oil item"."""
    return _APPOSITION_OPENS.fullmatch(text, before.end, mention.start) is not None


def _nearest_product(products: list[MetricMention], claim: BareClaim) -> str | None:
    return min(products, key=lambda m: _distance(m, claim)).product if products else None


def _antecedent_start(text: str, mentions: list[MetricMention], clause_start: int) -> int:
    """The start of a relative clause with the phrase it refers back to: in "driven by food
    prices, which rose 9.1%" the clause is about food prices (not the inflation its sentence began with)."""
    if _RELATIVE_PRONOUN.match(text, clause_start + 1 if text.startswith(",", clause_start) else clause_start):
        before = [m for m in mentions if m.end == clause_start]
        if before:
            return before[-1].start
    return clause_start


# Between a metric phrase and one that only says whose it is: "tourism revenues from Russian visitors".
_QUALIFIED_BY = re.compile(r"\s+(?:from|of|by)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}")


def _qualifiers(text: str, mentions: list[MetricMention]) -> frozenset[int]:
    """The starts of the metric phrases that only qualify the one before them: in "tourism
    revenues from Russian visitors tripled" the figure is of revenues, not of visitors."""
    metrics = [m for m in mentions if m.metric]
    return frozenset(m.start for before, m in pairwise(metrics) if _QUALIFIED_BY.fullmatch(text, before.end, m.start))


def _attached_after(text: str, claim: BareClaim, start: int) -> bool:
    """Whether a phrase at ``start`` is attached after the figure, or after the thing it counts:
    "$110 million of gas", "110 million bottles of wine"."""
    end = claim.end
    if claim.noun:
        counted = grammar().noun_after.match(text, end)
        if counted and counted.group("noun") == claim.noun:
            end = counted.end()
    return bool(_METRIC_ATTACHED.fullmatch(text, end, start))


def _part_metric(
    context: DocumentContext, claim: BareClaim, clause_start: int, sentence_start: int, share_of: str | None
) -> MetricMention | None:
    """What a share measures when it is not a part of its whole's own kind: "the budget deficit
    was 2.3% of GDP" is a deficit, as a share of GDP (where "70% of its exports" is exports) —
    and so is "it" after a sentence on the deficit: "In 2024 it stood at 2.3% of GDP"."""
    if share_of is None:
        return None

    def last_part(start: int, end: int) -> MetricMention | None:
        parts = [
            m for m in _within(context.metrics, start, end)
            if m.metric and m.metric != share_of and not _after_share_of(context.text, m.start)
        ]  # fmt: skip
        return parts[-1] if parts else None

    named = last_part(clause_start, claim.start)
    if named is None and _ANAPHOR.search(context.text, clause_start, claim.start):
        named = last_part(context.text.rfind("\n", 0, sentence_start) + 1, sentence_start)
    return named


def _share_of(
    text: str, claim: BareClaim, metric: MetricMention | None, clause_start: int, sentence_start: int
) -> str | None:
    """The whole a percentage is a share of: "70% of its goods", "accounts for 33%", "Russia's
    share of Georgia's trade was 11.2%", and "…, and Russia for 12%" after a share verb anywhere
    in the sentence (a list's last item is a clause of its own)."""
    if claim.kind != "percent" or claim.change:
        return None
    if (
        _SHARE_AFTER.match(text, claim.end)
        or _SHARE_NOUN_AFTER.match(text, claim.end)
        or _SHARE_VERBS.search(text, max(0, claim.start - 40), claim.start)
        or _SHARE_NOUN.search(text, clause_start, claim.start)
        or (
            _ELIDED_SHARE_VERB.search(text, max(0, claim.start - 40), claim.start)
            and _SHARE_VERB_BEFORE.search(text, sentence_start, claim.start)
        )
    ):
        return metric.metric if metric else "unknown"
    return None


def _entities(
    context: DocumentContext,
    claim: BareClaim,
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    share: bool,
    reporter_before: re.Pattern[str] | None = None,
    own_economy: bool = False,
) -> tuple[Entity, ...]:
    """The entities of a figure and their roles. ``reporter_before`` matches the word that marks
    the reporter of the figure's metric where it is not the usual one ("traveller trips to
    Georgia", "exports from Georgia to Russia"): a country written after it reports the figure,
    and one that would otherwise report it is the partner. ``own_economy``: the figure is of a
    metric with no partner country (GDP, inflation), so a name written with it is its reporter."""
    text = context.text

    def role_of(mention: EntityMention) -> str:
        # The same for every figure of the sentence whose metric has the same reporter marker.
        key = (mention.start, sentence_start, reporter_before)
        role = context.marked_roles.get(key)
        if role is None:
            # A name's role follows the metric phrase it is written with: in "exports from Armenia
            # reached $13.1 billion and imports $11.4 billion", Armenia reports the imports too.
            marker = _own_reporter_marker(context, mention, sentence_start, reporter_before)
            marked = marker and marker.search(text, max(0, mention.start - _ROLE_WINDOW), mention.start)
            role = context.marked_roles[key] = "reporter" if marked else context.role(mention)
        return role

    # A name written right before another figure is that figure's: "…66 million bottles, Ukraine
    # 8 million and Kazakhstan 7 million".
    # (a level reached takes its change's name, and a figure set after another the other's: "and
    # Armenia 1.9 million, up 3%")
    figures = (None, claim.start, context.changes_to.get(claim.start), context.set_after.get(claim.start))
    mentions = [m for m in _within(context.entities, start, end) if _figure_of(context, m) in figures]
    # (or, of a figure no partner has, right after it with "in": "Georgia's GDP per capita reached
    # $9,141, compared with $8,500 in Armenia" — the $8,500 are Armenia's, not Georgia's too)
    own = [
        m for m in mentions
        if _figure_after(context, m) == claim.start or (own_economy and context.named_after.get(m.start) == claim.start)
    ]  # fmt: skip
    if own:  # and a name written right before this figure is what it is about, beside the reporter
        # (unless it is the reporter itself: "Georgia's GDP grew 9.4%, followed by Armenia with 5.9%";
        # and of a figure no partner has, it is: "Georgia's GDP grew 9.4%, Armenia's 5.9%")
        own_reports = own_economy or any(role_of(m) == "reporter" for m in own)
        mentions = [
            m for m in mentions
            if m in own or (role_of(m) == "reporter" and not own_reports and not _receives_another(context, m, claim))
        ]  # fmt: skip
    if _RELATIVE_PRONOUN.match(text, start + 1 if text[start : start + 1] == "," else start):
        # "…the separatist territories, which collectively represent around 20%": "which" is them.
        before = [m for m in context.entities if sentence_start <= m.start and m.end <= start]
        mentions = ([before[-1]] if before else []) + mentions
    if not mentions:
        # "Exports to Russia reached $180 million, and in the second quarter $200 million": a
        # clause that names nobody continues the sentence's subject — unless the sentence names
        # several partners, and which one is meant cannot be told ("…to Armenia $680 million and to
        # Russia $690 million; together the three neighbours took 34%"). What a sentence goes on
        # with is named before the figure: in "Exports reached $4.4 billion, and Russian exports
        # $1.2 billion" the $4.4 billion are not Russia's.
        in_sentence = _within(context.entities, sentence_start, claim.start)
        partners = {m.code for m in in_sentence if role_of(m) == "partner"}
        mentions = in_sentence if len(partners) <= 1 else [m for m in in_sentence if role_of(m) == "reporter"]
    partners = [m for m in mentions if role_of(m) == "partner" and not m.demonym]
    if len({m.code for m in partners}) > 1:
        # "60% to the CIS, 25% to the EU and 10% to Russia": each figure takes the partner written
        # right next to it ("25% to the EU", "from Turkey 1.1 million"), else the one after it
        # before the next figure, else the nearest one before it.
        after = [m for m in partners if m.start >= claim.end and not _DIGIT.search(text, claim.end, m.start)]
        before = [m for m in partners if m.end <= claim.start]
        attached = [m for m in after if _PARTNER_AFTER_FIGURE.fullmatch(text, claim.end, m.start)] or [
            m for m in before[-1:] if not text[m.end : claim.start].strip()
        ]
        # None of them near it: the figure is the whole they divide ("exports totalled $5.6 billion,
        # of which $1.9 billion went to the EU and $0.7 billion to Russia").
        chosen = {m.code for m in (attached or after or before[-1:])[:1]}
        mentions = [m for m in mentions if m not in partners or m.code in chosen]
    roles: dict[str, str] = {}
    for mention in mentions:
        role = role_of(mention)
        if _ROLE_ORDER[role] < _ROLE_ORDER[roles.get(mention.code, "subject")] or mention.code not in roles:
            roles[mention.code] = role
    if not share:
        # "Russia accounted for $2.1 billion" of a total: the name is a part, the partner.
        roles.update((m.code, "partner") for m in own if _SHARE_VERB_TO_FIGURE.fullmatch(text, m.end, claim.start))
    if context.pair and context.names_pair(sentence_start, sentence_end):
        roles.setdefault(context.pair[0], "reporter")
        roles.setdefault(context.pair[1], "partner")
    lone_subjects = [code for code, role in roles.items() if role == "subject" and code not in gazetteer().parts]
    if not share and "reporter" not in roles.values() and len(lone_subjects) == 1 and "partner" not in roles.values():
        # "Armenia grew 5.9 percent": the one country named is the reporter (of a share, "the EU
        # makes up 22%", it is the part: the reporter is the whole's owner, named elsewhere).
        roles[lone_subjects[0]] = "reporter"
    if "reporter" not in roles.values():
        # Named before the figure: in "exports to Turkey amounted to 9.9 bcm, while Georgia received
        # 2.4 bcm" Georgia is what the next clause is about.
        sentence_reporters = [m.code for m in _within(context.entities, sentence_start, claim.start) if role_of(m) == "reporter"]
        if sentence_reporters:
            roles.setdefault(sentence_reporters[0], "reporter")
        elif context.home in roles:
            roles[context.home] = "reporter"
    marked = {m.code for m in mentions if role_of(m) == "reporter" and context.role(m) != "reporter"}
    if marked and len([code for code, r in roles.items() if r == "reporter"]) > 1:
        roles = {code: "partner" if r == "reporter" and code not in marked else r for code, r in roles.items()}
    if "reporter" in roles.values():
        parts = gazetteer().parts
        roles = {code: "partner" if role == "subject" and code not in parts else role for code, role in roles.items()}
    return tuple(_entity(code, role) for code, role in sorted(roles.items(), key=lambda item: (_ROLE_ORDER[item[1]], item[0])))


_ROLE_ORDER = {"reporter": 0, "partner": 1, "subject": 2}
_entity = cache(Entity)  # one record per code and role: a run names few countries


def _role(text: str, mention: EntityMention) -> str:
    if mention.code in gazetteer().parts:
        return "subject"  # a region of the reporter country: what the figure is about
    if mention.demonym:
        # "Georgian exports", "Russian imports": whose trade it is; "Russian gas", "Russian
        # tourists": where it comes from.
        return "reporter" if _DEMONYM_TRADE.match(text, mention.end) else "partner"
    if _REPORTER_AFTER.match(text[mention.end : mention.end + 20]):
        return "reporter"
    if gazetteer().partner_after.match(text, mention.end):
        return "partner"  # "Russia remained the largest source market"
    window = text[max(0, mention.start - _ROLE_WINDOW) : mention.start]
    if _PARTNER_BEFORE.search(window):
        return "partner"
    if _REPORTER_BEFORE.search(window):
        return "reporter"
    if gazetteer().partner_before.search(window):
        return "partner"  # "the largest investor was the United Kingdom"
    return "subject"


_BUYING = frozenset(("bought", "purchased"))
_BOUGHT_BEFORE = re.compile(r"(?:\s+alone)?\s+$")  # "Romania alone bought"


def _buyers_of_exports(text: str, index: TextIndex, metrics: list[MetricMention]) -> frozenset[int]:
    """Where "bought" or "purchased" stands in a sentence that names exports — or that names no
    other metric, right after one in its paragraph that does —, and where the name before it ends:
    in an article's "Romania alone bought goods worth $1.05 billion, 30% of all exports", "The UAE
    bought goods worth $5.9 billion, making it Armenia's largest export market" or "The EU took
    67% of Moldovan exports. Romania alone bought goods worth $1.1 billion" the buyer is the
    partner of those exports, not the reporter of imports of its own."""
    bought = [m for m in metrics if m.phrase.lower() in _BUYING]
    if not bought:
        return frozenset()
    exports = [m for m in metrics if m.metric == "exports"]
    found: set[int] = set()
    for verb in bought:
        start, end = index.sentence_bounds(verb.start)
        previous = index.sentence_bounds(start - 1)[0] if start and text[start - 1] != "\n" else start
        alone = not any(start <= m.start < end and m.metric and m.phrase.lower() not in _BUYING for m in metrics)
        if any(start <= m.start < end for m in exports) or (alone and any(previous <= m.start < start for m in exports)):
            found.add(verb.start)
            found.add(verb.start - len(_BOUGHT_BEFORE.search(text, max(0, verb.start - 12), verb.start).group()))
    return frozenset(found)


# "took", "received": the name before one has the figure after it ("Europe received 12.9 bcm")
_RECEIVING_VERBS = r"took|takes|taking|received|receives|receiving|went\s+to|bought|imported|absorbed"
_RECEIVED = re.compile(rf"\s+(?:{_RECEIVING_VERBS})\s+")


def _receives_another(context: DocumentContext, mention: EntityMention, claim: BareClaim) -> bool:
    """Whether a name receives a figure of its own, another than ``claim``: in "Europe received
    12.9 bcm, Turkey 9.9 bcm and Georgia 2.4 bcm" Europe is no country of Turkey's 9.9 bcm."""
    received = _RECEIVED.match(context.text, mention.end)
    return received is not None and received.end() != claim.start and received.end() in context.figure_starts


def _figure_of(context: DocumentContext, mention: EntityMention) -> int | None:
    """The start of the figure a name is written with: right before it ("Ukraine 8 million") or
    right after it ("grew 9.4% in Georgia and 5.9% in Armenia")."""
    before = context.named_after.get(mention.start)
    return before if before is not None else _figure_after(context, mention)


_IN_AFTER_FIGURE = re.compile(r"\s+in\s+(?:the\s+)?")  # "9.4% in Georgia", "11% in Georgia's trade"


def _names_after_figures(text: str, entities: list[EntityMention], claims: Sequence[BareClaim]) -> dict[int, int]:
    """Names written right after a figure with "in": name start → figure start. The name is that
    figure's, and no other figure's of its sentence."""
    starts = {mention.start for mention in entities}
    named = {}
    for claim in claims:
        gap = _IN_AFTER_FIGURE.match(text, claim.end)
        if gap and gap.end() in starts:
            named[gap.end()] = claim.start
    return named


def _levels_after_changes(text: str, claims: Sequence[BareClaim]) -> dict[int, int]:
    """Levels a relative change is said to have reached: "rose 9% to 388,000 and from Armenia 2% to
    301,000", "up 3 percentage points to 57%" — level start → change start. (A change may be
    written without its verb, as the 2% is.)"""
    return {
        level.start: change.start
        for change, level in pairwise(claims)
        if change.kind in ("percent", "percentage_points")
        and level.kind != change.kind
        and _TO_LEVEL.fullmatch(text, change.end, level.start)
    }


def _figures_set_after(text: str, claims: Sequence[BareClaim]) -> dict[int, int]:
    """Figures set right after another with a comma, and maybe "up" or "down", which say more
    about what the other is: "and Armenia 1.9 million, up 3 per cent" — start → the other's start."""
    return {
        figure.start: before.start
        for before, figure in pairwise(claims)
        if _CHANGE_AFTER_LEVEL.fullmatch(text, before.end, figure.start)
    }


def _figure_right_after(text: str, end: int, figure_starts: frozenset[int] | set[int]) -> int | None:
    """The start of the figure written right after a name ending at ``end`` ("Ukraine 8 million"), if one is."""
    gap = _NAME_TO_FIGURE.match(text, end)
    return gap.end() if gap and gap.end() in figure_starts else None


def _figure_after(context: DocumentContext, mention: EntityMention | MetricMention) -> int | None:
    """The start of the figure written right after a name ("Ukraine 8 million", "Turkey's 14%"),
    if one is; asked for each name by every figure of its sentence, so worked out once."""
    if mention.end not in context.figures_after:
        text, starts = context.text, context.figure_starts
        figure = _figure_right_after(text, mention.end, starts)
        if figure is None and _FROM_BEFORE_NAME.search(text, max(0, mention.start - 10), mention.start):
            gap = _TO_FIGURE.match(text, mention.end)  # "rose to $540 million, from the US to $510 million"
            figure = gap.end() if gap and gap.end() in starts else None
        context.figures_after[mention.end] = figure
    return context.figures_after[mention.end]


def _after_share_of(text: str, start: int) -> bool:
    """Whether a share's "of" stands right before ``start`` ("60% of the 110 million")."""
    return _share_sign_before(text, start) is not None


def _share_sign_before(text: str, start: int) -> int | None:
    """Where the percent sign or word stands of a share whose "of" is right before ``start``, or
    None; looked for by the sign or word first: most figures follow none."""
    window = max(0, start - 40)
    before = text[window:start]
    if "%" not in before and "cent" not in before:
        return None
    sign = _WHOLE_BEFORE.search(before)
    return window + sign.start() if sign else None


_WITH_FIGURE_REACH = 30  # characters after a figure: "$5 billion of exports to Russia"


def _partner_with_figure(context: DocumentContext, claim: BareClaim, code: str) -> bool:
    """Whether a name of ``code`` is written shortly after the figure as a partner ("to Russia")."""
    return any(
        m.code == code and _PARTNER_BEFORE.search(context.text, claim.end, m.start)
        for m in _within(context.entities, claim.end, claim.end + _WITH_FIGURE_REACH)
    )


def _merge_entities(first: tuple[Entity, ...], second: tuple[Entity, ...]) -> tuple[Entity, ...]:
    codes = {entity.code for entity in first}
    return first + tuple(entity for entity in second if entity.code not in codes)


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
# "to 10.9% in January-October 2025 from", "from 120 million bottles to"
_FROM_BETWEEN = re.compile(r"(?:\s+[^\W\d]+)?(?:\s+in\s+\S+?(?:\s+\d{4})?)?,?\s+from\s+", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"(?:\s+[^\W\d]+)?(?:\s+in\s+\S+?(?:\s+\d{4})?)?,?\s+to\s+", re.IGNORECASE)
_UP_FROM_BETWEEN = re.compile(r"(?:\s+in\s+\S+?)?,\s+(?:up|down)\s+from\s+", re.IGNORECASE)  # "$4.4 billion, up from"
# "$2.1 billion, compared with $3.5 billion a year earlier"
_CLAUSE_PUNCTUATION = re.compile(r"[,;:.()]")
_NAMED_AFTER_REACH = 40  # characters after a figure: "$3 billion for Armenia in 2023"
_PERIOD_BETWEEN = r"(?:\s+(?:in|for|during)\s+[^,;.]{1,30}?)?"  # "$2.1 billion in Q1 2025, …"
_TO_OR_FROM = re.compile(r"\s+(?:to|from)\s+", re.IGNORECASE)  # "down 8% from $1.2 billion"
_TO_LEVEL = re.compile(rf"{_PERIOD_BETWEEN},?\s+to\s+", re.IGNORECASE)  # "2% to 301,000", "50% in 2024 to $23.1 billion"
_COMPARED_BETWEEN = re.compile(rf"{_PERIOD_BETWEEN},?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+", re.IGNORECASE)
_OR_BETWEEN = re.compile(rf"{_PERIOD_BETWEEN},?\s+or\s+", re.IGNORECASE)  # "$2.5 billion in 2024, or 11%"
_COMMA_BETWEEN = re.compile(rf"{_PERIOD_BETWEEN},\s+", re.IGNORECASE)  # "$452 million in the quarter, 27.6% of the total"
_IN_APPOSITION = re.compile(rf"(?:\s+of\s+(?:them|these|those|the\s+total))?{_PERIOD_BETWEEN},\s+", re.IGNORECASE)
_PHRASE_END = re.compile(r"\s*(?:[,;.)]|$)")
# "followed by Russia with $10.2 bln (17.8 pct)": a percentage alone in brackets after a level
# A count's words after its number, up to what follows them: "4.8 million bottles of wine, or 9.5%"
_COUNT_WORDS = re.compile(r"(?:\s+(?:of\s+)?(?!(?:in|for|during|or)\b)[^\W\d][\w-]*){1,3}", re.IGNORECASE)
_BRACKET_BEFORE = re.compile(rf"{_PERIOD_BETWEEN}\s*\(", re.IGNORECASE)
_BRACKET_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole))?\s*\)", re.IGNORECASE)
_OF_THE_TOTAL = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole)\b", re.IGNORECASE)


def _pair_from_to(context: DocumentContext, claims: list[Claim]) -> list[Claim]:
    """Two levels in one sentence form a from–to change when the text says "from X to Y", or
    when they are levels of one metric at two periods ("was 200,000 in 2021, by 2024 … exceeded
    1.4 million"): the later one records the earlier."""
    text = context.text
    result = list(claims)
    for index, (earlier, later) in enumerate(pairwise(claims), start=1):
        explicit = (
            earlier.unit == later.unit
            and not earlier.change
            and _FROM_BEFORE.search(text, max(0, earlier.start - 8), earlier.start)
            and _TO_BETWEEN.fullmatch(text, earlier.end, later.start)
        )
        reverse = (
            earlier.unit == later.unit
            and not later.change
            and (
                (_TO_BEFORE.search(text, max(0, earlier.start - 8), earlier.start) and _FROM_BETWEEN.fullmatch(text, earlier.end, later.start))
                or (not earlier.change and _UP_FROM_BETWEEN.fullmatch(text, earlier.end, later.start))
            )
        )  # "dropped to $600 million from $700 million a year earlier", "$4.4 billion, up from $4.1 billion"
        if not (explicit or reverse) and _compared_with_before(context, earlier, later):
            result[index - 1] = replace(result[index - 1], from_claim=later.id)
        elif not (explicit or reverse) and (dated := _set_against_in_order(context, result[index - 1], result[index])):
            result[index - 1], result[index] = dated
        elif explicit:
            result[index - 1], result[index] = _from_to_periods(context, result[index - 1], result[index])
            result[index] = replace(_after_its_start(result[index - 1], result[index]), from_claim=earlier.id)
        elif reverse:
            result[index], result[index - 1] = _from_to_periods(context, result[index], result[index - 1])
            result[index - 1] = replace(_after_its_start(result[index], result[index - 1]), from_claim=later.id)
    for positions in _by_sentence(claims):
        # Levels only: rates at two periods ("7.8% in 2023 and 9.4% in 2024") are two rates, not a change.
        levels = [
            p for p in positions
            if not result[p].change and result[p].period is not None and result[p].metric and not result[p].share_of
            and result[p].kind not in ("percent", "percentage_points")
        ]  # fmt: skip
        for earlier, later in pairwise(levels):
            a, b = result[earlier], result[later]
            if a.metric == b.metric and a.unit == b.unit and a.period.end < b.period.start and not b.from_claim and a.from_claim != b.id:
                result[later] = replace(b, from_claim=a.id)
    return result


def _after_its_start(start: Claim, end: Claim) -> Claim:
    """The end of a from–to pair, with no period where the one it took from the sentence before is
    not after its start's: in "Wine exports halved in 2022. Tourism revenue reached $4.4 billion,
    up from $4.1 billion in 2023" the $4.4 billion are not 2022's (a change back in time, read as a
    fall)."""
    if _CARRIED in end.flags and start.period is not None and end.period is not None and not start.period.end < end.period.start:
        return _without_period(end)
    return end


# "$14.8 billion in 2024, up 31% from $11.3 billion in 2023": a change between the level before it
# and the level after "from", which is its base.
_CHANGE_AFTER_LEVEL = re.compile(rf"{_PERIOD_BETWEEN},\s+(?:(?:up|down)\s+)?(?:by\s+)?", re.IGNORECASE)  # "$1.1 billion in 2024, down 8%"
# …after a count's words: "8.2 million foreign visitors in 2024, up 24%", "110 million bottles of wine in 2024, up 16%"
_COUNTED_THEN_CHANGE = re.compile(rf"(?:\s+[^\W\d][\w-]*){{1,3}}?{_PERIOD_BETWEEN},\s+(?:(?:up|down)\s+)?(?:by\s+)?", re.IGNORECASE)
_BASE_LEVEL_BEFORE = re.compile(r"\s+(?:from|on|over|compared\s+(?:with|to)|against)\s+(?:the\s+)?", re.IGNORECASE)


@cache
def _change_after_pair() -> re.Pattern[str]:
    """After a from–to pair and its base's words: ", a drop of", ", an increase of", ", up", ", down by"
    (the change nouns of ``changes.toml``)."""
    nouns = alternation(lexicon().change_after)
    return re.compile(rf"[^,;.!?]{{0,40}},\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:{nouns})\s+of\s+|(?:up|down)\s+(?:by\s+)?)", re.IGNORECASE)


def _change_between_levels(context: DocumentContext, claims: list[Claim]) -> list[Claim]:
    """A percentage change written between two dated levels of one quantity ("$14.8 billion in
    2024, up 31% from $11.3 billion in 2023") is the change from the second to the first: it
    takes the first's period and the second's as its base, which neither sentence rule gives it
    (each period there is its own figure's). So is a change in apposition after a from–to pair
    ("fell to 10.9% in 2025 from 13.2% a year earlier, a drop of 2.3 percentage points")."""
    text = context.text
    result = list(claims)
    for index in range(1, len(claims) - 1):
        level, change, base = claims[index - 1], claims[index], claims[index + 1]
        if (
            change.change
            and change.kind == "percent"
            and change.share_of is None
            and level.sentence == change.sentence == base.sentence
            and level.metric
            and level.metric == base.metric
            and change.metric in (None, level.metric)
            and level.unit == base.unit
            and not (level.change or base.change)
            and level.period is not None
            and base.period is not None
            and base.period.end < level.period.start
            and change.period in (None, level.period)
            and (_COUNTED_THEN_CHANGE if level.noun else _CHANGE_AFTER_LEVEL).fullmatch(text, level.end, change.start)
            and _BASE_LEVEL_BEFORE.fullmatch(text, change.end, base.start)
        ):
            flags = tuple(f for f in change.flags if f not in ("no_period", _CARRIED))
            result[index] = replace(change, period=level.period, base_period=base.period, flags=flags)
    for index in range(2, len(claims)):
        level, base, change = result[index - 2], result[index - 1], result[index]
        if (
            change.change
            and change.period is None
            and level.from_claim == base.id
            and level.period is not None
            and base.period is not None
            and _change_after_pair().fullmatch(text, base.end, change.start)
        ):
            # "fell to 10.9% … from 13.2% a year earlier, a drop of 2.3 percentage points": the
            # change of the pair before it.
            flags = tuple(f for f in change.flags if f != "no_period")
            result[index] = replace(change, period=level.period, base_period=base.period, flags=flags)
    return result


def _compared_with_before(context: DocumentContext, first: Claim, second: Claim) -> bool:
    """"$2.1 billion in Q1 2025, compared with $3.5 billion a year earlier": a level compared
    with the same level at an earlier period, which it changed from. "Compared with" also sets
    one country against another ("$5 billion, compared with $3 billion for Armenia"), so the
    two must share metric, entities and unit and be dated, the second before the first, and no
    country may be named right after the second."""
    text = context.text
    if not (
        first.metric
        and (first.metric, first.entities, first.unit) == (second.metric, second.entities, second.unit)
        and not (first.change or second.change)
        and first.period is not None
        and second.period is not None
        and second.period.end < first.period.start
        and _COMPARED_BETWEEN.fullmatch(text, first.end, second.start)
    ):
        return False
    named_after = _within(context.entities, second.end, second.end + _NAMED_AFTER_REACH)
    return all(_CLAUSE_PUNCTUATION.search(text, second.end, mention.start) for mention in named_after)


def _set_against_in_order(context: DocumentContext, first: Claim, second: Claim) -> tuple[Claim, Claim] | None:
    """"Twice as many visitors came in 2025 as in 2023, about 240,000 against 120,000": two levels
    of one quantity set against each other that took one period, in a sentence naming exactly two,
    are of those two in the order written; the earlier is the base the later changed from. None
    where that does not hold."""
    if not (
        first.metric
        and (first.metric, first.entities, first.unit) == (second.metric, second.entities, second.unit)
        and not (first.change or second.change)
        and first.period is not None
        and first.period == second.period
        and _COMPARED_BETWEEN.fullmatch(context.text, first.end, second.start)
    ):
        return None
    named = _periods_named(context, first.start)
    if len(named) != 2:
        return None
    first, second = replace(first, period=named[0]), replace(second, period=named[1])
    if second.period.end < first.period.start:
        return replace(first, from_claim=second.id), second
    return first, replace(second, from_claim=first.id) if first.period.end < second.period.start else second


def _periods_named(context: DocumentContext, position: int) -> list[Period]:
    """The distinct periods the sentence at ``position`` names as dates (no day, none counted from
    another), in the order written."""
    sentence_start, sentence_end = context.index.sentence_bounds(position)
    named = [
        m.period for m in _within(context.periods, sentence_start, sentence_end)
        if m.period is not None and m.period.granularity != "day" and not m.relative
    ]  # fmt: skip
    return list(dict.fromkeys(named))


def _from_to_periods(context: DocumentContext, start: Claim, end: Claim) -> tuple[Claim, Claim]:
    """"Tripled between 2021 and 2024, from $850 million to $2.6 billion": when both ends of a
    from–to pair took the same period and their sentence names exactly two, the pair spans them;
    otherwise the period is the end's alone."""
    if start.period is None or start.period != end.period:
        return start, end
    named = _periods_named(context, start.start)
    if len(named) != 2 or start.period not in named:
        # One period for both: it is the one written right after the start ("to $600 million from
        # $700 million a year earlier"), else the change's and so its end's ("halved in 2022, from
        # 120 million bottles to 60 million"). The other end's is not stated.
        sentence_start, sentence_end = context.index.sentence_bounds(start.start)
        owned_by_start = any(
            context.owners.get(m.start) == start.start for m in _within(context.periods, sentence_start, sentence_end)
        )
        if owned_by_start:
            return start, _without_period(end)
        return _without_period(start), end
    first, last = sorted(named, key=lambda period: period.start)
    return replace(start, period=first), replace(end, period=last)


def _without_period(claim: Claim) -> Claim:
    flags = (*(flag for flag in claim.flags if flag != _CARRIED), "no_period")
    return replace(claim, period=None, flags=tuple(dict.fromkeys(flags)))


_CARRIED = "period_from_previous_sentence"


def _carried_apart(claims: list[Claim]) -> list[Claim]:
    """A period carried over from the sentence before is dropped from figures that would then be
    one quantity with another figure of their sentence: in "Industrial output rose 2.8%,
    construction 13.1% and agriculture 13.7%" the three are three things that their words do not
    tell apart, and without a period they link with nothing. A figure of another period is
    another quantity: "its share dropped to 41% from 60% a year earlier"."""
    result = list(claims)
    for positions in _by_sentence(claims):
        carried = [p for p in positions if _CARRIED in claims[p].flags]
        if not carried:
            continue
        alike = Counter((_quantity_words(claims[p]), claims[p].period) for p in positions)
        for position in carried:
            claim = claims[position]
            if alike[_quantity_words(claim), claim.period] > 1:
                flags = tuple(f for f in claim.flags if f != _CARRIED)
                result[position] = _without_period(replace(claim, base_period=None, flags=flags))
    return result


def _by_sentence(claims: list[Claim]) -> list[list[int]]:
    """The positions of the claims, grouped by sentence, in order."""
    groups: dict[tuple[str, str], list[int]] = {}
    for position, claim in enumerate(claims):
        groups.setdefault((claim.doc, claim.sentence), []).append(position)
    return list(groups.values())


def _quantity_words(claim: Claim) -> tuple:
    """What tells a figure's quantity apart within its sentence, bar the period."""
    return (claim.metric, claim.product, claim.entities, claim.unit, claim.change is not None, claim.share_of)


def _shares_of_levels(text: str, claims: list[Claim]) -> list[Claim]:
    """"Trade with Turkey made up $2.5 billion, or 11%": a percentage written after a level with
    "or", or alone in brackets ("Russia with $10.2 bln (17.8 pct)") — or set beside it as a share
    of the total: "spent $452 million, 27.6% of the total" — is that level's share of its whole,
    about what the level is about — its metric, product, entities and period, whatever the
    percentage's own clause names. After a change, "or" gives the same change in percent:
    "decreased by $50 million, or 8%"."""
    result = list(claims)
    for position, (level, claim) in enumerate(pairwise(claims), start=1):
        if claim.kind != "percent" or claim.change or level.kind in ("percent", "percentage_points") or not level.metric:
            continue
        if level.sentence != claim.sentence:
            continue
        words = _COUNT_WORDS.match(text, level.end) if level.noun else None
        gap = words.end() if words else level.end
        of_the_total = not level.change and (
            (_COMMA_BETWEEN.fullmatch(text, gap, claim.start) and _OF_THE_TOTAL.match(text, claim.end))
            # a partner's part with its share set beside it alone: "Visitors from Russia accounted for
            # 1.2 million of them, about 20%, while …"
            or (
                any(entity.role == "partner" for entity in level.entities)
                and _IN_APPOSITION.fullmatch(text, gap, claim.start)
                and _PHRASE_END.match(text, claim.end)
            )
        )
        bracketed = (
            claim.value >= 0
            and _BRACKET_BEFORE.fullmatch(text, gap, claim.start)
            and _BRACKET_AFTER.match(text, claim.end)
        )
        if of_the_total or bracketed or _OR_BETWEEN.fullmatch(text, gap, claim.start):
            period = level.period or claim.period
            about = {
                "metric": level.metric, "product": level.product, "entities": level.entities,
                "period": period, "flags": _dated_flags(claim.flags, period),
            }  # fmt: skip
            if level.change:
                result[position] = replace(claim, change=level.change, base_period=level.base_period or claim.base_period, **about)
                continue
            # "Public debt stood at $13.4 billion, or 50.5% of GDP": a whole named is kept — but "the
            # total" is the level's whole: "Visitors from Russia spent $372 million, or 24.5% of the
            # total" are a share of tourism revenue, not of visitors.
            named = claim.share_of not in (None, "unknown") and not _OF_THE_TOTAL.match(text, claim.end)
            whole = claim.share_of if named else level.metric
            result[position] = replace(claim, share_of=whole, **about)
    return result


_WORTH = re.compile(r"\s+worth\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?")  # "95 million bottles worth $283 million"


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# Between the items of a list: "exports and imports", "5%, 7% and 9%", "$6.6bn and $16.4bn".
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:its|their|the)\s+)?", re.IGNORECASE)


def _respectively(context: DocumentContext, claims: list[Claim]) -> list[Claim]:
    """"Exports and imports rose 5% and 7%, respectively, to $6.6bn and $16.4bn", "exports to
    Russia and Turkey reached $0.7 billion and $1.1 billion, respectively": in a sentence with
    "respectively", each list of as many figures as a list of metric phrases or of partners takes
    them in order, and a figure after a change in its list is a change too ("rose 5% and 7%")."""
    text = context.text
    if "respectively" not in text:
        return claims
    result = list(claims)
    sentences = _by_sentence(claims)
    for sentence, positions in enumerate(sentences):
        start, end = context.index.sentence_bounds(claims[positions[0]].start)
        if not _RESPECTIVELY.search(text, start, end):
            continue
        metrics = [m for m in _within(context.metrics, start, end) if m.metric]
        names = _within(context.entities, start, end)
        partners = [m for m in names if context.role(m) != "reporter"]
        metric_list = [metrics[n] for n in next((run for run in _lists(text, metrics) if len(run) >= 2), [])]
        partner_list = [partners[n] for n in next((run for run in _lists(text, partners) if len(run) >= 2), [])]
        # Or a list of the countries whose own economy each figure is: "the economies of Georgia,
        # Armenia and Azerbaijan grew by 9.4%, 5.9% and 4.1% respectively" — named in the sentence
        # before where this one names none: "Georgia's economy expanded 7.9%, Armenia's 5.1% and
        # Azerbaijan's 1.6%. Inflation stood at 4.8%, 3.6% and 5.9% respectively."
        name_list = [names[n].code for n in next((run for run in _lists(text, names) if len(run) >= 2), [])]
        if not names and sentence:
            name_list = _reporters_in_order([result[position] for position in sentences[sentence - 1]])
        figures = [claims[position] for position in positions]
        for run in _lists(text, figures, lambda first, second: first.kind == second.kind):
            own_economy = all(figures[number].metric in metric_lexicon().own_economy for number in run)
            if own_economy and len(name_list) == len(run):
                for order, number in enumerate(run):
                    result[positions[number]] = replace(figures[number], entities=(_entity(name_list[order], "reporter"),))
                continue
            # Or the partners named one by one before the run, each with a figure of its own: "6.5
            # bcm went to Europe and 5.1 bcm to Turkey, respectively 51% and 40% of the total".
            before = [m for m in partners if m.end <= figures[run[0]].start]
            in_order = partner_list or (before if len(before) == len(run) else [])
            if len(run) < 2 or len(run) not in (len(metric_list), len(in_order)):
                continue
            change = next((figures[number].change for number in run if figures[number].change), None)
            for order, number in enumerate(run):
                claim = replace(figures[number], change=figures[number].change or change)
                if len(metric_list) == len(run):
                    mention = metric_list[order]
                    claim = replace(claim, metric=mention.metric, metric_phrase=mention.phrase, product=mention.product or claim.product)
                if len(in_order) == len(run):
                    listed = {m.code for m in in_order}
                    # The list's names share the role its first has: "remittances to Georgia and
                    # Armenia amounted to $3.4 billion and $2.9 billion" are each one's, as reporter.
                    role = next((e.role for e in claim.entities if e.code == in_order[0].code), "partner")
                    entities = [e for e in claim.entities if e.code not in listed] + [_entity(in_order[order].code, role)]
                    claim = replace(claim, entities=tuple(sorted(entities, key=lambda e: (_ROLE_ORDER[e.role], e.code))))
                result[positions[number]] = claim
    return result


def _reporters_in_order(claims: list[Claim]) -> list[str]:
    """The countries reporting these figures, each once, in the order of their first figure."""
    reporters = (entity.code for claim in claims for entity in claim.entities if entity.role == "reporter")
    return list(dict.fromkeys(reporters))


def _lists(text: str, items: list, alike=lambda first, second: True) -> list[list[int]]:
    """The items (mentions or claims, in order) in runs written as lists — only joiners between
    them, and alike — as lists of their numbers."""
    runs: list[list[int]] = []
    for number, item in enumerate(items):
        previous = items[number - 1] if number else None
        if previous is not None and _LIST_JOINER.fullmatch(text, previous.end, item.start) and alike(previous, item):
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


# "Russia remained the main source, sending $11.0 billion", "accounting for $11.1 billion": a verb
# that gives a part of a whole stated before …
_PART_VERB_BEFORE = re.compile(
    r"\b(?:accounted\s+for|accounts\s+for|accounting\s+for|sent|sending|made\s+up|making\s+up"
    # "the largest investor with $329 million, followed by the United Kingdom with $287 million",
    # "made up the largest group, at 2.9 million"
    r"|(?:investor|market|source|partner|buyer|supplier|destination|group),?\s+(?:with|at)|followed\s+by\s+[^,;.\d]{1,40}?\s+with)\s+$",
    re.IGNORECASE,
)
# … and one that does for a flow its sender reports: "Europe took 12.9 bcm" of Azerbaijan's gas
# exports, but "Armenia received 2.1 million" visitors is Armenia's own figure.
_RECEIVING_VERB_BEFORE = re.compile(rf"\b(?:{_RECEIVING_VERBS})\s+$", re.IGNORECASE)
_PART_REACH = 600  # characters back to the whole: its paragraph or the one before, in news copy
# What a figure is of, named right after it, makes it no part of the whole before: "Armenia received
# $300 million in aid" — but "of the total", "of it" and a period ("in 2024") name nothing new.
_OF_SOMETHING_ELSE = re.compile(
    r"\s+(?:in|of)\s+(?!(?:the\s+)?(?:total|whole|it|them|this|that|these|those|which|all|first|second|third|fourth"
    r"|last|same|previous|period|year|month|quarter|half)\b|\d)[a-z]",
    re.IGNORECASE,
)


def _parts_of_wholes(text: str, claims: list[Claim]) -> list[Claim]:
    """A figure given by a country that "took", "received" or "accounted for" it is a part of the
    last larger whole of its unit stated shortly before, where it names no metric or that whole's:
    after "Azerbaijan exported 25.2 bcm of gas", "Europe took 12.9 bcm" and "Georgia received 2.4
    bcm" are Azerbaijan's exports to Europe and to Georgia — and so is a figure of the sentence
    with the same unit and no metric or the whole's ("…, and the United States for $0.6 billion",
    "Turkey sent 0.9 million visitors and Armenia 0.85 million")."""
    result = list(claims)
    wholes: list[Claim] = []
    parted: dict[str, Claim] = {}  # sentence → the whole its first part was of
    reported: dict[tuple[str | None, str], tuple[int, str]] = {}  # (metric, unit) → (start, reporter) of its last figure
    for position, claim in enumerate(claims):
        if position:
            _note_reporter(reported, result[position - 1])
        if claim.kind not in ("money", "measure", "count", "number") or claim.change or claim.share_of or not claim.entities:
            continue
        if claim.metric is None and not claim.product and _OF_SOMETHING_ELSE.match(text, claim.end):
            continue
        of = parted.get(claim.sentence)
        if of is not None and claim.metric not in (None, of.metric):
            of = None
        if of is None or of.unit != claim.unit:
            of = _whole_of(text, claim, wholes, reported)
        if of is None:
            if claim.metric and _is_whole(claim):
                wholes.append(claim)
            continue
        parted.setdefault(claim.sentence, of)
        reporter = next(entity for entity in of.entities if entity.role == "reporter")
        partners = tuple(_entity(entity.code, "partner") for entity in claim.entities if entity.code != reporter.code)
        flags = (*claim.flags, "metric_from_coreference") if claim.metric is None else claim.flags
        result[position] = replace(
            claim,
            metric=of.metric,
            metric_phrase=claim.metric_phrase or of.metric_phrase,
            product=claim.product or of.product,
            entities=(reporter, *partners),
            period=claim.period or of.period,  # (a part with no period of its own has its whole's)
            flags=_dated_flags(flags, claim.period or of.period),
        )
    return result


def _dated_flags(flags: tuple[str, ...], period: Period | None) -> tuple[str, ...]:
    """A figure's flags once it is given ``period``: without "no_period" if that is a period."""
    return tuple(flag for flag in flags if flag != "no_period") if period is not None else flags


def _note_reporter(reported: dict[tuple[str | None, str], tuple[int, str]], claim: Claim) -> None:
    reporter = next((entity.code for entity in claim.entities if entity.role == "reporter"), None)
    if reporter is not None:
        reported[claim.metric, claim.unit] = (claim.start, reporter)


def _whole_of(
    text: str, claim: Claim, wholes: list[Claim], reported: dict[tuple[str | None, str], tuple[int, str]]
) -> Claim | None:
    """The whole a part given with a part verb divides: the last stated shortly before it, of its
    unit, larger than it, of another reporter, and of its metric if it names one — and not one
    another country's figure of that metric came after: in "Georgia's exports reached $12.6
    billion. Armenia's exports to Russia were $6.6 billion. The UAE took $4.2 billion" the UAE took
    Armenia's exports."""
    codes = {entity.code for entity in claim.entities}
    for whole in reversed(wholes):
        if claim.start - whole.end > _PART_REACH:
            return None
        latest = reported.get((whole.metric, whole.unit))
        if latest is not None and latest[0] > whole.start and latest[1] != whole.entities[0].code:
            continue
        if (
            whole.unit == claim.unit
            and (claim.upper or 0) < (whole.lower or 0)
            and codes - {whole.entities[0].code}  # a country other than the whole's own
            and claim.metric in (None, whole.metric)
        ):
            window = max(0, claim.start - 60)
            if _PART_VERB_BEFORE.search(text, window, claim.start):
                return whole
            receiving = _RECEIVING_VERB_BEFORE.search(text, window, claim.start)
            return whole if receiving and whole.metric not in metric_lexicon().received_by_reporter else None
    return None


def _is_whole(claim: Claim) -> bool:
    """A level of one reporter's metric with no partner: a total its parts can divide."""
    roles = [entity.role for entity in claim.entities]
    return roles == ["reporter"]


def _products_of_counted_goods(text: str, claims: list[Claim]) -> list[Claim]:
    """A counted thing is of the product it is written with elsewhere in its article: after "110
    million bottles of wine", "95 million bottles" are of wine; and an amount they are "worth" is
    the value of those goods, not all exports."""
    known: dict[str, set[str]] = {}
    for claim in claims:
        if claim.noun and claim.product:
            known.setdefault(claim.noun, set()).add(claim.product)
    result = list(claims)
    for position, claim in enumerate(claims):
        if claim.noun and not claim.product and len(known.get(claim.noun, ())) == 1:
            result[position] = claim = replace(claim, product=next(iter(known[claim.noun])))
        goods = result[position - 1] if position else None
        if (
            goods is not None
            and goods.product
            and claim.kind == "money"
            and not claim.product
            and goods.noun
            and (counted := grammar().noun_after.match(text, goods.end))
            and _WORTH.fullmatch(text, counted.end(), claim.start)
        ):
            result[position] = replace(claim, product=goods.product, metric=claim.metric or goods.metric)
    return result


_CARRIED_PRODUCT = "product_from_previous_sentence"
# "total exports", "exports overall", "all exports": a figure of the metric as a whole
_WHOLE_OF_METRIC = re.compile(r"\b(?:total|overall|aggregate|all|as\s+a\s+whole)\b", re.IGNORECASE)
_OF_A_THING = re.compile(r"\s+(?:of|from)\s+(?!(?:the|its|their|this|that|these|those|goods|all)\b)[A-Za-z]", re.IGNORECASE)


def _products_carried(context: DocumentContext, claims: list[Claim]) -> list[Claim]:
    """The figures of a sentence that gives the value of goods just counted ("export revenue",
    "exports in value terms": ``value_of_goods`` in ``metrics.toml``) and names no product, no
    country and no whole are of the product of the last figure of the sentence before: "Georgian
    wine makers shipped 110 million bottles abroad in 2024. Export revenue rose to $363 million" —
    the revenue of wine, not of all exports ("Total exports reached $6.1 billion")."""
    lexicon = metric_lexicon()
    text = context.text
    result = list(claims)
    for position, claim in enumerate(claims):
        if claim.product or claim.metric is None or claim.share_of is not None:
            continue
        start, end = context.index.sentence_bounds(claim.start)
        before = [earlier for earlier in result[:position] if earlier.start < start]
        previous = before[-1] if before and start else None
        if (
            previous is None
            or not previous.product
            or previous.metric not in (None, claim.metric)
            or previous.share_of is not None  # a share's product is its part's: "re-exports of cars accounted for 38% of exports"
            or previous.start < context.index.sentence_bounds(start - 1)[0]  # not in the sentence right before
            # a figure before it in its sentence is of no product: "… and exported 24.8 million tonnes"
            or any(_CARRIED_PRODUCT not in earlier.flags for earlier in result[len(before) : position])
        ):
            continue
        mentions = _within(context.metrics, start, end)
        value_of_goods = any(
            m.metric == claim.metric
            and (m.phrase.lower() in lexicon.value_of_goods or lexicon.value_of_goods_after.match(text, m.end))
            and not _OF_A_THING.match(text, m.end)  # "export revenue from apricots"
            for m in mentions
        )  # fmt: skip
        if (
            not value_of_goods
            or any(m.product for m in mentions)
            or _within(context.entities, start, end)
            or _WHOLE_OF_METRIC.search(text, start, end)
        ):
            continue
        result[position] = replace(claim, product=previous.product, flags=(*claim.flags, _CARRIED_PRODUCT))
    return result


def _inherit_shares(text: str, claims: list[Claim]) -> list[Claim]:
    """"70% of its goods to the CIS, but only 9% to the EU": the 9% is a share of the same whole —
    and so is a share of no named whole in the next sentence ("The EU took 21% of its exports.
    Russia's share was 11%"), and each of a list of percentages whose last names the whole
    ("14.8%, 11.6% and 7.3% of exports respectively")."""
    result = list(claims)
    percentages = [position for position, claim in enumerate(claims) if claim.kind == "percent" and not claim.change]
    for run in _lists(text, [claims[position] for position in percentages]):
        whole = claims[percentages[run[-1]]].share_of
        if len(run) > 1 and whole not in (None, "unknown"):
            for position in (percentages[number] for number in run[:-1]):
                if claims[position].share_of is None:
                    result[position] = replace(claims[position], share_of=whole)
    claims = list(result)
    for position, claim in enumerate(claims):
        if claim.kind != "percent" or claim.change or (claim.share_of and claim.share_of != "unknown") or "untracked_whole" in claim.flags:
            continue
        # A share of no named whole takes only a named one; any other figure the whole its sibling has.
        unnamed = ("unknown", None) if claim.share_of else (None,)
        siblings = [c for c in result[:position] if c.sentence == claim.sentence and c.share_of not in unnamed]
        if not siblings and claim.share_of == "unknown" and position:
            previous = result[position - 1]
            if previous.share_of not in (None, "unknown") and _next_sentence(text, previous, claim):
                siblings = [previous]
        if siblings:
            whole = siblings[-1].share_of
            # "the deficit is planned at 4.5% of GDP, compared with 4.9%": the 4.9% is a deficit, not GDP
            metric = claim.metric if claim.metric not in (None, whole) else siblings[-1].metric
            if unnamed := gazetteer().unnamed_part.search(text, siblings[-1].end, claim.start):
                # "…, while the rest of the world took 50%": a part no country names is none of theirs.
                owners = tuple(e for e in siblings[-1].entities if e.role == "reporter")
                flags = tuple(dict.fromkeys((*claim.flags, *_unnamed_part_flags(unnamed))))
                result[position] = replace(claim, share_of=whole, metric=metric, entities=owners, flags=flags)
                continue
            result[position] = replace(claim, share_of=whole, metric=metric, entities=_of_owner(claim.entities, siblings[-1].entities))
    return result


def _unnamed_part_flags(unnamed: re.Match[str]) -> tuple[str, ...]:
    """The flags of a share of a part no country names: ``unnamed_part``, and ``rest_of_whole``
    for the parts not named ("the rest of the world"), which with those named make the whole."""
    return ("unnamed_part", "rest_of_whole") if unnamed.group().lower() in gazetteer().rest else ("unnamed_part",)


# "66.5% of the total, or about $2.3 billion": the part's level set beside its share
_OR_LEVEL_AFTER = re.compile(r",?\s+or\s+")


def _shares_of_the_total_before(context: DocumentContext, claims: list[Claim]) -> list[Claim]:
    """A share of "the total" whose sentence names no whole is a share of the last level stated
    before it, shortly before (its sentence, the one before or the paragraph before): after
    "Moldova exported goods worth $3.5 billion in 2024", "The European Union took 66.5% of the
    total" is the EU's share of Moldova's exports — and so is the level set beside it with "or"
    ("…, or about $2.3 billion") the EU's part of them. Not where the share's clause names a
    quantity of its own ("Oil revenues will account for about a quarter of the total"), nor after
    a level of no metric figures tracks."""
    text = context.text
    result = list(claims)
    last_level: Claim | None = None
    for position, claim in enumerate(claims):
        if claim.kind not in ("percent", "percentage_points") and not claim.change and not claim.share_of:
            last_level = claim
            continue
        if claim.share_of != "unknown" or claim.change or last_level is None or last_level.metric is None:
            continue
        total = _OF_THE_TOTAL.match(text, claim.end)
        if (
            total is None
            or claim.start - last_level.end > _PART_REACH
            # "Oil revenues will account for about a quarter of the total": of another total
            or _within(context.metrics, context.index.sentence_bounds(claim.start)[0], claim.start)
        ):
            continue
        reporters = tuple(entity for entity in last_level.entities if entity.role == "reporter")
        owned = {entity.code for entity in reporters}
        partners = tuple(_entity(entity.code, "partner") for entity in claim.entities if entity.code not in owned)
        about = {"metric": last_level.metric, "product": last_level.product, "entities": (*reporters, *partners)}
        result[position] = replace(claim, share_of=last_level.metric, **about)
        following = claims[position + 1] if position + 1 < len(claims) else None
        if (
            following is not None
            and following.unit == last_level.unit
            and following.metric in (None, last_level.metric)
            and _OR_LEVEL_AFTER.fullmatch(text, total.end(), following.start)
        ):
            result[position + 1] = replace(following, period=following.period or claim.period, **about)
    return result


def _next_sentence(text: str, first: Claim, second: Claim) -> bool:
    """Whether the second claim's sentence comes right after the first's, in its paragraph."""
    between = text[first.end : second.start]
    return len(between) <= _NEXT_SENTENCE_REACH and "\n" not in between.strip(" ") and first.sentence != second.sentence


_NEXT_SENTENCE_REACH = 300  # characters: the rest of one sentence and the start of the next


def _of_owner(entities: tuple[Entity, ...], sibling: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """A share's entities when it is of the same whole as a share before it, whose reporter owns
    that whole: in "Russia's share of Armenia's exports was 66%, …, while the EU took 18%" the EU,
    read as reporting its own figure, is Armenia's partner."""
    owners = tuple(e for e in sibling if e.role == "reporter")
    if not owners or not entities or any(e.role != "reporter" for e in entities) or {e.code for e in entities} <= {e.code for e in owners}:
        return entities
    return (*owners, *(_entity(e.code, "partner") for e in entities))
