"""The garbage collector is paused during a run and left as it was found."""

from __future__ import annotations

import gc

import pytest

from figures.collector import collector_paused
from figures.pipeline import read_corpus


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_inside_and_restored_after(enabled):
    (gc.enable if enabled else gc.disable)()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), collector_paused():
            raise ValueError("a failing run")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_reading_a_corpus_leaves_the_collector_on():
    gc.enable()
    assert read_corpus([]).claims
    assert gc.isenabled()
