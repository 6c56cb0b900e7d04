"""Tables written in a text as rows of cells between pipes: Markdown's, and HTML tables as the
reader renders them (``figures.read.markup``: a caption row, a rule, the header, a rule, the body).

A figure in a table cell says nothing of itself — "2,613" — and everything through its labels:
its column's header ("Trade, $ million"), its row's label ("Turkey") and the table's caption
("Trade by partner, 2024"). This module finds the grid and those labels, as spans of the text;
``figures.extract.context.table_cells`` reads the cells' claims from them.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)
_RULE_CELL = re.compile(r"[ \t]*:?-+:?[ \t]*")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<title>.+?)[ \t#]*$", re.MULTILINE)
# The line right before a table titles it when it is no sentence: "Trade by partner, 2024 ($ million)".
_TITLE_LINE = re.compile(r"(?![ \t]*\|)[^\n]{1,150}(?<![.!?])")


class Span(NamedTuple):
    start: int
    end: int


class TextTable(NamedTuple):
    """A table of a text: where it is, what titles it, each column's header and the body's cells.
    A row's cells are as many as it has; an empty cell is an empty span at its place."""

    start: int
    end: int
    captions: tuple[Span, ...]  # caption rows, the title line before the table, the heading above it
    headers: tuple[tuple[Span, ...], ...]  # per column, its header cells from the top
    rows: tuple[tuple[Span, ...], ...]


def find_tables(text: str) -> list[TextTable]:
    """Every table of ``text`` with a header rule (``|---|---|``) and a body, in order."""
    if "|" not in text:
        return []
    tables = []
    block: list[re.Match[str]] = []
    for match in _ROW.finditer(text):
        if block and match.start() != block[-1].end() + 1:
            tables += _table(text, block, tables[-1].end if tables else 0)
            block = []
        block.append(match)
    return tables + _table(text, block, tables[-1].end if tables else 0)


def _table(text: str, block: list[re.Match[str]], previous_end: int) -> list[TextTable]:
    rows = [_cells(text, match) for match in block]
    rules = [number for number, cells in enumerate(rows) if all(_RULE_CELL.fullmatch(text, *cell) for cell in cells)]
    if rules:
        head = [cells for number, cells in enumerate(rows[: rules[-1]]) if number not in rules]
        body = rows[rules[-1] + 1 :]
    elif len(rows) >= 2 and len(rows[0]) >= 2 and len(set(map(len, rows))) == 1:
        head, body = rows[:1], rows[1:]  # an HTML table with no <th> comes out with no rule: its first row heads it
    else:
        return []
    if not body:
        return []
    # A header of two rows comes out of HTML with the rule after its first: the second, with no
    # row label ("|  | 2023 | 2024 |"), is still the header.
    second = list(itertools.takewhile(lambda cells: _empty(cells[0]) and not all(map(_empty, cells)), body))
    head += second
    # A row with its first cell only, above the header, is a caption (an HTML table's <caption>).
    captions = [cells[0] for cells in head[:-1] if len(cells) > 1 and all(map(_empty, cells[1:]))]
    titles = _spanned([cells for cells in head if cells[0] not in captions])
    width = max(map(len, rows))
    headers = tuple(
        tuple(cells[column] for cells in titles if column < len(cells) and not _empty(cells[column])) for column in range(width)
    )
    start, end = block[0].start(), block[-1].end()
    captions += _titles_before(text, start, previous_end)
    if not captions and previous_end == 0:
        captions = _headline(text, start)  # the first table of a page with no title of its own: its headline
    return [TextTable(start, end, tuple(captions), headers, tuple(body[len(second) :]))]


def _spanned(titles: list[list[Span]]) -> list[list[Span]]:
    """Header rows with a cell that spans columns (HTML's colspan, rendered in its first column
    with empty cells after it) repeated over them — in every row but the lowest, whose cells
    head one column each."""
    spanned = []
    for cells in titles[:-1]:
        filled = list(cells)
        for column in range(2, len(filled)):
            if _empty(filled[column]) and not _empty(filled[column - 1]):
                filled[column] = filled[column - 1]
        spanned.append(filled)
    return spanned + titles[-1:]


def _empty(cell: Span) -> bool:
    return cell.start == cell.end


def _cells(text: str, row: re.Match[str]) -> list[Span]:
    cells = []
    start, end = row.span("cells")
    while (separator := text.find("|", start, end)) != -1:
        cells.append(_stripped(text, start, separator))
        start = separator + 1
    return [*cells, _stripped(text, start, end)]


def _stripped(text: str, start: int, end: int) -> Span:
    """A cell without the spaces around its content (empty where it holds none)."""
    content = text[start:end]
    left = start + len(content) - len(content.lstrip())
    return Span(left, max(left, start + len(content.rstrip())))


def _titles_before(text: str, table_start: int, previous_end: int) -> list[Span]:
    """The line right before the table where it is a title, not a sentence, and the nearest
    Markdown heading above the table — unless another table stands between them, which the
    heading titled first."""
    line_end = len(text[:table_start].rstrip())
    line_start = text.rfind("\n", 0, line_end) + 1
    headings = list(_HEADING.finditer(text, previous_end, line_end))
    titles = [Span(headings[-1].start("title"), headings[-1].end("title"))] if headings else []
    if (
        previous_end <= line_start < line_end
        and not (headings and headings[-1].start() == line_start)
        and _TITLE_LINE.fullmatch(text, line_start, line_end)
    ):
        titles.insert(0, _stripped(text, line_start, line_end))
    return titles


def _headline(text: str, table_start: int) -> list[Span]:
    """The text's first line, where it is a title and comes before the table."""
    first = _stripped(text, 0, len(text))
    first_end = text.find("\n", first.start)
    if 0 <= first_end < table_start and _TITLE_LINE.fullmatch(text, first.start, first_end):
        return [_stripped(text, first.start, first_end)]
    return []
