"""Dask: annotate a Dask DataFrame or bag of articles, on one machine or a cluster.

    >>> import dask.dataframe as dd
    >>> from bangla_news_nlp.dask import annotate_frame
    >>> articles = dd.read_json("news/*.jsonl", lines=True)        # doctest: +SKIP
    >>> mentions = annotate_frame(articles, text_column="text", id_column="id")  # lazy
    >>> mentions.to_parquet("mentions/")                          # doctest: +SKIP

Needs ``pip install 'bangla-news-nlp[dask]'`` (``dask[dataframe]`` and ``distributed``); this
module is the only one that imports Dask, and ``import bangla_news_nlp`` does not import it.

Each worker process builds one pipeline for a given configuration and keeps it (a
process-level cache keyed by the configuration, :func:`bangla_news_nlp.parallel.pipeline_for`),
whatever the number of partitions it annotates.  Your gazetteer files travel with the task graph
as bytes (read when you call :func:`annotate_frame`), so a worker on another machine, which cannot
read your paths, builds the same index.

**Results.**  One row per mention: the article's id, the columns of
:data:`bangla_news_nlp.views.records.COLUMNS` (exactly as
:func:`bangla_news_nlp.to_dataframe` types them) and :data:`ERROR_COLUMN`.  The frame's index is
the article's index, repeated for each of its mentions (so the input's divisions still hold).

**Bad input is reported, never fatal.**  A text that is not a str (None, NaN, a number, bytes)
gives one row with ``kind = "error"``, ``start = end = -1``, every other column ``<NA>`` and
the message in ``error``: ``text is NoneType, not str``; so does a reference date that cannot be
read (``reference date 'yesterday' is not an ISO 8601 date``), and the article is then
annotated as if the cell were empty (against ``reference_date``, else its publication line).  Select them with
``mentions[mentions.kind == "error"]``.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping
from typing import Any, Dict, Iterable, List, Optional, Tuple

try:  # the real Dask: imports are absolute, this module's own name does not shadow it
    import dask
    import dask.bag as _db
    import dask.dataframe as _dd
    import pandas as _pd
except ImportError as exc:  # pragma: no cover (the [dask] extra is in [test])
    raise ImportError(
        "bangla_news_nlp.dask needs Dask, which bangla-news-nlp does not install by default: "
        f"pip install 'bangla-news-nlp[dask]' ({exc})"
    ) from None

from .parallel import PipelineSpec, pipeline_for, spec_of_options
from .pipeline import Pipeline
from .views.records import COLUMNS, frame, records

__all__ = ["annotate_frame", "annotate_bag", "ERROR_COLUMN", "ERROR"]

#: The column (and record key) with the message of an error row; ``<NA>`` on mention rows.
ERROR_COLUMN = "error"
#: The ``kind`` of an error row.
ERROR = "error"


# -------------------------------------------------------------------------- one article
def _describe(value: Any) -> str:
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if value is _pd.NA:
        return "NA"
    return type(value).__name__


def _missing(value: Any) -> bool:
    if value is None or value is _pd.NA or value is _pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _reference(value: Any) -> Tuple[Optional[_dt.date], Optional[str]]:
    """A reference date from a cell: ``(date, None)``, ``(None, None)`` when the cell is
    empty, or ``(None, message)`` when it cannot be read."""
    if _missing(value):
        return None, None
    if isinstance(value, _pd.Timestamp) or type(value).__name__ == "datetime64":
        ts = _pd.Timestamp(value)
        if ts is _pd.NaT:
            return None, None
        if ts.tzinfo is None and ts == ts.normalize():
            return ts.date(), None  # a datetime64 column holds dates as midnights
        return ts.to_pydatetime(), None
    if isinstance(value, _dt.date):
        return value, None
    if isinstance(value, str):
        text = value.strip()
        try:
            if "T" in text or "t" in text or " " in text:
                if text[-1:] in ("Z", "z"):
                    text = text[:-1] + "+00:00"
                return _dt.datetime.fromisoformat(text), None
            return _dt.date.fromisoformat(text), None
        except ValueError:
            return None, f"reference date {value!r} is not an ISO 8601 date"
    return None, f"reference date is {_describe(value)}, not a date or an ISO 8601 string"


def _error_row(message: str) -> Dict[str, Any]:
    row: Dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(kind=ERROR, start=-1, end=-1)
    row[ERROR_COLUMN] = message
    return row


def _article_rows(nlp: Any, text: Any, date_value: Any = None) -> List[Dict[str, Any]]:
    """The mention rows of one article (and its error rows), never raising for bad input."""
    ref, problem = _reference(date_value)
    errors = [] if problem is None else [_error_row(problem)]
    if not isinstance(text, str):
        return [_error_row(f"text is {_describe(text)}, not str")] + errors
    try:
        doc = nlp.annotate(text, ref)
    except Exception as exc:  # a bug of ours must not lose the rest of the archive
        return [_error_row(f"{type(exc).__name__}: {exc}")] + errors
    rows = records(doc)
    for r in rows:
        r[ERROR_COLUMN] = None
    return rows + errors


# -------------------------------------------------------------------------- DataFrames
def _empty(id_column: str, id_dtype: Any) -> Any:
    """The meta: no rows, the columns and dtypes of every partition's result."""
    return _table([], [], id_column, id_dtype, _pd.RangeIndex(0))


def _table(rows: List[Dict[str, Any]], ids: List[Any], id_column: str, id_dtype: Any,
           index: Any) -> Any:
    df = frame(rows, COLUMNS)  # the dtypes of to_dataframe
    df.index = index
    df.insert(0, id_column, _pd.Series(ids, index=index, dtype=id_dtype))
    df[ERROR_COLUMN] = _pd.Series([r[ERROR_COLUMN] for r in rows], index=index, dtype="string")
    return df


def _annotate_partition(part: Any, spec: PipelineSpec, text_column: str, id_column: str,
                        date_column: Optional[str], id_dtype: Any) -> Any:
    nlp = pipeline_for(spec, Pipeline)
    texts = part[text_column].tolist()
    ids = part[id_column].tolist()
    dates = part[date_column].tolist() if date_column is not None else [None] * len(texts)
    rows: List[Dict[str, Any]] = []
    row_ids: List[Any] = []
    at: List[int] = []
    for k, (ident, text, when) in enumerate(zip(ids, texts, dates)):
        got = _article_rows(nlp, text, when)
        rows.extend(got)
        row_ids.extend([ident] * len(got))
        at.extend([k] * len(got))
    return _table(rows, row_ids, id_column, id_dtype, part.index[at])


def _check_name(kind: str, name: Any, columns: Iterable[str]) -> None:
    if name not in list(columns):
        raise ValueError(f"annotate_frame(): no {kind} {name!r}; the columns are: "
                         f"{', '.join(map(str, columns))}")


def annotate_frame(
    ddf: Any,
    text_column: str = "text",
    id_column: str = "id",
    reference_date: Optional[_dt.date] = None,
    date_column: Optional[str] = None,
    **pipeline_options: Any,
) -> Any:
    """The mentions of a Dask DataFrame of articles, as a lazy Dask DataFrame.

    Nothing is computed here: ``meta`` (the result's columns and dtypes) is declared, so
    ``.compute()``, ``.to_parquet(...)`` or ``.persist()`` run the annotation.

    :param ddf: a ``dask.dataframe.DataFrame`` with a text column and an id column.
    :param text_column: the column with each article's text.
    :param id_column: the article's id, copied to each of its mention rows (first column).
    :param reference_date: what relative dates are resolved against, for every article (a
        ``datetime.date`` or ``datetime.datetime``).
    :param date_column: a column with each article's own reference date (an ISO 8601 string,
        a ``date``, a ``datetime``, a pandas ``Timestamp``; a naive Timestamp at midnight is
        read as a date); an empty cell falls back to ``reference_date``; a cell that cannot be
        read gives an error row, and the article is annotated as if the cell were empty.
    :param pipeline_options: keyword arguments of :class:`~bangla_news_nlp.Pipeline`
        (``gazetteers``, ``default_gazetteers``, ``lang``, ``disable``, ``cache``, ``model``,
        ``crf_model``, ``allow_pickle``): gazetteer files are read now and sent to the workers
        as bytes.
    :returns: a Dask DataFrame with ``id_column``, the columns of
        :data:`~bangla_news_nlp.views.records.COLUMNS` and ``error`` (see the module's
        docstring for error rows).
    :raises TypeError: ``ddf`` is not a Dask DataFrame, or an option is unknown or of the
        wrong type.
    :raises ValueError: a column is missing, or ``id_column`` is one of the result's columns.
    :raises GazetteerError: a gazetteer file cannot be read.
    """
    if not isinstance(ddf, _dd.DataFrame):
        raise TypeError(f"annotate_frame() needs a dask.dataframe.DataFrame, not "
                        f"{type(ddf).__name__}" + ("; use annotate_bag() for a bag"
                                                   if isinstance(ddf, _db.Bag) else ""))
    columns = list(ddf.columns)
    _check_name("text column", text_column, columns)
    _check_name("id column", id_column, columns)
    if date_column is not None:
        _check_name("date column", date_column, columns)
    if id_column in COLUMNS or id_column == ERROR_COLUMN:
        raise ValueError(f"annotate_frame(): the id column cannot be named {id_column!r}, a "
                         "column of the result; rename it first")
    spec = _spec(reference_date, pipeline_options, "annotate_frame")
    id_dtype = ddf.dtypes[id_column]
    meta = _empty(id_column, id_dtype)
    return ddf.map_partitions(
        _annotate_partition, _shared(spec), text_column, id_column, date_column, id_dtype,
        meta=meta, align_dataframes=False)


def _spec(reference_date: Any, options: Dict[str, Any], caller: str) -> PipelineSpec:
    try:
        return spec_of_options(reference_date=reference_date, **options)
    except TypeError as exc:
        raise TypeError(f"{caller}(): {exc}") from None


def _shared(spec: PipelineSpec) -> Any:
    """The spec as one task of the graph, that every partition's task depends on: it is sent
    to each worker once, not once per partition."""
    return dask.delayed(spec, name=f"bangla-news-nlp-pipeline-{spec.key[:16]}", pure=True)


# -------------------------------------------------------------------------------- bags
def _annotate_records(part: Iterable[Any], spec: PipelineSpec, text_field: str, id_field: str,
                      date_field: Optional[str]) -> List[Dict[str, Any]]:
    nlp = pipeline_for(spec, Pipeline)
    out: List[Dict[str, Any]] = []
    for record in part:
        if not isinstance(record, Mapping):
            out.append({id_field: None,
                        **_error_row(f"record is {_describe(record)}, not a dict")})
            continue
        ident = record.get(id_field)
        if text_field not in record:
            out.append({id_field: ident, **_error_row(f"record has no field {text_field!r}")})
            continue
        when = record.get(date_field) if date_field is not None else None
        out.extend({id_field: ident, **row}
                   for row in _article_rows(nlp, record[text_field], when))
    return out


def annotate_bag(
    bag: Any,
    text_field: str = "text",
    id_field: str = "id",
    reference_date: Optional[_dt.date] = None,
    date_field: Optional[str] = None,
    **pipeline_options: Any,
) -> Any:
    """The mentions of a Dask bag of article records (dicts, as
    ``dask.bag.read_text("news/*.jsonl").map(json.loads)`` gives), as a lazy bag of mention
    records: dicts with ``id_field``, the keys of :data:`~bangla_news_nlp.views.records.COLUMNS`
    and ``error``.

    A record that is not a dict, has no ``text_field``, or whose text is not a str gives an
    error record (``kind = "error"``, the message in ``error``), as in
    :func:`annotate_frame`; options as there (``date_field`` for each record's own reference
    date).

    :raises TypeError: ``bag`` is not a Dask bag, or an option is unknown.
    :raises GazetteerError: a gazetteer file cannot be read.
    """
    if not isinstance(bag, _db.Bag):
        raise TypeError(f"annotate_bag() needs a dask.bag.Bag, not {type(bag).__name__}"
                        + ("; use annotate_frame() for a DataFrame"
                           if isinstance(bag, _dd.DataFrame) else ""))
    if id_field in COLUMNS or id_field == ERROR_COLUMN:
        raise ValueError(f"annotate_bag(): the id field cannot be named {id_field!r}, a key of "
                         "the result")
    spec = _spec(reference_date, pipeline_options, "annotate_bag")
    return bag.map_partitions(_annotate_records, _shared(spec), text_field, id_field, date_field)
