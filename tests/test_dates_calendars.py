"""The calendar conversions (bangla_news_nlp.dates.calendars): the Bangla calendar's months,
leap years and range, day by day; a missing hijridate fails loudly; a Hijri date that does
not exist is None.  (Several of these came from mutmut's survivors: scripts/mutation.sh.)"""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from bangla_news_nlp.dates import extract_dates
from bangla_news_nlp.dates.calendars import (
    bangla_month_length,
    bangla_to_gregorian,
    gregorian_to_bangla,
    hijri_to_gregorian,
    hijri_year_of,
)


@pytest.mark.parametrize("gregorian_year, leap", [(2024, True), (2025, False), (2000, True),
                                                  (1900, False), (2100, False), (2400, True)])
def test_falgun_has_30_days_only_when_it_falls_in_a_gregorian_leap_year(gregorian_year, leap):
    # ফাল্গুন (month 11) of Bangla year Y falls in February-March of Gregorian year Y + 594,
    # whose leap year rule has the century exceptions (1900 and 2100 are not leap, 2000 is)
    year = gregorian_year - 594
    assert bangla_month_length(year, 11) == (30 if leap else 29)
    lengths = [bangla_month_length(year, m) for m in range(1, 13)]
    assert lengths == [31] * 6 + [30] * 4 + [30 if leap else 29, 30]
    assert sum(lengths) == (366 if leap else 365)
    assert bangla_to_gregorian(year, 11, 29) is not None
    assert (bangla_to_gregorian(year, 11, 30) is not None) is leap
    assert bangla_to_gregorian(year, 11, 31) is None
    assert bangla_to_gregorian(year, 11, 0) is None
    # the next year begins on 14 April whatever ফাল্গুন's length
    assert bangla_to_gregorian(year, 12, 30) == dt.date(gregorian_year, 4, 13)
    assert bangla_to_gregorian(year + 1, 1, 1) == dt.date(gregorian_year, 4, 14)


def test_every_day_of_four_years_converts_both_ways():
    # 2023-2026 holds a leap ফাল্গুন (2024) and every month boundary four times
    day, last = dt.date(2023, 1, 1), dt.date(2026, 12, 31)
    previous = None
    while day <= last:
        year, month, d = gregorian_to_bangla(day)
        assert 1 <= d <= bangla_month_length(year, month)
        assert bangla_to_gregorian(year, month, d) == day
        if previous is not None:  # the day after is the next day of the Bangla calendar
            py, pm, pd = previous
            assert (year, month, d) in ((py, pm, pd + 1), (py, pm + 1, 1), (py + 1, 1, 1))
        previous = (year, month, d)
        day += dt.timedelta(days=1)


def test_the_bangla_calendar_reaches_gregorian_years_1_to_9999():
    # Bangla year -592 begins on 14 April of year 1; year 9406 on 14 April 9999
    assert bangla_to_gregorian(-592, 1, 1) == dt.date(1, 4, 14)
    assert gregorian_to_bangla(dt.date(1, 4, 14)) == (-592, 1, 1)
    assert gregorian_to_bangla(dt.date(1, 4, 13)) is None  # before the first year's start
    assert bangla_to_gregorian(-593, 12, 30) is None  # in Gregorian year 0
    assert bangla_to_gregorian(9406, 1, 1) == dt.date(9999, 4, 14)
    assert gregorian_to_bangla(dt.date(9999, 12, 31)) == (9406, 9, 16)  # as ১৬ পৌষ ১৪৩২ = 2025-12-31
    assert bangla_to_gregorian(9406, 9, 17) is None  # 1 January 10000
    assert bangla_to_gregorian(9407, 1, 1) is None


def test_impossible_hijri_dates_are_none():
    assert hijri_to_gregorian(1447, 2, 30) is None  # সফর 1447 has 29 days (Umm al-Qura)
    assert hijri_to_gregorian(1447, 13, 1) is None
    assert hijri_to_gregorian(1447, 1, 0) is None
    assert hijri_to_gregorian(1, 1, 1) is None  # before the tables
    assert hijri_year_of(dt.date(1800, 1, 1)) is None
    span = extract_dates("৩০ সফর ১৪৪৭ হিজরি")[0]
    assert (span.value, span.granularity, span.calendar) == (None, "date", "hijri")


def test_hijri_conversion():
    assert hijri_to_gregorian(1447, 9, 1) == dt.date(2026, 2, 18)
    assert hijri_year_of(dt.date(2025, 12, 24)) == 1447


@pytest.fixture
def no_hijridate(monkeypatch):
    """As if hijridate were not installed (None in sys.modules makes its import fail)."""
    monkeypatch.setitem(sys.modules, "hijridate", None)


def test_missing_hijridate_raises_import_error_naming_it(no_hijridate):
    with pytest.raises(ImportError) as raised:
        hijri_to_gregorian(1447, 9, 1)
    message = str(raised.value)
    assert message.startswith("hijridate is a dependency of bangla-news-nlp: pip install "
                              "hijridate (importing it failed: ")
    assert message.endswith(")") and "import of hijridate halted" in message
    with pytest.raises(ImportError, match="pip install hijridate"):
        hijri_year_of(dt.date(2025, 12, 24))
    with pytest.raises(ImportError, match="hijridate"):
        extract_dates("১ রমজান ১৪৪৬ হিজরি")


def test_texts_without_hijri_dates_do_not_need_hijridate(no_hijridate):
    span = extract_dates("১ বৈশাখ ১৪৩২ বঙ্গাব্দ, গতকাল", dt.date(2025, 12, 24))
    assert [s.value for s in span] == ["2025-04-14", "2025-12-23"]
