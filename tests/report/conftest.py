from __future__ import annotations

import argparse

import pytest

from figures.cli.check import run_checks


def report_for(paths=(), **overrides):
    """A Report as `figures check` builds it, for the given paths (default: the bundled example)."""
    namespace = argparse.Namespace(
        paths=list(paths), select=None, ignore=None, published=None, config=None, reference=[],
        no_bundled_reference=False, decisions=None, fail_on=None, quiet=True, timestamp=False,
    )  # fmt: skip
    for key, value in overrides.items():
        setattr(namespace, key, value)
    return run_checks(namespace)[1]


@pytest.fixture(scope="session")
def seed_report():
    return report_for()
