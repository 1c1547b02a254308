"""The date grammar: joins date tokens (:mod:`.lexer`) into expressions.

A small hand-written grammar joins neighbouring tokens (only spaces, a comma, a parenthesis
or ``|`` may lie between them) into expressions, leftmost first and each as long as
possible, so the spans come out sorted and non-overlapping.  An :class:`Expression` holds
what was written (a :class:`DatePhrase` and/or a :class:`ClockTime`), not yet resolved
against a reference date: that is :mod:`.resolve`'s job.

Span conventions
----------------
* A span covers the whole expression as written, case endings included: ``ডিসেম্বরে``,
  ``২০২৪ সালে``, ``গত সোমবার রাতে``, ``জানুয়ারি মাসে``, ``গতকাল মঙ্গলবার বেলা``.
* Direction words belong to the span (``গত ২৩ ডিসেম্বর``, ``আগামী সপ্তাহে``);
  postpositions do not (``রাত ১০টার`` in ``রাত ১০টার দিকে``; ``থেকে``, ``পর্যন্ত``), except
  থেকে between the two ends of a range.
* A range is one INTERVAL mention: days of one month (``২০-২৫ ডিসেম্বর``,
  ``১০ থেকে ১৫ জানুয়ারি ২০২৬``, ``মে মাসের ১৬ থেকে ১৯ তারিখে``), years with সাল
  (``২০২০-২০২৩ সাল``, ``২০১১-১২ সালে``), fiscal years (``২০২৩-২৪ অর্থবছরে``; ``গত অর্থবছরে``
  is a relative period), and two dates, months or years of one calendar joined by '-', '–'
  or থেকে (``২০ ডিসেম্বর থেকে ৫ জানুয়ারি``, ``জুলাই ২০১২-জুন ২০১৩``,
  ``জুলাই-নভেম্বর ২০১৩``, ``২০১৪ সাল থেকে ২০২০ সাল``), in order (the smaller day first;
  without years, later in the year or across the new year).
* A weekday next to an explicit date is one mention with the date's value:
  ``মঙ্গলবার (২৩ ডিসেম্বর)`` (closing parenthesis included), ``বুধবার, ২৪ ডিসেম্বর ২০২৫``,
  ``২৩ ডিসেম্বর (মঙ্গলবার)``, ``আজ বুধবার, ১ জানুয়ারি``.
* A day followed by a time is one ``datetime`` mention (``গতকাল রাত ১০টায়``,
  ``২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম``, also time first: ``১২:০৪ পিএম, ২৪ ডিসেম্বর ২০২৫``).
  A day-part word without an hour after a day stays in the span but the granularity stays
  ``date`` (``গত সোমবার রাতে``).  A day-part word alone (``রাতে``) is not a mention.

Times (how the written hour becomes a 24-hour clock, :func:`make_time`)
-----------------------------------------------------------------------
``রাত ১০টা`` = 22:00, ``রাত ২টা`` = 02:00 (same calendar day as the day named),
``রাত ১২টা`` = 00:00 of the *next* day when a day is named (``সোমবার রাত ১২টা`` is the
midnight ending Monday); ``দিবাগত রাত`` (the night following the named day) moves hours
12-5 to the next day (``সোমবার দিবাগত রাত ২টা`` = Tuesday 02:00).  ``বেলা`` is daytime
(বেলা ১১টা = 11:00, বেলা ৩টা = 15:00).  An hour with no day part, AM/PM or 24-hour clock
is taken as written (``১০টায়`` = 10:00).  AM/PM may be glued to the time (``১২:০৪পিএম``,
``১২.০৪পিএম``, ``১০টাপিএম``) and makes a plain number of one or two digits an hour
(``১০ পিএম``, ``১০পিএম``; ``১৩ পিএম`` is nothing).  A bare hour counts only as ``১০টায়``,
``১০টার দিকে``/``বাজে``/``নাগাদ`` or with minutes (``১০টা বই`` is ten books); ``10.30``
needs a day part, মিনিট or AM/PM; ``১২: ০৪`` (space after the colon) and ``১২০৪ ঘণ্টা``
only count joined to a date.

Precision guards
----------------
A bare number is never a date (১২ জন, ২০২৪ টাকা, ৩১টি); a four-digit year needs
সাল/খ্রিস্টাব্দ/বঙ্গাব্দ/হিজরি or a month next to it; ``মে`` needs a number (and is not
``মে. টন``); ``মার্চ`` alone (লং মার্চ, মার্চ টু ঢাকা) is not a month, only with a number, a
case ending, মাস or গত/আগামী; ``জুলাই সনদ``-style names are not months; Bengali months need
a day or a year; Hijri months a day (১০ মহররম), and those that are also words or names
(সফর = visit, রমজান = a name) a day and a year or হিজরি, or a year in the genitive before
them (১৪৪৬ হিজরির ১০ রমজান);
``প্রতি শুক্রবার`` is not a date; two numbers with a hyphen are a range only before a
month, সাল or অর্থবছর (``২০-২৫ জন`` is a count, ``২০১৩-১৪ শিক্ষাবর্ষ`` is not handled);
``কাল`` (yesterday *or* tomorrow, also "era") is taken only
with a weekday or a time right after it; durations (``গত দুই মাসে``, ``৩ দিন ধরে``) are not
mentions.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from enum import Enum
from typing import List, NamedTuple, Optional, Sequence

from .lexer import DateTok, word_after, word_before
from .vocabulary import DateVocabulary

__all__ = ["Form", "DatePhrase", "ClockTime", "Expression", "parse", "make_time"]

T = DateTok


class Form(Enum):
    """What a date phrase says, before resolution (one resolver per form, see :mod:`.resolve`)."""

    FULL_DATE = "full date"  #: day, month and year: ২৩ ডিসেম্বর ২০২৫, ২৪-১২-২০২৫
    DAY_MONTH = "day and month"  #: no year: ২৩ ডিসেম্বর, গত ২৩ ডিসেম্বর, পহেলা বৈশাখ
    MONTH_YEAR = "month and year"  #: ডিসেম্বর ২০২৫, ২০২৪ সালের ডিসেম্বরে, পৌষ ১৪৩২
    YEAR = "year"  #: ২০২৪ সালে, ১৪৩২ বঙ্গাব্দ
    MONTH = "month"  #: a month without its year: ডিসেম্বরে, গত ডিসেম্বরে, চলতি বছরের জানুয়ারিতে
    RELATIVE_DAY = "relative day"  #: আজ, গতকাল, গত পরশু, গত রাতে
    YESTERDAY_OR_TOMORROW = "কাল"  #: কাল, decided by a weekday next to it
    AMBIGUOUS_DAY = "পরশু"  #: পরশু alone: the day before yesterday or after tomorrow
    WEEKDAY = "weekday"  #: সোমবার, গত সোমবার, আগামী সোমবার
    DAY_OF_RELATIVE_MONTH = "day of a relative month"  #: গত মাসের ১৫ তারিখে
    RELATIVE_PERIOD = "relative period"  #: গত বছর, এ সপ্তাহে, ৩ দিন আগে, গত অর্থবছরে
    #: a range: ২০-২৫ ডিসেম্বর, ২০২৩-২৪ অর্থবছরে, ২০২০-২০২৩ সাল, জুলাই-নভেম্বর ২০১৩,
    #: ২০ ডিসেম্বর থেকে ৫ জানুয়ারি (its ends are two phrases, ``first`` and ``last``)
    INTERVAL = "interval"


_DAY_LEVEL_FORMS = frozenset({
    Form.FULL_DATE, Form.DAY_MONTH, Form.RELATIVE_DAY, Form.YESTERDAY_OR_TOMORROW,
    Form.WEEKDAY, Form.DAY_OF_RELATIVE_MONTH, Form.AMBIGUOUS_DAY,
})


@dataclass(slots=True)
class DatePhrase:
    """A day-, month-, week- or year-level expression as written, not yet resolved.

    Which fields a form uses: FULL_DATE year, month, day; DAY_MONTH month, day (and
    year_offset for গত বছরের ২৩ ডিসেম্বর); MONTH_YEAR year, month; YEAR year; MONTH month
    (and year_offset for চলতি বছরের জানুয়ারিতে); RELATIVE_DAY day_offset; WEEKDAY weekday;
    DAY_OF_RELATIVE_MONTH month_offset, day; RELATIVE_PERIOD unit, unit_offset (and for a
    fiscal year month, day: the first day of a fiscal year); INTERVAL first, last.
    """

    form: Form
    calendar: str = "gregorian"  #: the calendar written: "gregorian", "bangla", "hijri"
    year: Optional[int] = None  #: in ``calendar``
    month: Optional[int] = None  #: 1-12 in ``calendar``
    day: Optional[int] = None
    #: the weekday of a WEEKDAY phrase, or one written next to a date or a relative day
    #: (0-6, Monday = 0): it decides কাল and breaks ties between the years of a year-less date
    weekday: Optional[int] = None
    year_offset: Optional[int] = None  #: years from the reference's year (গত বছরের: -1)
    month_offset: Optional[int] = None  #: months from the reference's month (গত মাসের: -1)
    day_offset: Optional[int] = None  #: days from the reference (গতকাল: -1)
    unit: Optional[str] = None  #: RELATIVE_PERIOD: "day", "week", "month" or "year"
    unit_offset: Optional[int] = None  #: RELATIVE_PERIOD: units from the reference, signed
    #: what the text said before it: -1 (গত), +1 (আগামী), 0 (nothing, or চলতি)
    direction: int = 0
    #: written as a date (with its day and month), so a weekday may follow it
    explicit: bool = False
    first: Optional["DatePhrase"] = None  #: INTERVAL: the phrase of its first end
    last: Optional["DatePhrase"] = None  #: INTERVAL: the phrase of its last end

    @property
    def day_level(self) -> bool:
        """Whether a time may join it (a day, not a month, week or year)."""
        return self.form in _DAY_LEVEL_FORMS or (
            self.form is Form.RELATIVE_PERIOD and self.unit == "day")


@dataclass(slots=True)
class ClockTime:
    """A time of day on the 24-hour clock."""

    hour: int
    minute: int
    shift: int = 0  #: days after the day named (রাত ১২টা after a day is the next day's 00:00)
    needs_date: bool = False  #: only a time when joined to a date (১২: ০৪, ১২০৪ ঘণ্টা)


class Expression(NamedTuple):
    """One date or time expression: ``text[start:end]``, its date phrase and/or its time."""

    start: int
    end: int
    date: Optional[DatePhrase]
    time: Optional[ClockTime]


_DAY_PART_HOURS = {
    # part: function of the written hour (1-12) → 24-hour clock
    "dawn": lambda h: h % 12,
    "morning": lambda h: h % 12 if h != 12 else 12,
    "daytime": lambda h: h if 10 <= h <= 12 else h + 12,
    "noon": lambda h: h if h >= 11 else h + 12,
    "afternoon": lambda h: h if h == 12 else h + 12,
    "evening": lambda h: h if h == 12 else h + 12,
    "night": lambda h: 0 if h == 12 else (h + 12 if h >= 6 else h),
    "midnight": lambda h: 0 if h == 12 else (h + 12 if h >= 6 else h),
    "following_night": lambda h: 0 if h == 12 else (h + 12 if h >= 6 else h),
}


def make_time(kind: DateTok, hour: Optional[int], minute: Optional[int],
              fraction: Optional[int], meridiem: Optional[str],
              part: Optional[str]) -> Optional[ClockTime]:
    """The 24-hour time of a written hour (token ``kind``), or None if there is no such time.

    ``fraction``: minutes of সাড়ে / সোয়া / পৌনে (negative: before the hour); ``meridiem``:
    "am" / "pm"; ``part``: the day part written before it ("night", "following_night" …).
    """
    h, mi = hour, minute
    if h is None or mi is None:
        return None
    if kind in (T.HOUR_NUMBER, T.HOUR_WORD):
        if not 1 <= h <= 12:
            return None
        if fraction is not None:
            if fraction < 0:
                h, mi = (h - 1 if h > 1 else 12), 60 + fraction
            else:
                mi = fraction
    shift = 0
    if meridiem is not None:
        if not 1 <= h <= 12 and not (kind is T.CLOCK and h == 0):
            return None
        h = h % 12 + (12 if meridiem == "pm" else 0)
    elif part is not None and 1 <= h <= 12:
        written = h
        h = _DAY_PART_HOURS[part](h)
        if part in ("night", "midnight", "following_night") and written == 12:
            shift = 1
        elif part == "following_night" and h < 6:
            shift = 1
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return None
    return ClockTime(h, mi, shift)


_MONTH_CALENDAR = {T.GREGORIAN_MONTH: "gregorian", T.BANGLA_MONTH: "bangla",
                   T.HIJRI_MONTH: "hijri"}
_CALENDAR_MONTH = {cal: kind for kind, cal in _MONTH_CALENDAR.items()}
_HOURS = (T.HOUR_NUMBER, T.HOUR_WORD)
#: the longest range a year with a two-digit second year may span into the next century
#: (১৯৯৯-০০, ১৯৯৫-০৫); a longer one (২০১১-১১ would be 2011–2111) is no year range
MAX_WRAPPED_RANGE = 50


class _Parser:
    def __init__(self, text: str, toks: Sequence, vocabulary: DateVocabulary):
        self.text = text
        self.t = toks
        self.n = len(toks)
        self.V = vocabulary

    # --- helpers ---------------------------------------------------------------------
    def sep(self, end: int, k: int) -> Optional[str]:
        """The separator between char ``end`` and token ``k``, or None if not adjacent."""
        if k >= self.n:
            return None
        s = self.text[end : self.t[k].start]
        if len(s) > 4:
            return None
        c = s.strip(" \t")
        if c == "" or c in (",", "(", "|", "-", "–"):  # (what some caller accepts)
            return c
        return None

    def nxt(self, end: int, k: int, kinds, seps=("",)):
        """Token ``k`` if it is of one of ``kinds`` and only one of ``seps`` lies between."""
        sp = self.sep(end, k)
        if sp is None or sp not in seps:
            return None
        tok = self.t[k]
        return tok if tok.kind in kinds else None

    def year_marker(self, end: int, k: int, calendar: str):
        """Token ``k`` if it is a year marker of ``calendar`` right after ``end``."""
        tok = self.nxt(end, k, (T.YEAR_MARKER,))
        return tok if tok is not None and tok.calendar == calendar else None

    def close_paren(self, end: int) -> int:
        """Position after a ')' that follows ``end`` (spaces allowed), else ``end``."""
        i = end
        while i < len(self.text) and i - end < 3 and self.text[i] in " \t":
            i += 1
        if i < len(self.text) and self.text[i] == ")":
            return i + 1
        return end

    def year_number(self, end, k, digits=(4,), seps=("", ",")):
        """Token ``k`` if it is a year: a plain number of ``digits`` digits."""
        tok = self.nxt(end, k, (T.NUMBER,), seps)
        if tok is None or tok.digits not in digits or tok.ordinal_suffix or tok.value is None:
            return None
        return tok

    # --- day and month ---------------------------------------------------------------
    def day_number(self, k) -> Optional[int]:
        """The day written by token k (২৩, ২১শে, একুশে), or None."""
        t = self.t[k]
        if t.kind is T.NUMBER and t.digits <= 2:
            return t.value
        if t.kind is T.ORDINAL_DAY:
            return t.day
        return None

    def range_separator(self, end: int, k: int):
        """What joins the two ends of a range at token k: ``(index of the second end,
        hyphen?)`` for '-', '–' (২০-২৫) or থেকে (১০ থেকে ১৫), else None.  The second end is
        always a token of the text (:meth:`sep` is None past the last one)."""
        sp = self.sep(end, k)
        if sp in ("-", "–"):
            return k, True
        if (sp == "" and self.t[k].kind is T.RANGE_WORD
                and self.sep(self.t[k].end, k + 1) == ""):
            return k + 1, False
        return None

    def day_month(self, k, year_before=False):
        """DAY [- DAY] MONTH [YEAR] [সাল/বঙ্গাব্দ/হিজরি] → (k, end, DatePhrase).

        With a second day (২০-২৫ ডিসেম্বর, ১০ থেকে ১৫ জানুয়ারি ২০২৬) the phrase is an
        INTERVAL of two days of the month; the first day must be the smaller.  A Hijri
        month that is also a word or a name (রমজান) needs a year or হিজরি after it, unless
        year_before says a Hijri year in the genitive came just before (১৪৪৬ হিজরির ১০
        রমজান)."""
        months = (T.GREGORIAN_MONTH, T.BANGLA_MONTH, T.HIJRI_MONTH)
        t0 = self.t[k]
        day = self.day_number(k)
        if day is None:
            return None
        last_day, month_k = None, k + 1
        mt = self.nxt(t0.end, k + 1, months)
        if mt is None:
            rs = self.range_separator(t0.end, k + 1)
            if rs is None:
                return None
            m = rs[0]
            last_day = self.day_number(m)
            if last_day is None or not day < last_day:
                return None
            mt = self.nxt(self.t[m].end, m + 1, months)
            if mt is None:
                return None
            month_k = m + 1
        cal = _MONTH_CALENDAR[mt.kind]
        end, j = mt.end, month_k + 1
        year = None
        digits = (4,) if cal == "gregorian" else (3, 4)
        yt = self.year_number(end, j, digits)
        if yt is not None:
            year, end, j = yt.value, yt.end, j + 1
        st = self.year_marker(end, j, cal)
        if st is not None and (year is not None or cal == "hijri"):
            end, j = st.end, j + 1
        if cal == "hijri" and mt.weak and year is None and st is None and not year_before:
            return None  # ১০ রমজান: Ramadan, or a man named Ramzan
        if mt.kind is T.BANGLA_MONTH and mt.weak and year is None:  # জ্যেষ্ঠ = senior
            return None
        if year is None:
            tt = self.nxt(end, j, (T.DATE_WORD,))
            if tt is not None and cal == "gregorian":
                end, j = tt.end, j + 1
            x = DatePhrase(Form.DAY_MONTH, cal, month=mt.month, day=day, explicit=True)
        else:
            x = DatePhrase(Form.FULL_DATE, cal, year=year, month=mt.month, day=day,
                           explicit=True)
        if last_day is not None:
            x = DatePhrase(Form.INTERVAL, cal, first=x, last=replace(x, day=last_day))
        return j, end, x

    def month_first(self, k, allow_bare=True):
        """MONTH YEAR, MONTH DAY, YEAR, MONTH মাসের DAY তারিখ, or a bare month."""
        mt = self.t[k]
        if mt.kind is T.GREGORIAN_MONTH:
            yt = self.year_number(mt.end, k + 1)
            if yt is not None:
                end, j = yt.end, k + 2
                st = self.year_marker(end, j, "gregorian")
                if st is not None:
                    end, j = st.end, j + 1
                return j, end, DatePhrase(Form.MONTH_YEAR, year=yt.value, month=mt.month,
                                          explicit=True)
            dt_ = self.nxt(mt.end, k + 1, (T.NUMBER,))
            if dt_ is not None and dt_.digits <= 2 and not mt.ending:
                yt = self.year_number(dt_.end, k + 2, seps=(",",))
                if yt is not None:
                    return k + 3, yt.end, DatePhrase(Form.FULL_DATE, year=yt.value,
                                                     month=mt.month, day=dt_.value,
                                                     explicit=True)
            if mt.abbreviated:  # an abbreviation needs a number
                return None
            ms = self.nxt(mt.end, k + 1, (T.MONTH_WORD,))
            if ms is not None:
                if ms.genitive:  # ডিসেম্বর মাসের ২৩ তারিখে
                    dt_ = self.nxt(ms.end, k + 2, (T.NUMBER,))
                    if dt_ is not None and dt_.digits <= 2:
                        x = DatePhrase(Form.DAY_MONTH, month=mt.month, day=dt_.value,
                                       explicit=True)
                        tt = self.nxt(dt_.end, k + 3, (T.DATE_WORD,))
                        if tt is not None:
                            return k + 4, tt.end, x
                        rs = self.range_separator(dt_.end, k + 3)  # মে মাসের ১৬ থেকে ১৯ তারিখে
                        last_day = self.day_number(rs[0]) if rs else None
                        if last_day is not None and x.day < last_day:
                            tt = self.nxt(self.t[rs[0]].end, rs[0] + 1, (T.DATE_WORD,))
                            if tt is not None:
                                return rs[0] + 2, tt.end, DatePhrase(
                                    Form.INTERVAL, first=x, last=replace(x, day=last_day))
                return k + 2, ms.end, DatePhrase(Form.MONTH, month=mt.month)
            if not allow_bare or not self.bare_month_ok(mt):
                return None
            return k + 1, mt.end, DatePhrase(Form.MONTH, month=mt.month)
        if mt.kind in (T.BANGLA_MONTH, T.HIJRI_MONTH):
            yt = self.year_number(mt.end, k + 1, (3, 4))
            if yt is None:
                return None
            end, j = yt.end, k + 2
            cal = _MONTH_CALENDAR[mt.kind]
            st = self.year_marker(end, j, cal)
            if st is not None:
                end, j = st.end, j + 1
            elif cal == "hijri":
                return None
            return j, end, DatePhrase(Form.MONTH_YEAR, cal, year=yt.value, month=mt.month,
                                      explicit=True)
        return None

    def bare_month_ok(self, mt) -> bool:
        """Whether a Gregorian month word alone is a month here (not মে, লং মার্চ, জুলাই সনদ)."""
        V = self.V
        w = mt.word
        if w in V.need_number_months:
            return False
        if w in V.need_context_months:
            if not mt.ending or mt.ending in ("টি", "টা"):
                return False
            if word_before(self.text, mt.start) in V.march_not_month_before:
                return False
            if word_after(self.text, mt.end) in V.march_not_month_after:
                return False
            return True
        if not mt.ending:
            nw = word_after(self.text, mt.end)
            if nw.startswith(V.month_name_followers):
                return False
        return True

    def year_first(self, k):
        """YEAR সাল → year; YEAR সালের [DAY] MONTH → date / month; likewise বঙ্গাব্দ, হিজরি."""
        yt = self.t[k]
        if (yt.kind is not T.NUMBER or yt.digits not in (3, 4) or yt.ordinal_suffix
                or yt.value is None):
            return None
        if yt.digits == 4:
            rs = self.range_separator(yt.end, k + 1)
            if rs is not None:
                return self.year_range(yt.value, *rs)
        st = self.nxt(yt.end, k + 1, (T.YEAR_MARKER,))
        if st is None:
            return None
        cal = st.calendar
        if st.genitive:  # genitive: ২০২৪ সালের ১৪ মার্চ, ১৪৪৬ হিজরির ১০ রমজান
            month_kind = _CALENDAR_MONTH[cal]
            dtok = self.nxt(st.end, k + 2, (T.NUMBER, T.ORDINAL_DAY))
            if dtok is not None:
                r = self.day_month(k + 2, year_before=cal == "hijri")
                if r is not None and r[2].calendar == cal:
                    x = r[2]
                    if x.form is Form.DAY_MONTH:
                        return r[0], r[1], _with_year(x, yt.value)
                    if x.form is Form.INTERVAL and x.first.form is Form.DAY_MONTH:
                        x.first = _with_year(x.first, yt.value)  # ২০২৪ সালের ২০-২৫ ডিসেম্বর
                        x.last = _with_year(x.last, yt.value)
                        return r
            mt = self.nxt(st.end, k + 2, (month_kind,))
            if mt is not None and not (mt.kind is T.GREGORIAN_MONTH and mt.abbreviated):
                end, j = mt.end, k + 3
                ms = self.nxt(end, j, (T.MONTH_WORD,))
                if ms is not None:
                    end, j = ms.end, j + 1
                return j, end, DatePhrase(Form.MONTH_YEAR, cal, year=yt.value, month=mt.month,
                                          explicit=True)
        return k + 2, st.end, DatePhrase(Form.YEAR, cal, year=yt.value, explicit=True)

    def year_range(self, first_year: int, m: int, hyphen: bool):
        """YEAR-YEAR সাল (২০২০-২০২৩ সাল, ২০১১-১২ সালে) or YEAR-YEAR অর্থবছর (২০২৩-২৪
        অর্থবছরে, a fiscal year) → INTERVAL; the second year may have two digits after a
        hyphen.  m is the index of the second year."""
        if m >= self.n:
            return None
        t2 = self.t[m]
        if t2.kind is not T.NUMBER or t2.ordinal_suffix or t2.value is None:
            return None
        if t2.digits == 4:
            last_year = t2.value
        elif t2.digits == 2 and hyphen:
            last_year = first_year - first_year % 100 + t2.value
            if last_year <= first_year:  # ১৯৯৯-০০: into the next century, a short range only
                last_year += 100
                if last_year - first_year > MAX_WRAPPED_RANGE:
                    return None  # ২০১১-১১, ২০১১-১০: not 2011–2111
        else:
            return None
        if not first_year < last_year <= first_year + 200:
            return None
        mark = self.nxt(t2.end, m + 1, (T.YEAR_MARKER, T.FISCAL_YEAR_WORD))
        if mark is None:
            return None
        if mark.kind is T.FISCAL_YEAR_WORD:
            if last_year != first_year + 1:  # ২০২১-২৩ অর্থবছর: not one fiscal year
                return None
            x = self.fiscal_year(first_year)
        elif mark.calendar == "gregorian":
            x = DatePhrase(Form.INTERVAL, first=DatePhrase(Form.YEAR, year=first_year),
                           last=DatePhrase(Form.YEAR, year=last_year))
        else:
            return None
        return (m + 2, mark.end, x) if x is not None else None

    def fiscal_year(self, year: int) -> Optional[DatePhrase]:
        """The fiscal year that starts in ``year`` (Bangladesh: 1 July to 30 June)."""
        month, day = self.V.fiscal_year_start
        try:
            last = _dt.date(year + 1, month, day) - _dt.timedelta(days=1)
        except (ValueError, OverflowError):
            return None
        return DatePhrase(
            Form.INTERVAL,
            first=DatePhrase(Form.FULL_DATE, year=year, month=month, day=day),
            last=DatePhrase(Form.FULL_DATE, year=last.year, month=last.month, day=last.day))

    # --- relative --------------------------------------------------------------------
    def after_direction(self, k):
        """গত / আগামী / চলতি + weekday, পরশু, রাত, day-month, month."""
        g = self.t[k]
        d = g.direction
        t1 = self.t[k + 1] if k + 1 < self.n else None
        if t1 is None or self.sep(g.end, k + 1) != "":
            return None
        if t1.kind is T.WEEKDAY and d:
            return k + 2, t1.end, DatePhrase(Form.WEEKDAY, weekday=t1.weekday, direction=d)
        if t1.kind is T.RELATIVE_DAY and t1.either_way == 2 and d:  # গত পরশু, আগামী পরশু
            return k + 2, t1.end, DatePhrase(Form.RELATIVE_DAY, day_offset=2 * d)
        if t1.kind is T.DAY_PART and t1.part == "night" and d == -1:  # গত রাতে
            x = DatePhrase(Form.RELATIVE_DAY, day_offset=-1)
            tr = self.time(k + 1)
            if tr is not None and tr[2] is not None:
                return k + 1, g.end, x  # গত রাত ১০টায়: the night is the hour's day part
            return k + 2, t1.end, x
        if t1.kind in (T.NUMBER, T.ORDINAL_DAY):
            r = self.day_month(k + 1)
            if r is not None:
                x = r[2]
                if x.form is Form.DAY_MONTH:
                    x.direction = d
                elif x.form is Form.INTERVAL and x.first.form is Form.DAY_MONTH:
                    x.first.direction = d  # গত ২০-২৫ ডিসেম্বর
                return r
            return None
        if t1.kind is T.NUMERIC_DATE:
            return k + 2, t1.end, DatePhrase(Form.FULL_DATE, year=t1.year, month=t1.month,
                                             day=t1.day, explicit=True)
        if t1.kind is T.GREGORIAN_MONTH and not t1.abbreviated:
            r = self.month_first(k + 1, allow_bare=False)
            if r is not None:
                x = r[2]
                if x.form is Form.MONTH:
                    x.direction = d
                return r
            return k + 2, t1.end, DatePhrase(Form.MONTH, month=t1.month, direction=d)
        return None

    def relative_unit(self, k):
        """গত বছর, চলতি মাসে; গত বছরের ২৩ ডিসেম্বর / ডিসেম্বরে; গত মাসের ২৩ তারিখে."""
        t0 = self.t[k]
        off, unit, gen = t0.direction, t0.unit, t0.genitive
        if unit == "day":
            return None
        if unit == "fiscal_year":  # গত অর্থবছরে, চলতি অর্থবছরের
            month, day = self.V.fiscal_year_start
            return k + 1, t0.end, DatePhrase(Form.RELATIVE_PERIOD, unit=unit, unit_offset=off,
                                             month=month, day=day)
        if gen and unit == "year":  # গত বছরের ২৩ ডিসেম্বর / ডিসেম্বরে
            t1 = self.t[k + 1] if k + 1 < self.n else None
            if t1 is not None and self.sep(t0.end, k + 1) == "":
                if t1.kind in (T.NUMBER, T.ORDINAL_DAY):
                    r = self.day_month(k + 1)
                    if r is not None and r[2].calendar == "gregorian":
                        x = r[2]
                        if x.form is Form.DAY_MONTH:
                            x.year_offset = off
                            return r
                        if x.form is Form.INTERVAL and x.first.form is Form.DAY_MONTH:
                            x.first.year_offset = x.last.year_offset = off
                            return r
                if t1.kind is T.GREGORIAN_MONTH and not t1.abbreviated:
                    end, j = t1.end, k + 2
                    ms = self.nxt(end, j, (T.MONTH_WORD,))
                    if ms is not None:
                        end, j = ms.end, j + 1
                    return j, end, DatePhrase(Form.MONTH, month=t1.month, year_offset=off)
        if gen and unit == "month":  # গত মাসের ২৩ তারিখে
            dt_ = self.nxt(t0.end, k + 1, (T.NUMBER,))
            if dt_ is not None and dt_.digits <= 2:
                tt = self.nxt(dt_.end, k + 2, (T.DATE_WORD,))
                if tt is not None:
                    return k + 3, tt.end, DatePhrase(Form.DAY_OF_RELATIVE_MONTH,
                                                     month_offset=off, day=dt_.value)
        return k + 1, t0.end, DatePhrase(Form.RELATIVE_PERIOD, unit=unit, unit_offset=off)

    # --- a day- or coarser-level expression ------------------------------------------
    def date_core(self, k):
        t0 = self.t[k]
        kd = t0.kind
        if kd is T.NUMERIC_DATE:
            return k + 1, t0.end, DatePhrase(Form.FULL_DATE, year=t0.year, month=t0.month,
                                             day=t0.day, explicit=True)
        if kd is T.NUMBER:
            return self.day_month(k) or self.year_first(k)
        if kd is T.ORDINAL_DAY:
            return self.day_month(k)
        if kd in _MONTH_CALENDAR:
            return self.month_first(k)
        if kd is T.RELATIVE_DIRECTION:
            return self.after_direction(k)
        if kd is T.RELATIVE_UNIT:
            return self.relative_unit(k)
        if kd is T.UNITS_AGO:
            n = t0.count
            return k + 1, t0.end, DatePhrase(Form.RELATIVE_PERIOD, unit=t0.unit,
                                             unit_offset=None if n is None else n * t0.sign)
        if kd is T.RELATIVE_DAY:
            if t0.either_way == 1:
                return k + 1, t0.end, DatePhrase(Form.YESTERDAY_OR_TOMORROW)
            if t0.either_way == 2:
                return k + 1, t0.end, DatePhrase(Form.AMBIGUOUS_DAY)
            return k + 1, t0.end, DatePhrase(Form.RELATIVE_DAY, day_offset=t0.offset)
        if kd is T.WEEKDAY:
            return k + 1, t0.end, DatePhrase(Form.WEEKDAY, weekday=t0.weekday)
        return None

    def explicit_date(self, k):
        """An explicit day date at token k (for joining with a weekday or a time)."""
        if k >= self.n:
            return None
        t0 = self.t[k]
        if t0.kind in (T.NUMERIC_DATE, T.NUMBER, T.ORDINAL_DAY):
            r = self.date_core(k)
        elif t0.kind is T.GREGORIAN_MONTH:
            r = self.month_first(k, allow_bare=False)
        else:
            return None
        if r is None or r[2].form not in (Form.FULL_DATE, Form.DAY_MONTH):
            return None
        return r

    # --- time ------------------------------------------------------------------------
    def hour_before_meridiem(self, k) -> bool:
        """Whether token k is a plain number of one or two digits right before AM / PM
        (১০ পিএম, ১০পিএম): an hour."""
        t = self.t[k]
        return (t.kind is T.NUMBER and t.digits <= 2 and not t.ordinal_suffix
                and self.nxt(t.end, k + 1, (T.MERIDIEM,)) is not None)

    def time(self, k):
        """[DAYPART] [FRAC] HOUR [N মিনিট] [AM/PM] → (k, end, ClockTime or None, day part).

        HOUR is ১০টা, দশটা, ১২:০৪, ১২০৪ ঘণ্টা, or a plain number with AM / PM (১০ পিএম)."""
        if k >= self.n:
            return None
        t = self.t[k]
        part = None
        j, end = k, None
        if t.kind is T.DAY_PART:
            part = t.part
            j, end = k + 1, t.end
            t = self.t[j] if j < self.n and self.sep(end, j) == "" else None
            if t is None or not (t.kind in (T.HOUR_FRACTION, T.HOUR_NUMBER, T.HOUR_WORD, T.CLOCK)
                                 or self.hour_before_meridiem(j)):
                return j, end, None, part
        fraction = None
        if t.kind is T.HOUR_FRACTION:
            fraction = t.minutes
            fe = t.end
            t = self.t[j + 1] if j + 1 < self.n and self.sep(fe, j + 1) == "" else None
            if t is None or t.kind not in _HOURS:
                return (j, end, None, part) if part else None
            j += 1
        hour_kind = t.kind
        if t.kind is T.NUMBER and self.hour_before_meridiem(j):  # ১০ পিএম, ১০পিএম
            hour_kind, h, mi = T.HOUR_NUMBER, t.value, 0
        elif t.kind in (T.HOUR_NUMBER, T.HOUR_WORD, T.CLOCK, T.HHMM_HOURS):
            h, mi = t.hour, t.minute
        else:
            return None
        j, end = j + 1, t.end
        meridiem = None
        has_minutes = False
        if t.kind in _HOURS:
            if fraction is None and t.minute == 0:
                nt = self.nxt(end, j, (T.NUMBER,))
                if nt is not None and nt.digits <= 2 and not nt.ordinal_suffix:
                    mt = self.nxt(nt.end, j + 1, (T.MINUTE_WORD,))
                    if mt is not None:
                        mi, has_minutes = nt.value, True
                        j, end = j + 2, mt.end
        elif t.kind is T.CLOCK:
            mt = self.nxt(end, j, (T.MINUTE_WORD,))
            if mt is not None:
                has_minutes = True
                j, end = j + 1, mt.end
        at = self.nxt(end, j, (T.MERIDIEM,))
        if at is not None and t.kind is not T.HHMM_HOURS:
            meridiem = at.meridiem
            j, end = j + 1, at.end
        # bare hours need something that makes them a clock time
        if part is None and fraction is None and meridiem is None:
            if t.kind is T.HOUR_NUMBER:
                if not (t.suffix in self.V.at_hour_suffixes or has_minutes
                        or self.V.hour_context.match(self.text, t.end)):
                    return None
            elif t.kind is T.HOUR_WORD:
                if not (has_minutes or (t.hour, t.minute) != (1, 0) and (
                    t.suffix in self.V.at_hour_suffixes
                    or self.V.hour_context.match(self.text, t.end)
                )):
                    return None
            elif t.kind is T.CLOCK and t.separator == "." and not has_minutes:
                return None
        if t.kind is T.CLOCK and t.separator == "-" and part is None:
            return None
        tm = make_time(hour_kind, h, mi, fraction, meridiem, part)
        if tm is None:
            return None
        if t.kind is T.HHMM_HOURS or (t.kind is T.CLOCK and t.separator == ": "
                                      and meridiem is None and part is None):
            tm.needs_date = True
        return j, end, tm, part

    # --- whole expressions -----------------------------------------------------------
    def expression(self, k):
        """The longest expression starting at token k → (k_next, Expression)."""
        start = self.t[k].start
        r = self.date_core(k)
        if r is None:
            return self.time_first(k)
        j, end, x = r
        # a range of two dates, months or years: ২০ ডিসেম্বর থেকে ৫ জানুয়ারি
        if x.form in _RANGE_ENDS:
            r = self.range_of(j, end, x)
            if r is not None:
                return r[0], Expression(start, r[1], r[2], None)
        # a relative day followed by its weekday: গতকাল বুধবার, কাল বুধবার
        if x.form in (Form.RELATIVE_DAY, Form.YESTERDAY_OR_TOMORROW, Form.AMBIGUOUS_DAY):
            sp = self.sep(end, j)
            wt = self.nxt(end, j, (T.WEEKDAY,), ("", ",", "("))
            if wt is not None:
                x.weekday = wt.weekday
                j, end = j + 1, wt.end
                if sp == "(":
                    end = self.close_paren(end)
        # a weekday or relative day followed by the explicit date: বুধবার, ২৪ ডিসেম্বর ২০২৫
        if x.form in (Form.RELATIVE_DAY, Form.YESTERDAY_OR_TOMORROW, Form.WEEKDAY,
                      Form.AMBIGUOUS_DAY):
            sp = self.sep(end, j)
            if sp in ("", ",", "("):
                r2 = self.explicit_date(j)
                if r2 is not None:
                    weekday = x.weekday
                    j, end, x = r2
                    x.weekday = weekday
                    if sp == "(":
                        end = self.close_paren(end)
        elif x.explicit and x.form in (Form.FULL_DATE, Form.DAY_MONTH):
            # an explicit date followed by its weekday: ২৩ ডিসেম্বর (মঙ্গলবার)
            sp = self.sep(end, j)
            if sp in ("", ",", "(") and self.t[j].kind is T.WEEKDAY:
                x.weekday = self.t[j].weekday
                end = self.t[j].end
                j += 1
                if sp == "(":
                    end = self.close_paren(end)
        kal_alone = x.form is Form.YESTERDAY_OR_TOMORROW and x.weekday is None
        if kal_alone:  # কাল alone is a date only with a time right after it
            tr = self.time(j) if self.sep(end, j) == "" else None
            if tr is None:
                return None
        if x.day_level:
            sp = self.sep(end, j)
            if sp is not None and sp in ("", ",", "|"):
                tr = self.time(j)
                if tr is not None and (tr[2] is not None or sp == ""):
                    j, end, tm, _part = tr
                    return j, Expression(start, end, x, tm)
        if kal_alone:
            return None
        return j, Expression(start, end, x, None)

    def range_of(self, j, end, x):
        """The range that ``x`` (ending at char ``end``, before token j) starts, if it is
        followed by '-' or থেকে and a phrase of the same kind and calendar → (j, end, INTERVAL).

        The pairs: dates (২০ ডিসেম্বর থেকে ৫ জানুয়ারি ২০২৬), months (জুলাই-নভেম্বর ২০১৩,
        জুলাই ২০১২-জুন ২০১৩) and years (২০২০ সাল থেকে ২০২৩ সাল), in order."""
        rs = self.range_separator(end, j)
        if rs is None:
            return None
        m = rs[0]
        if x.form in (Form.FULL_DATE, Form.DAY_MONTH):
            if not x.explicit:
                return None
            r = self.explicit_date(m)
        elif x.form in (Form.MONTH, Form.MONTH_YEAR):
            r = self.month_first(m) if self.t[m].kind in _MONTH_CALENDAR else None
        else:
            r = self.year_first(m)
        if r is None or r[2].calendar != x.calendar or not _in_order(x, r[2]):
            return None
        return r[0], r[1], DatePhrase(Form.INTERVAL, x.calendar, first=x, last=r[2])

    def time_first(self, k):
        """A time, and the date after it if any: ১২:০৪ পিএম, ২৪ ডিসেম্বর ২০২৫."""
        r = self.time(k)
        if r is None or r[2] is None:
            return None
        j, end, tm, _part = r
        sp = self.sep(end, j)
        if sp in ("", ",", "|"):
            r2 = self.explicit_date(j)
            if r2 is None and j < self.n and self.t[j].kind is T.WEEKDAY:
                sp2 = self.sep(self.t[j].end, j + 1)
                if sp2 in ("", ","):
                    r2 = self.explicit_date(j + 1)
            if r2 is not None:
                j2, end2, x = r2
                return j2, Expression(self.t[k].start, end2, x, tm)
        if tm.needs_date:
            return None
        return j, Expression(self.t[k].start, end, None, tm)

    def run(self) -> List[Expression]:
        out = []
        k = 0
        while k < self.n:
            r = self.expression(k)
            if r is None:
                k += 1
                continue
            j, expr = r
            out.append(expr)
            k = max(j, k + 1)
        return out


_RANGE_ENDS = frozenset({Form.FULL_DATE, Form.DAY_MONTH, Form.MONTH_YEAR, Form.MONTH, Form.YEAR})
# which phrase may end a range that a phrase starts
_RANGE_PAIRS = {
    Form.FULL_DATE: (Form.FULL_DATE, Form.DAY_MONTH),
    Form.DAY_MONTH: (Form.FULL_DATE, Form.DAY_MONTH),
    Form.MONTH_YEAR: (Form.MONTH_YEAR, Form.MONTH),
    Form.MONTH: (Form.MONTH_YEAR, Form.MONTH),
    Form.YEAR: (Form.YEAR,),
}


def _with_year(x: DatePhrase, year: int) -> DatePhrase:
    """A day and month phrase with its year (২০২৪ সালের ২৩ ডিসেম্বর)."""
    return DatePhrase(Form.FULL_DATE, x.calendar, year=year, month=x.month, day=x.day,
                      explicit=True)


def _in_order(a: DatePhrase, b: DatePhrase) -> bool:
    """Whether phrase b may end a range that a starts: a kind that goes with a's, after it
    where both years are written; without a year, a day or month later in the year, or one
    across the new year (৩০ ডিসেম্বর-২ জানুয়ারি, নভেম্বর-ফেব্রুয়ারি)."""
    if b.form not in _RANGE_PAIRS[a.form] or b.year_offset is not None or b.direction:
        return False
    if a.year_offset is not None:
        return False
    if a.form is Form.YEAR:
        return a.year < b.year
    if a.year is not None and b.year is not None:
        return (a.year, a.month, a.day or 0) < (b.year, b.month, b.day or 0)
    if a.year is not None or b.year is not None:
        return True  # the year-less end is placed before / after the other
    if (a.month, a.day or 0) < (b.month, b.day or 0):
        return True
    return a.month >= 10 and b.month <= 3  # across the new year


def parse(text: str, tokens: Sequence, vocabulary: DateVocabulary) -> List[Expression]:
    """The expressions of ``text`` made of its ``tokens`` (:func:`.lexer.scan`), sorted and
    non-overlapping."""
    return _Parser(text, tokens, vocabulary).run()
