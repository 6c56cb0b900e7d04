"""FIG9xx: the tool's own hygiene."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from figures.check.context import CheckContext
from figures.check.rules import rule
from figures.records import Finding, Location


@rule("FIG901", "unused-suppression", "warning")
def unused_suppression(context: CheckContext) -> Iterator[Finding]:
    """An inline ``<!-- figures: ignore … -->`` comment that suppresses nothing.

    Why: a suppression outlives the figure it was written for — the paragraph was edited, the
    number corrected — and then silently hides the next real problem in that place. Remove it.
    (The same idea as ruff's RUF100 for unused ``noqa`` comments.)

    Example: ``<!-- figures: ignore FIG301 -->`` above a paragraph whose figures all match the
    reference.
    """
    for document, suppression in context.unused_suppressions:
        codes = " ".join(suppression.codes) or "all rules"
        key = f"FIG901\x1f{document.id}\x1f{codes}\x1f{document.text[suppression.start:suppression.end].strip()}"
        yield Finding(
            rule="FIG901",
            name="unused-suppression",
            severity=context.severities["FIG901"],
            message=f"the suppression of {codes} at line {suppression.line} matches no finding",
            claims=(),
            fingerprint=hashlib.sha256(key.encode()).hexdigest()[:16],
            location=Location(document.id, document.path, suppression.line, 1),
        )
