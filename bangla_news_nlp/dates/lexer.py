"""The date scanner: text → date tokens.

One compiled :mod:`regex` pattern (built by :class:`~.vocabulary.DateVocabulary` from the word
lists of :mod:`bangla_news_nlp.lang.bn.date_words`) scans the text for *date tokens*: numbers
(either digit set, with ordinal suffixes ১লা ২১শে or the o'clock suffix ১০টা), numeric dates
(২৪-১২-২০২৫), clock times (১২:০৪), month and weekday names with their case endings,
relative words (আজ, গতকাল, গত, আগামী), day-part words (সকাল, রাতে), year markers
(সাল, বঙ্গাব্দ, হিজরি) and a few fixed phrases (৩ দিন আগে, গত বছর).  Each token is a
:class:`~typing.NamedTuple` whose first three fields are ``kind`` (a :class:`DateTok`),
``start`` and ``end`` (offsets in the scanned text); the other fields depend on the kind.

The scanner already drops what is never a date word in context: a weekday after প্রতি
(a recurring day), মে before '.' or টন (metric tons), a word of the kinds written without
case endings when it has one (আজও, গতকালকে), a unit word (দিন, মাস, বছর) with no direction
word before it and no number-ago after it.  Joining the tokens into expressions is the
grammar's job (:mod:`.grammar`).
"""

from __future__ import annotations

from enum import Enum
from typing import List, NamedTuple, Optional, Sequence, Tuple

import regex

from .vocabulary import CLASSES_WITHOUT_ENDINGS, DIGITS, DateVocabulary, WordClass, lookup_key

__all__ = [
    "DateTok", "scan", "word_before", "word_after",
    "Number", "NumericDate", "Clock", "HHMMHours", "Hour", "GregorianMonth", "BanglaMonth",
    "HijriMonth", "Weekday", "OrdinalDay", "RelativeDay", "Direction", "RelativeUnit",
    "UnitsAgo", "MonthWord", "YearMarker", "DayPart", "HourFraction", "Meridiem", "Marker",
]


class DateTok(Enum):
    """The kinds of date token."""

    NUMBER = "number"  #: ২৩, ২০২৫, ১লা, ২১শে: :class:`Number`
    NUMERIC_DATE = "numeric date"  #: ২৪-১২-২০২৫, 2025-12-24: :class:`NumericDate`
    CLOCK = "clock"  #: ১২:০৪, ১২: ০৪, ১০.৩০, (সন্ধ্যা) ৬-৪৫: :class:`Clock`
    HHMM_HOURS = "hhmm hours"  #: ১২০৪ ঘণ্টা: :class:`HHMMHours`
    HOUR_NUMBER = "hour number"  #: ১০টা, ১০টায়: :class:`Hour`
    HOUR_WORD = "hour word"  #: দশটা, দেড়টায়: :class:`Hour`
    GREGORIAN_MONTH = "gregorian month"  #: ডিসেম্বরে, ডিসে.: :class:`GregorianMonth`
    BANGLA_MONTH = "bangla month"  #: বৈশাখ: :class:`BanglaMonth`
    HIJRI_MONTH = "hijri month"  #: রমজান, রবিউল আউয়াল: :class:`HijriMonth`
    WEEKDAY = "weekday"  #: সোমবার: :class:`Weekday`
    ORDINAL_DAY = "ordinal day word"  #: পহেলা, একুশে: :class:`OrdinalDay`
    RELATIVE_DAY = "relative day"  #: আজ, গতকাল, পরশু, কাল, গতরাতে: :class:`RelativeDay`
    RELATIVE_DIRECTION = "relative direction"  #: গত, আগামী, চলতি: :class:`Direction`
    RELATIVE_UNIT = "relative unit"  #: গত বছর, চলতি মাসে, এ সপ্তাহে: :class:`RelativeUnit`
    UNITS_AGO = "units ago or later"  #: ৩ দিন আগে, দুই মাস পরে: :class:`UnitsAgo`
    MONTH_WORD = "month word"  #: মাস after a month name (জানুয়ারি মাসে): :class:`MonthWord`
    YEAR_MARKER = "year marker"  #: সাল, খ্রি., বঙ্গাব্দ, হিজরি: :class:`YearMarker`
    DATE_WORD = "date word"  #: তারিখ: :class:`Marker`
    DAY_PART = "day part"  #: সকাল, রাতে, দিবাগত রাত: :class:`DayPart`
    HOUR_FRACTION = "hour fraction"  #: সাড়ে, সোয়া, পৌনে: :class:`HourFraction`
    MINUTE_WORD = "minute word"  #: মিনিট, মি.: :class:`Marker`
    MERIDIEM = "am or pm"  #: পিএম, a.m., অপরাহ্ন: :class:`Meridiem`
    RANGE_WORD = "range word"  #: থেকে, হতে (১০ থেকে ১৫ জানুয়ারি): :class:`Marker`
    FISCAL_YEAR_WORD = "fiscal year word"  #: অর্থবছর after a year range: :class:`Marker`


class Number(NamedTuple):
    """Digits, with an optional ordinal day suffix (১লা, ২১শে, ১৫ই)."""

    kind: DateTok
    start: int
    end: int
    value: Optional[int]  #: None for more than six digits
    digits: int  #: how many digits are written
    ordinal_suffix: Optional[str]  #: লা, শে, ই … or None


class NumericDate(NamedTuple):
    """A day-month-year or year-month-day written in digits."""

    kind: DateTok
    start: int
    end: int
    year: int
    month: int  #: always 1-12 (other numbers are not a numeric date)
    day: int  #: as written: 32 gives a date with value None


class Clock(NamedTuple):
    """Hours and minutes written with a separator."""

    kind: DateTok
    start: int
    end: int
    hour: int
    minute: int
    #: ":" (১২:০৪); ": " (১২: ০৪, only with a date); "." (১০.৩০, only with a day part,
    #: মিনিট or AM/PM); "-" (৬-৪৫, only right after a day part)
    separator: str


class HHMMHours(NamedTuple):
    """Four digits and ঘণ্টা, as news agencies date their stories (১২০৪ ঘণ্টা = 12:04);
    only a time before a date."""

    kind: DateTok
    start: int
    end: int
    hour: int
    minute: int


class Hour(NamedTuple):
    """An hour with the o'clock suffix, in digits (``HOUR_NUMBER``: ১০টায়) or in words
    (``HOUR_WORD``: দশটায়, দেড়টায় = 1:30)."""

    kind: DateTok
    start: int
    end: int
    hour: int
    minute: int  #: 0, or 30 for দেড়টা and আড়াইটা
    suffix: str  #: টা, টায়, টার … (lookup key)


class GregorianMonth(NamedTuple):
    kind: DateTok
    start: int
    end: int
    month: int  #: 1-12
    ending: str  #: the case ending ("" if none): ে, ের, তে …
    word: str  #: the month word without its ending (lookup key)
    abbreviated: bool  #: ডিসে., জানু.: only a date next to a number


class BanglaMonth(NamedTuple):
    kind: DateTok
    start: int
    end: int
    month: int  #: 1-12, বৈশাখ = 1
    weak: bool  #: also an ordinary word (জ্যেষ্ঠ = senior): a date only with a year


class HijriMonth(NamedTuple):
    kind: DateTok
    start: int
    end: int
    month: int  #: 1-12, মহররম = 1
    weak: bool  #: also an ordinary word or a name (রমজান): a date only with a year or হিজরি


class Weekday(NamedTuple):
    kind: DateTok
    start: int
    end: int
    weekday: int  #: 0-6, Monday = 0 (like datetime.date.weekday)


class OrdinalDay(NamedTuple):
    """A day number written as a word: পহেলা = 1, একুশে = 21."""

    kind: DateTok
    start: int
    end: int
    day: int


class RelativeDay(NamedTuple):
    """A day named relative to the reference date."""

    kind: DateTok
    start: int
    end: int
    #: days from the reference (আজ 0, গতকাল -1, আগামীকাল 1, গতরাতে -1); None when the word
    #: names a day on either side (see ``either_way``)
    offset: Optional[int]
    #: for a day on either side, how far: 1 for কাল (yesterday or tomorrow, decided by a
    #: weekday next to it), 2 for পরশু (decided by গত / আগামী before it); else None
    either_way: Optional[int]


class Direction(NamedTuple):
    """গত / বিগত (-1), আগামী (+1), চলতি (0) before a weekday, month, date or পরশু."""

    kind: DateTok
    start: int
    end: int
    direction: int


class RelativeUnit(NamedTuple):
    """A direction word and a unit: গত বছর, আগামী মাসের, চলতি সপ্তাহে, এ মাসে, গত অর্থবছরে."""

    kind: DateTok
    start: int
    end: int
    direction: int  #: -1 (গত), +1 (আগামী), 0 (চলতি, এ, এই, বর্তমান)
    unit: str  #: "day", "week", "month", "year" or "fiscal_year"
    genitive: bool  #: গত বছরের (… ২৩ ডিসেম্বর), গত মাসের (… ১৫ তারিখে)


class UnitsAgo(NamedTuple):
    """A count of units before or after the reference: ৩ দিন আগে, দুই সপ্তাহ পরে."""

    kind: DateTok
    start: int
    end: int
    count: int
    unit: str  #: "day", "week", "month" or "year"
    sign: int  #: -1 (আগে, before the reference), +1 (পরে, after it)


class MonthWord(NamedTuple):
    """মাস (month) after a month name: জানুয়ারি মাসে, ডিসেম্বর মাসের ২৩ তারিখে."""

    kind: DateTok
    start: int
    end: int
    genitive: bool


class YearMarker(NamedTuple):
    """A word after a year that says its calendar: সাল, খ্রিস্টাব্দ, বঙ্গাব্দ, হিজরি."""

    kind: DateTok
    start: int
    end: int
    calendar: str  #: "gregorian", "bangla" or "hijri"
    genitive: bool  #: ২০২৪ সালের (… ১৪ মার্চ)


class DayPart(NamedTuple):
    kind: DateTok
    start: int
    end: int
    part: str  #: a key of DAY_PARTS: "dawn", "morning", "daytime", … "following_night"


class HourFraction(NamedTuple):
    """A fraction before an hour: minutes added (সাড়ে = 30, সোয়া = 15, পৌনে = -15)."""

    kind: DateTok
    start: int
    end: int
    minutes: int


class Meridiem(NamedTuple):
    kind: DateTok
    start: int
    end: int
    meridiem: str  #: "am" or "pm"


class Marker(NamedTuple):
    """A word that only marks something: তারিখ (``DATE_WORD``), মিনিট (``MINUTE_WORD``),
    থেকে (``RANGE_WORD``), অর্থবছর (``FISCAL_YEAR_WORD``)."""

    kind: DateTok
    start: int
    end: int



# (searched right to left, ``(?r)``: the match ends at the window's end, and a forward search
# would try every start in the window first, four to ten times slower; the same matches)
_PREV_WORD = regex.compile(r"(?r)(\S+)[ \t]*$")
_PREV_LETTERS = regex.compile(r"(?r)(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)[ \t]+$")
_NEXT_WORD = regex.compile(r"[ \t]*(\S+)")


def word_before(text: str, start: int) -> str:
    """The whitespace-separated word right before ``start`` (lookup key), or ''."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return lookup_key(m.group(1)) if m else ""


def word_after(text: str, end: int) -> str:
    """The whitespace-separated word right after ``end`` (lookup key), or ''."""
    m = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return lookup_key(m.group(1)) if m else ""


def _letters_before(text: str, start: int) -> Tuple[str, int]:
    """The word (letters only) right before ``start``, separated by spaces: (word, its start)."""
    m = _PREV_LETTERS.search(text, max(0, start - 24), start)
    return (lookup_key(m.group(1)), m.start(1)) if m else ("", start)


def _to_int(digits: str) -> Optional[int]:
    if len(digits) > 6:
        return None
    try:
        return int(digits)
    except ValueError:  # pragma: no cover - the pattern only captures digits
        return None


def _plain_number_end(text: str, p: int, after_space: frozenset) -> int:
    """The end of the number at ``p`` when it is plain digits between spaces that no hour
    word follows (about four numbers in five in news text: ৩০ জন, ২০২৫ সালে), else 0.

    Such a number is a :class:`Number` with no suffix whatever the scanner pattern's other
    alternatives: each of them needs a separator, a letter or a meridiem glued to the digits,
    or a space and then an hour suffix or ঘণ্টা (whose first characters are
    ``after_space``)."""
    if p and not text[p - 1].isspace():
        return 0
    n = len(text)
    q = p + 1
    while q < n and text[q] in DIGITS:
        q += 1
    if q == n:
        return q
    c = text[q]
    if not c.isspace() or (c == " " and q + 1 < n and text[q + 1] in after_space):
        return 0
    return q


def scan(text: str, vocabulary: DateVocabulary, starts: Optional[Sequence[int]] = None) -> List:
    """The date tokens of ``text``, in order, non-overlapping.

    ``starts``, when given, is the sorted list of the only positions where a token may begin
    (see :func:`~bangla_news_nlp.dates.extract_dates`).
    """
    V = vocabulary
    toks: list = []
    if starts is None:
        for m in V.pattern.finditer(text):
            _add_token(text, toks, V, m)
        return toks
    # only at ``starts``; a plain number without the pattern (see _plain_number_end)
    end = 0
    match = V.pattern.match
    after_space = V.after_number_space
    for p in starts:
        if p < end:
            continue
        if text[p] in DIGITS:
            q = _plain_number_end(text, p, after_space)
            if q:
                digits = text[p:q]
                toks.append(Number(DateTok.NUMBER, p, q, _to_int(digits), q - p, None))
                end = q
                continue
        m = match(text, p)
        if m is not None and m.end() > p:
            _add_token(text, toks, V, m)
            end = m.end()
    return toks


def _add_token(text: str, toks: list, V: DateVocabulary, m) -> None:
    """Append the token of the scanner pattern's match ``m`` to ``toks`` (nothing when the
    word is no date word in its context)."""
    raw = m.lastgroup
    s, e = m.span()
    if raw == "WORD":
        run = m.group("run")
        if run is None:
            word, ending = lookup_key(m.group("w")), lookup_key(m.group("e"))
        else:
            split = V.split_word(run)
            if split is None:
                return  # (a word, no date word)
            word, ending = split
        word_class, value = V.words[word]
        if ending:
            if word_class in CLASSES_WITHOUT_ENDINGS:
                return
        genitive = ending in V.genitive_endings
        tok = _word_token(text, toks, V, word_class, value, word, ending, genitive, s, e)
        if tok is not None:
            toks.append(tok)
    elif raw == "NUM":
        digits = m.group("num")
        toks.append(Number(DateTok.NUMBER, s, e, _to_int(digits), len(digits),
                           m.group("num_s")))
    elif raw == "ABBR":
        word = lookup_key(m.group("ABBR"))
        word_class, value = V.abbreviations[word]
        if word_class is WordClass.GREGORIAN_MONTH_ABBREVIATION:
            toks.append(GregorianMonth(DateTok.GREGORIAN_MONTH, s, e, value, "", word, True))
        elif word_class is WordClass.YEAR_MARKER:
            toks.append(YearMarker(DateTok.YEAR_MARKER, s, e, value, False))
        elif word_class is WordClass.MERIDIEM:
            toks.append(Meridiem(DateTok.MERIDIEM, s, e, value))
        elif word_class is WordClass.MINUTE:
            toks.append(Marker(DateTok.MINUTE_WORD, s, e))
    elif raw == "HOURNUM":
        toks.append(Hour(DateTok.HOUR_NUMBER, s, m.end("hn_s"), int(m.group("hn")), 0,
                         lookup_key(m.group("hn_s"))))
        _glued_meridiem(toks, V, m, "hn_mer")
    elif raw == "HOURMER":
        digits = m.group("hm")
        toks.append(Number(DateTok.NUMBER, s, m.end("hm"), int(digits), len(digits), None))
        _glued_meridiem(toks, V, m, "hm_mer")
    elif raw == "HOURWORD":
        h, mi = V.hour_words[lookup_key(m.group("hw"))]
        toks.append(Hour(DateTok.HOUR_WORD, s, e, h, mi, lookup_key(m.group("hw_s"))))
    elif raw == "UNITAGO":
        prev = toks[-1] if toks else None
        if (prev is not None and prev.kind is DateTok.NUMBER and prev.digits <= 3
                and not prev.ordinal_suffix and not text[prev.end : s].strip(" \t")
                and s - prev.end <= 3):
            toks.pop()
            count, s = prev.value, prev.start
        else:
            word, ws = _letters_before(text, s)
            if word not in V.number_words:  # কয়েক দিন আগে: no number, no date
                return
            count, s = V.number_words[word], ws
        sign = -1 if lookup_key(m.group("ua_d")) in V.ago_words else 1
        toks.append(UnitsAgo(DateTok.UNITS_AGO, s, e, count,
                             V.unit_of[lookup_key(m.group("ua_u"))], sign))
    elif raw == "NUMDATE":
        a, b, c, sep = m.group("nd_a"), m.group("nd_b"), m.group("nd_c"), m.group("nd_s")
        if len(a) == 4 and len(c) <= 2 and sep != ".":
            y, mo, d = int(a), int(b), int(c)
        elif len(c) == 4 and len(a) <= 2:
            y, mo, d = int(c), int(b), int(a)
        else:
            return
        if not 1 <= mo <= 12:
            return
        toks.append(NumericDate(DateTok.NUMERIC_DATE, s, e, y, mo, d))
    elif raw == "CLOCK":
        clock_end = m.start("ck_mer") if m.group("ck_mer") is not None else e
        toks.append(Clock(DateTok.CLOCK, s, clock_end, int(m.group("ck_h")),
                          int(m.group("ck_m")), m.group("ck_s")))
        _glued_meridiem(toks, V, m, "ck_mer")
    elif raw == "DPCLOCK":
        toks.append(Clock(DateTok.CLOCK, s, e, int(m.group("dc_h")), int(m.group("dc_m")),
                          "-"))
    elif raw == "GHONTA":
        g = m.group("gh")
        toks.append(HHMMHours(DateTok.HHMM_HOURS, s, e, int(g[:2]), int(g[2:])))


def _glued_meridiem(toks: list, V: DateVocabulary, m, group: str) -> None:
    """The AM / PM glued to a time (১২:০৪পিএম) as a token of its own, as if written apart."""
    word = m.group(group)
    if word is None:
        return
    key = lookup_key(word)
    entry = V.words.get(key) or V.abbreviations.get(key)
    toks.append(Meridiem(DateTok.MERIDIEM, m.start(group), m.end(group), entry[1]))


def _word_token(text, toks, V, word_class, value, word, ending, genitive, s, e):
    """The token of one date word (with its case ending), or None when it is not one here.
    May replace the last token (a direction word joined to a unit: গত বছর)."""
    if word_class is WordClass.GREGORIAN_MONTH:
        if word in V.need_number_months and V.not_may.match(text, e):
            return None  # মে. টন, মে টন: metric tons
        return GregorianMonth(DateTok.GREGORIAN_MONTH, s, e, value, ending, word, False)
    if word_class is WordClass.WEEKDAY:
        if word_before(text, s) in V.not_weekday_before:
            return None  # প্রতি শুক্রবার
        return Weekday(DateTok.WEEKDAY, s, e, value)
    if word_class is WordClass.UNIT:
        before, ws = _letters_before(text, s)
        if before in V.direction_words:  # গত বছর, চলতি মাসে, এ সপ্তাহে
            if toks and toks[-1].start == ws:
                toks.pop()
            return RelativeUnit(DateTok.RELATIVE_UNIT, ws, e, V.direction_words[before], value,
                                genitive)
        if value == "month":  # জানুয়ারি মাসে
            return MonthWord(DateTok.MONTH_WORD, s, e, genitive)
        if value == "fiscal_year":  # ২০২৩-২৪ অর্থবছরে
            return Marker(DateTok.FISCAL_YEAR_WORD, s, e)
        return None
    if word_class is WordClass.BANGLA_MONTH:
        return BanglaMonth(DateTok.BANGLA_MONTH, s, e, value, False)
    if word_class is WordClass.BANGLA_MONTH_WEAK:
        return BanglaMonth(DateTok.BANGLA_MONTH, s, e, value, True)
    if word_class is WordClass.HIJRI_MONTH:
        return HijriMonth(DateTok.HIJRI_MONTH, s, e, value, False)
    if word_class is WordClass.HIJRI_MONTH_WEAK:
        return HijriMonth(DateTok.HIJRI_MONTH, s, e, value, True)
    if word_class is WordClass.YEAR_MARKER:
        return YearMarker(DateTok.YEAR_MARKER, s, e, value, genitive)
    if word_class is WordClass.ORDINAL_DAY:
        return OrdinalDay(DateTok.ORDINAL_DAY, s, e, value)
    if word_class is WordClass.RELATIVE_DAY:
        if value == "kal":
            return RelativeDay(DateTok.RELATIVE_DAY, s, e, None, 1)
        if value is None:
            return RelativeDay(DateTok.RELATIVE_DAY, s, e, None, 2)
        return RelativeDay(DateTok.RELATIVE_DAY, s, e, value, None)
    if word_class is WordClass.LAST_NIGHT:
        return RelativeDay(DateTok.RELATIVE_DAY, s, e, -1, None)
    if word_class is WordClass.DIRECTION:
        return Direction(DateTok.RELATIVE_DIRECTION, s, e, value)
    if word_class is WordClass.DAY_PART:
        return DayPart(DateTok.DAY_PART, s, e, value)
    if word_class is WordClass.HOUR_FRACTION:
        return HourFraction(DateTok.HOUR_FRACTION, s, e, value)
    if word_class is WordClass.MERIDIEM:
        return Meridiem(DateTok.MERIDIEM, s, e, value)
    if word_class is WordClass.MINUTE:
        return Marker(DateTok.MINUTE_WORD, s, e)
    if word_class is WordClass.DATE_WORD:
        return Marker(DateTok.DATE_WORD, s, e)
    if word_class is WordClass.RANGE_WORD:
        return Marker(DateTok.RANGE_WORD, s, e)
    return None  # pragma: no cover - every word class is handled above
