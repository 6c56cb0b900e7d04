"""report: findings → terminal output and report files. Each format is one writer module that
registers itself here; adding a format touches only its own module (and the import below)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from figures.check.engine import CheckResult
from figures.records import Claim, ClaimRef, Document, Finding, Location
from figures.review.ledger import Decision


@dataclass(frozen=True)
class Report:
    """Everything a writer may show: the run's documents, claims and check result."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    result: CheckResult  # its findings carry their reviews (decisions joined, suppressions applied)
    fail_on: str
    stale: tuple[Decision, ...] = ()  # ledger decisions that match no finding of this run
    timestamp: str | None = None  # only with --timestamp: reports are otherwise byte-identical

    @property
    def suppressed(self) -> int:
        """Findings that decisions or inline comments keep from failing the run."""
        return sum(1 for f in self.result.findings if f.review and f.review.silences)

    def cited(self, finding: Finding) -> tuple[ClaimRef, ...]:
        """The claims a finding cites (it holds their ids), with their places and text."""
        return tuple(map(self._references.__getitem__, finding.claims))

    def place(self, finding: Finding) -> ClaimRef | Location | None:
        """Where a finding is shown: its first claim, or the place it is about when it cites none."""
        return self._references[finding.claims[0]] if finding.claims else finding.location

    @cached_property
    def _references(self) -> dict[str, ClaimRef]:
        paths = {d.id: d.path for d in self.documents}
        return {
            c.id: ClaimRef(c.id, c.doc, paths.get(c.doc, c.doc), c.line, c.column, c.start, c.end, c.text, c.sentence, c.interval, c.unit)
            for c in self.claims
        }


@dataclass(frozen=True)
class Format:
    name: str
    render: Callable[[Report], str]  # what `--format NAME` prints
    files: Callable[[Report], dict[str, str]]  # what `--output-format NAME` writes under --reports


_FORMATS: dict[str, Format] = {}


def writer(name: str, filename: str) -> Callable[[Callable[[Report], str]], Callable[[Report], str]]:
    """Register a format that writes one file, ``filename``, with what it prints."""

    def register(render: Callable[[Report], str]) -> Callable[[Report], str]:
        _FORMATS[name] = Format(name, render, lambda report: {filename: render(report)})
        return render

    return register


def register_format(format_: Format) -> None:
    """Register a format that writes several files (csv: claims and findings)."""
    _FORMATS[format_.name] = format_


def writers() -> dict[str, Format]:
    """Every registered format, by name."""
    from figures.report import csv_report, github, html_report, json_report, junit, markdown, sarif, text  # noqa: F401

    return dict(sorted(_FORMATS.items()))
