"""The date scanner (bangla_news_nlp.dates.lexer): token kinds and fields on real snippets."""

from __future__ import annotations

import pytest

from bangla_news_nlp.dates import DateVocabulary
from bangla_news_nlp.dates.lexer import (
    _plain_number_end,
    BanglaMonth,
    Clock,
    DateTok,
    DayPart,
    Direction,
    GregorianMonth,
    HHMMHours,
    HijriMonth,
    Hour,
    HourFraction,
    Marker,
    Meridiem,
    MonthWord,
    Number,
    NumericDate,
    OrdinalDay,
    RelativeDay,
    RelativeUnit,
    UnitsAgo,
    Weekday,
    YearMarker,
    scan,
)

from conftest import nfc

T = DateTok


def toks(text: str):
    text = nfc(text)
    return scan(text, DateVocabulary.default())


def kinds(text: str):
    return [t.kind for t in toks(text)]


def test_day_month_year_with_direction_and_genitive_year_marker():
    assert toks("গত ২৩ ডিসেম্বর ২০২৫ সালের") == [
        Direction(T.RELATIVE_DIRECTION, 0, 2, -1),
        Number(T.NUMBER, 3, 5, 23, 2, None),
        GregorianMonth(T.GREGORIAN_MONTH, 6, 14, 12, "", "ডিসেম্বর", False),
        Number(T.NUMBER, 15, 19, 2025, 4, None),
        YearMarker(T.YEAR_MARKER, 20, 25, "gregorian", True),
    ]


def test_month_case_endings_are_in_the_token():
    (m,) = toks("ডিসেম্বরের")
    assert (m.kind, m.start, m.end, m.month, m.ending, m.word) == (
        T.GREGORIAN_MONTH, 0, 10, 12, "ের", "ডিসেম্বর")
    (m,) = toks("জানুয়ারিতে")
    assert (m.month, m.ending, m.word, m.end) == (1, "তে", nfc("জানুয়ারি"), len(nfc("জানুয়ারিতে")))


def test_abbreviated_month_and_year_abbreviation():
    assert toks("২৪ ডিসে. ২০২৫ খ্রি.") == [
        Number(T.NUMBER, 0, 2, 24, 2, None),
        GregorianMonth(T.GREGORIAN_MONTH, 3, 8, 12, "", "ডিসে.", True),
        Number(T.NUMBER, 9, 13, 2025, 4, None),
        YearMarker(T.YEAR_MARKER, 14, 19, "gregorian", False),
    ]


def test_ordinal_suffix_and_ordinal_day_word():
    assert toks("২১শে") == [Number(T.NUMBER, 0, 4, 21, 2, "শে")]
    assert toks("১লা") == [Number(T.NUMBER, 0, 3, 1, 1, "লা")]
    assert toks("পহেলা বৈশাখ ১৪৩২ বঙ্গাব্দ") == [
        OrdinalDay(T.ORDINAL_DAY, 0, 5, 1),
        BanglaMonth(T.BANGLA_MONTH, 6, 11, 1, False),
        Number(T.NUMBER, 12, 16, 1432, 4, None),
        YearMarker(T.YEAR_MARKER, 17, 25, "bangla", False),
    ]


def test_weak_bangla_month_and_hijri_month():
    assert toks("৩ জ্যেষ্ঠ")[1] == BanglaMonth(T.BANGLA_MONTH, 2, 9, 2, True)
    assert toks("৩ রমজান")[1] == HijriMonth(T.HIJRI_MONTH, 2, 7, 9, True)
    assert toks("১২ রবিউল আউয়াল ১৪৪৭ হিজরি")[1:] == [
        HijriMonth(T.HIJRI_MONTH, 3, 15, 3, False),
        Number(T.NUMBER, 16, 20, 1447, 4, None),
        YearMarker(T.YEAR_MARKER, 21, 26, "hijri", False),
    ]


def test_weekday_and_day_part():
    assert toks("মঙ্গলবার (২৩ ডিসেম্বর) রাতে") == [
        Weekday(T.WEEKDAY, 0, 8, 1),
        Number(T.NUMBER, 10, 12, 23, 2, None),
        GregorianMonth(T.GREGORIAN_MONTH, 13, 21, 12, "", "ডিসেম্বর", False),
        DayPart(T.DAY_PART, 23, 27, "night"),
    ]


def test_relative_days():
    assert toks("কাল পরশু আজ গতরাতে আগামীকাল") == [
        RelativeDay(T.RELATIVE_DAY, 0, 3, None, 1),  # কাল: yesterday or tomorrow
        RelativeDay(T.RELATIVE_DAY, 4, 8, None, 2),  # পরশু: two days either way
        RelativeDay(T.RELATIVE_DAY, 9, 11, 0, None),
        RelativeDay(T.RELATIVE_DAY, 12, 18, -1, None),
        RelativeDay(T.RELATIVE_DAY, 19, 27, 1, None),
    ]


def test_words_without_case_endings_drop_with_one():
    assert toks("আজও") == []  # still, not "today too"
    assert toks("গতকালকে") == []


def test_relative_unit_absorbs_its_direction_word():
    assert toks("গত বছরের জানুয়ারি মাসে") == [
        RelativeUnit(T.RELATIVE_UNIT, 0, 8, -1, "year", True),
        GregorianMonth(T.GREGORIAN_MONTH, 9, 18, 1, "", nfc("জানুয়ারি"), False),
        MonthWord(T.MONTH_WORD, 19, 23, False),
    ]
    assert toks("এ সপ্তাহে") == [RelativeUnit(T.RELATIVE_UNIT, 0, 9, 0, "week", False)]
    assert toks("আগামী মাসের") == [RelativeUnit(T.RELATIVE_UNIT, 0, 11, 1, "month", True)]
    # a unit with neither: no token (দিন, বছর are ordinary words)
    assert toks("বছর দিন") == []


def test_units_ago_take_the_number_before_them():
    assert toks("৩ দিন আগে") == [UnitsAgo(T.UNITS_AGO, 0, 9, 3, "day", -1)]
    assert toks("দুই সপ্তাহ পরে") == [UnitsAgo(T.UNITS_AGO, 0, 14, 2, "week", 1)]
    assert toks("কয়েক দিন আগে") == []  # no number


def test_units_ago_join_a_number_of_up_to_three_digits_up_to_three_spaces_before():
    # (from mutmut's survivors: the limits were never reached by a test)
    assert toks("১২৩ দিন আগে") == [UnitsAgo(T.UNITS_AGO, 0, 11, 123, "day", -1)]
    # four digits are a year, not a count: the number stays a number, no units-ago token
    assert kinds("১২৩৪ দিন আগে") == [T.NUMBER]
    assert toks("৩   দিন আগে") == [UnitsAgo(T.UNITS_AGO, 0, 11, 3, "day", -1)]
    assert kinds("৩    দিন আগে") == [T.NUMBER]
    assert kinds("৩লা দিন আগে") == [T.NUMBER]  # an ordinal day is not a count


def test_a_units_ago_phrase_without_a_count_does_not_end_the_scan():
    assert kinds("কয়েক দিন আগে, ২৩ ডিসেম্বর") == [T.NUMBER, T.GREGORIAN_MONTH]


def test_numbers_of_more_than_six_digits_have_no_value():
    (t,) = toks("১২৩৪৫৬")
    assert (t.value, t.digits) == (123456, 6)
    (t,) = toks("১২৩৪৫৬৭")
    assert (t.value, t.digits) == (None, 7)


def test_the_word_before_and_after_are_empty_at_the_texts_edges():
    from bangla_news_nlp.dates.lexer import _letters_before, word_after, word_before

    assert word_before("", 0) == "" and word_before("  ", 2) == ""
    assert word_before("গত ৩", 3) == "গত"  # (the word at the very start of the text)
    assert word_after("৩ ", 2) == "" and word_after("৩", 1) == ""
    assert word_after("৩ দিন", 1) == "দিন"
    assert _letters_before("৩ ", 0) == ("", 0) and _letters_before("১২ ", 3) == ("", 3)
    assert _letters_before("দুই দিন", 4) == ("দুই", 0)


def test_clock_tokens():
    assert toks("১২:০৪ পিএম") == [Clock(T.CLOCK, 0, 5, 12, 4, ":"),
                                 Meridiem(T.MERIDIEM, 6, 10, "pm")]
    assert toks("১২: ০৪") == [Clock(T.CLOCK, 0, 6, 12, 4, ": ")]
    assert toks("৯.৩০ মিনিটে") == [Clock(T.CLOCK, 0, 4, 9, 30, "."),
                                  Marker(T.MINUTE_WORD, 5, 11)]
    assert toks("সন্ধ্যা ৬-৪৫") == [DayPart(T.DAY_PART, 0, 7, "evening"),
                                  Clock(T.CLOCK, 8, 12, 6, 45, "-")]
    assert toks("১২০৪ ঘণ্টা") == [HHMMHours(T.HHMM_HOURS, 0, 10, 12, 4)]
    assert toks("a.m.") == [Meridiem(T.MERIDIEM, 0, 4, "am")]


def test_hour_tokens():
    assert toks("সাড়ে ১০টায়") == [
        HourFraction(T.HOUR_FRACTION, 0, 5, 30),
        Hour(T.HOUR_NUMBER, 6, 12, 10, 0, nfc("টায়")),
    ]
    assert toks("দিবাগত রাত দেড়টায়") == [
        DayPart(T.DAY_PART, 0, 10, "following_night"),
        Hour(T.HOUR_WORD, 11, 19, 1, 30, nfc("টায়")),
    ]


def test_numeric_dates_in_both_orders():
    assert toks("২৪-১২-২০২৫") == [NumericDate(T.NUMERIC_DATE, 0, 10, 2025, 12, 24)]
    assert toks("2025/12/24") == [NumericDate(T.NUMERIC_DATE, 0, 10, 2025, 12, 24)]
    # a month over 12 is not a numeric date; the parts are not tokens either
    assert toks("২৪-১৩-২০২৫") == []
    # no ISO order with dots
    assert toks("২০২৫.১২.২৪") == []


def test_numeric_dates_at_their_limits():
    # (from mutmut's survivors of the sixth session: January, and a day of three digits)
    assert toks("২০২৫-০১-১৫") == [NumericDate(T.NUMERIC_DATE, 0, 10, 2025, 1, 15)]
    assert toks("১৫-১-২০২৫") == [NumericDate(T.NUMERIC_DATE, 0, 9, 2025, 1, 15)]
    assert toks("২৪-০-২০২৫") == []  # (month 0)
    assert [t.kind for t in toks("২০২৫-১২-১২৩")] != [T.NUMERIC_DATE]
    assert [t.kind for t in toks("১২৩-১২-২০২৫")] != [T.NUMERIC_DATE]


def test_hhmm_hours_split_hours_and_minutes():
    assert toks("১২৩৪ ঘণ্টা") == [HHMMHours(T.HHMM_HOURS, 0, 10, 12, 34)]


def test_units_ago_join_a_number_across_spaces_only():
    assert toks("১০ X দিন আগে") == [Number(T.NUMBER, 0, 2, 10, 2, None)]


def test_date_word():
    assert toks("১০ তারিখে")[1] == Marker(T.DATE_WORD, 3, 9)


def test_scanner_guards():
    assert toks("প্রতি শুক্রবার") == []  # a recurring day
    assert kinds("১০ মে. টন") == [T.NUMBER]  # metric tons
    assert kinds("১০ মে টন") == [T.NUMBER]
    assert kinds("৫ মে") == [T.NUMBER, T.GREGORIAN_MONTH]
    # a number inside a decimal is not a token of its own: ৯.৫০ is one (weak) clock token,
    # which the grammar takes only with a day part, মিনিট or AM/PM
    assert toks("৯.৫০") == [Clock(T.CLOCK, 0, 4, 9, 50, ".")]
    assert toks("১২.৫০৫") == []


def test_only_given_starts_are_tried():
    text = nfc("গতকাল ২৩ ডিসেম্বর")
    V = DateVocabulary.default()
    assert scan(text, V, starts=[6]) == [Number(T.NUMBER, 6, 8, 23, 2, None)]
    assert [t.kind for t in scan(text, V, starts=[0, 6, 9])] == [
        T.RELATIVE_DAY, T.NUMBER, T.GREGORIAN_MONTH]
    assert scan(text, V, starts=[]) == []


@pytest.mark.parametrize("text, plain", [
    ("৩০ জন", True), ("২০২৫ সালে", True), ("সালে ২০২৫", True), ("২০২৫\nসালে", True),
    ("২০২৫\tটায়", True),  # (no space: no hour suffix can follow)
    ("মোট ২০২৫ ", True),  # (a space at the very end: nothing after it to look at)
    ("১০ টায়", False), ("১০ টার দিকে", False), ("১২০৪ ঘণ্টা", False), ("১২০৪ ঘন্টা", False),
    ("১২:০৪", False), ("১২: ০৪", False), ("২৪-১২-২০২৫", False), ("১লা", False), ("১০টায়", False),
    ("১০পিএম", False), ("(২৩ ডিসেম্বর)", False), ("৯.৫০", False), ("২০-২৫ ডিসেম্বর", False),
])
def test_plain_numbers_are_told_without_the_pattern(text, plain):
    # a number of digits alone between spaces (most numbers of a news text) is a Number
    # without the scanner pattern; anything the pattern might read otherwise goes to it, and
    # the tokens are those of the full scan either way
    V = DateVocabulary.default()
    text = nfc(text)
    starts = [i for i, c in enumerate(text) if c in "০১২৩৪৫৬৭৮৯"
              and (i == 0 or text[i - 1] not in "০১২৩৪৫৬৭৮৯")]
    first = starts[0]
    assert bool(_plain_number_end(text, first, V.after_number_space)) == plain
    words = [i for i in range(len(text)) if i == 0 or text[i - 1].isspace()]
    assert scan(text, V, sorted(set(starts + words))) == scan(text, V)


def test_plain_numbers_with_a_one_letter_hour_suffix():
    # a vocabulary whose hour suffix is one letter: a number, a space and that letter at the
    # very end of the text is an hour, not a plain number (the look-ahead reaches the last
    # character)
    import types

    from bangla_news_nlp.dates.vocabulary import REQUIRED_WORDS
    from bangla_news_nlp.lang.bn import date_words

    words = types.SimpleNamespace(**{k: getattr(date_words, k) for k in REQUIRED_WORDS})
    words.HOUR_SUFFIXES = tuple(date_words.HOUR_SUFFIXES) + ("ট",)
    V = DateVocabulary.from_words(words)
    assert scan("১০ ট", V, [0]) == scan("১০ ট", V) == [Hour(T.HOUR_NUMBER, 0, 4, 10, 0, "ট")]


@pytest.mark.parametrize("kind", list(DateTok))
def test_every_kind_is_produced_somewhere(kind):
    samples = ("গত ২৩ ডিসেম্বর ২০২৫ সালের মঙ্গলবার রাতে ১২:০৪ পিএম ২৪-১২-২০২৫ ১২০৪ ঘণ্টা "
               "সাড়ে ১০টায় দশটায় পহেলা বৈশাখ রমজান গতকাল চলতি মাসে ৩ দিন আগে জানুয়ারি মাসে "
               "১০ তারিখে ২০ মিনিট ১০ থেকে ১৫ ২০২৩-২৪ অর্থবছরে")
    assert kind in kinds(samples)


def test_am_pm_glued_to_a_time_is_a_token_of_its_own():
    assert toks("১২:০৪পিএম") == [Clock(T.CLOCK, 0, 5, 12, 4, ":"), Meridiem(T.MERIDIEM, 5, 9, "pm")]
    assert toks("১০টাপিএম") == [Hour(T.HOUR_NUMBER, 0, 4, 10, 0, "টা"),
                               Meridiem(T.MERIDIEM, 4, 8, "pm")]
    assert toks("১০এএম") == [Number(T.NUMBER, 0, 2, 10, 2, None), Meridiem(T.MERIDIEM, 2, 5, "am")]
    assert toks("১২:০৪পিএমে") == []


def test_range_and_fiscal_year_words():
    assert toks("১০ থেকে ১৫") == [Number(T.NUMBER, 0, 2, 10, 2, None), Marker(T.RANGE_WORD, 3, 7),
                                 Number(T.NUMBER, 8, 10, 15, 2, None)]
    assert toks("২০২৩-২৪ অর্থবছরে") == [Number(T.NUMBER, 0, 4, 2023, 4, None),
                                        Number(T.NUMBER, 5, 7, 24, 2, None),
                                        Marker(T.FISCAL_YEAR_WORD, 8, 16)]
    assert toks("গত অর্থ বছরের") == [RelativeUnit(T.RELATIVE_UNIT, 0, 13, -1, "fiscal_year", True)]
    assert toks("থেকেই") == []  # not written with an ending
