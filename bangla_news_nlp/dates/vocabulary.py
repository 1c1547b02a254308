"""The date vocabulary: the word tables and the compiled patterns of the date scanner.

A :class:`DateVocabulary` is built from a *date-words* object: anything with the attributes
of :mod:`bangla_news_nlp.lang.bn.date_words` (that module itself by default, or a copy with
more spellings).  Building compiles one :mod:`regex` pattern for the whole scan (word lists
written as tries, several times faster than flat alternations; a run of letters is split
into a date word and its ending by a dictionary lookup, :meth:`DateVocabulary.split_word`,
not by the pattern), the tables that map a matched word to its class and value, and the
publication-label pattern.

:meth:`DateVocabulary.default` is the vocabulary of the shipped word lists: built once, on
first use (not at import), and shared by the whole process and its threads (a built
vocabulary is only read, but for the cache of :meth:`DateVocabulary.split_word`, whose
entries any thread may add: at worst a run is split twice).
"""

from __future__ import annotations

import threading
import unicodedata
from enum import Enum
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Tuple

import regex

__all__ = ["DateVocabulary", "WordClass", "CLASSES_WITHOUT_ENDINGS", "is_trigger_word"]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def lookup_key(s: str) -> str:
    """Lookup key of a matched word: NFC, single spaces."""
    return " ".join(nfc(s).split())


_NUKTA_ALTERNATIVES = {
    "\u09af\u09bc": "(?:\u09af\u09bc|\u09df)",  # য়
    "\u09a1\u09bc": "(?:\u09a1\u09bc|\u09dc)",  # ড়
    "\u09a2\u09bc": "(?:\u09a2\u09bc|\u09dd)",  # ঢ়
}


def _regex_units(word: str) -> list:
    """A word as regex units: one character, a য় ড় ঢ় pair, or a stretch of spaces."""
    w = nfc(word)
    out = []
    i = 0
    while i < len(w):
        pair = w[i : i + 2]
        if pair in _NUKTA_ALTERNATIVES:
            out.append(_NUKTA_ALTERNATIVES[pair])
            i += 2
        elif w[i] == " ":
            out.append("[ \t]+")
            i += 1
        else:
            out.append(regex.escape(w[i]))
            i += 1
    return out


def alternation(words: Iterable[str]) -> str:
    """One regex matching any of ``words``, longest first, written as a trie.

    Factoring the common prefixes makes the scan several times faster than a flat
    alternation: at most positions a single character class decides.
    """
    trie: dict = {}
    for w in {nfc(w) for w in words}:
        node = trie
        for u in _regex_units(w):
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


def _word_to_value(mapping: Mapping[Any, Iterable[str]]) -> dict:
    """{value: (words…)} → {key(word): value}."""
    out = {}
    for value, words in mapping.items():
        for w in words:
            out[lookup_key(w)] = value
    return out


_ENDING_TABLES = frozenset({"CONSONANT_ENDINGS", "VOWEL_ENDINGS"})


def _has_empty_word(value: Any) -> bool:
    """Whether a word table (strings, collections and mappings of them) holds a string that
    is empty or only spaces."""
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Mapping):
        return any(_has_empty_word(k) or _has_empty_word(v) for k, v in value.items())
    if isinstance(value, (tuple, list, set, frozenset)):
        return any(_has_empty_word(v) for v in value)
    return False


def _all_words(mapping: Mapping[Any, Iterable[str]]) -> list:
    return [w for words in mapping.values() for w in words]


class WordClass(Enum):
    """The classes of single date words in the word tables (what the scanner looks up)."""

    GREGORIAN_MONTH = "gregorian month"  #: value: month 1-12
    GREGORIAN_MONTH_ABBREVIATION = "gregorian month abbreviation"  #: value: month 1-12
    BANGLA_MONTH = "bangla month"  #: value: month 1-12
    BANGLA_MONTH_WEAK = "bangla month, also an ordinary word"  #: value: month 1-12
    HIJRI_MONTH = "hijri month"  #: value: month 1-12
    HIJRI_MONTH_WEAK = "hijri month, also an ordinary word or a name"  #: value: month 1-12
    WEEKDAY = "weekday"  #: value: 0-6, Monday = 0
    ORDINAL_DAY = "ordinal day word"  #: value: day 1-31 (পহেলা, একুশে)
    RELATIVE_DAY = "relative day"  #: value: offset in days, None (পরশু) or "kal" (কাল)
    LAST_NIGHT = "last night"  #: গতরাতে; no value
    DIRECTION = "direction"  #: value: -1 (গত), +1 (আগামী), 0 (চলতি)
    YEAR_MARKER = "year marker"  #: value: the calendar ("gregorian", "bangla", "hijri")
    MINUTE = "minute word"  #: মিনিট; no value
    MERIDIEM = "am or pm"  #: value: "am" or "pm"
    DAY_PART = "day part"  #: value: the part's name in DAY_PARTS ("night")
    HOUR_FRACTION = "hour fraction"  #: value: minutes (সাড়ে = 30, পৌনে = -15)
    DATE_WORD = "date word"  #: তারিখ; no value
    UNIT = "unit"  #: value: "day", "week", "month", "year" or "fiscal_year"
    RANGE_WORD = "range word"  #: থেকে between the ends of a range; no value


#: Word classes written without case endings (an ending makes the word something else).
CLASSES_WITHOUT_ENDINGS: FrozenSet[WordClass] = frozenset({
    WordClass.RELATIVE_DAY, WordClass.LAST_NIGHT, WordClass.DIRECTION, WordClass.ORDINAL_DAY,
    WordClass.HOUR_FRACTION, WordClass.MERIDIEM, WordClass.MINUTE, WordClass.RANGE_WORD,
})

#: The attributes a date-words object must have (those of lang/bn/date_words.py).
REQUIRED_WORDS = (
    "CONSONANT_ENDINGS", "VOWEL_ENDINGS", "GENITIVE_ENDINGS", "GREGORIAN_MONTHS",
    "GREGORIAN_MONTH_ABBREVIATIONS", "AMBIGUOUS_MONTHS_NEED_NUMBER",
    "AMBIGUOUS_MONTHS_NEED_CONTEXT", "MARCH_NOT_MONTH_BEFORE", "MARCH_NOT_MONTH_AFTER",
    "MONTH_AS_NAME_FOLLOWERS", "WEEKDAYS", "WEEKDAY_NOT_DATE_BEFORE", "ORDINAL_DAY_SUFFIXES",
    "ORDINAL_DAY_WORDS", "NUMBER_WORDS", "GREGORIAN_YEAR_WORDS", "GREGORIAN_YEAR_ABBREVIATIONS",
    "BANGLA_YEAR_WORDS", "BANGLA_YEAR_ABBREVIATIONS", "HIJRI_YEAR_WORDS",
    "HIJRI_YEAR_ABBREVIATIONS", "RELATIVE_DAYS", "LAST_NIGHT", "LAST_WORDS", "NEXT_WORDS",
    "THIS_WORDS", "UNITS", "AGO_WORDS", "LATER_WORDS", "DATE_WORD", "DAY_PARTS", "HOUR_WORDS",
    "HOUR_SUFFIXES", "HOUR_FRACTIONS", "MINUTE_WORDS", "HOUR_CONTEXT_AFTER", "AM_WORDS",
    "PM_WORDS", "HOURS_WORD", "BANGLA_MONTHS", "BANGLA_MONTHS_WEAK", "HIJRI_MONTHS",
    "HIJRI_MONTHS_WEAK",
    "PUBLISHED_LABELS", "UPDATED_LABELS", "RANGE_WORDS", "FISCAL_YEAR_WORDS",
    "FISCAL_YEAR_START",
)

DIGIT = "[0-9০-৯]"
# A token starts where no letter, mark or digit is just before it.
_LEFT_BOUNDARY = r"(?<![\p{L}\p{M}\p{N}])"
# A number does not continue a decimal, a time or a date (the 04 of 12:04).
_NOT_AFTER_NUMBER_SEPARATOR = r"(?<![0-9০-৯][.,:/])"
# Right boundaries: after a word; after an abbreviation ending in '.'; after a number (which
# also does not go on as a decimal, a time or a date).
WORD_END = r"(?![\p{L}\p{M}\p{N}])"
_ABBREVIATION_END = r"(?![\p{L}\p{M}])"
_NUMBER_END = r"(?![\p{L}\p{M}\p{N}]|[.,:/][0-9০-৯])"
_SPACES = "[ \t]+"


def _is_abbreviation(w: str) -> bool:
    return w.endswith((".", "ঃ"))


class DateVocabulary:
    """Word tables and compiled patterns of the date scanner, built from a date-words object.

    Build one with :meth:`from_words` (any object with the attributes of
    :mod:`bangla_news_nlp.lang.bn.date_words`), or take the shared one of the shipped word
    lists with :meth:`default`.  Pass it to :func:`~bangla_news_nlp.dates.extract_dates` and
    :func:`~bangla_news_nlp.dates.find_publication_date` (``vocabulary=``).  A built
    vocabulary is never changed: threads can share it.

    Attributes read by the scanner and the grammar (all built from the words object):

    ``words`` / ``abbreviations``
        ``{lookup key: (WordClass, value)}`` of the single date words; words ending in '.'
        or 'ঃ' are abbreviations, matched with a looser right boundary.
    ``pattern``
        the compiled scanner pattern (its named groups are the raw token kinds).
    ``prefilter``
        a cheap pattern: a text without a match has no date token.
    """

    # the attributes set in from_words (documented there)
    __slots__ = (
        "source", "words", "abbreviations", "direction_words", "number_words", "hour_words",
        "ago_words", "genitive_endings", "need_number_months", "need_context_months",
        "not_weekday_before", "march_not_month_before", "march_not_month_after",
        "month_name_followers", "at_hour_suffixes", "unit_of", "prefilter",
        "hour_context", "not_may", "_trigger_prefixes", "_trigger_rests", "publication_label",
        "after_number_space", "_pattern",
        "publication_quick", "_endings", "_splits",
        "fiscal_year_start",
    )

    def __init__(self) -> None:  # use from_words() or default()
        pass

    # ------------------------------------------------------------------------------------
    @classmethod
    def default(cls) -> "DateVocabulary":
        """The vocabulary of the shipped word lists (:mod:`bangla_news_nlp.lang.bn.date_words`),
        built on the first call and shared afterwards (thread-safe)."""
        global _DEFAULT
        if _DEFAULT is None:
            with _DEFAULT_LOCK:
                if _DEFAULT is None:
                    from ..lang.bn import date_words

                    _DEFAULT = cls.from_words(date_words)
        return _DEFAULT

    @classmethod
    def from_words(cls, words: Any) -> "DateVocabulary":
        """Build a vocabulary from ``words``: any object (a module, a class, a
        ``types.SimpleNamespace``) with the attributes of
        :mod:`bangla_news_nlp.lang.bn.date_words`.

        :raises TypeError: ``words`` lacks some of those attributes (the message lists them),
            or one of them has the wrong shape.
        """
        name_of = _name_of(words)
        missing = [name for name in REQUIRED_WORDS if not hasattr(words, name)]
        if missing:
            raise TypeError(
                f"date words object {name_of} lacks {', '.join(missing)} (it needs the "
                "attributes of bangla_news_nlp.lang.bn.date_words)"
            )
        for name in REQUIRED_WORDS:
            # (the endings hold "", no ending; every other table holds words)
            if name not in _ENDING_TABLES and _has_empty_word(getattr(words, name)):
                raise TypeError(f"date words object {name_of}: {name} holds an empty word (it "
                                "would match everywhere)")
        try:
            return cls._build(words)
        except (AttributeError, TypeError, ValueError) as exc:
            raise TypeError(
                f"date words object {name_of} has an attribute of the wrong shape "
                f"(see bangla_news_nlp.lang.bn.date_words): {exc}"
            ) from exc

    @classmethod
    def _build(cls, W: Any) -> "DateVocabulary":
        self = cls()
        self.source = W
        words: Dict[str, Tuple[WordClass, Any]] = {}
        abbreviations: Dict[str, Tuple[WordClass, Any]] = {}

        def add(table: dict, word_class: WordClass, mapping) -> None:
            for value, ws in mapping.items():
                for w in ws:
                    table.setdefault(lookup_key(w), (word_class, value))

        add(words, WordClass.GREGORIAN_MONTH, W.GREGORIAN_MONTHS)
        add(abbreviations, WordClass.GREGORIAN_MONTH_ABBREVIATION, W.GREGORIAN_MONTH_ABBREVIATIONS)
        add(words, WordClass.BANGLA_MONTH, W.BANGLA_MONTHS)
        add(words, WordClass.BANGLA_MONTH_WEAK, W.BANGLA_MONTHS_WEAK)
        add(words, WordClass.HIJRI_MONTH, W.HIJRI_MONTHS)
        add(words, WordClass.HIJRI_MONTH_WEAK, W.HIJRI_MONTHS_WEAK)
        add(words, WordClass.WEEKDAY, W.WEEKDAYS)
        add(words, WordClass.ORDINAL_DAY, W.ORDINAL_DAY_WORDS)
        for w, v in W.RELATIVE_DAYS.items():
            words[lookup_key(w)] = (WordClass.RELATIVE_DAY, v)
        for w in W.LAST_NIGHT:
            words[lookup_key(w)] = (WordClass.LAST_NIGHT, None)
        for w in W.LAST_WORDS:
            words[lookup_key(w)] = (WordClass.DIRECTION, -1)
        for w in W.NEXT_WORDS:
            words[lookup_key(w)] = (WordClass.DIRECTION, 1)
        words[lookup_key("চলতি")] = (WordClass.DIRECTION, 0)
        for word_class, value, ws in (
            (WordClass.YEAR_MARKER, "gregorian",
             tuple(W.GREGORIAN_YEAR_WORDS) + tuple(W.GREGORIAN_YEAR_ABBREVIATIONS)),
            (WordClass.YEAR_MARKER, "bangla",
             tuple(W.BANGLA_YEAR_WORDS) + tuple(W.BANGLA_YEAR_ABBREVIATIONS)),
            (WordClass.YEAR_MARKER, "hijri",
             tuple(W.HIJRI_YEAR_WORDS) + tuple(W.HIJRI_YEAR_ABBREVIATIONS)),
            (WordClass.MINUTE, None, tuple(W.MINUTE_WORDS)),
        ):
            for w in ws:
                (abbreviations if _is_abbreviation(w) else words)[lookup_key(w)] = (word_class, value)
        for w in tuple(W.AM_WORDS) + tuple(W.PM_WORDS):
            meridiem = "am" if w in W.AM_WORDS else "pm"
            (abbreviations if _is_abbreviation(w) else words)[lookup_key(w)] = (
                WordClass.MERIDIEM, meridiem)
        add(words, WordClass.DAY_PART, W.DAY_PARTS)
        for w, v in W.HOUR_FRACTIONS.items():
            words[lookup_key(w)] = (WordClass.HOUR_FRACTION, v)
        words[lookup_key(W.DATE_WORD)] = (WordClass.DATE_WORD, None)
        add(words, WordClass.UNIT, W.UNITS)
        add(words, WordClass.UNIT, {"fiscal_year": W.FISCAL_YEAR_WORDS})
        for w in W.RANGE_WORDS:
            words.setdefault(lookup_key(w), (WordClass.RANGE_WORD, None))
        self.words = words
        month, day = W.FISCAL_YEAR_START
        if not (1 <= month <= 12 and 1 <= day <= 28):
            raise ValueError(f"FISCAL_YEAR_START must be (month, day ≤ 28), not {(month, day)!r}")
        self.fiscal_year_start = (month, day)
        self.abbreviations = abbreviations

        self.direction_words = {
            **{lookup_key(w): -1 for w in W.LAST_WORDS},
            **{lookup_key(w): 1 for w in W.NEXT_WORDS},
            **{lookup_key(w): 0 for w in W.THIS_WORDS},
        }
        self.number_words = _word_to_value(W.NUMBER_WORDS)
        self.hour_words = _word_to_value(W.HOUR_WORDS)
        self.unit_of = _word_to_value(W.UNITS)
        self.ago_words = frozenset(lookup_key(w) for w in W.AGO_WORDS)
        self.genitive_endings = frozenset(lookup_key(e) for e in W.GENITIVE_ENDINGS)
        self._endings = frozenset(lookup_key(e) for e in
                                  set(W.CONSONANT_ENDINGS) | set(W.VOWEL_ENDINGS))
        self._splits: Dict[str, Optional[Tuple[str, str]]] = {}
        self.need_number_months = frozenset(lookup_key(w) for w in W.AMBIGUOUS_MONTHS_NEED_NUMBER)
        self.need_context_months = frozenset(lookup_key(w) for w in W.AMBIGUOUS_MONTHS_NEED_CONTEXT)
        self.not_weekday_before = frozenset(lookup_key(w) for w in W.WEEKDAY_NOT_DATE_BEFORE)
        self.march_not_month_before = frozenset(lookup_key(w) for w in W.MARCH_NOT_MONTH_BEFORE)
        self.march_not_month_after = frozenset(lookup_key(w) for w in W.MARCH_NOT_MONTH_AFTER)
        self.month_name_followers = tuple(lookup_key(w) for w in W.MONTH_AS_NAME_FOLLOWERS)
        # the suffixes that make a bare hour a time: ১০টায় (at ten), not ১০টা (ten of them)
        self.at_hour_suffixes = frozenset(
            lookup_key(s) for s in W.HOUR_SUFFIXES if s != "টা" and s != "টার")

        self._pattern = None  # compiled on first use (see the pattern property)
        # Cheap test before the full scan: a digit or the first two letters of a date word.
        self.prefilter = regex.compile(
            "[0-9০-৯]|" + alternation({w[:2] for w in list(words) + list(abbreviations)}))
        self.hour_context = regex.compile(r"[ \t]+" + alternation(W.HOUR_CONTEXT_AFTER) + WORD_END)
        self.not_may = regex.compile(r"\.|[ \t]*টন")
        # what may come after a number and one space within a token of the pattern: an hour
        # suffix (১০ টায়) or ঘণ্টা (১২০৪ ঘণ্টা), told by their first characters (the
        # scanner tells every other number after a space without the pattern)
        self.after_number_space = frozenset(
            nfc(w)[0] for w in tuple(W.HOUR_SUFFIXES) + tuple(W.HOURS_WORD))

        # The words a word-led date token starts with, and what may follow such a word
        # within the token: a case ending (ডিসেম্বরে), an hour suffix after an hour word
        # (দশটায়), nothing after the first word of a multi-word date word or an abbreviation
        # (the space or the dot is another token).  A word of the text triggers a scan only
        # when it is one of these words followed by one of its continuations.
        endings = frozenset(nfc(e) for e in tuple(W.CONSONANT_ENDINGS) + tuple(W.VOWEL_ENDINGS))
        endings |= {""}
        # (an hour word is a token only with its suffix: দশটায়, never দশ alone)
        hour_suffixes = frozenset(nfc(x) for x in W.HOUR_SUFFIXES)
        rests: Dict[str, set] = {}

        def allow(word: str, after) -> None:
            if word:
                rests.setdefault(word, set()).update(after)

        for key in words:
            first, _, more = key.partition(" ")
            allow(first, {""} if more else endings)
        for key in abbreviations:
            first = key.split(" ")[0]
            for form in {first.rstrip(".ঃ"), first.split(".")[0]}:
                allow(form, {"", "ঃ"})
        for w in _all_words(W.HOUR_WORDS):
            first, _, more = lookup_key(w).partition(" ")
            allow(first, {""} if more else hour_suffixes)
        for w in _all_words(W.UNITS):
            allow(lookup_key(w).partition(" ")[0], {""})
        by_first: Dict[str, list] = {}
        for w in rests:
            by_first.setdefault(w[0], []).append(w)
        self._trigger_prefixes = {c: tuple(ws) for c, ws in by_first.items()}
        self._trigger_rests = {w: frozenset(after) for w, after in rests.items()}

        labels = tuple(W.PUBLISHED_LABELS) + tuple(W.UPDATED_LABELS)
        self.publication_label = regex.compile(
            r"(?<![\p{L}\p{M}])(?:(?P<published>" + alternation(W.PUBLISHED_LABELS)
            + r")|(?P<updated>" + alternation(W.UPDATED_LABELS)
            + r"))(?![\p{L}\p{M}])[ \t]*(?:[:：ঃ][ \t]*)?"
        )
        # every label starts with its first word up to any য় ড় ঢ় (which a text may write
        # precomposed): a plain substring test of these is far cheaper than the pattern
        self.publication_quick = tuple({_before_nukta(nfc(w.split()[0])) for w in labels})
        return self

    @property
    def pattern(self):
        """The compiled scanner pattern (compiled on first use: a Pipeline asks for it when it
        is built; a vocabulary used only for trigger words never compiles it)."""
        pattern = self._pattern
        if pattern is None:
            with _PATTERN_LOCK:
                if self._pattern is None:
                    self._pattern = _scanner_pattern(self.source, self.words, self.abbreviations)
                pattern = self._pattern
        return pattern

    def split_word(self, run: str) -> Optional[Tuple[str, str]]:
        """A run of letters and marks as a date word and its ending (the lookup keys:
        ``("জুলাই", "য়ের")`` for জুলাইয়ের), the longest date word first; None when it is no
        date word with an ending.  (What the scanner pattern once did with an alternation of
        every date word, whose compilation cost about 15 ms of the cold start; remembered
        per run, in a cache any thread may fill.)"""
        hit = self._splits.get(run, False)
        if hit is not False:
            return hit  # type: ignore[return-value]
        hit = None
        words, endings = self.words, self._endings
        for k in range(len(run), 0, -1):
            word = lookup_key(run[:k])
            if word in words:
                ending = lookup_key(run[k:])
                if ending in endings:
                    hit = (word, ending)
                    break
        if len(self._splits) > 100_000:  # (bounded over a long archive)
            self._splits.clear()
        self._splits[run] = hit
        return hit

    # ------------------------------------------------------------------------------------
    def is_trigger_word(self, word: str) -> bool:
        """Whether a date token may start at the start of ``word`` (a number, or a word that
        starts with a date word); used to pass :func:`~bangla_news_nlp.dates.extract_dates`
        the only positions worth trying."""
        if not word:
            return False
        first = word[0]
        if first in DIGITS:
            return True
        prefixes = self._trigger_prefixes.get(first)
        if prefixes is None or not word.startswith(prefixes):
            return False
        rests = self._trigger_rests
        for p in prefixes:
            if word.startswith(p):
                rest = word[len(p):]
                # (a string that is not one token may go on after a boundary: জানু.)
                if rest in rests[p] or (rest and unicodedata.category(rest[0])[0] not in "LMN"):
                    return True
        return False

    def __repr__(self) -> str:
        return f"DateVocabulary.from_words({_name_of(self.source)})"


def _before_nukta(word: str) -> str:
    """``word`` up to its first য় ড় ঢ় (NFC writes them decomposed, a text may not); empty
    for a word that starts with one (its label then passes the prefilter in every text)."""
    cut = min((i for i in (word.find(pair) for pair in _NUKTA_ALTERNATIVES) if i >= 0),
              default=len(word))
    return word[:cut]


def _name_of(words: Any) -> str:
    """A date-words object in one short word (a module's or class's name, else its type's):
    its repr would list every word table."""
    return getattr(words, "__name__", type(words).__name__)


#: the digits of both sets (what DIGIT matches)
DIGITS = frozenset("0123456789০১২৩৪৫৬৭৮৯")


def _scanner_pattern(W: Any, words: Mapping[str, Any], abbreviations: Mapping[str, Any]):
    """The one pattern of the scan: its named groups are the raw token kinds (see lexer)."""
    endings = alternation(set(W.CONSONANT_ENDINGS) | set(W.VOWEL_ENDINGS))
    # AM / PM glued to the time before it (১২:০৪পিএম, ১০টাপিএম, ১০pm)
    meridiem = alternation(tuple(W.AM_WORDS) + tuple(W.PM_WORDS))
    glued = lambda name: rf"(?P<{name}>{meridiem})(?![\p{{L}}\p{{M}}\p{{N}}])"
    digit_led = [
        # 24-12-2025, 24/12/2025, 24.12.2025, 2025-12-24
        rf"(?P<NUMDATE>(?P<nd_a>{DIGIT}{{1,4}})(?P<nd_s>[-/.])(?P<nd_b>{DIGIT}{{1,2}})"
        rf"(?P=nd_s)(?P<nd_c>{DIGIT}{{1,4}}){_NUMBER_END})",
        # সন্ধ্যা ৬-৪৫ (TV listings): an H-MM time only right after a day-part word
        rf"(?P<DPCLOCK>(?<={alternation(_all_words(W.DAY_PARTS))}[ \t]+)"
        rf"(?P<dc_h>{DIGIT}{{1,2}})-(?P<dc_m>{DIGIT}{{2}}){_NUMBER_END})",
        # 12:04, 12: 04 (Prothom Alo), 10.30 (only with context)
        rf"(?P<CLOCK>(?P<ck_h>{DIGIT}{{1,2}})(?P<ck_s>:[ ]?|\.)(?P<ck_m>{DIGIT}{{2}})"
        rf"(?::{DIGIT}{{2}})?(?:{glued('ck_mer')}|{_NUMBER_END}))",
        # 1204 ঘণ্টা (only before a date)
        rf"(?P<GHONTA>(?P<gh>{DIGIT}{{4}})[ ]?{alternation(W.HOURS_WORD)}{WORD_END})",
        # ১০টা, ১০টায়, ১০ টার
        rf"(?P<HOURNUM>(?P<hn>{DIGIT}{{1,2}})[ ]?(?P<hn_s>{alternation(W.HOUR_SUFFIXES)})"
        rf"(?:{glued('hn_mer')}|{WORD_END}))",
        # ১০পিএম: an hour and AM / PM, glued
        rf"(?P<HOURMER>(?P<hm>{DIGIT}{{1,2}}){glued('hm_mer')})",
        # any number, with an optional ordinal day suffix (১লা, ২১শে, ১৫ই)
        rf"(?P<NUM>(?P<num>{DIGIT}+)(?:(?P<num_s>{alternation(W.ORDINAL_DAY_SUFFIXES)}){WORD_END}"
        rf"|{_NUMBER_END}))",
    ]
    word_led = [
        # দিন আগে, মাস পরে (the number before it is joined by the scanner)
        rf"(?P<UNITAGO>(?P<ua_u>{alternation(_all_words(W.UNITS))}){_SPACES}"
        rf"(?P<ua_d>{alternation(tuple(W.AGO_WORDS) + tuple(W.LATER_WORDS))}){WORD_END})",
        # দশটা, সাড়ে আটটায়, দেড়টার
        rf"(?P<HOURWORD>(?P<hw>{alternation(_all_words(W.HOUR_WORDS))})"
        rf"(?P<hw_s>{alternation(W.HOUR_SUFFIXES)}){WORD_END})",
        rf"(?P<ABBR>{alternation(abbreviations)}){_ABBREVIATION_END}",
        # a date word with an ending: one written with a space or an apostrophe (রবিউল
        # আউয়াল, শা'বান) by the pattern; any other run of letters that starts as a date
        # word does (its first three letters) is split in Python (DateVocabulary.split_word:
        # a dictionary lookup, where an alternation of every date word took ~15 ms to
        # compile)
        rf"(?P<WORD>(?:(?P<w>{alternation(_written_apart(words))})(?P<e>{endings})"
        rf"|(?={alternation({_start(w) for w in words})})(?P<run>[\p{{L}}\p{{M}}]+)){WORD_END})",
    ]
    digits = "(?=[0-9০-৯])" + _NOT_AFTER_NUMBER_SEPARATOR + "(?:" + "|".join(digit_led) + ")"
    return regex.compile(
        _LEFT_BOUNDARY + "(?:" + digits + "|" + "|".join(word_led) + ")", regex.VERSION0)


def _start(word: str, size: int = 3) -> str:
    """The first ``size`` characters of ``word``, with the nukta of a য় ড় ঢ় they end in (a
    text may write the letter precomposed: the pattern must match the pair whole)."""
    w = nfc(word)
    return w[: size + 1] if w[size : size + 1] == "\u09bc" else w[:size]


def _written_apart(words: Iterable[str]) -> List[str]:
    """The words with a character that is no letter or mark (a space, an apostrophe)."""
    return [w for w in words if not all(unicodedata.category(c)[0] in "LM" for c in w)]


_DEFAULT: Optional[DateVocabulary] = None
_DEFAULT_LOCK = threading.Lock()
_PATTERN_LOCK = threading.Lock()


def is_trigger_word(word: str) -> bool:
    """Whether a date token may start at the start of ``word``, in the default vocabulary
    (:meth:`DateVocabulary.is_trigger_word` of :meth:`DateVocabulary.default`)."""
    return DateVocabulary.default().is_trigger_word(word)
