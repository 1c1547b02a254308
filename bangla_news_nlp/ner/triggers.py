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
given-name-abroad        is a Christian or world-news given name as written (জর্জ, মাইকেল)
org-head                 ends an organisation head noun, as written or inflected (ব্যাংকের)
institution              is পুলিশ, সরকার … as written or inflected
place-unit               ends an administrative unit or settlement word (উপজেলার, গ্রামে)
natural-feature          ends a river, lake, island word … (নদীতে, হাওরের)
facility                 ends a road, square, bridge word … (রোডে, মোড়ের)
capital-cue              is "the capital" or "the capital's" (রাজধানী, রাজধানীর)
place-ending             is an unknown word with a place-name ending and a locative (শিবগঞ্জে)
club-cue                 is a word of club sport, as written or inflected (কোচ, গোলে)
periodical               is "daily", "weekly" … (দৈনিক, সাপ্তাহিক)
squad-cue                is a team's squad or eleven (স্কোয়াড, একাদশ, দল, দলঃ)
source-cue               starts a source line (তথ্যসূত্র, সূত্রঃ)
open-paren               is "("
hyphen                   is "-"
list-separator           separates list items (",", ও, এবং, আর)
name-like                may be part of a name: a Bengali word that is no everyday word, role,
                         verb or date word (no rule asks for it: it is computed for the
                         vocabulary's cached facts, so that a pipeline starts knowing the
                         answers of the list words, see :meth:`.WordFacts.preload_namelike`)
=======================  ================================================================
"""

from __future__ import annotations

import hashlib
import json
from typing import Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from .registry import TRIGGERS, Knowledge, Trigger, register_trigger

__all__ = ["TriggerTable", "STAGE_TRIGGERS", "GAZETTEER_FORM_START", "GAZETTEER_WORD",
           "DATE_START", "NAME_LIKE", "vocabulary", "vocabulary_facts", "cached_facts",
           "fact_answers"]

GAZETTEER_FORM_START = "gazetteer-form-start"
GAZETTEER_WORD = "gazetteer-word"
DATE_START = "date-start"
NAME_LIKE = "name-like"
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
    Trigger("given-name-abroad", "is a Christian or world-news given name as written",
            words=lambda k: k.lang.given_names_abroad),
    Trigger("org-head", "ends an organisation head noun, as written or inflected",
            stems=lambda k: k.lang.org_heads.last_words()),
    Trigger("institution", "is a body named by a common noun, as written or inflected",
            stems=lambda k: k.lang.institutions),
    Trigger("place-unit", "ends an administrative unit or settlement word",
            stems=lambda k: k.lang.admin_units.last_words() | k.lang.settlements.last_words()),
    Trigger("natural-feature", "ends a river, lake, island word …",
            stems=lambda k: k.lang.natural_features.last_words()),
    Trigger("facility", "ends a road, square, bridge word …",
            stems=lambda k: k.lang.facility_heads.last_words()),
    Trigger("capital-cue", "is 'the capital' or 'the capital's' (রাজধানী)",
            words=lambda k: k.lang.capital_cues),
    Trigger("place-ending", "is an unknown word with a place-name ending and a locative",
            test=lambda k: k.words.place_ending),
    Trigger("club-cue", "is a word of club sport (কোচ, গোলে)", stems=lambda k: k.lang.club_cues),
    Trigger("periodical", "is 'daily', 'weekly' … (দৈনিক)", words=lambda k: k.lang.periodicals),
    Trigger("squad-cue", "is a team's squad or eleven (স্কোয়াড, দল, দলঃ)",
            words=lambda k: tuple(k.lang.squad_cues)
            + tuple(w + k.lang.visarga for w in k.lang.squad_cues)),
    Trigger("source-cue", "starts a source line", words=lambda k: k.lang.source_cues),
    Trigger("open-paren", "is an opening parenthesis", words=lambda k: ("(",)),
    Trigger("hyphen", "is a hyphen", words=lambda k: ("-",)),
    Trigger("list-separator", "separates the items of a list",
            words=lambda k: k.lang.list_separators),
    Trigger(NAME_LIKE, "may be part of a name: a Bengali word that is no everyday word, "
            "role, verb or date word (cached for the vocabulary; no rule asks for it)",
            test=lambda k: k.words.namelike),
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

    def preload(self, facts: Mapping[str, list]) -> int:
        """Take the bits of words computed beforehand (:func:`vocabulary_facts`): ``facts``
        holds ``triggers`` (names, in bit order), ``words`` and ``masks`` (each word's bits in
        that order).  Nothing is taken when one of this table's triggers is not among them.
        Returns the number of words preloaded."""
        names = facts["triggers"]
        if any(name not in names for name in self.bits):
            return 0
        ours = [self.bits.get(name, 0) for name in names]
        remap: Dict[int, int] = {}
        masks = facts["masks"]
        for mask in set(masks):
            bits = 0
            for k, bit in enumerate(ours):
                if mask >> k & 1:
                    bits |= bit
            remap[mask] = bits
        cache = dict(zip(facts["words"], map(remap.__getitem__, masks)))
        cache.update(self._cache)
        self._cache = cache
        return len(cache)

    def flags_of(self, texts: Sequence[str]) -> List[int]:
        """The trigger bits of each token text."""
        cache = self._cache
        if len(cache) > MAX_CACHE:
            cache = self._cache = {}
        out = list(map(cache.get, texts))  # (one C loop; most words are known)
        if None in out:
            compute = self._compute
            for i, f in enumerate(out):
                if f is None:
                    t = texts[i]
                    f = cache.get(t)  # (a word seen twice in this text is computed once)
                    if f is None:
                        f = cache[t] = compute(t)
                    out[i] = f
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


# --- the facts of the vocabulary, computed once and cached --------------------------------
# Most words of a news text are words the language data lists (everyday words, names, roles,
# one-word gazetteer forms): their trigger facts are computed once, when the cache directory
# first sees this language data and gazetteer, and kept there (bangla_news_nlp/cache.py), so a
# pipeline's first pass over new text computes only the words no list has.
# (part of the cache key: raise it when what a trigger's test answers changes in the code, so
# that caches written by the older code are not read; 2: an hour word without its suffix,
# দুই, নয়, no longer starts a date; 3: the genitive র no longer follows a consonant other than
# য-ফলা and হ, so গ্রেগর is no stem গ্রেগ + র)
FACTS_FORMAT = 3
FACTS_KIND = "words"


def fact_answers(facts: Mapping[str, list], name: str) -> Optional[Iterator[bool]]:
    """Whether the trigger ``name`` holds for each of the words of ``facts`` (see
    :meth:`TriggerTable.preload`), in their order; None when the facts do not have it."""
    names = facts["triggers"]
    if name not in names:
        return None
    bit = 1 << names.index(name)
    return map(bool, map(bit.__and__, facts["masks"]))  # (no Python frame per word)


def vocabulary(knowledge: Knowledge) -> List[str]:
    """The words whose facts are computed beforehand: every word of the language data's
    lists (everyday words, names, roles, cues …) and every one-word gazetteer form."""
    lang = knowledge.lang
    words = set(lang.frequent_words) | set(lang.common_words) | set(lang.given_names) \
        | set(lang.surnames) | set(lang.mined_person_words) | set(lang.particles)
    for phrases in (lang.roles, lang.honorifics, lang.name_prefixes, lang.speech_cues):
        words |= phrases.first_words()
    words |= lang.named_cues | lang.alias_cues | lang.source_cues | lang.list_separators
    words |= knowledge.gazetteer.written_forms()
    return sorted(words)


def vocabulary_facts(knowledge: Knowledge, words: Sequence[str]) -> Dict[str, list]:
    """The library's triggers (``triggers``, in bit order) and, for each of ``words``
    (``words``), the bits of those that hold (``masks``)."""
    triggers = list(TRIGGERS.values())
    table = TriggerTable(triggers, knowledge)
    return {"triggers": [t.name for t in triggers], "words": list(words),
            "masks": table.flags_of(words)}


def facts_key(knowledge: Knowledge, gazetteer_key: str) -> str:
    """The cache key of the vocabulary's facts: the library version, the language data (the
    date words included), the gazetteer index's own key and the library's triggers."""
    from .. import __version__

    payload = json.dumps([FACTS_FORMAT, __version__, knowledge.lang.digest, gazetteer_key,
                          sorted(TRIGGERS)])
    return hashlib.sha256(payload.encode()).hexdigest()


def cached_facts(knowledge: Knowledge, gazetteer_key: Optional[str]) -> Optional[Dict[str, list]]:
    """The vocabulary's facts from the cache, computed and cached when missing; None when
    there is no cache (``gazetteer_key`` is None when the gazetteer was not cached either)."""
    if gazetteer_key is None:
        return None
    from .. import cache as store

    key = facts_key(knowledge, gazetteer_key)
    data = store.read(FACTS_KIND, key, FACTS_FORMAT)
    if _valid_facts(data):
        return data  # type: ignore[return-value]
    if store.cache_dir() is None:
        return None
    data = vocabulary_facts(knowledge, vocabulary(knowledge))
    store.write(FACTS_KIND, key, FACTS_FORMAT, data)
    return data


def _valid_facts(data: object) -> bool:
    """The shape of cached facts: trigger names, and as many words (strings) as masks
    (integers using no bit beyond the triggers')."""
    if type(data) is not dict:
        return False
    names, words, masks = data.get("triggers"), data.get("words"), data.get("masks")
    if not (type(names) is list and type(words) is list and type(masks) is list):
        return False
    if len(words) != len(masks) or not all(type(n) is str for n in names):
        return False
    if words and (set(map(type, words)) != {str} or set(map(type, masks)) != {int}):
        return False
    return not masks or (min(masks) >= 0 and max(masks) < 1 << len(names))
