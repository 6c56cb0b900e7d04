"""A Document → its Claims: the quantities first, then their context — from the sentences
around them, or, for a figure in a table, from the table's labels."""

from __future__ import annotations

from bisect import bisect_right

from figures.extract.context.assign import add_context
from figures.extract.context.table_cells import table_claims
from figures.extract.quantities import find_bare_claims
from figures.extract.tables import find_tables
from figures.extract.text_index import TextIndex
from figures.options import ExtractOptions
from figures.records import Claim, Document


def extract_claims(document: Document, options: ExtractOptions | None = None) -> list[Claim]:
    """Every claim of one document, in order of position, with its context."""
    index = TextIndex(document.text)
    bare_claims = find_bare_claims(document.text, document.id, options, index)
    tables = find_tables(document.text)
    if not tables:
        return add_context(document, bare_claims, index)
    bounds = [end for table in tables for end in (table.start, table.end)]
    # An odd count of table bounds before a figure puts it inside a table.
    in_tables = [claim for claim in bare_claims if bisect_right(bounds, claim.start) % 2]
    prose = [claim for claim in bare_claims if not bisect_right(bounds, claim.start) % 2]
    claims = add_context(document, prose, index) + table_claims(document, tables, in_tables, options)
    return sorted(claims, key=lambda claim: claim.start)
