"""What ``annotate`` writes, one class per format, all through the atomic writers of
:mod:`bangla_news_nlp.io`:

* :class:`DocumentOutput`: one text (``annotate FILE``): its Document as JSON, indented
  unless ``--compact``; ``OUT`` is written only when the Document is;
* :class:`JsonlOutput`: many texts: one JSON line per record, ``{"source", "line", "id",
  "fields", "document"}``;
* :class:`ParquetOutput` (``-o OUT.parquet``): one row per mention, the columns of
  :data:`PARQUET_COLUMNS`.

Each has a ``render`` callable that the worker processes apply to a Document (it must
pickle), so that only the rendered result travels back to the main process.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

from ..io.readers import Record
from ..io.writer import LineWriter, StopSignals
from ..views.records import COLUMNS

__all__ = ["DocumentOutput", "JsonDocument", "JsonlOutput", "MentionRows", "PARQUET_COLUMNS",
           "ParquetOutput", "open_output"]


# --------------------------------------------------------------------------- renderers
class JsonDocument:
    """A Document as JSON (tokens left out unless ``tokens``)."""

    def __init__(self, indent: Optional[int] = None, tokens: bool = False):
        self.indent = indent
        self.exclude = None if tokens else {"tokens"}

    def __call__(self, doc) -> str:
        return doc.model_dump_json(indent=self.indent, exclude=self.exclude)


class MentionRows:
    """A Document's mentions as rows (:func:`bangla_news_nlp.views.records.records`)."""

    def __call__(self, doc) -> List[Dict[str, Any]]:
        from ..views.records import records

        return records(doc)


# --------------------------------------------------------------------------- outputs
class DocumentOutput:
    """``annotate FILE``: the one Document, as JSON."""

    single = True

    def __init__(self, path: Optional[str], signals: StopSignals, indent: Optional[int],
                 tokens: bool):
        self.render = JsonDocument(indent, tokens)
        self.writer = LineWriter(path, signals)
        self.written = 0

    @property
    def part(self) -> Optional[str]:
        return self.writer.part

    def write(self, item: Record, document: str) -> None:
        self.writer.write((document + "\n").encode("utf-8"))
        self.written += 1

    def commit(self) -> None:
        if self.written:
            self.writer.commit()
        else:  # the text was bad: OUT stays as it was
            self.writer.abandon(remove=True)

    def abandon(self) -> Optional[str]:
        self.writer.abandon(remove=True)
        return None


class JsonlOutput:
    """Many texts: one line ``{"source", "line", "id", "fields", "document"}`` per record."""

    single = False

    def __init__(self, path: Optional[str], signals: StopSignals, tokens: bool):
        self.render = JsonDocument(None, tokens)
        self.writer = LineWriter(path, signals)
        self.written = 0

    @property
    def part(self) -> Optional[str]:
        return self.writer.part

    def write(self, item: Record, document: str) -> None:
        head = json.dumps({"source": item.source, "line": item.line, "id": item.id,
                           "fields": item.fields}, ensure_ascii=False, separators=(",", ":"))
        self.writer.write((head[:-1] + ',"document":' + document + "}\n").encode("utf-8"))
        self.written += 1

    def commit(self) -> None:
        self.writer.commit()

    def abandon(self) -> Optional[str]:
        """Stop; returns where the lines written so far are (None: nowhere)."""
        self.writer.abandon()
        if self.writer.part is None:
            return None
        return (f"the {self.written:,} lines written so far are in {self.writer.part}, "
                f"{self.writer.path} was not changed")


#: the Parquet columns: the record (``file``, ``line``, ``id``), then the mention
#: (:data:`bangla_news_nlp.views.records.COLUMNS`)
PARQUET_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("file", "string"), ("line", "int64"), ("id", "string"),
    *((c, {"start": "int64", "end": "int64", "relative": "bool"}.get(c, "string"))
      for c in COLUMNS),
)


def _id_text(value: Any) -> Optional[str]:
    """The ``id`` column: a string id as it is, any other JSON value as its JSON text."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class ParquetOutput:
    """``-o OUT.parquet``: one row per mention; a record without any mention gets one row
    whose mention columns (``kind`` included) are all null."""

    single = False

    def __init__(self, path: str, signals: StopSignals, row_group_rows: Optional[int] = None):
        from ..io.parquet import ROW_GROUP_ROWS, ParquetWriter

        self.render = MentionRows()
        self.writer = ParquetWriter(path, PARQUET_COLUMNS, signals,
                                    row_group_rows or ROW_GROUP_ROWS)
        self.written = 0
        self._empty = {c: None for c in COLUMNS}

    @property
    def part(self) -> Optional[str]:
        return self.writer.part

    def write(self, item: Record, rows: List[Dict[str, Any]]) -> None:
        record = {"file": item.source, "line": item.line, "id": _id_text(item.id)}
        self.writer.write_rows([{**record, **row} for row in rows]
                               or [{**record, **self._empty}])
        self.written += 1

    def commit(self) -> None:
        self.writer.commit()

    def abandon(self) -> Optional[str]:
        self.writer.abandon()
        if self.writer.part is None:
            return None
        return (f"the {self.written:,} records finished so far are in {self.writer.part}, "
                f"{self.writer.path} was not changed")


def open_output(path: Optional[str], signals: StopSignals, *, single: bool,
                indent: Optional[int] = None, tokens: bool = False):
    """The output for ``-o path`` (None or ``-``: standard output): Parquet when ``path``
    ends in ``.parquet``, else the Document (``single``) or JSON lines.

    :raises OutputError: ``path`` cannot be written safely.
    :raises ImportError: Parquet asked for without pyarrow.
    """
    if path not in (None, "-") and path.lower().endswith(".parquet"):
        return ParquetOutput(path, signals)
    if single:
        return DocumentOutput(path, signals, indent, tokens)
    return JsonlOutput(path, signals, tokens)
