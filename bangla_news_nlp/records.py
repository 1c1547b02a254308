"""Flat rows for tables: one row per entity or date mention.

``doc.to_records()`` gives a list of dicts, every one with the same keys (:data:`COLUMNS`);
``doc.to_dataframe()`` gives the same as a pandas DataFrame, and :func:`to_dataframe` also
takes many documents at once and adds a ``doc_id`` column.  pandas is an optional extra
(``pip install 'bangla-news-nlp[pandas]'``), imported only by the DataFrame functions.

=============  ======================================================================
column         value
=============  ======================================================================
kind           ``"entity"`` or ``"date"``
start, end     offsets into the document text (``text[start:end]`` is ``text``)
text           the mention as written
label          the entity label (PERSON, ORG, GPE, LOC, NORP), or ``"DATE"``
base           entities: the mention without its case ending; dates: None
canonical      entities: the English name, when known
kb_id          entities: the Wikidata QID, when known
source         entities: the gazetteer file or rule that found it
value          dates: the ISO 8601 value (None when it cannot be known)
granularity    dates: year, month, week, date, datetime or time
calendar       dates: gregorian, bangla or hijri (what the text was written in)
relative       dates: whether the value was resolved against a reference date
=============  ======================================================================

Enumerations are given as their string values; a column that does not apply to a row's kind
is None (``<NA>`` in a DataFrame, whose text columns have pandas' ``string`` dtype, offsets
``int64`` and ``relative`` the nullable ``boolean``).  Rows are in text order (by start, then end; an entity before a date at the same
place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Tuple, Union

if TYPE_CHECKING:  # pragma: no cover
    from .models import Document

__all__ = ["COLUMNS", "records", "to_dataframe"]

COLUMNS: Tuple[str, ...] = (
    "kind", "start", "end", "text", "label", "base", "canonical", "kb_id", "source",
    "value", "granularity", "calendar", "relative",
)

_DATE_LABEL = "DATE"


def records(doc: "Document") -> List[Dict[str, Any]]:
    """The document's entities and dates as rows with the keys of :data:`COLUMNS`."""
    rows = []
    for e in doc.entities:
        rows.append({
            "kind": "entity", "start": e.start, "end": e.end, "text": e.text,
            "label": e.label.value, "base": e.base, "canonical": e.canonical,
            "kb_id": e.kb_id, "source": e.source, "value": None, "granularity": None,
            "calendar": None, "relative": None,
        })
    for d in doc.dates:
        rows.append({
            "kind": "date", "start": d.start, "end": d.end, "text": d.text,
            "label": _DATE_LABEL, "base": None, "canonical": None, "kb_id": None,
            "source": None, "value": d.value, "granularity": d.granularity.value,
            "calendar": d.calendar.value, "relative": d.relative,
        })
    rows.sort(key=lambda r: (r["start"], r["end"], r["kind"] == "date"))
    return rows


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "to_dataframe() needs pandas, which bangla-news-nlp does not install by default: "
            "pip install 'bangla-news-nlp[pandas]'"
        ) from None
    return pandas


def to_dataframe(
    docs: Union["Document", Iterable["Document"]],
    ids: Optional[Iterable[Any]] = None,
) -> Any:
    """A pandas DataFrame of entity and date rows.

    :param docs: one :class:`~bangla_news_nlp.Document` (columns :data:`COLUMNS`), or any
        iterable of them, e.g. ``annotate_many(texts)`` (a ``doc_id`` column first).
    :param ids: the ``doc_id`` of each document, in order; default 0, 1, 2 …  Only for an
        iterable of documents.
    :raises ImportError: when pandas is not installed.
    :raises TypeError: for an item that is not a Document (naming its index).
    :raises ValueError: when ``ids`` and ``docs`` differ in length.
    """
    from .models import Document

    pd = _pandas()
    if isinstance(docs, Document):
        if ids is not None:
            raise TypeError("ids is only for an iterable of documents, not for one Document")
        return _typed(pd, pd.DataFrame.from_records(records(docs), columns=list(COLUMNS)))
    if isinstance(docs, (str, bytes)) or not isinstance(docs, Iterable):
        raise TypeError(
            f"to_dataframe() needs a Document or an iterable of Documents, not "
            f"{type(docs).__name__}" + ("; annotate the text first" if isinstance(docs, str) else "")
        )
    id_list = None if ids is None else list(ids)
    rows: List[Dict[str, Any]] = []
    count = 0
    for i, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(f"to_dataframe(): item {i} is {type(doc).__name__}, not a Document")
        if id_list is not None and i >= len(id_list):
            raise ValueError(f"to_dataframe(): {len(id_list)} ids for more documents")
        doc_id = i if id_list is None else id_list[i]
        rows.extend({"doc_id": doc_id, **r} for r in records(doc))
        count = i + 1
    if id_list is not None and count != len(id_list):
        raise ValueError(f"to_dataframe(): {len(id_list)} ids for {count} documents")
    return _typed(pd, pd.DataFrame.from_records(rows, columns=["doc_id", *COLUMNS]))


_INT_COLUMNS = ("start", "end")
_BOOL_COLUMNS = ("relative",)


def _typed(pd, df):
    """Fixed column types, whatever pandas would infer and also when there are no rows:
    int64 offsets, pandas' ``string`` dtype for text and ``boolean`` for ``relative`` (both
    with ``<NA>`` where a column does not apply)."""
    types = {c: "string" for c in COLUMNS if c not in _INT_COLUMNS + _BOOL_COLUMNS}
    types.update({c: "int64" for c in _INT_COLUMNS})
    types.update({c: "boolean" for c in _BOOL_COLUMNS})
    return df.astype(types)
