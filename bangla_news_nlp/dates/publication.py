"""The article's own publication date (প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

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
    found = {"published": None, "updated": None}
    for m in _labels(head, vocabulary):
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


def _labels(head: str, vocabulary: DateVocabulary) -> List:
    """The matches of the publication-label pattern in ``head``, as its ``finditer`` gives
    them: tried only where a label's first word starts (``publication_quick``: str.find),
    instead of at every character (প্রকাশ, "published", is also an everyday word of news, so
    most articles hold one)."""
    starts = set()
    for word in vocabulary.publication_quick:
        i = head.find(word)
        while i >= 0:
            starts.add(i)
            i = head.find(word, i + 1)
    out = []
    end = 0
    match = vocabulary.publication_label.match
    for p in sorted(starts):
        if p < end:
            continue  # (inside the label before: finditer's matches do not overlap)
        m = match(head, p)  # (the pattern's look-behind sees the text before p)
        if m is not None:
            out.append(m)
            end = m.end()
    return out
