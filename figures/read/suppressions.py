"""Inline suppressions in Markdown and HTML articles, in Vale's style.

``<!-- figures: ignore FIG301 -->`` on the line before a paragraph silences those rules (all
rules when no code is given) for that paragraph; ``<!-- figures: ignore-start FIG2 -->`` …
``<!-- figures: ignore-end -->`` silences a block. Spans refer to the document's text: for
Markdown the comments stay in the text; for HTML, whose comments the text extraction drops, the
covered paragraph is found again in the extracted text.
"""

from __future__ import annotations

import html
import re

from figures.records import Suppression

_COMMENT = re.compile(r"<!--\s*figures:\s*(?P<kind>ignore-start|ignore-end|ignore)\b(?P<codes>[^>]*?)-->", re.IGNORECASE)
_CODES = re.compile(r"[A-Za-z]+\d*")
_NEXT_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_BLOCK = re.compile(r"<(p|li|h[1-6]|blockquote|td|div|section|article)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def find_suppressions(raw: str, text: str, suffix: str) -> tuple[Suppression, ...]:
    """Every inline suppression of a Markdown or HTML file, as spans of ``text``."""
    if suffix in (".md", ".markdown"):
        return _spans(raw, text, _markdown_paragraph, _markdown_block)
    if suffix in (".html", ".htm"):
        return _spans(raw, text, _html_paragraph, _html_block)
    return ()


def _codes(text: str) -> tuple[str, ...]:
    return tuple(code.upper() for code in _CODES.findall(text))


def _spans(raw: str, text: str, paragraph, block) -> tuple[Suppression, ...]:
    found: list[Suppression] = []
    comments = list(_COMMENT.finditer(raw))
    for index, comment in enumerate(comments):
        kind = comment.group("kind").lower()
        line = raw.count("\n", 0, comment.start()) + 1
        if kind == "ignore":
            span = paragraph(raw, text, comment)
        elif kind == "ignore-start":
            end = next((c for c in comments[index + 1 :] if c.group("kind").lower() == "ignore-end"), None)
            span = block(raw, text, comment, end)
        else:
            continue
        if span is not None:
            found.append(Suppression(span[0], span[1], line, _codes(comment.group("codes"))))
    return tuple(found)


def _markdown_paragraph(raw: str, text: str, comment: re.Match[str]) -> tuple[int, int] | None:
    start = comment.end()
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    end = _NEXT_PARAGRAPH.search(text, start)
    return start, end.start() if end else len(text)


def _markdown_block(raw: str, text: str, start: re.Match[str], end: re.Match[str] | None) -> tuple[int, int]:
    return start.end(), end.start() if end else len(text)


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def _locate(text: str, needle: str, start: int = 0) -> re.Match[str] | None:
    """``needle`` in ``text``, whatever the whitespace between its words."""
    words = needle.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words)).search(text, start)


def _html_paragraph(raw: str, text: str, comment: re.Match[str]) -> tuple[int, int] | None:
    block = _BLOCK.search(raw, comment.end())
    if block is None:
        return None
    found = _locate(text, _plain(block.group(2)))
    return found.span() if found else None


def _html_block(raw: str, text: str, start: re.Match[str], end: re.Match[str] | None) -> tuple[int, int] | None:
    inner = raw[start.end() : end.start() if end else len(raw)]
    blocks = [_plain(b.group(2)) for b in _BLOCK.finditer(inner)]
    blocks = [b for b in blocks if b]
    if not blocks:
        return None
    first = _locate(text, blocks[0])
    if first is None:
        return None
    last = _locate(text, blocks[-1], first.start())
    return first.start(), (last.end() if last else first.end())
