"""The library's triggers (facts about a word that stages and rules ask for by name), and the
table that computes them for a pipeline: one bit per trigger, assigned when the pipeline is
built, the bits of each distinct word computed once and kept.

=======================  ================================================================
trigger                  the word …
=======================  ================================================================
gazetteer-form-start     starts a multi-word gazetteer form (ঢাকা of ঢাকা বিশ্ববিদ্যালয়)
gazetteer-word           is a one-word gazetteer form, as written or inflected (মস্কোতে)
date-start               may start a date or time (a number, ডিসেম্বরে, গতকাল)
role                     starts a role or honorific (প্রেসিডেন্ট, ড., সম্পাদকঃ, বনমন্ত্রী)
name-particle            is an Arabic name particle (আল, আবু, বিন)
speech-cue               starts a reporting verb (বলেন, জানান)
named-cue                is "named" (নামের, নামে, নামক)
alias-cue                is "alias" (ওরফে)
name-word                is a known part of a personal name (রহমান, শফিকুলের)
name-prefix              starts a name prefix or is an initial (মো., শেখ, এম)
org-head                 ends an organisation head noun, as written or inflected (ব্যাংকের)
institution              is পুলিশ, সরকার … as written or inflected
place-unit               ends an administrative unit or settlement word (উপজেলার, গ্রামে)
natural-feature          ends a river, lake, island word … (নদীতে, হাওরের)
place-ending             is an unknown word with a place-name ending and a locative (শিবগঞ্জে)
source-cue               starts a source line (তথ্যসূত্র, সূত্রঃ)
open-paren               is "("
hyphen                   is "-"
list-separator           separates list items (",", ও, এবং, আর)
=======================  ================================================================
"""

from __future__ import annotations

from typing import Callable, Dict, Iterable, List, Sequence, Tuple

from .registry import TRIGGERS, Knowledge, Trigger, register_trigger

__all__ = ["TriggerTable", "STAGE_TRIGGERS", "GAZETTEER_FORM_START", "GAZETTEER_WORD",
           "DATE_START"]

GAZETTEER_FORM_START = "gazetteer-form-start"
GAZETTEER_WORD = "gazetteer-word"
DATE_START = "date-start"
#: triggers the stages before the rules need (gazetteer matching, dates)
STAGE_TRIGGERS = (GAZETTEER_FORM_START, GAZETTEER_WORD, DATE_START)

MAX_CACHE = 500_000


def _role_test(k: Knowledge) -> Callable[[str], bool]:
    lang = k.lang
    firsts = lang.roles.first_words() | lang.honorifics.first_words()
    visarga = lang.visarga
    compound = lang.is_compound_role

    def test(word: str) -> bool:
        if word in firsts:
            return True
        if word.endswith(visarga) and word[:-1] in firsts:
            return True  # সম্পাদকঃ
        return compound(word)  # বনমন্ত্রী, আইনসচিব

    return test


def _name_prefix_test(k: Knowledge) -> Callable[[str], bool]:
    firsts = k.lang.name_prefixes.first_words()
    initial = k.lang.is_initial
    return lambda word: word in firsts or initial(word)


for _t in (
    Trigger(GAZETTEER_FORM_START, "starts a multi-word gazetteer form",
            test=lambda k: k.gazetteer.starts_form),
    Trigger(GAZETTEER_WORD, "is a one-word gazetteer form, as written or inflected",
            test=lambda k: (lambda w, m=k.gazetteer.match_word: m(w) is not None)),
    Trigger(DATE_START, "may start a date or time expression",
            test=lambda k: k.dates.is_trigger_word),
    Trigger("role", "starts a role or honorific, or is a role written as one word",
            test=_role_test),
    Trigger("name-particle", "is an Arabic name particle", words=lambda k: k.lang.particles),
    Trigger("speech-cue", "starts a reporting verb",
            words=lambda k: k.lang.speech_cues.first_words()),
    Trigger("named-cue", "is 'named'", words=lambda k: k.lang.named_cues),
    Trigger("alias-cue", "is 'alias'", words=lambda k: k.lang.alias_cues),
    Trigger("name-word", "is a known part of a personal name",
            test=lambda k: k.lang.is_name_word),
    Trigger("name-prefix", "starts a name prefix or is an initial", test=_name_prefix_test),
    Trigger("org-head", "ends an organisation head noun, as written or inflected",
            stems=lambda k: k.lang.org_heads.last_words()),
    Trigger("institution", "is a body named by a common noun, as written or inflected",
            stems=lambda k: k.lang.institutions),
    Trigger("place-unit", "ends an administrative unit or settlement word",
            stems=lambda k: k.lang.admin_units.last_words() | k.lang.settlements.last_words()),
    Trigger("natural-feature", "ends a river, lake, island word …",
            stems=lambda k: k.lang.natural_features.last_words()),
    Trigger("place-ending", "is an unknown word with a place-name ending and a locative",
            test=lambda k: k.words.place_ending),
    Trigger("source-cue", "starts a source line", words=lambda k: k.lang.source_cues),
    Trigger("open-paren", "is an opening parenthesis", words=lambda k: ("(",)),
    Trigger("hyphen", "is a hyphen", words=lambda k: ("-",)),
    Trigger("list-separator", "separates the items of a list",
            words=lambda k: k.lang.list_separators),
):
    register_trigger(_t)


class TriggerTable:
    """The bits of the triggers a pipeline needs, and the cached bits of every word seen.

    :param triggers: the triggers, in bit order.
    :param knowledge: what they are computed from.
    """

    def __init__(self, triggers: Sequence[Trigger], knowledge: Knowledge) -> None:
        self.bits: Dict[str, int] = {}
        self._words: Dict[str, int] = {}
        self._stems: Dict[str, int] = {}
        self._tests: List[Tuple[int, Callable[[str], bool]]] = []
        for i, t in enumerate(triggers):
            bit = 1 << i
            self.bits[t.name] = bit
            if t.words is not None:
                for w in t.words(knowledge):
                    self._words[w] = self._words.get(w, 0) | bit
            elif t.stems is not None:
                for w in t.stems(knowledge):
                    self._stems[w] = self._stems.get(w, 0) | bit
            else:
                self._tests.append((bit, t.test(knowledge)))
        self._word_stems = knowledge.lang.stems
        self._cache: Dict[str, int] = {}

    def mask(self, names: Iterable[str]) -> int:
        """The bits of the named triggers (0 for none)."""
        out = 0
        for n in names:
            out |= self.bits[n]
        return out

    def clear(self) -> None:
        self._cache = {}

    def flags_of(self, texts: Sequence[str]) -> List[int]:
        """The trigger bits of each token text."""
        cache = self._cache
        if len(cache) > MAX_CACHE:
            cache = self._cache = {}
        get = cache.get
        out = []
        append = out.append
        for t in texts:
            f = get(t)
            if f is None:
                f = cache[t] = self._compute(t)
            append(f)
        return out

    def _compute(self, word: str) -> int:
        flags = self._words.get(word, 0)
        stem_marks = self._stems
        if stem_marks:
            for stem, _ in self._word_stems(word):
                flags |= stem_marks.get(stem, 0)
        for bit, test in self._tests:
            if test(word):
                flags |= bit
        return flags


def builtin_triggers() -> Dict[str, Trigger]:
    """The library's triggers by name (a copy)."""
    return dict(TRIGGERS)
