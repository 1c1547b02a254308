"""The resolvers (bangla_news_nlp.dates.resolve): one per form of date phrase, on phrases
built by hand, with and without a reference date."""

from __future__ import annotations

import datetime as dt

import pytest

from bangla_news_nlp.dates.grammar import ClockTime, DatePhrase, Expression, Form
from bangla_news_nlp.dates.resolve import RESOLVERS, DateSpan, Resolution, resolve, resolve_phrase

REF = dt.date(2025, 12, 24)  # a Wednesday


def test_every_form_has_a_resolver():
    assert set(RESOLVERS) == set(Form)


def test_full_date():
    x = DatePhrase(Form.FULL_DATE, year=2025, month=12, day=23)
    assert resolve_phrase(x, None) == Resolution("2025-12-23", "date", False, dt.date(2025, 12, 23))
    assert resolve_phrase(DatePhrase(Form.FULL_DATE, year=2025, month=2, day=29), REF).value is None
    bangla = DatePhrase(Form.FULL_DATE, "bangla", year=1432, month=9, day=9)
    assert resolve_phrase(bangla, None).value == "2025-12-24"
    hijri = DatePhrase(Form.FULL_DATE, "hijri", year=1447, month=7, day=4)
    assert resolve_phrase(hijri, None).value == "2025-12-24"


def test_day_month():
    x = DatePhrase(Form.DAY_MONTH, month=12, day=23)
    assert resolve_phrase(x, REF)[:3] == ("2025-12-23", "date", True)
    assert resolve_phrase(x, None) == Resolution("--12-23", "date", True, None, (12, 23))
    # nearest: 3 January after 28 December is next year's
    assert resolve_phrase(DatePhrase(Form.DAY_MONTH, month=1, day=3), dt.date(2025, 12, 28)).value == "2026-01-03"
    # গত: on or before; আগামী: on or after
    assert resolve_phrase(DatePhrase(Form.DAY_MONTH, month=12, day=29, direction=-1), REF).value == "2024-12-29"
    assert resolve_phrase(DatePhrase(Form.DAY_MONTH, month=12, day=20, direction=1), REF).value == "2026-12-20"
    # গত বছরের ২৩ ডিসেম্বর
    assert resolve_phrase(DatePhrase(Form.DAY_MONTH, month=12, day=23, year_offset=-1), REF).value == "2024-12-23"
    # a Bengali date without its year: the nearest; without a reference its fixed --MM-DD
    boishakh = DatePhrase(Form.DAY_MONTH, "bangla", month=1, day=1)
    assert resolve_phrase(boishakh, REF).value == "2026-04-14"
    assert resolve_phrase(boishakh, None).value == "--04-14"
    assert resolve_phrase(DatePhrase(Form.DAY_MONTH, "bangla", month=12, day=5), None).value is None


def test_day_month_weekday_breaks_the_tie():
    # 24 June is about six months from 24 December either way (182 and 183 days): the weekday
    # written with it picks the year
    x = DatePhrase(Form.DAY_MONTH, month=6, day=24, weekday=dt.date(2026, 6, 24).weekday())
    assert resolve_phrase(x, REF).value == "2026-06-24"
    x = DatePhrase(Form.DAY_MONTH, month=6, day=24, weekday=dt.date(2025, 6, 24).weekday())
    assert resolve_phrase(x, REF).value == "2025-06-24"


def test_month_year_and_year():
    assert resolve_phrase(DatePhrase(Form.MONTH_YEAR, year=2025, month=12), None) == Resolution("2025-12", "month", False)
    assert resolve_phrase(DatePhrase(Form.MONTH_YEAR, "bangla", year=1432, month=9), None) == Resolution(None, "month", False)
    assert resolve_phrase(DatePhrase(Form.YEAR, year=2024), None) == Resolution("2024", "year", False)
    assert resolve_phrase(DatePhrase(Form.YEAR, year=0), None) == Resolution(None, "year", False)
    assert resolve_phrase(DatePhrase(Form.YEAR, "hijri", year=1447), None) == Resolution(None, "year", False)


@pytest.mark.parametrize(
    "month, direction, value",
    [(12, 0, "2025-12"), (1, 0, "2026-01"), (6, 0, "2025-06"), (3, 0, "2026-03"),
     (12, -1, "2024-12"), (11, -1, "2025-11"), (1, 1, "2026-01"), (12, 1, "2026-12")],
)
def test_month(month, direction, value):
    x = DatePhrase(Form.MONTH, month=month, direction=direction)
    assert resolve_phrase(x, REF) == Resolution(value, "month", True)
    assert resolve_phrase(x, None) == Resolution(None, "month", True)


def test_month_of_a_relative_year():
    assert resolve_phrase(DatePhrase(Form.MONTH, month=1, year_offset=0), REF).value == "2025-01"


@pytest.mark.parametrize(
    "weekday, direction, value",
    [(0, 0, "2025-12-22"), (2, 0, "2025-12-24"), (3, 0, "2025-12-18"),
     (0, -1, "2025-12-22"), (2, -1, "2025-12-17"), (0, 1, "2025-12-29"), (2, 1, "2025-12-31")],
)
def test_weekday(weekday, direction, value):
    x = DatePhrase(Form.WEEKDAY, weekday=weekday, direction=direction)
    assert resolve_phrase(x, REF)[:3] == (value, "date", True)
    assert resolve_phrase(x, None) == Resolution(None, "date", True)


def test_relative_day_kal_and_ambiguous_day():
    assert resolve_phrase(DatePhrase(Form.RELATIVE_DAY, day_offset=-1), REF).value == "2025-12-23"
    assert resolve_phrase(DatePhrase(Form.RELATIVE_DAY, day_offset=-1), None) == Resolution(None, "date", True)
    kal = DatePhrase(Form.YESTERDAY_OR_TOMORROW, weekday=1)  # Tuesday: yesterday
    assert resolve_phrase(kal, REF).value == "2025-12-23"
    kal = DatePhrase(Form.YESTERDAY_OR_TOMORROW, weekday=3)  # Thursday: tomorrow
    assert resolve_phrase(kal, REF).value == "2025-12-25"
    kal = DatePhrase(Form.YESTERDAY_OR_TOMORROW, weekday=2)  # Wednesday: neither
    assert resolve_phrase(kal, REF).value is None
    assert resolve_phrase(DatePhrase(Form.AMBIGUOUS_DAY), REF) == Resolution(None, "date", True)


def test_day_of_relative_month():
    x = DatePhrase(Form.DAY_OF_RELATIVE_MONTH, month_offset=-1, day=15)
    assert resolve_phrase(x, REF).value == "2025-11-15"
    x = DatePhrase(Form.DAY_OF_RELATIVE_MONTH, month_offset=-1, day=31)  # no 31 November
    assert resolve_phrase(x, REF).value is None


@pytest.mark.parametrize(
    "unit, offset, value, granularity",
    [("day", -3, "2025-12-21", "date"), ("week", -1, "2025-W51", "week"),
     ("week", 1, "2026-W01", "week"), ("month", -2, "2025-10", "month"),
     ("year", 10, "2035", "year"), ("year", 0, "2025", "year")],
)
def test_relative_period(unit, offset, value, granularity):
    x = DatePhrase(Form.RELATIVE_PERIOD, unit=unit, unit_offset=offset)
    assert resolve_phrase(x, REF)[:3] == (value, granularity, True)
    assert resolve_phrase(x, None) == Resolution(None, granularity, True)


def test_out_of_range_gives_none_not_an_error():
    x = DatePhrase(Form.RELATIVE_PERIOD, unit="day", unit_offset=999)
    assert resolve_phrase(x, dt.date(9999, 12, 31)) == Resolution(None, "date", True)
    assert resolve_phrase(DatePhrase(Form.RELATIVE_DAY, day_offset=-1), dt.date(1, 1, 1)).value is None


def test_resolve_joins_the_time():
    day = DatePhrase(Form.RELATIVE_DAY, day_offset=-1)
    assert resolve(Expression(0, 5, day, ClockTime(22, 0)), REF) == DateSpan(
        0, 5, "2025-12-23T22:00", "datetime", "gregorian", True)
    # রাত ১২টা after Monday: the next day's 00:00
    monday = DatePhrase(Form.WEEKDAY, weekday=0)
    assert resolve(Expression(0, 5, monday, ClockTime(0, 0, shift=1)), REF).value == "2025-12-23T00:00"
    yearless = DatePhrase(Form.DAY_MONTH, month=12, day=31)
    assert resolve(Expression(0, 5, yearless, ClockTime(0, 0, shift=1)), None).value == "--01-01T00:00"
    assert resolve(Expression(3, 8, None, ClockTime(9, 5)), REF) == DateSpan(
        3, 8, "09:05", "time", "gregorian", False)
    # a month takes no time: the time is dropped from the value
    month = DatePhrase(Form.MONTH, month=12)
    assert resolve(Expression(0, 5, month, ClockTime(9, 5)), REF).value == "2025-12"


def _days(m1, d1, m2, d2, **kw):
    return DatePhrase(Form.INTERVAL, first=DatePhrase(Form.DAY_MONTH, month=m1, day=d1, **kw),
                      last=DatePhrase(Form.DAY_MONTH, month=m2, day=d2))


def test_interval_of_days():
    assert resolve_phrase(_days(12, 20, 12, 25), REF) == Resolution(
        "2025-12-20/2025-12-25", "interval", True)
    assert resolve_phrase(_days(12, 20, 12, 25), None) == Resolution(
        "--12-20/--12-25", "interval", True)
    # the last end is the first such day after the first end: across the new year
    assert resolve_phrase(_days(12, 30, 1, 2), REF).value == "2025-12-30/2026-01-02"
    # the first end follows its direction word
    assert resolve_phrase(_days(12, 25, 12, 28, direction=-1), REF).value == "2024-12-25/2024-12-28"
    # an end written in full places the other one
    x = DatePhrase(Form.INTERVAL, first=DatePhrase(Form.DAY_MONTH, month=12, day=20),
                   last=DatePhrase(Form.FULL_DATE, year=2026, month=1, day=5))
    assert resolve_phrase(x, None) == Resolution("2025-12-20/2026-01-05", "interval", False)
    # an impossible end: no value
    assert resolve_phrase(_days(2, 20, 2, 30), REF).value is None


def test_interval_of_months_and_years():
    months = DatePhrase(Form.INTERVAL, first=DatePhrase(Form.MONTH, month=7),
                        last=DatePhrase(Form.MONTH_YEAR, year=2013, month=11))
    assert resolve_phrase(months, None) == Resolution("2013-07/2013-11", "interval", False)
    bare = DatePhrase(Form.INTERVAL, first=DatePhrase(Form.MONTH, month=11),
                      last=DatePhrase(Form.MONTH, month=2))
    assert resolve_phrase(bare, REF) == Resolution("2025-11/2026-02", "interval", True)
    assert resolve_phrase(bare, None) == Resolution(None, "interval", True)
    years = DatePhrase(Form.INTERVAL, first=DatePhrase(Form.YEAR, year=2020),
                       last=DatePhrase(Form.YEAR, year=2023))
    assert resolve_phrase(years, None) == Resolution("2020/2023", "interval", False)


@pytest.mark.parametrize(
    "ref, offset, value",
    [(dt.date(2025, 12, 24), 0, "2025-07-01/2026-06-30"), (dt.date(2025, 6, 30), 0, "2024-07-01/2025-06-30"),
     (dt.date(2025, 7, 1), 0, "2025-07-01/2026-06-30"), (dt.date(2025, 12, 24), -1, "2024-07-01/2025-06-30"),
     (dt.date(2025, 12, 24), 1, "2026-07-01/2027-06-30")],
)
def test_relative_fiscal_year(ref, offset, value):
    x = DatePhrase(Form.RELATIVE_PERIOD, unit="fiscal_year", unit_offset=offset, month=7, day=1)
    assert resolve_phrase(x, ref) == Resolution(value, "interval", True)
    assert resolve_phrase(x, None) == Resolution(None, "interval", True)
    if offset >= 0:  # past year 9999: no value
        assert resolve_phrase(x, dt.date(9999, 12, 31)) == Resolution(None, "interval", True)


# boundaries mutmut found untested (each line below failed a surviving mutant) --------------
def _values(text, ref=None):
    from bangla_news_nlp.dates import extract_dates

    return [(d.value, d.granularity, d.relative) for d in extract_dates(text, ref)]


def test_last_and_next_date_include_the_reference_day_itself():
    day = dt.date(2025, 12, 23)
    assert _values("গত ২৩ ডিসেম্বর", day) == [("2025-12-23", "date", True)]
    assert _values("আগামী ২৩ ডিসেম্বর", day) == [("2025-12-23", "date", True)]


def test_a_written_weekday_decides_the_year_up_to_200_days_away():
    # 23 December 2025 is a Tuesday, 2024's a Monday (and nearer both references)
    assert _values("মঙ্গলবার (২৩ ডিসেম্বর)", dt.date(2025, 6, 6)) == [
        ("2025-12-23", "date", True)]  # 200 days: the weekday decides
    assert _values("মঙ্গলবার (২৩ ডিসেম্বর)", dt.date(2025, 6, 5)) == [
        ("2024-12-23", "date", True)]  # 201 days: the nearest year


def test_months_and_years_at_the_ends_of_the_calendar():
    end = dt.date(9999, 12, 15)
    assert _values("গত মাসে", end) == [("9999-11", "month", True)]
    assert _values("আগামী মাসে", end) == [(None, "month", True)]  # year 10000
    assert _values("এ বছর", end) == [("9999", "year", True)]
    assert _values("আগামী বছর", end) == [(None, "year", True)]
    assert _values("গত মাসে", dt.date(1, 3, 10)) == [("0001-02", "month", True)]
    assert _values("গত মাসে", dt.date(1, 1, 10)) == [(None, "month", True)]  # year 0
    assert _values("গত বছর", dt.date(2, 3, 1)) == [("0001", "year", True)]
    assert _values("গত বছর", dt.date(1, 3, 1)) == [(None, "year", True)]


def test_yearless_bangla_dates_without_a_reference_up_to_the_leap_day():
    # the revised calendar's leap day falls after 15 Falgun: before it the Gregorian day is
    # the same every year, from it on it depends on the year
    assert _values("৩০ মাঘ") == [("--02-13", "date", True)]
    assert _values("১ ফাল্গুন") == [("--02-14", "date", True)]
    assert _values("১৫ ফাল্গুন") == [("--02-28", "date", True)]
    assert _values("১৬ ফাল্গুন") == [(None, "date", True)]
    assert _values("১ চৈত্র") == [(None, "date", True)]


def test_a_date_of_last_year_without_a_reference_is_relative_and_unknown():
    assert _values("গত বছরের ২৩ ডিসেম্বর") == [(None, "date", True)]


def test_yearless_bangla_and_hijri_dates_reach_into_the_years_either_side():
    # the nearest occurrence may be in the calendar's previous or next year
    assert _values("৩০ চৈত্র", dt.date(2025, 4, 20)) == [("2025-04-13", "date", True)]  # 1431
    assert _values("১ বৈশাখ", dt.date(2025, 4, 10)) == [("2025-04-14", "date", True)]  # 1432
    assert _values("২৯ জিলহজ হিজরি", dt.date(2025, 7, 1)) == [("2025-06-25", "date", True)]
    assert _values("১ মহররম হিজরি", dt.date(2025, 6, 20)) == [("2025-06-26", "date", True)]
    # a reference the calendars cannot convert: relative, unknown
    assert _values("১ বৈশাখ", dt.date(1, 3, 1)) == [(None, "date", True)]
    assert _values("১০ রমজান হিজরি", dt.date(1, 3, 1)) == [(None, "date", True)]


def test_month_of_last_year_six_month_ties_and_weeks_ago():
    ref = dt.date(2025, 12, 24)
    assert _values("গত বছরের জানুয়ারিতে", ref) == [("2024-01", "month", True)]
    assert _values("আগামী বছরের জানুয়ারিতে", ref) == [("2026-01", "month", True)]
    # June is six months from December either way: the past one
    assert _values("জুনে", dt.date(2025, 12, 15)) == [("2025-06", "month", True)]
    assert _values("৩ সপ্তাহ আগে", ref) == [("2025-W49", "week", True)]


def test_a_yearless_first_month_of_a_range_goes_back_a_year_when_needed():
    for text in ("নভেম্বর থেকে ফেব্রুয়ারি ২০২৬", "নভেম্বর-ফেব্রুয়ারি ২০২৬",
                 "নভেম্বর ২০২৫ থেকে ফেব্রুয়ারি"):
        assert _values(text) == [("2025-11/2026-02", "interval", False)], text


def test_a_yearless_end_of_a_range_in_the_same_month_stays_in_that_year():
    # "on or after" / "on or before" the other end: the same month is that month
    assert _values("জানুয়ারি ২০২৫ থেকে জানুয়ারি") == [("2025-01/2025-01", "interval", False)]
    assert _values("জানুয়ারি থেকে জানুয়ারি ২০২৬") == [("2026-01/2026-01", "interval", False)]


def test_times_on_a_leap_day_without_a_year_and_past_the_last_day():
    # a year-less 29 February with a time needs a leap year to be checked in
    assert _values("২৯ ফেব্রুয়ারি রাত ৮টায়") == [("--02-29T20:00", "datetime", True)]
    # দিবাগত রাত: the night after the date, so the next day; after 31 December 9999 there is none
    assert _values("৩১ ডিসেম্বর ২০২৫ দিবাগত রাত ১টায়") == [
        ("2026-01-01T01:00", "datetime", False)]
    assert _values("৩১ ডিসেম্বর ৯৯৯৯ দিবাগত রাত ১টায়") == [(None, "datetime", False)]
