"""Reading a corpus: in this process or in worker processes, with the same result."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys

import pytest

from figures.extract.claims import extract_claims
from figures.pipeline import PARALLEL_FROM, _workers, read_corpus, runs_of_text
from figures.read import STDIN, InputError, bundled_paths, read_document
from figures.records import Document


@pytest.fixture
def many_articles(tmp_path):
    """The seed articles copied under several names, with unreadable files among them."""
    for copy in range(4):
        for path in bundled_paths():
            shutil.copy(path, tmp_path / f"{copy}_{path.name}")
    (tmp_path / "2_empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "3_broken.txt").write_bytes(b"\xff\xfe\x00\xd8broken")
    return tmp_path


def test_workers_read_the_same_corpus_as_one_process(many_articles):
    alone = read_corpus([str(many_articles)], jobs=1)
    pooled = read_corpus([str(many_articles)], jobs=2)
    assert len(alone.documents) == 20 and len(alone.claims) > 50
    assert pooled.documents == alone.documents
    assert pooled.claims == alone.claims
    assert [str(e) for e in pooled.errors] == [str(e) for e in alone.errors]
    assert [e.path for e in pooled.errors] == [str(many_articles / "2_empty.txt"), str(many_articles / "3_broken.txt")]


def test_articles_read_in_batches_have_the_claims_of_each_read_alone(many_articles):
    paths = sorted(p for p in many_articles.iterdir() if p.stem not in ("2_empty", "3_broken"))
    corpus = read_corpus([str(many_articles)], jobs=1)
    assert len(paths) == 20  # of 22 files, read in batches of five (a quarter of the files per process)
    assert corpus.claims == [claim for path in paths for claim in extract_claims(read_document(path))]


def test_a_document_id_read_twice_is_refused_with_workers_too(many_articles):
    nested = many_articles / "again"
    nested.mkdir()
    shutil.copy(bundled_paths()[0], nested / f"0_{bundled_paths()[0].name}")
    errors = read_corpus([str(many_articles)], jobs=2).errors
    assert any("read twice" in str(error) and error.path == str(nested / f"0_{bundled_paths()[0].name}") for error in errors)


def test_input_error_survives_the_trip_back_from_a_worker():
    error = pickle.loads(pickle.dumps(InputError("a/b.txt", "empty file, no text to check")))
    assert (error.path, error.problem, str(error)) == ("a/b.txt", "empty file, no text to check", "a/b.txt: empty file, no text to check")


def test_number_of_workers():
    few, many = ["a.txt"] * (PARALLEL_FROM - 1), ["a.txt"] * PARALLEL_FROM
    assert _workers(0, few) == 1
    assert _workers(0, many) >= 1
    assert _workers(4, ["a.txt", "b.txt"]) == 2  # never more workers than files
    assert _workers(3, [*many, STDIN]) == 1  # standard input is read by this process
    with pytest.raises(ValueError, match="jobs"):
        _workers(-1, many)


def test_check_output_does_not_depend_on_jobs(many_articles):
    def check(*jobs: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "figures", "check", str(many_articles), "--format", "json", "--quiet", *jobs]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    alone, pooled = check("--jobs", "1"), check("-j", "2")
    assert alone.returncode == pooled.returncode == 2  # the unreadable files; the others are still checked
    assert alone.stdout == pooled.stdout and '"FIG301"' in alone.stdout
    assert alone.stderr == pooled.stderr and "2_empty.txt: empty file" in alone.stderr


def test_jobs_must_be_a_count():
    result = subprocess.run([sys.executable, "-m", "figures", "check", "--jobs", "-1"], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "--jobs" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_are_forked_before_the_progress_bar_starts_its_thread(many_articles):
    script = (
        "import os, sys, threading\n"
        "counts = []\n"
        "os.register_at_fork(before=lambda: counts.append(threading.active_count()))\n"
        "from figures.pipeline import read_corpus\n"
        f"read_corpus([{str(many_articles)!r}], progress=True, jobs=2)\n"
        "print(counts)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[1, 1]"  # two workers, each forked from a single-threaded process


@pytest.mark.parametrize("stage", ["find_bare_claims", "document_context", "read_each_claim", "read_claims_together"])
def test_a_failure_on_one_document_is_reported_and_the_others_are_read(tmp_path, monkeypatch, stage):
    # Extraction runs stage by stage over a run of documents: a failure at any stage loses only its document.
    from figures.extract import claims as extraction

    for name, country in (("a.txt", "Georgia"), ("b.txt", "Armenia"), ("c.txt", "Georgia")):
        (tmp_path / name).write_text(f"{country}'s exports reached $5 billion in 2024.", encoding="utf-8")
    original = getattr(extraction, stage)

    def failing_on_b(*arguments):
        # Each stage is given the document's text, or its document or context, which hold it.
        if any("Armenia" in (argument if isinstance(argument, str) else getattr(argument, "text", "")) for argument in arguments):
            raise ValueError("an unexpected sentence")
        return original(*arguments)

    monkeypatch.setattr(extraction, stage, failing_on_b)
    corpus = read_corpus([str(tmp_path)], jobs=1)
    assert [d.id for d in corpus.documents] == ["a", "c"] and len(corpus.claims) == 2
    (error,) = corpus.errors
    assert str(error) == f"{tmp_path / 'b.txt'}: figures failed on this document (ValueError: an unexpected sentence); please report it"


def test_phrases_are_found_ahead_for_runs_of_limited_text():
    documents = [Document(id=str(n), path=f"{n}.txt", text="x" * length) for n, length in enumerate([3, 5, 9, 2, 2, 2])]
    error = InputError("bad.txt", "empty file, no text to check")
    items = [documents[0], error, *documents[1:]]
    runs = list(runs_of_text(items, limit=8))
    assert [[item.path for item in run] for run in runs] == [["0.txt", "bad.txt", "1.txt"], ["2.txt"], ["3.txt", "4.txt", "5.txt"]]
