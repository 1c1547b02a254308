"""Flat rows for tables: one row per entity or date mention.

``doc.to_records()`` gives a list of dicts, every one with the same keys (:data:`COLUMNS`);
``doc.to_dataframe()`` gives the same as a pandas DataFrame, and
:func:`bangla_news_nlp.to_dataframe` also takes many documents at once and adds a ``doc_id``
column.  pandas is an optional extra
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
granularity    dates: year, month, week, date, datetime, time or interval
calendar       dates: gregorian, bangla or hijri (what the text was written in)
relative       dates: whether the value depends on a reference date (given or not)
=============  ======================================================================

Enumerations are given as their string values; a column that does not apply to a row's kind
is None (``<NA>`` in a DataFrame, whose text columns have pandas' ``string`` dtype, offsets
``int64`` and ``relative`` the nullable ``boolean``).  Rows are in text order (by start, then end; an entity before a date at the same
place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Sequence, Tuple

if TYPE_CHECKING:  # pragma: no cover (types only: views never import the Document)
    from ..document import Document

__all__ = ["COLUMNS", "records", "frame"]

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


def frame(rows: List[Dict[str, Any]], columns: Sequence[str]) -> Any:
    """Rows as a typed pandas DataFrame with ``columns`` (see the module docstring)."""
    pd = _pandas()
    return _typed(pd, pd.DataFrame.from_records(rows, columns=list(columns)))
