"""The calendar conversions (bangla_news_nlp.dates.calendars): a missing hijridate fails
loudly; a Hijri date that does not exist is None."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from bangla_news_nlp.dates import extract_dates
from bangla_news_nlp.dates.calendars import hijri_to_gregorian, hijri_year_of


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
    with pytest.raises(ImportError, match="hijridate is a dependency of bangla-news-nlp: "
                                          "pip install hijridate"):
        hijri_to_gregorian(1447, 9, 1)
    with pytest.raises(ImportError, match="pip install hijridate"):
        hijri_year_of(dt.date(2025, 12, 24))
    with pytest.raises(ImportError, match="hijridate"):
        extract_dates("১ রমজান ১৪৪৬ হিজরি")


def test_texts_without_hijri_dates_do_not_need_hijridate(no_hijridate):
    span = extract_dates("১ বৈশাখ ১৪৩২ বঙ্গাব্দ, গতকাল", dt.date(2025, 12, 24))
    assert [s.value for s in span] == ["2025-04-14", "2025-12-23"]
