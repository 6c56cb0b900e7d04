"""Articles on disk (or stdin) → Documents, with their publication date from metadata."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path

from figures.read.dateline import dateline_date
from figures.read.decode import DecodeError, decode_text
from figures.read.markup import MarkupError, article_text
from figures.read.suppressions import find_suppressions
from figures.records import Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
STDIN = "-"


class InputError(Exception):
    """An input that cannot be read; ``str()`` is the one-line message naming the file."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem

    def __reduce__(self) -> tuple:
        # Rebuilt from its two parts when a worker process sends it back (args hold only the message).
        return InputError, (self.path, self.problem)


def bundled_paths() -> list[Path]:
    """The bundled example corpus: the five seed articles shipped in the package (relative to the
    working directory when they lie under it, so that reports do not name the machine's paths)."""
    cwd = Path.cwd().resolve()
    return sorted(p.relative_to(cwd) if p.is_relative_to(cwd) else p for p in _bundled_directory().glob("*.txt"))


@cache
def _bundled_directory() -> Path:
    return Path(str(resources.files("figures") / "data" / "corpus")).resolve()


@cache
def _bundled_metadata() -> dict[str, dict[str, object]]:
    return tomllib.loads((_bundled_directory() / "corpus.toml").read_text(encoding="utf-8"))["documents"]


def collect_paths(arguments: Iterable[str]) -> Iterator[Path | str]:
    """Expand CLI arguments: files as given, directories recursively (supported suffixes, sorted),
    ``-`` for stdin. A missing path is yielded as is so that reading it reports the problem."""
    for argument in arguments:
        if argument == STDIN:
            yield STDIN
            continue
        path = Path(argument)
        if path.is_dir():
            found = sorted(_articles_under(path))
            # An empty directory is yielded itself, so that reading it reports the problem.
            yield from found or [path]
        else:
            yield path


def _articles_under(directory: Path) -> Iterator[Path]:
    """The article files under a directory, at any depth, as ``rglob`` finds them (symbolic links
    to files included, linked directories not entered, unreadable ones passed over) — with the
    file type from the directory listing where ``rglob`` and ``is_file`` ask the system per file."""
    try:
        with os.scandir(directory) as entries:
            listed = list(entries)
    except PermissionError:
        return
    for entry in listed:
        if entry.is_dir(follow_symlinks=False):
            yield from _articles_under(Path(entry.path))
        elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in SUPPORTED_SUFFIXES:
            yield Path(entry.path)


def read_document(path: Path | str, published: dt.date | None = None) -> Document:
    """Read one article. ``published`` (from the CLI) wins over metadata found beside the file."""
    if path == STDIN:
        data = sys.stdin.buffer.read()
        name, doc_id, suffix = "<stdin>", "stdin", ""
    else:
        path = Path(path)
        name, doc_id, suffix = str(path), path.stem, path.suffix.lower()
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(path, "no such file or directory") from None
        except IsADirectoryError:
            raise InputError(path, f"a directory with no articles ({', '.join(SUPPORTED_SUFFIXES)})") from None
        except OSError as error:
            raise InputError(path, error.strerror or "cannot be read") from None
    try:
        raw = decode_text(data)
    except DecodeError as error:
        raise InputError(name, str(error)) from None
    if not raw.strip():
        raise InputError(name, "empty file, no text to check")
    try:
        text, metadata = article_text(raw, suffix)
    except MarkupError as error:
        raise InputError(name, str(error)) from None
    if not text.strip():
        raise InputError(name, "no article text found")
    if path != STDIN:
        metadata = {**_sidecar_metadata(path), **metadata}
    try:
        date = published or _as_date(metadata.get("published") or metadata.get("date"))
    except ValueError as error:
        raise InputError(name, f"publication date: {error}") from None
    date = date or dateline_date(text)  # "TBILISI, 12 March 2025 (Reuters) –", "Published: March 12, 2025"
    title = metadata.get("title")
    return Document(
        id=doc_id,
        path=name,
        text=text,
        published=date,
        title=str(title) if title else None,
        suppressions=find_suppressions(raw, text, suffix),
    )


def _sidecar_metadata(path: Path) -> dict[str, object]:
    """Metadata beside an article: ``NAME.meta.toml``, or the bundled corpus's own table."""
    sidecar = path.with_name(path.stem + ".meta.toml")
    if sidecar.is_file():
        try:
            return tomllib.loads(sidecar.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise InputError(sidecar, f"invalid TOML: {error}") from None
    # Resolving a path costs a system call per directory: only a bundled article's name is worth it.
    if path.stem in _bundled_metadata() and path.resolve().parent == _bundled_directory():
        return dict(_bundled_metadata().get(path.stem, {}))
    return {}


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None
