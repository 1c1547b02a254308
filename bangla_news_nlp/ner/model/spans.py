"""The spans the decider weighs: every candidate of the gazetteer and the rules, and the runs
of words that could be a name no rule proposed.

A run is one to :data:`MAX_WORDS` words on one line (a hyphen or a dot glued between two
words belongs to it: আল-শারা, মো.) that holds at least one word that is not an everyday
word (or is a known name part or a gazetteer word) and neither starts nor ends with a
function word, a verb or a role (প্রধানমন্ত্রী, a person's title, is not part of a name the
decider proposes: a rule's or list's candidate still may be), nor ends with a name particle
or a bound prefix (আল, আবু, আবদুর: more of the name always follows); a run ending with an
organisation head noun may be longer (:data:`MAX_ORG_WORDS`: বাংলাদেশ কৃষি উন্নয়ন কর্পোরেশন).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Iterable, List, Optional, Set, Tuple

from ...text.tokenize import WORD

if TYPE_CHECKING:  # pragma: no cover
    from ..candidate import Candidate
    from ..context import Context

__all__ = ["spans", "word_facts", "FACT_BITS", "MAX_WORDS", "MAX_ORG_WORDS"]

MAX_WORDS = 5
MAX_ORG_WORDS = 8
_GLUE = ("-", ".")


#: how many facts :func:`word_facts` gives
FACT_BITS = 5


def word_facts(lang, w: str) -> Tuple[bool, bool, bool, bool, bool]:
    """What :func:`spans` needs to know of word ``w`` (see there)."""
    stop = w in lang.stop_words or lang.is_verb(w)
    return (
        not lang.is_common(w) or lang.is_name_word(w),
        stop,
        bool(lang.org_heads.match_inflected((w,), 0)[0]),
        not stop and not lang.is_compound_role(w)
        and not any(st in lang.roles for st, _ in lang.stems(w)),
        w not in lang.never_last,
    )


def spans(ctx: "Context", cands: Iterable["Candidate"],
          facts: Dict[str, Tuple[bool, bool, bool, bool, bool]],
          skip: Optional[bytearray] = None) -> List[Tuple[int, int]]:
    """Every span to weigh, in text order: the candidates' and the runs'.  ``facts`` caches
    per word ``(namey, stop, head, edge, last)``: not an everyday word or a known name part;
    a function word or a verb; an organisation head (any case); a word a run may start or end
    with (not a stop word nor a role); a word a run may end with (not a name particle or a
    bound prefix: আল, আবদুর).  With ``skip`` (a flag per token), none over a
    flagged token."""
    out: Set[Tuple[int, int]] = {(c.ts, c.te) for c in cands}
    if skip is not None:
        out = {(ts, te) for ts, te in out if not any(skip[ts:te])}
    texts, kinds, n = ctx.texts, ctx.kinds, ctx.n
    lang = ctx.lang
    gaz = ctx.gaz_label
    line_starts = ctx.line_starts
    info = []
    for i in range(n):
        if kinds[i] != WORD:
            info.append(None)
            continue
        w = texts[i]
        f = facts.get(w)
        if f is None:
            if len(facts) > 500_000:  # bounded over a long archive
                facts.clear()
            f = facts[w] = word_facts(lang, w)
        info.append(f)
    for s in range(n):
        fs = info[s]
        if fs is None or not fs[3]:
            continue
        has = False
        e = s
        longest = MAX_ORG_WORDS
        while e < n and e - s < longest:
            if skip is not None and skip[e]:
                break  # (every longer run holds it too)
            f = info[e]
            if f is None:
                if texts[e] in _GLUE and e + 1 < n and info[e + 1] is not None \
                        and ctx.glued(e - 1, e) and ctx.glued(e, e + 1):
                    e += 1
                    continue
                break
            if e > s and line_starts[e]:
                break
            has = has or f[0] or gaz[e] is not None
            if has and f[3] and f[4] and (e - s < MAX_WORDS or f[2]):
                out.add((s, e + 1))
            e += 1
    return sorted(out)
