"""Tables between pipes: Markdown's, and HTML tables as the reader renders them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from figures.extract.tables import find_tables
from figures.read.markup import article_text

MARKDOWN = """\
# Georgia's main trading partners, 2024

Georgia's external trade turnover was $21.6 billion in 2024, Geostat said.

| Partner | Trade, $ million | Share, % |
|---|:---:|--:|
| Turkey | 2,613 | 12.1 |
| Russia  |  2,530 | 11.7 |

The top three partners together accounted for 34.5% of the total.
"""

HTML = """<html><body><article>
<h1>Georgia's main trading partners, 2024</h1>
<p>Georgia's external trade turnover was $21.6 billion in 2024, Geostat said. The three largest partners
took a third of it, according to the statistics office's annual release on foreign trade.</p>
<table><caption>Trade by partner, 2024</caption>
<thead><tr><th>Partner</th><th>Trade, $ million</th><th>Share, %</th></tr></thead>
<tbody><tr><td>Turkey</td><td>2,613</td><td>12.1</td></tr><tr><td>Russia</td><td>2,530</td><td>11.7</td></tr></tbody>
</table><p>The three together accounted for 34.5% of the total, the office said in its release.</p>
</article></body></html>"""


def _texts(text, spans):
    return [text[start:end] for start, end in spans]


def test_a_markdown_table_its_heading_header_and_cells():
    (table,) = find_tables(MARKDOWN)
    assert _texts(MARKDOWN, table.captions) == ["Georgia's main trading partners, 2024"]
    assert [_texts(MARKDOWN, column) for column in table.headers] == [["Partner"], ["Trade, $ million"], ["Share, %"]]
    assert [_texts(MARKDOWN, row) for row in table.rows] == [["Turkey", "2,613", "12.1"], ["Russia", "2,530", "11.7"]]
    assert MARKDOWN[table.start : table.end].startswith("| Partner") and MARKDOWN[table.end - 1] == "|"


def test_an_html_tables_caption_row_is_its_caption():
    text, _ = article_text(HTML, ".html")
    (table,) = find_tables(text)
    assert _texts(text, table.captions) == ["Trade by partner, 2024"]
    assert [_texts(text, column) for column in table.headers] == [["Partner"], ["Trade, $ million"], ["Share, %"]]
    assert [_texts(text, row)[1] for row in table.rows] == ["2,613", "2,530"]


def test_the_line_before_a_table_titles_it_unless_it_is_a_sentence():
    titled = "Intro.\n\nTourist arrivals, thousands\n\n| Year | 2024 |\n|---|---|\n| Visitors | 7,400 |\n"
    (table,) = find_tables(titled)
    assert _texts(titled, table.captions) == ["Tourist arrivals, thousands"]
    (table,) = find_tables(titled.replace("thousands", "thousands rose."))
    assert table.captions == ()


def test_a_header_with_its_first_cell_only_is_a_header():
    text = "| Partner | |\n|---|---|\n| Turkey | 5 |\n"
    (table,) = find_tables(text)
    assert table.captions == () and [_texts(text, column) for column in table.headers] == [["Partner"], []]


def test_a_header_of_two_rows_with_spanning_cells():
    # <th rowspan="2">Partner</th><th colspan="2">Exports (USD mn)</th> over 2023 and 2024, as the
    # reader renders it: the rule after the first row, the spanned cell in its first column.
    text, _ = article_text(
        "<html><body><article><p>Armenia's exports to its partners in the union grew again last year, the committee said.</p>"
        '<table><thead><tr><th rowspan="2">Partner</th><th colspan="2">Exports (USD mn)</th></tr>'
        "<tr><th>2023</th><th>2024</th></tr></thead>"
        "<tbody><tr><th>Russia</th><td>3 412.5</td><td>6 015.2</td></tr></tbody></table></article></body></html>",
        ".html",
    )
    (table,) = find_tables(text)
    assert [_texts(text, column) for column in table.headers] == [
        ["Partner"], ["Exports (USD mn)", "2023"], ["Exports (USD mn)", "2024"]
    ]
    assert [_texts(text, row) for row in table.rows] == [["Russia", "3 412.5", "6 015.2"]]


def test_pipes_without_a_body_or_of_rows_apart_are_no_table():
    assert find_tables("| a | b |\n|---|---|\n") == []
    assert find_tables("| a | b |\n") == []
    assert find_tables("| a | b |\n| 1 | 2 | 3 |\n") == []  # no rule, and rows of different widths
    assert find_tables("Rates were 3|4 on the day.") == []


def test_an_html_table_without_header_cells_is_headed_by_its_first_row():
    text, _ = article_text(
        "<html><body><article><h1>Money transfers to Armenia fell in 2024</h1><p>Net money transfers to Armenia "
        "declined in 2024, according to the Central Bank of Armenia, as the inflow from Russia slowed.</p>"
        "<table><tr><td>Country</td><td>2023, $ million</td><td>2024, $ million</td></tr>"
        "<tr><td>Russia</td><td>2,110</td><td>1,610</td></tr></table></article></body></html>",
        ".html",
    )
    (table,) = find_tables(text)
    assert [_texts(text, column) for column in table.headers] == [["Country"], ["2023, $ million"], ["2024, $ million"]]
    assert [_texts(text, row) for row in table.rows] == [["Russia", "2,110", "1,610"]]
    assert _texts(text, table.captions) == ["Money transfers to Armenia fell in 2024"]  # the page's headline


def test_tables_apart_are_read_apart():
    text = "| a | b |\n|---|---|\n| x | 1 |\n\n| c | d |\n|---|---|\n| y | 2 |\n"
    first, second = find_tables(text)
    assert _texts(text, first.rows[0]) == ["x", "1"] and _texts(text, second.rows[0]) == ["y", "2"]
    assert _texts(text, second.captions) == []  # the first table's last row is no title


_CELL = st.text(alphabet=st.characters(blacklist_characters="|\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=12)
_LABEL = st.text(alphabet="abcdefghij ,%$", min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    header=st.lists(_LABEL, min_size=2, max_size=4),
    # Each row labelled in its first cell (one that is not would continue the header), so no row
    # of rules only (":---"), which would be a rule line itself.
    body=st.lists(st.tuples(_LABEL.filter(str.strip), st.lists(_CELL, min_size=1, max_size=3)).map(lambda row: [row[0], *row[1]]), min_size=1, max_size=4),
)
def test_every_cell_is_found_where_it_is_written(header, body):
    rows = [(row + [""] * len(header))[: len(header)] for row in body]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(row) + " |" for row in rows)]
    text = "Before.\n\n" + "\n".join(lines) + "\n\nAfter."
    (table,) = find_tables(text)
    assert [_texts(text, column) for column in table.headers] == [[cell.strip()] if cell.strip() else [] for cell in header]
    assert [_texts(text, row) for row in table.rows] == [[cell.strip() for cell in row] for row in rows]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="|-: ab1,\n", max_size=120))
def test_any_text_of_pipes_and_rules_reads_without_error(text):
    for table in find_tables(text):
        spans = [*table.captions, *(span for column in table.headers for span in column), *(span for row in table.rows for span in row)]
        assert all(0 <= start <= end <= len(text) for start, end in spans)
        assert table.rows and all(table.start <= start for start, _ in (span for row in table.rows for span in row))
