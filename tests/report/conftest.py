from __future__ import annotations

import pytest

from figures.cli import build_parser
from figures.cli.check import run_checks


def report_for(paths=(), **overrides):
    """A Report as `figures check` builds it, for the given paths (default: the bundled example)."""
    namespace = build_parser().parse_args(["check", "--quiet", *map(str, paths)])
    for key, value in overrides.items():
        setattr(namespace, key, value)
    return run_checks(namespace)[1]


@pytest.fixture(scope="session")
def seed_report():
    return report_for()
