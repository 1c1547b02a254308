"""Texts to annotate, one record at a time: a UTF-8 text file, a JSONL file, a folder of
``.txt`` files.

Every reader yields :class:`Record` (a text to annotate) or :class:`Bad` (a record that
cannot be annotated, with its file, line and what is wrong) and never raises for a bad
record, so that one bad line cannot stop a batch.  Only an input that cannot be opened at
all raises (:class:`~bangla_news_nlp.errors.InputError`).

Limits: a record is read in a bounded way.  A JSONL line or a text file longer than
``max_bytes`` is reported and skipped without being loaded whole (the rest of the line is
read and dropped in small pieces).  A line nested too deeply, a number out of range,
``NaN``/``Infinity`` and unpaired surrogates are bad records like any other.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
from typing import Any, Callable, Dict, Iterator, Optional, Tuple, Union

from ..errors import InputError

__all__ = [
    "Bad",
    "DEFAULT_MAX_RECORD_BYTES",
    "Item",
    "JsonLineError",
    "NotUtf8",
    "Record",
    "decode_utf8",
    "has_txt_files",
    "parse_json_line",
    "read_folder",
    "read_jsonl",
    "read_text",
    "txt_files",
]

#: the default size limit of one record: 10 MiB of a JSONL line or a text file
DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024

BOM = b"\xef\xbb\xbf"
_DRAIN = 1 << 16  #: bytes read at a time while an over-long line is dropped

ReferenceDate = Union[_dt.date, _dt.datetime, None]


# --------------------------------------------------------------------------- records
class Record:
    """One text to annotate, with what the output carries besides the Document."""

    __slots__ = ("source", "line", "id", "fields", "text", "reference_date", "pos")

    def __init__(self, source: str, line: Optional[int], id: Any, fields: Dict[str, Any],
                 text: Optional[str], reference_date: ReferenceDate = None, pos: int = 0):
        self.source = source
        self.line = line
        self.id = id
        self.fields = fields
        self.text = text
        self.reference_date = reference_date
        self.pos = pos  # progress: bytes (JSONL) or files (folder) read up to this record

    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


class Bad:
    """A record that cannot be annotated, and why."""

    __slots__ = ("source", "line", "message", "pos")

    def __init__(self, source: str, line: Optional[int], message: str, pos: int = 0):
        self.source = source
        self.line = line
        self.message = message
        self.pos = pos

    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __repr__(self) -> str:
        return f"Bad({self.where()}: {self.message})"


Item = Union[Record, Bad]


# --------------------------------------------------------------------------- text
class NotUtf8(ValueError):
    """Bytes that are not UTF-8: ``line`` (1-based) and ``byte`` (0-based offset in the
    data) say where."""

    def __init__(self, line: int, byte: int):
        self.line = line
        self.byte = byte
        super().__init__(f"not valid UTF-8 (byte {byte}); convert the file to UTF-8 first")


def decode_utf8(data: bytes) -> str:
    """The text of a UTF-8 file's bytes, without a leading byte order mark.

    :raises NotUtf8: with the line and byte of the first bad byte (counted in ``data``,
        the byte order mark included).
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start + (len(BOM) if data.startswith(BOM) else 0)
        raise NotUtf8(data[:start].count(b"\n") + 1, start) from None


def _too_big(size: Optional[int], limit: int) -> str:
    have = f"{size:,} bytes" if size is not None else "larger"
    return f"{have}, over the limit of {limit:,} bytes per record"


def _read_bounded(fh, limit: Optional[int]) -> Tuple[Optional[bytes], Optional[int]]:
    """``(data, None)``, or ``(None, size or None)`` when there are more than ``limit`` bytes
    (only ``limit + 1`` of them are read)."""
    if limit is None:
        return fh.read(), None
    data = fh.read(limit + len(BOM) + 1)
    size = len(data) - (len(BOM) if data.startswith(BOM) else 0)
    if size <= limit:
        return data, None
    try:
        total = os.fstat(fh.fileno()).st_size
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is both
        total = None
    if total is not None and total < len(data):  # a pipe or a growing file
        total = None
    return None, total


def read_text(fh, source: str, reference_date: ReferenceDate = None,
              max_bytes: Optional[int] = DEFAULT_MAX_RECORD_BYTES, pos: int = 0) -> Item:
    """The one record of a text file opened in binary mode: its whole text (a byte order
    mark dropped), or :class:`Bad` when it is not UTF-8 (with the line) or larger than
    ``max_bytes`` (None: no limit)."""
    data, size = _read_bounded(fh, max_bytes)
    if data is None:
        return Bad(source, None, _too_big(size, max_bytes), pos)
    try:
        text = decode_utf8(data)
    except NotUtf8 as exc:
        return Bad(source, exc.line, str(exc), pos)
    return Record(source, None, None, {}, text, reference_date, pos)


# --------------------------------------------------------------------------- JSON lines
class JsonLineError(ValueError):
    """A line that is not one JSON value we accept; ``reason`` says why (the message is
    ``not valid JSON: REASON``)."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(f"not valid JSON: {reason}")


def _no_constant(name: str):
    raise ValueError(f"{name} is not allowed in JSON")


def _finite(s: str) -> float:
    value = float(s)
    if math.isinf(value):
        raise ValueError(f"the number {s[:20]}{'…' if len(s) > 20 else ''} is out of range")
    return value


_MAX_DIGITS = 4300  # Python's own limit for int(str); checked here for a clear message


def _integer(s: str) -> int:
    if len(s.lstrip("-")) > _MAX_DIGITS:
        raise ValueError(f"an integer of {len(s.lstrip('-')):,} digits is too long")
    return int(s)


def parse_json_line(line: str) -> Any:
    """One line of JSONL as a Python value.

    Stricter than :func:`json.loads`: ``NaN``, ``Infinity`` and numbers that overflow to
    infinity (``1e999``) are refused, so whatever is read can be written back as JSON.

    :raises JsonLineError: not valid JSON (with the column, counted in characters of the
        line), nested too deeply, or a number out of range.
    """
    try:
        return json.loads(line, parse_constant=_no_constant, parse_float=_finite,
                          parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise JsonLineError(f"{exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise JsonLineError("nested too deeply") from None
    except ValueError as exc:  # from the hooks above
        raise JsonLineError(str(exc)) from None


def json_type(value: Any) -> str:
    """``a number``, ``an array`` …: the JSON type of a parsed value, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string"


def _shown(value: Any, width: int = 40) -> str:
    """A JSON value as it appeared in the input, cut to ``width`` characters."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def _surrogate(s: str) -> Optional[str]:
    """The first unpaired surrogate in ``s`` (from a \\udXXX escape), if any."""
    try:
        s.encode("utf-8")
        return None
    except UnicodeEncodeError as exc:
        return f"\\u{ord(s[exc.start]):04x}"


def _lines(fh, limit: Optional[int]) -> Iterator[Tuple[Optional[bytes], int, int]]:
    """``(line, its size, bytes read so far)`` for each line of a binary stream; ``line`` is
    None for a line longer than ``limit`` bytes (line end not counted), which is read and
    dropped in pieces of 64 KiB, never held whole."""
    pos = 0
    if limit is None:
        for raw in fh:
            pos += len(raw)
            yield raw, len(raw), pos
        return
    while True:
        raw = fh.readline(limit + 2)
        if not raw:
            return
        pos += len(raw)
        if raw.endswith(b"\n"):
            size = len(raw) - (2 if raw.endswith(b"\r\n") else 1)
            yield (raw if size <= limit else None), size, pos
            continue
        if len(raw) <= limit:  # the last line, without a line end
            yield raw, len(raw), pos
            return
        size, last = len(raw), raw
        while True:  # drop the rest of the line, counting it
            piece = fh.readline(_DRAIN)
            pos += len(piece)
            size += len(piece)
            if not piece:
                break
            if piece.endswith(b"\n"):  # the line end is not counted, \r\n or \n
                crlf = piece.endswith(b"\r\n") or (piece == b"\n" and last.endswith(b"\r"))
                size -= 2 if crlf else 1
                break
            last = piece
        yield None, size, pos
        if not piece:
            return


def read_jsonl(fh, source: str, text_field: str = "text", id_field: str = "id",
               date_field: Optional[str] = None, reference_date: ReferenceDate = None,
               parse_date: Optional[Callable[[str], ReferenceDate]] = None,
               max_bytes: Optional[int] = DEFAULT_MAX_RECORD_BYTES) -> Iterator[Item]:
    """Records of a JSONL stream opened in binary mode, one line at a time.

    Blank lines are skipped silently; every other line yields a :class:`Record` or a
    :class:`Bad` naming the line.  A UTF-8 byte order mark at the start of a line is
    ignored (files joined with ``cat`` may carry one on any line).  A record's reference
    date is its ``date_field`` parsed by ``parse_date`` (which raises ValueError for a bad
    value) when it has one, else ``reference_date``.  A line over ``max_bytes`` bytes is
    bad (None: no limit).
    """
    if date_field is not None and parse_date is None:
        raise TypeError("read_jsonl: date_field needs parse_date")
    for number, (raw, size, pos) in enumerate(_lines(fh, max_bytes), 1):
        if raw is None:
            yield Bad(source, number, _too_big(size, max_bytes), pos)
            continue
        skip = len(BOM) if raw.startswith(BOM) else 0
        if not raw[skip:].strip():
            continue
        try:
            line = raw[skip:].decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Bad(source, number, f"not valid UTF-8 (byte {skip + exc.start + 1} of the "
                                      "line)", pos)
            continue
        try:
            rec = parse_json_line(line)
        except JsonLineError as exc:
            yield Bad(source, number, str(exc), pos)
            continue
        if not isinstance(rec, dict):
            yield Bad(source, number, f"not a JSON object but {json_type(rec)}", pos)
            continue
        if text_field not in rec:
            yield Bad(source, number, f'no "{text_field}" field', pos)
            continue
        text = rec[text_field]
        if not isinstance(text, str):
            yield Bad(source, number,
                      f'field "{text_field}" is {json_type(text)}, not a string', pos)
            continue
        ref: ReferenceDate = reference_date
        if date_field is not None and rec.get(date_field) is not None:
            value = rec[date_field]
            if not isinstance(value, str):
                yield Bad(source, number, f'field "{date_field}" is not an ISO date string '
                                          f"but {json_type(value)}: {_shown(value)}", pos)
                continue
            try:
                ref = parse_date(value)
            except ValueError as exc:
                yield Bad(source, number, f'field "{date_field}" is {exc}', pos)
                continue
        fields = {k: v for k, v in rec.items() if k != text_field and k != id_field}
        try:
            bad = _surrogate(text) or _surrogate(json.dumps([rec.get(id_field), fields],
                                                             ensure_ascii=False))
        except RecursionError:  # parsed, but too deep to write back
            yield Bad(source, number, str(JsonLineError("nested too deeply")), pos)
            continue
        if bad:
            yield Bad(source, number, f"has an unpaired surrogate ({bad}), which is not text",
                      pos)
            continue
        yield Record(source, number, rec.get(id_field), fields, text, ref, pos)


# --------------------------------------------------------------------------- folders
def txt_files(folder: str, rel: str = "") -> Iterator[str]:
    """The ``.txt`` files under ``folder``, relative to it, in name order, a subfolder's
    files where its name sorts (read lazily, one folder listing at a time).  Hidden files
    and folders, and links to folders, are left out."""
    with os.scandir(os.path.join(folder, rel) if rel else folder) as it:
        entries = sorted((e.name, e.is_dir(follow_symlinks=False), e.is_file()) for e in it)
    for name, is_dir, is_file in entries:
        if name.startswith("."):
            continue
        path = os.path.join(rel, name) if rel else name
        if is_dir:
            yield from txt_files(folder, path)
        elif is_file and name.endswith(".txt"):
            yield path


def has_txt_files(folder: str) -> bool:
    """Whether ``folder`` holds a ``.txt`` file (stops at the first one).

    :raises InputError: the folder cannot be listed.
    """
    try:
        return next(txt_files(folder), None) is not None
    except OSError as exc:
        raise InputError(f"cannot read {folder}: {exc.strerror or exc}") from exc


def read_folder(folder: str, reference_date: ReferenceDate = None,
                max_bytes: Optional[int] = DEFAULT_MAX_RECORD_BYTES) -> Iterator[Item]:
    """One record per ``.txt`` file under ``folder`` (subfolders included, hidden ones not),
    in sorted path order, each read as :func:`read_text` reads it; its ``id`` is the path
    relative to ``folder``."""
    for n, rel in enumerate(txt_files(folder), 1):
        path = os.path.join(folder, rel)
        try:
            with open(path, "rb") as fh:
                item = read_text(fh, path, reference_date, max_bytes, n)
        except OSError as exc:
            yield Bad(path, None, f"cannot read: {exc.strerror or exc}", n)
            continue
        if isinstance(item, Record):
            item.id = rel.replace(os.sep, "/")
        yield item
