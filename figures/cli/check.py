"""``figures check``: the consistency and reference checks, with review decisions joined."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from pathlib import Path

from figures.check.engine import check_claims, fails, select_rules
from figures.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    add_jobs_option,
    codes_argument,
    configuration,
    date_argument,
    report_input_errors,
)
from figures.config import FAIL_ON
from figures.pipeline import Corpus, read_corpus
from figures.reference.match import ReferenceIndex
from figures.reference.table import ReferenceError, load_reference
from figures.report import Report, writers
from figures.review.apply import join_decisions
from figures.review.ledger import DEFAULT_LEDGER, LedgerError, read_ledger


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """The options that decide what a run checks, shared by ``check`` and ``review``."""
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, directories or - (default: bundled example)")
    parser.add_argument("--select", type=codes_argument, metavar="CODES", help="comma-separated rule codes or prefixes to run")
    parser.add_argument("--ignore", type=codes_argument, metavar="CODES", help="comma-separated rule codes or prefixes not to run")
    parser.add_argument("--published", type=date_argument, metavar="DATE", help="publication date for every input")
    parser.add_argument("--config", type=Path, metavar="PATH", help="figures.toml or pyproject.toml (default: found in .)")
    parser.add_argument(
        "--reference", type=Path, action="append", default=[], metavar="PATH",
        help="a reference table (.csv/.parquet) or a folder of them; repeatable; overrides bundled rows",
    )  # fmt: skip
    parser.add_argument("--no-bundled-reference", action="store_true", help="use only the --reference tables")
    parser.add_argument("--decisions", type=Path, metavar="PATH", help=f"the review decisions ledger (default: {DEFAULT_LEDGER})")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    add_jobs_option(parser)


def add_parser(commands) -> None:
    parser = commands.add_parser("check", help="check the figures in articles against one another and reference data")
    add_run_options(parser)
    parser.add_argument("--format", choices=sorted(writers()), default="text", help="output format on stdout (default: text)")
    parser.add_argument(
        "--output-format", choices=sorted(writers()), action="append", default=[], metavar="FORMAT",
        help=f"also write this format under --reports; repeatable ({', '.join(sorted(writers()))})",
    )  # fmt: skip
    parser.add_argument("--reports", type=Path, default=Path("reports"), metavar="DIR", help="where report files go (default: reports/)")
    parser.add_argument("--timestamp", action="store_true", help="stamp reports with the time (they are otherwise byte-identical)")
    parser.add_argument("--fail-on", choices=FAIL_ON, help="exit 1 when an unreviewed finding is at or above this severity")
    parser.set_defaults(run=run)


def write_report_file(path: Path, content: str) -> None:
    """Write a report file; a directory that cannot be written is a usage error, not a traceback."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")
    except OSError as error:
        raise UsageError(f"{path}: cannot write report: {error.strerror or error}") from None


def ledger_path(arguments: argparse.Namespace, config) -> Path:
    return arguments.decisions or config.decisions or DEFAULT_LEDGER


def run_checks(arguments: argparse.Namespace) -> tuple[Corpus, Report]:
    """Read, extract, link and check; join the ledger's decisions. Bad tables are usage errors."""
    config = configuration(arguments)
    progress = not arguments.quiet and sys.stderr.isatty()
    corpus = read_corpus(arguments.paths, published=arguments.published, options=config.extract, progress=progress, jobs=arguments.jobs)
    rules = select_rules(arguments.select or config.select, arguments.ignore or config.ignore)
    try:
        table = load_reference([*config.reference, *arguments.reference], include_bundled=not arguments.no_bundled_reference)
        decisions = read_ledger(ledger_path(arguments, config))
    except (ReferenceError, LedgerError) as error:
        raise UsageError(str(error)) from None
    result = check_claims(corpus.claims, corpus.documents, rules, dict(config.severity), ReferenceIndex(table))
    findings, stale = join_decisions(result.findings, decisions)
    reviewed = dataclasses.replace(result, findings=tuple(findings))
    fail_on = getattr(arguments, "fail_on", None) or config.fail_on
    timestamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if getattr(arguments, "timestamp", False) else None
    return corpus, Report(tuple(corpus.documents), tuple(corpus.claims), reviewed, fail_on, tuple(stale), timestamp)


def run(arguments: argparse.Namespace) -> int:
    corpus, report = run_checks(arguments)
    formats = writers()
    sys.stdout.write(formats[arguments.format].render(report))
    for name in dict.fromkeys(arguments.output_format):
        for filename, content in formats[name].files(report).items():
            write_report_file(arguments.reports / filename, content)
    if report_input_errors(corpus):
        return EXIT_USAGE
    return EXIT_FINDINGS if fails(report.result.findings, report.fail_on) else EXIT_OK
