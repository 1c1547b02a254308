"""The result of annotate(): the text with its entities and dates (a pydantic model).

Its views (people, places, organisations, flat records, the HTML view, the spaCy ``Doc``) are
computed on demand by the modules of ``views/`` and ``integrations/``, which read the models of
``models.py`` and never this module.
"""

from __future__ import annotations

import datetime as _dt
from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Tuple, Union

import regex
from pydantic import (Field, computed_field, field_serializer, field_validator,
                      model_validator)

from .models import _FROZEN, DateMention, Entity, Label, Sentence, Token, _count, _JsonModel

if TYPE_CHECKING:  # pragma: no cover
    from .views.summary import EntitySummary

__all__ = ["Document", "to_dataframe"]

# a UTC offset with a fraction of a second, as datetime.isoformat writes one (+00:00:00.000001)
_FRACTIONAL_OFFSET = regex.compile(r"([+-])([0-9]{2}):([0-9]{2}):([0-9]{2})\.([0-9]{1,6})$")


class Document(_JsonModel):
    """The result of annotate(): the text, and the entities and dates found in it."""

    model_config = _FROZEN

    text: str = Field(description="The original input, unchanged.")
    entities: Tuple[Entity, ...] = ()
    """The entity mentions, in text order; they never overlap each other."""
    dates: Tuple[DateMention, ...] = ()
    """The date and time mentions, in text order; they never overlap each other."""
    reference_date: Optional[_dt.date | _dt.datetime] = Field(
        default=None,
        description="The date relative expressions were resolved against: the caller's "
        "reference_date, else the article's publication line, else None.",
    )

    @field_validator("reference_date", mode="before")
    @classmethod
    def _read_reference_date(cls, value: Any) -> Any:
        # From JSON, pydantic's union would read "2025-12-24T00:00:00" (a datetime at midnight)
        # as a date, and its datetime parser drops the seconds of a UTC offset: an ISO string
        # with a time is read as a datetime, one without as a date, by the standard library.
        if not isinstance(value, str):
            return value
        text = value.strip()
        try:
            if "T" in text or "t" in text or " " in text:
                if text[-1:] in ("Z", "z"):  # Python 3.10's fromisoformat does not read Z
                    text = text[:-1] + "+00:00"
                m = _FRACTIONAL_OFFSET.search(text)
                if m is not None:  # fromisoformat drops the microseconds of an offset
                    sign, h, mi, sec, frac = m.groups()
                    offset = _dt.timedelta(hours=int(h), minutes=int(mi), seconds=int(sec),
                                           microseconds=int(frac.ljust(6, "0")))
                    naive = _dt.datetime.fromisoformat(text[: m.start()])
                    return naive.replace(tzinfo=_dt.timezone(-offset if sign == "-" else offset))
                return _dt.datetime.fromisoformat(text)
            return _dt.date.fromisoformat(text)
        except ValueError:
            return value  # not ISO 8601 as Python writes it: pydantic's parsers decide

    @field_serializer("reference_date", mode="wrap", when_used="json")
    def _write_reference_date(self, value: Any, handler: Any):  # type: ignore[no-untyped-def]
        # pydantic writes a UTC offset in whole minutes (+00:53 for +00:53:28): the standard
        # library's ISO form keeps the seconds.  (No return annotation: with one, the JSON
        # schema would describe it instead of the field's date / date-time.)
        if isinstance(value, _dt.datetime):
            offset = value.utcoffset()
            if offset is not None and offset % _dt.timedelta(minutes=1):
                return value.isoformat()
        return handler(value)

    @model_validator(mode="before")
    @classmethod
    def _drop_computed(cls, data):
        # ``tokens`` and ``sentences`` are derived from ``text``; a dumped Document carries
        # them, so accept and recompute them rather than reject them.
        if isinstance(data, dict) and ("tokens" in data or "sentences" in data):
            data = {k: v for k, v in data.items() if k not in ("tokens", "sentences")}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @cached_property
    def tokens(self) -> Tuple[Token, ...]:
        """The tokens of the text (computed on first access; tokenisation is deterministic)."""
        from .text.tokenize import tokens_of

        return tokens_of(self.text)

    @computed_field  # type: ignore[prop-decorator]
    @cached_property
    def sentences(self) -> Tuple[Sentence, ...]:
        """The sentences (and lines) of the text (computed on first access)."""
        from .text.tokenize import sentences_of

        return sentences_of(self.text)

    @model_validator(mode="after")
    def _check_offsets(self) -> "Document":
        n = len(self.text)
        for group in (self.entities, self.dates):
            for span in group:
                if span.end > n or self.text[span.start : span.end] != span.text:
                    raise ValueError(
                        f"{type(span).__name__} {span.text!r} at {span.start}-{span.end} "
                        "does not match the document text"
                    )
        return self

    # How it shows: short, like a spaCy Doc (the whole model is model_dump()) ---------
    def __repr_args__(self):  # type: ignore[no-untyped-def]
        # Document(2,153 chars, 44 entities, 3 dates)
        yield None, _count(len(self.text), "char", "chars")
        yield None, _count(len(self.entities), "entity", "entities")
        yield None, _count(len(self.dates), "date", "dates")

    def __str__(self) -> str:
        """The text, as ``str()`` of a spaCy ``Doc``."""
        return self.text

    # Convenience views -------------------------------------------------------------
    def entities_of(self, *labels: Label | str) -> Tuple[Entity, ...]:
        """The entities with one of the given labels: ``doc.entities_of("GPE", Label.LOC)``."""
        wanted = {Label(lab) for lab in labels}
        return tuple(e for e in self.entities if e.label in wanted)

    def to_spacy(self, nlp=None, **options):
        """This result as a spaCy ``Doc``: tokenised by ``nlp``'s tokenizer (no pipeline
        components run; ``spacy.blank("bn")`` when None), with ``doc.ents`` and the ``Span._``
        attributes set.  Needs ``pip install 'bangla-news-nlp[spacy]'``; ``options`` and the
        alignment rule are in docs/spacy.md."""
        from .integrations.spacy_doc import document_to_doc

        return document_to_doc(self, nlp, **options)

    # Summaries, flat records and the HTML view: computed on demand, never serialised (the
    # logic is in summary.py, records.py and display.py) ----------------------------------
    @cached_property
    def people(self) -> "Tuple[EntitySummary, ...]":
        """One :class:`~bangla_news_nlp.summary.EntitySummary` per person, with the roles
        written with the name (রুশ প্রেসিডেন্ট → প্রেসিডেন্ট of Russia)."""
        from .views.summary import PEOPLE, summarize

        return summarize(self, PEOPLE)

    @cached_property
    def places(self) -> "Tuple[EntitySummary, ...]":
        """One summary per place (GPE and LOC mentions)."""
        from .views.summary import PLACES, summarize

        return summarize(self, PLACES)

    @cached_property
    def organizations(self) -> "Tuple[EntitySummary, ...]":
        """One summary per organisation (ORG mentions)."""
        from .views.summary import ORGANIZATIONS, summarize

        return summarize(self, ORGANIZATIONS)

    def to_records(self) -> "List[Dict[str, Any]]":
        """Entities and dates as flat rows (dicts with the columns of
        :data:`bangla_news_nlp.records.COLUMNS`), in text order."""
        from .views.records import records

        return records(self)

    def to_dataframe(self) -> Any:
        """:meth:`to_records` as a pandas DataFrame (needs ``pip install
        'bangla-news-nlp[pandas]'``)."""
        from .views.records import COLUMNS, frame, records

        return frame(records(self), COLUMNS)

    def _repr_html_(self) -> str:
        """The text with entities and dates highlighted (Jupyter calls this)."""
        from .views.display import render_html

        return render_html(self)


def to_dataframe(
    docs: Union[Document, Iterable[Document]],
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
    from .views.records import COLUMNS, frame, records

    if isinstance(docs, Document):
        if ids is not None:
            raise TypeError("ids is only for an iterable of documents, not for one Document")
        return frame(records(docs), COLUMNS)
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
    return frame(rows, ["doc_id", *COLUMNS])
