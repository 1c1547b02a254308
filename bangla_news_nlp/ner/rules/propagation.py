"""A name given once in full stands for the person in the rest of the document."""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from ...models import Label
from ...text.tokenize import WORD
from ..candidate import PRIORITY_PROPAGATED, Candidate
from ..context import Context
from ..registry import DOCUMENT, RULES

__all__: List[str] = []



@RULES.register("propagation", stage=DOCUMENT, needs=[Label.PERSON], labels=(Label.PERSON,),
                priority=PRIORITY_PROPAGATED,
                example="অধ্যক্ষ তৌফিক রহমানী জানান, পরীক্ষা হবে। রহমানীর বক্তব্যে সবাই খুশি।")
def propagate_names(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """A person named in full (ভ্লাদিমির পুতিন, মুরহাফ আবু কাসরা) is the person meant by a
    later mention of a distinctive part of the name (পুতিনের, কাসরা); so is a one-word name
    that a rule with strong evidence found (কেসমত নামের এক ব্যক্তি … কেসমতের পরিবার).

    A word two people of the document share, a common family name (ইসলাম, রহমান) and a
    particle never propagate."""
    texts, lang = ctx.texts, ctx.lang
    owner: Dict[str, Optional[Candidate]] = {}
    for c in chosen:
        if c.label != Label.PERSON:
            continue
        words = [k for k in range(c.ts, c.te) if ctx.kinds[k] == WORD]
        if len(words) < 2 and not (c.rule is not None and c.rule.strong_evidence):
            continue
        for k in words:
            w = texts[k]
            if k == words[-1]:
                w = ctx.base_of(c.ts, c.te).split()[-1].split("-")[-1]
            if not ctx.words.distinctive_name_part(w):
                continue
            prev = owner.get(w, c)
            same = prev is not None and _identity(prev) == _identity(c)
            owner[w] = c if same else None  # shared by two people: ambiguous
    owner = {w: c for w, c in owner.items() if c is not None}
    if not owner:
        return []
    covered = bytearray(ctx.n)
    for c in chosen:
        covered[c.ts : c.te] = b"\x01" * (c.te - c.ts)
    # the words of the document that are one of those names, as written or inflected
    stems = lang.stems
    prefixes = tuple(owner)
    hits: Dict[str, Tuple[str, Candidate]] = {}
    for word in set(texts):
        if not word.startswith(prefixes):
            continue  # (a form of a name starts with the name)
        for stem, _ in stems(word):
            src = owner.get(stem)
            if src is not None:
                hits[word] = (stem, src)
                break
    out: List[Candidate] = []
    if not hits:
        return out
    for i, t in enumerate(texts):
        hit = hits.get(t)
        if hit is None or covered[i] or ctx.kinds[i] != WORD:
            continue
        stem, src = hit
        s = i
        # আল-শাইবানি: take the particle and hyphen in front
        if i >= 2 and texts[i - 1] == "-" and texts[i - 2] in lang.particles \
                and ctx.glued(i - 2, i - 1) and ctx.glued(i - 1, i) and not covered[i - 2]:
            s = i - 2
        base = ctx.text[ctx.starts[s] : ctx.starts[i]] + stem
        out.append(ctx.propose(s, i + 1, Label.PERSON, base, canonical=src.canonical,
                               kb_id=src.kb_id, eid=src.eid))
    return out


def _identity(c: Candidate) -> object:
    """Who a person mention is: its gazetteer entry, its canonical name, or its full name."""
    if c.eid is not None:
        return ("eid", c.eid)
    if c.canonical:
        return ("canonical", c.canonical)
    return ("name", c.base)
