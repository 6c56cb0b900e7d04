from __future__ import annotations

import pandas as pd
import pytest

from figures.reference.table import ReferenceError, bundled_reference, load_reference, read_reference_file
from tests.test_cli import run

HEADER = "series_id,metric,product,measure,reporter,partner,concept,period,base_period,value,unit,definition,source_name,source_url,published,confidence\n"
ROW = "GE_RU_TRADE_TURNOVER,trade_turnover,,level,GEO,RUS,merchandise trade,2024,,{value},{unit},,{source},,{published},exact-from-source\n"


def write_table(tmp_path, *rows, name="mine.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_bundled_reference_keeps_sources_and_confidence():
    table = bundled_reference()
    assert len(table) > 100
    assert table["source_name"].ne("").all() and table["confidence"].ne("").all()
    row = table[(table["series_id"] == "GE_RU_TRADE_TURNOVER") & (table["period"] == "2024-H1")].iloc[0]
    assert (row["value"], row["lower"], row["upper"]) == (1197.6, pytest.approx(1197.55), pytest.approx(1197.65))


@pytest.mark.parametrize(
    "row, problem",
    [
        (ROW.format(value="many", unit="USD million", source="Geostat", published="2025-01-20"), ":2: value 'many' is not a number"),
        (ROW.format(value="2530", unit="dollars of gold", source="Geostat", published="2025-01-20"), ":2: unit 'dollars of gold'"),
        (ROW.format(value="2530", unit="USD **", source="Geostat", published="2025-01-20"), ":2: unit 'USD **'"),
        (ROW.format(value="2530", unit="USD million", source="", published="2025-01-20"), ":2: empty source_name"),
        (ROW.format(value="2530", unit="USD million", source="Geostat", published="last year"), ":2: published 'last year'"),
        (ROW.format(value="2530", unit="USD million", source="Geostat", published="2025-01-20").replace(",2024,", ",2024-H3,"), ":2: period '2024-H3'"),
    ],
)
def test_malformed_rows_are_reported_with_file_and_line(tmp_path, row, problem):
    path = write_table(tmp_path, row)
    with pytest.raises(ReferenceError) as caught:
        read_reference_file(path)
    assert str(caught.value).startswith(str(path)) and problem in str(caught.value)


def test_duplicate_key_within_a_vintage(tmp_path):
    row = ROW.format(value="2530", unit="USD million", source="Geostat", published="2025-01-20")
    path = write_table(tmp_path, row, row)
    with pytest.raises(ReferenceError, match=r":3: duplicate row: GE_RU_TRADE_TURNOVER 2024"):
        read_reference_file(path)


def test_missing_columns(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("series_id,value\nX,1\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match=r"bad.csv:1: missing column\(s\) metric, measure"):
        read_reference_file(path)


def test_malformed_reference_exits_2_with_one_line(tmp_path):
    path = write_table(tmp_path, ROW.format(value="many", unit="USD million", source="Geostat", published="2025-01-20"))
    result = run("check", "--reference", str(path))
    assert result.returncode == 2
    assert result.stderr.strip() == f"figures: error: {path}:2: value 'many' is not a number"


def test_user_rows_override_bundled_rows_with_the_same_key(tmp_path):
    path = write_table(tmp_path, ROW.format(value="2400", unit="USD million", source="My desk", published="2025-08-23"))
    table = load_reference([path])
    rows = table[(table["series_id"] == "GE_RU_TRADE_TURNOVER") & (table["period"] == "2024")]
    assert list(rows["value"]) == [2400.0] and list(rows["source_name"]) == ["My desk"]


def test_parquet_tables(tmp_path):
    csv_path = write_table(tmp_path, ROW.format(value="2530", unit="USD million", source="Geostat", published="2025-01-20"))
    parquet_path = tmp_path / "mine.parquet"
    pd.read_csv(csv_path, dtype=str, keep_default_na=False).to_parquet(parquet_path)
    table = read_reference_file(parquet_path)
    assert table.iloc[0]["value"] == 2530.0 and table.iloc[0]["period"] == "2024"


def test_a_folder_of_tables(tmp_path):
    write_table(tmp_path, ROW.format(value="2530", unit="USD million", source="Geostat", published="2025-01-20"), name="a.csv")
    (tmp_path / "notes.txt").write_text("not a table", encoding="utf-8")
    assert len(load_reference([tmp_path], include_bundled=False)) == 1
