"""Names joined into one: organisations written as one body, a town before its local body,
and towns joined by hyphens into a route or area."""

from __future__ import annotations

from typing import List

from ...models import Label
from ...text.tokenize import WORD
from ..candidate import PRIORITY_DOC_ALIAS, Candidate
from ..context import Context
from ..registry import DOCUMENT, RULES

__all__: List[str] = []

_PLACES = (Label.GPE, Label.LOC)


@RULES.register("org-compound", stage=DOCUMENT, needs=[Label.ORG], labels=(Label.ORG,),
                priority=PRIORITY_DOC_ALIAS,
                example="জামায়াত-শিবিরের নেতাকর্মীরা মিছিল করেন।")
def compound_orgs(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """Organisations joined by a hyphen are written as one body of people (জামায়াত-শিবির,
    পুলিশ-র‍্যাব, বিএনপি-জামায়াত), and a local place before a local organisation is part of
    its name (কিশোরগঞ্জ রেলওয়ে পুলিশ, ঢাকা মহানগর আওয়ামী লীগ).

    A known organisation keeps its own span after a place and a unit word (পাটগ্রাম উপজেলা
    আওয়ামী লীগের: a place, then the party, as the gold data has it); only a body named by its
    head noun takes the place into its name (ভোলা জেলা … ফোরামের).  Right after the place, a
    name of two words or more joins it (বরিশাল শেরেবাংলা মেডিকেল কলেজ হাসপাতালে), a one-word
    one does not (মেহেরপুর পুলিশের, বগুড়া সওজের)."""
    texts = ctx.texts
    units = ctx.lang.admin_units
    out: List[Candidate] = []
    out.extend(_weak_org_after_hyphen(ctx, chosen))
    for a, b in zip(chosen, chosen[1:]):
        if b.label != Label.ORG:
            continue
        if a.label == Label.ORG and b.ts == a.te + 1 and texts[a.te] == "-" \
                and ctx.glued(a.te - 1, a.te) and ctx.glued(a.te, b.ts):
            out.append(ctx.propose(a.ts, b.te, Label.ORG,
                                   ctx.text[ctx.starts[a.ts]:ctx.ends[b.te - 1]]))
            continue
        if a.label == Label.GPE and a.local and b.local \
                and a.base == ctx.text[ctx.starts[a.ts]:ctx.ends[a.te - 1]]:  # no case ending
            gap = b.ts - a.te
            unit_between = gap == 1 and units.match_at(texts, a.te) == 1
            named_by_head = b.rule is not None and b.rule.head_noun
            joins = named_by_head if unit_between else b.te - b.ts >= 2
            if (gap == 0 or unit_between) and joins and ctx.same_line(a.te - 1, b.ts):
                base = ctx.text[ctx.starts[a.ts]:ctx.starts[b.ts]] + b.base
                out.append(ctx.propose(a.ts, b.te, Label.ORG, base))
    return out


def _weak_org_after_hyphen(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """An organisation glued by a hyphen to a word that is only a weak form of another
    (জামায়াত-শিবির: শিবির alone is "camp", after জামায়াত- it is the student wing)."""
    texts, n = ctx.texts, ctx.n
    entries = ctx.gazetteer.entries
    taken = {k for c in chosen for k in range(c.ts, c.te)}
    out: List[Candidate] = []
    for a in chosen:
        h = a.te
        if a.label != Label.ORG or h + 1 >= n or texts[h] != "-" or h + 1 in taken:
            continue
        if not (ctx.glued(h - 1, h) and ctx.glued(h, h + 1)) or ctx.kinds[h + 1] != WORD:
            continue
        hit = ctx.gazetteer.match_word(texts[h + 1])
        if hit is None or not any(entries[eid].label == Label.ORG for eid, _ in hit[0]):
            continue
        out.append(ctx.propose(a.ts, h + 2, Label.ORG,
                               ctx.text[ctx.starts[a.ts]:ctx.starts[h + 1]] + hit[1]))
    return out


def _local_place(c: Candidate) -> bool:
    return c.label in _PLACES and c.local


@RULES.register("place-compound", stage=DOCUMENT, triggers=["hyphen"],
                needs=[Label.GPE, Label.LOC], labels=(Label.LOC,), priority=PRIORITY_DOC_ALIAS,
                example="ঢাকা-চট্টগ্রাম মহাসড়কে যানজট লেগে আছে।")
def compound_places(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """Towns and districts joined by hyphens name one route or area, as the gold data writes
    them: ঢাকা-চট্টগ্রাম মহাসড়ক, মাগুরা-নড়াইল সড়ক, হাতীবান্ধা-পাটগ্রামে.

    The compound is a LOC whose canonical name joins the parts' names.  Countries stay apart
    (রাশিয়া-সিরিয়া সম্পর্ক: two states, each its own entity)."""
    out: List[Candidate] = []
    k = 0
    while k < len(chosen):
        first = last = chosen[k]
        j = k
        while _local_place(first) and j + 1 < len(chosen):
            nxt = chosen[j + 1]
            h = last.te
            if _local_place(nxt) and nxt.ts == h + 1 and ctx.texts[h] == "-" \
                    and ctx.glued(h - 1, h) and ctx.glued(h, nxt.ts):
                last = nxt
                j += 1
            else:
                break
        if last is not first:
            parts = chosen[k : j + 1]
            names = [p.canonical for p in parts]
            canonical = "–".join(names) if all(names) else None
            base = ctx.text[ctx.starts[first.ts]:ctx.starts[last.ts]] + last.base
            out.append(ctx.propose(first.ts, last.te, Label.LOC, base, canonical=canonical))
        k = j + 1
    return out
