"""Build figures/data/lexicon/countries.csv from pycountry (ISO 3166-1).

Run when pycountry's data changes; the CSV is committed so that figures needs no pycountry at
run time. Aliases, demonyms, capitals, regions and groups are curated in entities.toml.

    python -m pip install pycountry && python tools/build_gazetteer.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

TARGET = Path(__file__).resolve().parent.parent / "figures" / "data" / "lexicon" / "countries.csv"


def main() -> None:
    rows = []
    for country in pycountry.countries:
        names = {country.name}
        for attribute in ("official_name", "common_name"):
            if hasattr(country, attribute):
                names.add(getattr(country, attribute))
        for name in sorted(names):
            rows.append((country.alpha_3, name))
    rows.sort()
    with TARGET.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("code", "name"))
        writer.writerows(rows)
    print(f"{TARGET}: {len(rows)} names of {len({code for code, _ in rows})} countries")


if __name__ == "__main__":
    main()
