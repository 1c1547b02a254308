"""Every word of lang/bn/date_words.py, with the exact value it must give.

The expected month, weekday, day, hour… of each spelling is written here by hand, apart from
the word lists: a spelling moved to the wrong key there (এপ্রিল under May) fails here, and so
does a spelling added there without a line here (add the line: that is the review).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bangla_news_nlp.dates import extract_dates
from bangla_news_nlp.dates.calendars import hijri_to_gregorian
from bangla_news_nlp.lang.bn import date_words as W

from conftest import nfc

REF = dt.date(2025, 12, 24)  # a Wednesday


def found(text, reference=REF):
    text = nfc(text)
    return [(text[s.start : s.end], s.value, s.granularity, s.calendar)
            for s in extract_dates(text, reference)]


def spellings(mapping):
    return [w for words in mapping.values() for w in words]


def _table(pairs):
    return {nfc(w): v for w, v in pairs.items()}


GREGORIAN = _table({
    "জানুয়ারি": 1, "জানুয়ারী": 1, "জানুআরি": 1,
    "ফেব্রুয়ারি": 2, "ফেব্রুয়ারী": 2, "ফেব্রুআরি": 2, "ফেবুয়ারি": 2,
    "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7,
    "আগস্ট": 8, "আগষ্ট": 8, "অগাস্ট": 8, "অগস্ট": 8, "আগাস্ট": 8,
    "সেপ্টেম্বর": 9, "সেপ্টেমবর": 9, "সেপ্টেম্বার": 9,
    "অক্টোবর": 10, "অক্টোবার": 10, "নভেম্বর": 11, "নভেম্বার": 11,
    "ডিসেম্বর": 12, "ডিসেম্বার": 12,
})
GREGORIAN_ABBREVIATIONS = _table({
    "জানু.": 1, "জানুঃ": 1, "ফেব্রু.": 2, "ফেব্রুঃ": 2, "আগ.": 8, "সেপ্টে.": 9, "সেপ্ট.": 9,
    "অক্টো.": 10, "নভে.": 11, "ডিসে.": 12,
})
# ১ <month> ১৪৩২: the first day of each month of Bangla year 1432 (বৈশাখ-আশ্বিন 31 days,
# কার্তিক-মাঘ 30, ফাল্গুন 29 in 2026, চৈত্র 30)
BANGLA_1432_STARTS = {
    1: "2025-04-14", 2: "2025-05-15", 3: "2025-06-15", 4: "2025-07-16", 5: "2025-08-16",
    6: "2025-09-16", 7: "2025-10-17", 8: "2025-11-16", 9: "2025-12-16", 10: "2026-01-15",
    11: "2026-02-14", 12: "2026-03-15",
}
BANGLA = _table({
    "বৈশাখ": 1, "জ্যৈষ্ঠ": 2, "জৈষ্ঠ": 2, "জৈষ্ঠ্য": 2, "জ্যৈষ্ঠ্য": 2, "আষাঢ়": 3, "আষাঢ": 3,
    "শ্রাবণ": 4, "শ্রাবন": 4, "ভাদ্র": 5, "আশ্বিন": 6, "কার্তিক": 7, "কার্ত্তিক": 7,
    "অগ্রহায়ণ": 8, "অগ্রহায়ন": 8, "অঘ্রাণ": 8, "অঘ্রান": 8, "পৌষ": 9, "মাঘ": 10,
    "ফাল্গুন": 11, "ফাগুন": 11, "চৈত্র": 12,
})
BANGLA_WEAK = _table({"জ্যেষ্ঠ": 2})
# ১ <month> ১৪৪৭ হিজরি: Umm al-Qura month starts of 1447 AH
HIJRI_1447_STARTS = {
    1: "2025-06-26", 2: "2025-07-26", 3: "2025-08-24", 4: "2025-09-23", 5: "2025-10-23",
    6: "2025-11-22", 7: "2025-12-21", 8: "2026-01-20", 9: "2026-02-18", 10: "2026-03-20",
    11: "2026-04-18", 12: "2026-05-18",
}
HIJRI = _table({
    "মহররম": 1, "মুহাররম": 1, "মহরম": 1, "মুহররম": 1,
    "রবিউল আউয়াল": 3, "রবিউল আওয়াল": 3, "রবিউল আউওয়াল": 3,
    "রবিউস সানি": 4, "রবিউস সানী": 4, "রবিউল আখির": 4, "রবিউল আখের": 4, "রবিউস ছানি": 4,
    "জমাদিউল আউয়াল": 5, "জমাদিউল আওয়াল": 5, "জুমাদাল উলা": 5, "জমাদিউল উলা": 5,
    "জুমাদাল আউয়াল": 5,
    "জমাদিউস সানি": 6, "জমাদিউস সানী": 6, "জমাদিউল আখির": 6, "জমাদিউল আখের": 6,
    "জুমাদাল আখিরা": 6, "জমাদিউস ছানি": 6,
    "শাওয়াল": 10, "শাউয়াল": 10,
    "জিলকদ": 11, "জিলক্বদ": 11, "জিলকাদ": 11, "জিলক্বাদ": 11,
    "জিলহজ": 12, "জিলহজ্জ": 12, "জিলহজ্ব": 12, "জিলহাজ্জ": 12,
})
# Hijri months that are also words or names: a date only with a year or হিজরি
HIJRI_WEAK = _table({
    "সফর": 2, "ছফর": 2, "রজব": 7, "শাবান": 8, "শা'বান": 8, "শা’বান": 8,
    "রমজান": 9, "রমযান": 9, "রমাদান": 9,
})
# <weekday> alone against Wednesday 24 December 2025: the latest such day on or before it
WEEKDAYS = _table({
    "সোমবার": "2025-12-22", "মঙ্গলবার": "2025-12-23", "বুধবার": "2025-12-24",
    "বৃহস্পতিবার": "2025-12-18", "বিষ্যুদবার": "2025-12-18", "বেস্পতিবার": "2025-12-18",
    "শুক্রবার": "2025-12-19", "শনিবার": "2025-12-20",
    "রবিবার": "2025-12-21", "রোববার": "2025-12-21",
})
# গত <weekday>: strictly before
LAST_WEEKDAY = {"2025-12-24": "2025-12-17"}
ORDINAL_DAYS = _table({
    "পহেলা": 1, "পয়লা": 1, "পহলা": 1, "দোসরা": 2, "দোসরো": 2, "তেসরা": 3, "চৌঠা": 4,
    "চোঠা": 4, "পাঁচই": 5, "ছয়ই": 6, "ছউই": 6, "সাতই": 7, "আটই": 8, "নয়ই": 9, "দশই": 10,
    "এগারোই": 11, "বারোই": 12, "তেরোই": 13, "চৌদ্দই": 14, "পনেরোই": 15, "পনেরই": 15,
    "ষোলোই": 16, "ষোলই": 16, "সতেরোই": 17, "সতেরই": 17, "আঠারোই": 18, "আঠারই": 18,
    "উনিশে": 19, "বিশে": 20, "একুশে": 21, "বাইশে": 22, "তেইশে": 23, "চব্বিশে": 24,
    "পঁচিশে": 25, "ছাব্বিশে": 26, "সাতাশে": 27, "আঠাশে": 28, "ঊনত্রিশে": 29, "উনত্রিশে": 29,
    "ত্রিশে": 30, "তিরিশে": 30, "একত্রিশে": 31,
})
# <day part> ২টায়: the hour it gives to "2"
DAY_PARTS = _table({
    "ভোর": "02:00", "ভোররাত": "02:00", "ভোররাতে": "02:00", "সকাল": "02:00",
    "বেলা": "14:00", "দুপুর": "14:00", "মধ্যাহ্ন": "14:00", "বিকেল": "14:00", "বিকাল": "14:00",
    "সন্ধ্যা": "14:00", "সন্ধ্যাবেলা": "14:00", "রাত": "02:00", "রাতভর": "02:00",
    "মধ্যরাত": "02:00", "মাঝরাত": "02:00", "দিবাগত রাত": "02:00",
})
CONSONANT_ENDINGS = ["", "ে", "ের", "েই", "েও", "েরই", "েরও", "কে", "কেও", "টি", "টা"]
VOWEL_ENDINGS = ["", "তে", "র", "ও", "ই", "তেই", "তেও", "রই", "রও", "কে", "কেও",
                 "য়", "য়ে", "য়ের", "য়েই", "য়েও", "টি", "টা"]


@pytest.mark.parametrize(
    "table, words",
    [(GREGORIAN, W.GREGORIAN_MONTHS), (GREGORIAN_ABBREVIATIONS, W.GREGORIAN_MONTH_ABBREVIATIONS),
     (BANGLA, W.BANGLA_MONTHS), (BANGLA_WEAK, W.BANGLA_MONTHS_WEAK), (HIJRI, W.HIJRI_MONTHS),
     (HIJRI_WEAK, W.HIJRI_MONTHS_WEAK),
     (WEEKDAYS, W.WEEKDAYS), (ORDINAL_DAYS, W.ORDINAL_DAY_WORDS), (DAY_PARTS, W.DAY_PARTS)],
    ids=["gregorian", "abbreviations", "bangla", "bangla-weak", "hijri", "hijri-weak", "weekdays",
         "ordinal-days", "day-parts"],
)
def test_every_spelling_has_its_expected_value_here(table, words):
    assert {nfc(w) for w in spellings(words)} == set(table)


def test_every_ending_is_tested():
    assert list(W.CONSONANT_ENDINGS) == CONSONANT_ENDINGS
    assert list(W.VOWEL_ENDINGS) == [nfc(e) for e in VOWEL_ENDINGS]


@pytest.mark.parametrize("word", spellings(W.GREGORIAN_MONTHS))
def test_gregorian_month_spellings(word):
    month = GREGORIAN[nfc(word)]
    assert found(f"২৩ {word} ২০২৫ তারিখে") == [
        (nfc(f"২৩ {word} ২০২৫"), f"2025-{month:02d}-23", "date", "gregorian")]
    assert found(f"{word} ২০২৫ সংখ্যা") == [
        (nfc(f"{word} ২০২৫"), f"2025-{month:02d}", "month", "gregorian")]


@pytest.mark.parametrize("word", spellings(W.GREGORIAN_MONTH_ABBREVIATIONS))
def test_gregorian_month_abbreviations(word):
    month = GREGORIAN_ABBREVIATIONS[nfc(word)]
    assert found(f"২৩ {word} ২০২৫ প্রকাশিত") == [
        (nfc(f"২৩ {word} ২০২৫"), f"2025-{month:02d}-23", "date", "gregorian")]
    assert found(f"{word} শেষে") == []  # an abbreviation needs a number


@pytest.mark.parametrize("word", spellings(W.BANGLA_MONTHS) + spellings(W.BANGLA_MONTHS_WEAK))
def test_bangla_month_spellings(word):
    month = {**BANGLA, **BANGLA_WEAK}[nfc(word)]
    assert found(f"১ {word} ১৪৩২ বঙ্গাব্দ") == [
        (nfc(f"১ {word} ১৪৩২ বঙ্গাব্দ"), BANGLA_1432_STARTS[month], "date", "bangla")]


@pytest.mark.parametrize("word", spellings(W.HIJRI_MONTHS) + spellings(W.HIJRI_MONTHS_WEAK))
def test_hijri_month_spellings(word):
    month = {**HIJRI, **HIJRI_WEAK}[nfc(word)]
    assert found(f"১ {word} ১৪৪৭ হিজরি") == [
        (nfc(f"১ {word} ১৪৪৭ হিজরি"), HIJRI_1447_STARTS[month], "date", "hijri")]


@pytest.mark.parametrize("word", spellings(W.HIJRI_MONTHS))
def test_a_day_and_a_hijri_month_that_is_no_word_are_a_date(word):
    # (no year: the nearest such day to the reference, as for ২৩ ডিসেম্বর)
    month = HIJRI[nfc(word)]
    got = found(f"১ {word} পালিত হয়")
    assert got[0][0] == nfc(f"১ {word}") and got[0][2:] == ("date", "hijri")
    assert hijri_to_gregorian(1446, month, 1) <= dt.date.fromisoformat(got[0][1]) \
        <= hijri_to_gregorian(1448, month, 1)


@pytest.mark.parametrize("word", spellings(W.HIJRI_MONTHS_WEAK))
def test_a_day_and_a_hijri_month_that_is_a_word_are_no_date(word):
    assert found(f"১ {word} পালিত হয়") == []


@pytest.mark.parametrize("word", spellings(W.WEEKDAYS))
def test_weekday_spellings(word):
    value = WEEKDAYS[nfc(word)]
    assert found(f"{word} সভা হয়") == [(nfc(word), value, "date", "gregorian")]
    last = LAST_WEEKDAY.get(value, value)
    assert found(f"গত {word} সভা হয়") == [(nfc(f"গত {word}"), last, "date", "gregorian")]


@pytest.mark.parametrize("word", spellings(W.ORDINAL_DAY_WORDS))
def test_ordinal_day_words(word):
    day = ORDINAL_DAYS[nfc(word)]
    assert found(f"{word} জানুয়ারি ২০২৬") == [
        (nfc(f"{word} জানুয়ারি ২০২৬"), f"2026-01-{day:02d}", "date", "gregorian")]


@pytest.mark.parametrize("word", spellings(W.DAY_PARTS))
def test_day_part_words(word):
    assert found(f"{word} ২টায়") == [(nfc(f"{word} ২টায়"), DAY_PARTS[nfc(word)], "time", "gregorian")]


@pytest.mark.parametrize("ending", CONSONANT_ENDINGS)
def test_case_endings_of_consonant_final_months(ending):
    word = "ডিসেম্বর" + ending
    assert found(f"২৩ {word} বৈঠক") == [(nfc(f"২৩ {word}"), "2025-12-23", "date", "gregorian")]
    assert found(f"{word} বৈঠক") == [(nfc(word), "2025-12", "month", "gregorian")]
    assert found(f"মঙ্গলবার{ending} বৈঠক") == [(nfc(f"মঙ্গলবার{ending}"), "2025-12-23", "date", "gregorian")]


@pytest.mark.parametrize("ending", VOWEL_ENDINGS)
def test_case_endings_of_vowel_final_months(ending):
    word = "জানুয়ারি" + ending
    assert found(f"২৩ {word} বৈঠক") == [(nfc(f"২৩ {word}"), "2026-01-23", "date", "gregorian")]
    assert found(f"{word} বৈঠক") == [(nfc(word), "2026-01", "month", "gregorian")]


@pytest.mark.parametrize("word", list(W.GREGORIAN_YEAR_WORDS) + list(W.GREGORIAN_YEAR_ABBREVIATIONS))
def test_gregorian_year_words(word):
    assert found(f"২০২৪ {word} থেকে") == [(nfc(f"২০২৪ {word}"), "2024", "year", "gregorian")]


@pytest.mark.parametrize("word", list(W.BANGLA_YEAR_WORDS) + list(W.BANGLA_YEAR_ABBREVIATIONS))
def test_bangla_year_words(word):
    assert found(f"১৪৩২ {word} থেকে") == [(nfc(f"১৪৩২ {word}"), None, "year", "bangla")]


@pytest.mark.parametrize("word", list(W.HIJRI_YEAR_WORDS) + list(W.HIJRI_YEAR_ABBREVIATIONS))
def test_hijri_year_words(word):
    assert found(f"১৪৪৭ {word} থেকে") == [(nfc(f"১৪৪৭ {word}"), None, "year", "hijri")]


@pytest.mark.parametrize("word", W.AM_WORDS + W.PM_WORDS)
def test_am_pm_words(word):
    value = "10:30" if word in W.AM_WORDS else "22:30"
    assert found(f"১০:৩০ {word} থেকে") == [(nfc(f"১০:৩০ {word}"), value, "time", "gregorian")]


RANGE_WORDS = ["থেকে", "হতে"]
FISCAL_YEAR_WORDS = ["অর্থবছর", "অর্থ বছর", "অর্থবৎসর"]


def test_range_and_fiscal_year_words_are_tested():
    assert [nfc(w) for w in W.RANGE_WORDS] == RANGE_WORDS
    assert [nfc(w) for w in W.FISCAL_YEAR_WORDS] == [nfc(w) for w in FISCAL_YEAR_WORDS]
    assert W.FISCAL_YEAR_START == (7, 1)  # Bangladesh: 1 July to 30 June


@pytest.mark.parametrize("word", W.RANGE_WORDS)
def test_range_words(word):
    assert found(f"১০ {word} ১৫ জানুয়ারি ২০২৬") == [
        (nfc(f"১০ {word} ১৫ জানুয়ারি ২০২৬"), "2026-01-10/2026-01-15", "interval", "gregorian")]


@pytest.mark.parametrize("word", W.FISCAL_YEAR_WORDS)
def test_fiscal_year_words(word):
    assert found(f"২০২৩-২৪ {word}ে") == [
        (nfc(f"২০২৩-২৪ {word}ে"), "2023-07-01/2024-06-30", "interval", "gregorian")]
    assert found(f"গত {word}ে") == [
        (nfc(f"গত {word}ে"), "2024-07-01/2025-06-30", "interval", "gregorian")]
