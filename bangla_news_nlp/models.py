"""The typed parts of a result: labels, tokens, sentences, entity and date mentions.

The bottom layer of the package: it imports nothing of the package.  The
:class:`~bangla_news_nlp.document.Document` that holds them (and its views: summaries, records,
the HTML view) is in ``document.py``, above everything it reads.

All models are immutable pydantic v2 models.  Offsets (``start``/``end``) are
Python string indices into the caller's original text, so for every span
``doc.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator


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
    INTERVAL = "interval"
    """``2023-07-01/2024-06-30``: an ISO 8601 interval ``start/end``, both ends included,
    each at the precision written (``2025-12-20/2025-12-25``, ``2013-07/2013-11``,
    ``2020/2023``; ``--12-20/--12-25`` when the year is unknown).  Ranges (২০-২৫ ডিসেম্বর,
    ১০ থেকে ১৫ জানুয়ারি) and fiscal years (২০২৩-২৪ অর্থবছরে: 1 July to 30 June)."""

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
    """How precise ``value`` is: year, month, week, date, datetime or time; or interval
    (a range, ``start/end``)."""
    calendar: Calendar = Calendar.GREGORIAN
    """The calendar the text was written in (the value is Gregorian all the same)."""
    relative: bool = Field(
        default=False,
        description="True when the value depends on a reference date, whether or not one was "
        "given: আজ, গত ডিসেম্বরে, a bare weekday, a date written without its year (২৩ "
        "ডিসেম্বর). With no reference its value is None, or for a year-less date the part "
        "that is certain (--12-23). False for a date with its year, a month with its year, "
        "a year, a time of day.",
    )
