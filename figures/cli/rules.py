"""``figures rules`` and ``figures explain CODE``."""

from __future__ import annotations

import argparse
import sys

from tabulate import tabulate

from figures.check.rules import all_rules, get_rule
from figures.cli.common import EXIT_OK, UsageError


def add_parser(commands) -> None:
    listing = commands.add_parser("rules", help="list the check rules")
    listing.set_defaults(run=run_rules)
    explain = commands.add_parser("explain", help="print one rule's documentation")
    explain.add_argument("code", metavar="CODE")
    explain.set_defaults(run=run_explain)


def run_rules(arguments: argparse.Namespace) -> int:
    rows = [(r.code, r.name, r.severity + ("" if r.default else ", opt-in"), r.summary) for r in all_rules()]
    sys.stdout.write(tabulate(rows, headers=("code", "name", "severity", "what it checks"), tablefmt="simple") + "\n")
    return EXIT_OK


def run_explain(arguments: argparse.Namespace) -> int:
    found = get_rule(arguments.code)
    if found is None:
        raise UsageError(f"no rule {arguments.code!r} (see `figures rules`)")
    opt_in = "" if found.default else " (opt-in: select it with --select)"
    sys.stdout.write(f"{found.code} ({found.name}), default severity {found.severity}{opt_in}\n\n{found.doc}\n")
    return EXIT_OK
