"""Facts about words that the rules ask again and again, computed once per distinct word.

News vocabulary is Zipfian: most tokens of a document are words seen before, so each fact is
kept in a dictionary (bounded: cleared when it grows past :data:`MAX_CACHE` words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Iterable

from ..models import Label

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer.index import GazetteerIndex
    from ..lang.data import LanguageData

__all__ = ["WordFacts", "MAX_CACHE"]

MAX_CACHE = 500_000
MIN_DISTINCTIVE = 3  # letters a part of a name needs to stand for the person


class WordFacts:
    """Cached predicates about one word, for one pipeline's language data and gazetteer."""

    def __init__(self, lang: "LanguageData", gazetteer: "GazetteerIndex") -> None:
        self.lang = lang
        self.gazetteer = gazetteer
        self.clear()

    def clear(self) -> None:
        """Forget what was computed (after the gazetteer changed)."""
        self._namelike: Dict[str, bool] = {}
        self._clear_ending: Dict[str, bool] = {}
        self._case_ending: Dict[str, bool] = {}
        self._place_ending: Dict[str, bool] = {}
        self._distinctive: Dict[str, bool] = {}

    def _trim(self) -> None:
        if len(self._namelike) > MAX_CACHE or len(self._case_ending) > MAX_CACHE:
            self.clear()

    def namelike(self, w: str) -> bool:
        """A Bengali word that may be part of a name: not an everyday word, not a role."""
        hit = self._namelike.get(w)
        if hit is None:
            self._trim()
            hit = self._namelike[w] = self._compute_namelike(w)
        return hit

    def preload_namelike(self, words: Iterable[str], answers: Iterable[bool]) -> None:
        """Take :meth:`namelike` of ``words`` computed beforehand (the vocabulary's cached
        facts: ``answers`` in the order of ``words``); what was computed here is kept."""
        cache = dict(zip(words, answers))
        cache.update(self._namelike)
        self._namelike = cache

    def _compute_namelike(self, w: str) -> bool:
        lang = self.lang
        if not ("\u0980" <= w[0] <= "\u09ff"):
            return False
        if w.endswith(lang.visarga) and (w[:-1] in lang.roles or w[:-1] in lang.honorifics):
            return False  # প্রকাশকঃ: a role with a visarga written for the colon
        if w in lang.roles or w in lang.honorifics or lang.is_compound_role(w):
            return False
        if w in lang.particles or lang.is_name_word(w):
            return True
        if len(w) < 2 or lang.is_common(w):
            return False
        if lang.is_verb(w) or lang.is_date_word(w) or lang.is_common_noun_of_kind(w) \
                or lang.is_derived_common(w):
            return False
        return True

    def clear_ending(self, w: str) -> bool:
        """The word ends in a case ending that no name ends in (আসাদের, পুতিনকে)."""
        hit = self._clear_ending.get(w)
        if hit is None:
            self._trim()
            ending = self.lang.strip_ending(w)[1]
            hit = self._clear_ending[w] = not self._whole_name(w) and ending != "" \
                and ending != self.lang.tables["vowel_genitive"]
        return hit

    def case_ending(self, w: str) -> bool:
        """The word ends in any case ending but the vowel genitive র and the endings with an
        emphatic particle (ছুরিকাঘাতে): it is not inside a name."""
        hit = self._case_ending.get(w)
        if hit is None:
            self._trim()
            lang = self.lang
            genitive, emphatic = lang.tables["vowel_genitive"], lang.emphatic
            hit = self._case_ending[w] = not self._whole_name(w) and any(
                ending and ending != genitive and not ending.endswith(emphatic)
                for _, ending in lang.stems(w)[1:])
        return hit

    def place_ending(self, word: str) -> bool:
        """An unknown word with a place-name ending and a locative (শিবগঞ্জে, হাতীবান্ধায়)."""
        hit = self._place_ending.get(word)
        if hit is None:
            self._trim()
            hit = self._place_ending[word] = self._compute_place_ending(word)
        return hit

    def _compute_place_ending(self, word: str) -> bool:
        lang = self.lang
        if not word.endswith(lang.locative_or_emphatic_tuple):
            return False
        stems = lang.stems(word)
        if len(stems) < 2:
            return False
        for stem, ending in stems[1:]:
            if ending in lang.locative_or_emphatic and len(stem) >= 4 \
                    and stem.endswith(lang.place_endings) \
                    and not lang.is_common(stem) and not lang.is_name_word(stem) \
                    and self.namelike(word):
                return True
        return False

    def distinctive_name_part(self, w: str) -> bool:
        """A part of a person's name that alone stands for the person (পুতিন, কাসরা): three
        letters or more, not a particle, family name, name prefix or everyday word, and not a
        gazetteer form of anything but a person.  A family name common abroad
        (``lang.surnames_abroad``: হার্নান্দেজ) does stand for its person: few people of one
        Bengali article share it, unlike রহমান or ইসলাম."""
        hit = self._distinctive.get(w)
        if hit is None:
            self._trim()
            lang, gazetteer = self.lang, self.gazetteer
            hit = not (
                len(w) < MIN_DISTINCTIVE
                or w in lang.particles
                or w in lang.surnames and w not in lang.surnames_abroad
                or lang.name_prefixes.match_at((w,), 0)
                or lang.is_common(w)
                or gazetteer.knows(w) and not any(
                    gazetteer.entries[eid].label == Label.PERSON
                    for eid, _ in gazetteer.refs_of_word(w))
            )
            self._distinctive[w] = hit
        return hit

    def _whole_name(self, w: str) -> bool:
        """A gazetteer form or a known name part as written: its ending-like letters are its own."""
        return self.gazetteer.knows(w) or self.lang.is_name_as_written(w)
