"""The article's own publication date (প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম)."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .search import extract_dates
from .vocabulary import DateVocabulary

__all__ = ["find_publication_date", "WINDOW"]

#: how many characters from the text's start are searched for the publication line
WINDOW = 3000


def find_publication_date(
    text: str, vocabulary: Optional[DateVocabulary] = None
) -> _dt.datetime | _dt.date | None:
    """The date on the article's own publication line (প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম).

    Looks at the first ~3000 characters for a label (প্রকাশ, প্রকাশিত, প্রকাশের সময়,
    আপডেট, সর্বশেষ আপডেট, হালনাগাদ; with or without ':') immediately followed by a full
    date with its year; a published-label wins over an updated-label.  Returns a
    :class:`datetime.datetime` when a time is given, else a :class:`datetime.date`.

    ``vocabulary``: the :class:`~.vocabulary.DateVocabulary` whose labels and date words are
    used; default :meth:`~.vocabulary.DateVocabulary.default`.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not text:
        return None
    if vocabulary is None:
        vocabulary = DateVocabulary.default()
    head = text[:WINDOW]
    if not any(word in head for word in vocabulary.publication_quick):
        return None  # no label at all: skip the pattern
    found = {"published": None, "updated": None}
    for m in vocabulary.publication_label.finditer(head):
        which = "published" if m.group("published") is not None else "updated"
        if found[which] is not None:
            continue
        window = head[m.end() : m.end() + 120]
        spans = extract_dates(window, vocabulary=vocabulary)
        if not spans or spans[0].start != 0 or spans[0].value is None:
            continue
        sp = spans[0]
        v = sp.value
        if v.startswith("--") or sp.granularity not in ("date", "datetime"):
            continue
        try:
            if sp.granularity == "datetime":
                found[which] = _dt.datetime.strptime(v, "%Y-%m-%dT%H:%M")
            else:
                found[which] = _dt.date.fromisoformat(v)
        except ValueError:
            continue
        if which == "published":
            break
    return found["published"] or found["updated"]
