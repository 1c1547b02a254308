"""Case endings: the stems a Bengali word may be an inflection of.

Names carry their case ending on the word itself (পুতিনের, মস্কোতে, সিরিয়ায়, দামেস্কে).  The
gazetteer tries the word as written first and then each stem here, longest ending first, so a
name that itself ends in ending-like letters (কাতার, শিকদার) is found as written.

A :class:`Morphology` is built from a language's ending tables (``lang/bn/endings.py`` for
Bengali, through :class:`~bangla_news_nlp.lang.data.LanguageData`); this module holds only the
logic, no word of its own.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, Iterable, List, Mapping, Optional, Tuple

import regex

__all__ = ["Morphology", "nfc_all", "without_conjuncts"]


def nfc_all(words: Iterable[str]) -> Tuple[str, ...]:
    """The words in Unicode NFC (how the normaliser writes running text)."""
    return tuple(unicodedata.normalize("NFC", w) for w in words)


# a stem must end in a letter, a vowel sign, nukta, chandrabindu, anusvara or khanda-ta, not
# in a hasanta (virama): স্ত is not a stem of স্তে
_VIRAMA = "\u09cd"
#: a virama joining two consonants into a conjunct that transliterations also write apart
#: (হ্যামিল্টন / হ্যামিলটন, ইন্ডিয়ান্স / ইন্ডিয়ানস): not a reph (র্), nor before the য, র and ব
#: of a ya-, ra- or ba-phala, which change the sound
_LOOSE_VIRAMA = regex.compile(
    "(?<=[\u0995-\u09a8\u09aa-\u09af\u09b2\u09b6-\u09b9\u09dc\u09dd\u09df])"
    "\u09cd(?=[\u0995-\u09a8\u09aa\u09ab\u09ad\u09ae\u09b2\u09b6-\u09b9])")
_VOWEL_SIGNS = "\u09be\u09bf\u09c0\u09c1\u09c2\u09c7\u09cb\u09cc"
#: য় (NFC: য + nukta) starting an ending: the glide of the endings after a vowel (ঢাকায়,
#: মস্কোয়, দিল্লিতে but ঢাকায়; সিরিয়ার, এফবিআইয়ের)
_GLIDE = "\u09af\u09bc"
#: what a stem ends in when a glide ending may follow it: a vowel sign, an independent vowel,
#: a candrabindu after one (গাঁয়ে) or an anusvara (হংকংয়ে); after a consonant the ending is
#: ে / ের (অসমে, not অসময়ে, which is "untimely"; হৃদয় "heart" is not হৃদ + য়)
_BEFORE_GLIDE = frozenset("\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\u09c7\u09c8\u09cb\u09cc\u09d7"
                          "\u0985\u0986\u0987\u0988\u0989\u098a\u098b\u098f\u0990\u0993\u0994"
                          "\u0981\u0982\u0983")
#: what a stem ends in when the vowel genitive র follows it: a vowel sign or an independent
#: vowel, or a candrabindu after one (ঢাকার, বিএনপির, ইউএনওর), a য-ফলা, whose vowel is
#: spoken (আদিত্যর), or হ (আল্লাহর, হাবিবুল্লাহর); after another consonant the genitive is
#: ের / এর, so a word in consonant + র is whole (গ্রেগর, নগর, ভিক্টর: not গ্রেগ + র)
_BEFORE_VOWEL_GENITIVE = _BEFORE_GLIDE - frozenset("\u0982\u0983") | frozenset("\u09b9")
_YA_PHALA = "\u09cd\u09af"
CACHE_SIZE = 1 << 18


def without_conjuncts(word: str) -> str:
    """``word`` with the virama of its loose conjuncts left out (see ``_LOOSE_VIRAMA``):
    a key under which two transliterations of a name compare equal.  Not one of the
    gazetteer's spelling folds (over the training data it would have matched more spans
    wrongly than rightly: docs/accuracy.md); :meth:`.LanguageData.is_person_name_word`
    compares under it."""
    return _LOOSE_VIRAMA.sub("", word) if _VIRAMA in word else word


class Morphology:
    """Stems, endings and spelling folds of one language's tables.

    :param case_endings: every ending a name may carry (genitive, locative, particles …).
    :param clear_endings: endings no name ends in: a word carrying one ends a name.
    :param detached_endings: endings written after a hyphen or apostrophe (পুতিন-এর).
    :param name_finals: word ends that look like an ending but are whole (শিকদার).
    :param letter_names: the letters of acronyms as written (বিএনপি is বি এন পি).
    :param emphatic: particles not stripped from a short acronym (ইউএনও is not ইউএন + ও).
    :param min_acronym_letters: letters an acronym needs before an emphatic may be stripped.
    :param min_stem: the shortest stem tried.
    :param spelling_folds: letter → letter folds applied before comparing forms (ী → ি …).
    :param plural_endings: the plural case endings (an unknown word's singular reading wins).
    :param vowel_genitive: the genitive a vowel-final stem takes (র), stripped from an unknown
        word only after a vowel sign.
    """

    def __init__(
        self,
        *,
        case_endings: Iterable[str],
        clear_endings: Iterable[str],
        detached_endings: Iterable[str],
        name_finals: Iterable[str],
        letter_names: Iterable[str],
        emphatic: Iterable[str],
        min_acronym_letters: int,
        min_stem: int,
        spelling_folds: Mapping[str, str],
        plural_endings: Iterable[str],
        vowel_genitive: str,
    ) -> None:
        self.endings: Tuple[str, ...] = tuple(sorted(set(nfc_all(case_endings)), key=len,
                                                    reverse=True))
        self.clear: FrozenSet[str] = frozenset(nfc_all(clear_endings))
        # for an unknown word, the singular endings first: আসাদের is আসাদ + ের, not আসা + দের
        plural = frozenset(nfc_all(plural_endings))
        self._clear_preference = sorted(self.clear, key=lambda e: (e in plural, -len(e)))
        self._vowel_genitive = unicodedata.normalize("NFC", vowel_genitive)
        self.detached: FrozenSet[str] = frozenset(nfc_all(detached_endings))
        self._name_finals = nfc_all(name_finals)
        self._emphatic = frozenset(nfc_all(emphatic))
        self._min_acronym = min_acronym_letters
        self._min_stem = min_stem
        # endings grouped by their last character: most words are rejected by one lookup
        self._by_last: Dict[str, List[str]] = {}
        for e in self.endings:
            self._by_last.setdefault(e[-1], []).append(e)
        letters = sorted((regex.escape(x) for x in set(nfc_all(letter_names))), key=len,
                         reverse=True)
        self.letter_re = regex.compile("|".join(letters))
        self.acronym_re = regex.compile(f"(?:{'|'.join(letters)})+")
        self._folds = tuple((unicodedata.normalize("NFC", a), unicodedata.normalize("NFC", b))
                            for a, b in spelling_folds.items())
        # per instance caches (a language's words are Zipfian: most lookups hit)
        self.stems: Callable[[str], Tuple[Tuple[str, str], ...]] = lru_cache(CACHE_SIZE)(
            self._stems)
        self.fold: Callable[[str], str] = lru_cache(CACHE_SIZE)(self._fold)
        self._strip = lru_cache(CACHE_SIZE)(self._strip_ending)

    # ------------------------------------------------------------------------------
    def _stems(self, word: str) -> Tuple[Tuple[str, str], ...]:
        """``(stem, ending)`` pairs for ``word``: first the word itself with ending ``""``,
        then every stem a known case ending leaves, longest ending first."""
        out = [(word, "")]
        for ending in self._by_last.get(word[-1:], ()):
            if word.endswith(ending):
                stem = word[: -len(ending)]
                if len(stem) < self._min_stem or stem.endswith(_VIRAMA):
                    continue
                if ending.startswith(_GLIDE) and stem[-1] not in _BEFORE_GLIDE \
                        and "\u0980" <= stem[-1] <= "\u09ff":
                    continue  # (অসময়ে is not অসম + য়ে)
                if ending == self._vowel_genitive and stem[-1] not in _BEFORE_VOWEL_GENITIVE \
                        and "\u0980" <= stem[-1] <= "\u09ff" and not stem.endswith(_YA_PHALA):
                    continue  # (গ্রেগর is not গ্রেগ + র)
                if ending in self._emphatic and self.short_acronym(stem):
                    continue  # ইউএনও is an acronym, not ইউএন + ও
                out.append((stem, ending))
        return tuple(out)

    def _fold(self, word: str) -> str:
        """The word with systematic spelling variants folded together (ঈ→ই, ী→ি, ঊ→উ, ূ→ু,
        শ/ষ→স, ণ→ন): the key under which gazetteer forms are compared."""
        for old, new in self._folds:  # str.replace is several times faster than translate
            if old in word:
                word = word.replace(old, new)
        return word

    def forget_known(self) -> None:
        """Forget the cached :meth:`strip_ending` answers (a ``known`` predicate changed its
        answers: a gazetteer got new entries)."""
        self._strip.cache_clear()

    def is_acronym(self, word: str, min_letters: int = 1) -> bool:
        """A word spelled in letter names (বিএনপি, ইউএনও), of at least ``min_letters``."""
        return bool(self.acronym_re.fullmatch(word)) and (
            min_letters <= 1 or len(self.letter_re.findall(word)) >= min_letters)

    def short_acronym(self, stem: str) -> bool:
        return bool(self.acronym_re.fullmatch(stem)) and \
            len(self.letter_re.findall(stem)) < self._min_acronym

    def strip_ending(self, word: str,
                     known: Optional[Callable[[str], bool]] = None) -> Tuple[str, str]:
        """Best guess at ``(stem, ending)`` for a word that may be an unknown name.

        A stem that ``known`` recognises wins; otherwise only endings that cannot end a name
        (ের, কে, দের …) are stripped, and a final র after a vowel unless the word ends like a
        whole name (শিকদার, সরকার).  Cached per word and ``known`` (give a predicate whose
        answers do not change, such as a bound method of a built index).
        """
        return self._strip(word, known)

    def _strip_ending(self, word: str,
                      known: Optional[Callable[[str], bool]]) -> Tuple[str, str]:
        candidates = self.stems(word)
        if known is not None:
            for stem, ending in candidates[1:]:
                if known(stem):
                    return stem, ending
        endings = dict((e, s) for s, e in candidates[1:])
        for ending in self._clear_preference:
            if ending in endings:
                return endings[ending], ending
        stem = endings.get(self._vowel_genitive)
        if stem and stem[-1] in _VOWEL_SIGNS and not word.endswith(self._name_finals):
            return stem, self._vowel_genitive
        return word, ""
