"""Case endings: the stems a Bengali word may be an inflection of.

Names carry their case ending on the word itself (পুতিনের, মস্কোতে, সিরিয়ায়, দামেস্কে).  The
gazetteer tries the word as written first and then each stem here, longest ending first, so a
name that itself ends in ending-like letters (কাতার, শিকদার) is found as written.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable, Dict, List, Optional, Tuple

import regex

from ..lang.bn.endings import (
    CASE_ENDINGS,
    CLEAR_ENDINGS,
    DETACHED_ENDINGS,
    LETTER_NAMES,
    MIN_ACRONYM_LETTERS_FOR_EMPHATIC,
    MIN_STEM,
    NAME_FINALS_NOT_ENDINGS,
    SPELLING_FOLDS,
)

__all__ = ["stems", "strip_ending", "inflections", "fold", "DETACHED", "nfc_all"]


def nfc_all(words) -> Tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", w) for w in words)


_ENDINGS = sorted(set(nfc_all(CASE_ENDINGS)), key=len, reverse=True)
_CLEAR = frozenset(nfc_all(CLEAR_ENDINGS))
# for an unknown word, the singular endings first: আসাদের is আসাদ + ের, not আসা + দের
_CLEAR_PREFERENCE = sorted(_CLEAR, key=lambda e: ("দ" in e, -len(e)))
_VOWEL_SIGNS = "\u09be\u09bf\u09c0\u09c1\u09c2\u09c7\u09cb\u09cc"
_NAME_FINALS = nfc_all(NAME_FINALS_NOT_ENDINGS)
DETACHED = frozenset(nfc_all(DETACHED_ENDINGS))

# endings grouped by their last character, so most words are rejected by one dict lookup
_BY_LAST: Dict[str, List[str]] = {}
for _e in _ENDINGS:
    _BY_LAST.setdefault(_e[-1], []).append(_e)

_LETTER = "|".join(sorted((regex.escape(x) for x in nfc_all(LETTER_NAMES)), key=len, reverse=True))
_ACRONYM = regex.compile(f"(?:{_LETTER})+")
_LETTER_RE = regex.compile(_LETTER)
_EMPHATIC = frozenset(nfc_all(("ও", "ই", "এ")))

# a stem must end in a letter, a vowel sign, nukta, chandrabindu, anusvara or khanda-ta, not
# in a hasanta (virama): স্ত is not a stem of স্তে
_VIRAMA = "\u09cd"


@lru_cache(maxsize=1 << 18)
def stems(word: str) -> Tuple[Tuple[str, str], ...]:
    """``(stem, ending)`` pairs for ``word``: first the word itself with ending ``""``, then
    every stem a known case ending leaves, longest ending first."""
    out = [(word, "")]
    for ending in _BY_LAST.get(word[-1:], ()):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if len(stem) < MIN_STEM or stem.endswith(_VIRAMA):
                continue
            if ending in _EMPHATIC and _short_acronym(stem):
                continue  # ইউএনও is an acronym, not ইউএন + ও
            out.append((stem, ending))
    return tuple(out)


_FOLDS = tuple(SPELLING_FOLDS.items())


@lru_cache(maxsize=1 << 18)
def fold(word: str) -> str:
    """The word with systematic spelling variants folded together (ঈ→ই, ী→ি, ঊ→উ, ূ→ু,
    শ/ষ→স, ণ→ন): the key under which gazetteer forms are compared."""
    for old, new in _FOLDS:  # str.replace is several times faster than str.translate here
        if old in word:
            word = word.replace(old, new)
    return word


def inflections(stem: str) -> Tuple[str, ...]:
    """Every written form ``stem`` may take (itself and stem + each case ending): a fast
    prefilter for finding a known word in running text; confirm a hit with :func:`stems`."""
    return (stem,) + tuple(stem + e for e in _ENDINGS)


def _short_acronym(stem: str) -> bool:
    if not _ACRONYM.fullmatch(stem):
        return False
    return len(_LETTER_RE.findall(stem)) < MIN_ACRONYM_LETTERS_FOR_EMPHATIC


def strip_ending(word: str, known: Optional[Callable[[str], bool]] = None) -> Tuple[str, str]:
    """Best guess at ``(stem, ending)`` for a word that may be an unknown name.

    A stem that ``known`` recognises wins; otherwise only endings that cannot end a name
    (ের, কে, দের …) are stripped, and a final র after a vowel unless the word ends like a
    whole name (শিকদার, সরকার).
    """
    candidates = stems(word)
    if known is not None:
        for stem, ending in candidates[1:]:
            if known(stem):
                return stem, ending
    endings = dict((e, s) for s, e in candidates[1:])
    for ending in _CLEAR_PREFERENCE:
        if ending in endings:
            return endings[ending], ending
    stem = endings.get("র")
    if stem and stem[-1] in _VOWEL_SIGNS and not word.endswith(_NAME_FINALS):
        return stem, "র"
    return word, ""
