from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from figures.extract.context import periods
from figures.extract.context.periods import (
    _PLAIN_YEAR,
    _anchor_words,
    _anchors,
    _compared_with,
    _plain_years,
    find_period_mentions,
)
from figures.extract.grammar import alternation
from figures.extract.text_index import TextIndex

PUBLISHED = dt.date(2025, 12, 3)


def labels(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.period.label if m.period else None) for m in find_period_mentions(text, published)]


@pytest.mark.parametrize(
    "text, surface, label",
    [
        ("in 2024", "2024", "2024"),
        ("by 2024", "2024", "2024"),
        ("the first half of 2025", "the first half of 2025", "2025-H1"),
        ("the second half of 2024", "the second half of 2024", "2024-H2"),
        ("H1 2025", "H1 2025", "2025-H1"),
        ("1H 2025", "1H 2025", "2025-H1"),
        ("9M 2025", "9M 2025", "2025-01..2025-09"),  # financial reports' "nine months"
        ("6M 2024", "6M 2024", "2024-H1"),
        ("Q1 2025", "Q1 2025", "2025-Q1"),
        ("the first quarter of 2025", "the first quarter of 2025", "2025-Q1"),
        ("the third quarter of 2025", "the third quarter of 2025", "2025-Q3"),
        ("January – June 2025", "January – June 2025", "2025-H1"),
        ("Jan-Jun 2025", "Jan-Jun 2025", "2025-H1"),
        ("January–March 2025", "January–March 2025", "2025-Q1"),
        ("January-July 2025", "January-July 2025", "2025-01..2025-07"),
        ("the first five months of 2025", "the first five months of 2025", "2025-01..2025-05"),
        ("the first 9 months of 2024", "the first 9 months of 2024", "2024-01..2024-09"),
        ("the first three quarters of 2024", "the first three quarters of 2024", "2024-01..2024-09"),
        ("the first two quarters of 2024", "the first two quarters of 2024", "2024-H1"),
        ("Annual inflation (December): 1.9%", "December", "2025-12"),  # a label's month in brackets
        # After an opening quote or bracket (regression: these were not read).
        ('"Last year our trade grew by 5.2%," he said.', "Last year", "2024"),
        ("Real GDP growth: 9.4% (2023: 7.8%)", "2023", "2023"),
        ("in the first three quarters", "the first three quarters", "2025-01..2025-09"),
        ("in June 2024", "June 2024", "2024-06"),
        ("fiscal 2012–13", "fiscal 2012–13", "FY2012-13"),
        ("FY2024", "FY2024", "FY2023-24"),
        ("2012–13", "2012–13", "FY2012-13"),
        ("2020–2024", "2020–2024", "2020..2024"),
        ("on December 4, 2024", "December 4, 2024", "2024-12-04"),
        # A stock at a month's end, its year from publication (regression: these were no period).
        ("debt stood at $13.8 billion at the end of August", "at the end of August", "2025-08"),
        ("reserves were $4.9 billion at end-August", "at end-August", "2025-08"),
        ("as of August", "as of August", "2025-08"),
        # A window of months to a period's end (regression: these were the period they end with).
        (
            "in the four quarters to the end of the second quarter of 2025",
            "the four quarters to the end of the second quarter of 2025",
            "2024-07..2025-06",
        ),
        ("in the 12 months to June 2025", "the 12 months to June 2025", "2024-07..2025-06"),
        ("in the year to March 2025", "the year to March 2025", "2024-04..2025-03"),
        ("over the past four quarters ending with the first quarter of 2025", "the past four quarters ending with the first quarter of 2025", "2024-04..2025-03"),
        ("in the twelve months to the end of December 2024", "the twelve months to the end of December 2024", "2024"),
        ("in the three months to March 2025", "the three months to March 2025", "2025-Q1"),
    ],
)
def test_period_forms(text, surface, label):
    assert labels(text) == [(surface, label)]


@pytest.mark.parametrize(
    "text, label",
    [
        ("last year", "2024"),
        ("the previous year", "2024"),
        ("two years ago", "2023"),
        ("3 years ago", "2022"),
        ("this year", "2025"),
    ],
)
def test_relative_periods_use_the_publication_date_not_today(text, label):
    assert labels(text) == [(text, label)]
    assert labels(text, dt.date(2020, 6, 1))[0][1] == str(int(label) - 5)


def test_relative_periods_without_a_date_stay_unresolved_and_flagged():
    (mention,) = find_period_mentions("last year", None)
    assert mention.period is None and "relative_unresolved" in mention.flags


def test_missing_year_comes_from_context_then_from_publication():
    (mention,) = find_period_mentions("January–October", PUBLISHED)
    assert mention.period.label == "2025-01..2025-10" and "year_from_publication" in mention.flags
    mentions = find_period_mentions("In 2023 trade grew. In the first half it fell.", PUBLISHED)
    assert mentions[-1].period.label == "2023-H1" and "year_from_context" in mentions[-1].flags


def test_a_bracketed_month_is_a_period_only_alone_in_its_brackets():
    # "(December, year on year)" may be a note on a year named elsewhere; not read (regression:
    # read so, it took its year from a dateline's day and stopped the year going on).
    assert labels("Inflation: 1.5% (December, year on year)") == [("year on year", None)]


@pytest.mark.parametrize("text", ["over the past few years", "recently", "in recent years"])
def test_vague_spans_give_no_period_and_a_flag(text):
    (mention,) = find_period_mentions(text, PUBLISHED)
    assert mention.period is None and mention.flags == ("vague_period",)


@pytest.mark.parametrize("text", ["70% of the goods", "grew by 40%", "we strive", "$2.4 billion", "3.5 times", "the 65th round"])
def test_figures_and_words_never_become_dates(text):
    assert find_period_mentions(text, PUBLISHED) == []


def test_base_markers():
    text = "7% higher than in the same period of 2024, up from 2023, since 2022"
    mentions = find_period_mentions(text, PUBLISHED)
    assert [(m.base, m.same_period, m.since) for m in mentions] == [(True, True, False), (True, False, False), (True, False, True)]


@pytest.mark.parametrize(
    "text, compared",
    [
        ("exports were up 2% from March 2024", True),
        ("exports were 5% more than in the first quarter of 2024", True),
        ("exports were $2 billion in the first quarter of 2024", False),
        ("exports were $2 billion in March 2024", False),
        # Regression: after "1.2% less than in January-October 2024", the next paragraph's
        # "January–October" was taken as 2024's.
        ("exports were 1.2% less than in January-October 2024", True),
        ("exports were $66 billion in January–October 2024", False),
    ],
)
def test_the_year_of_a_base_written_with_its_period_words_is_compared_with(text, compared):
    # Regression: only a marker right before the year counted, so "a year earlier" counted back from it.
    assert _compared_with(text, text.index("2024")) is compared


# (Regression: "almost double the level of 2023" named two periods in its sentence, so the next
# paragraph's exports and imports lost 2024.)
@pytest.mark.parametrize(
    "text",
    [
        "twice as many as in 2023",
        "1.2 times as much as in 2023",
        "1.5 times as high as in 2023",
        "almost double the level of 2023",
        "above the levels of 2023",
        "double that of 2023",
        "almost double what they were in 2023",
    ],
)
def test_as_many_as_marks_a_base(text):
    (mention,) = find_period_mentions(text, PUBLISHED)
    assert mention.base


def test_the_quarter_is_the_one_the_text_is_on():
    # "in the quarter" is the quarter named last; after another kind of period it cannot be told.
    text = "Revenue was $1.6 billion in the third quarter of 2025. Visitors from Russia spent $452 million in the quarter."
    assert labels(text)[-1] == ("in the quarter", "2025-Q3")
    text = "Revenue was $3.6 billion in January-September 2025. Visitors from Russia spent $452 million in the quarter."
    (mention,) = [m for m in find_period_mentions(text, PUBLISHED) if text[m.start : m.end] == "in the quarter"]
    assert mention.period is None and "relative_unresolved" in mention.flags


def test_an_ordinal_alone_is_the_part_of_a_year_named_before_it():
    # Regression: "and 420,000 in the first" took the third quarter, and the quarters disagreed (FIG101).
    text = "In the third quarter alone, 690,000 visitors came, compared with 510,000 in the second quarter of 2025 and 420,000 in the first."
    assert labels(text)[-2:] == [("the second quarter of 2025", "2025-Q2"), ("in the first", "2025-Q1")]
    assert labels("Exports rose in the second half of 2024 and fell in the first.")[-1] == ("in the first", "2024-H1")
    # not a part where no half or quarter was named, nor where the ordinal goes on
    assert labels("Exports rose 5% in 2024, as in the first.") == [("2024", "2024")]
    assert labels("Exports rose in the second half of 2024 and fell in the third.")[-1] == ("the second half of 2024", "2024-H2")
    assert labels("Exports rose in the second half of 2024, as in the first place.")[-1] == ("the second half of 2024", "2024-H2")


def test_the_months_of_a_year_without_first():
    # Regression: "in the nine months" was no period, and its figure took the next one's.
    assert labels("Exports in the nine months came to $543 million.", dt.date(2025, 10, 21)) == [("the nine months", "2025-01..2025-09")]
    assert labels("Prices rose in the three months to September.") == []  # a rolling span, not from January


def test_a_period_recalled_a_year_earlier_is_not_gone_on_with():
    # Regression: after "A year earlier, in the first half of 2024, …", "the first eight months" was 2024's.
    text = (
        "Turnover was $18.5 billion in January–September 2025. A year earlier, in the first half of 2024, exports "
        "had totalled $2.85 billion. Exports to Russia in the first eight months were $481 million."
    )
    assert labels(text, dt.date(2025, 10, 21))[-1] == ("the first eight months", "2025-01..2025-08")
    # …and so in a sentence with no figure, which only the scan of plain years reads.
    text = (
        "Turnover was $18.5 billion in January–September 2025. A year earlier, in 2024, trade was slower. "
        "In the first eight months exports were $481 million."
    )
    windows = [(0, text.index(" A year")), (text.index("In the first"), len(text))]
    last = find_period_mentions(text, dt.date(2025, 10, 21), windows)[-1]
    assert (text[last.start : last.end], last.period.label) == ("the first eight months", "2025-01..2025-08")


def test_a_part_of_a_year_from_the_text_has_begun_by_publication():
    # Regression: after "For 2025, the IMF projects 6% growth", "the fourth quarter" in February
    # 2025 was 2025's, not yet begun, and its figure a forecast.
    text = "For 2025, the IMF projects 6% growth. In the fourth quarter alone, GDP grew 10.8%."
    assert labels(text, dt.date(2025, 2, 5))[-1] == ("the fourth quarter", "2024-Q4")
    assert labels(text, dt.date(2025, 11, 5))[-1] == ("the fourth quarter", "2025-Q4")
    # A year named in the same sentence is meant as written.
    assert labels("In 2025 the second half will be slower.", dt.date(2025, 2, 5))[-1] == ("the second half", "2025-H2")


def test_a_month_alone_is_the_latest_such_month_before_publication():
    assert labels("Inflation was 3.2% in October.", dt.date(2025, 6, 1)) == [("in October", "2024-10")]
    assert labels("Inflation was 3.2% in May.", dt.date(2025, 6, 1)) == [("in May", "2025-05")]
    assert labels("It may rise.", dt.date(2025, 6, 1)) == []
    # Regression: a figure after the comma ("in July, 11.8% in August") was read as a day or year.
    assert labels("Prices rose 11.1% in July, 11.8% in August.", dt.date(2025, 11, 5))[0] == ("in July", "2025-07")
    assert labels("Exports rose in July, 2024 by 5%.", dt.date(2025, 11, 5)) == [("2024", "2024")]


@pytest.mark.parametrize(
    "text, surface, label",
    [
        ("Imports fell in 2024 to $2.1 billion, from $2.17 billion a year earlier.", "a year earlier", "2023"),
        ("In 2022 it was $5 million; two years earlier it was $3 million.", "two years earlier", "2020"),
        ("In 2022 it was $5 million, and in the previous year $4 million.", "the previous year", "2021"),
        # Counted from publication (2025): "ago" and "last year" point back from the time of writing.
        ("In 2022 it was $5 million; two years ago it was $3 million.", "two years ago", "2023"),
        ("In 2022 it was $5 million, and last year $4 million.", "last year", "2024"),
        ("A year earlier it was $4 million.", "A year earlier", "2024"),  # no year named before: publication
        # After part of a year, "a year earlier" is the same part of the year before.
        ("In Q1 2025 it fell to $2.1 billion, from $3.5 billion a year earlier.", "a year earlier", "2024-Q1"),
        ("Inflation slowed to 8.6% in December 2024 from 9.8% a year earlier.", "a year earlier", "2023-12"),
        ("In H1 2025 it was $1 billion; two years earlier it was $0.8 billion.", "two years earlier", "2023-H1"),
        # "The previous year" after a half could be that half or the whole year: not guessed.
        ("In H1 2025 it was $1 billion, against $0.9 billion the previous year.", "the previous year", None),
    ],
)
def test_relative_years_count_back_from_the_year_named_or_from_publication(text, surface, label):
    assert (surface, label) in labels(text)


@pytest.mark.parametrize(
    "text, surface, label",
    [
        ("In 2025 exports rose, bringing the first-half total to $380 million.", "the first-half", "2025-H1"),
        ("First-quarter 2025 exports rose 5%.", "First-quarter 2025", "2025-Q1"),
        ("Second-half 2024 imports fell.", "Second-half 2024", "2024-H2"),
    ],
)
def test_halves_and_quarters_as_adjectives(text, surface, label):
    assert (surface, label) in labels(text)


def test_a_lower_case_m_before_a_year_is_no_period():
    # "9m" is nine million as often as nine months; financial reports write the months "9M".
    assert labels("sold 9m 2025 models") == [("2025", "2025")]


@pytest.mark.parametrize(
    "opening, label",
    [
        ("A year earlier, remittances had totalled $1.5 billion in January-June.", "2024-H1"),
        ("Two years before, they had totalled $1.9 billion in the first half.", "2023-H1"),
        # A year written out is meant as written.
        ("A year earlier, in the first half of 2024, they had totalled $1.5 billion.", "2024-H1"),
        ("Remittances had totalled $1.5 billion in January-June a year earlier.", "2024-H1"),
    ],
)
def test_a_sentence_opening_a_year_earlier_counts_back_the_year_it_leaves_out(opening, label):
    # Regression: "in January-June" took 2025 from the sentence before, and the $1.5 billion
    # conflicted with 2025's $1.2 billion (FIG101).
    text = f"Remittances fell by a fifth in the first half of 2025, to $1.2 billion. {opening}"
    assert labels(text)[-1][1] == label
    assert labels(f"{text} In the second half they rose.")[-1][1] == "2025-H2"  # the text goes on with 2025


def test_a_month_range_with_an_en_dash_after_in():
    # Regression: "in January" matched first and the range was lost.
    assert ("January–October", "2025-01..2025-10") in labels("Trade grew by around 4% in January–October to some $2.1bn.")


_ANCHOR_PIECES = st.sampled_from(
    ["2024", "12345", "FY", "Fy", "fy", "H1", "Q4", "2H", "Q5", "half", "Half", "HALF", "halves", "y/y", "y-o-y", "May",
     "year", "years", "time", "x", "_", " ", ".", ",", "-", "/", "7", "é", "٢", "’"]
)  # fmt: skip


@given(st.lists(_ANCHOR_PIECES, max_size=20).map("".join), st.data())
def test_anchors_are_where_the_plain_anchor_pattern_matches(text, data):
    # The plain form is the definition: four-digit numbers, "FY" at a word start, half and quarter
    # codes, and the period words as whole words in their three cases.
    keywords = [w for w in _anchor_words() if not w[0].isdigit() and not (len(w) == 2 and w[1].isdigit())]
    plain = re.compile(rf"\d(?<![\w.,]\d)\d\d\d(?!\d)|\bFY|\b[HQ][1-4]\b|\b[1-4][HQ]\b|\b(?:{alternation(keywords)})\b")
    # Windows are sentences: they are cut where no word runs across, after a space.
    cut = data.draw(st.sampled_from([0, *(i + 1 for i, c in enumerate(text) if c == " ")]))
    windows = [(0, cut), (cut, len(text))]
    expected = sorted({m.start() for start, end in windows for m in plain.finditer(text, start, end)})
    assert _anchors(text, windows, TextIndex(text)) == expected


def test_anchors_are_four_digit_numbers_of_any_digits_and_fy():
    text = "In FY2024 and ٢٠٢٤ and 2025, not 12345 or AFY2"
    assert [text[start : start + 4] for start in _anchors(text, [(0, len(text))], TextIndex(text))] == ["FY20", "٢٠٢٤", "2025"]


@given(
    st.lists(
        st.sampled_from(["2024", "1999", "1850", "2100", "1700", "20", "19", "1", "2", "0", "٢", "a", "/", ".", "-", " ", "_"]),
        max_size=12,
    ).map("".join)
)
@example("in 2024 and 1999, not 1700 or 2100/1 or 12024")
@example("20٢٤ and ٢024")
def test_plain_years_are_what_the_plain_year_pattern_finds(text):
    # Written to begin with "1" or "2"; the plain form, any digit and then the look-behind on the
    # first two, is the definition. A full stop ends a year ("in 2024.") unless a digit follows it.
    # The years before a position are looked for only where a run of digits starts.
    plain = re.compile(r"\d(?<![\w/.-]\d)\d\d\d(?<=(?:1[89]|20)\d\d)(?![\d/-]|\.\d)")
    assert [m.span() for m in _PLAIN_YEAR.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for before in range(len(text) + 1):
        expected = [m.start() for m in plain.finditer(text, 0, before + 5) if m.start() < before]
        assert _plain_years(text, TextIndex(text), before) == expected


def test_a_base_year_is_not_the_year_the_text_goes_on_with():
    text = "Transfers totaled $2.8 billion in 2024, down 17% compared to 2023, the bank said. In December alone, they reached $260 million."
    assert [m.period.label for m in find_period_mentions(text, None)] == ["2024", "2023", "2024-12"]
    second = text.index("In December")  # read in its own window, the years before it come from a scan
    assert [m.period.label for m in find_period_mentions(text, None, [(second, len(text))])] == ["2024-12"]
    text = "Trade reached $1.3 billion in the first half of 2025, up 7% from the same period of 2024. Total trade in the first half was $11.6 billion."
    last = text.index("Total")
    assert [m.period.label for m in find_period_mentions(text, None, [(last, len(text))])] == ["2025-H1"]
    within = find_period_mentions("Exports were $2.8 billion in 2024, 17% less than in 2023; in the first half they fell.", None)
    assert within[-1].period.label == "2024-H1" and "year_from_context" in within[-1].flags


@pytest.mark.parametrize(
    "comparison",
    [
        "compared with 30.1% in the first quarter of 2024", "against 30.1% in 2024", "up from $1.4 billion in the first half of 2024",
        # Regression: the second quarter was 2023's (and in the list, 2022's).
        "after $2.0 billion in the first quarter of 2024", "after 8.3% in 2023 and 12.6% in 2022",
        "after 8.3% in 2023, 12.6% in 2022 and 5.7% in 2021",
        # Regression: "after growth of 9.4% in 2024" dated the next sentence's quarter, and January–June, 2024.
        "after growth of 9.4% in 2024", "following an expansion of 9.4% in 2024",
    ],
)  # fmt: skip
def test_the_period_of_a_figure_set_against_another_is_not_the_year_the_text_goes_on_with(comparison):
    # Regression: "In the second quarter" after "…, compared with 30.1% in the first quarter of
    # 2024" was 2024-Q2 (and "in December" after "compared with 2.5% in 2023" December 2023).
    text = f"Trade grew to $2.2 billion in the first quarter of 2025, {comparison}. In the second quarter it reached $2.0 billion."
    last = text.index("In the second")
    assert [m.period.label for m in find_period_mentions(text, None, [(last, len(text))])] == ["2025-Q2"]


@pytest.mark.parametrize(
    "text, base",
    [
        ("Exports were $13.1 billion in 2024, a 55% increase on 2023.", True),
        ("Exports were $13.1 billion in 2024, down 5% on 2023.", True),
        ("Exports were $13.1 billion in 2024, up 7% over 2023.", True),
        ("Visitors rose 8% over the same period of 2024.", True),
        # After anything but a change, "on" and "over" are no base markers.
        ("Exports were $13.1 billion in 2024, the agency said on December 16, 2024.", False),
        # Regression: "Over the first eight months of the year" was the base of the figures it dates.
        ("Over the first eight months of the year, visitors totalled 5.1 million.", False),
        ("Imports rose over 2024 as a whole.", False),
        # Before a span of years or months, "over" says during: "averaged 8.1% over 2021-2024"
        # was a change from 2021-2024, with no period of its own.
        ("Real GDP growth averaged 8.1% over 2021-2024.", False),
        ("Visitors rose 7% over the first eight months of 2025.", False),
        ("Wages averaged 1,500 lari in 2024, and exports grew 30% over 2021-2024.", False),
    ],
)
def test_on_and_over_after_a_change_mark_its_base(text, base):
    *_, last = find_period_mentions(text, None)
    assert last.base is base


@pytest.mark.parametrize(
    "text, published, label",
    [
        # Regression: "the first half of this year" was the whole year, "this year".
        ("In the first half of this year, turnover fell 4%.", dt.date(2025, 7, 25), "2025-H1"),
        ("in the third quarter of last year", dt.date(2025, 7, 25), "2024-Q3"),
        ("in the first nine months of this year", dt.date(2025, 11, 1), "2025-01..2025-09"),
        ("In the first half of this year, turnover fell 4%.", None, None),
    ],
)
def test_a_part_of_a_year_counted_from_publication(text, published, label):
    (mention,) = find_period_mentions(text, published)
    assert (mention.period.label if mention.period else None) == label


def test_a_year_that_ends_a_sentence_is_the_context_of_the_next():
    text = "Trade reached $2.8 billion in 2023. In the first half, it fell."
    second = text.index("In the first half")
    assert [m.period.label for m in find_period_mentions(text, None, [(second, len(text))])] == ["2023-H1"]


@pytest.mark.parametrize(
    "text, label",
    [
        # A count back from the year before it is not what the text goes on with ...
        ("Exports reached $5 billion in 2024. A year earlier they were $4 billion. In the first half, they rose 5%.", "2024-H1"),
        # ... but a year counted from publication is, as a written year would be.
        ("Exports reached $5 billion last year. In the first half, they rose 5%.", "2024-H1"),
        ("Exports reached $5 billion in 2023, and $6 billion last year. In the first half, they rose 5%.", "2024-H1"),
    ],
)
def test_the_year_a_part_of_a_year_takes_from_the_text_before_it(text, label):
    assert labels(text)[-1] == ("the first half", label)


def test_where_a_change_started_is_not_the_year_the_text_goes_on_with():
    text = "GDP grew 9.4% in 2024. Armenia's growth slowed from 8.3% in 2023. Georgia's was in line with the 7.8% of a year earlier."
    assert [m.period.label for m in find_period_mentions(text, None)] == ["2024", "2023", "2023"]
    third = text.index("Georgia's")
    assert [m.period.label for m in find_period_mentions(text, None, [(third, len(text))])] == ["2023"]


_PERIOD_PIECES = st.sampled_from(
    [
        "in", "the", "first", "half", "of", "2024", "2025", "March", "Q1", "H1", "last", "year", "a", "earlier", "same",
        "period", "months", "quarters", "to", "end", "June", "fiscal", "FY2024", "2020–2024", "nine", "ago", "exports",
        "rose", "Georgia's", "Russia", "reached", "$1.2", "billion", "12", ",", "–", "(", ")", "year-on-year", "over",
    ]
)  # fmt: skip


@given(st.lists(_PERIOD_PIECES, max_size=30).map(" ".join))
@example("Exports rose in the first half of 2025 and in the twelve months to June 2025.")
@example("Exports rose in March 2024, in the first nine months of 2025 and three years ago, year-on-year in 2023.")
def test_the_grammar_is_tried_only_after_its_own_words_with_what_trying_everywhere_finds(text):
    # The plain search: the grammar tried at every word start shortly before each anchor.
    windows = [(0, len(text))]
    anchors = _anchors(text, windows, TextIndex(text))
    plain, covered = [], 0
    for anchor in anchors:
        if anchor < covered:
            continue
        window_start = max(covered, anchor - periods._ANCHOR_REACH)
        starts = [window_start, *(space.end() for space in periods._BEFORE_WORD.finditer(text, window_start, anchor))]
        for start in starts:
            match = periods._pattern().match(text, start, len(text))
            if match and match.end() > anchor:
                plain.append(match.span())
                covered = match.end()
                break
    assert [m.span() for m in periods._matches_around_anchors(text, 0, len(text), anchors)] == plain
