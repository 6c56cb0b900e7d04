"""Numeric claims in a text: value, unit, kind and the interval that rounding and hedge allow.

One pass finds the numbers (digits, then number words); each is classified from what stands
around it; adjacent numbers joined by "to", "–" or "between … and" become one range; what is a
date, a time, an ordinal, a list marker or a year is dropped, because it is not a figure.
"""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple

from figures.extract.grammar import DASHES, NUMBER_WORDS, grammar
from figures.extract.numbers import WrittenNumber, read_digits, read_words
from figures.extract.rounding import HEDGE_QUALIFIERS, stated_interval
from figures.extract.text_index import TextIndex
from figures.lexicon import lexicon
from figures.options import ExtractOptions
from figures.records import BareClaim, Claim, Kind
from figures.units import conversion_factor

_WINDOW = 40
# Before a fraction word, these make it a period: "the first half of 2025", "the same quarter of 2024".
_ORDINAL_BEFORE = re.compile(
    r"(?i)\b(?:first|second|third|fourth|last|final|past|next|previous|preceding|same|this|that|each|every|current"
    r"|corresponding|latest|the)[\s-]+$"
)
_OF_AFTER = re.compile(r"\s+of(?![\w])")
_SPAN_OF_TIME = re.compile(r"-(?:years?|months?|weeks?|days?|hours?|minutes?)(?![\w])", re.IGNORECASE)
# "trade in 11 months", "over 5 years": a stretch of time, not a figure of the text's quantities
_TIME_COUNTED = re.compile(r"[ \u00a0]+(?:years?|months?|weeks?|days?|hours?|minutes?|quarters|decades?)(?![\w-])", re.IGNORECASE)
# "fell by a third", "rose by almost a quarter": a fraction that is the size of a change
_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|less\s+than)\s+)?$")
_WHITESPACE = re.compile(r"\s+")
_FISCAL_YEAR_BEFORE = re.compile(rf"(?<!\d)\d{{4}}[{DASHES}/]$")
_PERCENT_IN_TEXT = re.compile(r"%|per\s?cent", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_EMPHASIS = frozenset(("**", "__"))
_SCORE_JOINERS = frozenset(DASHES + ":")


class _Token(NamedTuple):
    """A number with what was read around it, before ranges are joined and claims built (a
    named tuple: an article's scan makes one per number, in a tight loop)."""

    start: int  # currency prefix included
    end: int  # scale and unit included
    number: WrittenNumber
    multiplier: float
    currency: str | None
    kind: Kind
    unit: str
    negative: bool = False
    bare: bool = False  # no currency, scale, percent or unit

    @property
    def signed_value(self) -> float:
        return self.number.value * self.multiplier * (-1 if self.negative else 1)


def extract_quantities(
    text: str, doc: str = "<text>", options: ExtractOptions | None = None, index: TextIndex | None = None
) -> list[Claim]:
    """Every numeric claim in ``text``, in order of position, without context."""
    return [Claim(*bare) for bare in find_bare_claims(text, doc, options, index)]


def find_bare_claims(
    text: str, doc: str = "<text>", options: ExtractOptions | None = None, index: TextIndex | None = None
) -> list[BareClaim]:
    """``extract_quantities`` as bare claims, for the context stage to complete."""
    options = options or ExtractOptions()
    index = index or TextIndex(text)
    tokens = _scan(text, options, index)
    seen: dict[tuple[str, str], int] = {}
    return [_build_claim(text, doc, index, first, last, options, seen) for first, last in _join_ranges(text, tokens)]


def claim_id(doc: str, sentence: str, surface: str, seen: dict[tuple[str, str], int]) -> str:
    """Hash of the sentence, the surface and its rank among equal surfaces in that sentence:
    edits elsewhere in the document leave it unchanged."""
    normalised = " ".join(sentence.split())  # each run of white space one space (the sentence is stripped)
    rank = seen.get((normalised, surface), 0)
    seen[(normalised, surface)] = rank + 1
    digest = hashlib.blake2b(f"{doc}\x1f{normalised}\x1f{surface}\x1f{rank}".encode(), digest_size=6)
    return digest.hexdigest()


def _scan(text: str, options: ExtractOptions, index: TextIndex) -> list[_Token]:
    g = grammar()
    match_digits = g.digits.match
    tokens: list[_Token] = []
    matched_to = skip_until = 0
    # Matched where a run of digits starts, as finditer would match: from the end of the last
    # match on (a number may hold several runs: "12 345.6").
    for start in index.number_starts:
        if start < matched_to or (match := match_digits(text, start)) is None:
            continue
        matched_to = match.end()
        if start < skip_until:
            continue
        skipped = g.skip.match(text, start)
        if skipped:
            skip_until = skipped.end()
            continue
        score = _score(text, start, match.end())
        if score:
            skip_until = score
            continue
        token = _digit_token(text, match, options)
        if token is not None:
            tokens.append(token)
            skip_until = token.end
    word_tokens = [
        token
        for start, end in _number_word_spans(text)
        if (token := _word_token(text, start, end, options)) is not None
    ]
    if word_tokens:
        tokens = _merge_by_position(tokens, word_tokens)
    return tokens


def _number_word_spans(text: str) -> list[tuple[int, int]]:
    r"""Runs of number words ("twenty-five", "one hundred and five", "two-thirds"), each as long as
    it can be while no word or hyphen follows it, as ``W(?:gap W)*(?![\w-])`` would match."""
    g = grammar()
    words = NUMBER_WORDS.find(text)
    spans = []
    first = 0
    while first < len(words):
        last = first
        while last + 1 < len(words) and g.number_word_gap.fullmatch(text, words[last][1], words[last + 1][0]):
            last += 1
        while last >= first and words[last][1] < len(text) and text[words[last][1]] == "-":
            last -= 1  # a run is not followed by a hyphen: "five-year" is no figure
        if last >= first:
            spans.append((words[first][0], words[last][1]))
            first = last + 1
        else:
            first += 1
    return spans


def _score(text: str, start: int, end: int) -> int:
    """Where a score that starts here ends ("beat Armenia 3-1", "a 2-2 draw"), or 0."""
    if end - start > 2 or text[end : end + 1] not in _SCORE_JOINERS:
        return 0
    g = grammar()
    score = g.score.match(text, start)
    if score is None:
        return 0
    if g.score_after.match(text, score.end()):
        return score.end()  # "a 2-2 draw"
    # "beat Armenia 3-1", but "won 10-15 contracts" counts contracts
    if g.score_before.search(text, max(0, start - 60), start) and not _noun(text, score.end()):
        return score.end()
    return 0


def _prefix_currency(text: str, start: int) -> re.Match[str] | None:
    """The currency sign or code written right before ``start`` ("$", "GEL "), if one is: the
    pattern is searched only where the character before (a space passed over) could end one."""
    before = text[start - 1 : start] if start else ""
    end = text[start - 2 : start - 1] if before in (" ", "\u00a0") else before
    if not end or end not in grammar().prefix_ends:
        return None
    return grammar().prefix_currency.search(text, max(0, start - 6), start)


def _merge_by_position(first: list[_Token], second: list[_Token]) -> list[_Token]:
    merged: list[_Token] = []
    for token in sorted(first + second, key=lambda t: (t.start, -t.end)):
        if merged and token.start < merged[-1].end:
            continue
        merged.append(token)
    return merged


def _digit_token(text: str, match: re.Match[str], options: ExtractOptions) -> _Token | None:
    g = grammar()
    lex = lexicon()
    start, end = match.span()
    before = text[start - 1] if start else ""
    prefix = _prefix_currency(text, start)
    if before.isalpha() and not (prefix and prefix.group("currency") in lex.currency_codes):
        return None  # "H1", "Q1", "G7"
    if before in DASHES and start > 1 and text[start - 2].isalpha():
        return None  # "COVID-19"
    digits = match.group()
    if not prefix and text[end : end + 1] in ",." and _is_year(digits):
        # No unit, scale or percent begins with a comma or a full stop (nor can the text's end), so
        # the year stands alone: most years in news copy, dropped before the costlier tail is read.
        return None
    tail = g.tail.match(text, end)
    after = text[tail.end() : tail.end() + 1]
    if tail.end() == end and (after.isalpha() or after == "_" or (after == "-" and _SPAN_OF_TIME.match(text, end))):
        return None  # "1H 2025", "3D", "a 34-year-old striker", "a 3-day visit"
    if tail.end() == end and not prefix and _is_year(digits):
        return None  # a year with nothing attached: the commonest number in news copy, dropped early
    number = read_digits(digits, options)
    negative = before != "" and before in "-\u2212" and (start < 2 or text[start - 2] in " \t\n(")
    token = _classify(text, start, tail, number, prefix, negative)
    if token is None:
        return None
    if token.bare and _is_date_like(text, token, digits):
        return None
    return token


def _word_token(text: str, start: int, end: int, options: ExtractOptions) -> _Token | None:
    g = grammar()
    article = g.article_before.search(text, max(0, start - 4), start)
    number = read_words(text[article.start() : end], options) if article else None
    if number is not None:
        start = article.start()  # "a hundred", "a third": the article is part of the number
    else:
        number = read_words(text[start:end], options)  # "a threefold rise": it is not
    if number is None or (
        number.compared
        and (not g.compared_multiple_after.match(text, end) or g.compared_multiple_verb.search(text, max(0, start - 8), start))
    ):
        return None  # "raised the rate twice", "double taxation", "to double the volume of trade"
    if (
        number.fraction
        # A hyphened fraction is a share wherever it stands ("down from almost two-thirds in 2022");
        # a period is never written so ("the first two quarters").
        and (_ORDINAL_BEFORE.search(text, max(0, start - 16), start) or not (_OF_AFTER.match(text, end) or "-" in text[start:end]))
        and not _BY_BEFORE.search(text, max(0, start - 20), start)
    ):
        return None  # "the first half of 2025" is a period, not a share
    tail = g.tail.match(text, end)
    prefix = _prefix_currency(text, start)
    token = _classify(text, start, tail, number, prefix, negative=False)
    if token is None or (number.single_word and token.bare):
        return None  # "the two countries", "one of the": not economic figures
    return token


def _classify(
    text: str,
    start: int,
    tail: re.Match[str],
    number: WrittenNumber,
    prefix: re.Match[str] | None,
    negative: bool,
) -> _Token | None:
    lex = lexicon()
    suffix, scale = tail.group("suffix"), tail.group("scale")
    multiplier = 1.0
    for word in (suffix, scale):
        if word:
            multiplier *= lex.scales[word.lower()]
    currency = None
    if prefix:
        symbol = prefix.group("currency")
        currency = lex.currency_symbols.get(symbol, symbol)
        start = prefix.start()
    elif tail.group("currency"):
        written = tail.group("currency")
        currency = written.upper() if written.upper() in lex.currency_codes else lex.currency_words[written.lower()]
    if negative:
        start -= 1
    end = tail.end()
    bare_points = tail.group("bare_points")
    points = tail.group("points") or (
        bare_points if bare_points and _PERCENT_IN_TEXT.search(text, max(0, start - 200), start) else None
    )
    if bare_points and not points:
        end = tail.start("bare_points") - 1
    kind: Kind
    if currency:
        kind, unit = "money", currency
    elif points:
        basis = points.lower().startswith(("basis", "bp"))
        kind, unit = "percentage_points", "basis_point" if basis else "percentage_point"
    elif tail.group("percent") or number.fraction:
        kind, unit = "percent", "percent"
    elif tail.group("fold") or number.multiple:
        kind, unit = "multiple", "times"
    elif tail.group("measure"):
        written = tail.group("measure")
        unit = lex.measure_units.get(written) or lex.measure_units[_WHITESPACE.sub(" ", written.lower())]
        kind = "measure"
        if unit in lex.canonical_units:
            multiplier *= conversion_factor(unit, lex.canonical_units[unit])
            unit = lex.canonical_units[unit]
    else:
        kind, unit = "number", "count"
    bare = kind == "number" and multiplier == 1.0
    return _Token(start, end, number, multiplier, currency, kind, unit, negative, bare)


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def _is_date_like(text: str, token: _Token, digits: str) -> bool:
    """Bare integers that are years, days of a month, stretches of time ("in 11 months"), list
    markers or the numbers that name a thing ("Resolution 2334", "Article 5") are not figures."""
    g = grammar()
    value = token.number.value
    if _is_year(digits) or _TIME_COUNTED.match(text, token.end):
        return True
    if "." not in digits and g.label_before.search(text, max(0, token.start - 12), token.start):
        return True
    if len(digits) == 2 and _FISCAL_YEAR_BEFORE.search(text, max(0, token.start - 5), token.start):
        return True  # "2012–13"
    # Whole numbers only, however they round: "on January 20" is a day, though "20" allows 15–25.
    if "." not in digits and value <= 31 and float(value).is_integer():
        line_start = text.rfind("\n", 0, token.start) + 1
        if g.month_before.search(text, max(0, token.start - 12), token.start):
            return True
        if g.month_after.match(text, token.end):
            return True
        at_line_start = not text[line_start : token.start].strip()
        if value < 100 and (
            g.list_marker_before.search(text, max(0, line_start - 1), token.start)
            or (at_line_start and g.list_marker_after.match(text, token.end))
        ):
            return True  # "- 1 BBC investigation", "2. Trade"
    return False


def _join_ranges(text: str, tokens: list[_Token]) -> list[tuple[_Token, _Token]]:
    """Pair each token with itself, or two adjacent tokens that form a range, as (first, last)."""
    spans: list[tuple[_Token, _Token]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and _is_range(text, token, following):
            spans.append((token, following))
            index += 2
            continue
        if following is not None and token.bare and _is_pair(text, token, following):
            # "5 and 6 kg", "5 or 6 million": two values sharing the second one's unit.
            token = token._replace(
                kind=following.kind, unit=following.unit, currency=following.currency,
                multiplier=following.multiplier, bare=False,
            )
        spans.append((token, token))
        index += 1
    return spans


def _is_pair(text: str, first: _Token, last: _Token) -> bool:
    gap = text[first.end : last.start].strip().lower()
    return gap in ("and", "or", ",") and not last.bare


def _is_range(text: str, first: _Token, last: _Token) -> bool:
    g = grammar()
    gap = text[first.end : last.start]
    if len(gap) > 6 or not g.range_gap.match(gap):
        return False
    if not first.bare and first.kind != last.kind:
        return False
    carried = first.multiplier if first.multiplier != 1.0 else last.multiplier
    if first.number.value * carried * (-1 if first.negative else 1) >= last.signed_value:
        return False  # "2-0" is a score, not a range
    word = gap.strip().lower()
    if word == "and":
        return bool(g.between_before.search(text, max(0, first.start - 20), first.start))
    if word == "to":
        window = max(0, first.start - 20)
        # "from $700 million to $900 million" is a from–to pair; "rise by 600 million lari to 5.6
        # billion lari" a change and the level it leads to ("by 5 to 7 percent" is a range).
        return not (g.from_before.search(text, window, first.start) or (not first.bare and g.by_before.search(text, window, first.start)))
    return True


def _build_claim(
    text: str,
    doc: str,
    index: TextIndex,
    first: _Token,
    last: _Token,
    options: ExtractOptions,
    seen: dict[tuple[str, str], int],
) -> BareClaim:
    g = grammar()
    lex = lexicon()
    start, end = first.start, last.end
    emphasis = text[start - 2 : start] if start >= 2 else ""
    if emphasis in _EMPHASIS and text.startswith(emphasis, end):
        # "**$3.4 billion**, down 6%": the Markdown emphasis is part of the figure's span, so that
        # what is written around the figure reads as it would without it.
        start, end = start - 2, end + 2
    is_range = first is not last
    between = g.between_before.search(text, max(0, start - 20), start) if is_range else None
    if between:
        start = between.start()
    hedge_match = g.hedge_before.search(text, max(0, start - _WINDOW), start)
    if hedge_match and hedge_match.group("hedge").lower() in lex.hedge_not_after:
        word = _WORD_BEFORE.search(text, max(0, hedge_match.start() - 12), hedge_match.start())
        if word and word.group(1).lower() in lex.hedge_not_after[hedge_match.group("hedge").lower()]:
            hedge_match = None  # "adds up to $3 billion": a total, not a maximum
    hedge = hedge_match.group("hedge") if hedge_match else None
    if hedge_match:
        start = hedge_match.start()
    hedge_class = lex.hedges[hedge.lower()] if hedge else None
    # A range takes its scale from its second end: "10 to 20 billion", "$1 and $2 million".
    multiplier = first.multiplier if first.multiplier != 1.0 or not is_range else last.multiplier
    lower_value = first.number.value * multiplier * (-1 if first.negative else 1)
    upper_value = last.signed_value
    interval = stated_interval(
        lower_value,
        upper_value,
        first.number.half_unit * multiplier,
        last.number.half_unit * last.multiplier,
        hedge_class,
        options,
    )
    value = (lower_value + upper_value) / 2
    line, column = index.line_column(start)
    sentence_start, sentence_end = index.sentence_bounds(start)
    kind, unit = (last.kind, last.unit) if first.bare else (first.kind, first.unit)
    sentence = text[sentence_start:sentence_end].strip()
    surface = text[start:end]
    noun = _noun(text, end)  # a counted noun makes a bare number a count
    return BareClaim(
        id=claim_id(doc, sentence, surface, seen),
        doc=doc,
        start=start,
        end=end,
        line=line,
        column=column,
        text=surface,
        sentence=sentence,
        kind="count" if kind == "number" and noun else kind,
        value=value,
        unit=unit,
        lower=interval.lower,
        upper=interval.upper,
        lower_inclusive=interval.lower_inclusive,
        upper_inclusive=interval.upper_inclusive,
        qualifier=HEDGE_QUALIFIERS[hedge_class] if hedge_class else "eq",
        hedge=hedge,
        change=_change(text, start, end, first),
        noun=noun,
        range=is_range,
    )


def _noun(text: str, end: int) -> str | None:
    match = grammar().noun_after.match(text, end)
    if not match:
        return None
    noun = match.group("noun")
    if noun in lexicon().stopwords or grammar().month_after.match(noun):
        return None
    return noun


def _change(text: str, start: int, end: int, token: _Token) -> str | None:
    g = grammar()
    lex = lexicon()
    if token.number.multiple:
        return "down" if token.number.value < 1 else "up"
    before = g.change_before.search(text, max(0, start - _WINDOW), start)
    if before:
        return lex.change_before[before.group("verb").lower()]
    after = g.change_after.match(text, end)
    if after:
        return lex.change_after[after.group("word").lower()]
    if token.kind == "multiple" and g.compared_multiple_after.match(text, end):
        return "down" if token.number.value < 1 else "up"  # "1.5 times as high as in 2023"
    return None
