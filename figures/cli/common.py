"""What the commands share: exit statuses, argument types, configuration, input errors."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from figures.check.rules import all_rules
from figures.config import Config, ConfigError, load_config
from figures.pipeline import Corpus

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A bad argument, configuration or input table: reported in one line, exit status 2."""


def date_argument(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def jobs_argument(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of worker processes (0 for one per core)")
    return int(value)


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs", "-j", type=jobs_argument, default=0, metavar="N",
        help="worker processes that read and extract articles (default 0: one per core for 16 files or more; 1: none)",
    )  # fmt: skip


def codes_argument(value: str) -> tuple[str, ...]:
    codes = tuple(code.strip().upper() for code in value.split(",") if code.strip())
    known = [r.code for r in all_rules()]
    for code in codes:
        if code != "ALL" and not any(k.startswith(code) for k in known):
            raise argparse.ArgumentTypeError(f"{code!r} matches no rule (see `figures rules`)")
    return codes


def configuration(arguments: argparse.Namespace) -> Config:
    try:
        return load_config(getattr(arguments, "config", None))
    except ConfigError as error:
        raise UsageError(str(error)) from None


def report_input_errors(corpus: Corpus) -> int:
    """Print one line per unreadable input; return the exit status they call for."""
    for error in corpus.errors:
        print(f"figures: error: {error}", file=sys.stderr)
    return EXIT_USAGE if corpus.errors else EXIT_OK
