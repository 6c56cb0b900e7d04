"""The command line: ``python -m figures COMMAND``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tabulate import tabulate

from figures import __version__
from figures.formatting import format_interval, format_number, unit_label
from figures.pipeline import Corpus, read_corpus
from figures.records import Claim
from figures.tables import claims_frame, write_csv

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A bad argument or configuration: reported in one line, exit status 2."""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="figures", description="Check the economic figures in news copy.")
    parser.add_argument("--version", action="version", version=f"figures {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="list the numeric claims in articles")
    extract.add_argument("paths", nargs="*", metavar="PATH", help="files, directories or - (default: bundled example)")
    extract.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    extract.add_argument("--output", metavar="PATH", help="file to write; a directory (e.g. claims/) gets one CSV per document")
    extract.add_argument("--published", type=_date, metavar="DATE", help="publication date for every input")
    extract.set_defaults(run=run_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        return arguments.run(arguments)
    except UsageError as error:
        print(f"figures: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


def report_input_errors(corpus: Corpus) -> int:
    """Print one line per unreadable input; return the exit status they call for."""
    for error in corpus.errors:
        print(f"figures: error: {error}", file=sys.stderr)
    return EXIT_USAGE if corpus.errors else EXIT_OK


def run_extract(arguments: argparse.Namespace) -> int:
    corpus = read_corpus(arguments.paths, published=arguments.published)
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
        return "".join(json.dumps(claim.to_dict(), ensure_ascii=False, sort_keys=False) + "\n" for claim in claims)
    if fmt == "csv":
        import io

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
    return tabulate(rows, headers=headers, tablefmt="simple") + "\n"
