"""Gazetteer matches as candidates, with the span conventions of Bengali news NER.

* A unit word at the end of a place form is not part of the name: the gazetteer's form
  চন্দনী ইউনিয়ন identifies the union, the entity is চন্দনী (and সিলেট in সিলেট জেলার).
  So is সদর ("headquarters") ending an upazila's name: in কুষ্টিয়া সদর উপজেলায় the entity
  is কুষ্টিয়া, as the gold data has it, and its canonical name stays the upazila's
  (Kushtia Sadar Upazila).
* A form that starts with its district in the genitive (বগুড়ার শিবগঞ্জ, used to tell apart
  upazilas of the same name) gives two places: the district and the upazila.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List

from ..models import Label
from ..ner.candidate import PRIORITY_GAZETTEER, Candidate
from ..text.tokenize import WORD

if TYPE_CHECKING:  # pragma: no cover
    from ..ner.context import Context

__all__ = ["gazetteer_candidates"]

_PLACES = (Label.GPE, Label.LOC)
_DETACHED_MARKS = ("-", "’", "'")


def gazetteer_candidates(ctx: "Context") -> List[Candidate]:
    entries = ctx.gazetteer.entries
    lang = ctx.lang
    texts = ctx.texts
    out: List[Candidate] = []
    for m in ctx.matches:
        for strong, weak in m.refs:
            if not weak:
                break
        else:
            continue  # weak forms wait for the document-level rules
        e = entries[strong]
        ts, te = m.ts, m.te
        if te - ts == 1 and not m.ending and texts[ts] in lang.idioms \
                and _after_idiom_words(ctx, ts, lang.idioms[texts[ts]]):
            continue  # গা ঢাকা দেওয়া: "to hide", not the city
        base = ctx.match_base(m)
        if e.label in _PLACES and te - ts >= 2 and not m.ending.startswith(_DETACHED_MARKS):
            if lang.admin_units.match_inflected(texts, te - 1)[0] == 1 and ctx.kinds[te - 2] == WORD:
                te -= 1  # the unit word is not part of the name
                base = ctx.text[ctx.starts[ts] : ctx.ends[te - 1]]
            if te - ts >= 2 and texts[te - 1] == lang.sadar and ctx.kinds[te - 2] == WORD:
                te -= 1
                base = ctx.text[ctx.starts[ts] : ctx.ends[te - 1]]
            first = texts[ts]
            for stem, ending in lang.stems(first)[1:]:
                if ending in lang.genitive and te - ts >= 2:
                    district = ctx.gazetteer.refs_of_word(stem)
                    strong_d = next((eid for eid, weak in district if not weak), None)
                    if strong_d is not None and entries[strong_d].label in _PLACES:
                        d = entries[strong_d]
                        out.append(Candidate(ts, ts + 1, d.label, stem, f"gazetteer:{d.file}",
                                             PRIORITY_GAZETTEER, d.canonical, d.kb_id, strong_d,
                                             local=d.local))
                        ts += 1
                        base = ctx.text[ctx.starts[ts] : ctx.ends[te - 1]]
                        break
        # (every field given by position, the dataclass's __init__ is quicker so: ..., eid,
        # rank, rule, local)
        out.append(Candidate(ts, te, e.label, base, f"gazetteer:{e.file}", PRIORITY_GAZETTEER,
                             e.canonical, e.kb_id, strong, 0, None, e.local))
    return out


def _after_idiom_words(ctx: "Context", i: int, befores: "frozenset") -> bool:
    """Whether token ``i`` follows the words of one of ``befores`` (word tuples) on its line,
    written apart or joined to it by a hyphen (গা ঢাকা, গা-ঢাকা)."""
    texts = ctx.texts
    j = i
    if j >= 2 and texts[j - 1] == "-" and ctx.glued(j - 2, j - 1) and ctx.glued(j - 1, j):
        j -= 1  # (the hyphen of গা-ঢাকা)
    for words in befores:
        k = j - len(words)
        if k >= 0 and tuple(texts[k:j]) == words and ctx.same_line(k, i):
            return True
    return False
