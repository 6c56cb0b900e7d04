"""The period grammar: every span of text that names a period, resolved to a Period.

Relative expressions ("last year", "two years ago") are resolved against the document's
publication date, never today's date; without one they stay unresolved and flagged. A period
introduced by "than", "from", "since", "compared with" … is marked as the base of a comparison.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from figures.extract.grammar import DASHES, alternation, grammar
from figures.extract.phrases import PhraseFinder, within
from figures.extract.text_index import TextIndex, positions_of
from figures.lexicon import lexicon, load_lexicon
from figures.periods import (
    SPANS,
    day_period,
    fiscal_period,
    half_period,
    month_period,
    months_period,
    quarter_period,
    same_part_of_year,
    shift_years,
    trailing_months,
    year_period,
    years_period,
)
from figures.records import Period

YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
# An ordinal that ends its clause names the part of a year named just before it: "510,000 in the
# second quarter and 420,000 in the first."
_ELIDED_END = r"(?=\s*(?:[.,;:!?)]|$))"


class PeriodMention(NamedTuple):
    """A span naming a period. ``period`` is None when it cannot be resolved (see ``flags``)."""

    start: int
    end: int
    period: Period | None
    base: bool = False  # introduced by "than", "from", "since" …: the base of a comparison
    same_period: bool = False  # "the same period of 2024": the claim's own part of that year
    relative: bool = False  # "the previous year": relative to the claim's period or the date
    since: bool = False  # "since 2022": from then until the time of writing
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    ordinals: dict[str, int]
    counts: dict[str, int]
    relative: dict[str, int]
    relative_to_context: frozenset[str]
    same_part: frozenset[str]  # of those, the ones that keep the part of the year ("a year earlier")
    whole_year: frozenset[str]  # and the ones that are the whole year of a part ("the year's total")
    present_tense: tuple[str, ...]  # "accounts for", "is": a clause that says how things are
    base_markers: tuple[str, ...]
    base_after_change: tuple[str, ...]  # "on", "over": base markers only right after a change
    base_before_figure: tuple[str, ...]  # "after": a comparison only right before a figure
    base_before_figure_changes: tuple[str, ...]  # or before its change: "after growth of 9.4%"
    change_words: tuple[str, ...]  # after which they are ("a 55% increase on 2023")
    vague: tuple[str, ...]
    year_on_year: tuple[str, ...]


@cache
def _words() -> _Words:
    data = load_lexicon("periods")
    return _Words(
        months=data["months"],
        ordinals=data["ordinals"],
        counts=data["counts"],
        relative=data["relative"],
        relative_to_context=frozenset(data["relative_to_context"]["phrases"]),
        same_part=frozenset(data["relative_to_context"]["same_part"]),
        whole_year=frozenset(data["relative_to_context"]["whole_year"]),
        present_tense=tuple(data["present_tense"]["words"]),
        base_markers=tuple(data["base_markers"]["words"]),
        base_after_change=tuple(data["base_markers"]["after_change"]),
        base_before_figure=tuple(data["base_markers"]["before_figure"]),
        base_before_figure_changes=tuple(data["base_markers"]["before_figure_changes"]),
        change_words=tuple(data["base_markers"]["change_words"]),
        vague=tuple(data["vague"]["phrases"]),
        year_on_year=tuple(data["year_on_year"]["phrases"]),
    )


@cache
def _pattern() -> re.Pattern[str]:
    words = _words()
    month = rf"(?:{alternation(words.months)})\.?"
    full_month = alternation(name for name in words.months if len(name) > 3 or name == "may")
    ordinal = alternation(words.ordinals)
    count = alternation(words.counts) + r"|\d{1,2}"
    dash = rf"\s*(?:[{DASHES}]|to|through|until)\s*"
    relative = alternation(words.relative)
    # A part of a year named by a year counted from publication: "the first half of this year".
    own_year = alternation(phrase for phrase in words.relative if phrase not in words.relative_to_context)
    vague = alternation(words.vague)
    yoy = alternation(words.year_on_year)
    return re.compile(
        rf"""
        (?P<month_range>(?P<mr_first>{month}){dash}(?P<mr_last>{month})(?:,?\s+(?P<mr_year>{YEAR}))?)
        | (?P<first_months>the\s+(?:first\s+)?(?P<fm_count>{count})\s+(?P<fm_unit>months|quarters)(?!\s+(?:to|through|ending|ended|until|before|after)\b)(?:\s+of(?:\s+the\s+year)?)?(?:\s+(?P<fm_year>{YEAR})|\s+(?P<fm_rel>{own_year}))?)
        | (?P<half>(?:the\s+)?(?P<h_ord>{ordinal})[\s-]+half(?:[\s-]year)?(?:\s+of)?(?:\s+the\s+year)?(?:\s+(?P<h_year>{YEAR})|\s+(?P<h_rel>{own_year}))?)
        | (?P<half_code>(?:H(?P<hc_n>[12])|(?P<hc_n2>[12])H)\s*(?P<hc_year>{YEAR}))
        | (?P<months_code>(?-i:(?P<mc_count>1[0-2]|[1-9])M)\s*(?P<mc_year>{YEAR}))
        | (?P<quarter>(?:the\s+)?(?P<q_ord>{ordinal})[\s-]+quarter(?:\s+of)?(?:\s+the\s+year)?(?:\s+(?P<q_year>{YEAR})|\s+(?P<q_rel>{own_year}))?)
        | (?P<quarter_code>(?:Q(?P<qc_n>[1-4])|(?P<qc_n2>[1-4])Q)\s*(?P<qc_year>{YEAR}))
        | (?P<fiscal>(?:fiscal(?:\s+year)?|FY)\s*(?P<f_first>{YEAR})(?:\s*[{DASHES}/]\s*(?P<f_last>\d{{2}}(?!\d)|{YEAR}))?)
        | (?P<year_range>(?P<yr_first>{YEAR})\s*[{DASHES}]\s*(?P<yr_last>{YEAR}))
        | (?P<fiscal_bare>(?P<fb_first>{YEAR})[{DASHES}/](?P<fb_last>\d{{2}})(?!\d))
        | (?P<day>(?P<d_month>{month})\s+(?P<d_day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<d_year>{YEAR})
            | (?P<d_day2>\d{{1,2}})\s+(?P<d_month2>{month})\s+(?P<d_year2>{YEAR}))
        | (?P<month_year>(?P<my_month>{month})\s+(?:of\s+)?(?P<my_year>{YEAR}))
        | (?P<month_alone>(?:(?:in|for|during|by|as\s+of)\s+(?:the\s+end\s+of\s+)?|at\s+(?:the\s+end\s+of\s+|end-)|end-)(?P<ma_month>{full_month})(?![{DASHES}\w])(?!\s+(?:of\s+)?\d|,\s*{YEAR})
            | (?<=\()(?P<ma_bracketed>{full_month})(?=\)))
        | (?P<same_period>the\s+same\s+(?:period|time|months?|half|quarter)(?:\s+(?:of|in)\s+(?P<sp_year>{YEAR})|\s+(?:(?:of|in)\s+)?(?P<sp_relative>{relative}))?)
        | (?P<the_part>(?<![\w-])(?:in|during|for|over)\s+the\s+(?:(?P<tp_unit>quarter|half|month)(?![\w-])|(?P<ep_ord>{ordinal}){_ELIDED_END}))
        | (?P<years_ago>(?P<ya_count>{count})\s+years?\s+(?P<ya_word>ago|earlier|before|later))
        | (?P<relative>{relative})
        | (?P<vague>{vague})
        | (?P<yoy>{yoy})
        | (?P<year>(?<![\d/.-]){YEAR}(?![/.]\d|-\d))
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def _present_tense() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(_words().present_tense)})(?!\w)", re.IGNORECASE)


def in_present_tense(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a verb in the present tense ("accounts for", "is"): a
    clause that states how things are, not when."""
    return _present_tense().search(text, start, end) is not None


def _anchor_words() -> list[str]:
    """Words every period expression without a year contains; the full grammar runs only around
    them and around four-digit numbers."""
    keywords = [
        *_words().months, "half", "quarter", "quarters", "month", "months", "year", "years", "period", "time",
        "recent", "recently", "lately", "late", "annually", "annual", "fiscal", "FY", "y/y", "yoy", "YoY", "y-o-y",
    ]  # fmt: skip
    codes = [f"{letter}{n}" for letter in "HQ" for n in "1234"] + [f"{n}{letter}" for letter in "HQ" for n in "1234"]
    return [form for word in keywords for form in (word, word.capitalize(), word.upper())] + codes


_ANCHOR_WORDS = PhraseFinder(_anchor_words)
_ELIDED_ORDINALS = PhraseFinder(lambda: [form for word in _words().ordinals for form in (word, word.capitalize())])
_NOT_ELIDED = re.compile(rf"(?!{_ELIDED_END})")
# A four-digit number, or "FY" starting a word ("FY2024"): matched where a number may start and
# where "FY" stands, the only places it can match.
_ANCHOR_NUMBER = re.compile(r"[\dF](?:(?<=\d)(?<![\w.,]\d)\d\d\d(?!\d)|(?<=F)(?<!\wF)Y)")


def _anchors(text: str, windows: list[tuple[int, int]], index: TextIndex) -> list[int]:
    """Where the period words and numbers in the windows begin, in order."""
    words = {word_start for word_start, _ in within(_ANCHOR_WORDS.find(text), windows)}
    words.update(word_start for word_start, _ in within(_ELIDED_ORDINALS.find(text, not_before=_NOT_ELIDED), windows))
    candidates = index.number_starts
    if "FY" in text:
        candidates = sorted(candidates + positions_of(text, "FY"))
    match_number = _ANCHOR_NUMBER.match
    numbers = {
        candidate
        for start, end in windows
        for candidate in candidates[bisect_left(candidates, start) : bisect_left(candidates, end)]
        if match_number(text, candidate, end)
    }
    return sorted(words | numbers)


_ANCHOR_REACH = 45  # the longest run of words before a period's keyword: "the first five months of"


@cache
def comparison_before() -> re.Pattern[str]:
    """A base marker written right before what it marks: a period, or a figure set against
    another ("compared with 4.9%", "up from $4.1 billion", "following a 100 basis point cut",
    "after growth of 9.4%")."""
    words = _words()
    markers, before_figure = alternation(words.base_markers), alternation(words.base_before_figure)
    changes = alternation(words.base_before_figure_changes)
    return re.compile(
        rf"(?<![\w])(?:{markers}|(?:{before_figure})(?:\s+(?:an?|the))?(?:\s+(?:{changes})\s+of)?)\s+$", re.IGNORECASE
    )


@cache
def _base_marker() -> re.Pattern[str]:
    markers = alternation(_words().base_markers)
    return re.compile(rf"(?<![\w])(?P<marker>{markers})\s+(?:(?:in|of|the|that\s+of|levels?\s+of)\s+)*$", re.IGNORECASE)


# "On" or "over" right before a period, then what it comes after: searched for in that order,
# since they are rare before a period and the second pattern tries every position of its window.
@cache
def _marker_after_change() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(_words().base_after_change)})\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _change_then_marker() -> re.Pattern[str]:
    words = _words()
    return re.compile(
        rf"(?:%|(?<![\w])(?:{alternation(words.change_words)}))\s+(?P<marker>{alternation(words.base_after_change)})\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


# The second "as" of a comparison written apart from its first: "twice as many visitors came in
# 2025 as in 2023". Its first ("as many", "as high") is looked for only after the second is found.
_SECOND_AS = re.compile(r"(?<![\w])as\s+(?:(?:in|during)\s+)?(?:the\s+)?$", re.IGNORECASE)
_SECOND_AS_REACH = 16
# A year written before "level": "a third of the 2023 level" (the base "the level of 2023").
_YEAR_BEFORE_LEVEL = re.compile(r"(?:1[89]|20)\d\d\s+levels?\b", re.IGNORECASE)
_COMPARISON_REACH = 150  # characters from the first "as" to the second


@cache
def _comparison_opened() -> re.Pattern[str]:
    """An "as many", "as high" with no second "as" after it in its sentence."""
    words = alternation(lexicon().compared_multiple_after["as"])
    return re.compile(rf"(?<![\w])as\s+(?:{words})(?![\w])(?:(?!\bas\b)[^.;!?\n])*$", re.IGNORECASE)


def _base_marker_before(text: str, start: int) -> str | None:
    """The base marker written right before ``start`` ("than", "compared with"; "on" or "over"
    right after a change: "a 55% increase on 2023"; the second "as" of "as many … as"),
    lower-cased, if there is one."""
    marker = _base_marker().search(text, max(0, start - 30), start)
    if marker:
        return marker.group("marker").lower()
    if _marker_after_change().search(text, max(0, start - 10), start):
        marker = _change_then_marker().search(text, max(0, start - 30), start)
        if marker:
            return marker.group("marker").lower()
    if text[max(0, start - 4) : start].lower() == "the " and _YEAR_BEFORE_LEVEL.match(text, start):
        return "the level of"  # "about a third of the 2023 level"
    if "as" in text[max(0, start - _SECOND_AS_REACH) : start]:
        second = _SECOND_AS.search(text, max(0, start - _SECOND_AS_REACH), start)
        if second and _comparison_opened().search(text, max(0, second.start() - _COMPARISON_REACH), second.start()):
            return "as"
    return None


# A year from 1800 to 2099 standing alone.
_PLAIN_YEAR = re.compile(r"[12](?<![\w/.-][12])\d\d\d(?<=(?:1[89]|20)\d\d)(?![\d/-]|\.\d)")


def _plain_years(text: str, index: TextIndex, before: int) -> list[int]:
    """Where the plain years before ``before`` start, as ``_PLAIN_YEAR.finditer`` up to a year's
    length past it finds them. It matches only where a run of ASCII digits starts with "18",
    "19" or "20", so it is tried only at the runs of two digits or more that start before it."""
    starts, ends = index.digit_runs[:, 0], index.digit_runs[:, 1]
    match_year = _PLAIN_YEAR.match
    return [
        start for start in starts[(starts < before) & (ends - starts >= 2)].tolist()
        if text[start] in "12" and match_year(text, start, before + 5)
    ]  # fmt: skip


def find_period_mentions(
    text: str, published: dt.date | None, windows: list[tuple[int, int]] | None = None, index: TextIndex | None = None
) -> list[PeriodMention]:
    """Every period named in ``text`` (or in the given ``(start, end)`` windows), in order.

    Missing years ("the first half") are taken from the nearest year named before them in the
    text that is no comparison base, then from the publication year. The full grammar runs only inside the windows (the
    sentences that hold figures); a fast scan of plain years supplies the years named elsewhere.
    """
    windows = windows if windows is not None else [(0, len(text))]
    # Only a year before a window's start is ever asked for: the scan stops a year's length
    # past the last window's start, so that what follows a year is still seen.
    last_start = windows[-1][0] if windows else 0
    index = index or TextIndex(text)
    years = _plain_years(text, index, last_start)
    going_on = _YearsGoingOn(text, years)
    anchors = _anchors(text, windows, index)
    mentions: list[PeriodMention] = []
    went_on: PeriodMention | None = None  # the last mention of the windows before that the text went on with
    for window_start, window_end in windows:
        inside = anchors[bisect_left(anchors, window_start) : bisect_left(anchors, window_end)]
        # Of that and the last plain year the text goes on with, the later: after "In March alone
        # …, up 2% from March 2024", "a year earlier" counts back from March 2025.
        year = going_on.before(window_start)
        if year is not None and (went_on is None or went_on.end <= year[0]):
            went_on = PeriodMention(year[0], year[0] + 4, year[1])
        found, went_on = _mentions_in(text, window_start, window_end, inside, published, went_on)
        mentions += found
    return mentions


@dataclass
class _YearsGoingOn:
    """The plain years of a text (their starts, in order), each looked at once to tell whether
    the text compares with it or goes on with it."""

    text: str
    years: list[int]
    compared: dict[int, bool] = field(default_factory=dict)

    def before(self, start: int) -> tuple[int, Period] | None:
        """The last year before ``start`` that the text goes on with, and where it is written."""
        for index in range(bisect_left(self.years, start) - 1, -1, -1):
            year = self.years[index]
            if year not in self.compared:
                self.compared[year] = _compared_with(self.text, year)
            if not self.compared[year]:
                return year, year_period(int(self.text[year : year + 4]))
        return None


# What stands before the year of a figure set against another ("from 8.3% in", "compared with
# 30.1% in the first quarter of"): the figure and its period words, found first (the pattern
# begins with a figure's first character, to which the engine skips), then a base marker before
# the figure (``comparison_before``). "The same period of 2024" (the grammar's same_period form) is
# always a base.
_FIGURE_THEN_PERIOD = re.compile(r"[$€£\d][^\s,;]*\s+(?:[^\W\d]+\s+)?(?:in\s+(?:the\s+)?)?(?:(?:[\w-]+\s+){1,2}of\s+)?$", re.IGNORECASE)
_SAME_PERIOD_OF = re.compile(r"same\s+(?:period|time|months?|half|quarter)\s+(?:of|in)\s+$", re.IGNORECASE)
_COMPARED_REACH = 60  # characters before a year: "compared with 30.1% in the first quarter of 2024"


# Between the year of one item of a list of figures and the next figure: "after 8.3% in 2023 and 12.6% in 2022".
_LIST_ITEM_BEFORE = re.compile(r"(?<![\d/.-])(?:1[89]|20)\d\d(?:,\s*(?:and\s+)?|\s+and\s+)$")
_LIST_ITEMS_BACK = 3


def _compared_year(text: str, start: int) -> bool:
    """Whether the year at ``start`` is that of a figure set against another ("after 8.3% in
    2023", and of the items of its list: "and 12.6% in 2022"), or of "the same period"."""
    window = max(0, start - _COMPARED_REACH)
    if _SAME_PERIOD_OF.search(text, window, start):
        return True
    for _ in range(_LIST_ITEMS_BACK):
        figure = _FIGURE_THEN_PERIOD.search(text, window, start)
        if figure is None:
            return False
        if comparison_before().search(text, max(0, figure.start() - 30), figure.start()):
            return True
        item = _LIST_ITEM_BEFORE.search(text, max(0, figure.start() - 10), figure.start())
        if item is None:
            return False
        start = item.start()
        window = max(0, start - _COMPARED_REACH)
    return False


def _compared_with(text: str, start: int) -> bool:
    """Whether the year at ``start`` is one the text compares with — a base ("17% less than in
    2023", "up 7% from the same period of 2024") or where a change started ("slowed from 8.3% in
    2023") — and not one it goes on with: "in December" and "a year earlier" after either count
    from the period the text is about."""
    if _base_marker_before(text, start) or _compared_year(text, start) or _recalled(text, start):
        return True
    # The words of a period before its year: "from March 2024", "than in the first quarter of 2024".
    return any(_base_marker_before(text, words) or _recalled(text, words) for words in _period_words_before(text, start))


# A period recalled for comparison after "a year earlier": "A year earlier, in the first half of
# 2024, exports had totalled $2.85 billion" — the figure's own period, but not one the text goes on with.
_YEARS_BACK = r"(?P<count>a|one|two|three)\s+years?\s+(?:earlier|before|ago)"
_RECALLED = re.compile(rf"(?<![\w]){_YEARS_BACK},?\s+(?:(?:in|during|for)\s+)?$", re.IGNORECASE)
_RECALLED_REACH = 30


def _recalled(text: str, start: int) -> bool:
    """Whether "a year earlier" stands right before ``start`` (its last words looked for first:
    the pattern would be tried at every position before every period)."""
    before = text[max(0, start - _RECALLED_REACH) : start]
    return ("earlier" in before or "before" in before or "ago" in before) and _RECALLED.search(before) is not None


_PERIOD_WORDS_BACK = 4  # words before "of" and a year: "the first three quarters of 2024"
_MONTH_RANGE_DASH = re.compile(f"[{DASHES}]")


def _period_words_before(text: str, start: int) -> list[int]:
    """Where the words of a period written before the year at ``start`` may begin: the month
    right before it ("March 2024"), or each of the few words before an "of" right before it
    ("the first quarter of 2024"). Read word by word, since a pattern searched back from every
    year would be tried at every position before it."""
    end = start - 1
    if end < 1 or text[end] != " ":
        return []
    word_start = text.rfind(" ", 0, end) + 1
    word = text[word_start:end].rstrip(".").lower()
    months = _words().months
    if word in months or all(month in months for month in _MONTH_RANGE_DASH.split(word)):
        return [word_start]  # "March 2024", "January–October 2024"
    if word != "of":
        return []
    starts = []
    for _ in range(_PERIOD_WORDS_BACK):
        if word_start < 2:
            break
        word_start = text.rfind(" ", 0, word_start - 1) + 1
        starts.append(word_start)
    return starts


_OWN_PERIOD_REACH = 120  # characters between a figure's own period and "over" the base after it


def _over_a_base(mention: PeriodMention, before: list[PeriodMention], start: int) -> bool:
    """Whether "over" right before ``mention`` (after a change) marks a base: "up 7% over 2023"
    after "$13.1 billion in 2024", "over the same period". "Averaged 8.1% over 2021-2024", "grew
    30% over 2021-2024", "rose 7% over the first eight months" — a span, or with no period of its
    own before it — the figure is during it."""
    if mention.same_period or mention.relative:
        return True
    if mention.period is not None and mention.period.granularity in SPANS:
        return False
    return bool(before) and dates_as_written(before[-1]) and before[-1].end >= start - _OWN_PERIOD_REACH


def _mentions_in(
    text: str, start: int, end: int, anchors: list[int], published: dt.date | None, went_on: PeriodMention | None
) -> tuple[list[PeriodMention], PeriodMention | None]:
    """The mentions in [start, end), and the last the text goes on with (``went_on`` if none is):
    missing years and counts back ("a year earlier") are taken from it."""
    context = went_on.period if went_on is not None else None
    context_end = went_on.end if went_on is not None else 0
    mentions: list[PeriodMention] = []
    for match in _matches_around_anchors(text, start, end, anchors):
        if match.lastgroup == "the_part" and match.group("ep_ord"):  # "and 420,000 in the first"
            mention = _elided_part(match, mentions)
        else:
            mention = _resolve(match, published, context)
        if mention is None:
            continue
        if _not_yet_begun(text, mention, published, context_end):
            # After "For 2025, the IMF projects 6% growth.", "In the fourth quarter alone, GDP grew
            # 10.8%" in February 2025 is the fourth quarter that had happened, 2024's.
            mention = mention._replace(period=shift_years(mention.period, -1))
        mention = _trailing(text, mention)
        mention = _counted_back_by_opening(text, mention)
        word = _base_marker_before(text, mention.start)
        if word == "over" and not _over_a_base(mention, mentions, mention.start):
            word = None
        if word:
            mention = PeriodMention(
                mention.start, mention.end, mention.period, True, mention.same_period, mention.relative,
                word == "since", mention.flags,
            )
        if _goes_on_with(text, mention):
            context, context_end, went_on = mention.period, mention.end, mention
        mentions.append(mention)
    return mentions, went_on


@cache
def _trailing_before() -> re.Pattern[str]:
    """What makes a period the end of a window of months before it: "the four quarters to the end
    of", "the 12 months to", "the year to"."""
    count = alternation(_words().counts)
    return re.compile(
        rf"(?<![\w-])(?:the\s+)?(?:(?:past|last|latest|preceding)\s+)?(?:(?P<count>{count}|\d{{1,2}})\s+(?P<unit>months|quarters)|year)"
        rf"\s+(?:to|ending(?:\s+(?:with|in))?|ended|through|until|up\s+to)\s+(?:(?:the\s+)?end(?:\s+of)?(?:\s+|-))?$",
        re.IGNORECASE,
    )


_TRAILING_REACH = 60  # characters: "the preceding twelve months up to the end of "
_WINDOW_ENDS = frozenset({"month", "quarter", "half", "year"})


def _trailing(text: str, mention: PeriodMention) -> PeriodMention:
    """A period that ends a window of months written before it is that window: "the four quarters
    to the end of the second quarter of 2025" are July 2024 to June 2025, not the second quarter."""
    if mention.period is None or mention.period.granularity not in _WINDOW_ENDS:
        return mention
    reach = max(0, mention.start - _TRAILING_REACH)
    before = text[reach : mention.start]
    if "months" not in before and "quarters" not in before and "year" not in before:
        return mention  # (most periods follow none of the words, looked for first)
    window = _trailing_before().search(text, reach, mention.start)
    if window is None:
        return mention
    count = window.group("count")
    months = 12 if count is None else int(count) if count.isdigit() else _words().counts[count.lower()]
    if window.group("unit") and window.group("unit").lower() == "quarters":
        months *= 3
    return mention._replace(start=window.start(), period=trailing_months(mention.period.end, months))


# A sentence that opens counting back from the period the text is on: "A year earlier,
# remittances had totalled $1.5 billion in January-June".
# (to the period, the sentence goes on with no full stop but a decimal point's)
_RECALL_OPENING = re.compile(rf"(?:^|(?<=[.!?\n])\s*){_YEARS_BACK},(?:[^.!?\n]|\.(?=\d))*$", re.IGNORECASE)
_RECALL_OPENING_REACH = 150


def _counted_back_by_opening(text: str, mention: PeriodMention) -> PeriodMention:
    """A period whose year the text leaves out, in a sentence that opens "A year earlier," (or
    "Two years before,"), is of that many years before the year the text is on: "in January-June"
    there is 2024's half where the text is on 2025 (flag ``year_counted_back``)."""
    if "year_from_context" not in mention.flags or mention.period is None:
        return mention
    reach = max(0, mention.start - _RECALL_OPENING_REACH)
    before = text[reach : mention.start]
    if "earlier" not in before and "before" not in before and "ago" not in before:
        return mention  # (most periods follow none of the words, looked for first)
    opening = _RECALL_OPENING.search(text, reach, mention.start)
    if opening is None:
        return mention
    count = opening.group("count").lower()
    back = 1 if count in ("a", "one") else _words().counts[count]
    return mention._replace(period=shift_years(mention.period, -back), flags=(*mention.flags, "year_counted_back"))


def _elided_part(match: re.Match[str], before: list[PeriodMention]) -> PeriodMention | None:
    """The part of a year an ordinal alone names ("and 420,000 in the first"): of the half or
    quarter named last before it in the window, with that one's year; no period without one."""
    named = before[-1].period if before else None
    if named is None or named.granularity not in ("half", "quarter"):
        return None
    number = _words().ordinals[match.group("ep_ord").lower()]
    part = half_period if named.granularity == "half" else quarter_period
    if number > (2 if named.granularity == "half" else 4):
        return None
    return PeriodMention(match.start(), match.end(), part(named.start.year, number), flags=("period_from_context",))


def _not_yet_begun(text: str, mention: PeriodMention, published: dt.date | None, context_end: int) -> bool:
    """Whether a half or quarter whose year was taken from another sentence (ending at
    ``context_end``) would begin after publication — a year named in the same sentence is meant
    as written ("In 2025 the second half will be slower")."""
    return (
        "year_from_context" in mention.flags
        and published is not None
        and mention.period is not None
        and mention.period.granularity in ("half", "quarter")
        and mention.period.start > published
        and grammar().sentence_break.search(text, context_end, mention.start) is not None
    )


_ALONE_AFTER = re.compile(r"\s+alone(?![\w-])", re.IGNORECASE)


def _goes_on_with(text: str, mention: PeriodMention) -> bool:
    """Whether the text goes on with a mention's period: one that dates figures as written, is
    not that of a figure set against another, nor an aside ("In March alone, …")."""
    return (
        dates_as_written(mention)
        and "year_counted_back" not in mention.flags
        and not _compared_year(text, mention.start)
        and not _ALONE_AFTER.match(text, mention.end)
        and not _recalled(text, mention.start)
    )


def dates_as_written(mention: PeriodMention) -> bool:
    """Whether a mention dates figures as written: not a base, a count back from the period
    named before it ("a year earlier"), or a day. A year counted from publication ("last year")
    dates them as its year would."""
    counted_back = mention.relative and "year_from_publication" not in mention.flags
    return mention.period is not None and not (mention.base or counted_back) and mention.period.granularity != "day"


_SPACE = re.compile(r"\s+")
# What a period expression can follow: white space, or an opening quote or bracket ('"Last year our
# trade grew', "(2023: 7.8%)").
_BEFORE_WORD = re.compile(r"[\s\"“‘«(\[]+")


_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the period grammar is written with, lower-cased: its fixed words, whole in its
    source, and its lexicons' phrases, which the source holds cut up in tries. It matches no other
    word: its only "\\w" stand in look-arounds (tests/extract/context/test_periods.py holds the
    plain search it must agree with)."""
    words = _words()
    phrases = [*words.months, *words.ordinals, *words.counts, *words.relative, *words.vague, *words.year_on_year]
    return frozenset(word.lower() for phrase in [*phrases, _pattern().pattern] for word in _LETTERS.findall(phrase))


def _matches_around_anchors(text: str, start: int, end: int, anchors: list[int]) -> list[re.Match[str]]:
    """The grammar's matches in [start, end), tried only at the word starts shortly before each
    anchor (a period word or number in the window): one alternation of every period form tried
    at every position is the slow part."""
    pattern, vocabulary = _pattern(), _vocabulary()
    matches: list[re.Match[str]] = []
    covered = start
    for anchor in anchors:
        if anchor < covered:
            continue
        window_start = max(covered, anchor - _ANCHOR_REACH)
        # A match that reaches the anchor holds only the grammar's words before it: it starts no
        # earlier than the run of such words that ends at the anchor.
        for word in reversed(list(_LETTERS.finditer(text, window_start, anchor))):
            if word.group().lower() not in vocabulary:
                window_start = word.end()
                break
        candidates = [window_start, *(space.end() for space in _BEFORE_WORD.finditer(text, window_start, anchor))]
        for candidate in candidates:
            match = pattern.match(text, candidate, end)
            if match and match.end() > anchor:
                matches.append(match)
                covered = match.end()
                break
    return matches


def _resolve(match: re.Match[str], published: dt.date | None, context: Period | None) -> PeriodMention | None:
    """The mention a match names. ``context`` is the period the text named last, which "a year
    earlier" counts back from and a missing year is taken from."""
    words = _words()
    kind = match.lastgroup
    start, end = match.span()
    group = match.group

    def year_or_context(value: str | None, relative: str | None = None) -> tuple[int | None, tuple[str, ...]]:
        if value:
            return int(value), ()
        if relative:  # "this year", "last year": counted from publication
            if published is None:
                return None, ("relative_unresolved",)
            return published.year - words.relative[_SPACE.sub(" ", relative.lower())], ("year_from_publication",)
        if context is not None:
            return context.end.year, ("year_from_context",)
        if published is not None:
            return published.year, ("year_from_publication",)
        return None, ("year_unknown",)

    def month_number(value: str) -> int:
        return words.months[value.lower().rstrip(".")]

    if kind == "month_range":
        year, flags = year_or_context(group("mr_year"))
        first, last = month_number(group("mr_first")), month_number(group("mr_last"))
        if year is None or last < first:
            return PeriodMention(start, end, None, flags=flags or ("unresolved",))
        return PeriodMention(start, end, months_period(year, first, last), flags=flags)
    if kind == "first_months":
        year, flags = year_or_context(group("fm_year"), group("fm_rel"))
        count = group("fm_count").lower()
        months = (int(count) if count.isdigit() else words.counts[count]) * (3 if group("fm_unit").lower() == "quarters" else 1)
        if year is None or not 1 <= months <= 12:
            return PeriodMention(start, end, None, flags=flags or ("unresolved",))
        return PeriodMention(start, end, months_period(year, 1, months), flags=flags)
    if kind == "half":
        number = words.ordinals[group("h_ord").lower()]
        year, flags = year_or_context(group("h_year"), group("h_rel"))
        if number > 2 or year is None:
            return None if number > 2 else PeriodMention(start, end, None, flags=flags)
        return PeriodMention(start, end, half_period(year, number), flags=flags)
    if kind == "months_code":  # "9M 2025": the first nine months, as financial reports write them
        return PeriodMention(start, end, months_period(int(group("mc_year")), 1, int(group("mc_count"))))
    if kind == "half_code":
        return PeriodMention(start, end, half_period(int(group("hc_year")), int(group("hc_n") or group("hc_n2"))))
    if kind == "quarter":
        year, flags = year_or_context(group("q_year"), group("q_rel"))
        if year is None:
            return PeriodMention(start, end, None, flags=flags)
        return PeriodMention(start, end, quarter_period(year, words.ordinals[group("q_ord").lower()]), flags=flags)
    if kind == "quarter_code":
        return PeriodMention(start, end, quarter_period(int(group("qc_year")), int(group("qc_n") or group("qc_n2"))))
    if kind in ("fiscal", "fiscal_bare"):
        first = int(group("f_first") or group("fb_first"))
        last_text = group("f_last") or group("fb_last")
        if last_text is None:
            return PeriodMention(start, end, fiscal_period(first - 1, first), flags=("fiscal_year_months_unknown",))
        last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
        if last != first + 1:
            return None
        return PeriodMention(start, end, fiscal_period(first, last), flags=("fiscal_year_months_unknown",))
    if kind == "year_range":
        first, last = int(group("yr_first")), int(group("yr_last"))
        if last <= first:
            return None
        return PeriodMention(start, end, years_period(first, last))
    if kind == "day":
        month = month_number(group("d_month") or group("d_month2"))
        day = int(group("d_day") or group("d_day2"))
        try:
            date = dt.date(int(group("d_year") or group("d_year2")), month, day)
        except ValueError:
            return None
        return PeriodMention(start, end, day_period(date))
    if kind == "month_alone":
        # "Inflation was 3.2% in October": the latest October not after the article; without a
        # date, the year named before it.
        month = month_number(group("ma_month") or group("ma_bracketed"))  # "in October", "Annual inflation (December):"
        if published is not None:
            year = published.year if month <= published.month else published.year - 1
            return PeriodMention(start, end, month_period(year, month), flags=("year_from_publication",))
        if context is not None:
            return PeriodMention(start, end, month_period(context.end.year, month), flags=("year_from_context",))
        return PeriodMention(start, end, None, flags=("year_unknown",))
    if kind == "month_year":
        return PeriodMention(start, end, month_period(int(group("my_year")), month_number(group("my_month"))))
    if kind == "same_period":
        if group("sp_year"):
            # Resolved against the claim's own period when assigned; the year is kept here.
            return PeriodMention(start, end, year_period(int(group("sp_year"))), same_period=True)
        back = words.relative[group("sp_relative").lower()] if group("sp_relative") else 1
        return PeriodMention(start, end, None, same_period=True, relative=True, flags=(f"years_back={back}",))
    if kind == "the_part":
        # "Visitors from Russia spent $452 million in the quarter": the quarter the text is on,
        # if it named one last; else which it is cannot be told.
        if context is not None and context.granularity == group("tp_unit").lower():
            return PeriodMention(start, end, context, flags=("period_from_context",))
        return PeriodMention(start, end, None, flags=("relative_unresolved",))
    if kind == "years_ago":
        count = group("ya_count").lower()
        back = int(count) if count.isdigit() else words.counts[count]
        if group("ya_word").lower() == "later":  # "two years later": forward from the year last named
            back = -back
        if group("ya_word").lower() == "ago":
            return _relative_year(start, end, back, published)
        return _counted_from_context(start, end, back, published, context, same_part=True)
    if kind == "relative":
        phrase = group("relative").lower()
        if phrase not in words.relative_to_context:
            return _relative_year(start, end, words.relative[phrase], published)
        return _counted_from_context(
            start, end, words.relative[phrase], published, context, phrase in words.same_part, phrase in words.whole_year
        )
    if kind == "vague":
        return PeriodMention(start, end, None, flags=("vague_period",))
    if kind == "yoy":
        return PeriodMention(start, end, None, base=True, same_period=True, relative=True, flags=("years_back=1",))
    return PeriodMention(start, end, year_period(int(group("year"))))


_PART_OF_A_YEAR = frozenset({"half", "quarter", "month", "months"})


def _counted_from_context(
    start: int,
    end: int,
    back: int,
    published: dt.date | None,
    context: Period | None,
    same_part: bool,
    whole_year: bool = False,
) -> PeriodMention:
    """A period counted back from the one the text named last ("a year earlier", "the previous
    year"), else from publication. After a part of a year, "a year earlier" is the same part
    (Q1 2025 → Q1 2024), but "the previous year" could be that part or the whole year: it is
    left unresolved and flagged rather than guessed."""
    flags = (f"years_back={back}",)
    if context is None:
        return _relative_year(start, end, back, published)
    if context.granularity not in _PART_OF_A_YEAR or whole_year:
        return PeriodMention(start, end, year_period(context.end.year - back), relative=True, flags=flags)
    if same_part:
        return PeriodMention(start, end, shift_years(context, -back), relative=True, flags=flags)
    return PeriodMention(start, end, None, relative=True, flags=(*flags, "ambiguous_period"))


def _relative_year(start: int, end: int, back: int, published: dt.date | None) -> PeriodMention:
    """A year counted back from publication ("last year", "two years ago")."""
    flags = (f"years_back={back}",)
    if published is None:
        return PeriodMention(start, end, None, relative=True, flags=(*flags, "relative_unresolved"))
    return PeriodMention(start, end, year_period(published.year - back), relative=True, flags=(*flags, "year_from_publication"))


def years_back(mention: PeriodMention) -> int | None:
    """How many years before its reference a relative mention points (1 for "the previous year")."""
    for flag in mention.flags:
        if flag.startswith("years_back="):
            return int(flag.split("=", 1)[1])
    return None


def same_period_of(mention: PeriodMention, own: Period) -> Period | None:
    """Resolve "the same period of 2024" against the claim's own period (2025-H1 → 2024-H1)."""
    if mention.period is not None:
        return same_part_of_year(own, mention.period.start.year)
    back = years_back(mention)
    return same_part_of_year(own, own.start.year - back) if back is not None else None
