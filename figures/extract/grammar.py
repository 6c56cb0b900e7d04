"""The number grammar: every pattern compiled once, from the lexicon data files.

The scan is anchored on digits (a pattern the regular expression engine can skip text quickly
for) and on number words (found by ``PhraseFinder``); what stands before and after a number (currency, hedge,
change verb, scale, unit) is read from short windows around each match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from figures.extract.phrases import PhraseFinder
from figures.lexicon import lexicon

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
SEPARATORS = ",\u00a0\u2009\u202f "  # comma, no-break, thin and narrow no-break spaces, space
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching exactly ``words``, longest first so that "more than" beats
    "more": what ``|``-joining them longest first matches, factored by common prefixes.

    Why a trie: Python's engine tries each branch of a plain alternation in turn, at every
    position a search tries; a trie rejects most positions on their first letter, and the
    patterns that look back from a figure for a hedge or a change verb try some forty positions
    each.
    """
    tree: dict[str, dict] = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A word ending here is tried after the longer ones through it: greedy, then backtracked.
        return f"(?:{body})?" if "" in node else body

    return render(tree)


def _number_word_forms() -> list[str]:
    lex = lexicon()
    spelled = [
        *lex.unit_words, *lex.tens_words, *lex.multiplier_words, *lex.fraction_words, *lex.multiple_words,
        *lex.compared_multiple_words,
        *(w for w in lex.scales if len(w) > 3), "point", "couple",
    ]  # fmt: skip
    # Lower, Capitalised and UPPER forms ("two", "Two", "TWO"): the finder is case-sensitive.
    return [form for word in spelled for form in (word, word.capitalize(), word.upper())]


NUMBER_WORDS = PhraseFinder(_number_word_forms)


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns of the number grammar."""

    digits: re.Pattern[str]
    skip: re.Pattern[str]
    number_word_gap: re.Pattern[str]  # between the words of one number: "twenty-five", "one hundred and five"
    article_before: re.Pattern[str]
    tail: re.Pattern[str]
    prefix_currency: re.Pattern[str]
    prefix_ends: frozenset[str]  # the last characters of the currency signs and codes ``prefix_currency`` reads
    hedge_before: re.Pattern[str]
    change_before: re.Pattern[str]
    change_after: re.Pattern[str]
    noun_after: re.Pattern[str]
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    list_marker_before: re.Pattern[str]
    list_marker_after: re.Pattern[str]
    range_gap: re.Pattern[str]
    score: re.Pattern[str]
    score_before: re.Pattern[str]
    label_before: re.Pattern[str]
    score_after: re.Pattern[str]
    between_before: re.Pattern[str]
    from_before: re.Pattern[str]
    by_before: re.Pattern[str]
    compared_multiple_after: re.Pattern[str]  # "as much as", "the level of": after "twice", a ratio
    compared_multiple_verb: re.Pattern[str]  # "to double", "will double": a verb, not a ratio
    sentence_break: re.Pattern[str]


@cache
def grammar() -> Grammar:
    """Compile the grammar on first use."""
    lex = lexicon()
    sep = f"[{SEPARATORS}]"
    scale_words = alternation(w for w in lex.scales if len(w) > 1)
    glued_suffixes = alternation(w for w in lex.scales if w != "thousand" and len(w) <= 3)
    codes = alternation(lex.currency_codes)
    currency_words = alternation(lex.currency_words)
    symbols = alternation(lex.currency_symbols)
    measure_units = "|".join(
        f"(?-i:{re.escape(form)})" if form in lex.case_sensitive_measures else re.escape(form).replace(r"\ ", r"\s?")
        for form in sorted(lex.measure_units, key=lambda w: (-len(w), w))
    )
    hedges = alternation(lex.hedges)
    change_before = alternation(lex.change_before)
    change_after = alternation(lex.change_after)
    change_after_qualifiers = alternation(lex.change_after_qualifiers)
    compared = lex.compared_multiple_after
    return Grammar(
        # A number made of digits, not glued to a preceding digit, point or comma.
        # The first digit comes before the look-behind so that the engine can skip to digits.
        # An ungrouped number may end in a decimal comma ("2,4 billion", see DECIMAL_COMMA).
        digits=re.compile(
            rf"\d(?<![\d.,]\d)(?:\d{{0,2}}(?:{sep}\d{{3}})+(?!\d)(?:\.\d+)?|\d*(?:\.\d+|,\d{{1,2}}(?!,?\d))?)"
        ),
        # Tokens that hold digits but are not figures: dates, times, ordinals, versions, phones,
        # decades, "3+3". Matched at the same position as a digit run, and tried first.
        skip=re.compile(
            r"""
            \d{1,4}[/.]\d{1,2}[/.]\d{2,4}(?!\d)          # 10/12/2025, 04.12.2024
            | \d{4}-\d{2}-\d{2}                          # 2025-12-03
            | \d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)(?![a-z])  # 2.15pm, 10:30 a.m.
            | \d{1,2}:\d{2}(?::\d{2})?                   # 10:30
            | \d{1,2}\s?[ap]m\b                             # 3pm
            | \d+(?:st|nd|rd|th)\b                            # 65th
            | \d+(?:\.\d+){2,}                              # 1.2.3
            | \d{4}s\b                                      # 1990s
            | (?-i:1[0-2]M|[1-9]M)\s?(?:1[89]|20)\d\d(?!\d)     # 9M 2025: nine months, not 9 million
            | \d+\s?\+\s?\d+                                  # 3+3
            | (?<=\()\d{3}\)\s?\d{3}-\d{4} | \d{3}-\d{3}-\d{4}  # phones
            | (?<=\+)\d{1,3}(?:[ .-]\(?\d{1,4}\)?){3,5}(?!\d)       # +995 322 24 10 10
            | (?<=\+)\d{1,3}[ .-]\(?\d{2,4}\)?[ .-]\d{3}[ .-]?\d{2,4}
            """,
            re.VERBOSE | re.IGNORECASE,
        ),
        number_word_gap=re.compile(r"\s+|-|\s+and\s+"),
        article_before=re.compile(r"(?<![\w-])an?\s+$", re.IGNORECASE),
        # A scale, currency, percent or points word may be hyphened to its number: "a $2.4-billion
        # deal", "a 2-billion-dollar loan", "a 5-per-cent rise", "a 50-basis-point cut".
        tail=re.compile(
            rf"""
            (?:(?P<suffix>{glued_suffixes})(?![A-Za-z]))?
            (?:[ \u00a0-]?(?P<scale>{scale_words})(?![A-Za-z]))?
            (?:[ \u00a0-]?(?P<currency>{codes}|{currency_words})(?![A-Za-z]))?
            (?:(?:[ \u00a0]|-(?!%))?(?P<percent>%|percent(?![A-Za-z])|per[\s-]?cent(?![A-Za-z])|pct(?![A-Za-z])|pc(?![A-Za-z])))?
            (?:[ \u00a0-]?(?P<points>percentage[ \u00a0-]points?|pp|basis[ \u00a0-]points?|bps|bp)(?![A-Za-z]))?
            (?:(?P<fold>[{DASHES}]?fold|[ \u00a0]times)(?![A-Za-z]))?
            (?:[ \u00a0-](?P<bare_points>points?)(?![A-Za-z]))?
            (?:[ \u00a0]?(?P<measure>{measure_units})(?![A-Za-z0-9]))?
            """,
            re.VERBOSE | re.IGNORECASE,
        ),
        prefix_currency=re.compile(rf"(?P<currency>{symbols}|(?<![A-Za-z])(?:{codes}))[ \u00a0]?$"),
        prefix_ends=frozenset(form[-1] for form in (*lex.currency_symbols, *lex.currency_codes)),
        hedge_before=re.compile(rf"(?<![\w])(?P<hedge>{hedges})\s*(?:by\s+)?$", re.IGNORECASE),
        # "makes up 22%", "making up about half", "adds up to" are not rises.
        change_before=re.compile(
            rf"(?<![\w])(?<!makes\s)(?<!make\s)(?<!made\s)(?<!making\s)(?<!adds\s)(?<!added\s)(?<!adding\s)"
            rf"(?P<verb>{change_before})\s+(?:by\s+|of\s+)?(?:(?:a|an)\s+)?$",
            re.IGNORECASE,
        ),
        change_after=re.compile(rf"\s*(?:(?:{change_after_qualifiers})\s+)?(?P<word>{change_after})(?![\w])", re.IGNORECASE),
        noun_after=re.compile(r"[ \u00a0]+(?P<noun>[A-Za-z][a-z]+(?:-[a-z]+)?)"),
        month_before=re.compile(rf"(?<![\w])(?:{MONTHS})\.?\s+$"),
        month_after=re.compile(rf"\s*(?:of\s+)?(?:{MONTHS})(?![a-z])"),
        list_marker_before=re.compile(r"(?:^|\n)[ \t]*[-*•–][ \t]+$"),
        list_marker_after=re.compile(r"[.)][ \t]"),
        range_gap=re.compile(rf"\s*(?:[{DASHES}]|to|and)\s*$"),
        # "3-1", "2–2", "1:0": two small whole numbers with nothing of a figure after them.
        score=re.compile(rf"\d{{1,2}}[{DASHES}:]\d{{1,2}}(?![\d%]|[.,]\d|\s*%|\s*per\s?cent)"),
        score_before=re.compile(rf"(?i)\b(?:{alternation(lex.score_before)})\b[^.!?;\n\d]{{0,40}}$"),
        score_after=re.compile(rf"(?i)[\s-]+(?:{alternation(lex.score_after)})\b"),
        label_before=re.compile(rf"(?<![\w.#])(?:{alternation(lex.number_labels)})[ \u00a0]?$"),
        between_before=re.compile(r"(?<![\w])between\s+(?:\S+\s+)?$", re.IGNORECASE),
        from_before=re.compile(r"(?<![\w])from\s+(?:\S+\s+)?$", re.IGNORECASE),
        by_before=re.compile(r"(?<![\w])by\s+(?:\S+\s+)?$", re.IGNORECASE),
        compared_multiple_after=re.compile(
            # "twice as many visitors came in 2025 as in 2023": the second "as" may come later
            rf"\s+(?:as\s+(?:{alternation(compared['as'])})|the\s+(?:{alternation(compared['the'])})"
            rf"|{alternation(compared['pronouns'])})\b",
            re.IGNORECASE,
        ),
        compared_multiple_verb=re.compile(rf"\b(?:{alternation(compared['verb_before'])})\s+$", re.IGNORECASE),
        # A sentence ends at terminal punctuation before a capital, and at a line break — unless
        # the next line cannot start a sentence (lower case, a digit, a currency sign): that is
        # a wrapped line, and re-wrapping must not change what a figure is read as. One class of
        # first characters, then a branch on which it was: the engine skips to that class.
        sentence_break=re.compile(
            r"[.!?…\n](?:(?<=[.!?…])[\"'”’»)]*\s+(?=[\"'“‘«(—–-]*[A-Z0-9])|(?<=\n)(?![ \t]*[a-z0-9$€£¥₾₽₹%(])\s*)"
        ),
    )
