"""The article inside a file: Markdown front matter split off, HTML reduced to its main text.

Claim spans refer to the text returned here, which the reports show.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

import yaml

_FRONT_MATTER = re.compile(r"\A(?:---[ \t]*\n(?P<yaml>.*?)\n---|\+\+\+[ \t]*\n(?P<toml>.*?)\n\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL)


class MarkupError(ValueError):
    """Metadata or markup that cannot be read; the message says where."""


def article_text(raw: str, suffix: str) -> tuple[str, dict[str, Any]]:
    """Split a file's text into the article text and its metadata (title, date, url, outlet)."""
    if suffix in (".md", ".markdown"):
        return _markdown(raw)
    if suffix in (".html", ".htm"):
        return _html(raw)
    return raw, {}


def _markdown(raw: str) -> tuple[str, dict[str, Any]]:
    match = _FRONT_MATTER.match(raw)
    if not match:
        return raw, {}
    try:
        if match.group("yaml") is not None:
            metadata = yaml.safe_load(match.group("yaml")) or {}
        else:
            metadata = tomllib.loads(match.group("toml"))
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as error:
        raise MarkupError(f"front matter: {str(error).splitlines()[0]}") from None
    if not isinstance(metadata, dict):
        raise MarkupError("front matter is not a table of keys and values")
    # Blank out the front matter rather than cut it, so line numbers stay those of the file.
    blank = "\n" * match.group(0).count("\n")
    return blank + raw[match.end() :], metadata


def _html(raw: str) -> tuple[str, dict[str, Any]]:
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    document = trafilatura.bare_extraction(
        raw, output_format="python", include_comments=False, include_tables=True, with_metadata=True
    )
    if document is None:
        return "", {}
    fields = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    metadata = {key: fields.get(key) for key in ("title", "date", "url", "sitename") if fields.get(key)}
    return fields.get("text") or "", metadata
