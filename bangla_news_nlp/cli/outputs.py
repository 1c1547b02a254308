"""What ``annotate`` writes, one class per format, all through the atomic writers of
:mod:`bangla_news_nlp.io`:

* :class:`DocumentOutput`: one text (``annotate FILE``): its Document as JSON, indented
  unless ``--compact``; ``OUT`` is written only when the Document is;
* :class:`JsonlOutput`: many texts: one JSON line per record, ``{"source", "line", "id",
  "fields", "document"}``.

Each has a ``render`` callable that the worker processes apply to a Document (it must
pickle), so that only the rendered result travels back to the main process.
"""

from __future__ import annotations

import json
from typing import Optional

from ..io.readers import Record
from ..io.writer import LineWriter, StopSignals

__all__ = ["DocumentOutput", "JsonDocument", "JsonlOutput", "open_output"]


# --------------------------------------------------------------------------- renderers
class JsonDocument:
    """A Document as JSON (tokens left out unless ``tokens``)."""

    def __init__(self, indent: Optional[int] = None, tokens: bool = False):
        self.indent = indent
        self.exclude = None if tokens else {"tokens"}

    def __call__(self, doc) -> str:
        return doc.model_dump_json(indent=self.indent, exclude=self.exclude)


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


def open_output(path: Optional[str], signals: StopSignals, *, single: bool,
                indent: Optional[int] = None, tokens: bool = False):
    """The output for ``-o path`` (None or ``-``: standard output): the Document
    (``single``) or JSON lines.

    :raises OutputError: ``path`` cannot be written safely.
    """
    if single:
        return DocumentOutput(path, signals, indent, tokens)
    return JsonlOutput(path, signals, tokens)
