from __future__ import annotations

import codecs
import datetime as dt

import pytest

from figures.read import InputError, bundled_paths, collect_paths, read_document
from figures.read.documents import SUPPORTED_SUFFIXES


def test_bundled_corpus_has_the_five_seed_articles_with_dates():
    documents = [read_document(path) for path in bundled_paths()]
    assert [d.id[:3] for d in documents] == ["000", "001", "002", "003", "004"]
    assert {d.id[:3]: d.published for d in documents}["002"] == dt.date(2025, 12, 3)
    assert all(d.title for d in documents)


@pytest.mark.parametrize(
    "content",
    [
        b"Trade rose 7%.",
        codecs.BOM_UTF8 + b"Trade rose 7%.",
        codecs.BOM_UTF16_LE + "Trade rose 7%.".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Trade rose 7%.".encode("utf-16-be"),
    ],
)
def test_encodings(write_file, content):
    assert read_document(write_file("a.txt", content)).text == "Trade rose 7%."


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"Trade rose \xff\xfe 7%", "not valid UTF-8: byte 0xff at offset 11"),
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
    ],
)
def test_bad_input_is_a_one_line_error_naming_the_file(write_file, content, problem):
    path = write_file("bad.txt", content)
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and problem in message and "\n" not in message


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        read_document(tmp_path / "missing.txt")


def test_directories_recurse_over_supported_suffixes(write_file, tmp_path):
    write_file("b/one.txt", "x")
    write_file("b/c/two.md", "x")
    write_file("b/c/skip.pdf", "x")
    write_file("a.html", "<p>x</p>")
    assert [p.name for p in collect_paths([str(tmp_path)])] == ["a.html", "two.md", "one.txt"]


def test_directories_list_what_rglob_finds_links_and_all(write_file, tmp_path):
    write_file("corpus/one.TXT", "x")
    write_file("corpus/.hidden.md", "x")
    write_file("corpus/deep/er/two.htm", "x")
    (tmp_path / "corpus" / "folder.txt").mkdir()  # a directory, whatever its name
    write_file("elsewhere/linked.txt", "x")
    (tmp_path / "corpus" / "link.txt").symlink_to(tmp_path / "elsewhere" / "linked.txt")
    (tmp_path / "corpus" / "broken.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "corpus" / "linked_folder").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    corpus = tmp_path / "corpus"
    expected = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
    assert list(collect_paths([str(corpus)])) == expected
    assert [p.name for p in expected] == [".hidden.md", "two.htm", "link.txt", "one.TXT"]


def test_markdown_front_matter_gives_metadata_and_keeps_line_numbers(write_file):
    path = write_file("a.md", "---\ntitle: Trade\ndate: 2025-12-03\n---\nTrade rose 7%.\n")
    document = read_document(path)
    assert (document.title, document.published) == ("Trade", dt.date(2025, 12, 3))
    assert document.text.splitlines()[4] == "Trade rose 7%."


def test_toml_front_matter(write_file):
    document = read_document(write_file("a.md", '+++\ntitle = "T"\ndate = 2025-12-03\n+++\nBody 7%.\n'))
    assert (document.title, document.published) == ("T", dt.date(2025, 12, 3))


def test_sidecar_metadata_and_cli_date_wins(write_file):
    path = write_file("a.txt", "Trade rose 7%.")
    write_file("a.meta.toml", 'title = "Sidecar"\npublished = 2025-12-03\n')
    assert read_document(path).published == dt.date(2025, 12, 3)
    assert read_document(path, published=dt.date(2024, 1, 1)).published == dt.date(2024, 1, 1)


def test_bad_front_matter_date_is_an_input_error(write_file):
    with pytest.raises(InputError, match="publication date"):
        read_document(write_file("a.md", "---\ndate: yesterday\n---\nBody.\n"))


def test_html_main_text(write_file):
    html = (
        "<html><head><title>Trade</title><script>var x = 99;</script></head><body>"
        "<nav>Menu 1 2 3</nav><article><h1>Trade</h1><p>Trade turnover in 2024 reached $2.4 billion, "
        "the ministry said in a statement published on its website on Monday.</p>"
        "<p>Exports rose 7% over the year, driven by wine and mineral water shipments.</p></article></body></html>"
    )
    document = read_document(write_file("a.html", html))
    assert "$2.4 billion" in document.text and "var x" not in document.text


def test_a_directory_without_articles_is_an_input_error(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (path,) = list(collect_paths([str(tmp_path)]))
    with pytest.raises(InputError, match="a directory with no articles"):
        read_document(path)
