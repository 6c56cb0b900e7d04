"""Lexicons: the word lists of the grammar, loaded once from ``figures/data/lexicon``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def load_lexicon(name: str) -> dict[str, Any]:
    """Read one lexicon TOML file shipped in the package."""
    path = resources.files("figures") / "data" / "lexicon" / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Lexicon:
    """Every word list the number grammar needs, lower-cased."""

    hedges: dict[str, str]
    hedge_verbs: frozenset[str]
    hedge_not_after: dict[str, frozenset[str]]  # hedge → words after which it is none ("adds up to")
    scales: dict[str, float]
    currency_symbols: dict[str, str]
    currency_codes: frozenset[str]
    currency_words: dict[str, str]
    unit_words: dict[str, int]
    tens_words: dict[str, int]
    multiplier_words: dict[str, int]
    fraction_words: dict[str, float]
    multiple_words: dict[str, float]
    compared_multiple_words: dict[str, float]  # "twice": a multiple only before a comparison
    compared_multiple_after: dict[str, list[str]]  # what makes that comparison: "as much as", "the level of"
    change_before: dict[str, str]
    change_after: dict[str, str]
    change_after_qualifiers: tuple[str, ...]  # may stand between a figure and its change word
    direction_verbs: dict[str, str]
    stopwords: frozenset[str]
    measure_units: dict[str, str]
    canonical_units: dict[str, str]  # a unit → the one its figures are recorded in ("km**3" → "m**3")
    case_sensitive_measures: frozenset[str]
    score_before: tuple[str, ...]  # "beat Armenia 3-1": a score, not figures
    score_after: tuple[str, ...]  # "a 2-2 draw"
    number_labels: tuple[str, ...]  # "Resolution 2334", "Article 5": a number that names, not counts


def _by_word(table: dict[str, list[str]]) -> dict[str, str]:
    return {word: direction for direction, words in table.items() for word in words}


@cache
def lexicon() -> Lexicon:
    """Return the lexicon, read from the data files on first use."""
    numbers = load_lexicon("number_words")
    currencies = load_lexicon("currencies")
    changes = load_lexicon("changes")
    measures = load_lexicon("measures")
    scores = load_lexicon("scores")
    return Lexicon(
        hedges=load_lexicon("hedges")["qualifiers"],
        hedge_verbs=frozenset(load_lexicon("hedges")["verbs"]["words"]),
        hedge_not_after={hedge: frozenset(words) for hedge, words in load_lexicon("hedges")["not_after"].items()},
        scales=load_lexicon("scales")["scales"],
        currency_symbols=currencies["symbols"],
        currency_codes=frozenset(currencies["codes"]["codes"]),
        currency_words=currencies["words"],
        unit_words=numbers["units"],
        tens_words=numbers["tens"],
        multiplier_words=numbers["multipliers"],
        fraction_words=numbers["fractions"],
        multiple_words=numbers["multiples"],
        compared_multiple_words=numbers["compared_multiples"],
        compared_multiple_after=numbers["compared_multiples_after"],
        change_before=_by_word(changes["before"]),
        change_after=_by_word(changes["after"]),
        change_after_qualifiers=tuple(changes["after_qualifiers"]["words"]),
        direction_verbs=_by_word(changes["direction"]),
        stopwords=frozenset(load_lexicon("stopwords")["words"]),
        measure_units=measures["units"],
        canonical_units=measures["canonical"],
        case_sensitive_measures=frozenset(measures["options"]["case_sensitive"]),
        score_before=tuple(scores["before"]),
        score_after=tuple(scores["after"]),
        number_labels=tuple(load_lexicon("labels")["words"]),
    )
