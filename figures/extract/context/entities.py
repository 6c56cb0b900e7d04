"""The gazetteer: country and group names, aliases, demonyms and capitals → entity codes.

ISO 3166 names come from ``data/lexicon/countries.csv`` (built with pycountry); aliases,
demonyms, regions and group membership from ``data/lexicon/entities.toml``.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

from figures.extract.grammar import alternation
from figures.extract.phrases import PhraseFinder
from figures.lexicon import load_lexicon


class EntityMention(NamedTuple):
    """A name in a text. A named tuple: a long article holds hundreds, made in a tight loop."""

    start: int
    end: int
    code: str
    demonym: bool  # "Russian gas", "Russians": the entity as origin or partner


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, tuple[str, bool]]  # surface → (code, is demonym)
    groups: dict[str, frozenset[str]]
    parts: dict[str, str]
    pair_phrases: tuple[str, ...]  # "the two countries", "bilateral": the document's main pair
    subnational: tuple[str, ...]  # "in the regions", "in Tbilisi": places inside a country
    partner_after: re.Pattern[str]  # "… remained the largest source market": the name before is a partner
    partner_before: re.Pattern[str]  # "the largest investor was …": the name after is a partner
    unnamed_part: re.Pattern[str]  # "the top three partners", "the three together", "the rest of the world": no country
    compared: tuple[str, ...]  # "overtook …": the name after is set against the figure's
    excluding: tuple[str, ...]  # "outside the …", "non-…": the figure is of all but the name or product after
    causes: tuple[str, ...]  # "driven by …", "mainly to …": the names after, in its clause, are no figure's
    capitals: frozenset[str]  # "Tbilisi": a place in its country, not the country, where it labels a figure
    market_after: re.Pattern[str]  # "European prices", "Chinese demand": the demonym before is where a market is
    rest: frozenset[str]  # "the rest of the world", "other countries": of ``unnamed_part``, the parts not named

    def members(self, code: str) -> frozenset[str]:
        """The countries (or regions) an entity stands for: itself, or a group's members."""
        return self.groups.get(code, frozenset({code}))

    def overlaps(self, first: str, second: str) -> bool:
        """Whether two entities share a member (Russia and the CIS do; the CIS and the EU do not)."""
        first_members, second_members = self.groups.get(first), self.groups.get(second)
        if first_members is None or second_members is None:  # a country: one member, itself
            return first == second or second in (first_members or ()) or first in (second_members or ())
        return not first_members.isdisjoint(second_members)


@cache
def gazetteer() -> Gazetteer:
    """Load the gazetteer once."""
    names: dict[str, tuple[str, bool]] = {}
    path = resources.files("figures") / "data" / "lexicon" / "countries.csv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names[row["name"]] = (row["code"], False)
    data = load_lexicon("entities")
    for table in ("aliases", "capitals"):
        for code, aliases in data[table].items():
            for alias in aliases:
                names[alias] = (code, False)
    for code, demonyms in data["demonyms"].items():
        for demonym in demonyms:
            names[demonym] = (code, True)
    groups = {code: frozenset(group["members"]) for code, group in data["groups"].items()}
    capitals = [capital for names_of in data["capitals"].values() for capital in names_of]
    subnational = (*data["subnational"]["phrases"], *(f"in {capital}" for capital in capitals))
    partner = data["partner_after"]
    verbs, nouns = alternation(partner["verbs"]), alternation(partner["nouns"])
    partner_after = re.compile(rf"\s+(?:{verbs})\s+(?:(?:the|its|their|\w+(?:’s|'s))\s+)?(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b")
    partner_before = re.compile(rf"\b(?:{nouns})\s+(?:{verbs})\s+(?:the\s+)?$", re.IGNORECASE)
    parts = data["unnamed_parts"]
    count = rf"(?:\d+|{alternation(parts['counts'])})"
    unnamed_part = re.compile(
        rf"(?<!one of )(?<!among )(?<!of the )\b(?:the|its|their|\w+(?:’s|'s))\s+(?:{count}\s+)?(?:{alternation(parts['ranks'])})"
        rf"\s+(?:{count}\s+)?(?:(?:{alternation(parts['kinds'])})\s+)?(?:{alternation(parts['members'])})\b"
        rf"|(?<![\w-])(?:{alternation([*parts['collective'], *parts['rest']])})(?![\w-])",
        re.IGNORECASE,
    )
    return Gazetteer(
        names, groups, dict(data["parts"]), tuple(data["pair"]["phrases"]), subnational, partner_after, partner_before,
        unnamed_part, tuple(data["compared"]["before"]), tuple(data["excluding"]["before"]), (*data["causes"]["phrases"], *data["causes"]["mostly"]), frozenset(capitals),
        re.compile(rf"\s+(?:{alternation(data['market_words']['after_demonym'])})\b", re.IGNORECASE),
        frozenset(parts["rest"]),
    )  # fmt: skip


_NAMES = PhraseFinder(lambda: gazetteer().names)
_PAIR_PHRASES = PhraseFinder(
    lambda: {
        form for phrase in gazetteer().pair_phrases for form in (phrase, phrase.capitalize(), phrase.title(), phrase.upper())
    }
)


# A currency's name is not its country: "2.13 billion US dollars" (and "US$1.8bn", below).
_DOLLARS_AFTER = re.compile(r"\s+dollars?\b")


def find_entity_mentions(text: str) -> list[EntityMention]:
    """Every entity named in ``text``, in order. Case-sensitive: "US" is a country, "us" is not;
    "Georgia's" is Georgia. A demonym that says where a market is ("as European prices declined",
    "on strong Chinese demand") names no entity of the text's figures."""
    g = gazetteer()
    # Most texts name no dollars: the look after each name is then spared.
    not_before = _DOLLARS_AFTER if "dollar" in text else None
    mentions = []
    for start, end in _NAMES.find(text, not_before=not_before):
        if text[end : end + 1] == "$":
            continue
        code, demonym = g.names[text[start:end]]
        if not (demonym and g.market_after.match(text, end)):
            mentions.append(EntityMention(start, end, code, demonym))
    return mentions


_SUBNATIONAL = PhraseFinder(lambda: {form for phrase in gazetteer().subnational for form in (phrase, phrase[0].upper() + phrase[1:])})


def find_subnational_mentions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a place inside a country ("in the regions", "In Tbilisi"), in order."""
    return _SUBNATIONAL.find(text)


def find_pair_phrases(text: str) -> list[tuple[int, int]]:
    """Where ``text`` refers to its main pair of countries ("the two countries", "bilateral"),
    in order (as written in the lexicon, capitalised, in title case or upper-cased)."""
    return _PAIR_PHRASES.find(text)


def main_pair(mentions: list[EntityMention], home: str | None) -> tuple[str, str] | None:
    """The document's two most-mentioned countries (groups and regions aside), home country first;
    none where the second is named no more often than a third.

    "The two countries", "bilateral" and "between the states" refer to this pair.
    """
    g = gazetteer()
    counts = Counter(m.code for m in mentions if m.code not in g.groups and m.code not in g.parts)
    ranked = [code for code, _ in sorted(counts.items(), key=lambda item: (-item[1], _first(mentions, item[0])))]
    if len(ranked) < 2 or (len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]]):
        return None  # no pair stands out: which second country is meant cannot be told
    first, second = ranked[0], ranked[1]
    return (second, first) if home == second else (first, second)


def _first(mentions: list[EntityMention], code: str) -> int:
    return next(m.start for m in mentions if m.code == code)


def sole_country(entities: list[EntityMention]) -> str | None:
    """The one country a document names, if it names exactly one (a group or a region counts as
    naming something else)."""
    codes = {mention.code for mention in entities}
    if len(codes) != 1:
        return None
    (code,) = codes
    g = gazetteer()
    return None if code in g.groups or code in g.parts else code


def country_sections(text: str, mentions: list[EntityMention]) -> list[tuple[int, str | None]]:
    """Where the sections of an article begin, in order, each with the country its heading is
    ("## Tajikistan", "**Kyrgyzstan:**", a line "Armenia"), or None for a heading that names none
    ("## Outlook", a line "Regional picture" standing alone): a country's name alone on its line
    heads the figures after it, to the next heading."""
    names = {mention.start: mention for mention in mentions}
    sections: list[tuple[int, str | None]] = []
    lines = text.split("\n")
    line_start = 0
    for number, line in enumerate(lines):
        mention = None
        if len(line) <= _HEADING_LENGTH:
            mention = names.get(line_start + len(line) - len(line.lstrip(_HEADING_MARKS)))
            if mention is not None and mention.end - mention.start != len(line.strip(_HEADING_MARKS)):
                mention = None  # a name with more words on its line: no heading of its own
        if mention is not None or line.startswith("#") or _plain_heading(lines, number):
            sections.append((line_start, mention.code if mention else None))
        line_start += len(line) + 1
    return sections


def _plain_heading(lines: list[str], number: int) -> bool:
    """Whether a line of plain text is a heading: short, capitalised, with no closing punctuation,
    and a paragraph of its own."""
    line = lines[number].strip()
    return (
        0 < len(line) <= _HEADING_LENGTH
        and line[0].isupper()
        and line[-1] not in _SENTENCE_CLOSERS
        and (number == 0 or not lines[number - 1].strip())
        and (number + 1 == len(lines) or not lines[number + 1].strip())
    )


_HEADING_MARKS = " \t#*_:"
_HEADING_LENGTH = 60  # characters: a heading that is a country's name, with its marks
_SENTENCE_CLOSERS = frozenset(".!?;:,\"'”’)»…")


_COMPARED = PhraseFinder(lambda: {form for word in gazetteer().compared for form in (word, word.capitalize())})
_CAUSES = PhraseFinder(lambda: {form for phrase in gazetteer().causes for form in (phrase, phrase.capitalize())})
_TO_COMPARED_NAME = re.compile(r"\s+(?:the\s+)?")
_CAUSE_REACH = 150  # characters: a cause's clause ends within a line or two
_CLAUSE_END = re.compile(r"[,;.!?\n]|\s(?:while|whereas|but|and\s+(?:its|their|the)\b)")


_EXCLUDING = PhraseFinder(lambda: {form for word in gazetteer().excluding for form in (word, word.capitalize())})
_TO_LEFT_OUT = re.compile(r"-|\s+(?:the\s+)?")  # "non-CIS", "outside the EU"


def left_out_at(text: str) -> frozenset[int]:
    """Where a name or product left out of a figure would start: right after "outside", "other
    than", "excluding", "non-" ("visitors from outside the CIS", "non-EU exports", "Excluding
    gold, exports rose 1.2%")."""
    return frozenset(gap.end() for _, end in _EXCLUDING.find(text) if (gap := _TO_LEFT_OUT.match(text, end)))


def compared_at(text: str) -> frozenset[int]:
    """Where a name or product set against another would start: right after a comparing word
    ("China overtook Russia", "ahead of Russia", "the second-largest export after gold"). The
    words are found with the other phrases; most texts have none."""
    return frozenset(gap.end() for _, end in _COMPARED.find(text) if (gap := _TO_COMPARED_NAME.match(text, end)))


def cause_spans(text: str) -> list[tuple[int, int]]:
    """The causes a text gives, each from after its opening words to the end of its clause
    ("driven by| re-exports of gold to the United Arab Emirates|,"), in order."""
    spans = []
    for _, end in _CAUSES.find(text):
        clause_end = _CLAUSE_END.search(text, end, end + _CAUSE_REACH)
        spans.append((end, clause_end.start() if clause_end else end + _CAUSE_REACH))
    return spans


def names_set_apart(
    mentions: list[EntityMention], compared: frozenset[int], causes: list[tuple[int, int]]
) -> frozenset[int]:
    """Starts of the names that are no figure's country: the ``compared`` ones (``compared_at``),
    and those given with a cause (``cause_spans``: "driven by re-exports of gold to the United
    Arab Emirates")."""
    apart = set(compared)
    for start, end in causes:
        apart.update(m.start for m in mentions if start <= m.start < end)
    return frozenset(apart)
