"""Tables of records as pandas DataFrames, with one stable column order for files.

The claims table (``CLAIM_COLUMNS``) is the form claims take between stages: ``figures extract``
writes it, and the check engine reads it. ``ClaimColumns`` and ``FrameClaims`` give Python-level
access to a table without turning every row into a record up front — a run over a million
claims touches most of them only through vectorised keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache
from operator import attrgetter
from typing import overload

import pandas as pd

from figures.periods import parse_period_label
from figures.records import Claim, Entity, Period

CLAIM_COLUMNS = [
    "id", "doc", "line", "column", "start", "end", "text", "kind", "value", "unit",
    "lower", "upper", "lower_inclusive", "upper_inclusive", "qualifier", "hedge", "change", "noun",
    "range", "period", "period_start", "period_end", "base_period", "metric", "metric_phrase",
    "product", "entities", "share_of", "speaker", "source", "quoted", "from_claim", "flags", "sentence",
]  # fmt: skip

_FLATTENED: dict[str, Callable[[Claim], object]] = {
    "period": lambda claim: claim.period.label if claim.period else None,
    "period_start": lambda claim: claim.period.start.isoformat() if claim.period else None,
    "period_end": lambda claim: claim.period.end.isoformat() if claim.period else None,
    "base_period": lambda claim: claim.base_period.label if claim.base_period else None,
    "entities": lambda claim: ";".join(f"{entity.code}:{entity.role}" for entity in claim.entities) or None,
    "flags": lambda claim: ";".join(claim.flags) or None,
}


_AS_STORED = [name for name in CLAIM_COLUMNS if name not in _FLATTENED]
_STORED_FIELDS = attrgetter(*_AS_STORED)


def claims_frame(claims: Sequence[Claim]) -> pd.DataFrame:
    """Claims as a DataFrame with the columns of ``CLAIM_COLUMNS``, in that order: periods by label
    and bounds, entities as "CODE:role;…", flags as "flag;…". Built column by column."""
    # One attrgetter call per claim and a transposition, both in C: half the cost of a getattr per cell.
    rows = list(map(_STORED_FIELDS, claims))
    columns = dict(zip(_AS_STORED, map(list, zip(*rows))) if rows else ((name, []) for name in _AS_STORED))
    columns |= {name: list(map(flatten, claims)) for name, flatten in _FLATTENED.items()}
    return pd.DataFrame(columns, columns=CLAIM_COLUMNS)


_CLAIM_FIELDS = [name for name in CLAIM_COLUMNS if name not in ("period_start", "period_end")]  # a Claim's fields


def write_csv(frame: pd.DataFrame, target) -> None:
    """Write a table as CSV the same way everywhere: "\\n" line ends, floats to 12 digits."""
    frame.to_csv(target, index=False, lineterminator="\n", float_format="%.12g")


class ClaimColumns:
    """The columns of a claims table as Python lists, each converted once, on first use, with
    missing values as ``None``. Reading one cell is then a list index, where a pandas lookup
    costs microseconds."""

    def __init__(self, frame: pd.DataFrame) -> None:
        missing = [name for name in _CLAIM_FIELDS if name not in frame.columns]
        if missing:
            raise ValueError(f"the claims table has no column {', '.join(missing)} (see figures.tables.CLAIM_COLUMNS)")
        self.frame = frame
        self._lists: dict[str, list] = {}

    def __len__(self) -> int:
        return len(self.frame)

    def __getitem__(self, name: str) -> list:
        values = self._lists.get(name)
        if values is None:
            column = self.frame[name]
            values = column.to_numpy(dtype=object, na_value=None).tolist() if column.hasnans else column.tolist()
            self._lists[name] = values
        return values


@cache
def _period(label: str | None) -> Period | None:
    return parse_period_label(label) if label else None


@cache
def _entities(text: str | None) -> tuple[Entity, ...]:
    return tuple(Entity(*item.split(":", 1)) for item in text.split(";")) if text else ()


def _flags(text: str | None) -> tuple[str, ...]:
    return tuple(text.split(";")) if text else ()


_PARSED: dict[str, Callable[[object], object]] = {
    "period": _period, "base_period": _period, "entities": _entities, "flags": _flags,
    "range": bool, "quoted": bool, "lower_inclusive": bool, "upper_inclusive": bool,
}  # fmt: skip


class FrameClaims(Sequence[Claim]):
    """The claims of a claims table as a sequence of Claim records, each built when it is read."""

    def __init__(self, columns: ClaimColumns) -> None:
        self.columns = columns

    def __len__(self) -> int:
        return len(self.columns)

    @overload
    def __getitem__(self, position: int) -> Claim: ...
    @overload
    def __getitem__(self, position: slice) -> list[Claim]: ...
    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[p] for p in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        values = {name: self.columns[name][position] for name in _CLAIM_FIELDS}
        for name, parse in _PARSED.items():
            values[name] = parse(values[name])
        return Claim(**values)

    def __iter__(self) -> Iterator[Claim]:
        return (self[p] for p in range(len(self)))
