"""The project's single pint registry.

Every unit string in a Claim or a reference row is parsed by this registry; conversions happen
here and nowhere else.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pint

_DEFINITIONS = resources.files("figures") / "data" / "units.txt"


@cache
def registry() -> pint.UnitRegistry:
    """Return the registry, built once from pint's defaults plus ``data/units.txt``."""
    ureg = pint.UnitRegistry(cache_folder=None)
    with resources.as_file(_DEFINITIONS) as path:
        ureg.load_definitions(str(path))
    return ureg


@cache
def conversion_factor(source: str, target: str) -> float | None:
    """How many ``target`` units one ``source`` unit is; None when they cannot be converted."""
    try:
        return float(registry().Quantity(1.0, source).to(target).magnitude)
    except (pint.errors.DimensionalityError, pint.errors.UndefinedUnitError):
        return None


def parses(unit: str) -> bool:
    """Tell whether ``unit`` is a unit string the registry understands."""
    try:
        registry().parse_units(unit)
    except Exception:  # noqa: BLE001  pint's parser raises anything from AssertionError to TokenError on malformed text
        return False
    return True
