"""Build the bundled reference table, figures/data/reference/georgia.csv, from
../shared/reference/georgia_sources.csv (the researched official figures and their sources).

Each source series is mapped to figures' canonical keys — metric, product, measure, entities,
concept — here, once; every row keeps its source, vintage and confidence. Rows whose metric
figures does not read (a partner's rank, a projection) are left out and listed.

    python tools/build_reference.py [SOURCE_CSV]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "reference" / "georgia_sources.csv"
TARGET = ROOT / "figures" / "data" / "reference" / "georgia.csv"

COLUMNS = [
    "series_id", "metric", "product", "measure", "reporter", "partner", "concept", "period",
    "base_period", "value", "unit", "definition", "source_name", "source_url", "published", "confidence",
]  # fmt: skip

# series_id → (metric, product, measure, reporter, partner, concept)
SERIES = {
    "GE_RU_TRADE_TURNOVER": ("trade_turnover", "", "level", "GEO", "RUS", "merchandise trade"),
    "GE_RU_EXPORTS": ("exports", "", "level", "GEO", "RUS", "merchandise trade"),
    "GE_RU_IMPORTS": ("imports", "", "level", "GEO", "RUS", "merchandise trade"),
    "GE_WORLD_TRADE_TURNOVER": ("trade_turnover", "", "level", "GEO", "", "merchandise trade"),
    "GE_WORLD_EXPORTS": ("exports", "", "level", "GEO", "", "merchandise trade"),
    "GE_WORLD_IMPORTS": ("imports", "", "level", "GEO", "", "merchandise trade"),
    "GE_EU_EXPORTS": ("exports", "", "level", "GEO", "EU", "merchandise trade"),
    "GE_EU_IMPORTS": ("imports", "", "level", "GEO", "EU", "merchandise trade"),
    "GE_EU_TRADE_TURNOVER": ("trade_turnover", "", "level", "GEO", "EU", "merchandise trade"),
    "GE_CIS_TRADE_TURNOVER": ("trade_turnover", "", "level", "GEO", "CIS", "merchandise trade"),
    "GE_CIS_EXPORTS": ("exports", "", "level", "GEO", "CIS", "merchandise trade"),
    "GE_CIS_IMPORTS": ("imports", "", "level", "GEO", "CIS", "merchandise trade"),
    "GE_RU_TRADE_SHARE": ("trade_turnover", "", "share", "GEO", "RUS", "merchandise trade"),
    "GE_EU_TRADE_SHARE": ("trade_turnover", "", "share", "GEO", "EU", "merchandise trade"),
    "GE_EU_EXPORTS_SHARE": ("exports", "", "share", "GEO", "EU", "merchandise trade"),
    "GE_CIS_EXPORTS_SHARE": ("exports", "", "share", "GEO", "CIS", "merchandise trade"),
    "GE_RU_GAS_IMPORTS": ("imports", "natural_gas", "level", "GEO", "RUS", "merchandise trade"),
    "GE_WORLD_GAS_IMPORTS": ("imports", "natural_gas", "level", "GEO", "", "merchandise trade"),
    "GE_RU_WINE_EXPORTS": ("exports", "wine", "level", "GEO", "RUS", "merchandise trade"),
    "GE_GDP_REAL_GROWTH": ("gdp_growth", "", "change_pct", "GEO", "", "real GDP growth"),
    "GE_INTL_TRAVELLER_TRIPS": ("visitors", "", "level", "GEO", "", "international traveller trips"),
    "GE_INTL_TOURIST_TRIPS": ("visitors", "", "level", "GEO", "", "international tourist trips"),
    "GE_RU_TRAVELLER_TRIPS": ("visitors", "", "level", "GEO", "RUS", "international traveller trips"),
    "GE_RU_TOURIST_TRIPS": ("visitors", "", "level", "GEO", "RUS", "international tourist trips"),
    "GE_RU_TRAVELLER_SHARE": ("visitors", "", "share", "GEO", "RUS", "international traveller trips"),
    "GE_RU_VISITORS_GEOSTAT": ("visitors", "", "level", "GEO", "RUS", "inbound visitors (Geostat survey)"),
    "GE_RU_VISITORS_SHARE_GEOSTAT": ("visitors", "", "share", "GEO", "RUS", "inbound visitors (Geostat survey)"),
    "GE_RU_BORDER_ENTRIES": ("visitors", "", "level", "GEO", "RUS", "border entries"),
    "GE_AREA_TOTAL": ("area", "", "level", "GEO", "", "area"),
    "GE_AREA_OCCUPIED": ("area", "", "level", "GEO", "GEO_OCCUPIED", "area"),
    "GE_AREA_OCCUPIED_SHARE": ("area", "", "share", "GEO", "GEO_OCCUPIED", "area"),
    "GE_AREA_ABKHAZIA": ("area", "", "level", "GEO", "ABKHAZIA", "area"),
    "GE_AREA_SOUTH_OSSETIA": ("area", "", "level", "GEO", "SOUTH_OSSETIA", "area"),
    "GE_FX_GEL_PER_USD_AVG": ("exchange_rate", "", "rate", "GEO", "", "GEL per USD, annual average"),
}
UNITS = {"USD million": "USD million", "EUR million": "EUR million", "percent": "percent", "trips": "trips",
         "visitors": "visitors", "entries": "entries", "km2": "km**2", "GEL per USD": "GEL / USD"}  # fmt: skip


def _previous(period: str) -> str:
    """The same period a year earlier: the base of a year-on-year growth rate."""
    year, _, rest = period.partition("-")
    if ".." in period:
        first, last = period.split("..")
        return f"{_previous(first)}..{_previous(last)}"
    return f"{int(year) - 1}" + (f"-{rest}" if rest else "")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    rows, skipped = [], []
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            series = row["series_id"]
            mapped = SERIES.get(series)
            if mapped is None or row["unit"] == "rank":
                skipped.append(f"{series} {row['period']} ({row['metric']})")
                continue
            metric, product, measure, reporter, partner, concept = mapped
            base = ""
            if row["metric"].endswith("y/y growth"):  # a growth rate filed under the level's series
                measure, base = "change_pct", _previous(row["period"])
            elif measure == "change_pct":
                base = _previous(row["period"])
            rows.append(
                {
                    "series_id": series if measure != "change_pct" or metric == "gdp_growth" else f"{series}_GROWTH",
                    "metric": metric, "product": product, "measure": measure, "reporter": reporter,
                    "partner": partner, "concept": concept, "period": row["period"], "base_period": base,
                    "value": row["value"], "unit": UNITS[row["unit"]], "definition": row["definition"],
                    "source_name": row["source_name"], "source_url": row["source_url"],
                    "published": row["published"], "confidence": row["confidence"],
                }
            )  # fmt: skip
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with TARGET.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{TARGET}: {len(rows)} rows; left out: {', '.join(skipped) or 'none'}")


if __name__ == "__main__":
    main()
