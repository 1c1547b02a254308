"""Resolution: an expression of the grammar (:mod:`.grammar`) → a :class:`DateSpan` with its
ISO 8601 value, one small resolver per :class:`~.grammar.Form`.

Resolution rules (``reference`` = the article's date)
-----------------------------------------------------
* Year-less day-month (``২৩ ডিসেম্বর``): the year that puts the date nearest the
  reference (so always within about six months of it); a weekday written next to it
  (``মঙ্গলবার (২৩ ডিসেম্বর)``) breaks ties towards a year where the weekday matches.
  Without a reference the value is what is certain, ``--12-23``, and ``relative`` is
  True all the same: the year needs the reference.
* ``গত ২৩ ডিসেম্বর``: the latest such date on or before the reference;
  ``আগামী ২৩ ডিসেম্বর``: the earliest on or after it.
* A month name alone (``ডিসেম্বরে``, ``জানুয়ারি মাসে``): the nearest such month to the
  reference month (within six months; an exact six-month tie goes to the past), the same
  rule as for year-less dates.  ``গত ডিসেম্বরে``: the latest December strictly before the
  reference month; ``আগামী জানুয়ারিতে``: the first January strictly after it;
  ``চলতি ডিসেম্বরে``: as a bare month.
* A weekday alone (``সোমবার``): the latest such day on or before the reference (news
  reports mostly past events).  ``গত সোমবার``: strictly before; ``আগামী সোমবার``: strictly
  after.  ``কাল`` (yesterday *or* tomorrow) is taken only with a weekday, which decides
  which; ``পরশু`` alone is ambiguous (value None); ``গত পরশু`` = −2, ``আগামী পরশু`` = +2.
* ``গত/আগামী/চলতি/এ/এই বছর|মাস|সপ্তাহ`` → year / month / ISO week ±1 or 0;
  ``N দিন|সপ্তাহ|মাস|বছর আগে|পরে`` (N in digits or a number word) → date / ISO week /
  month / year; ``গত রাতে`` → the day before the reference.  ``গত বছরের ২৩ ডিসেম্বর``,
  ``চলতি বছরের জানুয়ারিতে`` and ``গত মাসের ১৫ তারিখে`` take the year / month from the
  relative part.  Durations (``গত দুই মাসে``, ``৩ দিন ধরে``) are not mentions.
* A year-less Bengali-calendar date (``পহেলা বৈশাখ``) or Hijri date with হিজরি
  (``১০ রমজান হিজরি``) resolves like a Gregorian one (the nearest occurrence); without a
  reference a Bengali date before ১৬ ফাল্গুন gets its fixed ``--MM-DD`` (পহেলা বৈশাখ =
  ``--04-14``), later ones and Hijri ones get None.
* Times: see :mod:`.grammar` (how a written hour becomes a 24-hour time); a time joined to
  a day gives a ``datetime`` value (``2025-12-23T22:00``, or ``--12-23T22:00`` for a
  year-less date without a reference), a time alone a ``time`` value (``22:00``).
* ``relative`` is True for every expression whose value depends on the reference
  date, whether or not one was given: without one its value is None, or for a year-less
  date the part that is certain (``--12-23``).  A date with its year, a month with its
  year, a year and a time alone are never relative.
* Ranges (granularity ``interval``): the value is the ISO 8601 interval ``start/end`` of
  its two ends, both included, each at the precision written (``2025-12-20/2025-12-25``,
  ``2013-07/2013-11``, ``2020/2023``; ``--12-20/--12-25`` without a reference).  An end
  without its year is placed by the other end: the first such day or month after the
  first end, or the last one before an end written in full; when neither has a year, the
  first end is resolved by the rules above.  A fiscal year runs from ``FISCAL_YEAR_START``
  of the word lists (Bangladesh: 1 July) to the day before it a year later
  (``২০২৩-২৪ অর্থবছরে`` = ``2023-07-01/2024-06-30``); ``গত / চলতি / আগামী অর্থবছর`` is the
  fiscal year before / containing / after the reference.  relative is True when the range
  needs the reference.
* Bengali-calendar and Hijri months and years (``পৌষ ১৪৩২``, ``১৪৩২ বঙ্গাব্দ``,
  ``১৪৪৭ হিজরি``) do not coincide with a Gregorian month or year: they are returned as
  ``month`` / ``year`` mentions with value None.  Their day dates are converted (see
  :mod:`bangla_news_nlp.dates.calendars`; Bangladesh's moon-sighting Hijri dates may differ
  from the Umm al-Qura conversion by a day).
* An impossible date (৩১ ফেব্রুয়ারি, ২৯ ফেব্রুয়ারি ২০২৫, day 0, year 0) is returned
  as a span with value None; nothing here raises on any input.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from typing import Callable, Dict, NamedTuple, Optional, Tuple

from .calendars import bangla_to_gregorian, gregorian_to_bangla, hijri_to_gregorian, hijri_year_of
from .grammar import ClockTime, DatePhrase, Expression, Form

__all__ = ["DateSpan", "Resolution", "RESOLVERS", "resolve", "resolve_phrase"]


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date or time expression found in a text."""

    start: int  #: offset of the first character in the given text
    end: int  #: offset after the last character
    value: Optional[str]  #: ISO 8601 at its granularity, or None when it cannot be known
    granularity: str  #: "year", "month", "week", "date", "datetime", "time" or "interval"
    calendar: str  #: "gregorian", "bangla" or "hijri": the calendar written in the text
    #: True when the value depends on the reference date, whether or not one was given
    relative: bool


class Resolution(NamedTuple):
    """What a resolver finds for a date phrase."""

    value: Optional[str]  #: ISO 8601 at ``granularity``, or None
    granularity: str  #: "year", "month", "week", "date" or "interval"
    relative: bool
    date: Optional[_dt.date] = None  #: the day, when it is known (a time may be joined to it)
    #: (month, day) of a year-less date resolved without a reference (--12-23)
    yearless: Optional[Tuple[int, int]] = None


Reference = Optional[_dt.date]


# --- helpers ----------------------------------------------------------------------------


def _mkdate(y, m, d) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except (TypeError, ValueError, OverflowError):
        return None


def _iso(d: Optional[_dt.date]) -> Optional[str]:
    return d.isoformat() if d is not None else None


def _nearest(cands, ref: _dt.date, direction: int, weekday: Optional[int] = None):
    """Pick among candidate dates: nearest to ref (direction 0), or latest ≤ ref (-1), or
    earliest ≥ ref (+1)."""
    cands = [c for c in cands if c is not None]
    if direction < 0:
        cands = [c for c in cands if c <= ref]
        return max(cands) if cands else None
    if direction > 0:
        cands = [c for c in cands if c >= ref]
        return min(cands) if cands else None
    if not cands:
        return None
    if weekday is not None:  # a weekday written with the date decides between close years
        matching = [c for c in cands if c.weekday() == weekday and abs((c - ref).days) <= 200]
        if matching:
            cands = matching
    return min(cands, key=lambda c: (abs((c - ref).days), c > ref))


def _add_months(y: int, m: int, n: int) -> tuple:
    i = y * 12 + (m - 1) + n
    return i // 12, i % 12 + 1


def _fmt_month(y: int, m: int) -> Optional[str]:
    return f"{y:04d}-{m:02d}" if 1 <= y <= 9999 and 1 <= m <= 12 else None


def _fmt_year(y: int) -> Optional[str]:
    return f"{y:04d}" if 1 <= y <= 9999 else None


def _fmt_week(d: _dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _yearless_md(cal: str, m: int, d: int) -> Optional[tuple]:
    """Gregorian (month, day) of a year-less date when it does not depend on the year."""
    if cal == "gregorian":
        return (m, d) if _mkdate(2000, m, d) else None
    if cal == "bangla":
        if m > 11 or (m == 11 and d > 15):  # after the leap day: depends on the year
            return None
        g = bangla_to_gregorian(1432, m, d)
        return (g.month, g.day) if g else None
    return None


def _unit_granularity(unit: Optional[str]) -> str:
    return {"day": "date", "fiscal_year": "interval"}.get(unit, unit)


# --- one resolver per form ------------------------------------------------------------


def _full_date(x: DatePhrase, ref: Reference) -> Resolution:
    if x.calendar == "bangla":
        g = bangla_to_gregorian(x.year, x.month, x.day)
    elif x.calendar == "hijri":
        g = hijri_to_gregorian(x.year, x.month, x.day)
    else:
        g = _mkdate(x.year, x.month, x.day)
    return Resolution(_iso(g), "date", False, g)


def _day_month(x: DatePhrase, ref: Reference) -> Resolution:
    if x.year_offset is not None:  # গত বছরের ২৩ ডিসেম্বর
        if ref is None:
            return Resolution(None, "date", True)
        g = _mkdate(ref.year + x.year_offset, x.month, x.day)
        return Resolution(_iso(g), "date", True, g)
    if ref is None:  # the year needs the reference: relative, with what is certain
        md = _yearless_md(x.calendar, x.month, x.day)
        if md is None:
            return Resolution(None, "date", True)
        return Resolution(f"--{md[0]:02d}-{md[1]:02d}", "date", True, None, md)
    if x.calendar == "bangla":
        b = gregorian_to_bangla(ref)
        if b is None:
            return Resolution(None, "date", True)
        cands = [bangla_to_gregorian(b[0] + i, x.month, x.day) for i in (-1, 0, 1)]
    elif x.calendar == "hijri":
        hy = hijri_year_of(ref)
        if hy is None:
            return Resolution(None, "date", True)
        cands = [hijri_to_gregorian(hy + i, x.month, x.day) for i in (-1, 0, 1)]
    else:
        cands = [_mkdate(ref.year + i, x.month, x.day) for i in (-1, 0, 1)]
    g = _nearest(cands, ref, x.direction, x.weekday)
    return Resolution(_iso(g), "date", True, g)


def _month_year(x: DatePhrase, ref: Reference) -> Resolution:
    if x.calendar != "gregorian":  # পৌষ ১৪৩২ is no Gregorian month
        return Resolution(None, "month", False)
    return Resolution(_fmt_month(x.year, x.month), "month", False)


def _year(x: DatePhrase, ref: Reference) -> Resolution:
    if x.calendar != "gregorian":  # ১৪৩২ বঙ্গাব্দ is no Gregorian year
        return Resolution(None, "year", False)
    return Resolution(_fmt_year(x.year), "year", False)


def _month(x: DatePhrase, ref: Reference) -> Resolution:
    """A month named without its year: the nearest such month, or the one before / after."""
    if ref is None:
        return Resolution(None, "month", True)
    if x.year_offset is not None:  # চলতি বছরের জানুয়ারিতে
        return Resolution(_fmt_month(ref.year + x.year_offset, x.month), "month", True)
    here = ref.year * 12 + ref.month - 1
    best = None
    for yy in (ref.year - 1, ref.year, ref.year + 1):
        diff = yy * 12 + x.month - 1 - here
        if x.direction < 0 and diff >= 0:
            continue
        if x.direction > 0 and diff <= 0:
            continue
        score = (abs(diff), diff > 0)
        if best is None or score < best[0]:
            best = (score, yy)
    if best is None:
        return Resolution(None, "month", True)
    return Resolution(_fmt_month(best[1], x.month), "month", True)


def _ambiguous_day(x: DatePhrase, ref: Reference) -> Resolution:
    return Resolution(None, "date", True)  # পরশু: two days before or after


def _relative_day(x: DatePhrase, ref: _dt.date) -> Resolution:
    g = ref + _dt.timedelta(days=x.day_offset)
    return Resolution(g.isoformat(), "date", True, g)


def _yesterday_or_tomorrow(x: DatePhrase, ref: _dt.date) -> Resolution:
    """কাল: the day on either side of the reference whose weekday was written with it."""
    g = None
    if x.weekday is not None:
        for off in (-1, 1):
            c = ref + _dt.timedelta(days=off)
            if c.weekday() == x.weekday:
                g = c
    return Resolution(_iso(g), "date", True, g)


def _weekday(x: DatePhrase, ref: _dt.date) -> Resolution:
    """সোমবার: latest on or before the reference; গত সোমবার: strictly before; আগামী: after."""
    if x.direction < 0:
        delta = -((ref.weekday() - x.weekday) % 7 or 7)
    elif x.direction > 0:
        delta = (x.weekday - ref.weekday()) % 7 or 7
    else:
        delta = -((ref.weekday() - x.weekday) % 7)
    g = ref + _dt.timedelta(days=delta)
    return Resolution(g.isoformat(), "date", True, g)


def _day_of_relative_month(x: DatePhrase, ref: _dt.date) -> Resolution:
    y, m = _add_months(ref.year, ref.month, x.month_offset)
    g = _mkdate(y, m, x.day)
    return Resolution(_iso(g), "date", True, g)


def _relative_period(x: DatePhrase, ref: _dt.date) -> Resolution:
    n = x.unit_offset
    if n is None:
        return Resolution(None, _unit_granularity(x.unit), True)
    if x.unit == "day":
        g = ref + _dt.timedelta(days=n)
        return Resolution(g.isoformat(), "date", True, g)
    if x.unit == "week":
        return Resolution(_fmt_week(ref + _dt.timedelta(days=7 * n)), "week", True)
    if x.unit == "month":
        y, m = _add_months(ref.year, ref.month, n)
        return Resolution(_fmt_month(y, m), "month", True)
    if x.unit == "fiscal_year":  # the fiscal year starting on (x.month, x.day)
        start_year = ref.year if (ref.month, ref.day) >= (x.month, x.day) else ref.year - 1
        first = _dt.date(start_year + n, x.month, x.day)
        last = _dt.date(start_year + n + 1, x.month, x.day) - _dt.timedelta(days=1)
        return Resolution(f"{first.isoformat()}/{last.isoformat()}", "interval", True)
    return Resolution(_fmt_year(ref.year + n), "year", True)


def _yearless(x: DatePhrase) -> bool:
    return x.form in (Form.DAY_MONTH, Form.MONTH) and x.year_offset is None


def _month_of(r: Resolution) -> Optional[Tuple[int, int]]:
    """(year, month) of a resolved month or day, or None."""
    if r.value is None or r.value.startswith("--"):
        return None
    return int(r.value[:4]), int(r.value[5:7])


def _placed(x: DatePhrase, anchor: Resolution, after: bool, ref: Reference) -> Resolution:
    """A year-less end of a range, placed by the other end: the first such day or month on or
    after it (``after``), or the last on or before it."""
    if x.form is Form.DAY_MONTH:
        if anchor.date is None:  # no reference (--12-20) or an impossible date
            return resolve_phrase(x, ref if anchor.value is None else None)
        return resolve_phrase(replace(x, direction=1 if after else -1), anchor.date)
    ym = _month_of(anchor)  # a month
    if ym is None:
        return Resolution(None, "month", True)
    year = ym[0] + (1 if after and x.month < ym[1] else -1 if not after and x.month > ym[1] else 0)
    return Resolution(_fmt_month(year, x.month), "month", True)


def _interval(x: DatePhrase, ref: Reference) -> Resolution:
    """``first/last``, an ISO 8601 interval of its two ends, both included.  An end written
    without its year is placed by the other end (২০ ডিসেম্বর থেকে ৫ জানুয়ারি ২০২৬: the 20
    December before it); when neither has one, the first end is resolved as usual and the
    last is the first such day or month after it."""
    a, b = x.first, x.last
    if _yearless(a) and not _yearless(b):
        rb = resolve_phrase(b, ref)
        ra = _placed(a, rb, False, ref)
        relative = rb.relative
    else:
        ra = resolve_phrase(a, ref)
        rb = _placed(b, ra, True, ref) if _yearless(b) else resolve_phrase(b, ref)
        relative = ra.relative or (rb.relative and not _yearless(b))
    if ra.value is None or rb.value is None:
        return Resolution(None, "interval", relative)
    return Resolution(f"{ra.value}/{rb.value}", "interval", relative)


Resolver = Callable[[DatePhrase, Reference], Resolution]

#: form → (resolver, whether it needs the reference: without one the value is None)
RESOLVERS: Dict[Form, Tuple[Resolver, bool]] = {
    Form.FULL_DATE: (_full_date, False),
    Form.DAY_MONTH: (_day_month, False),
    Form.MONTH_YEAR: (_month_year, False),
    Form.YEAR: (_year, False),
    Form.MONTH: (_month, False),
    Form.AMBIGUOUS_DAY: (_ambiguous_day, False),
    Form.RELATIVE_DAY: (_relative_day, True),
    Form.YESTERDAY_OR_TOMORROW: (_yesterday_or_tomorrow, True),
    Form.WEEKDAY: (_weekday, True),
    Form.DAY_OF_RELATIVE_MONTH: (_day_of_relative_month, True),
    Form.RELATIVE_PERIOD: (_relative_period, True),
    Form.INTERVAL: (_interval, False),
}


def _granularity_of(x: DatePhrase) -> str:
    """The granularity of a phrase whose value cannot be had."""
    if x.form is Form.RELATIVE_PERIOD:
        return _unit_granularity(x.unit)
    if x.form in (Form.MONTH, Form.MONTH_YEAR):
        return "month"
    if x.form is Form.YEAR:
        return "year"
    if x.form is Form.INTERVAL:
        return "interval"
    return "date"


def resolve_phrase(x: DatePhrase, ref: Reference) -> Resolution:
    """The value of a date phrase against the reference date (None: no reference)."""
    resolver, needs_reference = RESOLVERS[x.form]
    if needs_reference and ref is None:
        return Resolution(None, _granularity_of(x), True)
    try:
        return resolver(x, ref)
    except (OverflowError, ValueError, TypeError):  # a reference near year 1 or 9999
        return Resolution(None, _granularity_of(x), True)


def _with_time(x: DatePhrase, tm: Optional[ClockTime], ref: Reference):
    """(value, granularity, relative) of a date phrase and the time joined to it, if any."""
    r = resolve_phrase(x, ref)
    if tm is None or r.granularity != "date":
        return r.value, r.granularity, r.relative
    hhmm = f"T{tm.hour:02d}:{tm.minute:02d}"
    if r.date is not None:
        try:
            g = r.date + _dt.timedelta(days=tm.shift)
        except OverflowError:
            return None, "datetime", r.relative
        return g.isoformat() + hhmm, "datetime", r.relative
    if r.yearless is not None:
        d = _dt.date(2000, r.yearless[0], r.yearless[1]) + _dt.timedelta(days=tm.shift)
        return f"--{d.month:02d}-{d.day:02d}{hhmm}", "datetime", r.relative
    return None, "datetime", r.relative


def resolve(expr: Expression, reference: Reference) -> DateSpan:
    """The :class:`DateSpan` of one expression against the reference date (or None)."""
    x, tm = expr.date, expr.time
    if x is None:  # a time alone
        return DateSpan(expr.start, expr.end, f"{tm.hour:02d}:{tm.minute:02d}", "time",
                        "gregorian", False)
    value, granularity, relative = _with_time(x, tm, reference)
    return DateSpan(expr.start, expr.end, value, granularity, x.calendar, relative)
