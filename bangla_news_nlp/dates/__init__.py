"""Date and time expressions of Bengali news text, with ISO 8601 values.

    >>> import datetime
    >>> [(s.value, s.granularity) for s in extract_dates("গতকাল রাত ১০টায়", datetime.date(2025, 12, 24))]
    [('2025-12-23T22:00', 'datetime')]

The package, one job per module (organised like ``dateparser``: search apart from
parsing, calendars apart):

* :mod:`.vocabulary`: :class:`DateVocabulary`, the word tables and compiled patterns, built
  from a date-words data module (:mod:`bangla_news_nlp.lang.bn.date_words` by default);
* :mod:`.lexer`: the scanner, text → date tokens (what the recognised words are);
* :mod:`.grammar`: joins tokens into expressions (the span conventions, the time rules and
  the precision guards are documented there);
* :mod:`.resolve`: one resolver per kind of expression, → ISO 8601 values (the resolution
  rules are documented there);
* :mod:`.search`: :func:`extract_dates`, the three above in a row;
* :mod:`.publication`: :func:`find_publication_date`, the article's own date line;
* :mod:`.calendars`: the Bengali and Hijri calendar conversions.
"""

from .publication import find_publication_date
from .resolve import DateSpan
from .search import extract_dates
from .vocabulary import DateVocabulary, is_trigger_word

__all__ = ["DateSpan", "DateVocabulary", "extract_dates", "find_publication_date",
           "is_trigger_word"]
