"""Per-word facts, computed once per distinct word and cached (news vocabulary is Zipfian).

For each word the vocabulary records, as bit flags, whether it can start a gazetteer form,
matches a one-word form through its case endings, starts a role or honorific, ends an
organisation head noun, is an Arabic name particle or a source-line cue, or may start a date.  The rules then visit
only the tokens whose flags concern them.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from ..dates import is_trigger_word
from ..text.morphology import nfc_all, stems, strip_ending

__all__ = ["Vocab", "GAZ_START", "GAZ_SINGLE", "ROLE", "HEAD", "PARTICLE", "CUE", "DATE", "NAME",
           "PERSON_CUE", "PLACE_CUE", "INSTITUTION", "PLACE_ENDING"]

GAZ_START = 1  # first word of a multi-word gazetteer form
GAZ_SINGLE = 2  # a one-word gazetteer form, as written or through a case ending
ROLE = 4  # first word of a role or honorific (প্রেসিডেন্ট, ড.)
HEAD = 8  # last word of an organisation head noun, as written or inflected
PARTICLE = 16  # আল, আবু, বিন …
CUE = 32  # তথ্যসূত্র, সূত্র
DATE = 64  # a number, or a word a date expression may start with (see dates.is_trigger_word)
NAME = 128  # a known part of a personal name (lexicon.is_name_word)
PERSON_CUE = 256  # a reporting verb, নামের/নামে, ওরফে
PLACE_CUE = 512  # an administrative unit or settlement word, as written or inflected
INSTITUTION = 1024  # পুলিশ, সরকার (as written or inflected)
PLACE_ENDING = 2048  # an unknown word with a place-name ending and a locative (শিবগঞ্জে)

_CUES = frozenset(nfc_all(("তথ্যসূত্র", "সূত্র", "তথ্যসূত্রঃ", "সূত্রঃ")))
_LOCATIVE = frozenset(nfc_all(("ে", "এ", "তে", "য়", "য়ে", "েও", "তেও", "য়ও")))
MAX_CACHE = 500_000

Single = Tuple[Tuple[Tuple[int, bool], ...], str, str]  # refs, stem, ending


class Vocab:
    def __init__(self, gazetteer, lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.clear()

    def clear(self) -> None:
        """Forget cached facts (after the gazetteer changed)."""
        self._word_marks = None
        self._stem_marks = None
        self._flags = {}
        self._single = {}
        self._namelike: Dict[str, bool] = {}
        self._clear_ending: Dict[str, bool] = {}
        self._case_ending: Dict[str, bool] = {}

    # word predicates the rules ask about again and again --------------------------
    def namelike(self, w: str) -> bool:
        """A Bengali word that may be part of a name: not an everyday word, not a role."""
        hit = self._namelike.get(w)
        if hit is None:
            hit = self._namelike[w] = self._compute_namelike(w)
        return hit

    def _compute_namelike(self, w: str) -> bool:
        lex = self.lexicon
        if not ("\u0980" <= w[0] <= "\u09ff"):
            return False
        if w.endswith("ঃ") and (w[:-1] in lex.roles or w[:-1] in lex.honorifics):
            return False  # প্রকাশকঃ: a role with a visarga written for the colon
        if w in lex.roles or w in lex.honorifics or lex.is_compound_role(w):
            return False
        if w in lex.particles or lex.is_name_word(w):
            return True
        if len(w) < 2 or lex.is_common(w):
            return False
        if lex.is_verb(w) or lex.is_date_word(w) or lex.is_common_noun_of_kind(w) \
                or lex.is_derived_common(w):
            return False
        return True

    def clear_ending(self, w: str) -> bool:
        """The word ends in a case ending that no name ends in (আসাদের, পুতিনকে)."""
        hit = self._clear_ending.get(w)
        if hit is None:
            hit = self._clear_ending[w] = not self._whole_name(w) and strip_ending(w)[1] not in ("", "র")
        return hit

    def case_ending(self, w: str) -> bool:
        """The word ends in any case ending but র, ও, ই (ছুরিকাঘাতে): it is not inside a name."""
        hit = self._case_ending.get(w)
        if hit is None:
            hit = self._case_ending[w] = not self._whole_name(w) and any(
                ending and ending != "র" and not ending.endswith(("ও", "ই"))
                for _, ending in stems(w)[1:])
        return hit

    def _whole_name(self, w: str) -> bool:
        """A gazetteer form or a known name part as written: its ending-like letters are its own."""
        return self.gazetteer.knows(w) or self.lexicon.is_name_as_written(w)

    def flags_of(self, texts: List[str]) -> List[int]:
        cache = self._flags
        if len(cache) > MAX_CACHE or len(self._namelike) > MAX_CACHE:
            self.clear()
            cache = self._flags
        get = cache.get
        out = []
        for t in texts:
            f = get(t)
            if f is None:
                f = cache[t] = self._compute(t)
            out.append(f)
        return out

    def single(self, word: str) -> Optional[Single]:
        """The one-word gazetteer match of ``word`` (through its case endings), if any."""
        hit = self._single.get(word)
        if hit is None:
            gaz, lex = self.gazetteer, self.lexicon
            for stem, ending in stems(word):
                refs = gaz.refs_of_word(stem)  # spelling folded
                if refs and (gaz.written_as(stem) or not lex.is_common(stem)):
                    # (a match only through folding must not be an everyday word:
                    # চিনতে is "to recognise", not চীন)
                    return tuple(refs), stem, ending
        return hit

    def _markers(self):
        """Word -> flags for the words that are markers themselves (first words of roles and
        cues, particles), and stem -> flags for the last words of head nouns, place cues and
        institutions (a word has these through any of its stems)."""
        if self._word_marks is None:
            lex = self.lexicon
            words: Dict[str, int] = {}
            for phrase_set, flag in ((lex.roles, ROLE), (lex.honorifics, ROLE),
                                     (lex.speech_cues, PERSON_CUE)):
                for w in phrase_set.first_words():
                    words[w] = words.get(w, 0) | flag
            for group, flag in ((lex.particles, PARTICLE), (_CUES, CUE),
                                (lex.named_cues, PERSON_CUE), (lex.alias_cues, PERSON_CUE)):
                for w in group:
                    words[w] = words.get(w, 0) | flag
            ends: Dict[str, int] = {}
            for phrase_set, flag in ((lex.org_heads, HEAD), (lex.admin_units, PLACE_CUE),
                                     (lex.settlements, PLACE_CUE),
                                     (lex.natural_features, PLACE_CUE)):
                for w in phrase_set.last_words():
                    ends[w] = ends.get(w, 0) | flag
            for w in lex.institutions:
                ends[w] = ends.get(w, 0) | INSTITUTION
            self._word_marks, self._stem_marks = words, ends
        return self._word_marks, self._stem_marks

    def _compute(self, word: str) -> int:
        gaz, lex = self.gazetteer, self.lexicon
        words, ends = self._markers()
        flags = words.get(word, 0)
        if word.endswith("ঃ") and words.get(word[:-1], 0) & ROLE:
            flags |= ROLE  # সম্পাদকঃ
        if not flags & ROLE and lex.is_compound_role(word):
            flags |= ROLE  # বনমন্ত্রী, আইনসচিব
        word_stems = stems(word)
        for stem, _ in word_stems:
            flags |= ends.get(stem, 0)
        if gaz.starts_form(word):
            flags |= GAZ_START
        hit = self.single(word)
        if hit is not None:
            self._single[word] = hit
            flags |= GAZ_SINGLE
        if is_trigger_word(word):
            flags |= DATE
        if lex.is_name_word(word):
            flags |= NAME
        if len(word_stems) > 1 and self._place_ending(word):
            flags |= PLACE_ENDING
        return flags

    def _place_ending(self, word: str) -> bool:
        lex = self.lexicon
        for stem, ending in stems(word)[1:]:
            if ending in _LOCATIVE and len(stem) >= 4 and stem.endswith(lex.place_endings) \
                    and not lex.is_common(stem) and not lex.is_name_word(stem) \
                    and self.namelike(word):
                return True
        return False
