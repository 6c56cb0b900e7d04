"""The publication date a plain-text article gives at its top."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figures.read import read_document
from figures.read.dateline import dateline_date


@pytest.mark.parametrize(
    "text, date",
    [
        ("TBILISI, 12 March 2025 (Reuters) – Georgia's exports rose 5%.", dt.date(2025, 3, 12)),
        ("Georgian wine exports hit record\nPublished: March 12, 2025 14:35\n\nGeorgia exported…", dt.date(2025, 3, 12)),
        ("Headline\n\nBy Nino Beridze\nUpdated 9 Jan 2025, 10:15 GMT\n\nBody.", dt.date(2025, 1, 9)),
        ("Headline\n2025-03-12\n\nBody.", dt.date(2025, 3, 12)),
        ("Baku, 3 March 2025 - Azerbaijan exported 25.2 bcm of gas.", dt.date(2025, 3, 3)),
        ("Headline\n\nBAKU/TBILISI/YEREVAN, 2 December 2025 - The three economies grew.", dt.date(2025, 12, 2)),
        # A full stop after the date, and Markdown's emphasis (regression: these gave no date).
        ("Headline\n\nTbilisi, 4 March 2025. Turkey was again Georgia's biggest partner.", dt.date(2025, 3, 4)),
        ("# Armenia adopts 2025 budget\n\n**Yerevan, 5 December 2024.** Parliament approved…", dt.date(2024, 12, 5)),
        ("# Key figures\n\n*Published 5 March 2025*\n\n| Indicator | 2024 |", dt.date(2025, 3, 5)),
        ("Tbilisi, 4 March 2025.5 is no date's end.", None),
        # No year, no date: "March 3" could be any year's.
        ("BAKU, March 3 (Reuters) - Azerbaijan exported 25.2 bcm of gas.", None),
        # A date inside a sentence is what the sentence is about, not when it was written.
        ("On 12 March 2025 the government approved the budget.", None),
        ("Georgia's exports, 12 March 2025 - a record.", None),
        ("TBILISI, 31 February 2025 - no such day.", None),
        # Only the first lines are read.
        ("One.\nTwo.\nThree.\nFour.\nPublished: March 12, 2025", None),
    ],
)
def test_a_dateline_or_bylines_date(text, date):
    assert dateline_date(text) == date


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(["%d %B %Y", "%B %d, %Y", "%d %b %Y", "%Y-%m-%d"]))
def test_every_date_is_read_back_in_every_form(date, form):
    assert dateline_date(f"TBILISI, {date.strftime(form)} (Reuters) – Text.") == date
    assert dateline_date(f"Headline\nPublished: {date.strftime(form)}\nText.") == date


def test_metadata_wins_over_the_dateline_and_the_dateline_dates_relative_periods(write_file):
    text = "TBILISI, 12 March 2025 (Reuters) – Georgia's exports rose 5% last year, Geostat said.\n"
    assert read_document(write_file("a.txt", text)).published == dt.date(2025, 3, 12)
    assert read_document(write_file("b.txt", text), published=dt.date(2026, 1, 1)).published == dt.date(2026, 1, 1)
    write_file("c.meta.toml", 'published = "2025-04-01"\n')
    assert read_document(write_file("c.txt", text)).published == dt.date(2025, 4, 1)


def test_a_dateline_dates_what_an_article_counts_back_from(write_file):
    from figures.extract.claims import extract_claims

    document = read_document(write_file("d.txt", "TBILISI, 12 March 2025 (Reuters) – Georgia's exports rose 5% last year.\n"))
    (claim,) = extract_claims(document)
    assert claim.period.label == "2024"
