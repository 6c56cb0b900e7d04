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
from figures.check.engine import check_claims, fails, select_rules
from figures.check.rules import all_rules, get_rule
from figures.config import FAIL_ON, Config, ConfigError, load_config
from figures.reference.match import ReferenceIndex
from figures.reference.sdmx_fetch import FetchError, SeriesMapping, fetch_message, read_message, tidy_rows, write_rows
from figures.reference.table import ReferenceError, load_reference, read_reference_file
from figures.report import Report, writers
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

    check = commands.add_parser("check", help="check the figures in articles against one another")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files, directories or - (default: bundled example)")
    check.add_argument("--format", choices=sorted(writers()), default="text", help="output format on stdout")
    check.add_argument("--fail-on", choices=FAIL_ON, help="exit 1 when a finding is at or above this severity (default: error)")
    check.add_argument("--select", type=_codes, metavar="CODES", help="comma-separated rule codes or prefixes to run (default: all)")
    check.add_argument("--ignore", type=_codes, metavar="CODES", help="comma-separated rule codes or prefixes not to run")
    check.add_argument("--published", type=_date, metavar="DATE", help="publication date for every input")
    check.add_argument("--config", type=Path, metavar="PATH", help="figures.toml or pyproject.toml to read (default: found in .)")
    check.add_argument(
        "--reference", type=Path, action="append", default=[], metavar="PATH",
        help="a reference table (.csv/.parquet) or a folder of them; repeatable; overrides bundled rows",
    )  # fmt: skip
    check.add_argument("--no-bundled-reference", action="store_true", help="use only the --reference tables")
    check.set_defaults(run=run_check)

    reference = commands.add_parser("reference", help="reference data: fetch official statistics over SDMX")
    reference_commands = reference.add_subparsers(dest="reference_command", required=True, metavar="COMMAND")
    fetch = reference_commands.add_parser("fetch", help="write an SDMX series as a tidy reference table")
    fetch.add_argument("source", metavar="SOURCE", help="an sdmx1 source id: IMF_DATA, ECB, ESTAT, OECD, WB_WDI …")
    fetch.add_argument("resource", metavar="DATAFLOW", help="the dataflow id, e.g. IMTS or DOT")
    fetch.add_argument("--key", help="the series key, e.g. A.GE.TMG_CIF_USD.RU")
    fetch.add_argument("--start-period")
    fetch.add_argument("--end-period")
    fetch.add_argument("--message", type=Path, metavar="FILE", help="convert a saved SDMX message instead of querying")
    fetch.add_argument("--output", type=Path, required=True, metavar="PATH", help="the tidy CSV to write")
    fetch.add_argument("--series-id", required=True)
    fetch.add_argument("--metric", required=True, help="figures' metric id: trade_turnover, exports, imports, visitors …")
    fetch.add_argument("--measure", default="level", choices=("level", "change_pct", "share", "rate"))
    fetch.add_argument("--reporter", required=True, help="ISO 3166 alpha-3 code")
    fetch.add_argument("--partner", default="", help="ISO alpha-3 code or group id; empty for the world")
    fetch.add_argument("--product", default="")
    fetch.add_argument("--concept", default="", help="what the series counts, e.g. 'merchandise trade'")
    fetch.add_argument("--unit", default="USD", help="the unit of the values before UNIT_MULT scaling")
    fetch.add_argument("--confidence", default="exact-from-source")
    fetch.add_argument("--source-name", help="default: SOURCE DATAFLOW (SDMX)")
    fetch.set_defaults(run=run_reference_fetch)

    rules = commands.add_parser("rules", help="list the check rules")
    rules.set_defaults(run=run_rules)
    explain = commands.add_parser("explain", help="print one rule's documentation")
    explain.add_argument("code", metavar="CODE")
    explain.set_defaults(run=run_explain)
    return parser


def _codes(value: str) -> tuple[str, ...]:
    codes = tuple(code.strip().upper() for code in value.split(",") if code.strip())
    known = [r.code for r in all_rules()]
    for code in codes:
        if code != "ALL" and not any(k.startswith(code) for k in known):
            raise argparse.ArgumentTypeError(f"{code!r} matches no rule (see `figures rules`)")
    return codes


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


def _config(arguments: argparse.Namespace) -> Config:
    try:
        return load_config(getattr(arguments, "config", None))
    except ConfigError as error:
        raise UsageError(str(error)) from None


def run_check(arguments: argparse.Namespace) -> int:
    config = _config(arguments)
    corpus = read_corpus(arguments.paths, published=arguments.published, options=config.extract)
    rules = select_rules(arguments.select or config.select, arguments.ignore or config.ignore)
    try:
        table = load_reference([*config.reference, *arguments.reference], include_bundled=not arguments.no_bundled_reference)
    except ReferenceError as error:
        raise UsageError(str(error)) from None
    result = check_claims(corpus.claims, corpus.documents, rules, dict(config.severity), ReferenceIndex(table))
    fail_on = arguments.fail_on or config.fail_on
    report = Report(tuple(corpus.documents), tuple(corpus.claims), result, fail_on)
    render, _ = writers()[arguments.format]
    sys.stdout.write(render(report))
    if report_input_errors(corpus):
        return EXIT_USAGE
    return EXIT_FINDINGS if fails(result.findings, fail_on) else EXIT_OK


def run_reference_fetch(arguments: argparse.Namespace) -> int:
    mapping = SeriesMapping(
        series_id=arguments.series_id, metric=arguments.metric, measure=arguments.measure,
        reporter=arguments.reporter, partner=arguments.partner, product=arguments.product,
        concept=arguments.concept, unit=arguments.unit, confidence=arguments.confidence,
    )  # fmt: skip
    params = {k: v for k, v in (("startPeriod", arguments.start_period), ("endPeriod", arguments.end_period)) if v}
    try:
        if arguments.message:
            message, origin = read_message(arguments.message)
        else:
            message, origin = fetch_message(arguments.source, arguments.resource, arguments.key, params)
        source_name = arguments.source_name or f"{arguments.source} {arguments.resource} (SDMX)"
        rows = tidy_rows(message, origin, mapping, source_name, dt.date.today())
        write_rows(rows, arguments.output)
        read_reference_file(arguments.output)  # what was written must load as reference data
    except (FetchError, ReferenceError) as error:
        raise UsageError(str(error)) from None
    print(f"{arguments.output}: {len(rows)} rows of {mapping.series_id}", file=sys.stderr)
    return EXIT_OK


def run_rules(arguments: argparse.Namespace) -> int:
    rows = [(r.code, r.name, r.severity, r.summary) for r in all_rules()]
    sys.stdout.write(tabulate(rows, headers=("code", "name", "severity", "what it checks"), tablefmt="simple") + "\n")
    return EXIT_OK


def run_explain(arguments: argparse.Namespace) -> int:
    found = get_rule(arguments.code)
    if found is None:
        raise UsageError(f"no rule {arguments.code!r} (see `figures rules`)")
    sys.stdout.write(f"{found.code} ({found.name}), default severity {found.severity}\n\n{found.doc}\n")
    return EXIT_OK


def run_extract(arguments: argparse.Namespace) -> int:
    corpus = read_corpus(arguments.paths, published=arguments.published, options=_config(arguments).extract)
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
