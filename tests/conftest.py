from __future__ import annotations

from pathlib import Path

import pytest

from figures.read import bundled_paths, read_document
from figures.records import Document


@pytest.fixture(scope="session")
def seed_documents() -> dict[str, Document]:
    """The bundled example corpus, keyed by the three-digit prefix of each file name."""
    return {path.stem[:3]: read_document(path) for path in bundled_paths()}


@pytest.fixture
def write_file(tmp_path: Path):
    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
