"""A Parquet file written the way :class:`~.writer.LineWriter` writes lines: into ``OUT.part``
(opened by :func:`~.writer.open_part`, never through a link), renamed to ``OUT`` only when
complete, stop signals held off while a row group is written.

Rows are buffered and written as a row group every ``row_group_rows`` rows, so memory stays
the same however long the input is.  A run that stops part way closes ``OUT.part`` properly
(its footer written), so it can be read with the row groups finished so far; a process
killed outright leaves an ``OUT.part`` without a footer, which Parquet readers refuse.

Needs pyarrow (``pip install 'bangla-news-nlp[parquet]'``), imported only here.
"""

from __future__ import annotations

import os
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .writer import StopSignals, held, open_part, sync_folder

__all__ = ["ParquetWriter", "ROW_GROUP_ROWS"]

ROW_GROUP_ROWS = 10_000  #: rows buffered before they are written as one row group

_INSTALL_HINT = "pip install 'bangla-news-nlp[parquet]'"


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ImportError(f"writing Parquet needs pyarrow ({exc}); install it with "
                          f"{_INSTALL_HINT}") from None
    return pyarrow


class ParquetWriter:
    """Rows with the columns ``columns`` — ``(name, type)``, the type ``"string"``,
    ``"int64"`` or ``"bool"``, every column nullable — into the Parquet file ``path``."""

    def __init__(self, path: str, columns: Sequence[Tuple[str, str]],
                 signals: Optional[StopSignals] = None, row_group_rows: int = ROW_GROUP_ROWS):
        pa = _pyarrow()
        types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_()}
        self.schema = pa.schema([(name, types[kind]) for name, kind in columns])
        self.path = path
        self.signals = signals
        self.row_group_rows = max(1, row_group_rows)
        self.rows: List[Dict[str, Any]] = []
        self.count = 0  # rows written to the file
        self.part, fd = open_part(path)
        self.file = os.fdopen(fd, "wb")
        try:
            self.writer = pa.parquet.ParquetWriter(self.file, self.schema)
        except BaseException:
            self.file.close()
            os.unlink(self.part)
            raise

    def write_rows(self, rows: List[Dict[str, Any]]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= self.row_group_rows:
            self.flush()

    def flush(self, check: bool = True) -> None:
        """Write the buffered rows as one row group (a stop signal that arrives meanwhile is
        raised after it, unless not ``check``)."""
        if not self.rows:
            return
        pa = _pyarrow()
        table = pa.Table.from_pylist(self.rows, schema=self.schema)
        with held(self.signals, check):
            try:
                self.writer.write_table(table)
            except pa.ArrowException as exc:
                if isinstance(exc, OSError):
                    raise
                raise OSError(f"cannot write {self.part}: {exc}") from exc
            self.count += len(self.rows)
            self.rows = []

    def commit(self) -> None:
        """Write what is left and the footer, and rename ``PATH.part`` to ``PATH``."""
        self.flush()
        with held(self.signals, check=False):
            self.writer.close()
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            os.replace(self.part, self.path)
            self.part = None
            sync_folder(self.path)

    def abandon(self) -> None:
        """Stop without touching ``PATH``: ``PATH.part`` gets the rows so far and its footer
        where it still can (after a write error it may be left unreadable)."""
        if self.part is None:
            return
        try:
            self.flush(check=False)
            self.writer.close()
        except Exception:  # a full disk: nothing more can be done for OUT.part
            pass
        try:
            self.file.close()
        except OSError:
            pass
