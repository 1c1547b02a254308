"""Tests of the date and time extractor (bangla_news_nlp.dates)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_news_nlp.dates import DateSpan, extract_dates, find_publication_date
from bangla_news_nlp.dates.calendars import (
    bangla_to_gregorian,
    gregorian_to_bangla,
    hijri_to_gregorian,
)
from bangla_news_nlp.models import Calendar, Granularity

REF = dt.date(2025, 12, 24)  # a Wednesday


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def found(text: str, reference=REF):
    """[(span text, value, granularity, calendar, relative)] for an NFC'd text."""
    text = nfc(text)
    return [
        (text[s.start : s.end], s.value, s.granularity, s.calendar, s.relative)
        for s in extract_dates(text, reference)
    ]


def one(text: str, reference=REF):
    got = found(text, reference)
    assert len(got) == 1, got
    return got[0]


# --- the real article -------------------------------------------------------------------

ARTICLE = nfc(
    "প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম\n"
    "রাজধানীর মিরপুরে মঙ্গলবার (২৩ ডিসেম্বর) রাতে এক অগ্নিকাণ্ডে তিনজন নিহত হয়েছেন। "
    "গত ডিসেম্বরে একই এলাকায় আরেকটি আগুনের ঘটনা ঘটেছিল।"
)


def test_publication_line_of_real_article():
    assert find_publication_date(ARTICLE) == dt.datetime(2025, 12, 24, 12, 4)
    line = "প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম"
    assert find_publication_date(nfc(line)) == dt.datetime(2025, 12, 24, 12, 4)
    assert found(line, None) == [
        ("২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম", "2025-12-24T12:04", "datetime", "gregorian", False)
    ]


def test_real_article_with_its_reference():
    ref = find_publication_date(ARTICLE)
    spans = extract_dates(ARTICLE, ref)
    texts = {ARTICLE[s.start : s.end]: s for s in spans}
    tuesday = next(s for t, s in texts.items() if "২৩ ডিসেম্বর" in t)
    assert "২৩ ডিসেম্বর" in ARTICLE[tuesday.start : tuesday.end]
    assert tuesday.value == "2025-12-23"
    assert tuesday.granularity == "date"
    assert ARTICLE[tuesday.start : tuesday.end] == "মঙ্গলবার (২৩ ডিসেম্বর) রাতে"
    last_dec = texts["গত ডিসেম্বরে"]
    assert (last_dec.value, last_dec.granularity, last_dec.relative) == ("2024-12", "month", True)


# --- Gregorian dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("২৩ ডিসেম্বর ২০২৫ তারিখে বৈঠক হয়।", "২৩ ডিসেম্বর ২০২৫", "2025-12-23"),
        ("২৩ ডিসেম্বর, ২০২৫ তারিখে বৈঠক হয়।", "২৩ ডিসেম্বর, ২০২৫", "2025-12-23"),
        ("১৫ আগষ্ট ১৯৭৫ সালে বঙ্গবন্ধু নিহত হন।", "১৫ আগষ্ট ১৯৭৫ সালে", "1975-08-15"),
        ("১৫ই আগস্ট ১৯৭৫ জাতির পিতা নিহত হন।", "১৫ই আগস্ট ১৯৭৫", "1975-08-15"),
        ("২১শে ফেব্রুয়ারি ১৯৫২ ভাষা আন্দোলন।", "২১শে ফেব্রুয়ারি ১৯৫২", "1952-02-21"),
        ("১লা মে ২০২৪ শ্রমিক দিবস।", "১লা মে ২০২৪", "2024-05-01"),
        ("২রা জানুয়ারী ২০২৫ থেকে", "২রা জানুয়ারী ২০২৫", "2025-01-02"),
        ("৪ঠা সেপ্টে. ২০২৪ প্রকাশিত", "৪ঠা সেপ্টে. ২০২৪", "2024-09-04"),
        ("২৪ ডিসে. ২০২৫ ইং", "২৪ ডিসে. ২০২৫ ইং", "2025-12-24"),
        ("১৯শে অক্টো. ২০২৩ অনুষ্ঠিত", "১৯শে অক্টো. ২০২৩", "2023-10-19"),
        ("১৯৭১ সালের ২৬ মার্চ স্বাধীনতা ঘোষণা", "১৯৭১ সালের ২৬ মার্চ", "1971-03-26"),
        ("২০০৬ সালের ২৯ আগস্ট তৈলারদ্বীপ সেতু", "২০০৬ সালের ২৯ আগস্ট", "2006-08-29"),
        ("১২ জানুয়ারি 2025 তারিখে", "১২ জানুয়ারি 2025", "2025-01-12"),
        ("বুধবার, ডিসেম্বর ২৪, ২০২৫", "বুধবার, ডিসেম্বর ২৪, ২০২৫", "2025-12-24"),
        ("একুশে ফেব্রুয়ারি ২০২৪ শহীদ মিনারে", "একুশে ফেব্রুয়ারি ২০২৪", "2024-02-21"),
        ("পহেলা জানুয়ারি ২০২৬ থেকে কার্যকর", "পহেলা জানুয়ারি ২০২৬", "2026-01-01"),
    ],
)
def test_full_dates(text, span, value):
    assert one(text) == (nfc(span), value, "date", "gregorian", False)


@pytest.mark.parametrize(
    "text, span",
    [
        ("২৪-১২-২০২৫ তারিখের চিঠি", "২৪-১২-২০২৫"),
        ("স্মারক নং ১২, তারিখ ২৪/১২/২০২৫", "২৪/১২/২০২৫"),
        ("২৪.১২.২০২৫ ইং তারিখে", "২৪.১২.২০২৫"),
        ("ISO: ২০২৫-১২-২৪", "২০২৫-১২-২৪"),
        ("mixed 24-১২-2025 digits", "24-১২-2025"),
    ],
)
def test_numeric_dates(text, span):
    assert one(text) == (nfc(span), "2025-12-24", "date", "gregorian", False)


def test_numeric_non_dates():
    assert found("স্কোর ১০-২০-৩০, অনুপাত ১০.২০.৩০, মাস ১৩: ২৪-১৩-২০২৫") == []
    assert found("ফোন ০১৭১১-১২৩৪৫৬") == []


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("ডিসেম্বর ২০২৫ সংখ্যায়", "ডিসেম্বর ২০২৫", "2025-12"),
        ("মার্চ ১৯৭১ ছিল উত্তাল", "মার্চ ১৯৭১", "1971-03"),
        ("মে ২০২৪ থেকে", "মে ২০২৪", "2024-05"),
        ("২০২৪ সালের ডিসেম্বরে নির্বাচন", "২০২৪ সালের ডিসেম্বরে", "2024-12"),
        ("২০১২ সালের সেপ্টেম্বর মাসে", "২০১২ সালের সেপ্টেম্বর মাসে", "2012-09"),
    ],
)
def test_month_year(text, span, value):
    assert one(text) == (nfc(span), value, "month", "gregorian", False)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("২০২৪ সালে তিনি অবসর নেন।", "২০২৪ সালে", "2024"),
        ("২০১৪ সালের কমিটি গঠন", "২০১৪ সালের", "2014"),
        ("১৯৭১ সালে দেশ স্বাধীন হয়।", "১৯৭১ সালে", "1971"),
        ("১৯০৩ খ্রিস্টাব্দে জন্ম", "১৯০৩ খ্রিস্টাব্দে", "1903"),
        ("১৮৬১ খ্রিষ্টাব্দের মে মাসে", "১৮৬১ খ্রিষ্টাব্দের মে মাসে", None),
        ("২০১৩ সালটি ছিল কঠিন", "২০১৩ সালটি", "2013"),
        ("২০০০ খ্রি. থেকে", "২০০০ খ্রি.", "2000"),
    ],
)
def test_years(text, span, value):
    got = one(text)
    assert got[0] == nfc(span)
    if value is None:  # the genitive year joins the month after it
        assert got[1:3] == ("1861-05", "month")
    else:
        assert got == (nfc(span), value, "year", "gregorian", False)


def test_bare_numbers_are_not_dates():
    text = "সংঘর্ষে ১২ জন আহত, ২০২৪ টাকা জরিমানা, ৩১টি মামলা, ১৯৭১ জন মুক্তিযোদ্ধা, ২৩তম বার্ষিকী"
    assert found(text) == []
    assert found("মোট ২০২৫ ভোট পড়েছে", None) == []


# --- months alone, ambiguous month words --------------------------------------------------


def test_bare_month_mentions():
    assert one("ডিসেম্বরে নির্বাচন হবে।") == ("ডিসেম্বরে", "2025-12", "month", "gregorian", True)
    assert one("জানুয়ারিতে বাজেট পাস হবে।") == (nfc("জানুয়ারিতে"), "2026-01", "month", "gregorian", True)
    assert one("জুলাই মাসে বন্যা হয়।") == ("জুলাই মাসে", "2025-07", "month", "gregorian", True)
    assert one("সেপ্টেম্বরের শেষে") == ("সেপ্টেম্বরের", "2025-09", "month", "gregorian", True)
    assert one("নভেম্বর থেকে ঋণ বাড়ছে") == ("নভেম্বর", "2025-11", "month", "gregorian", True)
    # ties (exactly six months away) go to the past
    assert one("জুনে", dt.date(2025, 12, 24))[1] == "2025-06"
    # no reference: a month mention without a value
    assert one("ডিসেম্বরেই কাজ শেষ হবে।", None) == ("ডিসেম্বরেই", None, "month", "gregorian", True)


def test_march_as_a_march_is_not_a_month():
    assert found("বিএনপির লং মার্চ কর্মসূচি") == []
    assert found("মার্চ টু ঢাকা কর্মসূচি ঘোষণা") == []
    assert found("লং মার্চে অংশ নেন হাজারো মানুষ") == []
    assert found("তারা মার্চ করে এগিয়ে যায়") == []
    # with a case ending, a word after it that makes it a march (মার্চের কর্মসূচি, মার্চে টু)
    assert found("তাঁরা মার্চের কর্মসূচি ঘোষণা করেন") == []
    assert found("মার্চে টু ঢাকা") == []
    assert one("মার্চে বাজেট পেশ হবে")[:3] == ("মার্চে", "2026-03", "month")
    assert one("মার্চ মাসে")[:3] == ("মার্চ মাসে", "2026-03", "month")
    assert one("২৬ মার্চ স্বাধীনতা দিবস")[:3] == ("২৬ মার্চ", "2026-03-26", "date")


def test_may_needs_a_number():
    assert found("সে মে বলে ডাকল") == []
    assert found("মে দিবসের শোভাযাত্রা") == []
    assert found("৫০ হাজার মে. টন চাল আমদানি") == []
    assert found("১০ মে টন গম") == []
    assert one("৫ মে ঢাকায় সমাবেশ")[:3] == ("৫ মে", "2026-05-05", "date")


def test_month_names_used_as_names():
    assert found("জুলাই সনদ নিয়ে আলোচনা") == []
    assert found("জুলাই অভ্যুত্থানের শহীদ") == []
    assert one("জুলাইয়ে আন্দোলন শুরু হয়")[:2] == (nfc("জুলাইয়ে"), "2025-07")


# --- year-less dates ----------------------------------------------------------------------


def test_yearless_date_nearest_to_reference():
    assert one("২৩ ডিসেম্বর বৈঠক হয়।") == ("২৩ ডিসেম্বর", "2025-12-23", "date", "gregorian", True)
    assert one("৩ জানুয়ারি নির্বাচন", dt.date(2025, 12, 28))[1] == "2026-01-03"
    assert one("২৮ ডিসেম্বর শুনানি", dt.date(2026, 1, 3))[1] == "2025-12-28"
    assert one("১৬ ডিসেম্বরের কুচকাওয়াজ")[:2] == ("১৬ ডিসেম্বরের", "2025-12-16")


def test_yearless_date_without_reference():
    # the year needs the reference: relative, whether or not one is given
    assert one("২৩ ডিসেম্বর বৈঠক হয়।", None) == ("২৩ ডিসেম্বর", "--12-23", "date", "gregorian", True)
    assert one("২৯ ফেব্রুয়ারি জন্মদিন", None)[1] == "--02-29"
    assert one("২৩ ডিসেম্বর সকাল ১০টায়", None)[1:3] == ("--12-23T10:00", "datetime")


def test_impossible_dates_have_no_value():
    assert one("৩১ ফেব্রুয়ারি পরীক্ষা")[:3] == ("৩১ ফেব্রুয়ারি", None, "date")
    assert one("৩১ ফেব্রুয়ারি পরীক্ষা", None)[:3] == ("৩১ ফেব্রুয়ারি", None, "date")
    assert one("৩০ ফেব্রুয়ারি ২০২৫ তারিখে")[:3] == ("৩০ ফেব্রুয়ারি ২০২৫", None, "date")
    assert one("২৯ ফেব্রুয়ারি ২০২৫")[:3] == ("২৯ ফেব্রুয়ারি ২০২৫", None, "date")
    assert one("২৯ ফেব্রুয়ারি ২০২৪")[:3] == ("২৯ ফেব্রুয়ারি ২০২৪", "2024-02-29", "date")
    assert one("০ ডিসেম্বর ২০২৫")[1] is None
    assert one("৩২-১২-২০২৫")[1] is None
    assert one("০০০০ সালে")[:3] == ("০০০০ সালে", None, "year")


def test_huge_numbers_do_not_crash():
    got = found("৯৯৯৯৯৯৯৯৯ ডিসেম্বর ৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯ সালে " + "৯" * 5000 + " জানুয়ারি")
    assert all(isinstance(g[0], str) for g in got)
    found("৯৯৯ বছর পরে ৯৯৯ দিন আগে", dt.date(9999, 12, 31))
    found("৯৯৯ বছর আগে", dt.date(1, 1, 1))
    assert one("৯৯৯ বছর পরে", dt.date(9999, 1, 1))[1] is None


# --- weekdays -----------------------------------------------------------------------------


def test_weekday_with_explicit_date_is_one_mention():
    assert one("মঙ্গলবার (২৩ ডিসেম্বর) রাজধানীতে") == (
        "মঙ্গলবার (২৩ ডিসেম্বর)", "2025-12-23", "date", "gregorian", True,
    )
    assert one("বুধবার, ২৪ ডিসেম্বর ২০২৫ প্রকাশিত") == (
        "বুধবার, ২৪ ডিসেম্বর ২০২৫", "2025-12-24", "date", "gregorian", False,
    )
    assert one("২৩ ডিসেম্বর (মঙ্গলবার) সকালে")[:2] == ("২৩ ডিসেম্বর (মঙ্গলবার) সকালে", "2025-12-23")
    assert one("আজ বুধবার , ১ জানুয়ারি ।", dt.date(2014, 1, 1))[:2] == (
        "আজ বুধবার , ১ জানুয়ারি", "2014-01-01",
    )


def test_bare_weekday():
    # the latest such day on or before the reference (a Wednesday)
    assert one("সোমবার রাজধানীতে সমাবেশ হয়।") == ("সোমবার", "2025-12-22", "date", "gregorian", True)
    assert one("বুধবার সংবাদ সম্মেলন")[1] == "2025-12-24"
    assert one("বৃহস্পতিবার বৈঠক")[1] == "2025-12-18"
    assert one("রোববারের হরতাল")[:2] == ("রোববারের", "2025-12-21")
    assert one("রবিবার", None) == ("রবিবার", None, "date", "gregorian", True)
    assert found("প্রতি শুক্রবার হাট বসে") == []


def test_weekday_with_day_part_and_time():
    assert one("সোমবার রাতে পুলিশ আসে")[:3] == ("সোমবার রাতে", "2025-12-22", "date")
    assert one("সোমবার রাত নয়টার দিকে")[:3] == (nfc("সোমবার রাত নয়টার"), "2025-12-22T21:00", "datetime")
    assert one("শনিবার মধ্যরাতে অভিযান")[:3] == ("শনিবার মধ্যরাতে", "2025-12-20", "date")


# --- clock times ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("১২:০৪ পিএম", "১২:০৪ পিএম", "12:04"),
        ("১২:০৪ এএম", "১২:০৪ এএম", "00:04"),
        ("10:30 AM", "10:30 AM", "10:30"),
        ("9:15 p.m. নাগাদ", "9:15 p.m.", "21:15"),
        ("১৪:৩০ মিনিটে", "১৪:৩০ মিনিটে", "14:30"),
        ("রাত ১০টা", "রাত ১০টা", "22:00"),
        ("রাত ১০টায় আগুন", "রাত ১০টায়", "22:00"),
        ("রাত ১০টার দিকে", "রাত ১০টার", "22:00"),
        ("রাত ২টা", "রাত ২টা", "02:00"),
        ("রাত ১২টার দিকে", "রাত ১২টার", "00:00"),
        ("রাত দেড়টায়", "রাত দেড়টায়", "01:30"),
        ("ভোর ৫টায়", "ভোর ৫টায়", "05:00"),
        ("ভোর পাঁচটায়", "ভোর পাঁচটায়", "05:00"),
        ("সকাল সাতটায়", "সকাল সাতটায়", "07:00"),
        ("সকাল ৯.৩০ মিনিটে", "সকাল ৯.৩০ মিনিটে", "09:30"),
        ("বেলা ১১টার দিকে", "বেলা ১১টার", "11:00"),
        ("বেলা ৩টায়", "বেলা ৩টায়", "15:00"),
        ("দুপুর ১২টা ৩০ মিনিটে", "দুপুর ১২টা ৩০ মিনিটে", "12:30"),
        ("দুপুর ২টায়", "দুপুর ২টায়", "14:00"),
        ("বিকেল সাড়ে তিনটার দিকে", "বিকেল সাড়ে তিনটার", "15:30"),
        ("বিকাল ৪টা", "বিকাল ৪টা", "16:00"),
        ("সন্ধ্যা ৭টায়", "সন্ধ্যা ৭টায়", "19:00"),
        ("সন্ধ্যা ৬-৪৫ নাটক", "সন্ধ্যা ৬-৪৫", "18:45"),
        ("সাড়ে ১০টা", "সাড়ে ১০টা", "10:30"),
        ("পৌনে ১০টা", "পৌনে ১০টা", "09:45"),
        ("সোয়া ১০টা", "সোয়া ১০টা", "10:15"),
        ("পৌনে একটায়", "পৌনে একটায়", "12:45"),
        ("১০টা ৩০ মিনিটে", "১০টা ৩০ মিনিটে", "10:30"),
        ("১০টায় শুরু", "১০টায়", "10:00"),
        ("১০টার দিকে", "১০টার", "10:00"),
        ("নয়টা ১০ মিনিটে", "নয়টা ১০ মিনিটে", "09:10"),
    ],
)
def test_times(text, span, value):
    assert one(text) == (nfc(span), value, "time", "gregorian", False)


def test_counts_are_not_times():
    assert found("১০টা বই, ৩টা গাড়ি, ৫টি দোকান, একটায় দুটি") == []
    assert found("সাড়ে তিন লাখ টাকা") == []
    assert found("মূল্যস্ফীতি ৯.৫০ শতাংশ") == []
    assert found("রাত জেগে পাহারা, সকাল থেকে বৃষ্টি") == []


def test_date_with_time_is_datetime():
    assert one("২৩ ডিসেম্বর সকাল ১০টায় সভা")[:3] == ("২৩ ডিসেম্বর সকাল ১০টায়", "2025-12-23T10:00", "datetime")
    assert one("গতকাল রাত ১০টায় আগুন লাগে")[:3] == ("গতকাল রাত ১০টায়", "2025-12-23T22:00", "datetime")
    assert one("১২:০৪ পিএম, ২৪ ডিসেম্বর ২০২৫")[:3] == ("১২:০৪ পিএম, ২৪ ডিসেম্বর ২০২৫", "2025-12-24T12:04", "datetime")
    assert one("২৪ ডিসেম্বর ২০২৫ | ১৪:৩০")[:3] == ("২৪ ডিসেম্বর ২০২৫ | ১৪:৩০", "2025-12-24T14:30", "datetime")
    assert one("বুধবার, ডিসেম্বর ২৪, ২০২৫ ১২:০৪ অপরাহ্ন")[1] == "2025-12-24T12:04"
    assert one("১২০৪ ঘণ্টা, ডিসেম্বর ২৪, ২০২৫")[1] == "2025-12-24T12:04"
    assert found("২৪ ঘণ্টা ধরে অবরোধ, ১২০০ ঘণ্টা কাজ") == []
    # রাত ১২টা after a day is the midnight that ends it; দিবাগত রাত is the night after
    assert one("সোমবার রাত ১২টার দিকে")[1] == "2025-12-23T00:00"
    assert one("গত সোমবার দিবাগত রাত দুইটার দিকে")[:2] == (
        "গত সোমবার দিবাগত রাত দুইটার", "2025-12-23T02:00",
    )
    assert one("গত সোমবার দিবাগত রাত সোয়া একটায় আগুন লাগে")[1] == "2025-12-23T01:15"
    assert one("গতকাল রাত ১০টায়", None)[:3] == ("গতকাল রাত ১০টায়", None, "datetime")


# --- relative expressions -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("আজ সংসদ অধিবেশন বসছে", "আজ", "2025-12-24"),
        ("আজকে তিনি আসবেন", "আজকে", "2025-12-24"),
        ("আজকের পত্রিকায়", "আজকের", "2025-12-24"),
        ("গতকাল তিনি বলেন", "গতকাল", "2025-12-23"),
        ("গতকালের ঘটনা", "গতকালের", "2025-12-23"),
        ("আগামীকাল হরতাল", "আগামীকাল", "2025-12-25"),
        ("গত পরশু তিনি ফিরেছেন", "গত পরশু", "2025-12-22"),
        ("আগামী পরশু বৈঠক", "আগামী পরশু", "2025-12-26"),
        ("গতকাল বুধবার বিকেলে", "গতকাল বুধবার বিকেলে", "2025-12-23"),
        ("গতকাল মঙ্গলবার বেলা দুইটা", "গতকাল মঙ্গলবার বেলা দুইটা", "2025-12-23T14:00"),
        ("আজ সকালে", "আজ সকালে", "2025-12-24"),
        ("গত রাতে হামলা", "গত রাতে", "2025-12-23"),
        ("গত সোমবার তিনি মারা যান", "গত সোমবার", "2025-12-22"),
        ("গত বুধবার সভা হয়", "গত বুধবার", "2025-12-17"),
        ("গত সোমবার রাতে", "গত সোমবার রাতে", "2025-12-22"),
        ("আগামী সোমবার নির্বাচন", "আগামী সোমবার", "2025-12-29"),
        ("আগামী বুধবার নির্বাচন", "আগামী বুধবার", "2025-12-31"),
        ("গত ২৩ ডিসেম্বর মামলা হয়", "গত ২৩ ডিসেম্বর", "2025-12-23"),
        ("গত ২৯ ডিসেম্বর সচিব", "গত ২৯ ডিসেম্বর", "2024-12-29"),
        ("আগামী ১৩ জানুয়ারি শুনানি", "আগামী ১৩ জানুয়ারি", "2026-01-13"),
        ("আগামী ২০ ডিসেম্বর", "আগামী ২০ ডিসেম্বর", "2026-12-20"),
        ("৩ দিন আগে", "৩ দিন আগে", "2025-12-21"),
        ("দুই দিন পর ফিরে আসেন", "দুই দিন পর", "2025-12-26"),
        ("গত বছরের ২৩ ডিসেম্বর", "গত বছরের ২৩ ডিসেম্বর", "2024-12-23"),
        ("চলতি মাসের ১০ তারিখে", "চলতি মাসের ১০ তারিখে", "2025-12-10"),
        ("কাল বুধবার", "কাল বুধবার", None),
        ("কাল মঙ্গলবার", "কাল মঙ্গলবার", "2025-12-23"),
        ("কাল বৃহস্পতিবার", "কাল বৃহস্পতিবার", "2025-12-25"),
    ],
)
def test_relative_days(text, span, value):
    got = one(text)
    assert got[0] == nfc(span)
    assert got[1] == value
    assert got[2] == ("datetime" if value and "T" in value else "date")
    assert got[4] is True


@pytest.mark.parametrize(
    "text, span, value, gran",
    [
        ("গত ডিসেম্বরে", "গত ডিসেম্বরে", "2024-12", "month"),
        ("গত নভেম্বরে", "গত নভেম্বরে", "2025-11", "month"),
        ("আগামী জানুয়ারিতে", "আগামী জানুয়ারিতে", "2026-01", "month"),
        ("আগামী ডিসেম্বরে", "আগামী ডিসেম্বরে", "2026-12", "month"),
        ("গত মার্চে", "গত মার্চে", "2025-03", "month"),
        ("গত মে মাসে", "গত মে মাসে", "2025-05", "month"),
        ("চলতি বছরের জানুয়ারিতে", "চলতি বছরের জানুয়ারিতে", "2025-01", "month"),
        ("গত বছর", "গত বছর", "2024", "year"),
        ("গত বছরের তুলনায়", "গত বছরের", "2024", "year"),
        ("আগামী বছরে", "আগামী বছরে", "2026", "year"),
        ("চলতি বছরে", "চলতি বছরে", "2025", "year"),
        ("এ বছর বৃষ্টি কম", "এ বছর", "2025", "year"),
        ("এই বছরের শেষে", "এই বছরের", "2025", "year"),
        ("গত মাসে", "গত মাসে", "2025-11", "month"),
        ("আগামী মাসের শুরুতে", "আগামী মাসের", "2026-01", "month"),
        ("চলতি মাসেই", "চলতি মাসেই", "2025-12", "month"),
        ("এ মাসে", "এ মাসে", "2025-12", "month"),
        ("গত সপ্তাহে", "গত সপ্তাহে", "2025-W51", "week"),
        ("আগামী সপ্তাহে", "আগামী সপ্তাহে", "2026-W01", "week"),
        ("চলতি সপ্তাহে", "চলতি সপ্তাহে", "2025-W52", "week"),
        ("২ সপ্তাহ আগে", "২ সপ্তাহ আগে", "2025-W50", "week"),
        ("২ মাস আগে", "২ মাস আগে", "2025-10", "month"),
        ("৫ বছর আগে", "৫ বছর আগে", "2020", "year"),
        ("দশ বছর পরে", "দশ বছর পরে", "2035", "year"),
    ],
)
def test_relative_periods(text, span, value, gran):
    assert one(text) == (nfc(span), value, gran, "gregorian", True)


def test_relative_without_reference_has_no_value():
    for text, gran in [("আজ", "date"), ("গতকাল", "date"), ("গত সোমবার", "date"),
                       ("গত ডিসেম্বরে", "month"), ("গত বছর", "year"), ("গত সপ্তাহে", "week"),
                       ("৩ দিন আগে", "date"), ("২ মাস আগে", "month")]:
        assert one(text, None) == (nfc(text), None, gran, "gregorian", True)


def test_ambiguous_relative_words():
    # পরশু alone is both the day before yesterday and the day after tomorrow
    assert one("পরশু তিনি আসবেন") == ("পরশু", None, "date", "gregorian", True)
    # কাল (yesterday / tomorrow / era) alone is not tagged
    assert found("সেই কাল আর নেই") == []
    assert found("কাল ফাইনাল") == []
    # durations are not dates
    assert found("গত দুই মাসে দাম বেড়েছে, গত ১০ বছরে, কয়েক দিন আগে, ৩ দিন ধরে") == []
    assert found("আজও তিনি অপেক্ষা করেন, আজকাল সবাই ব্যস্ত") == []


def test_datetime_reference_is_accepted():
    assert one("গতকাল", dt.datetime(2025, 12, 24, 23, 59))[1] == "2025-12-23"
    with pytest.raises(TypeError):
        extract_dates("গতকাল", "2025-12-24")


# --- Bengali calendar -----------------------------------------------------------------------


def test_bangla_calendar_conversion():
    assert bangla_to_gregorian(1432, 1, 1) == dt.date(2025, 4, 14)
    assert bangla_to_gregorian(1432, 9, 9) == dt.date(2025, 12, 24)
    assert bangla_to_gregorian(1432, 11, 1) == dt.date(2026, 2, 14)
    assert bangla_to_gregorian(1430, 11, 30) == dt.date(2024, 3, 14)  # leap ফাল্গুন
    assert bangla_to_gregorian(1431, 11, 30) is None  # ফাল্গুন 1431 (2025) has 29 days
    assert bangla_to_gregorian(1431, 12, 30) == dt.date(2025, 4, 13)
    assert bangla_to_gregorian(1432, 1, 32) is None
    assert bangla_to_gregorian(1432, 7, 31) is None
    assert bangla_to_gregorian(1432, 13, 1) is None
    for d in (dt.date(2024, 2, 29), dt.date(2025, 4, 13), dt.date(2025, 4, 14), dt.date(2025, 12, 24)):
        assert bangla_to_gregorian(*gregorian_to_bangla(d)) == d


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("১ বৈশাখ ১৪৩২ বঙ্গাব্দ", "১ বৈশাখ ১৪৩২ বঙ্গাব্দ", "2025-04-14"),
        ("৯ পৌষ ১৪৩২ প্রকাশিত", "৯ পৌষ ১৪৩২", "2025-12-24"),
        ("১ ফাল্গুন ১৪৩২ বসন্ত উৎসব", "১ ফাল্গুন ১৪৩২", "2026-02-14"),
        ("২৫শে বৈশাখ ১৪৩২", "২৫শে বৈশাখ ১৪৩২", "2025-05-08"),
        ("১০ আষাঢ় ১৪৩২", "১০ আষাঢ় ১৪৩২", "2025-06-24"),
        ("১৪৩২ বঙ্গাব্দের ১ অগ্রহায়ণ", "১৪৩২ বঙ্গাব্দের ১ অগ্রহায়ণ", "2025-11-16"),
    ],
)
def test_bangla_dates(text, span, value):
    assert one(text) == (nfc(span), value, "date", "bangla", False)


def test_bangla_dates_without_year():
    assert one("পহেলা বৈশাখ উদযাপন") == ("পহেলা বৈশাখ", "2026-04-14", "date", "bangla", True)  # nearest
    assert one("পহেলা বৈশাখ উদযাপন", None) == ("পহেলা বৈশাখ", "--04-14", "date", "bangla", True)
    assert one("২২শে শ্রাবণ রবীন্দ্র প্রয়াণ দিবস", None)[1] == "--08-06"
    assert one("৫ চৈত্র", None)[1] is None  # depends on the leap year
    assert one("৫ চৈত্র", REF)[1] == "2026-03-19"


def test_bangla_month_or_year_alone():
    assert one("১৪৩২ বঙ্গাব্দ শুরু হলো") == ("১৪৩২ বঙ্গাব্দ", None, "year", "bangla", False)
    assert one("পৌষ ১৪৩২ সংখ্যা") == ("পৌষ ১৪৩২", None, "month", "bangla", False)
    assert found("মাঘের শীতে বাঘ কাঁপে, পৌষ মেলা, চৈত্র সংক্রান্তি") == []
    assert found("৩ জ্যেষ্ঠ কর্মকর্তা বদলি") == []  # জ্যেষ্ঠ = senior


# --- Hijri calendar ---------------------------------------------------------------------------


def test_hijri_dates():
    assert one("১২ রবিউল আউয়াল ১৪৪৭ হিজরি") == (
        "১২ রবিউল আউয়াল ১৪৪৭ হিজরি", hijri_to_gregorian(1447, 3, 12).isoformat(), "date", "hijri", False,
    )
    assert hijri_to_gregorian(1447, 3, 12) == dt.date(2025, 9, 4)
    assert one("১ রমজান ১৪৪৬ হিজরি")[1] == "2025-03-01"
    assert one("১০ জিলহজ ১৪৪৬ হিজরি")[1] == "2025-06-06"
    assert one("৪ রজব ১৪৪৭")[:4] == ("৪ রজব ১৪৪৭", "2025-12-24", "date", "hijri")
    # a day and হিজরি without the year: resolved against the reference
    assert one("১০ রমজান হিজরি")[1:5] == ("2026-02-27", "date", "hijri", True)
    assert one("১০ রমজান হিজরি", None)[1] is None
    assert one("১৪৪৭ হিজরি সনে") == ("১৪৪৭ হিজরি", None, "year", "hijri", False)
    assert one("৩০ সফর ১৪৪৭ হিজরি")[1] is None  # সফর 1447 has 29 days (Umm al-Qura)
    # a Hijri year in the genitive before its day and month, as a Gregorian or Bangla one
    assert one("১৪৪৬ হিজরির ১০ রমজান রোজা") == (
        "১৪৪৬ হিজরির ১০ রমজান", "2025-03-10", "date", "hijri", False)
    assert one("১৪৪৬ হিজরির ১০-১২ রমজান")[1:3] == ("2025-03-10/2025-03-12", "interval")
    assert one("১৪৪৬ হিজরির রমজান মাসে")[:4] == ("১৪৪৬ হিজরির রমজান মাসে", None, "month", "hijri")
    assert one("১৪৪৬ হিজরির ১০ জন") == ("১৪৪৬ হিজরির", None, "year", "hijri", False)
    assert one("২০২৪ সালের ১০ রমজান")[:3] == ("২০২৪ সালের", "2024", "year")  # not a Hijri day
    assert hijri_to_gregorian(1, 1, 1) is None


def test_hijri_words_that_are_not_dates():
    assert found("প্রধানমন্ত্রী মস্কো সফর করলেন") == []
    assert found("তিন দিনের রাষ্ট্রীয় সফরে ১০ জন মন্ত্রী") == []
    assert found("৫ সফর সঙ্গী নিয়ে যাত্রা") == []
    assert found("রমজান আলী ৫ জন সহযোগী নিয়ে") == []
    assert found("রমজান মাসে দ্রব্যমূল্য বাড়ে") == []
    assert found("রজব আলী ১০ জন সহযোগী নিয়ে") == []
    assert found("১০ রজব বৈঠক হয়") == []  # রজব is also a name: a date with হিজরি or a year


def test_a_day_and_a_hijri_month_no_name_shares_are_a_date():
    # ১০ মহররম (Ashura) with no year: the nearest 10 Muharram to the reference, as ২৩ ডিসেম্বর
    assert one("১০ মহররম আশুরা পালিত", dt.date(2025, 12, 24)) == (
        "১০ মহররম", hijri_to_gregorian(1447, 1, 10).isoformat(), "date", "hijri", True)
    assert one("১০ মহররম আশুরা পালিত", dt.date(2025, 12, 24))[1] == "2025-07-05"
    assert one("১২ই রবিউল আউয়াল ঈদে মিলাদুন্নবী", dt.date(2025, 12, 24))[1] == "2025-09-04"
    assert one("১০ মহররম আশুরা পালিত", None)[1] is None


# --- publication lines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম", dt.datetime(2025, 12, 24, 12, 4)),
        ("প্রকাশিত: ১২:০৪ পিএম, ২৪ ডিসেম্বর ২০২৫", dt.datetime(2025, 12, 24, 12, 4)),
        ("প্রকাশ : ২৪ ডিসেম্বর ২০২৫", dt.date(2025, 12, 24)),
        ("প্রকাশের সময়: বুধবার, ২৪ ডিসেম্বর ২০২৫", dt.date(2025, 12, 24)),
        ("প্রকাশ ২৪ ডিসেম্বর ২০২৫, ১২: ০৪", dt.datetime(2025, 12, 24, 12, 4)),
        ("আপডেট: ২৫ ডিসেম্বর ২০২৫, ১০:০০ এএম", dt.datetime(2025, 12, 25, 10, 0)),
        ("হালনাগাদ: ২৫.১২.২০২৫", dt.date(2025, 12, 25)),
        ("সর্বশেষ আপডেট: ১২০৪ ঘণ্টা, ডিসেম্বর ২৪, ২০২৫", dt.datetime(2025, 12, 24, 12, 4)),
        # published wins over updated, whichever comes first
        ("আপডেট: ২৫ ডিসেম্বর ২০২৫, ১০:০০\nপ্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম",
         dt.datetime(2025, 12, 24, 12, 4)),
        # needs a full date with its year, right after the label
        ("প্রকাশ: ২৪ ডিসেম্বর", None),
        ("প্রকাশ: গতকাল", None),
        ("তথ্য প্রকাশ করা হয় ২৪ ডিসেম্বর ২০২৫", None),
        ("", None),
    ],
)
def test_find_publication_date(text, expected):
    assert find_publication_date(nfc(text)) == expected


@pytest.mark.parametrize(
    "head",
    [
        "প্রকাশ: ২৪ ডিসেম্বর ২০২৫",
        "শিরোনাম\nপ্রকাশিত: ১২:০৪ পিএম\nআপডেট: ২৫ ডিসেম্বর",
        # a label glued after a letter (the look-behind before the start position), a label
        # word inside another word, the label word as an everyday word, two labels in a row
        "অপ্রকাশ: ২৪ ডিসেম্বর ২০২৫ প্রকাশক প্রকাশ করা হয় প্রকাশ প্রকাশ:",
        "সর্বশেষ আপডেট হালনাগাদ সর্বশেষ সর্বশেষআপডেট Published: Updated:",
        # the label's য় decomposed (as NFC writes it) and precomposed (as a text may)
        "প্রকাশের সম\u09af\u09bc: ২৪ ডিসেম্বর ২০২৫ প্রকাশের সম\u09df: ২৪",
        "", "কোনো লেবেল নেই",
    ],
)
def test_publication_labels_are_the_patterns_own_matches(head):
    # (the labels are looked for only where a label's first word starts: the same matches
    # as the pattern's finditer over every position)
    from bangla_news_nlp.dates.publication import _labels
    from bangla_news_nlp.dates.vocabulary import DateVocabulary

    vocabulary = DateVocabulary.default()  # (the heads as written: not normalised)
    want = [(m.span(), m.lastgroup) for m in vocabulary.publication_label.finditer(head)]
    assert [(m.span(), m.lastgroup) for m in _labels(head, vocabulary)] == want
    if "প্রকাশ:" in head:
        assert want  # (the case is not vacuous)


def test_publication_date_only_in_the_head():
    body = "ক" * 4000
    assert find_publication_date(body + " প্রকাশ: ২৪ ডিসেম্বর ২০২৫") is None
    assert find_publication_date("শিরোনাম\n" + "প্রকাশ: ২৪ ডিসেম্বর ২০২৫\n" + body) == dt.date(2025, 12, 24)


# --- text conventions ---------------------------------------------------------------------------


def test_offsets_index_the_given_text():
    text = nfc("“ঢাকা, ২৩ ডিসেম্বর —” গতকাল\nসকাল ১০টায় আগুন।")
    got = extract_dates(text, REF)
    assert [text[s.start : s.end] for s in got] == ["২৩ ডিসেম্বর", "গতকাল", "সকাল ১০টায়"]  # no joining across a line break
    assert got[0].start == text.index("২৩")


def test_precomposed_nukta_letters_are_accepted_too():
    raw = "\u099c\u09be\u09a8\u09c1\u09df\u09be\u09b0\u09bf"  # জানুয়ারি with U+09DF
    text = "১০ " + raw + " ২০২৫"
    assert [(s.value, text[s.start : s.end]) for s in extract_dates(text)] == [("2025-01-10", text)]


def test_dataclass_and_enums():
    span = extract_dates("২০২৪ সালে")[0]
    assert isinstance(span, DateSpan)
    with pytest.raises(Exception):
        span.value = "x"  # frozen
    assert span.granularity == Granularity.YEAR.value
    assert span.calendar == Calendar.GREGORIAN.value


def test_empty_and_plain_text():
    assert extract_dates("") == []
    assert extract_dates("কোনো তারিখ নেই এখানে") == []
    assert extract_dates("hello world 2025") == []


def test_a_news_paragraph():
    text = nfc(
        "খুলনার দিঘলিয়া উপজেলার বারাকপুর মধ্যপাড়ায় গত সোমবার রাতে পুলিশ বাড়ি থেকে ডেকে "
        "নেওয়ার কিছুক্ষণ পর কেসমত আলী মোল্লা (৫০) নামে এক ব্যক্তির মৃত্যু হয়েছে। "
        "সোমবার রাত নয়টার দিকে দুজন পুলিশ তাঁর বাড়ি যান। পরে রাত ১০টার দিকে চিকিৎসক "
        "তাঁকে মৃত ঘোষণা করেন। ২০১৪ সালের জাতীয় নির্বাচন ৫ জানুয়ারি অনুষ্ঠিত হবে।"
    )
    got = found(text, dt.date(2014, 1, 1))
    assert got == [
        ("গত সোমবার রাতে", "2013-12-30", "date", "gregorian", True),
        (nfc("সোমবার রাত নয়টার"), "2013-12-30T21:00", "datetime", "gregorian", True),
        ("রাত ১০টার", "22:00", "time", "gregorian", False),
        ("২০১৪ সালের", "2014", "year", "gregorian", False),
        ("৫ জানুয়ারি", "2014-01-05", "date", "gregorian", True),
    ]


# --- properties -----------------------------------------------------------------------------------

_VOCAB = [
    "২৩", "১লা", "২১শে", "১০টা", "১০টায়", "১২:০৪", "২৪-১২-২০২৫", "২০২৫", "০", "৯৯৯৯৯৯৯",
    "ডিসেম্বর", "ডিসেম্বরে", "মার্চ", "মে", "মে.", "জানু.", "বৈশাখ", "পৌষ", "ফাল্গুন", "রমজান",
    "রবিউল আউয়াল", "সফর", "হিজরি", "বঙ্গাব্দ", "সাল", "সালের", "খ্রি.", "সোমবার", "বুধবার",
    "আজ", "গতকাল", "কাল", "পরশু", "গত", "আগামী", "চলতি", "এ", "বছর", "বছরের", "মাস", "মাসের",
    "সপ্তাহ", "দিন", "আগে", "পরে", "তারিখে", "রাত", "রাতে", "সকাল", "দিবাগত রাত", "সাড়ে",
    "পৌনে", "দুইটার", "দেড়টায়", "মিনিটে", "পিএম", "a.m.", "ঘণ্টা", "পহেলা", "একুশে",
    "(", ")", ",", "|", "-", ".", ":", "\n", "প্রকাশ:", "আপডেট:",
    "থেকে", "অর্থবছরে", "অর্থ বছর", "২০২৩-২৪", "২০-২৫", "১২:০৪পিএম", "১০পিএম", "এএম",
]


@st.composite
def _date_soup(draw):
    words = draw(st.lists(st.sampled_from(_VOCAB), max_size=25))
    seps = draw(st.lists(st.sampled_from([" ", "", "  ", ", ", " ("]), min_size=len(words), max_size=len(words)))
    return nfc("".join(w + s for w, s in zip(words, seps)))


def _check(text, reference):
    spans = extract_dates(text, reference)
    prev_end = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= prev_end
        prev_end = s.end
        assert s.granularity in {g.value for g in Granularity}
        assert s.calendar in {c.value for c in Calendar}
        assert s.value is None or isinstance(s.value, str)
    find_publication_date(text)


_REFS = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(st.text(), _REFS)
def test_property_arbitrary_text(text, reference):
    _check(text, reference)


@settings(max_examples=500, deadline=None)
@given(_date_soup(), _REFS)
def test_property_date_word_soup(text, reference):
    _check(text, reference)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="০১২৩৪৫৬৭৮৯0123456789 -/.:,টাশেইলারাঠা", max_size=60), _REFS)
def test_property_digit_soup(text, reference):
    _check(text, reference)


# --- AM / PM glued to the time (issue 14) -------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("১২:০৪পিএম", "১২:০৪পিএম", "12:04"),
        ("১২:০৪এএম, ঢাকা", "১২:০৪এএম", "00:04"),
        ("১২.০৪পিএম", "১২.০৪পিএম", "12:04"),
        ("১১:১৫PM", "১১:১৫PM", "23:15"),
        ("৯:৩০a.m. থেকে", "৯:৩০a.m.", "09:30"),
        ("১০টাপিএম", "১০টাপিএম", "22:00"),
        ("১০পিএম নাগাদ", "১০পিএম", "22:00"),
        ("রাত ১০ পিএম", "রাত ১০ পিএম", "22:00"),
        ("৭ এএম", "৭ এএম", "07:00"),
    ],
)
def test_am_pm_glued_or_after_a_plain_hour(text, span, value):
    assert one(text) == (nfc(span), value, "time", "gregorian", False)


def test_am_pm_after_numbers_that_are_no_hour():
    assert found("১৩ পিএম") == []
    assert found("১২ জন পিএম") == []
    assert found("১২:০৪পিএমে") == []  # a case ending on পিএম: not a word we know
    assert found("২০২৫পিএম") == []


def test_glued_time_on_the_publication_line_is_the_reference():
    text = nfc("প্রকাশ: ১২:০৪পিএম, ২৫ জুলাই ২০২৫\nরাজধানীতে গতকাল সংঘর্ষ হয়।")
    assert find_publication_date(text) == dt.datetime(2025, 7, 25, 12, 4)
    assert found(text, find_publication_date(text)) == [
        ("১২:০৪পিএম, ২৫ জুলাই ২০২৫", "2025-07-25T12:04", "datetime", "gregorian", False),
        ("গতকাল", "2025-07-24", "date", "gregorian", True),
    ]
    from bangla_news_nlp import annotate

    doc = annotate(text)
    assert doc.reference_date == dt.datetime(2025, 7, 25, 12, 4)
    assert [(d.text, d.value) for d in doc.dates] == [
        ("১২:০৪পিএম, ২৫ জুলাই ২০২৫", "2025-07-25T12:04"), ("গতকাল", "2025-07-24")]


# --- what relative means (issue 14) -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value_without, value_with",
    [
        ("গত ১৫ আগস্ট", "--08-15", "2025-08-15"),
        ("২৩ ডিসেম্বর", "--12-23", "2025-12-23"),
        ("মঙ্গলবার (২৩ ডিসেম্বর)", "--12-23", "2025-12-23"),
        ("২৩ ডিসেম্বর সকাল ১০টায়", "--12-23T10:00", "2025-12-23T10:00"),
        ("পহেলা বৈশাখ", "--04-14", "2026-04-14"),
        ("১০ রমজান হিজরি", None, "2026-02-27"),
        ("৩১ ফেব্রুয়ারি", None, None),
        ("গতকাল", None, "2025-12-23"),
        ("গত ডিসেম্বরে", None, "2024-12"),
        ("সোমবার", None, "2025-12-22"),
    ],
)
def test_relative_whenever_the_value_needs_a_reference(text, value_without, value_with):
    """relative is True with and without a reference when the value depends on one."""
    without, with_ref = one(text, None), one(text, REF)
    assert without[0] == with_ref[0] == nfc(text)
    assert (without[1], without[4]) == (value_without, True)
    assert (with_ref[1], with_ref[4]) == (value_with, True)


@pytest.mark.parametrize(
    "text", ["২৩ ডিসেম্বর ২০২৫", "২৪-১২-২০২৫", "ডিসেম্বর ২০২৫", "২০২৪ সালে", "৯ পৌষ ১৪৩২",
             "১৪৩২ বঙ্গাব্দ", "রাত ১০টায়", "১২:০৪ পিএম"],
)
def test_never_relative_when_written_in_full(text):
    assert one(text, None)[4] is False
    assert one(text, REF)[4] is False


# --- ranges and fiscal years (issue 14) ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value_without, value_with, relative",
    [
        # fiscal years: 1 July to 30 June
        ("২০২৩-২৪ অর্থবছরে রপ্তানি বাড়ে", "২০২৩-২৪ অর্থবছরে", "2023-07-01/2024-06-30",
         "2023-07-01/2024-06-30", False),
        ("২০২৪-২০২৫ অর্থবছর শেষে", "২০২৪-২০২৫ অর্থবছর", "2024-07-01/2025-06-30",
         "2024-07-01/2025-06-30", False),
        ("১৯৯৯-০০ অর্থ বছরের বাজেট", "১৯৯৯-০০ অর্থ বছরের", "1999-07-01/2000-06-30",
         "1999-07-01/2000-06-30", False),
        ("গত অর্থবছরে আদায় কম", "গত অর্থবছরে", None, "2024-07-01/2025-06-30", True),
        ("চলতি অর্থবছরের বাজেট", "চলতি অর্থবছরের", None, "2025-07-01/2026-06-30", True),
        ("আগামী অর্থবছরে", "আগামী অর্থবছরে", None, "2026-07-01/2027-06-30", True),
        # years
        ("২০২০-২০২৩ সাল পর্যন্ত", "২০২০-২০২৩ সাল", "2020/2023", "2020/2023", False),
        ("২০১১-১২ সালে বাজারে", "২০১১-১২ সালে", "2011/2012", "2011/2012", False),
        ("২০২০ থেকে ২০২৩ সালের মধ্যে", "২০২০ থেকে ২০২৩ সালের", "2020/2023", "2020/2023", False),
        ("২০১৪ সাল থেকে ২০২০ সাল পর্যন্ত", "২০১৪ সাল থেকে ২০২০ সাল", "2014/2020", "2014/2020", False),
        # days of one month
        ("২০-২৫ ডিসেম্বর মেলা", "২০-২৫ ডিসেম্বর", "--12-20/--12-25", "2025-12-20/2025-12-25", True),
        ("১০ থেকে ১৫ জানুয়ারি পর্যন্ত", "১০ থেকে ১৫ জানুয়ারি", "--01-10/--01-15",
         "2026-01-10/2026-01-15", True),
        ("১০ – ১৫ জানুয়ারি ২০২৬", "১০ – ১৫ জানুয়ারি ২০২৬", "2026-01-10/2026-01-15",
         "2026-01-10/2026-01-15", False),
        ("২০২৪ সালের ২০-২৫ ডিসেম্বর", "২০২৪ সালের ২০-২৫ ডিসেম্বর", "2024-12-20/2024-12-25",
         "2024-12-20/2024-12-25", False),
        ("গত বছরের ২০-২৫ ডিসেম্বর", "গত বছরের ২০-২৫ ডিসেম্বর", None, "2024-12-20/2024-12-25", True),
        ("মে মাসের ১৬ থেকে ১৯ তারিখের মধ্যে", "মে মাসের ১৬ থেকে ১৯ তারিখের", "--05-16/--05-19",
         "2026-05-16/2026-05-19", True),
        ("১০-১৫ বৈশাখ ১৪৩২", "১০-১৫ বৈশাখ ১৪৩২", "2025-04-23/2025-04-28", "2025-04-23/2025-04-28", False),
        # two dates, months
        ("২০ ডিসেম্বর থেকে ৫ জানুয়ারি পর্যন্ত", "২০ ডিসেম্বর থেকে ৫ জানুয়ারি", "--12-20/--01-05",
         "2025-12-20/2026-01-05", True),
        ("২০ ডিসেম্বর থেকে ৫ জানুয়ারি ২০২৬", "২০ ডিসেম্বর থেকে ৫ জানুয়ারি ২০২৬",
         "2025-12-20/2026-01-05", "2025-12-20/2026-01-05", False),
        ("মেষ ( ২১ মার্চ-২০ এপ্রিল )", "২১ মার্চ-২০ এপ্রিল", "--03-21/--04-20", "2026-03-21/2026-04-20", True),
        ("জুলাই ২০১২-জুন ২০১৩ পর্যন্ত", "জুলাই ২০১২-জুন ২০১৩", "2012-07/2013-06", "2012-07/2013-06", False),
        ("( জুলাই-নভেম্বর ২০১৩ )", "জুলাই-নভেম্বর ২০১৩", "2013-07/2013-11", "2013-07/2013-11", False),
        ("অক্টোবর-ডিসেম্বর প্রান্তিকে", "অক্টোবর-ডিসেম্বর", None, "2025-10/2025-12", True),
        ("নভেম্বর থেকে ফেব্রুয়ারি", "নভেম্বর থেকে ফেব্রুয়ারি", None, "2025-11/2026-02", True),
    ],
)
def test_ranges_are_iso_intervals(text, span, value_without, value_with, relative):
    assert one(text, None) == (nfc(span), value_without, "interval", one(text, None)[3], relative)
    assert one(text, REF) == (nfc(span), value_with, "interval", one(text, REF)[3], relative)


def test_what_is_not_a_range():
    assert found("২০-২৫ জন আহত, ১০ থেকে ৩০ শতাংশ ছাড়, ১৯ থেকে ২৮ বছর কারাদণ্ড") == []
    assert found("ফোন ০১৭১১-১২৩৪৫৬, স্কোর ৩-১, ছক ৪-৩-৩, ১০-১২ জন যুবক") == []
    assert found("২০১৩-১৪ শিক্ষাবর্ষের ভর্তি") == []  # an academic year: not handled
    assert found("২০২০-২০২৩ মেয়াদে") == []  # four-digit numbers need সাল or অর্থবছর
    assert found("২০২১-২৩ অর্থবছর") == []  # not one fiscal year
    # a two-digit second year runs into the next century only over a short range (১৯৯৯-০০,
    # ১৯৯৫-০৫): ২০১১-১১ and ২০১১-১০ are no years 2011–2111 or 2011–2110
    assert found("২০১১-১১ সালে, ২০১১-১০ সালে, ১৯৪০-০১ সালে") == []
    assert [g[:2] for g in found("১৯৯৫-০৫ সালে")] == [("১৯৯৫-০৫ সালে", "1995/2005")]
    assert [g[:2] for g in found("১৯৫০-০০ সালে")] == [("১৯৫০-০০ সালে", "1950/2000")]  # 50 years
    assert found("১৯৪৯-০০ সালে") == []  # 51
    # a year to itself is no range: only the year after the hyphen is a date
    assert [g[:2] for g in found("২০১১-২০১১ সালে")] == [("২০১১ সালে", "2011")]
    # a two-digit second year only after a hyphen: ২০১১ থেকে ১২ is no range of years
    assert found("২০১১ থেকে ১২ সালে") == []
    # a day and its month are adjacent: a count before a comma is no day of the month after
    assert [g[:2] for g in found("নভেম্বরে নিহত ২৪, ডিসেম্বরে ৩৬ জন।")] == [
        ("নভেম্বরে", "2025-11"), ("ডিসেম্বরে", "2025-12")]
    assert found("গত চার অর্থবছরের গড়, অর্থবছরের শুরুতে") == []  # a duration, no direction
    # the larger day first: no range, only the date after the hyphen
    assert found("২৫-২০ ডিসেম্বর") == [("২০ ডিসেম্বর", "2025-12-20", "date", "gregorian", True)]
    # dates out of order stay two dates
    assert [g[0] for g in found("২৪ ডিসেম্বর ২০২৫ - ২৩ ডিসেম্বর ২০২৫")] == [
        "২৪ ডিসেম্বর ২০২৫", "২৩ ডিসেম্বর ২০২৫"]
    assert [g[0] for g in found("২০২৪ সাল থেকে ২০২০ সাল")] == ["২০২৪ সাল", "২০২০ সাল"]


def test_fiscal_year_on_a_publication_dated_article():
    text = nfc("প্রকাশ: ২৪ ডিসেম্বর ২০২৫\nচলতি অর্থবছরের প্রথম পাঁচ মাসে ( জুলাই-নভেম্বর ) আদায় কমেছে।")
    from bangla_news_nlp import annotate

    assert [(d.text, d.value, d.granularity.value, d.relative) for d in annotate(text).dates] == [
        ("২৪ ডিসেম্বর ২০২৫", "2025-12-24", "date", False),
        ("চলতি অর্থবছরের", "2025-07-01/2026-06-30", "interval", True),
        ("জুলাই-নভেম্বর", "2025-07/2025-11", "interval", True),
    ]


def test_month_first_dates_and_the_months_that_need_context():
    """From the mutmut run over dates/grammar.py (each case checked to kill its mutant):
    a day given after its month and মাসের, alone or as a range, and as the start of a range;
    a day written after its month with the year after a comma, as the start of a range;
    মার্চ needs a case ending that is no article (মার্চটি, মার্চটা) and no লং before it."""
    cases = [
        ("ডিসেম্বর মাসের ২৩ তারিখে সভা", [("ডিসেম্বর মাসের ২৩ তারিখে", "2025-12-23")]),
        ("মে মাসের ১৬ থেকে ১৯ তারিখে মেলা",
         [("মে মাসের ১৬ থেকে ১৯ তারিখে", "2026-05-16/2026-05-19")]),
        ("ডিসেম্বর মাসের ২৩ তারিখ থেকে ২৫ ডিসেম্বর পর্যন্ত",
         [("ডিসেম্বর মাসের ২৩ তারিখ থেকে ২৫ ডিসেম্বর", "2025-12-23/2025-12-25")]),
        ("ডিসেম্বর ২৩, ২০২৫ থেকে ২৫ ডিসেম্বর ২০২৫ পর্যন্ত",
         [("ডিসেম্বর ২৩, ২০২৫ থেকে ২৫ ডিসেম্বর ২০২৫", "2025-12-23/2025-12-25")]),
        ("মার্চটি শেষ হলো, মার্চটা কঠিন ছিল, লং মার্চে অংশ নেন।", []),
        ("মার্চে বৈঠক হবে।", [("মার্চে", "2026-03")]),
    ]
    for text, want in cases:
        assert [g[:2] for g in found(text)] == want, text


# --- from the grammar's mutation run (lines 466-760): what follows a relative phrase ----------


@pytest.mark.parametrize("text, expected", [
    # the night of গত রাত is the hour's day part: 22:00, not 10:00
    ("গত রাত ১০টায় হামলা হয়", [("গত রাত ১০টায়", "2025-12-23T22:00", "datetime")]),
    ("গত রাতে হামলা হয়", [("গত রাতে", "2025-12-23", "date")]),
    # গত before a full date or a numeric date, with a time after it
    ("গত ২০ ডিসেম্বর ২০২৪ সালে", [("গত ২০ ডিসেম্বর ২০২৪ সালে", "2024-12-20", "date")]),
    ("গত ২৪/১২/২০২৪ রাত ১০টায়", [("গত ২৪/১২/২০২৪ রাত ১০টায়", "2024-12-24T22:00", "datetime")]),
    # গত বছরের before what is no Gregorian day and month: the year alone
    ("গত বছরের ১০ জন নিহত", [("গত বছরের", "2024", "year")]),
    ("গত বছরের বৈশাখে", [("গত বছরের", "2024", "year")]),
    ("গত বছরের ২৩ ডিসেম্বর ২০২৪", [("গত বছরের", "2024", "year"),
                                  ("২৩ ডিসেম্বর ২০২৪", "2024-12-23", "date")]),
    ("গত বছরের ২৩ তারিখে", [("গত বছরের", "2024", "year")]),
    # a day of the month needs মাসের (the genitive), not মাসে
    ("গত মাসে ২৩ তারিখে", [("গত মাসে", "2025-11", "month")]),
    ("এটি গত বছরের", [("গত বছরের", "2024", "year")]),  # at the text's end
    # a year in the genitive before a full date, or an abbreviated month: the year alone
    ("২০২৪ সালের ১৪ মার্চ ২০২৫", [("২০২৪ সালের", "2024", "year"),
                                ("১৪ মার্চ ২০২৫", "2025-03-14", "date")]),
    ("২০২৪ সালের ডিসে. মাসে", [("২০২৪ সালের", "2024", "year")]),
    # a year before থেকে and a month is no year range (nor a year without সাল)
    ("২০২০ থেকে ডিসেম্বর পর্যন্ত", [("ডিসেম্বর", "2025-12", "month")]),
    # a numeric date after গত is explicit: its weekday in brackets joins it
    ("গত ২৪/১২/২০২৪ (মঙ্গলবার) বৈঠক হয়", [("গত ২৪/১২/২০২৪ (মঙ্গলবার)", "2024-12-24", "date")]),
    # a day part or সাড়ে joins only the hour right after it, with no punctuation between
    ("আজ সকাল, ১০টায় বৈঠক", [("আজ সকাল", "2025-12-24", "date"), ("১০টায়", "10:00", "time")]),
    ("সাড়ে, ১০টায় বৈঠক", [("১০টায়", "10:00", "time")]),
    # a clock time with a dot needs মিনিট (or a day part, AM/PM); with a hyphen, a day part
    ("১০.৩০ মিনিটে বৈঠক শুরু হয়", [("১০.৩০ মিনিটে", "10:30", "time")]),
    ("খেলা ১০-৩০ মিনিটে", []),
    # a weekday after a comma joins a relative day or an explicit date; after a month, none
    ("গতকাল, মঙ্গলবার বৈঠক হয়", [("গতকাল, মঙ্গলবার", "2025-12-23", "date")]),
    ("২৩ ডিসেম্বর, মঙ্গলবার বৈঠক হয়", [("২৩ ডিসেম্বর, মঙ্গলবার", "2025-12-23", "date")]),
    ("জানুয়ারি ২০২৬ (বুধবার)", [("জানুয়ারি ২০২৬", "2026-01", "month"),
                              ("বুধবার", "2025-12-24", "date")]),
    # গত joins only the word right after it, with no punctuation between
    ("গত, সোমবার বৈঠক হয়", [("সোমবার", "2025-12-22", "date")]),
    # কাল ("yesterday or tomorrow") with a time right after it is a mention
    ("কাল সকাল ১০টায় বৈঠক", [("কাল সকাল ১০টায়", None, "datetime")]),
    # a time joins a date after a space, a comma or a bar, not after a dash or a bracket
    ("২৩ ডিসেম্বর - রাত ১০টায়", [("২৩ ডিসেম্বর", "2025-12-23", "date"),
                                ("রাত ১০টায়", "22:00", "time")]),
])
def test_what_follows_a_relative_or_genitive_phrase(text, expected):
    assert _spans(text) == expected


def _spans(text):
    """(span text, value, granularity) of each date mention of ``text``."""
    return [(t, v, g) for t, v, g, _c, _r in found(text)]


# --- from the grammar's mutation run (lines 769-864): ranges and a time before its date ------


@pytest.mark.parametrize("text, expected", [
    # a range ends after it starts: a month to itself is two mentions, not a range
    ("জুলাই ২০২৪-জুলাই ২০২৪", [("জুলাই ২০২৪", "2024-07", "month"), ("জুলাই ২০২৪", "2024-07", "month")]),
    ("২০ ডিসেম্বর থেকে ২০ ডিসেম্বর", [("২০ ডিসেম্বর", "2025-12-20", "date"),
                                      ("২০ ডিসেম্বর", "2025-12-20", "date")]),
    # one year written: the year-less end is placed after the other
    ("মে ২০২৪ থেকে ফেব্রুয়ারি পর্যন্ত", [("মে ২০২৪ থেকে ফেব্রুয়ারি", "2024-05/2025-02", "interval")]),
    # no year: later in the year, or from October-December into January-March
    ("অক্টোবর-ফেব্রুয়ারি মৌসুমে", [("অক্টোবর-ফেব্রুয়ারি", "2025-10/2026-02", "interval")]),
    ("ডিসেম্বর থেকে মার্চ মাস পর্যন্ত", [("ডিসেম্বর থেকে মার্চ মাস", "2025-12/2026-03", "interval")]),
    ("এপ্রিল থেকে জানুয়ারি পর্যন্ত", [("এপ্রিল", "2026-04", "month"), ("জানুয়ারি", "2026-01", "month")]),
    ("জুন থেকে ফেব্রুয়ারি পর্যন্ত", [("জুন", "2025-06", "month"), ("ফেব্রুয়ারি", "2026-02", "month")]),
    # a year range ends in a year, not in a month of one
    ("২০২০ সাল থেকে ২০২৩ সালের মার্চ পর্যন্ত", [("২০২০ সাল", "2020", "year"),
                                                ("২০২৩ সালের মার্চ", "2023-03", "month")]),
    # a time, then its date (after a space, a comma or a bar, with a weekday between)
    ("১২:০৪ পিএম ২৪ ডিসেম্বর ২০২৫", [("১২:০৪ পিএম ২৪ ডিসেম্বর ২০২৫", "2025-12-24T12:04", "datetime")]),
    ("১২:০৪ পিএম | ২৪ ডিসেম্বর ২০২৫", [("১২:০৪ পিএম | ২৪ ডিসেম্বর ২০২৫", "2025-12-24T12:04", "datetime")]),
    ("রাত ১০টায়, বুধবার ২৪ ডিসেম্বর", [("রাত ১০টায়, বুধবার ২৪ ডিসেম্বর", "2025-12-24T22:00", "datetime")]),
    ("রাত ১০টায় বুধবার, ২৪ ডিসেম্বর", [("রাত ১০টায় বুধবার, ২৪ ডিসেম্বর", "2025-12-24T22:00", "datetime")]),
    # only a weekday may stand between them: a relative day starts its own mention
    ("রাত ১০টায় আজ, ২৪ ডিসেম্বর", [("রাত ১০টায়", "22:00", "time"), ("আজ, ২৪ ডিসেম্বর", "2025-12-24", "date")]),
])
def test_ranges_and_a_time_before_its_date(text, expected):
    assert _spans(text) == expected
