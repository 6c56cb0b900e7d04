"""Who says a figure and whose figure it is: quotations, speakers and statistics sources.

Quotations may use “ ” « » ‘ ’ or straight quotes, may run over several paragraphs (the closing
mark comes paragraphs later), and Russian-style speech opens a paragraph with a dash. A quotation
with no attribution in its paragraph belongs to the last speaker named before it; "he said" and
"the Russian diplomat noted" refer back to that speaker too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from figures.extract.phrases import PhraseFinder, within
from figures.extract.text_index import positions_of
from figures.lexicon import load_lexicon

# Who speaks: a run of capitalised words, "the ministry", "a senior official", or a pronoun.
# The name run is possessive (++, *+): what follows a name in every pattern that uses it cannot
# continue a word or the run, so giving characters back never finds another match, and trying
# to was most of the cost of looking for a speaker before each speech verb.
# A name may join its capitalised words with "of" or "for": "the National Bank of Georgia said" is
# said by the bank, not by Georgia.
_NAME_REST = r"[\w’'.-]++(?:(?:[ \t]+(?:of|for)(?:[ \t]+the)?)?[ \t]+[A-Z][\w’'.-]++)*+"  # after its first capital
_NAME = rf"(?:[A-Z]{_NAME_REST})"
_DESCRIPTOR_REST = (
    r"\s+(?:[\w’'-]+\s+){0,6}?(?:ministry|Ministry|official|diplomat|minister|spokesperson|spokesman|spokeswoman"
    r"|office|government|parliament|president|prime\s+minister|agency|service)"
)
_SPEAKER = rf"(?P<name>{_NAME}|\b(?:[Tt]he|[Aa]){_DESCRIPTOR_REST}|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b)"
# The same, for a search: its first letter taken before the branch, so that the engine skips to
# the letters a speaker can begin with; "\b" before that letter is then "not two word characters
# back". tests/extract/context/test_attribution.py holds it to the plain form above.
_SPEAKER_SKIPPING = (
    rf"(?P<name>[A-Zahist](?:(?<=[A-Z]){_NAME_REST}|(?<!\w\w)(?:(?<=[Tt])he|(?<=[Aa])){_DESCRIPTOR_REST}"
    r"|(?<!\w\w)(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey|(?<=[Ii])t)\b))"
)
_AFTER_SPEAKER = r"(?:,[^,\n]{1,80},)?\s+\Z"  # before the speech verb: "Kalugin, the ambassador, said"
_SPEAKER_CHARACTERS = re.compile(r"[\w’'.\-\s]*")
_APPOSITIVE_BACKWARDS = re.compile(r"[^,\n]{1,80},")  # _AFTER_SPEAKER's "(?:,[^,\n]{1,80},)", read from its end
_DASH_OPENING = re.compile(r"[ \t]*[—–][ \t]+")
_DASH_AFTER_BREAK = re.compile(r"\n[ \t]*[—–][ \t]+")
_STRAIGHT_QUOTE = re.compile('"')
_NOT_WHITESPACE = re.compile(r"\S")
_LONG_SINGLE_QUOTE_WORDS = 8


class Quotation(NamedTuple):
    start: int
    end: int
    speaker: str | None


class SourceMention(NamedTuple):
    """A statistics body named in the text, by its canonical name (Geostat, GNTA …)."""

    start: int
    end: int
    source: str


class Attribution(NamedTuple):
    """"Kalugin said", "said Mikhail Kalugin", "the ministry noted": who, and where it is written."""

    start: int
    end: int
    speaker: str


@dataclass(frozen=True)
class _Patterns:
    verbs: tuple[str, ...]
    speaker_before: re.Pattern[str]
    speaker_after: re.Pattern[str]
    source_names: dict[str, str]
    source_country: dict[str, str]
    pronouns: frozenset[str]


@cache
def _patterns() -> _Patterns:
    data = load_lexicon("attribution")
    verbs = [v for v in data["speech"]["verbs"] if v != "according to"]
    source_names = {name: source for source, spec in data["sources"].items() for name in spec["names"]}
    # Case variants and both apostrophes as phrases of their own: the finder is case-sensitive.
    variants = {
        form.replace("'", apostrophe): name
        for name in source_names
        for form in (name, name.lower(), name[:1].upper() + name[1:])
        for apostrophe in ("'", "’")
    }
    return _Patterns(
        verbs=tuple(verbs),
        speaker_before=re.compile(_SPEAKER_SKIPPING + _AFTER_SPEAKER),
        speaker_after=re.compile(rf"\s+{_SPEAKER}"),
        source_names={form: source_names[name] for form, name in variants.items()},
        source_country={source: spec.get("country", "") for source, spec in data["sources"].items()},
        pronouns=frozenset(p.lower() for p in data["speech"]["pronouns"]),
    )


# Speech verbs are rare in text, so the scan anchors on them and looks around each one.
_VERBS = PhraseFinder(lambda: _patterns().verbs)
_SOURCES = PhraseFinder(lambda: _patterns().source_names)


def find_attributions(text: str, windows: Iterable[tuple[int, int]] | None = None) -> list[Attribution]:
    """Every "X said" / "said X" in ``text``, in order — or those whose speech verb lies in one of
    the given ``(start, end)`` windows (in order, apart)."""
    patterns = _patterns()
    attributions = []
    for verb_start, verb_end in within(_VERBS.find(text), windows):
        window_start = speaker_search_start(text, max(0, verb_start - 160, text.rfind("\n", 0, verb_start) + 1), verb_start)
        before = patterns.speaker_before.search(text[window_start:verb_start])
        if before:
            attributions.append(Attribution(window_start + before.start(), verb_end, _clean(before.group("name"))))
            continue
        after = patterns.speaker_after.match(text, verb_end)
        if after:
            attributions.append(Attribution(verb_start, after.end(), _clean(after.group("name"))))
    return attributions


def speaker_search_start(text: str, window_start: int, verb_start: int) -> int:
    """Where a search for the speaker before a speech verb may start: no match of
    ``speaker_before`` in ``text[window_start:verb_start]`` starts earlier.

    A speaker and the space after it are written with word characters, apostrophes, dots,
    hyphens and white space only, so a match starts within the run of those that ends at the
    verb — or, with an appositive ("Kalugin, the ambassador, said"), within the run that ends
    at its opening comma. A search from 160 characters back tried every place on the way; the
    run is a fifth as long (measured on news articles). A lookbehind at the new start sees a
    character that is no word character, as at the window's start.
    """
    backwards = text[window_start:verb_start][::-1]
    run = _SPEAKER_CHARACTERS.match(backwards).end()
    if backwards[run : run + 1] == ",":
        opening = _APPOSITIVE_BACKWARDS.match(backwards, run + 1)
        if opening:
            run = _SPEAKER_CHARACTERS.match(backwards, opening.end()).end()
    return verb_start - run


def quotation_spans(text: str, holding: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """Where the quotations of ``text`` are, in order: all of them, or those holding one of the
    given positions (the figures of a document: only their quotations need a speaker)."""
    spans = sorted(_quote_spans(text))
    if holding is None:
        return spans
    positions = sorted(holding)
    return [(start, end) for start, end in spans if bisect_right(positions, end - 1) > bisect_left(positions, start)]


def find_quotations(text: str, attributions: list[Attribution], spans: list[tuple[int, int]] | None = None) -> list[Quotation]:
    """The quotations of ``text`` (or at the given spans, from ``quotation_spans``) with their
    speakers (None when nobody is named before them). A speaker may be named anywhere before a
    quotation, so ``attributions`` must be all of the text's."""
    named = [a for a in attributions if _is_name(a.speaker)]
    full_names: dict[str | None, str | None] = {}  # a speaker's full name is looked up in the text once
    quotations: list[Quotation] = []
    for start, end in quotation_spans(text) if spans is None else spans:
        speaker = _attribution(text, start, end, attributions)
        if speaker is None or speaker.lower() in _patterns().pronouns:
            # "he said", "the Russian diplomat noted", or nobody: the last person named before.
            before = [a.speaker for a in named if a.start < start]
            speaker = before[-1] if before else speaker
        if speaker not in full_names:
            full_names[speaker] = _full_name(text, speaker)
        quotations.append(Quotation(start, end, full_names[speaker]))
    return quotations


def _clean(name: str | None) -> str | None:
    return name.rstrip(".,;:’'") if name else name


def _is_name(name: str | None) -> bool:
    return bool(name) and name[0].isupper() and name.split()[0] not in ("The", "A", "It", "He", "She", "They")


def _full_name(text: str, speaker: str | None) -> str | None:
    """"Kalugin" → "Mikhail Kalugin" when the text names him in full somewhere."""
    if speaker is None or " " in speaker or not speaker[:1].isupper():
        return speaker
    match = re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(speaker)}\b", text)
    return match.group() if match and match.group().split()[0] not in ("The", "In", "If", "As") else speaker


_JUST_AFTER_QUOTE = re.compile(r"[,.]?\s*(?:[—–]\s*)?")
_JUST_BEFORE_QUOTE = re.compile(r"[^“\"«\n]{0,80}?[:,]?\s*")


def _attribution(text: str, start: int, end: int, attributions: list[Attribution]) -> str | None:
    """The speaker written right after a quotation (",” Kalugin said") or right before it
    ("Kalugin responded:" — possibly at the end of the paragraph before)."""
    for attribution in attributions:
        if attribution.start >= end:
            gap = _JUST_AFTER_QUOTE.match(text, end)
            return attribution.speaker if gap and gap.end() == attribution.start else None
    paragraph_start = text.rfind("\n", 0, start) + 1
    window_start = text.rfind("\n", 0, max(0, paragraph_start - 1)) + 1 if paragraph_start == start else paragraph_start
    before = [a for a in attributions if window_start <= a.start and a.end <= start]
    if before:
        gap = _JUST_BEFORE_QUOTE.fullmatch(text, before[-1].end, start)
        if gap:
            return before[-1].speaker
    return None


def _quote_spans(text: str) -> list[tuple[int, int]]:
    spans = _paired(text, "“", "”", continue_at_paragraph=True)
    spans += _paired(text, "«", "»", continue_at_paragraph=True)
    spans += _straight(text)
    spans += [s for s in _paired(text, "‘", "’", continue_at_paragraph=False) if _long_enough(text, s)]
    spans += [
        (start, _paragraph_end(text, start))
        for start in _dash_paragraphs(text)
        if not any(quote_start <= start < quote_end for quote_start, quote_end in spans)
    ]
    return spans


def _dash_paragraphs(text: str) -> list[int]:
    """Where the paragraphs that open with a dash ("— We will…") begin: what
    ``(?m)^[ \t]*[—–][ \t]+`` finds, found from line breaks (a line-start pattern is tried at
    every position; one that begins with a line break is skipped to)."""
    first = [0] if _DASH_OPENING.match(text) else []
    return first + [match.start() + 1 for match in _DASH_AFTER_BREAK.finditer(text)]


def _opens_line(text: str, position: int) -> bool:
    """Whether only white space stands between the line's start and ``position`` (searched
    forward, the search stops at the line's first letter: no copy of the line)."""
    return _NOT_WHITESPACE.search(text, text.rfind("\n", 0, position) + 1, position) is None


def _paragraph_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end


def _paired(text: str, opening: str, closing: str, continue_at_paragraph: bool) -> list[tuple[int, int]]:
    if opening not in text:
        return []  # most articles use one style of quotation marks: the others cost no scan
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for position in sorted(positions_of(text, opening) + positions_of(text, closing)):
        if text[position] == opening:
            if opening == "‘" and position and text[position - 1].isalnum():
                continue
            if open_at is not None:
                if continue_at_paragraph and _opens_line(text, position):
                    continue  # a quotation running on: each paragraph reopens it
                spans.append((open_at, _paragraph_end(text, open_at)))
            open_at = position
        elif open_at is not None:
            if closing == "’" and position + 1 < len(text) and text[position + 1].isalpha():
                continue  # an apostrophe: "Russia’s"
            spans.append((open_at, position + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, _paragraph_end(text, open_at)))
    return spans


def _straight(text: str) -> list[tuple[int, int]]:
    """Spans in straight quotes, paired within each paragraph. Only the paragraphs that hold a
    quote mark are looked at."""
    marks = [match.start() for match in _STRAIGHT_QUOTE.finditer(text)]
    spans: list[tuple[int, int]] = []
    first = 0
    while first < len(marks):
        paragraph_start = text.rfind("\n", 0, marks[first]) + 1
        paragraph_end = _paragraph_end(text, marks[first])
        last = bisect_left(marks, paragraph_end, first)
        spans += _paired_in_paragraph(text, paragraph_start, paragraph_end, marks[first:last])
        first = last
    return spans


def _paired_in_paragraph(text: str, start: int, end: int, marks: list[int]) -> list[tuple[int, int]]:
    """The straight quotations of the paragraph ``text[start:end]`` from its quote marks: a
    quotation left open ends with the paragraph; in a paragraph that opens with a dash, the
    speech runs from the dash to the first quote mark."""
    spans: list[tuple[int, int]] = []
    dash_open = start if _DASH_OPENING.match(text, start) else None
    open_at: int | None = None
    for position in marks:
        if dash_open is not None:
            spans.append((dash_open, position + 1))
            dash_open = None
        elif open_at is None:
            open_at = position
        else:
            spans.append((open_at, position + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, end))
    return spans


def _long_enough(text: str, span: tuple[int, int]) -> bool:
    return len(text[span[0] : span[1]].split()) >= _LONG_SINGLE_QUOTE_WORDS


def quotation_at(quotations: list[Quotation], position: int) -> Quotation | None:
    """The innermost quotation holding ``position``."""
    holding = [q for q in quotations if q.start <= position < q.end]
    return max(holding, key=lambda q: q.start) if holding else None


def sentence_speaker(attributions: list[Attribution], start: int, end: int) -> str | None:
    """The speaker of reported speech in a sentence: "Kalugin said that …", "…, the ministry noted"."""
    inside = [a for a in attributions if start <= a.start and a.end <= end]
    return inside[0].speaker if inside else None


def find_source_mentions(text: str) -> list[SourceMention]:
    """Every statistics body named in ``text``, in order: one scan, from which each sentence's
    cited source is looked up. A name need not end a word: "Geostat's"."""
    patterns = _patterns()
    return [
        SourceMention(start, end, patterns.source_names[text[start:end]])
        for start, end in _SOURCES.find(text, word_end=False)
    ]


def source_country(source: str) -> str | None:
    """The country whose statistics body ``source`` is."""
    return _patterns().source_country.get(source) or None
