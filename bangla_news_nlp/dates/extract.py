"""Find date and time expressions in Bengali news text and resolve them to ISO 8601.

How it works
------------
One compiled :mod:`regex` pattern (built at import from the word lists in
:mod:`bangla_news_nlp.lang.date_words`) scans the text for *date tokens*: numbers (either
digit set, with ordinal suffixes ১লা ২১শে or the o'clock suffix ১০টা), numeric dates
(২৪-১২-২০২৫), clock times (১২:০৪), month and weekday names with their case endings,
relative words (আজ, গতকাল, গত, আগামী), day-part words (সকাল, রাতে), year markers
(সাল, বঙ্গাব্দ, হিজরি) and a few fixed phrases (৩ দিন আগে, গত বছর).  A small
hand-written grammar then joins neighbouring tokens (only spaces, a comma, a parenthesis or
``|`` may lie between them) into expressions, leftmost first and each as long as possible,
so the spans come out sorted and non-overlapping.

Span conventions
----------------
* A span covers the whole expression as written, case endings included: ``ডিসেম্বরে``,
  ``২০২৪ সালে``, ``গত সোমবার রাতে``, ``জানুয়ারি মাসে``, ``গতকাল মঙ্গলবার বেলা``.
* Direction words belong to the span (``গত ২৩ ডিসেম্বর``, ``আগামী সপ্তাহে``);
  postpositions do not (``রাত ১০টার`` in ``রাত ১০টার দিকে``; ``থেকে``, ``পর্যন্ত``).
* A weekday next to an explicit date is one mention with the date's value:
  ``মঙ্গলবার (২৩ ডিসেম্বর)`` (closing parenthesis included), ``বুধবার, ২৪ ডিসেম্বর ২০২৫``,
  ``২৩ ডিসেম্বর (মঙ্গলবার)``, ``আজ বুধবার, ১ জানুয়ারি``.
* A day followed by a time is one ``datetime`` mention (``গতকাল রাত ১০টায়``,
  ``২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম``, also time first: ``১২:০৪ পিএম, ২৪ ডিসেম্বর ২০২৫``).
  A day-part word without an hour after a day stays in the span but the granularity stays
  ``date`` (``গত সোমবার রাতে``).  A day-part word alone (``রাতে``) is not a mention.

Resolution rules (``reference`` = the article's date)
-----------------------------------------------------
* Year-less day-month (``২৩ ডিসেম্বর``): the year that puts the date nearest the
  reference (so always within about six months of it); a weekday written next to it
  (``মঙ্গলবার (২৩ ডিসেম্বর)``) breaks ties towards a year where the weekday matches.
  Without a reference the value is ``--12-23`` and ``relative`` is False.
* ``গত ২৩ ডিসেম্বর``: the latest such date on or before the reference;
  ``আগামী ২৩ ডিসেম্বর``: the earliest on or after it.
* A month name alone (``ডিসেম্বরে``, ``জানুয়ারি মাসে``): the nearest such month to the
  reference month (within six months; an exact six-month tie goes to the past), the same
  rule as for year-less dates.  ``গত ডিসেম্বরে``: the latest December strictly before the
  reference month; ``আগামী জানুয়ারিতে``: the first January strictly after it;
  ``চলতি ডিসেম্বরে``: as a bare month.
* A weekday alone (``সোমবার``): the latest such day on or before the reference (news
  reports mostly past events).  ``গত সোমবার``: strictly before; ``আগামী সোমবার``: strictly
  after.  ``কাল`` (yesterday *or* tomorrow) is taken only with a weekday, which decides
  which; ``পরশু`` alone is ambiguous (value None); ``গত পরশু`` = −2, ``আগামী পরশু`` = +2.
* ``গত/আগামী/চলতি/এ/এই বছর|মাস|সপ্তাহ`` → year / month / ISO week ±1 or 0;
  ``N দিন|সপ্তাহ|মাস|বছর আগে|পরে`` (N in digits or a number word) → date / ISO week /
  month / year; ``গত রাতে`` → the day before the reference.  ``গত বছরের ২৩ ডিসেম্বর``,
  ``চলতি বছরের জানুয়ারিতে`` and ``গত মাসের ১৫ তারিখে`` take the year / month from the
  relative part.  Durations (``গত দুই মাসে``, ``৩ দিন ধরে``) are not mentions.
* A year-less Bengali-calendar date (``পহেলা বৈশাখ``) or Hijri date with হিজরি
  (``১০ রমজান হিজরি``) resolves like a Gregorian one (the nearest occurrence); without a
  reference a Bengali date before ১৬ ফাল্গুন gets its fixed ``--MM-DD`` (পহেলা বৈশাখ =
  ``--04-14``), later ones and Hijri ones get None.
* Times: ``রাত ১০টা`` = 22:00, ``রাত ২টা`` = 02:00 (same calendar day as the day named),
  ``রাত ১২টা`` = 00:00 of the *next* day when a day is named (``সোমবার রাত ১২টা`` is the
  midnight ending Monday); ``দিবাগত রাত`` (the night following the named day) moves hours
  12-5 to the next day (``সোমবার দিবাগত রাত ২টা`` = Tuesday 02:00).  ``বেলা`` is daytime
  (বেলা ১১টা = 11:00, বেলা ৩টা = 15:00).  An hour with no day part, AM/PM or 24-hour clock
  is taken as written (``১০টায়`` = 10:00).  A bare hour counts only as ``১০টায়``,
  ``১০টার দিকে``/``বাজে``/``নাগাদ`` or with minutes (``১০টা বই`` is ten books); ``10.30``
  needs a day part, মিনিট or AM/PM; ``১২: ০৪`` (space after the colon) and ``১২০৪ ঘণ্টা``
  only count joined to a date.
* ``relative`` is True for every expression whose value depends on the reference
  (whether or not one was given; without one its value is None), and for a year-less
  date resolved against a reference.
* Bengali-calendar and Hijri months and years (``পৌষ ১৪৩২``, ``১৪৩২ বঙ্গাব্দ``,
  ``১৪৪৭ হিজরি``) do not coincide with a Gregorian month or year: they are returned as
  ``month`` / ``year`` mentions with value None.  Their day dates are converted (see
  :mod:`bangla_news_nlp.dates.calendars`; Bangladesh's moon-sighting Hijri dates may differ
  from the Umm al-Qura conversion by a day).
* An impossible date (৩১ ফেব্রুয়ারি, ২৯ ফেব্রুয়ারি ২০২৫, day 0, year 0) is returned
  as a span with value None; nothing here raises on any input.

Precision guards: a bare number is never a date (১২ জন, ২০২৪ টাকা, ৩১টি); a four-digit
year needs সাল/খ্রিস্টাব্দ/বঙ্গাব্দ/হিজরি or a month next to it; ``মে`` needs a number
(and is not ``মে. টন``); ``মার্চ`` alone (লং মার্চ, মার্চ টু ঢাকা) is not a month, only
with a number, a case ending, মাস or গত/আগামী; ``জুলাই সনদ``-style names are not months;
Bengali months need a day or a year, Hijri months a day and a year or হিজরি (সফর = visit,
রমজান = a name); ``প্রতি শুক্রবার`` is not a date.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from dataclasses import dataclass
from typing import Optional

import regex

from ..lang.bn import date_words as W
from .calendars import (
    bangla_to_gregorian,
    gregorian_to_bangla,
    hijri_to_gregorian,
    hijri_year_of,
)

__all__ = ["DateSpan", "extract_dates", "find_publication_date"]


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date or time expression found in a text."""

    start: int  #: offset of the first character in the given text
    end: int  #: offset after the last character
    value: Optional[str]  #: ISO 8601 at its granularity, or None when it cannot be known
    granularity: str  #: "year", "month", "week", "date", "datetime" or "time"
    calendar: str  #: "gregorian", "bangla" or "hijri": the calendar written in the text
    relative: bool  #: True when the value depends on the reference date


# =========================================================================================
# The token pattern
# =========================================================================================


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _key(s: str) -> str:
    """Lookup key of a matched word: NFC, single spaces."""
    return " ".join(_nfc(s).split())


_NUKTA_ALT = {
    "\u09af\u09bc": "(?:\u09af\u09bc|\u09df)",  # য়
    "\u09a1\u09bc": "(?:\u09a1\u09bc|\u09dc)",  # ড়
    "\u09a2\u09bc": "(?:\u09a2\u09bc|\u09dd)",  # ঢ়
}


def _units(word: str) -> list:
    """A word as regex units: one character, a য় ড় ঢ় pair, or a stretch of spaces."""
    w = _nfc(word)
    out = []
    i = 0
    while i < len(w):
        pair = w[i : i + 2]
        if pair in _NUKTA_ALT:
            out.append(_NUKTA_ALT[pair])
            i += 2
        elif w[i] == " ":
            out.append("[ \t]+")
            i += 1
        else:
            out.append(regex.escape(w[i]))
            i += 1
    return out


def _alts(words) -> str:
    """One regex matching any of ``words``, longest first, written as a trie.

    Factoring the common prefixes makes the scan several times faster than a flat
    alternation: at most positions a single character class decides.
    """
    trie: dict = {}
    for w in {_nfc(w) for w in words}:
        node = trie
        for u in _units(w):
            node = node.setdefault(u, {})
        node[""] = {}

    def emit(node) -> str:
        end = "" in node
        branches = [u + emit(child) for u, child in sorted(node.items()) if u]
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    return "(?:" + emit(trie) + ")"


def _table(mapping) -> dict:
    """{value: (words…)} → {key(word): value}."""
    out = {}
    for value, words in mapping.items():
        for w in words:
            out[_key(w)] = value
    return out


def _flat(mapping) -> list:
    return [w for words in mapping.values() for w in words]


# Every single word the scanner knows → (token kind, value).  Words ending in '.' (and the
# other abbreviations) live in a second table, matched with a looser right boundary.
_WORDS: dict = {}
_ABBRS: dict = {}


def _add(table: dict, kind: str, mapping) -> None:
    for value, words in mapping.items():
        for w in words:
            table.setdefault(_key(w), (kind, value))


def _is_abbr(w: str) -> bool:
    return w.endswith((".", "ঃ"))


_add(_WORDS, "GMONTH", W.GREGORIAN_MONTHS)
_add(_ABBRS, "GMABBR", W.GREGORIAN_MONTH_ABBREVIATIONS)
_add(_WORDS, "BMONTH", W.BANGLA_MONTHS)
_add(_WORDS, "BMONTHWEAK", W.BANGLA_MONTHS_WEAK)
_add(_WORDS, "HMONTH", W.HIJRI_MONTHS)
_add(_WORDS, "WEEKDAY", W.WEEKDAYS)
_add(_WORDS, "ORDWORD", W.ORDINAL_DAY_WORDS)
for _w, _v in W.RELATIVE_DAYS.items():
    _WORDS[_key(_w)] = ("RELDAY", _v)
for _w in W.LAST_NIGHT:
    _WORDS[_key(_w)] = ("RELDAY", "lastnight")
for _w in W.LAST_WORDS:
    _WORDS[_key(_w)] = ("GATA", -1)
for _w in W.NEXT_WORDS:
    _WORDS[_key(_w)] = ("GATA", 1)
_WORDS[_key("চলতি")] = ("GATA", 0)
for _kind, _words in (
    ("YSFX", W.GREGORIAN_YEAR_WORDS + W.GREGORIAN_YEAR_ABBREVIATIONS),
    ("BSFX", W.BANGLA_YEAR_WORDS + W.BANGLA_YEAR_ABBREVIATIONS),
    ("HSFX", W.HIJRI_YEAR_WORDS + W.HIJRI_YEAR_ABBREVIATIONS),
    ("MINUTE", W.MINUTE_WORDS),
):
    for _w in _words:
        (_ABBRS if _is_abbr(_w) else _WORDS)[_key(_w)] = (_kind, None)
for _w in W.AM_WORDS + W.PM_WORDS:
    (_ABBRS if _is_abbr(_w) else _WORDS)[_key(_w)] = ("AMPM", "am" if _w in W.AM_WORDS else "pm")
_add(_WORDS, "DAYPART", W.DAY_PARTS)
for _w, _v in W.HOUR_FRACTIONS.items():
    _WORDS[_key(_w)] = ("FRAC", _v)
_WORDS[_key(W.DATE_WORD)] = ("TARIKH", None)
_add(_WORDS, "UNIT", W.UNITS)
# Kinds written without case endings (an ending makes the word something else).
_BARE_KINDS = {"RELDAY", "GATA", "ORDWORD", "FRAC", "AMPM", "MINUTE"}

_DIRECTION = {**{_key(w): -1 for w in W.LAST_WORDS}, **{_key(w): 1 for w in W.NEXT_WORDS},
              **{_key(w): 0 for w in W.THIS_WORDS}}
_NW = _table(W.NUMBER_WORDS)
_HW = _table(W.HOUR_WORDS)
_AGO = {_key(w) for w in W.AGO_WORDS}
_GEN = {_key(e) for e in W.GENITIVE_ENDINGS}
_MAY = {_key(w) for w in W.AMBIGUOUS_MONTHS_NEED_NUMBER}
_MARCH = {_key(w) for w in W.AMBIGUOUS_MONTHS_NEED_CONTEXT}

_ENDINGS = _alts(set(W.CONSONANT_ENDINGS) | set(W.VOWEL_ENDINGS))
_D = "[0-9০-৯]"
_LN = r"(?<![0-9০-৯][.,:/])"  # a number does not continue a decimal, time or date
_RB = r"(?![\p{L}\p{M}\p{N}])"
_RBA = r"(?![\p{L}\p{M}])"  # after an abbreviation ending in '.'
_RN = r"(?![\p{L}\p{M}\p{N}]|[.,:/][0-9০-৯])"
_SP = "[ \t]+"

_ALTERNATIVES = [
    # 24-12-2025, 24/12/2025, 24.12.2025, 2025-12-24
    rf"(?P<NUMDATE>(?P<nd_a>{_D}{{1,4}})(?P<nd_s>[-/.])(?P<nd_b>{_D}{{1,2}})"
    rf"(?P=nd_s)(?P<nd_c>{_D}{{1,4}}){_RN})",
    # সন্ধ্যা ৬-৪৫ (TV listings): an H-MM time only right after a day-part word
    rf"(?P<DPCLOCK>(?<={_alts(_flat(W.DAY_PARTS))}[ \t]+)(?P<dc_h>{_D}{{1,2}})-(?P<dc_m>{_D}{{2}}){_RN})",
    # 12:04, 12: 04 (Prothom Alo), 10.30 (only with context)
    rf"(?P<CLOCK>(?P<ck_h>{_D}{{1,2}})(?P<ck_s>:[ ]?|\.)(?P<ck_m>{_D}{{2}})(?::{_D}{{2}})?{_RN})",
    # 1204 ঘণ্টা (only before a date)
    rf"(?P<GHONTA>(?P<gh>{_D}{{4}})[ ]?{_alts(W.HOURS_WORD)}{_RB})",
    # ১০টা, ১০টায়, ১০ টার
    rf"(?P<HOURNUM>(?P<hn>{_D}{{1,2}})[ ]?(?P<hn_s>{_alts(W.HOUR_SUFFIXES)}){_RB})",
    # any number, with an optional ordinal day suffix (১লা, ২১শে, ১৫ই)
    rf"(?P<NUM>(?P<num>{_D}+)(?:(?P<num_s>{_alts(W.ORDINAL_DAY_SUFFIXES)}){_RB}|{_RN}))",
]
_DIGIT_LED = "(?=[0-9০-৯])" + _LN + "(?:" + "|".join(_ALTERNATIVES) + ")"
_WORD_LED = "|".join(
    [
        # দিন আগে, মাস পরে (the number before it is joined by the scanner)
        rf"(?P<UNITAGO>(?P<ua_u>{_alts(_flat(W.UNITS))}){_SP}"
        rf"(?P<ua_d>{_alts(W.AGO_WORDS + W.LATER_WORDS)}){_RB})",
        # দশটা, সাড়ে আটটায়, দেড়টার
        rf"(?P<HOURWORD>(?P<hw>{_alts(_flat(W.HOUR_WORDS))})(?P<hw_s>{_alts(W.HOUR_SUFFIXES)}){_RB})",
        rf"(?P<ABBR>{_alts(_ABBRS)}){_RBA}",
        rf"(?P<WORD>(?P<w>{_alts(_WORDS)})(?P<e>{_ENDINGS})){_RB}",
    ]
)
_LEX = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])(?:" + _DIGIT_LED + "|" + _WORD_LED + ")",
    regex.VERSION0,
)
# Cheap test before the full scan: a digit or the first two letters of a date word.
_PREFILTER = regex.compile("[0-9০-৯]|" + _alts({w[:2] for w in list(_WORDS) + list(_ABBRS)}))
_PREV_WORD = regex.compile(r"(\S+)[ \t]*$")
_PREV_LETTERS = regex.compile(r"(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)[ \t]+$")
_NEXT_WORD = regex.compile(r"[ \t]*(\S+)")
_HOUR_CONTEXT = regex.compile(r"[ \t]+" + _alts(W.HOUR_CONTEXT_AFTER) + _RB)
_NOT_MAY = regex.compile(r"\.|[ \t]*টন")


def _int(digits: str) -> Optional[int]:
    if len(digits) > 6:
        return None
    try:
        return int(digits)
    except ValueError:  # pragma: no cover - the pattern only captures digits
        return None


class _Tok:
    __slots__ = ("kind", "start", "end", "a", "b", "c", "d")

    def __init__(self, kind, start, end, a=None, b=None, c=None, d=None):
        self.kind = kind
        self.start = start
        self.end = end
        self.a = a
        self.b = b
        self.c = c
        self.d = d

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"_Tok({self.kind},{self.start},{self.end},{self.a},{self.b},{self.c},{self.d})"


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return _key(m.group(1)) if m else ""


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return _key(m.group(1)) if m else ""


def _prev_letters(text: str, start: int):
    """The word (letters only) right before ``start``, separated by spaces: (word, its start)."""
    m = _PREV_LETTERS.search(text, max(0, start - 24), start)
    return (_key(m.group(1)), m.start(1)) if m else ("", start)


# The words a word-led date token starts with (the first word of multi-word ones, an
# abbreviation without its dot), in both spellings of the nukta letters: a word that does not
# start with one of them never starts a date token.
_TRIGGER_WORDS = frozenset(
    form
    for w in list(_WORDS) + list(_ABBRS) + _flat(W.HOUR_WORDS) + _flat(W.UNITS)
    for variant in {w, _key(w), unicodedata.normalize("NFD", w)}
    for form in (variant.split()[0].rstrip(".ঃ"), variant.split(".")[0].split()[0])
    if form
)
_TRIGGER_RE = regex.compile(
    "[0-9০-৯]|" + "|".join(regex.escape(w) for w in sorted(_TRIGGER_WORDS, key=len, reverse=True))
)


def is_trigger_word(word: str) -> bool:
    """Whether a date token may start at the start of ``word`` (a number, or a word that
    starts with a date word); used to pass :func:`extract_dates` the only positions worth
    trying."""
    return _TRIGGER_RE.match(word) is not None


def _matches(text: str, starts):
    """``_LEX.finditer(text)``, or the same matches tried only at ``starts``."""
    if starts is None:
        yield from _LEX.finditer(text)
        return
    end = 0
    match = _LEX.match
    for p in starts:
        if p < end:
            continue
        m = match(text, p)
        if m is not None and m.end() > p:
            yield m
            end = m.end()


def _lex(text: str, starts=None) -> list:
    toks: list = []
    for m in _matches(text, starts):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "WORD":
            kind, value = _WORDS[_key(m.group("w"))]
            ending = m.group("e")
            if ending:
                if kind in _BARE_KINDS:
                    continue
                ending = _key(ending)
            gen = ending in _GEN
            if kind == "GMONTH":
                word = _key(m.group("w"))
                if word in _MAY and _NOT_MAY.match(text, e):
                    continue
                toks.append(_Tok("GMONTH", s, e, value, ending, word, False))
            elif kind == "WEEKDAY":
                if _prev_word(text, s) in _NOT_WEEKDAY_BEFORE:
                    continue
                toks.append(_Tok("WEEKDAY", s, e, value))
            elif kind == "UNIT":
                word, ws = _prev_letters(text, s)
                if word in _DIRECTION:  # গত বছর, চলতি মাসে, এ সপ্তাহে
                    if toks and toks[-1].start == ws:
                        toks.pop()
                    toks.append(_Tok("THISUNIT", ws, e, _DIRECTION[word], value, gen))
                elif value == "month":  # জানুয়ারি মাসে
                    toks.append(_Tok("MAS", s, e, gen))
            elif kind == "BMONTH":
                toks.append(_Tok("BMONTH", s, e, value, False))
            elif kind == "BMONTHWEAK":
                toks.append(_Tok("BMONTH", s, e, value, True))
            elif kind in ("YSFX", "BSFX", "HSFX"):
                toks.append(_Tok(kind, s, e, gen))
            else:
                toks.append(_Tok(kind, s, e, value))
        elif kind == "NUM":
            digits = m.group("num")
            toks.append(_Tok("NUM", s, e, _int(digits), len(digits), m.group("num_s")))
        elif kind == "ABBR":
            kind, value = _ABBRS[_key(m.group("ABBR"))]
            if kind == "GMABBR":
                toks.append(_Tok("GMONTH", s, e, value, "", "", True))
            elif kind in ("YSFX", "BSFX", "HSFX"):
                toks.append(_Tok(kind, s, e, False))
            else:
                toks.append(_Tok(kind, s, e, value))
        elif kind == "HOURNUM":
            toks.append(_Tok("HOURNUM", s, e, int(m.group("hn")), 0, _key(m.group("hn_s"))))
        elif kind == "HOURWORD":
            h, mi = _HW[_key(m.group("hw"))]
            toks.append(_Tok("HOURWORD", s, e, h, mi, _key(m.group("hw_s"))))
        elif kind == "UNITAGO":
            n = None
            prev = toks[-1] if toks else None
            if (prev is not None and prev.kind == "NUM" and prev.b <= 3 and not prev.c
                    and not text[prev.end : s].strip(" \t") and s - prev.end <= 3):
                toks.pop()
                n, s = prev.a, prev.start
            else:
                word, ws = _prev_letters(text, s)
                if word not in _NW:  # কয়েক দিন আগে: no number, no date
                    continue
                n, s = _NW[word], ws
            sign = -1 if _key(m.group("ua_d")) in _AGO else 1
            toks.append(_Tok("NUMAGO", s, e, n, _UNIT_OF[_key(m.group("ua_u"))], sign))
        elif kind == "NUMDATE":
            a, b, c, sep = m.group("nd_a"), m.group("nd_b"), m.group("nd_c"), m.group("nd_s")
            if len(a) == 4 and len(c) <= 2 and sep != ".":
                y, mo, d = int(a), int(b), int(c)
            elif len(c) == 4 and len(a) <= 2:
                y, mo, d = int(c), int(b), int(a)
            else:
                continue
            if not 1 <= mo <= 12:
                continue
            toks.append(_Tok("NUMDATE", s, e, y, mo, d))
        elif kind == "CLOCK":
            weak = {".": ".", ": ": ": "}.get(m.group("ck_s"))  # 10.30 and 12: 04 need context
            toks.append(_Tok("CLOCK", s, e, int(m.group("ck_h")), int(m.group("ck_m")), weak))
        elif kind == "DPCLOCK":
            toks.append(_Tok("CLOCK", s, e, int(m.group("dc_h")), int(m.group("dc_m")), "-"))
        elif kind == "GHONTA":
            g = m.group("gh")
            toks.append(_Tok("GHONTA", s, e, int(g[:2]), int(g[2:])))
    return toks


_UNIT_OF = _table(W.UNITS)


_NOT_WEEKDAY_BEFORE = {_key(w) for w in W.WEEKDAY_NOT_DATE_BEFORE}
_MARCH_BEFORE = {_key(w) for w in W.MARCH_NOT_MONTH_BEFORE}
_MARCH_AFTER = {_key(w) for w in W.MARCH_NOT_MONTH_AFTER}
_NAME_FOLLOWERS = tuple(_key(w) for w in W.MONTH_AS_NAME_FOLLOWERS)
_AT_HOUR_SUFFIXES = {_key(s) for s in W.HOUR_SUFFIXES if s != "টা" and s != "টার"}


# =========================================================================================
# Parsed pieces
# =========================================================================================


class _Date:
    """A day-, month-, week- or year-level expression, not yet resolved."""

    __slots__ = ("kind", "cal", "y", "m", "d", "off", "unit", "mode", "wd", "explicit")

    def __init__(self, kind, cal="gregorian", y=None, m=None, d=None, off=None, unit=None,
                 mode=None, explicit=False):
        self.kind = kind
        self.cal = cal
        self.y = y
        self.m = m
        self.d = d
        self.off = off
        self.unit = unit
        self.mode = mode
        self.wd = None
        self.explicit = explicit

    @property
    def day_level(self) -> bool:
        return self.kind in ("ymd", "md", "rday", "kal", "wday", "mday", "unknown") or (
            self.kind == "unit" and self.unit == "day"
        )


class _Time:
    __slots__ = ("hour", "minute", "shift", "needs_date")

    def __init__(self, hour, minute, shift=0, needs_date=False):
        self.hour = hour
        self.minute = minute
        self.shift = shift
        self.needs_date = needs_date


# =========================================================================================
# Resolution
# =========================================================================================


def _mkdate(y, m, d) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except (TypeError, ValueError, OverflowError):
        return None


def _nearest(cands, ref, mode, wd=None):
    """Pick among candidate dates: nearest to ref, or latest ≤ ref, or earliest ≥ ref."""
    cands = [c for c in cands if c is not None]
    if mode == "past":
        cands = [c for c in cands if c <= ref]
        return max(cands) if cands else None
    if mode == "future":
        cands = [c for c in cands if c >= ref]
        return min(cands) if cands else None
    if not cands:
        return None
    if wd is not None:  # a weekday written with the date decides between close years
        matching = [c for c in cands if c.weekday() == wd and abs((c - ref).days) <= 200]
        if matching:
            cands = matching
    return min(cands, key=lambda c: (abs((c - ref).days), c > ref))


def _add_months(y: int, m: int, n: int) -> tuple:
    i = y * 12 + (m - 1) + n
    return i // 12, i % 12 + 1


def _fmt_month(y: int, m: int) -> Optional[str]:
    return f"{y:04d}-{m:02d}" if 1 <= y <= 9999 and 1 <= m <= 12 else None


def _fmt_year(y: int) -> Optional[str]:
    return f"{y:04d}" if 1 <= y <= 9999 else None


def _fmt_week(d: _dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _yearless_md(cal: str, m: int, d: int) -> Optional[tuple]:
    """Gregorian (month, day) of a year-less date when it does not depend on the year."""
    if cal == "gregorian":
        return (m, d) if _mkdate(2000, m, d) else None
    if cal == "bangla":
        if m > 11 or (m == 11 and d > 15):  # after the leap day: depends on the year
            return None
        g = bangla_to_gregorian(1432, m, d)
        return (g.month, g.day) if g else None
    return None


def _resolve(x: _Date, ref: Optional[_dt.date]):
    """→ (value, granularity, relative, date or None, yearless (m, d) or None)."""
    k = x.kind
    try:
        if k == "ymd":
            if x.cal == "bangla":
                g = bangla_to_gregorian(x.y, x.m, x.d)
            elif x.cal == "hijri":
                g = hijri_to_gregorian(x.y, x.m, x.d)
            else:
                g = _mkdate(x.y, x.m, x.d)
            return (g.isoformat() if g else None), "date", False, g, None
        if k == "md":
            if x.off is not None:  # গত বছরের ২৩ ডিসেম্বর
                if ref is None:
                    return None, "date", True, None, None
                g = _mkdate(ref.year + x.off, x.m, x.d)
                return (g.isoformat() if g else None), "date", True, g, None
            if ref is None:
                md = _yearless_md(x.cal, x.m, x.d)
                if md is None:
                    return None, "date", False, None, None
                return f"--{md[0]:02d}-{md[1]:02d}", "date", False, None, md
            if x.cal == "bangla":
                b = gregorian_to_bangla(ref)
                if b is None:
                    return None, "date", True, None, None
                cands = [bangla_to_gregorian(b[0] + i, x.m, x.d) for i in (-1, 0, 1)]
            elif x.cal == "hijri":
                hy = hijri_year_of(ref)
                if hy is None:
                    return None, "date", True, None, None
                cands = [hijri_to_gregorian(hy + i, x.m, x.d) for i in (-1, 0, 1)]
            else:
                cands = [_mkdate(ref.year + i, x.m, x.d) for i in (-1, 0, 1)]
            g = _nearest(cands, ref, x.mode, x.wd)
            return (g.isoformat() if g else None), "date", True, g, None
        if k == "ym":
            if x.cal != "gregorian":
                return None, "month", False, None, None
            return _fmt_month(x.y, x.m), "month", False, None, None
        if k == "y":
            if x.cal != "gregorian":
                return None, "year", False, None, None
            return _fmt_year(x.y), "year", False, None, None
        if k == "m":  # a month named without its year
            if ref is None:
                return None, "month", True, None, None
            if x.off is not None:
                return _fmt_month(ref.year + x.off, x.m), "month", True, None, None
            here = ref.year * 12 + ref.month - 1
            best = None
            for yy in (ref.year - 1, ref.year, ref.year + 1):
                diff = yy * 12 + x.m - 1 - here
                if x.mode == "past" and diff >= 0:
                    continue
                if x.mode == "future" and diff <= 0:
                    continue
                score = (abs(diff), diff > 0)
                if best is None or score < best[0]:
                    best = (score, yy)
            if best is None:
                return None, "month", True, None, None
            return _fmt_month(best[1], x.m), "month", True, None, None
        if k in ("unknown",):
            return None, "date", True, None, None
        if ref is None:
            gran = {"day": "date"}.get(x.unit, x.unit) if k == "unit" else "date"
            return None, gran, True, None, None
        if k == "rday":
            g = ref + _dt.timedelta(days=x.off)
            return g.isoformat(), "date", True, g, None
        if k == "kal":
            g = None
            if x.wd is not None:
                for off in (-1, 1):
                    c = ref + _dt.timedelta(days=off)
                    if c.weekday() == x.wd:
                        g = c
            return (g.isoformat() if g else None), "date", True, g, None
        if k == "wday":
            if x.mode == "past":
                delta = -((ref.weekday() - x.d) % 7 or 7)
            elif x.mode == "future":
                delta = (x.d - ref.weekday()) % 7 or 7
            else:
                delta = -((ref.weekday() - x.d) % 7)
            g = ref + _dt.timedelta(days=delta)
            return g.isoformat(), "date", True, g, None
        if k == "mday":
            y, m = _add_months(ref.year, ref.month, x.off)
            g = _mkdate(y, m, x.d)
            return (g.isoformat() if g else None), "date", True, g, None
        if k == "unit":
            n = x.off
            if n is None:
                return None, {"day": "date"}.get(x.unit, x.unit), True, None, None
            if x.unit == "day":
                g = ref + _dt.timedelta(days=n)
                return g.isoformat(), "date", True, g, None
            if x.unit == "week":
                return _fmt_week(ref + _dt.timedelta(days=7 * n)), "week", True, None, None
            if x.unit == "month":
                y, m = _add_months(ref.year, ref.month, n)
                return _fmt_month(y, m), "month", True, None, None
            return _fmt_year(ref.year + n), "year", True, None, None
    except (OverflowError, ValueError, TypeError):
        pass
    gran = "date"
    if k == "unit":
        gran = {"day": "date"}.get(x.unit, x.unit)
    elif k in ("m", "ym"):
        gran = "month"
    elif k == "y":
        gran = "year"
    return None, gran, True, None, None


# =========================================================================================
# The grammar
# =========================================================================================


class _Parser:
    def __init__(self, text: str, toks: list):
        self.text = text
        self.t = toks
        self.n = len(toks)

    # --- helpers ---------------------------------------------------------------------
    def sep(self, end: int, k: int) -> Optional[str]:
        """The separator between char ``end`` and token ``k``, or None if not adjacent."""
        if k >= self.n:
            return None
        s = self.text[end : self.t[k].start]
        if len(s) > 4:
            return None
        c = s.strip(" \t")
        if c == "" or c in (",", "(", ")", "|", "،", "-", "–"):
            return c
        return None

    def nxt(self, end: int, k: int, kinds, seps=("",)) -> Optional[_Tok]:
        sp = self.sep(end, k)
        if sp is None or sp not in seps:
            return None
        tok = self.t[k]
        return tok if tok.kind in kinds else None

    def close_paren(self, end: int) -> int:
        """Position after a ')' that follows ``end`` (spaces allowed), else ``end``."""
        i = end
        while i < len(self.text) and i - end < 3 and self.text[i] in " \t":
            i += 1
        if i < len(self.text) and self.text[i] == ")":
            return i + 1
        return end

    def _year_tok(self, end, k, digits=(4,), seps=("", ",")):
        tok = self.nxt(end, k, ("NUM",), seps)
        if tok is None or tok.b not in digits or tok.c or tok.a is None:
            return None
        return tok

    # --- day and month ---------------------------------------------------------------
    def day_month(self, k):
        """DAY MONTH [YEAR] [সাল/বঙ্গাব্দ/হিজরি] → (k, end, _Date)."""
        t0 = self.t[k]
        if t0.kind == "NUM":
            if t0.b > 2:
                return None
            day = t0.a
        elif t0.kind == "ORDWORD":
            day = t0.a
        else:
            return None
        mt = self.nxt(t0.end, k + 1, ("GMONTH", "BMONTH", "HMONTH"))
        if mt is None:
            return None
        cal = {"GMONTH": "gregorian", "BMONTH": "bangla", "HMONTH": "hijri"}[mt.kind]
        end, j = mt.end, k + 2
        year = None
        digits = (4,) if cal == "gregorian" else (3, 4)
        yt = self._year_tok(end, j, digits)
        if yt is not None:
            year, end, j = yt.a, yt.end, j + 1
        sfx_kind = {"gregorian": "YSFX", "bangla": "BSFX", "hijri": "HSFX"}[cal]
        st = self.nxt(end, j, (sfx_kind,))
        if st is not None and (year is not None or cal == "hijri"):
            end, j = st.end, j + 1
        if cal == "hijri" and year is None and st is None:
            return None
        if cal == "bangla" and mt.b and year is None:  # জ্যেষ্ঠ = senior
            return None
        if year is None:
            tt = self.nxt(end, j, ("TARIKH",))
            if tt is not None and cal == "gregorian":
                end, j = tt.end, j + 1
            x = _Date("md", cal, m=mt.a, d=day, mode="near", explicit=True)
        else:
            x = _Date("ymd", cal, y=year, m=mt.a, d=day, explicit=True)
        if day is None:
            x.d = 0
        return j, end, x

    def month_first(self, k, allow_bare=True):
        """MONTH YEAR, MONTH DAY, YEAR, MONTH মাসের DAY তারিখ, or a bare month."""
        mt = self.t[k]
        if mt.kind == "GMONTH":
            yt = self._year_tok(mt.end, k + 1)
            if yt is not None:
                end, j = yt.end, k + 2
                st = self.nxt(end, j, ("YSFX",))
                if st is not None:
                    end, j = st.end, j + 1
                return j, end, _Date("ym", y=yt.a, m=mt.a, explicit=True)
            dt_ = self.nxt(mt.end, k + 1, ("NUM",))
            if dt_ is not None and dt_.b <= 2 and not mt.b:
                yt = self._year_tok(dt_.end, k + 2, seps=(",",))
                if yt is not None:
                    return k + 3, yt.end, _Date("ymd", y=yt.a, m=mt.a, d=dt_.a, explicit=True)
            if mt.d:  # an abbreviation needs a number
                return None
            ms = self.nxt(mt.end, k + 1, ("MAS",))
            if ms is not None:
                if ms.a:  # ডিসেম্বর মাসের ২৩ তারিখে
                    dt_ = self.nxt(ms.end, k + 2, ("NUM",))
                    if dt_ is not None and dt_.b <= 2:
                        tt = self.nxt(dt_.end, k + 3, ("TARIKH",))
                        if tt is not None:
                            return k + 4, tt.end, _Date("md", m=mt.a, d=dt_.a, mode="near",
                                                        explicit=True)
                return k + 2, ms.end, _Date("m", m=mt.a, mode="near")
            if not allow_bare or not self.bare_month_ok(mt):
                return None
            return k + 1, mt.end, _Date("m", m=mt.a, mode="near")
        if mt.kind in ("BMONTH", "HMONTH"):
            digits = (3, 4)
            yt = self._year_tok(mt.end, k + 1, digits)
            if yt is None:
                return None
            end, j = yt.end, k + 2
            cal = "bangla" if mt.kind == "BMONTH" else "hijri"
            st = self.nxt(end, j, ("BSFX" if cal == "bangla" else "HSFX",))
            if st is not None:
                end, j = st.end, j + 1
            elif cal == "hijri":
                return None
            return j, end, _Date("ym", cal, y=yt.a, m=mt.a, explicit=True)
        return None

    def bare_month_ok(self, mt: _Tok) -> bool:
        w = mt.c
        if w in _MAY:
            return False
        if w in _MARCH:
            if not mt.b or mt.b in ("টি", "টা"):
                return False
            if _prev_word(self.text, mt.start) in _MARCH_BEFORE:
                return False
            if _next_word(self.text, mt.end) in _MARCH_AFTER:
                return False
            return True
        if not mt.b:
            nw = _next_word(self.text, mt.end)
            if nw.startswith(_NAME_FOLLOWERS):
                return False
        return True

    def year_first(self, k):
        """YEAR সাল → year; YEAR সালের [DAY] MONTH → date / month; likewise বঙ্গাব্দ, হিজরি."""
        yt = self.t[k]
        if yt.kind != "NUM" or yt.b not in (3, 4) or yt.c or yt.a is None:
            return None
        st = self.nxt(yt.end, k + 1, ("YSFX", "BSFX", "HSFX"))
        if st is None:
            return None
        cal = {"YSFX": "gregorian", "BSFX": "bangla", "HSFX": "hijri"}[st.kind]
        if st.a and cal != "hijri":  # genitive: ২০২৪ সালের ১৪ মার্চ
            mkind = "GMONTH" if cal == "gregorian" else "BMONTH"
            r = None
            dtok = self.nxt(st.end, k + 2, ("NUM", "ORDWORD"))
            if dtok is not None:
                r = self.day_month(k + 2)
                if r is not None and (r[2].kind != "md" or r[2].cal != cal):
                    r = None
                if r is not None:
                    x = r[2]
                    return r[0], r[1], _Date("ymd", cal, y=yt.a, m=x.m, d=x.d, explicit=True)
            mt = self.nxt(st.end, k + 2, (mkind,))
            if mt is not None and not mt.d:
                end, j = mt.end, k + 3
                ms = self.nxt(end, j, ("MAS",))
                if ms is not None:
                    end, j = ms.end, j + 1
                return j, end, _Date("ym", cal, y=yt.a, m=mt.a, explicit=True)
        return k + 2, st.end, _Date("y", cal, y=yt.a, explicit=True)

    # --- relative --------------------------------------------------------------------
    def gata(self, k):
        """গত / আগামী / চলতি + weekday, পরশু, রাত, day-month, month."""
        g = self.t[k]
        d = g.a
        mode = {-1: "past", 1: "future", 0: "near"}[d]
        t1 = self.t[k + 1] if k + 1 < self.n else None
        if t1 is None or self.sep(g.end, k + 1) != "":
            return None
        if t1.kind == "WEEKDAY" and d:
            return k + 2, t1.end, _Date("wday", d=t1.a, mode=mode)
        if t1.kind == "RELDAY" and t1.a is None and d:  # গত পরশু, আগামী পরশু
            return k + 2, t1.end, _Date("rday", off=2 * d)
        if t1.kind == "DAYPART" and t1.a == "night" and d == -1:  # গত রাতে
            return k + 2, t1.end, _Date("rday", off=-1)
        if t1.kind in ("NUM", "ORDWORD"):
            r = self.day_month(k + 1)
            if r is not None:
                x = r[2]
                if x.kind == "md":
                    x.mode = mode
                return r
            return None
        if t1.kind == "NUMDATE":
            return k + 2, t1.end, _Date("ymd", y=t1.a, m=t1.b, d=t1.c, explicit=True)
        if t1.kind == "GMONTH" and not t1.d:
            r = self.month_first(k + 1, allow_bare=False)
            if r is not None:
                x = r[2]
                if x.kind == "m":
                    x.mode = mode
                return r
            return k + 2, t1.end, _Date("m", m=t1.a, mode=mode)
        return None

    def thisunit(self, k):
        t0 = self.t[k]
        off, unit, gen = t0.a, t0.b, t0.c
        if unit == "day":
            return None
        if gen and unit == "year":  # গত বছরের ২৩ ডিসেম্বর / ডিসেম্বরে
            t1 = self.t[k + 1] if k + 1 < self.n else None
            if t1 is not None and self.sep(t0.end, k + 1) == "":
                if t1.kind in ("NUM", "ORDWORD"):
                    r = self.day_month(k + 1)
                    if r is not None and r[2].kind == "md" and r[2].cal == "gregorian":
                        r[2].off = off
                        return r
                if t1.kind == "GMONTH" and not t1.d:
                    end, j = t1.end, k + 2
                    ms = self.nxt(end, j, ("MAS",))
                    if ms is not None:
                        end, j = ms.end, j + 1
                    return j, end, _Date("m", m=t1.a, off=off)
        if gen and unit == "month":  # গত মাসের ২৩ তারিখে
            dt_ = self.nxt(t0.end, k + 1, ("NUM",))
            if dt_ is not None and dt_.b <= 2:
                tt = self.nxt(dt_.end, k + 2, ("TARIKH",))
                if tt is not None:
                    return k + 3, tt.end, _Date("mday", off=off, d=dt_.a)
        return k + 1, t0.end, _Date("unit", unit=unit, off=off)

    # --- a day- or coarser-level expression ------------------------------------------
    def date_core(self, k):
        t0 = self.t[k]
        kd = t0.kind
        if kd == "NUMDATE":
            return k + 1, t0.end, _Date("ymd", y=t0.a, m=t0.b, d=t0.c, explicit=True)
        if kd == "NUM":
            return self.day_month(k) or self.year_first(k)
        if kd == "ORDWORD":
            return self.day_month(k)
        if kd in ("GMONTH", "BMONTH", "HMONTH"):
            return self.month_first(k)
        if kd == "GATA":
            return self.gata(k)
        if kd == "THISUNIT":
            return self.thisunit(k)
        if kd == "NUMAGO":
            n = t0.a
            return k + 1, t0.end, _Date("unit", unit=t0.b, off=None if n is None else n * t0.c)
        if kd == "RELDAY":
            v = t0.a
            if v == "kal":
                return k + 1, t0.end, _Date("kal")
            if v == "lastnight":
                return k + 1, t0.end, _Date("rday", off=-1)
            if v is None:
                return k + 1, t0.end, _Date("unknown")
            return k + 1, t0.end, _Date("rday", off=v)
        if kd == "WEEKDAY":
            return k + 1, t0.end, _Date("wday", d=t0.a, mode="last_incl")
        return None

    def explicit_date(self, k):
        """An explicit day date at token k (for joining with a weekday or a time)."""
        if k >= self.n:
            return None
        t0 = self.t[k]
        if t0.kind in ("NUMDATE", "NUM", "ORDWORD"):
            r = self.date_core(k)
        elif t0.kind == "GMONTH":
            r = self.month_first(k, allow_bare=False)
        else:
            return None
        if r is None or r[2].kind not in ("ymd", "md"):
            return None
        return r

    # --- time ------------------------------------------------------------------------
    def time(self, k):
        """[DAYPART] [FRAC] HOUR [N মিনিট] [AM/PM] → (k, end, _Time or None, daypart)."""
        if k >= self.n:
            return None
        t = self.t[k]
        part = None
        j, end = k, None
        if t.kind == "DAYPART":
            part = t.a
            j, end = k + 1, t.end
            t = self.t[j] if j < self.n and self.sep(end, j) == "" else None
            if t is None or t.kind not in ("FRAC", "HOURNUM", "HOURWORD", "CLOCK"):
                return j, end, None, part
        frac = None
        if t.kind == "FRAC":
            frac = t.a
            fe = t.end
            t = self.t[j + 1] if j + 1 < self.n and self.sep(fe, j + 1) == "" else None
            if t is None or t.kind not in ("HOURNUM", "HOURWORD"):
                return (j, end, None, part) if part else None
            j += 1
        if t.kind not in ("HOURNUM", "HOURWORD", "CLOCK", "GHONTA"):
            return None
        h, mi = t.a, t.b
        j, end = j + 1, t.end
        ampm = None
        has_minutes = False
        if t.kind in ("HOURNUM", "HOURWORD"):
            if frac is None and t.b == 0:
                nt = self.nxt(end, j, ("NUM",))
                if nt is not None and nt.b <= 2 and not nt.c:
                    mt = self.nxt(nt.end, j + 1, ("MINUTE",))
                    if mt is not None:
                        mi, has_minutes = nt.a, True
                        j, end = j + 2, mt.end
        elif t.kind == "CLOCK":
            mt = self.nxt(end, j, ("MINUTE",))
            if mt is not None:
                has_minutes = True
                j, end = j + 1, mt.end
        at = self.nxt(end, j, ("AMPM",))
        if at is not None and t.kind != "GHONTA":
            ampm = at.a
            j, end = j + 1, at.end
        # bare hours need something that makes them a clock time
        if part is None and frac is None and ampm is None:
            if t.kind == "HOURNUM":
                if not (t.c in _AT_HOUR_SUFFIXES or has_minutes
                        or _HOUR_CONTEXT.match(self.text, t.end)):
                    return None
            elif t.kind == "HOURWORD":
                if not (has_minutes or (t.a, t.b) != (1, 0) and (
                    t.c in _AT_HOUR_SUFFIXES or _HOUR_CONTEXT.match(self.text, t.end)
                )):
                    return None
            elif t.kind == "CLOCK" and t.c == "." and not has_minutes:
                return None
        if t.kind == "CLOCK" and t.c == "-" and part is None:
            return None
        tm = _make_time(t.kind, h, mi, frac, ampm, part)
        if tm is None:
            return None
        if t.kind == "GHONTA" or (t.kind == "CLOCK" and t.c == ": " and ampm is None and part is None):
            tm.needs_date = True
        return j, end, tm, part

    # --- whole expressions -----------------------------------------------------------
    def expression(self, k):
        """The longest expression starting at token k → (k_next, start, end, resolved…)."""
        start = self.t[k].start
        r = self.date_core(k)
        if r is None:
            return self.time_first(k)
        j, end, x = r
        # a relative day followed by its weekday: গতকাল বুধবার, কাল বুধবার
        if x.kind in ("rday", "kal", "unknown"):
            sp = self.sep(end, j)
            wt = self.nxt(end, j, ("WEEKDAY",), ("", ",", "("))
            if wt is not None:
                x.wd = wt.a
                j, end = j + 1, wt.end
                if sp == "(":
                    end = self.close_paren(end)
        # a weekday or relative day followed by the explicit date: বুধবার, ২৪ ডিসেম্বর ২০২৫
        if x.kind in ("rday", "kal", "wday", "unknown"):
            sp = self.sep(end, j)
            if sp in ("", ",", "("):
                r2 = self.explicit_date(j)
                if r2 is not None:
                    wd = x.d if x.kind == "wday" else x.wd
                    j, end, x = r2
                    x.wd = wd
                    if sp == "(":
                        end = self.close_paren(end)
        elif x.explicit and x.kind in ("ymd", "md"):
            # an explicit date followed by its weekday: ২৩ ডিসেম্বর (মঙ্গলবার)
            sp = self.sep(end, j)
            if sp in ("", ",", "(") and self.t[j].kind == "WEEKDAY":
                x.wd = self.t[j].a
                end = self.t[j].end
                j += 1
                if sp == "(":
                    end = self.close_paren(end)
        if x.kind == "kal" and x.wd is None:
            tr = self.time(j) if self.sep(end, j) == "" else None
            if tr is None:
                return None
        if x.day_level:
            sp = self.sep(end, j)
            if sp is not None and sp in ("", ",", "|"):
                tr = self.time(j)
                if tr is not None and (tr[2] is not None or sp == ""):
                    j, end, tm, _part = tr
                    return (j, start, end) + _combine(x, tm, self.ref)
        if x.kind == "kal" and x.wd is None:
            return None
        return (j, start, end) + _finish(x, self.ref)

    def time_first(self, k):
        r = self.time(k)
        if r is None or r[2] is None:
            return None
        j, end, tm, _part = r
        sp = self.sep(end, j)
        if sp in ("", ",", "|"):
            r2 = self.explicit_date(j)
            if r2 is None and j < self.n and self.t[j].kind == "WEEKDAY":
                sp2 = self.sep(self.t[j].end, j + 1)
                if sp2 in ("", ","):
                    r2 = self.explicit_date(j + 1)
            if r2 is not None:
                j2, end2, x = r2
                return (j2, self.t[k].start, end2) + _combine(x, tm, self.ref)
        if tm.needs_date:
            return None
        return (j, self.t[k].start, end, f"{tm.hour:02d}:{tm.minute:02d}", "time", "gregorian", False)

    def run(self, ref):
        self.ref = ref
        out = []
        k = 0
        while k < self.n:
            r = self.expression(k)
            if r is None:
                k += 1
                continue
            j, start, end, value, gran, cal, rel = r
            out.append(DateSpan(start, end, value, gran, cal, rel))
            k = max(j, k + 1)
        return out


_DAYPART_HOURS = {
    # part: function of the written hour (1-12) → 24-hour clock
    "dawn": lambda h: h % 12,
    "morning": lambda h: h % 12 if h != 12 else 12,
    "daytime": lambda h: h if 10 <= h <= 12 else h + 12,
    "noon": lambda h: h if h >= 11 else h + 12,
    "afternoon": lambda h: h if h == 12 else h + 12,
    "evening": lambda h: h if h == 12 else h + 12,
    "night": lambda h: 0 if h == 12 else (h + 12 if h >= 6 else h),
    "midnight": lambda h: 0 if h == 12 else (h + 12 if h >= 6 else h),
    "following_night": lambda h: 0 if h == 12 else (h + 12 if h >= 6 else h),
}


def _make_time(kind, h, mi, frac, ampm, part) -> Optional[_Time]:
    if h is None or mi is None:
        return None
    if kind in ("HOURNUM", "HOURWORD"):
        if not 1 <= h <= 12:
            return None
        if frac is not None:
            if frac < 0:
                h, mi = (h - 1 if h > 1 else 12), 60 + frac
            else:
                mi = frac
    shift = 0
    if ampm is not None:
        if not 1 <= h <= 12 and not (kind == "CLOCK" and h == 0):
            return None
        h = h % 12 + (12 if ampm == "pm" else 0)
    elif part is not None and 1 <= h <= 12:
        written = h
        h = _DAYPART_HOURS[part](h)
        if part in ("night", "midnight", "following_night") and written == 12:
            shift = 1
        elif part == "following_night" and h < 6:
            shift = 1
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return None
    return _Time(h, mi, shift)


def _finish(x: _Date, ref):
    value, gran, rel, _g, _md = _resolve(x, ref)
    return value, gran, x.cal, rel


def _combine(x: _Date, tm: Optional[_Time], ref):
    value, gran, rel, g, md = _resolve(x, ref)
    if tm is None or gran != "date":
        return value, gran, x.cal, rel
    hhmm = f"T{tm.hour:02d}:{tm.minute:02d}"
    if g is not None:
        try:
            g = g + _dt.timedelta(days=tm.shift)
        except OverflowError:
            return None, "datetime", x.cal, rel
        return g.isoformat() + hhmm, "datetime", x.cal, rel
    if md is not None:
        d = _dt.date(2000, md[0], md[1]) + _dt.timedelta(days=tm.shift)
        return f"--{d.month:02d}-{d.day:02d}{hhmm}", "datetime", x.cal, rel
    return None, "datetime", x.cal, rel


# =========================================================================================
# Public functions
# =========================================================================================


def _as_date(reference) -> Optional[_dt.date]:
    if reference is None:
        return None
    if isinstance(reference, _dt.datetime):
        return reference.date()
    if isinstance(reference, _dt.date):
        return reference
    raise TypeError(f"reference must be a date or datetime, not {type(reference).__name__}")


def extract_dates(
    text: str, reference: _dt.date | _dt.datetime | None = None, *, starts=None
) -> list[DateSpan]:
    """All date and time expressions in ``text``, sorted by start, non-overlapping.

    ``reference`` (the article's date) resolves relative expressions; without it they are
    returned with value None.  Offsets index ``text`` as given.

    ``starts``, when given, is the sorted list of the only positions where a date token may
    begin (the pipeline passes the starts of its number tokens, the positions after the
    separators inside them, and the starts of words for which :func:`is_trigger_word` holds);
    the result is the same as scanning every position, only faster.
    """
    ref = _as_date(reference)
    if not text or (starts is None and not _PREFILTER.search(text)):
        return []
    toks = _lex(text, starts)
    if not toks:
        return []
    return _Parser(text, toks).run(ref)


_PUB_LABEL = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?P<pub>" + _alts(W.PUBLISHED_LABELS) + r")|(?P<upd>"
    + _alts(W.UPDATED_LABELS) + r"))(?![\p{L}\p{M}])[ \t]*(?:[:：ঃ][ \t]*)?"
)
_PUB_WINDOW = 3000
# every label contains one of these (a plain substring test is far cheaper than the pattern)
_PUB_QUICK = tuple({_nfc(w.split()[0]) for w in W.PUBLISHED_LABELS + W.UPDATED_LABELS}
                   | {"প্রকাশ", "আপডেট", "হালনাগাদ"})


def find_publication_date(text: str) -> _dt.datetime | _dt.date | None:
    """The date on the article's own publication line (প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম).

    Looks at the first ~3000 characters for a label (প্রকাশ, প্রকাশিত, প্রকাশের সময়,
    আপডেট, সর্বশেষ আপডেট, হালনাগাদ; with or without ':') immediately followed by a full
    date with its year; a published-label wins over an updated-label.  Returns a
    :class:`datetime.datetime` when a time is given, else a :class:`datetime.date`.
    """
    if not text:
        return None
    head = text[:_PUB_WINDOW]
    if not any(word in head for word in _PUB_QUICK):
        return None  # no label at all: skip the pattern
    found = {"pub": None, "upd": None}
    for m in _PUB_LABEL.finditer(head):
        which = "pub" if m.group("pub") is not None else "upd"
        if found[which] is not None:
            continue
        window = head[m.end() : m.end() + 120]
        spans = extract_dates(window)
        if not spans or spans[0].start != 0 or spans[0].value is None:
            continue
        sp = spans[0]
        v = sp.value
        if v.startswith("--") or sp.granularity not in ("date", "datetime"):
            continue
        try:
            if sp.granularity == "datetime":
                found[which] = _dt.datetime.strptime(v, "%Y-%m-%dT%H:%M")
            else:
                found[which] = _dt.date.fromisoformat(v)
        except ValueError:
            continue
        if which == "pub":
            break
    return found["pub"] or found["upd"]
