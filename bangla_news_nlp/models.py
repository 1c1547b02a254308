"""The typed results of annotation: every public model lives here.

All models are immutable pydantic v2 models.  Offsets (``start``/``end``) are
Python string indices into the caller's original text, so for every span
``doc.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import datetime as _dt
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

if TYPE_CHECKING:  # pragma: no cover
    from .summary import EntitySummary


class Label(str, Enum):
    """Entity types (OntoNotes-style names).

    What each type covers, with examples and borderline cases: docs/labels.md.
    """

    PERSON = "PERSON"
    """People, real or fictional."""
    ORG = "ORG"
    """Organisations: agencies, parties, companies, armed forces, news media."""
    GPE = "GPE"
    """Geo-political entities: countries, cities, states, districts."""
    LOC = "LOC"
    """Other locations: continents, regions, seas, rivers, mountains."""
    NORP = "NORP"
    """Nationalities, religious or political groups (রুশ, ইসরাইলি)."""

    def __str__(self) -> str:  # pragma: no cover - cosmetic
        return self.value


class Granularity(str, Enum):
    """How precise a date mention's ``value`` is."""

    YEAR = "year"
    """``2025``."""
    MONTH = "month"
    """``2025-12``."""
    WEEK = "week"
    """``2025-W52``."""
    DATE = "date"
    """``2025-12-23`` (or ``--12-23`` when the year is unknown)."""
    DATETIME = "datetime"
    """``2025-12-24T12:04``."""
    TIME = "time"
    """``12:04``, a clock time with no date."""

    def __str__(self) -> str:  # pragma: no cover - cosmetic
        return self.value


class Calendar(str, Enum):
    """The calendar a date was written in (values are always Gregorian ISO 8601)."""

    GREGORIAN = "gregorian"
    """Gregorian months (ডিসেম্বর), numeric dates, weekdays, relative expressions, times."""
    BANGLA = "bangla"
    """Revised Bangladesh calendar (বঙ্গাব্দ)."""
    HIJRI = "hijri"
    """Islamic calendar months (রমজান), converted with the Umm al-Qura tables."""

    def __str__(self) -> str:  # pragma: no cover - cosmetic
        return self.value


class TokenKind(str, Enum):
    """What a token is."""

    WORD = "word"
    """Letters with their vowel signs and other marks (either script)."""
    NUMBER = "number"
    """Digits of either digit set, with separators and glued suffixes (১,০০০, ১২:০৪, ১০টি)."""
    PUNCT = "punct"
    """Punctuation, including the danda (।)."""
    SYMBOL = "symbol"
    """Anything else that is not a space: currency signs, emoji, math symbols."""

    def __str__(self) -> str:  # pragma: no cover - cosmetic
        return self.value


_FROZEN = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class _Span(BaseModel):
    """A stretch of the original text: ``start``, ``end`` and ``text``, with
    ``len(text) == end - start`` checked on construction."""

    model_config = _FROZEN

    start: int = Field(ge=0, description="Start offset in the original text (inclusive).")
    end: int = Field(ge=0, description="End offset in the original text (exclusive).")
    text: str = Field(description="Exactly text[start:end] of the original text.")

    @model_validator(mode="after")
    def _check_span(self) -> "_Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but covers {self.end - self.start}"
            )
        return self


class Token(_Span):
    """A token: a word, a number (either digit set, with separators), punctuation or a symbol.

    Hyphenated compounds are split at the hyphen (``আল``, ``-``, ``শারা``) so each part is
    addressable; ``space_after`` tells whether whitespace follows, so the compound can be
    rebuilt from a run of tokens with ``space_after=False``.
    """

    kind: TokenKind
    """Word, number, punctuation or symbol."""
    space_after: bool = Field(description="Whether whitespace follows this token.")


class Sentence(_Span):
    """A sentence or line: split on । ॥ ? ! and on line breaks."""


class Entity(_Span):
    """A named entity mention.

    `start`/`end` index the original text and `text` is exactly that stretch: whole words
    with their case endings (মস্কোতে); `base` is the form without the ending (মস্কো).
    `canonical` and `kb_id` link the mention to the entity when a gazetteer knows it.
    """

    label: Label
    """The entity type: PERSON, ORG, GPE, LOC or NORP."""
    base: str = Field(description="The mention without its case ending: পুতিন for পুতিনের.")
    canonical: Optional[str] = Field(
        default=None, description="English name of the entity, e.g. 'Vladimir Putin'."
    )
    kb_id: Optional[str] = Field(
        default=None, pattern=r"^Q[1-9][0-9]*$", description="Wikidata QID, when known."
    )
    source: str = Field(
        description="What produced it: 'gazetteer:' and the file's name (gazetteer:cities), "
        "or 'rule:' and the rule's name (rule:title)."
    )


class DateMention(_Span):
    """A date or time expression with its ISO 8601 value.

    `text` is the whole expression as written (মঙ্গলবার (২৩ ডিসেম্বর), গতকাল রাত ১০টায়);
    `value` is Gregorian whatever calendar the text used.  Supported forms: docs/dates.md.
    """

    value: Optional[str] = Field(
        default=None,
        description="ISO 8601 at the mention's granularity; None when it cannot be known "
        "(an impossible date, or a relative expression with no reference date).",
    )
    granularity: Granularity
    """How precise ``value`` is: year, month, week, date, datetime or time."""
    calendar: Calendar = Calendar.GREGORIAN
    """The calendar the text was written in (the value is Gregorian all the same)."""
    relative: bool = Field(
        default=False,
        description="True when the expression needs a reference date (আজ, গত ডিসেম্বরে, a bare "
        "weekday, a date written without its year) and its value was resolved against it; "
        "a relative expression with no reference available is also True, with value None. "
        "A year-less date without a reference keeps what is certain: --12-23, relative False.",
    )


class Document(BaseModel):
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
        from .tokenize import tokens_of

        return tokens_of(self.text)

    @computed_field  # type: ignore[prop-decorator]
    @cached_property
    def sentences(self) -> Tuple[Sentence, ...]:
        """The sentences (and lines) of the text (computed on first access)."""
        from .tokenize import sentences_of

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
        from .spacy_component import document_to_doc

        return document_to_doc(self, nlp, **options)

    # Summaries, flat records and the HTML view: computed on demand, never serialised (the
    # logic is in summary.py, records.py and display.py) ----------------------------------
    @cached_property
    def people(self) -> "Tuple[EntitySummary, ...]":
        """One :class:`~bangla_news_nlp.summary.EntitySummary` per person, with the roles
        written with the name (রুশ প্রেসিডেন্ট → প্রেসিডেন্ট of Russia)."""
        from .summary import PEOPLE, summarize

        return summarize(self, PEOPLE)

    @cached_property
    def places(self) -> "Tuple[EntitySummary, ...]":
        """One summary per place (GPE and LOC mentions)."""
        from .summary import PLACES, summarize

        return summarize(self, PLACES)

    @cached_property
    def organizations(self) -> "Tuple[EntitySummary, ...]":
        """One summary per organisation (ORG mentions)."""
        from .summary import ORGANIZATIONS, summarize

        return summarize(self, ORGANIZATIONS)

    def to_records(self) -> "List[Dict[str, Any]]":
        """Entities and dates as flat rows (dicts with the columns of
        :data:`bangla_news_nlp.records.COLUMNS`), in text order."""
        from .records import records

        return records(self)

    def to_dataframe(self) -> Any:
        """:meth:`to_records` as a pandas DataFrame (needs ``pip install
        'bangla-news-nlp[pandas]'``)."""
        from .records import to_dataframe

        return to_dataframe(self)

    def _repr_html_(self) -> str:
        """The text with entities and dates highlighted (Jupyter calls this)."""
        from .display import render_html

        return render_html(self)
