"""The word lists the rules consult, built once per process from ``lang/`` and
``data/lexicons/``."""

from __future__ import annotations

import threading
import unicodedata
from typing import FrozenSet

from .bn import (
    date_words,
    institutions,
    org_heads,
    person_cues,
    person_names,
    place_cues,
    stop_words,
    endings as suffixes,
    titles,
)
from ..text.morphology import fold, stems, strip_ending
from ..text.phrases import PhraseSet, split_words
from ..resources import lexicon_file

__all__ = ["Lexicon", "lexicon"]


def _nfc_set(words) -> FrozenSet[str]:
    return frozenset(unicodedata.normalize("NFC", w) for w in words)


def _read_list(name: str) -> FrozenSet[str]:
    """The words of a lexicon file (the first tab-separated column; # starts a comment)."""
    path = lexicon_file(name)
    if not path.is_file():
        return frozenset()
    words = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                words.append(line.split("\t", 1)[0].strip())
    return _nfc_set(words)


class Lexicon:
    """Word lists with the predicates the rules need."""

    def __init__(self) -> None:
        self.stop_words = _nfc_set(stop_words.STOP_WORDS)
        self.roles = PhraseSet(split_words(titles.ROLES) + split_words(titles.WEAK_ROLES)
                               + split_words(titles.KINSHIP))
        # roles after which a name needs a known name part
        self.weak_roles = PhraseSet(split_words(titles.WEAK_ROLES) + split_words(titles.KINSHIP))
        self.honorifics = PhraseSet(split_words(titles.HONORIFICS))
        self.role_endings = tuple(_nfc_set(titles.ROLE_ENDINGS))
        self.particles = _nfc_set(titles.NAME_PARTICLES)
        self.name_prefixes = PhraseSet(split_words(person_names.NAME_PREFIXES))
        self.given_names = _nfc_set(split_words(person_names.GIVEN_NAMES)) | _read_list(
            "given_names.txt")
        self.middle_names = _nfc_set(split_words(person_names.MIDDLE_NAMES))
        self.surnames = _nfc_set(split_words(person_names.SURNAMES)) | _read_list("surnames.txt")
        self.mined_person_words = _read_list("mined_person_words.txt")
        self.speech_cues = PhraseSet(split_words(person_cues.SPEECH_VERBS))
        self.named_cues = _nfc_set(split_words(person_cues.NAMED))
        self.named_places = _nfc_set(split_words(person_cues.NAMED_PLACES))
        self.named_orgs = _nfc_set(split_words(person_cues.NAMED_ORGS))
        self.named_skip = _nfc_set(split_words(person_cues.NAMED_SKIP))
        self.alias_cues = _nfc_set(split_words(person_cues.ALIAS))
        self.admin_units = PhraseSet(split_words(place_cues.ADMIN_UNITS))
        self.settlements = PhraseSet(split_words(place_cues.SETTLEMENTS))
        self.compass = _nfc_set(split_words(place_cues.COMPASS))
        self.natural_features = PhraseSet(split_words(place_cues.NATURAL_FEATURES))
        self.place_endings = tuple(_nfc_set(split_words(place_cues.PLACE_ENDINGS)))
        self.institutions = _nfc_set(split_words(institutions.INSTITUTIONS))
        self.initials = _nfc_set(suffixes.LETTER_NAMES)
        self.not_the_body_after = _nfc_set(split_words(institutions.NOT_THE_BODY_AFTER))
        self._single_heads = frozenset(w for w in split_words(org_heads.ORG_HEADS) if " " not in w)
        self._single_places = frozenset(
            w for w in split_words(place_cues.ADMIN_UNITS) + split_words(place_cues.SETTLEMENTS)
            if " " not in w
        )
        self.org_heads = PhraseSet(split_words(org_heads.ORG_HEADS))
        self.org_modifiers = _nfc_set(split_words(org_heads.ORG_MODIFIERS))
        self.generic_heads = PhraseSet(split_words(org_heads.GENERIC_HEADS))
        self.not_naming = _nfc_set(split_words(org_heads.NOT_NAMING))
        self.verb_endings = tuple(_nfc_set(suffixes.VERB_ENDINGS))
        self.classifiers = tuple(_nfc_set(suffixes.CLASSIFIERS))
        self.adjective_endings = tuple(_nfc_set(suffixes.ADJECTIVE_ENDINGS))
        self.date_words = _nfc_set(
            w
            for table in (date_words.GREGORIAN_MONTHS, date_words.WEEKDAYS)
            for forms in table.values()
            for w in forms
        )
        # mined everyday words, minus known name parts; the hand-written stop words always count
        # everyday words: mined from the training data, and the frequent Bengali words of
        # wordfreq (scripts/gen_frequent_words.py), minus known name parts
        self.frequent_words = _read_list("frequent_words.txt")
        mined = (_read_list("common_words.txt") | self.frequent_words) - self.given_names \
            - self.surnames - self.mined_person_words
        self.common_words = mined | self.stop_words
        self._common_cache: dict = {}
        # every known part of a personal name, spelling folded
        self._name_words = frozenset(
            fold(w) for w in self.given_names | self.surnames | self.mined_person_words
        )
        self._given_folded = frozenset(fold(w) for w in self.given_names)
        self.name_endings = tuple(_nfc_set(split_words(person_names.NAME_ENDINGS)))

    def is_common(self, word: str) -> bool:
        """An everyday word, as written or through a case ending (সরকারের → সরকার)."""
        hit = self._common_cache.get(word)
        if hit is None:
            common = self.common_words
            # a stem must keep three letters to count: হাই is not হা + ই
            hit = word in common or any(
                stem in common for stem, _ in stems(word)[1:] if len(stem) >= 3
            )
            if len(self._common_cache) < 200_000:
                self._common_cache[word] = hit
        return hit

    def is_compound_role(self, word: str) -> bool:
        """A role written as one word with a role ending (বনমন্ত্রী, আইনসচিব, শ্রমসচিব); not a
        known name part that so ends (অধিকারী, a family name, though -কারী makes agents)."""
        if self.is_name_as_written(strip_ending(word)[0]):
            return False
        return any(len(stem) > len(e) + 1 and stem.endswith(e)
                   for stem, _ in stems(word)[:2] for e in self.role_endings)

    def is_initial(self, word: str) -> bool:
        """An initial of a name: a letter's name (এ, এম, কে) or one Bengali letter (আ, ম);
        never ও, which is "and"."""
        return word != "ও" and (word in self.initials
                                or len(word) == 1 and "\u0985" <= word <= "\u09b9")

    def is_verb(self, word: str) -> bool:
        """A finite verb form (নেমেছেন, সামলাচ্ছিলেন)."""
        return word.endswith(self.verb_endings)

    def is_derived_common(self, word: str) -> bool:
        """An everyday noun with a classifier (গাড়িটি, বইগুলো) or an adjective made with a
        suffix (অগ্রাধিকারমূলক): never part of a name."""
        if word.endswith(self.adjective_endings):
            return True
        if word.endswith(self.classifiers):
            for c in self.classifiers:
                if word.endswith(c) and len(word) > len(c) + 1:
                    return self.is_common(word[: -len(c)])
        return False

    def is_common_noun_of_kind(self, word: str) -> bool:
        """A noun that heads or marks names but is not one itself: organisation heads
        (সমিতি, ব্যাংক), administrative units and settlements (উপজেলা, গ্রাম), institutions
        (পুলিশ, সরকার); as written or inflected."""
        return any(stem in self._single_heads or stem in self._single_places
                   or stem in self.institutions for stem, _ in stems(word))

    def is_date_word(self, word: str) -> bool:
        """A month or weekday name, as written or inflected (ডিসেম্বরে, সোমবারের)."""
        return any(stem in self.date_words for stem, _ in stems(word))

    def is_given_name(self, word: str) -> bool:
        """A given name (curated lists), as written or inflected, spelling folded."""
        return any(fold(stem) in self._given_folded for stem, _ in stems(word))

    def is_name_word(self, word: str) -> bool:
        """Any known part of a personal name: given names, family names, and the words the
        training data mostly has inside names; as written or inflected, spelling folded.  A
        word that is itself an everyday word is not one through an ending (ধরে "holding" is
        not the surname ধর + এ)."""
        if fold(word) in self._name_words:
            return True
        if word in self.common_words:
            return False
        name_words, endings = self._name_words, self.name_endings
        return any(fold(stem) in name_words for stem, _ in stems(word)[1:]) or any(
            len(stem) >= MIN_NAME_ENDING_WORD and stem.endswith(endings)
            and stem not in self.common_words
            for stem, _ in stems(word)
        )

    def is_name_as_written(self, word: str) -> bool:
        """A known part of a personal name exactly as written (no ending stripped)."""
        return fold(word) in self._name_words



MIN_NAME_ENDING_WORD = 5  # letters (code points) a word needs before its name ending counts

_LOCK = threading.Lock()
_LEXICON: "Lexicon | None" = None


def lexicon() -> Lexicon:
    """The process-wide lexicon (built on first use)."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = Lexicon()
    return _LEXICON
