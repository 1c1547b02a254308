"""Source lines: তথ্যসূত্র: টিআরটি ওয়ার্ল্ড · সূত্র: রয়টার্স, এএফপি."""

from __future__ import annotations

from typing import List

from ...models import Label
from ...text.tokenize import WORD
from ..candidate import Candidate
from ..context import Context
from ..registry import RULES

__all__: List[str] = []

MAX_ITEM = 5
_DASHES = ("-", "–")


@RULES.register("source-line", triggers=["source-cue"], labels=(Label.ORG,),
                example="তথ্যসূত্র: নর্থ বেঙ্গল টাইমস")
def source_lines(ctx: Context) -> List[Candidate]:
    """What follows a source cue and a colon, up to the end of the line, names the sources,
    separated by commas, slashes, ও or এবং; each is an organisation unless the gazetteer knows
    it as something else."""
    out: List[Candidate] = []
    texts, n, lang = ctx.texts, ctx.n, ctx.lang
    separators = lang.source_separators
    for i in ctx.positions("source-cue"):
        j = i + 1
        if not texts[i].endswith(lang.visarga):
            if not (ctx.is_punct(j, lang.colons) or ctx.is_punct(j, _DASHES)):
                continue
            j += 1
        item_start = j
        k = j
        while True:
            at_end = k >= n or not ctx.same_line(k - 1, k) or (
                ctx.kinds[k] != WORD and texts[k] not in separators)
            if at_end or texts[k] in separators:
                if 0 < k - item_start <= MAX_ITEM and all(
                    ctx.kinds[t] == WORD and ctx.gaz_label[t] in (None, Label.ORG)
                    for t in range(item_start, k)
                ):
                    out.append(ctx.propose(item_start, k, Label.ORG))
                if at_end:
                    break
                item_start = k + 1
            k += 1
    return out
