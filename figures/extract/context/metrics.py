"""Metric phrases → canonical metric ids (and product qualifiers), from ``metrics.toml``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from figures.extract.grammar import alternation
from figures.extract.phrases import HYPHEN, PhraseFinder, within
from figures.lexicon import load_lexicon


class MetricMention(NamedTuple):
    start: int
    end: int
    metric: str | None  # None for a product phrase alone ("natural gas") or an untracked quantity ("output")
    phrase: str
    product: str | None = None


@dataclass(frozen=True)
class MetricLexicon:
    by_phrase: dict[str, str]
    products: dict[str, str]
    additive: dict[str, bool]
    symmetric: frozenset[str]
    # The word that marks a metric's reporter, where it is not the usual one: visitors are
    # reported by where they go ("trips to Georgia"), exports by where they leave ("from Georgia").
    reporter_markers: dict[str, tuple[str, ...]]
    growth_rates: frozenset[str]  # metrics whose percentage is a change: "GDP growth reached 9.4%"
    growth_metric: dict[str, str]  # a level metric → the growth rate that its percentages are ("GDP grew 4.8%")
    nominal: frozenset[str]  # phrases of a level in current prices, whose change is no growth rate
    money_metric: dict[str, str]  # a metric of things counted → the metric its sums of money are ("visitors spent")
    per_person_metric: dict[str, str]  # a total's metric → its metric per person ("$9,100 per person" of GDP)
    per_person_after: re.Pattern[str]  # "per person", "per capita" right after a figure
    own_economy: frozenset[str]  # metrics with no partner country (``partners = false``): GDP, inflation
    received_by_reporter: frozenset[str]  # flows the country they go to reports: imports, visitors, remittances
    counted_apart: frozenset[str]  # what a count can count that is no metric's quantity ("70 countries")
    concepts: dict[str, dict[str, tuple[str, ...]]]  # metric → phrase → reference concepts, best first
    variants: frozenset[str]  # the phrases as they may be written
    # A bare balance word ("deficit") → the words that name which balance it is, and the metric each names.
    bare_balances: dict[str, tuple[re.Pattern[str], dict[str, str]]]
    sectors: frozenset[str]  # untracked sectors of an economy ("construction")
    sectors_too: frozenset[str]  # metric phrases that name a sector after another ("… and trade 7.5%")
    value_of_goods: frozenset[str]  # phrases that refer back to goods just counted: "export revenue"
    value_of_goods_after: re.Pattern[str]  # or words after a metric phrase that do: "exports in value terms"
    rest_of_products: dict[str, str]  # a product left out ("excluding oil") → the product of the other goods


@cache
def metric_lexicon() -> MetricLexicon:
    data = load_lexicon("metrics")
    by_phrase = {phrase.lower(): metric for metric, spec in data["metrics"].items() for phrase in spec["phrases"]}
    products = {phrase.lower(): product for product, phrases in data["products"].items() for phrase in phrases}
    # As written in the lexicon ("GDP growth"), lower-cased, capitalised (the rest lower-cased or as
    # written: "Transfers from the State Oil Fund") and upper-cased: the finder is case-sensitive.
    written = [phrase for spec in data["metrics"].values() for phrase in spec["phrases"]]
    written += [phrase for phrases in data["products"].values() for phrase in phrases]
    untracked_phrases = [*data["untracked"]["phrases"], *data["untracked"]["sectors"]]
    written += untracked_phrases  # as written too: "transfers from the State Oil Fund"
    untracked = frozenset(phrase.lower() for phrase in untracked_phrases)
    bare_balances = {
        word: {cue.lower(): metric for metric, cues in by_metric.items() for cue in cues}
        for word, by_metric in data["bare_balances"].items()
    }
    variants = {
        form
        for phrase in (*written, *by_phrase, *products, *untracked, *bare_balances)
        for form in (phrase, phrase.capitalize(), phrase[:1].upper() + phrase[1:], phrase.upper())
    }
    return MetricLexicon(
        by_phrase=by_phrase,
        products=products,
        additive={metric: bool(spec.get("additive", False)) for metric, spec in data["metrics"].items()},
        symmetric=frozenset(metric for metric, spec in data["metrics"].items() if spec.get("symmetric")),
        reporter_markers={
            metric: tuple(spec["reporter_marked_by"]) for metric, spec in data["metrics"].items() if "reporter_marked_by" in spec
        },
        growth_rates=frozenset(metric for metric, spec in data["metrics"].items() if spec.get("growth_rate")),
        growth_metric={spec["growth_of"]: metric for metric, spec in data["metrics"].items() if "growth_of" in spec},
        money_metric={spec["money_of"]: metric for metric, spec in data["metrics"].items() if "money_of" in spec},
        per_person_metric={spec["per_person_of"]: metric for metric, spec in data["metrics"].items() if "per_person_of" in spec},
        per_person_after=re.compile(rf"\s+(?:{alternation(data['per_person']['after'])})(?![\w-])", re.IGNORECASE),
        nominal=frozenset(phrase.lower() for spec in data["metrics"].values() for phrase in spec.get("nominal", ())),
        own_economy=frozenset(metric for metric, spec in data["metrics"].items() if not spec.get("partners", True)),
        received_by_reporter=frozenset(metric for metric, spec in data["metrics"].items() if spec.get("received_by_reporter")),
        counted_apart=frozenset(data["counted_apart"]["nouns"]),
        concepts={
            metric: {phrase.lower(): tuple(concepts) for phrase, concepts in table.items()}
            for metric, table in data.get("concepts", {}).items()
        },
        variants=frozenset(variants),
        bare_balances={
            word: (re.compile(rf"(?<![\w-])(?:{alternation(cues)})(?![\w-])", re.IGNORECASE), cues)
            for word, cues in bare_balances.items()
        },
        sectors=frozenset(phrase.lower() for phrase in data["untracked"]["sectors"]),
        sectors_too=frozenset(phrase.lower() for phrase in data["untracked"]["sectors_too"]),
        value_of_goods=frozenset(phrase.lower() for phrase in data["value_of_goods"]["phrases"]),
        value_of_goods_after=re.compile(rf"\s+(?:{alternation(data['value_of_goods']['after'])})(?![\w-])", re.IGNORECASE),
        rest_of_products=data["rest_of_products"],
    )


def rest_of(product: str) -> str:
    """The product of the goods other than ``product``: what a figure is of when it is left out."""
    return metric_lexicon().rest_of_products.get(product, f"goods_other_than_{product}")


_PHRASES = PhraseFinder(lambda: metric_lexicon().variants)


_OFFICE_AFTER = re.compile(r"\s+(?:minister|ministry|ministers|committee|department)\b", re.IGNORECASE)
_OFFICE_BEFORE = re.compile(r"\b(?:minister|ministry)\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)


def find_metric_mentions(text: str, windows: Iterable[tuple[int, int]] | None = None) -> list[MetricMention]:
    """Every metric or product phrase in ``text`` (or in the given ``(start, end)`` windows, in
    order), in order."""
    lexicon = metric_lexicon()
    mentions = []
    for start, end in within(_PHRASES.find(text, not_before=HYPHEN), windows):
        if _OFFICE_AFTER.match(text, end) or _OFFICE_BEFORE.search(text, max(0, start - 20), start):
            continue  # "Economy Minister", "the Ministry of Economy": an office, not a figure's metric
        phrase = text[start:end]
        key = phrase.lower()
        if key in lexicon.sectors_too and _after_a_sector(text, start, mentions, lexicon.sectors):
            mentions.append(MetricMention(start, end, None, phrase))
        elif key in lexicon.by_phrase:
            mentions.append(MetricMention(start, end, lexicon.by_phrase[key], phrase))
        elif key in lexicon.bare_balances:
            mentions.append(MetricMention(start, end, _bare_balance(text, start, mentions, *lexicon.bare_balances[key]), phrase))
        else:
            mentions.append(MetricMention(start, end, None, phrase, lexicon.products.get(key)))  # no product: untracked
    return mentions


_SECTOR_REACH = 80  # characters from one sector of a list to the next: "construction expanded 13.2% and trade"
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _after_a_sector(text: str, start: int, before: list[MetricMention], sectors: frozenset[str]) -> bool:
    """Whether the phrase at ``start`` follows a sector of the economy named in its sentence."""
    last = before[-1] if before else None
    return (
        last is not None
        and last.phrase.lower() in sectors
        and start - last.end <= _SECTOR_REACH
        and not _SENTENCE_END.search(text, last.end, start)
    )


def _bare_balance(
    text: str, start: int, before: list[MetricMention], cue: re.Pattern[str], metric_of: dict[str, str]
) -> str | None:
    """Which balance a bare "deficit" at ``start`` is: the one named in full nearest before it
    (of the mentions ``before`` it), else the one whose words stand nearest before it ("budget",
    "imports", "current account"), else None."""
    named = next((m.metric for m in reversed(before) if m.metric in metric_of.values()), None)
    if named is not None:
        return named
    last = None
    for last in cue.finditer(text, 0, start):
        pass
    return metric_of[last.group().lower()] if last else None
