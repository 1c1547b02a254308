"""Date and time expressions of Bengali news text, with ISO 8601 values.

See :mod:`bangla_news_nlp.dates.extract` for the recognised forms, the span conventions and
the resolution rules, and :mod:`bangla_news_nlp.dates.calendars` for the Bengali and Hijri
calendar conversions.
"""

from .extract import DateSpan, extract_dates, find_publication_date, is_trigger_word

__all__ = ["DateSpan", "extract_dates", "find_publication_date", "is_trigger_word"]
