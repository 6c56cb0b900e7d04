"""Records: their JSON form and their pickled form."""

from __future__ import annotations

import pickle

from figures.check.engine import check_claims
from figures.pipeline import read_corpus
from figures.records import Record


def _records_in(value: object) -> list[Record]:
    """Every record reachable from ``value`` through records, tuples and lists."""
    found: list[Record] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Record):
            found.append(item)
            stack.extend(getattr(item, name) for name in item.__dataclass_fields__)
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return found


def test_every_record_of_a_run_survives_pickling_unchanged():
    # Workers send documents and claims to the main process pickled; records pickle by their
    # constructor (Record.__reduce__), so each kind must come back equal, field by field.
    corpus = read_corpus([], jobs=1)
    result = check_claims(corpus.claims, corpus.documents)
    records = _records_in([corpus.documents, corpus.claims, result])
    kinds = {type(record).__name__ for record in records}
    assert {"Document", "Claim", "Period", "Entity", "Finding", "Coverage", "CheckResult"} <= kinds
    for record in records:
        copy = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(copy) is type(record)
        assert copy == record
        assert [getattr(copy, name) for name in record.__dataclass_fields__] == [
            getattr(record, name) for name in record.__dataclass_fields__
        ]
