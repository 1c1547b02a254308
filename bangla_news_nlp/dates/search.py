"""Search a text for its date and time expressions: scan (:mod:`.lexer`), join
(:mod:`.grammar`), resolve (:mod:`.resolve`)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional, Sequence

from .grammar import parse
from .lexer import scan
from .resolve import DateSpan, resolve
from .vocabulary import DateVocabulary

__all__ = ["extract_dates"]


def _as_date(reference) -> Optional[_dt.date]:
    if reference is None:
        return None
    if isinstance(reference, _dt.datetime):
        return reference.date()
    if isinstance(reference, _dt.date):
        return reference
    raise TypeError(f"reference must be a date or datetime, not {type(reference).__name__}")


def extract_dates(
    text: str,
    reference: _dt.date | _dt.datetime | None = None,
    *,
    starts: Optional[Sequence[int]] = None,
    vocabulary: Optional[DateVocabulary] = None,
) -> List[DateSpan]:
    """All date and time expressions in ``text``, sorted by start, non-overlapping.

    ``reference`` (the article's date) resolves relative expressions; without it they are
    returned with value None.  Offsets index ``text`` as given.

    ``starts``, when given, is the sorted list of the only positions where a date token may
    begin (the pipeline passes the starts of its number tokens, the positions after the
    separators inside them, and the starts of words for which
    :meth:`DateVocabulary.is_trigger_word` holds); the result is the same as scanning every
    position, only faster.

    ``vocabulary``: the :class:`DateVocabulary` to use; default
    :meth:`DateVocabulary.default` (the shipped word lists).

    :raises TypeError: ``text`` is not a str, ``reference`` not a date, a datetime or None,
        or ``vocabulary`` not a DateVocabulary.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    ref = _as_date(reference)
    if vocabulary is None:
        vocabulary = DateVocabulary.default()
    elif not isinstance(vocabulary, DateVocabulary):
        raise TypeError(
            f"vocabulary must be a DateVocabulary (DateVocabulary.from_words(words)), not "
            f"{type(vocabulary).__name__}")
    if not text or (starts is None and not vocabulary.prefilter.search(text)):
        return []
    tokens = scan(text, vocabulary, starts)
    if not tokens:
        return []
    return [resolve(expr, ref) for expr in parse(text, tokens, vocabulary)]
