"""The command line: ``python -m figures COMMAND``; one module per command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from figures import __version__
from figures.cli import check, extract, reference, review, rules
from figures.cli.common import EXIT_OK, EXIT_USAGE, UsageError

COMMANDS = (check, extract, review, reference, rules)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="figures", description="Check the economic figures in news copy.")
    parser.add_argument("--version", action="version", version=f"figures {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    try:
        return arguments.run(arguments)
    except UsageError as error:
        print(f"figures: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("figures: interrupted", file=sys.stderr)
        return 130
