"""Choose among overlapping candidates and give each its canonical name.

Longest span first (in characters); for equal spans the most specific evidence wins (a
document's own alias, then the gazetteer, then a name propagated from a full mention, then a
rule: the ``priority`` each rule declares).  Remaining ties are broken explicitly, never by the
order the candidates arrive in: the earlier start, then the earlier stage in the pipeline's
run order (the gazetteer, then the rules in ``Pipeline.rule_names`` order), then the label,
the base form, the source, the canonical name and the Wikidata id (a missing one first).  A rule's span that ends with a gazetteer entity of the same type takes that
entity's canonical name and Wikidata id (পররাষ্ট্রমন্ত্রী সের্গেই লাভরভ with লাভরভ in the
gazetteer).
"""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

from .candidate import PRIORITY_GAZETTEER, Candidate

__all__ = ["resolve", "order_key"]


def order_key(c: Candidate, starts: Sequence[int], ends: Sequence[int]) -> tuple:
    """The order in which candidates are taken: a total order on everything that can tell
    two candidates apart."""
    return (-(ends[c.te - 1] - starts[c.ts]), -c.priority, c.ts, c.rank, c.label.value,
            c.base, c.source, c.canonical or "", c.kb_id or "")


def resolve(cands: Sequence[Candidate], n_tokens: int, starts: Sequence[int],
            ends: Sequence[int]) -> List[Candidate]:
    """The candidates that win, in text order, none overlapping another."""
    if len(cands) == 1:
        order = chosen = [cands[0]]
    else:
        order = sorted(cands, key=lambda c: order_key(c, starts, ends))
        taken = bytearray(n_tokens)
        chosen = []
        for c in order:
            if any(taken[c.ts : c.te]):
                continue
            taken[c.ts : c.te] = b"\x01" * (c.te - c.ts)
            chosen.append(c)
        chosen.sort(key=lambda c: c.ts)

    # canonical names for rule spans from a gazetteer entity at their end
    for c in chosen:
        if c.canonical is None:
            break
    else:
        return chosen
    known: Dict[Tuple[int, object], Candidate] = {}
    for c in order:
        if c.canonical is not None and c.priority >= PRIORITY_GAZETTEER:
            known.setdefault((c.te, c.label), c)
    for c in chosen:
        if c.canonical is None:
            inner = known.get((c.te, c.label))
            if inner is not None and inner.ts >= c.ts:
                c.canonical, c.kb_id, c.eid = inner.canonical, inner.kb_id, inner.eid
    return chosen
