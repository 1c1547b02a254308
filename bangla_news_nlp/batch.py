"""Annotate many texts: :func:`annotate_many` yields one Document per text, lazily."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable as _Iterable
from typing import TYPE_CHECKING, Iterable, Iterator, Optional, Union

from .models import Document

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline

__all__ = ["annotate_many"]


def annotate_many(
    texts: Iterable[str],
    reference_date: Union[_dt.date, _dt.datetime, None] = None,
    *,
    pipeline: Optional["Pipeline"] = None,
) -> Iterator[Document]:
    """Annotate each text of ``texts`` (any iterable of str: a list, a file's lines, a
    generator), yielding Documents one at a time in the same order.

    >>> for doc in annotate_many(["ঢাকায় বৃষ্টি।", "রুশ প্রেসিডেন্ট পুতিন বলেন …"]):
    ...     print(len(doc.entities))  # doctest: +SKIP

    Texts are read and annotated only as the result is iterated, so a stream of any length
    takes the memory of one document at a time.

    :param reference_date: what relative dates are resolved against, for every text (else
        each text's own publication line; see :func:`bangla_news_nlp.annotate`).
    :param pipeline: the :class:`~bangla_news_nlp.Pipeline` to use (default: the one
        :func:`~bangla_news_nlp.annotate` uses).
    :raises TypeError: at once for ``texts`` that is a single str or bytes or not iterable,
        or a bad ``reference_date``; while iterating, for an item that is not a str, naming
        its index (items before it have been yielded).
    """
    from .pipeline import _check_reference

    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(
            f"annotate_many() needs an iterable of str, not a single {type(texts).__name__}; "
            "use annotate(text) for one text, or wrap it in a list"
        )
    if not isinstance(texts, _Iterable):
        raise TypeError(f"annotate_many() needs an iterable of str, not {type(texts).__name__}")
    reference_date = _check_reference(reference_date)
    return _annotate_each(texts, reference_date, pipeline)


def _annotate_each(texts, reference_date, pipeline) -> Iterator[Document]:
    if pipeline is None:
        from .pipeline import default_pipeline

        pipeline = default_pipeline()
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            hint = "; decode it first, e.g. data.decode('utf-8')" \
                if isinstance(text, (bytes, bytearray, memoryview)) else ""
            raise TypeError(
                f"annotate_many(): item {i} is {type(text).__name__}, not str{hint}"
            )
        yield pipeline.annotate(text, reference_date)
