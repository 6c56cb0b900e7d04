"""Property test: the whole check never raises on open-ended text, and its findings are well formed."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figures.check.engine import check_claims
from figures.extract.claims import extract_claims
from figures.records import Document
from figures.reference.match import ReferenceIndex
from figures.reference.table import load_reference

SENTENCES = st.sampled_from(
    [
        "Georgia's trade with Russia reached $2.4 billion in 2024.",
        "Trade turnover between the two countries was $2.6 billion in 2024.",
        "In the first half of 2025 exports to Russia rose 7% to $700 million.",
        "Exports to Russia were $1.2 billion in 2025.",
        "The CIS accounts for 63% of Georgia's trade, whereas the EU makes up 42%.",
        "Visitors tripled, from 200,000 in 2021 to 1.4 million in 2024.",
        "Russia's share of Georgia's trade was 11.2% in 2023.",
        "The economy would not have grown by 40%.",
        "“Imports fell 5% last year,” Kalugin said.",
        "<!-- figures: ignore FIG301 -->",
        "\n", " ", "$", "%", "2024", "nearly", "between 5 and", "H1 2025",
    ]
)
REFERENCE = ReferenceIndex(load_reference())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SENTENCES, min_size=1, max_size=12), st.lists(SENTENCES, max_size=6), st.booleans())
def test_check_never_raises_and_findings_cite_real_claims(first, second, dated):
    published = dt.date(2025, 12, 3) if dated else None
    documents = [
        Document(id=f"d{number}", path=f"d{number}.md", text=" ".join(parts), published=published)
        for number, parts in enumerate((first, second))
        if parts
    ]
    claims = [claim for document in documents for claim in extract_claims(document)]
    result = check_claims(claims, documents, reference=REFERENCE)
    ids = {claim.id for claim in claims}
    for finding in result.findings:
        assert finding.claims or finding.location
        assert all(reference.id in ids for reference in finding.claims)
        assert len(finding.fingerprint) == 16
        if finding.relative_gap is not None:
            assert finding.relative_gap >= 0
    assert sum(c.numbers for c in result.coverage) == len(claims)
