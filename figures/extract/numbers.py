"""Reading a number as written: its value and the half-unit of its last shown digit."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from figures.extract.grammar import SEPARATORS
from figures.lexicon import lexicon
from figures.options import ExtractOptions

_SEPARATOR_TABLE = str.maketrans("", "", SEPARATORS)
# "2,4 billion", "13,75%": a comma followed by one or two digits cannot group thousands, so it is a
# decimal comma — the house style of much of Europe, and of copy translated from it.
DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!,?\d))")
_WORD_SPLIT = re.compile(r"[\s-]+")


class WrittenNumber(NamedTuple):
    """A number before scale and unit: its value and the rounding its digits imply (a named
    tuple: one is read per number of a text)."""

    value: float
    half_unit: float
    fraction: bool = False  # "a quarter", "two-thirds": a share of a whole
    vague: bool = False  # "a couple hundred"
    multiple: bool = False  # "doubled", "sevenfold"
    compared: bool = False  # "twice": a multiple only where a comparison follows ("twice as much as")
    single_word: bool = False  # "two", "seven": only a figure with a unit


def read_digits(surface: str, options: ExtractOptions) -> WrittenNumber:
    """Read "13 009", "2.40", "200,000", "2,4" as a value and the half-unit of the last digit shown."""
    if "," in surface:
        surface = DECIMAL_COMMA.sub(".", surface)
    plain = surface.translate(_SEPARATOR_TABLE)
    whole, _, decimals = plain.partition(".")
    if decimals:
        half_unit = 0.5 * 10.0 ** -len(decimals)
    elif options.trailing_zeros == "rounded" and whole.strip("0"):
        half_unit = 0.5 * 10.0 ** (len(whole) - len(whole.rstrip("0")))
    else:
        half_unit = 0.5
    return WrittenNumber(float(plain), half_unit)


@lru_cache(maxsize=4096)  # number words repeat ("two", "three", "a hundred"): each is read once
def read_words(surface: str, options: ExtractOptions) -> WrittenNumber | None:
    """Read "twenty-five", "a hundred", "zero point five", "two-thirds" …; None if not a number."""
    lex = lexicon()
    tokens = [token for token in _WORD_SPLIT.split(surface.lower()) if token and token != "and"]
    if not tokens:
        return None
    vague = False
    if tokens[0] in ("a", "an"):
        tokens = tokens[1:]
        if tokens and tokens[0] == "couple":
            vague = True
            rest = tokens[2:] if tokens[1:2] == ["of"] else tokens[1:]
            tokens = ["two", *rest]
        elif not tokens or (
            tokens[0] not in lex.multiplier_words and tokens[0] not in lex.fraction_words and tokens[0] not in lex.scales
        ):
            return None
        else:
            tokens = ["one", *tokens]
    if all(token in lex.scales for token in tokens):
        return None  # "$ million" in a table header: a unit, no number
    if len(tokens) == 1 and tokens[0] in lex.multiple_words:
        return WrittenNumber(float(lex.multiple_words[tokens[0]]), 0.5, multiple=True)
    if len(tokens) == 1 and tokens[0] in lex.compared_multiple_words:
        return WrittenNumber(float(lex.compared_multiple_words[tokens[0]]), 0.5, multiple=True, compared=True)
    if any(token in lex.multiple_words or token in lex.compared_multiple_words for token in tokens):
        return None
    if tokens[-1] in lex.fraction_words:
        count = _read_integer(tokens[:-1]) if tokens[:-1] else 1.0
        if count is None:
            return None
        return WrittenNumber(100.0 * count * lex.fraction_words[tokens[-1]], options.fraction_half_width, fraction=True)
    if "point" in tokens:
        split = tokens.index("point")
        whole = _read_integer(tokens[:split]) if split else 0.0
        digits = [lex.unit_words.get(token) for token in tokens[split + 1 :]]
        if whole is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        value = float(f"{int(whole)}.{''.join(str(d) for d in digits)}")
        return WrittenNumber(value, 0.5 * 10.0 ** -len(digits))
    value = _read_integer(tokens)
    if value is None:
        return None
    single = len(tokens) == 1 and tokens[0] in lex.unit_words
    if vague:
        return WrittenNumber(value, value / 2, vague=True)
    if options.trailing_zeros == "rounded":
        return WrittenNumber(value, read_digits(str(int(value)), options).half_unit, single_word=single)
    return WrittenNumber(value, 0.5 * lex.scales.get(tokens[-1], 1.0), single_word=single)


def _read_integer(tokens: list[str]) -> float | None:
    lex = lexicon()
    total = 0.0
    current = 0.0
    for token in tokens:
        if token in lex.unit_words:
            current += lex.unit_words[token]
        elif token in lex.tens_words:
            current += lex.tens_words[token]
        elif token in lex.multiplier_words:
            current = (current or 1.0) * lex.multiplier_words[token]
        elif token in lex.scales:
            total += (current or 1.0) * lex.scales[token]
            current = 0.0
        else:
            return None
    return total + current
