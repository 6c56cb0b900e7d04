"""``figures extract``: the claims in articles, as a table, CSV, JSON lines or the claim ledger."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tabulate import tabulate

from figures.cli.common import add_jobs_option, configuration, date_argument, report_input_errors
from figures.formatting import format_interval, format_number, unit_label
from figures.pipeline import Corpus, read_corpus
from figures.records import Claim
from figures.tables import claims_frame, write_csv


def add_parser(commands) -> None:
    parser = commands.add_parser("extract", help="list the numeric claims in articles")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, directories or - (default: bundled example)")
    parser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    parser.add_argument("--output", metavar="PATH", help="file to write; a directory (e.g. claims/) gets one CSV per document")
    parser.add_argument("--published", type=date_argument, metavar="DATE", help="publication date for every input")
    add_jobs_option(parser)
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    corpus = read_corpus(arguments.paths, published=arguments.published, options=configuration(arguments).extract, jobs=arguments.jobs)
    output = Path(arguments.output) if arguments.output else None
    if output is not None and (output.is_dir() or arguments.output.endswith(("/", "\\"))):
        write_claim_ledger(corpus, output)
    else:
        rendered = render_claims(corpus.claims, arguments.format)
        if output is None:
            sys.stdout.write(rendered)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(rendered, encoding="utf-8")
    return report_input_errors(corpus)


def write_claim_ledger(corpus: Corpus, directory: Path) -> None:
    """One CSV per document, columns in the stable order of ``figures.tables.CLAIM_COLUMNS``."""
    directory.mkdir(parents=True, exist_ok=True)
    frame = claims_frame(corpus.claims)
    for document in corpus.documents:
        write_csv(frame[frame["doc"] == document.id], directory / f"{document.id}.csv")


def render_claims(claims: Sequence[Claim], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(claim.to_dict(), ensure_ascii=False) + "\n" for claim in claims)
    if fmt == "csv":
        buffer = io.StringIO()
        write_csv(claims_frame(claims), buffer)
        return buffer.getvalue()
    rows = [
        (
            f"{claim.doc}:{claim.line}:{claim.column}",
            claim.text,
            claim.kind,
            f"{format_number(claim.value)} {unit_label(claim.unit)}".strip(),
            format_interval(claim.interval),
            claim.change or "",
            claim.period.label if claim.period else "",
            claim.base_period.label if claim.base_period else "",
            claim.metric or "",
            " ".join(f"{entity.code}:{entity.role}" for entity in claim.entities),
            claim.speaker or claim.source or "",
        )
        for claim in claims
    ]
    headers = ("location", "text", "kind", "value", "interval", "change", "period", "base", "metric", "entities", "said by")
    # Every cell is written already: a surface ("1,010", "18.0") or a fingerprint is shown as it is.
    return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True) + "\n"
