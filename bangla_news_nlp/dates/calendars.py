"""Conversions from the Bengali and Hijri calendars to the Gregorian one.

Bengali calendar (বঙ্গাব্দ)
    The revised calendar of Bangladesh (Bangla Academy, in force since 1987, revised in
    2019).  Bangla year ``Y`` starts on 14 April of Gregorian year ``Y + 593``
    (১ বৈশাখ ১৪৩২ = 2025-04-14).  বৈশাখ to আশ্বিন have 31 days each, কার্তিক to মাঘ 30,
    ফাল্গুন 29 (30 when it falls in a Gregorian leap year) and চৈত্র 30.  Checks:
    ৯ পৌষ ১৪৩২ = 2025-12-24, ১ ফাল্গুন ১৪৩২ = 2026-02-14.  West Bengal's traditional
    (astronomical) calendar differs by a day or two and is not handled.

Hijri calendar (হিজরি)
    Converted with the ``hijridate`` package, which implements the Umm al-Qura calendar of
    Saudi Arabia (Hijri years 1343-1500, i.e. 1924-2077).  Bangladesh fixes its Hijri months
    by local moon sighting, so a date announced there may differ from the Umm al-Qura date
    by a day (rarely two).  ``hijridate`` is imported lazily, on first use; it is a
    dependency of the package, and a missing or broken install raises :class:`ImportError`
    (it is never taken for a date that does not exist).

All functions return ``None`` for a date that does not exist or is out of range; none
raises on bad numbers.
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

__all__ = [
    "bangla_month_length",
    "bangla_to_gregorian",
    "gregorian_to_bangla",
    "hijri_to_gregorian",
    "hijri_year_of",
]

_BANGLA_OFFSET = 593  # Gregorian year in which Bangla year Y begins: Y + 593
_MIN_YEAR, _MAX_YEAR = 1, 9999


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def bangla_month_length(year: int, month: int) -> int:
    """Days in Bangla month ``month`` (1-12) of Bangla year ``year``."""
    if month <= 6:
        return 31
    if month == 11:  # ফাল্গুন: in February-March of Gregorian year Y + 594
        return 30 if _is_leap(year + _BANGLA_OFFSET + 1) else 29
    return 30


def bangla_to_gregorian(year: int, month: int, day: int) -> Optional[_dt.date]:
    """The Gregorian date of ``day month year`` in the revised Bangladesh calendar."""
    try:
        if not (1 <= month <= 12) or day < 1 or day > bangla_month_length(year, month):
            return None
        gyear = year + _BANGLA_OFFSET
        if not (_MIN_YEAR <= gyear <= _MAX_YEAR):
            return None
        offset = sum(bangla_month_length(year, m) for m in range(1, month)) + day - 1
        return _dt.date(gyear, 4, 14) + _dt.timedelta(days=offset)
    except (OverflowError, ValueError):
        return None


def gregorian_to_bangla(date: _dt.date) -> Optional[tuple[int, int, int]]:
    """``(year, month, day)`` in the revised Bangladesh calendar."""
    try:
        start_year = date.year if date >= _dt.date(date.year, 4, 14) else date.year - 1
        if start_year < _MIN_YEAR:
            return None
        year = start_year - _BANGLA_OFFSET
        offset = (date - _dt.date(start_year, 4, 14)).days
        for month in range(1, 13):
            length = bangla_month_length(year, month)
            if offset < length:
                return year, month, offset + 1
            offset -= length
    except (OverflowError, ValueError):
        return None
    return None  # pragma: no cover - a year always has enough days


def _hijridate():
    """The ``hijridate`` module, imported on first use (only texts with Hijri dates pay for
    the import)."""
    try:
        import hijridate
    except ImportError as exc:
        raise ImportError(
            "hijridate is a dependency of bangla-news-nlp: pip install hijridate "
            f"(importing it failed: {exc})"
        ) from exc
    return hijridate


def hijri_to_gregorian(year: int, month: int, day: int) -> Optional[_dt.date]:
    """The Gregorian date of a Hijri (Umm al-Qura) date, or ``None`` if it does not exist.

    :raises ImportError: ``hijridate`` is missing or broken.
    """
    Hijri = _hijridate().Hijri
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):  # what hijridate raises for a bad or far date
        return None


def hijri_year_of(date: _dt.date) -> Optional[int]:
    """The Hijri (Umm al-Qura) year in which a Gregorian date falls (None out of range).

    :raises ImportError: ``hijridate`` is missing or broken.
    """
    Gregorian = _hijridate().Gregorian
    try:
        return Gregorian(date.year, date.month, date.day).to_hijri().year
    except (ValueError, OverflowError):  # out of the Umm al-Qura tables' range
        return None
