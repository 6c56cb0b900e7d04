"""``figures reference fetch``: official statistics over SDMX, written as a tidy reference table."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from figures.cli.common import EXIT_OK, UsageError
from figures.reference.sdmx_fetch import FetchError, SeriesMapping, fetch_message, read_message, tidy_rows, write_rows
from figures.reference.table import MEASURES, ReferenceError, read_reference_file


def add_parser(commands) -> None:
    reference = commands.add_parser("reference", help="reference data: fetch official statistics over SDMX")
    subcommands = reference.add_subparsers(dest="reference_command", required=True, metavar="COMMAND")
    fetch = subcommands.add_parser("fetch", help="write an SDMX series as a tidy reference table")
    fetch.add_argument("source", metavar="SOURCE", help="an sdmx1 source id: IMF_DATA, ECB, ESTAT, OECD, WB_WDI …")
    fetch.add_argument("resource", metavar="DATAFLOW", help="the dataflow id, e.g. IMTS or DOT")
    fetch.add_argument("--key", help="the series key, e.g. A.GE.TMG_CIF_USD.RU")
    fetch.add_argument("--start-period")
    fetch.add_argument("--end-period")
    fetch.add_argument("--message", type=Path, metavar="FILE", help="convert a saved SDMX message instead of querying")
    fetch.add_argument("--output", type=Path, required=True, metavar="PATH", help="the tidy CSV to write")
    fetch.add_argument("--series-id", required=True)
    fetch.add_argument("--metric", required=True, help="figures' metric id: trade_turnover, exports, imports, visitors …")
    fetch.add_argument("--measure", default="level", choices=MEASURES)
    fetch.add_argument("--reporter", required=True, help="ISO 3166 alpha-3 code")
    fetch.add_argument("--partner", default="", help="ISO alpha-3 code or group id; empty for the world")
    fetch.add_argument("--product", default="")
    fetch.add_argument("--concept", default="", help="what the series counts, e.g. 'merchandise trade'")
    fetch.add_argument("--unit", default="USD", help="the unit of the values before UNIT_MULT scaling")
    fetch.add_argument("--confidence", default="exact-from-source")
    fetch.add_argument("--source-name", help="default: SOURCE DATAFLOW (SDMX)")
    fetch.set_defaults(run=run_fetch)


def run_fetch(arguments: argparse.Namespace) -> int:
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
