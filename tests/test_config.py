from __future__ import annotations

import pytest

from figures.config import ConfigError, load_config, parse_config


def test_defaults_without_a_file(tmp_path):
    config = load_config(directory=tmp_path)
    assert (config.fail_on, config.select, config.extract.trailing_zeros) == ("error", (), "rounded")


def test_pyproject_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.figures]\nselect = ["FIG1"]\ntrailing-zeros = "exact"\napprox-widening = 0.1\n', encoding="utf-8"
    )
    config = load_config(directory=tmp_path)
    assert config.select == ("FIG1",) and config.extract.trailing_zeros == "exact" and config.extract.approx_widening == 0.1


@pytest.mark.parametrize(
    "table, key",
    [
        ({"fail_on": "error"}, "fail_on"),
        ({"fail-on": "sometimes"}, "fail-on"),
        ({"select": "FIG1"}, "select"),
        ({"severity": {"FIG101": "fatal"}}, "severity.FIG101"),
        ({"trailing-zeros": "maybe"}, "trailing-zeros"),
        ({"approx-widening": "5%"}, "approx-widening"),
        ({"approx-widening": 2.0}, "approx-widening"),
    ],
)
def test_errors_name_the_file_and_the_key(table, key):
    with pytest.raises(ConfigError, match=rf"^figures.toml: key '{key}': "):
        parse_config(table, "figures.toml")
