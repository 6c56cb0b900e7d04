"""Official statistics over SDMX (IMF, ECB, Eurostat, OECD, World Bank, many statistics offices)
written as a tidy reference table, with the source, the query and the retrieval date.

Built on sdmx1. ``--message FILE`` converts an SDMX-ML or SDMX-JSON message saved earlier, which
is how the tests run (never on the network) and how a desk without access can use a file a
colleague downloaded.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from figures.reference.table import COLUMNS

_SCALE_WORDS = {0: "", 3: " thousand", 6: " million", 9: " billion", 12: " trillion"}
_PERIOD_FORMS = (
    (re.compile(r"(\d{4})"), "{0}"),
    (re.compile(r"(\d{4})-?Q([1-4])"), "{0}-Q{1}"),
    (re.compile(r"(\d{4})-?[SH]([12])"), "{0}-H{1}"),
    (re.compile(r"(\d{4})-?M?(\d{2})"), "{0}-{1}"),
)


class FetchError(RuntimeError):
    """The data could not be fetched or converted; the message says why in one line."""


@dataclass(frozen=True)
class SeriesMapping:
    """How the fetched series maps onto figures' keys."""

    series_id: str
    metric: str
    measure: str
    reporter: str
    partner: str = ""
    product: str = ""
    concept: str = ""
    unit: str = "USD"
    confidence: str = "exact-from-source"


def fetch_message(source: str, resource_id: str, key: str | None, params: dict[str, str], timeout: float = 30.0):
    """Query an SDMX web service. Network problems become one-line FetchErrors."""
    import requests
    import sdmx

    try:
        client = sdmx.Client(source)
    except (KeyError, ValueError) as error:
        raise FetchError(f"unknown SDMX source {source!r} ({error}); see sdmx.list_sources()") from None
    try:
        message = client.data(resource_id, key=key, params=params, timeout=timeout)
    except requests.exceptions.RequestException as error:
        raise FetchError(
            f"cannot reach {source} ({type(error).__name__}): no network? Save the message elsewhere and use --message FILE"
        ) from None
    except Exception as error:  # noqa: BLE001 — sdmx1 raises many kinds for a bad query or an unexpected reply
        raise FetchError(f"{source} refused or garbled the query for {resource_id}: {str(error).splitlines()[0]}") from None
    url = getattr(getattr(message, "response", None), "url", None) or f"{client.source.url}/data/{resource_id}/{key or ''}"
    return message, url


def read_message(path: Path):
    """Read a saved SDMX-ML or SDMX-JSON message."""
    import sdmx

    try:
        return sdmx.read_sdmx(path), str(path)
    except FileNotFoundError:
        raise FetchError(f"{path}: no such file") from None
    except Exception as error:  # noqa: BLE001 — sdmx1 raises many kinds for a malformed message
        raise FetchError(f"{path}: not an SDMX message ({str(error).splitlines()[0]})") from None


def tidy_rows(message, origin: str, mapping: SeriesMapping, source_name: str, retrieved: dt.date) -> list[dict[str, str]]:
    """One tidy reference row per observation of every series in the message."""
    prepared = getattr(message.header, "prepared", None)
    published = (prepared.date() if prepared else retrieved).isoformat()
    rows = []
    for dataset in message.data:
        for key, observations in dataset.series.items():
            key_text = ".".join(str(value.value) for value in key.values.values())
            for observation in observations:
                if observation.value in (None, "", "NaN"):
                    continue
                period = _period_label(str(observation.dimension.values["TIME_PERIOD"].value) if "TIME_PERIOD" in observation.dimension.values else str(next(iter(observation.dimension.values.values())).value))
                multiplier = _unit_multiplier(observation)
                rows.append(
                    {
                        "series_id": mapping.series_id, "metric": mapping.metric, "product": mapping.product,
                        "measure": mapping.measure, "reporter": mapping.reporter, "partner": mapping.partner,
                        "concept": mapping.concept or mapping.metric, "period": period, "base_period": "",
                        "value": str(observation.value), "unit": f"{mapping.unit}{_SCALE_WORDS[multiplier]}",
                        "definition": f"SDMX series {key_text}; retrieved {retrieved.isoformat()}",
                        "source_name": source_name, "source_url": origin, "published": published,
                        "confidence": mapping.confidence, "lower": "", "upper": "",
                    }
                )  # fmt: skip
    if not rows:
        raise FetchError(f"{origin}: the message holds no observations")
    return sorted(rows, key=lambda row: (row["series_id"], row["period"]))


def write_rows(rows: list[dict[str, str]], output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _period_label(text: str) -> str:
    for pattern, form in _PERIOD_FORMS:
        match = pattern.fullmatch(text)
        if match:
            return form.format(*match.groups())
    raise FetchError(f"period {text!r} is not one figures reads (year, quarter, half or month)")


def _unit_multiplier(observation) -> int:
    attributes = {**getattr(observation, "attrib", {})}
    value = attributes.get("UNIT_MULT")
    multiplier = int(str(value.value)) if value is not None else 0
    if multiplier not in _SCALE_WORDS:
        raise FetchError(f"UNIT_MULT {multiplier} is not a power of a thousand")
    return multiplier
