"""report: findings → files and terminal output. Each format is one writer module, registered here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from figures.check.engine import CheckResult
from figures.records import Claim, Document
from figures.review.ledger import Decision


@dataclass(frozen=True)
class Report:
    """Everything a writer may show: the run's documents, claims and check result."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    result: CheckResult  # its findings carry their reviews (decisions joined, suppressions applied)
    fail_on: str
    stale: tuple[Decision, ...] = ()  # ledger decisions that match no finding of this run

    @property
    def suppressed(self) -> int:
        """Findings that decisions or inline comments keep from failing the run."""
        return sum(1 for f in self.result.findings if f.review and f.review.silences)


Writer = Callable[[Report], str]
_WRITERS: dict[str, tuple[Writer, str]] = {}


def writer(name: str, extension: str) -> Callable[[Writer], Writer]:
    """Register an output format: ``name`` for ``--format``, ``extension`` for files it writes."""

    def register(function: Writer) -> Writer:
        _WRITERS[name] = (function, extension)
        return function

    return register


def writers() -> dict[str, tuple[Writer, str]]:
    """Every registered format, by name."""
    from figures.report import json_report, text  # noqa: F401  (registration)

    return dict(sorted(_WRITERS.items()))
