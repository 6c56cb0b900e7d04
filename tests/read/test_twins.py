"""An HTML article and a Markdown article give the same claims as their plain-text twin."""

from __future__ import annotations

import html

from figures.extract.claims import extract_claims
from figures.read import read_document


def _essentials(document):
    return [
        (c.text, c.value, c.unit, c.lower, c.upper, c.period and c.period.label, c.base_period and c.base_period.label,
         c.metric, c.entities, c.share_of, c.source)
        for c in extract_claims(document)
    ]  # fmt: skip


def test_html_and_markdown_twins_of_a_seed_article(seed_documents, write_file):
    plain = seed_documents["004"]
    paragraphs = [p for p in plain.text.split("\n") if p.strip()]
    title, body = paragraphs[0], paragraphs[1:]
    markdown = f"---\ntitle: \"{title}\"\ndate: 2025-12-03\n---\n# {title}\n\n" + "\n\n".join(body) + "\n"
    page = (
        f"<!doctype html><html><head><title>{html.escape(title)}</title>"
        '<meta property="article:published_time" content="2025-12-03"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in body)
        + "</article><footer>© 2025 The Outlet. All rights reserved.</footer></body></html>"
    )
    from_markdown = read_document(write_file("twin.md", markdown))
    from_html = read_document(write_file("twin.html", page))
    assert from_markdown.title == title
    assert str(from_markdown.published) == str(from_html.published) == "2025-12-03"
    expected = _essentials(plain)
    assert expected  # the seed article has figures to compare
    assert _essentials(from_markdown) == expected
    assert _essentials(from_html) == expected
