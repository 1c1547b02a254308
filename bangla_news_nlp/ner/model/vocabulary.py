"""The decider's word vectors of the language data's vocabulary, computed once per cache
directory.

On a first pass over new text most of the decider's time goes into the words it meets for
the first time: which lists each word is in, its stem and affixes as feature strings, and,
for every role the word takes around a span (first, last or inner word, one or two words
before or after), the sum of that role's weights (:meth:`.Decider._role_vector`).  Most words
of a news text are everyday words the language data lists (its frequent and common words),
the same in every text: their vectors in every role and register, and what
:func:`.spans.spans` asks of them, are computed when the cache directory first sees this
model, language data and gazetteer, and kept there
(``bangla_news_nlp/cache.py``, as the gazetteer index and the trigger facts are), so that a
pipeline's first pass computes only the words no list has.

The vectors are kept as 64-bit floats, exactly the sums the decider computes for a word it
meets (the output is the same with and without the cache); a file of the wrong shape, of
another model, language data or gazetteer is never read (the key names all four), and with
no cache directory (``BANGLA_NEWS_NLP_CACHE=off``, a gazetteer that was not cached) the
decider computes every word as it meets it.
"""

from __future__ import annotations

import hashlib
import json
import struct
import sys
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, Tuple

from ...text.tokenize import WORD, tokenize
from .features import WORD_ROLES, Features
from .spans import FACT_BITS, word_facts

if TYPE_CHECKING:  # pragma: no cover
    from ..registry import Knowledge
    from .decider import Decider

__all__ = ["WordVectors", "vectors_key", "compute", "cached_vectors", "KIND", "FORMAT"]

KIND = "vectors"
#: part of the cache key: raise it when what a word's vector or facts are changes in the code
#: (2: the genitive র no longer follows a consonant other than য-ফলা and হ: other stems)
FORMAT = 2
_ROLES = len(WORD_ROLES)
_ROLE_INDEX = {role: i for i, role in enumerate(WORD_ROLES)}
_ITEMSIZE = array("d").itemsize  # bytes of one value (a C double, as struct's "d")


class WordVectors:
    """The vectors of a vocabulary's words: ``vector(word, role, domain)`` is the word's
    score vector in that role and register (a tuple of one float per class) or None for a
    word not in it; ``facts`` the span facts of each word (:func:`.spans.word_facts`)."""

    __slots__ = ("rows", "classes", "values", "offsets", "facts", "_unpack")

    def __init__(self, words: Sequence[str], classes: int, values: array,
                 offsets: Dict[str, int], facts: Sequence[int]) -> None:
        self.rows: Dict[str, int] = dict(zip(words, range(len(words))))
        self.classes = classes
        self.values = values  # every register's vectors, one after the other
        # (a vector read straight from the array's bytes: no slice of it made first)
        self._unpack = struct.Struct(f"={classes}d").unpack_from
        self.offsets = offsets  # where each register starts in ``values``
        self.facts: Dict[str, Tuple[bool, ...]] = dict(zip(words, map(_UNPACKED.__getitem__,
                                                                      facts)))

    def __len__(self) -> int:
        return len(self.rows)

    def vector(self, word: str, role: str, domain: str) -> Optional[Tuple[float, ...]]:
        row = self.rows.get(word)
        if row is None:
            return None
        start = self.offsets.get(domain)
        if start is None:
            return None
        at = start + (row * _ROLES + _ROLE_INDEX[role]) * self.classes
        return self._unpack(self.values, _ITEMSIZE * at)


def vectors_key(decider: "Decider", knowledge: "Knowledge", gazetteer_key: str) -> str:
    """The cache key of the vocabulary's vectors: the library version, the model file's
    bytes, the language data, the gazetteer index's own key and the roles."""
    from ... import __version__

    digest = hashlib.sha256(Path(decider.path).read_bytes()).hexdigest()
    payload = json.dumps([FORMAT, __version__, digest, knowledge.lang.digest, gazetteer_key,
                          list(WORD_ROLES)])
    return hashlib.sha256(payload.encode()).hexdigest()


def words_of(knowledge: "Knowledge") -> List[str]:
    """The words whose vectors are kept: the everyday words of the language data (its
    frequent and common words, about 17,000: nine in ten of the distinct words of a news
    text the lists know, for little more than half the size of the whole vocabulary of
    :func:`..triggers.vocabulary`), those that are one word token each."""
    lang = knowledge.lang
    out = []
    for w in sorted(set(lang.frequent_words) | set(lang.common_words)):
        seq = tokenize(w)
        if len(seq.texts) == 1 and seq.kinds[0] == WORD and seq.texts[0] == w:
            out.append(w)
    return out


def compute(decider: "Decider", knowledge: "Knowledge",
            words: Sequence[str]) -> Tuple[dict, bytes]:
    """The cache file's data for ``words`` (the words, the registers, their span facts as
    bits) and its raw bytes: the words' vectors in every role and register of the model,
    64-bit floats in the machine's order (a register after the other)."""
    decider.load()
    k = len(decider.classes)
    # (a Features of its own: the words' feature strings are not kept once summed)
    features = Features(knowledge.lang, knowledge.gazetteer)
    parts = features.role_parts
    values = array("d")
    for domain in decider.domains:
        weights = decider.weights[domain]
        for w in words:
            for role in WORD_ROLES:
                values.extend(decider._vector(parts(w, WORD, role), weights,
                                              decider.role_index[role]))
    lang = knowledge.lang
    facts = [_pack(word_facts(lang, w)) for w in words]
    data = {"words": "\n".join(words), "classes": k, "roles": list(WORD_ROLES),
            "domains": list(decider.domains), "byteorder": sys.byteorder, "facts": facts}
    return data, values.tobytes()


def _pack(facts: Tuple[bool, ...]) -> int:
    out = 0
    for i, f in enumerate(facts):
        if f:
            out |= 1 << i
    return out


def _unpack(bits: int) -> Tuple[bool, ...]:
    return tuple(bool(bits >> i & 1) for i in range(FACT_BITS))


_UNPACKED = [_unpack(bits) for bits in range(1 << FACT_BITS)]  # (one tuple per pattern)


def parse(data: object, raw: bytes, decider: "Decider") -> Optional[WordVectors]:
    """The vectors a cache file holds (its data and raw bytes), or None when its shape is
    not right (then they are computed again)."""
    if type(data) is not dict:
        return None
    words, k, roles = data.get("words"), data.get("classes"), data.get("roles")
    domains, facts = data.get("domains"), data.get("facts")
    if not (type(words) is str and type(k) is int and roles == list(WORD_ROLES)
            and domains == list(decider.domains) and type(facts) is list
            and data.get("byteorder") == sys.byteorder):
        return None
    words_list = words.split("\n") if words else []
    if k != len(decider.classes) or len(facts) != len(words_list) \
            or len(set(words_list)) != len(words_list):
        return None
    if facts and (set(map(type, facts)) != {int} or min(facts) < 0
                  or max(facts) >= 1 << FACT_BITS):
        return None
    per_domain = len(words_list) * _ROLES * k
    if len(raw) != _ITEMSIZE * per_domain * len(domains):
        return None
    values = array("d")
    values.frombytes(raw)
    return WordVectors(words_list, k, values, {d: i * per_domain for i, d in enumerate(domains)},
                       facts)


def cached_vectors(decider: "Decider", knowledge: "Knowledge") -> Optional[WordVectors]:
    """The vocabulary's vectors from the cache, computed and cached when missing; None when
    there is no cache (nor a cached gazetteer to key them on)."""
    from ... import cache as store

    gazetteer_key = knowledge.gazetteer.cache_key
    if gazetteer_key is None or store.cache_dir() is None:
        return None
    try:
        key = vectors_key(decider, knowledge, gazetteer_key)
    except OSError:
        return None
    found = store.read_with_bytes(KIND, key, FORMAT)
    if found is not None:
        hit = parse(found[0], found[1], decider)
        if hit is not None:
            return hit
    data, raw = compute(decider, knowledge, words_of(knowledge))
    store.write(KIND, key, FORMAT, data, raw)
    return parse(data, raw, decider)
