"""What a document says about its own names: short names it defines, and weak forms it
confirms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Set, Tuple

from ...models import Label
from ...text.tokenize import WORD
from ..candidate import PRIORITY_DOC_ALIAS, PRIORITY_GAZETTEER, Candidate
from ..context import Context
from ..registry import DOCUMENT, RULES

if TYPE_CHECKING:  # pragma: no cover
    from ...gazetteer.index import Match

__all__: List[str] = []

MAX_ALIAS_TOKENS = 2


@RULES.register("acronym", stage=DOCUMENT, triggers=["open-paren"], needs=[Label.ORG],
                labels=(Label.ORG,), priority=PRIORITY_DOC_ALIAS,
                example="সিরিয়ান আরব নিউজ এজেন্সি (সানা) জানায়, পরে সানা আরও জানায়।")
def acronym_aliases(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """An organisation followed by a parenthesised short name makes that short name its
    alias everywhere in the document: সিরিয়ান আরব নিউজ এজেন্সি (সানা) … সানা জানায়."""
    texts, n = ctx.texts, ctx.n
    aliases: Dict[Tuple[str, ...], Candidate] = {}
    for c in chosen:
        if c.label != Label.ORG or not ctx.is_punct(c.te, "("):
            continue
        close = c.te + 1
        while close < n and close - c.te <= MAX_ALIAS_TOKENS + 1 and ctx.kinds[close] == WORD:
            close += 1
        if close == c.te + 1 or not ctx.is_punct(close, ")"):
            continue
        key = tuple(texts[c.te + 1 : close])
        if key == tuple(texts[c.ts : c.te]) or any(ctx.lang.is_common(w) for w in key):
            continue  # (আসন একটি) is a remark, not a short name
        aliases.setdefault(key, c)
    if not aliases:
        return []
    out: List[Candidate] = []
    stems = ctx.lang.stems
    # tokens that may start an alias (as written, or a one-word alias with a case ending)
    firsts = {key[0] for key in aliases}
    singles = {key[0] for key in aliases if len(key) == 1}
    single_prefixes = tuple(singles)
    sizes = sorted({len(key) for key in aliases}, reverse=True)
    for i, t in enumerate(texts):
        if t not in firsts and not (t.startswith(single_prefixes)
                                    and any(st in singles for st, _ in stems(t)[1:])):
            continue
        for size in sizes:
            if i + size > n:
                continue
            head = tuple(texts[i : i + size - 1])
            src = None
            for stem, ending in stems(texts[i + size - 1]):
                src = aliases.get(head + (stem,))
                if src is not None:
                    out.append(ctx.propose(i, i + size, Label.ORG, " ".join(head + (stem,)),
                                           canonical=src.canonical, kb_id=src.kb_id,
                                           eid=src.eid))
                    break
            if src is not None:
                break
    return out


@RULES.register("weak-form", stage=DOCUMENT,
                triggers=["gazetteer-form-start", "gazetteer-word"],
                needs=tuple(Label), labels=tuple(Label), priority=PRIORITY_GAZETTEER + 5,
                example="সিরিয়ান আরব নিউজ এজেন্সি জানায়। পরে সানা আরও জানায়।")
def activate_weak(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """A gazetteer form marked ``~`` (weak: সানা, আসাদ, an everyday word or a name shared by
    many) counts only when the document names the same entity by a strong form or an alias.
    Its entities keep the gazetteer file as their source."""
    if not _has_weak_form(ctx.matches):  # (most documents: nothing else to do)
        return []
    present: Set[int] = {c.eid for c in chosen if c.eid is not None}
    if not present:
        return []
    entries = ctx.gazetteer.entries
    out: List[Candidate] = []
    for m in ctx.matches:
        for eid, weak in m.refs:
            if weak and eid in present:
                e = entries[eid]
                out.append(ctx.propose(m.ts, m.te, e.label, ctx.match_base(m),
                                       canonical=e.canonical, kb_id=e.kb_id, eid=eid,
                                       source=f"gazetteer:{e.file}", local=e.local))
                break
    return out


def _has_weak_form(matches: "List[Match]") -> bool:
    """Whether one of the gazetteer's matches has a weak form among its entries."""
    for m in matches:
        for _, weak in m.refs:
            if weak:
                return True
    return False
