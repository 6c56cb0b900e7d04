"""The rule registry: every check is a small function with a code, a name and a default severity.

A rule's docstring follows ruff's style — what it checks, why it matters, an example — and is
what ``python -m figures rules`` and ``python -m figures explain CODE`` print.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from figures.records import Finding, Severity

if TYPE_CHECKING:
    from figures.check.context import CheckContext

RuleFunction = Callable[["CheckContext"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    function: RuleFunction
    default: bool = True  # selected when no --select is given

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, severity: Severity, default: bool = True) -> Callable[[RuleFunction], RuleFunction]:
    """Register a check function under ``code``; ``default=False`` makes it opt-in."""

    def register(function: RuleFunction) -> RuleFunction:
        if code in _REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(code, name, severity, function, default)
        return function

    return register


def all_rules() -> list[Rule]:
    """Every rule, in code order (the order they run in, but for FIG101 and FIG103: see the engine)."""
    from figures.check.rules import changes, flows, reference, same_quantity, shares, suppressions, time  # noqa: F401

    return [_REGISTRY[code] for code in sorted(_REGISTRY)]


def get_rule(code: str) -> Rule | None:
    """The rule with this code, if there is one."""
    return {r.code: r for r in all_rules()}.get(code.upper())
