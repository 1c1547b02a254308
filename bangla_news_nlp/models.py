"""The typed parts of a result: labels, tokens, sentences, entity and date mentions.

The bottom layer of the package: it imports nothing of the package.  The
:class:`~bangla_news_nlp.document.Document` that holds them (and its views: summaries, records,
the HTML view) is in ``document.py``, above everything it reads.

All models are immutable pydantic v2 models.  Offsets (``start``/``end``) are
Python string indices into the caller's original text, so for every span
``doc.text[span.start:span.end] == span.text``.

JSON and lone surrogates: any ``str`` annotates, including one with lone surrogates (code points
U+D800–U+DFFF, e.g. from ``errors="surrogateescape"``), which UTF-8 cannot encode.  So that
offsets stay exact, ``model_dump_json`` writes each lone surrogate as a JSON escape (``\\ud800``:
valid JSON, and the output is then encodable as UTF-8), and ``model_validate_json`` reads it
back (pydantic's own JSON parser rejects it; the standard library's ``json`` reads it), so
``Model.model_validate_json(m.model_dump_json()) == m``.  Other JSON readers read ``\\ud800`` as
the standard library does, or replace it with U+FFFD.  One case cannot be written: a high
surrogate directly followed by a low one, two code points that any JSON reader turns into the
one character they encode in UTF-16 (changing every offset after it); ``model_dump_json`` then
raises ``ValueError``.  Use ``model_dump_json``: pydantic's other serialisers
(``pydantic_core.to_json``, a ``TypeAdapter``) still raise on a lone surrogate.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any, Dict, Optional, Union

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticSerializationError


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

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_SURROGATE_PAIR = regex.compile(r"[\ud800-\udbff][\udc00-\udfff]")
_SURROGATE_ESCAPE = regex.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE_ESCAPE_BYTES = regex.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class _Verbatim(str):
    """A piece of a short repr, shown as it is (``PERSON``, ``10:27``), not quoted."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


def _count(n: int, one: str, many: str) -> _Verbatim:
    """``1 entity``, ``44 entities``, ``2,153 chars``."""
    return _Verbatim(f"{n:,} {one if n == 1 else many}")


class _JsonModel(BaseModel):
    """A model whose JSON round-trips any ``str``, lone surrogates included (see the module's
    docstring), and whose repr may be short: a subclass's ``__repr_args__`` decides what
    ``repr()``, IPython and rich show (never what ``model_dump``, ``==`` or JSON see).

    The validator and serializer of each model are built when first needed (pydantic's
    ``defer_build``): ``annotate`` makes its models without validating them, so a program
    that never validates or serialises one does not pay for building them (and for pydantic's
    plugin lookup) at import: about 90 M instructions, a tenth of the import."""

    model_config = ConfigDict(defer_build=True)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        # IPython / Jupyter's plain-text display
        printer.text(f"{type(self).__name__}(...)" if cycle else repr(self))

    def model_dump_json(self, *, indent: Optional[int] = None, ensure_ascii: bool = False,
                        **kwargs: Any) -> str:
        try:
            if ensure_ascii:
                return super().model_dump_json(indent=indent, ensure_ascii=True, **kwargs)
            return super().model_dump_json(indent=indent, **kwargs)
        except PydanticSerializationError as exc:
            if "surrogates not allowed" not in str(exc):
                raise
        return _json_with_surrogates(self.model_dump(mode="json", **kwargs), indent, ensure_ascii)

    @classmethod
    def model_validate_json(  # type: ignore[override]
        cls, json_data: Union[str, bytes, bytearray], **kwargs: Any
    ):
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            escape = _SURROGATE_ESCAPE if isinstance(json_data, str) else _SURROGATE_ESCAPE_BYTES
            if (not any(e["type"] == "json_invalid" for e in exc.errors())
                    or not escape.search(json_data)):
                raise
            try:
                data = json.loads(json_data)  # reads \ud800 as the lone surrogate
            except ValueError:
                raise exc from None
        return cls.model_validate(data, **kwargs)


def _json_with_surrogates(data: Any, indent: Optional[int], ensure_ascii: bool) -> str:
    """``data`` (JSON-ready) as JSON with every lone surrogate written as an escape."""
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    pair = _SURROGATE_PAIR.search(text)
    if pair is not None:
        joined = pair.group().encode("utf-16", "surrogatepass").decode("utf-16")
        raise ValueError(
            f"cannot write JSON that reads back the same: the text has a high surrogate "
            f"directly followed by a low one ({pair.group()!a}), which JSON readers join into "
            f"the one character {joined!a}; join them before annotating: "
            f"s.encode('utf-16', 'surrogatepass').decode('utf-16')"
        )
    if ensure_ascii:  # the standard library escapes lone surrogates too
        return json.dumps(data, ensure_ascii=True, indent=indent, separators=separators)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_FIELDS_SETS: Dict[type, set] = {}
# the setters of the four slots every pydantic model has (__dict__ and three of pydantic's),
# called directly: half the time of object.__setattr__, which looks each one up by name
_new_object = object.__new__
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def trusted(cls, fields: Dict[str, Any]):
    """An instance of the model ``cls`` made from ``fields`` without validating them: what
    ``cls.model_construct(**fields)`` makes, several times faster.  Only for values valid by
    construction (the pipeline's own output: spans sliced from the text they index, labels
    and QIDs from validated gazetteers), and ``fields`` must give every field of ``cls``;
    every other caller validates."""
    obj = _new_object(cls)
    _set_dict(obj, fields)
    # one set of the model's field names, shared: a set of eight names is ~700 bytes, half an
    # entity's memory.  Sharing is safe: the models are frozen (nothing adds to it) and
    # pydantic copies it in model_copy.
    names = _FIELDS_SETS.get(cls)
    if names is None:
        names = _FIELDS_SETS[cls] = set(cls.model_fields)
    _set_fields_set(obj, names)
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


class _Span(_JsonModel):
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

    def __repr_args__(self):  # type: ignore[no-untyped-def]
        # Entity('ভ্লাদিমির পুতিনের', PERSON, 10:27, canonical='Vladimir Putin')
        yield None, self.text
        yield None, _Verbatim(self.label.value)
        yield None, _Verbatim(f"{self.start}:{self.end}")
        if self.canonical is not None:
            yield "canonical", self.canonical


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

    def __repr_args__(self):  # type: ignore[no-untyped-def]
        # DateMention('২৩ ডিসেম্বর', 2025-12-23, date)
        yield None, self.text
        yield None, _Verbatim(str(self.value))
        yield None, _Verbatim(self.granularity.value)
