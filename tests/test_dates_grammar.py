"""The date grammar (bangla_news_nlp.dates.grammar): which tokens join into one expression,
and what the expression says before it is resolved."""

from __future__ import annotations

import dataclasses

import pytest

from bangla_news_nlp.dates import DateVocabulary
from bangla_news_nlp.dates.grammar import ClockTime, DatePhrase, Form, make_time, parse
from bangla_news_nlp.dates.lexer import DateTok, scan

from conftest import nfc


def exprs(text: str):
    """[(span text, DatePhrase or None, ClockTime or None)]"""
    text = nfc(text)
    V = DateVocabulary.default()
    return [(text[e.start : e.end], e.date, e.time) for e in parse(text, scan(text, V), V)]


def one(text: str):
    got = exprs(text)
    assert len(got) == 1, got
    return got[0]


def test_full_date_with_year_marker():
    span, x, tm = one("১৫ আগস্ট ১৯৭৫ সালে বঙ্গবন্ধু নিহত হন")
    assert span == "১৫ আগস্ট ১৯৭৫ সালে"
    assert x == DatePhrase(Form.FULL_DATE, "gregorian", year=1975, month=8, day=15, explicit=True)
    assert tm is None


def test_year_first_genitive():
    assert one("১৯৭১ সালের ২৬ মার্চ")[1] == DatePhrase(
        Form.FULL_DATE, year=1971, month=3, day=26, explicit=True)
    assert one("২০২৪ সালের ডিসেম্বরে")[1] == DatePhrase(
        Form.MONTH_YEAR, year=2024, month=12, explicit=True)
    assert one("১৪৩২ বঙ্গাব্দ")[1] == DatePhrase(Form.YEAR, "bangla", year=1432, explicit=True)


def test_day_month_without_year_and_its_weekday():
    span, x, _ = one("মঙ্গলবার (২৩ ডিসেম্বর) রাজধানীতে")
    assert span == "মঙ্গলবার (২৩ ডিসেম্বর)"  # the closing parenthesis belongs to it
    assert (x.form, x.month, x.day, x.weekday, x.direction) == (Form.DAY_MONTH, 12, 23, 1, 0)
    span, x, _ = one("২৩ ডিসেম্বর (মঙ্গলবার) সকালে")
    assert span == "২৩ ডিসেম্বর (মঙ্গলবার) সকালে"
    assert (x.form, x.weekday) == (Form.DAY_MONTH, 1)


def test_direction_words():
    assert one("গত ২৩ ডিসেম্বর")[1].direction == -1
    assert one("আগামী ১৩ জানুয়ারি")[1].direction == 1
    assert one("গত ডিসেম্বরে")[1] == DatePhrase(Form.MONTH, month=12, direction=-1)
    assert one("আগামী সোমবার")[1] == DatePhrase(Form.WEEKDAY, weekday=0, direction=1)
    assert one("গত পরশু")[1] == DatePhrase(Form.RELATIVE_DAY, day_offset=-2)
    assert one("গত রাতে")[1] == DatePhrase(Form.RELATIVE_DAY, day_offset=-1)


def test_relative_units():
    assert one("গত বছরের ২৩ ডিসেম্বর")[1] == DatePhrase(
        Form.DAY_MONTH, month=12, day=23, year_offset=-1, explicit=True)
    assert one("চলতি বছরের জানুয়ারিতে")[1] == DatePhrase(Form.MONTH, month=1, year_offset=0)
    assert one("গত মাসের ১৫ তারিখে")[1] == DatePhrase(
        Form.DAY_OF_RELATIVE_MONTH, month_offset=-1, day=15)
    assert one("আগামী সপ্তাহে")[1] == DatePhrase(Form.RELATIVE_PERIOD, unit="week", unit_offset=1)
    assert one("৫ বছর আগে")[1] == DatePhrase(Form.RELATIVE_PERIOD, unit="year", unit_offset=-5)
    assert one("দুই দিন পর")[1] == DatePhrase(Form.RELATIVE_PERIOD, unit="day", unit_offset=2)


def test_relative_days_and_kal():
    assert one("গতকাল বুধবার বিকেলে")[1] == DatePhrase(Form.RELATIVE_DAY, day_offset=-1,
                                                      weekday=2)
    assert one("কাল মঙ্গলবার")[1] == DatePhrase(Form.YESTERDAY_OR_TOMORROW, weekday=1)
    assert exprs("কাল ফাইনাল") == []  # কাল alone: not a date
    assert one("পরশু")[1] == DatePhrase(Form.AMBIGUOUS_DAY)


def test_day_with_time_is_one_expression():
    span, x, tm = one("গতকাল রাত ১০টায় আগুন লাগে")
    assert span == "গতকাল রাত ১০টায়"
    assert x.form is Form.RELATIVE_DAY and tm == ClockTime(22, 0)
    span, x, tm = one("১২:০৪ পিএম, ২৪ ডিসেম্বর ২০২৫")  # time first
    assert (x.form, tm) == (Form.FULL_DATE, ClockTime(12, 4))
    span, x, tm = one("সোমবার রাত ১২টার দিকে")
    assert span == "সোমবার রাত ১২টার" and tm == ClockTime(0, 0, shift=1)


def test_time_alone_and_times_that_need_a_date():
    assert one("রাত ১০টার দিকে")[1:] == (None, ClockTime(22, 0))
    assert exprs("১২: ০৪") == []  # only with a date
    assert exprs("১২০৪ ঘণ্টা") == []
    assert one("১২০৪ ঘণ্টা, ডিসেম্বর ২৪, ২০২৫")[2] == ClockTime(12, 4, needs_date=True)
    assert exprs("১০টা বই") == []  # ten books
    assert exprs("মূল্যস্ফীতি ৯.৫০ শতাংশ") == []


def test_bare_month_guards():
    assert exprs("লং মার্চ কর্মসূচি") == []
    assert exprs("জুলাই সনদ") == []
    assert exprs("মে দিবস") == []
    assert one("মার্চে")[1] == DatePhrase(Form.MONTH, month=3)


def test_bengali_and_hijri_need_a_year_or_marker():
    assert exprs("মাঘের শীতে") == []
    assert exprs("৩ জ্যেষ্ঠ কর্মকর্তা") == []
    assert exprs("১০ রমজান রোজা") == []  # (রমজান is also a name)
    assert one("১০ মহররম আশুরা")[1] == DatePhrase(Form.DAY_MONTH, "hijri", month=1, day=10,
                                                explicit=True)
    assert one("১০ রমজান হিজরি")[1] == DatePhrase(Form.DAY_MONTH, "hijri", month=9, day=10,
                                                 explicit=True)
    assert one("পৌষ ১৪৩২")[1] == DatePhrase(Form.MONTH_YEAR, "bangla", year=1432, month=9,
                                           explicit=True)


def test_expressions_are_leftmost_longest_and_do_not_overlap():
    text = nfc("গত সোমবার রাতে পুলিশ আসে। পরে রাত ১০টার দিকে চিকিৎসক আসেন। ২০১৪ সালের নির্বাচন")
    V = DateVocabulary.default()
    got = parse(text, scan(text, V), V)
    assert [text[e.start : e.end] for e in got] == ["গত সোমবার রাতে", "রাত ১০টার", "২০১৪ সালের"]


@pytest.mark.parametrize(
    "kind, hour, minute, fraction, meridiem, part, expected",
    [
        (DateTok.HOUR_NUMBER, 10, 0, None, None, "night", ClockTime(22, 0)),
        (DateTok.HOUR_NUMBER, 2, 0, None, None, "night", ClockTime(2, 0)),
        (DateTok.HOUR_NUMBER, 12, 0, None, None, "night", ClockTime(0, 0, shift=1)),
        (DateTok.HOUR_NUMBER, 2, 0, None, None, "following_night", ClockTime(2, 0, shift=1)),
        (DateTok.HOUR_NUMBER, 3, 0, None, None, "daytime", ClockTime(15, 0)),
        (DateTok.HOUR_NUMBER, 11, 0, None, None, "daytime", ClockTime(11, 0)),
        (DateTok.HOUR_NUMBER, 10, 0, -15, None, None, ClockTime(9, 45)),
        (DateTok.HOUR_WORD, 1, 0, -15, None, None, ClockTime(12, 45)),
        (DateTok.HOUR_NUMBER, 10, 0, 30, None, None, ClockTime(10, 30)),
        (DateTok.CLOCK, 12, 4, None, "am", None, ClockTime(0, 4)),
        (DateTok.CLOCK, 12, 4, None, "pm", None, ClockTime(12, 4)),
        (DateTok.CLOCK, 14, 30, None, "pm", None, None),  # no 14 PM
        (DateTok.HOUR_NUMBER, 13, 0, None, None, None, None),  # no ১৩টা
        (DateTok.CLOCK, 24, 0, None, None, None, None),
    ],
)
def test_make_time(kind, hour, minute, fraction, meridiem, part, expected):
    assert make_time(kind, hour, minute, fraction, meridiem, part) == expected


def test_a_plain_number_is_an_hour_only_before_am_pm():
    assert one("১০ পিএম")[1:] == (None, ClockTime(22, 0))
    assert one("১০পিএম")[1:] == (None, ClockTime(22, 0))
    assert one("২৪ ডিসেম্বর ২০২৫, ১০পিএম")[2] == ClockTime(22, 0)
    assert exprs("১০ জন") == []
    assert exprs("১৩ পিএম") == []


def test_ranges_are_interval_phrases_of_two_ends():
    _, x, _ = one("২০-২৫ ডিসেম্বর")
    assert x == DatePhrase(Form.INTERVAL, first=DatePhrase(Form.DAY_MONTH, month=12, day=20, explicit=True),
                           last=DatePhrase(Form.DAY_MONTH, month=12, day=25, explicit=True))
    _, x, _ = one("গত ১০ থেকে ১৫ জানুয়ারি")
    assert (x.first.day, x.first.direction, x.last.day, x.last.direction) == (10, -1, 15, 0)
    _, x, _ = one("২০২৩-২৪ অর্থবছরে")
    assert (x.first, x.last) == (DatePhrase(Form.FULL_DATE, year=2023, month=7, day=1),
                                 DatePhrase(Form.FULL_DATE, year=2024, month=6, day=30))
    _, x, _ = one("২০১১-১২ সালে")
    assert (x.first, x.last) == (DatePhrase(Form.YEAR, year=2011), DatePhrase(Form.YEAR, year=2012))
    assert one("চলতি অর্থবছরে")[1] == DatePhrase(Form.RELATIVE_PERIOD, month=7, day=1,
                                                 unit="fiscal_year", unit_offset=0)
    span, x, _ = one("জুলাই ২০১২-জুন ২০১৩ পর্যন্ত")
    assert span == "জুলাই ২০১২-জুন ২০১৩"
    assert (x.first.form, x.last.form) == (Form.MONTH_YEAR, Form.MONTH_YEAR)


def test_a_range_needs_its_ends_in_order_and_of_one_kind():
    assert [s for s, _, _ in exprs("২৫-২০ ডিসেম্বর")] == ["২০ ডিসেম্বর"]
    assert [s for s, _, _ in exprs("২০২৪ সাল থেকে ডিসেম্বর ২০২৫")] == ["২০২৪ সাল", "ডিসেম্বর ২০২৫"]
    assert [s for s, _, _ in exprs("২০ ডিসেম্বর থেকে জানুয়ারি")] == ["২০ ডিসেম্বর", "জানুয়ারি"]
    assert [s for s, _, _ in exprs("১ বৈশাখ ১৪৩২ থেকে ১ জানুয়ারি ২০২৬")] == [
        "১ বৈশাখ ১৪৩২", "১ জানুয়ারি ২০২৬"]  # two calendars
    assert exprs("২০-২৫ জন") == []


# Every day part at the hours where its rule turns (mutation testing of make_time: each
# boundary of _DAY_PART_HOURS, the shift past midnight, and the checks of hour and minute).
@pytest.mark.parametrize(
    "part, hour, expected",
    [
        ("dawn", 4, ClockTime(4, 0)), ("dawn", 12, ClockTime(0, 0)),
        ("morning", 9, ClockTime(9, 0)), ("morning", 12, ClockTime(12, 0)),
        ("daytime", 9, ClockTime(21, 0)), ("daytime", 10, ClockTime(10, 0)),
        ("daytime", 12, ClockTime(12, 0)), ("daytime", 1, ClockTime(13, 0)),
        ("noon", 11, ClockTime(11, 0)), ("noon", 12, ClockTime(12, 0)),
        ("noon", 1, ClockTime(13, 0)),
        ("afternoon", 12, ClockTime(12, 0)), ("afternoon", 3, ClockTime(15, 0)),
        ("evening", 12, ClockTime(12, 0)), ("evening", 7, ClockTime(19, 0)),
        ("night", 6, ClockTime(18, 0)), ("night", 5, ClockTime(5, 0)),
        ("night", 12, ClockTime(0, 0, shift=1)),
        ("midnight", 6, ClockTime(18, 0)), ("midnight", 5, ClockTime(5, 0)),
        ("midnight", 12, ClockTime(0, 0, shift=1)), ("midnight", 1, ClockTime(1, 0)),
        ("following_night", 6, ClockTime(18, 0)),
        ("following_night", 5, ClockTime(5, 0, shift=1)),
        ("following_night", 12, ClockTime(0, 0, shift=1)),
    ],
)
def test_every_day_part_at_its_turning_hours(part, hour, expected):
    assert make_time(DateTok.HOUR_NUMBER, hour, 0, None, None, part) == expected


@pytest.mark.parametrize(
    "kind, hour, minute, fraction, meridiem, part, expected",
    [
        (DateTok.HOUR_NUMBER, 10, None, None, None, None, None),  # no minute: no time
        (DateTok.HOUR_NUMBER, None, 0, None, None, None, None),
        (DateTok.HOUR_NUMBER, 10, 0, 0, None, None, ClockTime(10, 0)),  # a fraction of 0
        (DateTok.HOUR_NUMBER, 1, 0, None, "pm", None, ClockTime(13, 0)),
        (DateTok.HOUR_NUMBER, 12, 0, None, "am", None, ClockTime(0, 0)),
        (DateTok.CLOCK, 13, 0, None, "am", None, None),  # no 13 AM
        (DateTok.CLOCK, 0, 15, None, "am", None, ClockTime(0, 15)),  # 00:15 AM is written
        (DateTok.CLOCK, 1, 15, None, "am", None, ClockTime(1, 15)),
        (DateTok.HOUR_NUMBER, 0, 0, None, "am", None, None),  # no ০টা
        (DateTok.CLOCK, 13, 30, None, None, "night", ClockTime(13, 30)),  # 24-hour: kept
        (DateTok.CLOCK, 10, 59, None, None, None, ClockTime(10, 59)),
        (DateTok.CLOCK, 10, 60, None, None, None, None),
        (DateTok.CLOCK, 23, 0, None, None, None, ClockTime(23, 0)),
    ],
)
def test_make_time_checks_its_hour_and_minute(kind, hour, minute, fraction, meridiem, part,
                                               expected):
    assert make_time(kind, hour, minute, fraction, meridiem, part) == expected


def test_tokens_join_across_at_most_four_separator_characters():
    assert [s for s, _, _ in exprs("২৩    ডিসেম্বর")] == ["২৩    ডিসেম্বর"]  # four spaces
    assert [s for s, _, _ in exprs("২৩     ডিসেম্বর")] == ["ডিসেম্বর"]  # five: apart
    assert [s for s, _, _ in exprs("২৩ X ডিসেম্বর")] == ["ডিসেম্বর"]  # a letter between


def test_a_closing_parenthesis_after_up_to_three_spaces_belongs_to_the_date():
    assert one("শুক্রবার (২৩ ডিসেম্বর   ) ঢাকায়")[0] == "শুক্রবার (২৩ ডিসেম্বর   )"
    assert one("শুক্রবার (২৩ ডিসেম্বর    ) ঢাকায়")[0] == "শুক্রবার (২৩ ডিসেম্বর"
    assert one("শুক্রবার (২৩ ডিসেম্বর")[0] == "শুক্রবার (২৩ ডিসেম্বর"  # the text's end


def _brief(text):
    """(span, form, calendar, year, month, day, hour) of each expression; an interval as
    (span, INTERVAL, its first day, its last day)."""
    out = []
    for span, x, tm in exprs(text):
        if x is not None and x.form is Form.INTERVAL:
            out.append((span, Form.INTERVAL, (x.first.month, x.first.day),
                        (x.last.month, x.last.day)))
            continue
        out.append((span, x and x.form, x and x.calendar, x and x.year, x and x.month,
                    x and x.day, tm and tm.hour))
    return out


G = "gregorian"


@pytest.mark.parametrize("text, expected", [
    # a range of days needs the first smaller; a day has at most two digits
    ("২০-২০ ডিসেম্বর", [("২০ ডিসেম্বর", Form.DAY_MONTH, G, None, 12, 20, None)]),
    ("২০-২১ ডিসেম্বর", [("২০-২১ ডিসেম্বর", Form.INTERVAL, (12, 20), (12, 21))]),
    ("১২৩ ডিসেম্বর", [("ডিসেম্বর", Form.MONTH, G, None, 12, None, None)]),
    # what follows a date joins it only at the next token: a year marker, তারিখ, a time
    ("২৩ ডিসেম্বর ২০২৫ সালে রাত ১০টায়",
     [("২৩ ডিসেম্বর ২০২৫ সালে রাত ১০টায়", Form.FULL_DATE, G, 2025, 12, 23, 22)]),
    ("২৩ ডিসেম্বর তারিখে রাত ১০টায়",
     [("২৩ ডিসেম্বর তারিখে রাত ১০টায়", Form.DAY_MONTH, G, None, 12, 23, 22)]),
    # a Gregorian year has four digits; a Bengali one may have three
    ("২৩ ডিসেম্বর ৯৯৯ সালে", [("২৩ ডিসেম্বর", Form.DAY_MONTH, G, None, 12, 23, None),
                              ("৯৯৯ সালে", Form.YEAR, G, 999, None, None, None)]),
    ("১ বৈশাখ ৯৯৯ বঙ্গাব্দে", [("১ বৈশাখ ৯৯৯ বঙ্গাব্দে", Form.FULL_DATE, "bangla", 999, 1, 1, None)]),
    ("বৈশাখ ৯৯৯ বঙ্গাব্দে", [("বৈশাখ ৯৯৯ বঙ্গাব্দে", Form.MONTH_YEAR, "bangla", 999, 1, None, None)]),
    ("বৈশাখ ১৪৩২ বঙ্গাব্দে রাত ১০টায়",
     [("বৈশাখ ১৪৩২ বঙ্গাব্দে", Form.MONTH_YEAR, "bangla", 1432, 1, None, None),
      ("রাত ১০টায়", None, None, None, None, None, 22)]),
    ("মহররম ১৪৪৬", []),  # a Hijri month and year needs হিজরি
    ("মহররম ১৪৪৬ হিজরি", [("মহররম ১৪৪৬ হিজরি", Form.MONTH_YEAR, "hijri", 1446, 1, None, None)]),
    ("১৪৪৬ হিজরির ১০ মহররম", [("১৪৪৬ হিজরির ১০ মহররম", Form.FULL_DATE, "hijri", 1446, 1, 10, None)]),
    ("১৪৪৬ হিজরির মহররম মাসে", [("১৪৪৬ হিজরির মহররম মাসে", Form.MONTH_YEAR, "hijri", 1446, 1, None,
                                 None)]),
    # month first
    ("ডিসেম্বর ২০২৫ সালে রাত ১০টায়",
     [("ডিসেম্বর ২০২৫ সালে", Form.MONTH_YEAR, G, 2025, 12, None, None),
      ("রাত ১০টায়", None, None, None, None, None, 22)]),
    ("ডিসেম্বর ২৩, ২০২৫ রাত ১০টায়",
     [("ডিসেম্বর ২৩, ২০২৫ রাত ১০টায়", Form.FULL_DATE, G, 2025, 12, 23, 22)]),
    ("ডিসেম্বর ১২৩, ২০২৫", [("ডিসেম্বর", Form.MONTH, G, None, 12, None, None)]),
    ("ডিসেম্বরে ২৩, ২০২৫", [("ডিসেম্বরে", Form.MONTH, G, None, 12, None, None)]),
    ("ডিসেম্বর মাসের ২৩ তারিখে রাত ১০টায়",
     [("ডিসেম্বর মাসের ২৩ তারিখে রাত ১০টায়", Form.DAY_MONTH, G, None, 12, 23, 22)]),
    ("ডিসেম্বর মাসের ১২৩ তারিখে", [("ডিসেম্বর মাসের", Form.MONTH, G, None, 12, None, None)]),
    ("মে মাসের ১৬ থেকে ১৯ তারিখে রাত ১০টায়",
     [("মে মাসের ১৬ থেকে ১৯ তারিখে", Form.INTERVAL, (5, 16), (5, 19)),
      ("রাত ১০টায়", None, None, None, None, None, 22)]),
    ("মে মাসের ১৯ থেকে ১৬ তারিখে", [("মে মাসের", Form.MONTH, G, None, 5, None, None)]),
    ("মে মাসের ১৬ থেকে ১৬ তারিখে", [("মে মাসের", Form.MONTH, G, None, 5, None, None)]),
    ("মে মাসের ১৬ থেকে", [("মে মাসের", Form.MONTH, G, None, 5, None, None)]),
    ("২০ থেকে ২৫ ডিসেম্বর", [("২০ থেকে ২৫ ডিসেম্বর", Form.INTERVAL, (12, 20), (12, 25))]),
])
def test_day_month_and_month_first_phrases(text, expected):
    assert _brief(text) == expected


def _facts(x):
    """The fields of a phrase that differ from their defaults, the ends of an interval as
    their own facts."""
    if x is None:
        return None
    out = []
    for f in dataclasses.fields(x):
        v = getattr(x, f.name)
        if v != f.default:
            out.append((f.name, _facts(v) if isinstance(v, DatePhrase) else v))
    return tuple(out)


def _hm(tm):
    return tm and (tm.hour, tm.minute, tm.shift)


F = Form


@pytest.mark.parametrize("text, expected", [
    # year ranges: a two-digit end is in the next century when not after the first
    ("১৯৯৯-০০ সালে", [("১৯৯৯-০০ সালে", (("form", F.INTERVAL), ("first", (("form", F.YEAR), ("year", 1999))),
                                       ("last", (("form", F.YEAR), ("year", 2000)))), None)]),
    ("২০১১-২০১২ সালে", [("২০১১-২০১২ সালে", (("form", F.INTERVAL), ("first", (("form", F.YEAR), ("year", 2011))),
                                           ("last", (("form", F.YEAR), ("year", 2012)))), None)]),
    ("২০১২-২০১১ সালে", [("২০১১ সালে", (("form", F.YEAR), ("year", 2011), ("explicit", True)), None)]),
    ("১৮০০-২০০০ সালে", [("১৮০০-২০০০ সালে", (("form", F.INTERVAL), ("first", (("form", F.YEAR), ("year", 1800))),
                                           ("last", (("form", F.YEAR), ("year", 2000)))), None)]),
    ("১৮০০-২০০১ সালে", [("২০০১ সালে", (("form", F.YEAR), ("year", 2001), ("explicit", True)), None)]),
    ("১৯৯৯-০০ অর্থবছরে", [("১৯৯৯-০০ অর্থবছরে", (
        ("form", F.INTERVAL),
        ("first", (("form", F.FULL_DATE), ("year", 1999), ("month", 7), ("day", 1))),
        ("last", (("form", F.FULL_DATE), ("year", 2000), ("month", 6), ("day", 30)))), None)]),
    # year first
    ("২০২৪ সালের ১৪ মার্চ রাত ১০টায়", [("২০২৪ সালের ১৪ মার্চ রাত ১০টায়", (
        ("form", F.FULL_DATE), ("year", 2024), ("month", 3), ("day", 14), ("explicit", True)), (22, 0, 0))]),
    ("২০২৪ সালের মার্চে", [("২০২৪ সালের মার্চে", (
        ("form", F.MONTH_YEAR), ("year", 2024), ("month", 3), ("explicit", True)), None)]),
    ("২০২৪ সালের ২০-২৫ মার্চ", [("২০২৪ সালের ২০-২৫ মার্চ", (
        ("form", F.INTERVAL),
        ("first", (("form", F.FULL_DATE), ("year", 2024), ("month", 3), ("day", 20), ("explicit", True))),
        ("last", (("form", F.FULL_DATE), ("year", 2024), ("month", 3), ("day", 25), ("explicit", True)))),
        None)]),
    ("১৪৩২ সালের ১ বৈশাখ", [  # সাল is Gregorian: the two do not join
        ("১৪৩২ সালের", (("form", F.YEAR), ("year", 1432), ("explicit", True)), None),
        ("১ বৈশাখ", (("form", F.DAY_MONTH), ("calendar", "bangla"), ("month", 1), ("day", 1),
                    ("explicit", True)), None)]),
    ("২০২৪ সালের জানু", [("২০২৪ সালের", (("form", F.YEAR), ("year", 2024), ("explicit", True)), None)]),
    # after গত / আগামী / চলতি
    ("গত পরশু রাত ১০টায়", [("গত পরশু রাত ১০টায়", (("form", F.RELATIVE_DAY), ("day_offset", -2)), (22, 0, 0))]),
    ("আগামী পরশু", [("আগামী পরশু", (("form", F.RELATIVE_DAY), ("day_offset", 2)), None)]),
    ("গত রাতে পুলিশ", [("গত রাতে", (("form", F.RELATIVE_DAY), ("day_offset", -1)), None)]),
    # (the night is the hour's day part: 22:00, not 10:00)
    ("গত রাত ১০টায়", [("গত রাত ১০টায়", (("form", F.RELATIVE_DAY), ("day_offset", -1)), (22, 0, 0))]),
    ("গত রাত সাড়ে ১০টায়", [("গত রাত সাড়ে ১০টায়", (("form", F.RELATIVE_DAY), ("day_offset", -1)), (22, 30, 0))]),
    ("গতকাল রাত ১০টায়", [("গতকাল রাত ১০টায়", (("form", F.RELATIVE_DAY), ("day_offset", -1)), (22, 0, 0))]),
    ("গত মাসের ২৩ তারিখে রাত ১০টায়", [("গত মাসের ২৩ তারিখে রাত ১০টায়", (
        ("form", F.DAY_OF_RELATIVE_MONTH), ("day", 23), ("month_offset", -1)), (22, 0, 0))]),
    ("গত মাসের ১২৩ তারিখে", [("গত মাসের", (("form", F.RELATIVE_PERIOD), ("unit", "month"),
                                           ("unit_offset", -1)), None)]),
    ("গত বছরের ডিসেম্বরে", [("গত বছরের ডিসেম্বরে", (("form", F.MONTH), ("month", 12), ("year_offset", -1)), None)]),
    ("গত বছরের মে", [("গত বছরের মে", (("form", F.MONTH), ("month", 5), ("year_offset", -1)), None)]),
    ("গত বছরের ২০-২৫ ডিসেম্বর", [("গত বছরের ২০-২৫ ডিসেম্বর", (
        ("form", F.INTERVAL),
        ("first", (("form", F.DAY_MONTH), ("month", 12), ("day", 20), ("year_offset", -1), ("explicit", True))),
        ("last", (("form", F.DAY_MONTH), ("month", 12), ("day", 25), ("year_offset", -1), ("explicit", True)))),
        None)]),
    ("গত ডিসেম্বর মাসে", [("গত ডিসেম্বর মাসে", (("form", F.MONTH), ("month", 12), ("direction", -1)), None)]),
    ("চলতি মাসে রাত ১০টায়", [
        ("চলতি মাসে", (("form", F.RELATIVE_PERIOD), ("unit", "month"), ("unit_offset", 0)), None),
        ("রাত ১০টায়", None, (22, 0, 0))]),
    ("৩ দিন আগে রাত ১০টায়", [("৩ দিন আগে রাত ১০টায়", (
        ("form", F.RELATIVE_PERIOD), ("unit", "day"), ("unit_offset", -3)), (22, 0, 0))]),
    # numeric dates are explicit
    ("২৪-১২-২০২৫ রাত ১০টায়", [("২৪-১২-২০২৫ রাত ১০টায়", (
        ("form", F.FULL_DATE), ("year", 2025), ("month", 12), ("day", 24), ("explicit", True)), (22, 0, 0))]),
])
def test_year_first_relative_and_numeric_phrases(text, expected):
    assert [(s, _facts(x), _hm(tm)) for s, x, tm in exprs(text)] == expected
