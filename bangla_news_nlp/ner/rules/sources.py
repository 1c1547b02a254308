"""Source lines: তথ্যসূত্র: টিআরটি ওয়ার্ল্ড · সূত্র: রয়টার্স, এএফপি.

What follows the colon, up to the end of the line, names the sources, separated by commas,
slashes, ও or এবং; each is an organisation unless the gazetteer knows it as something else.
"""

from __future__ import annotations

from typing import List

from ..candidate import PRIORITY_RULE, Candidate
from ...models import Label
from ...text.morphology import nfc_all
from ...text.tokenize import WORD
from ..vocab import CUE
from ..context import Context

__all__ = ["source_lines"]

_SEPARATORS = frozenset(nfc_all((",", "/", "ও", "এবং", ";", "|")))
MAX_ITEM = 5


def source_lines(ctx: Context) -> List[Candidate]:
    out: List[Candidate] = []
    texts, n = ctx.texts, ctx.n
    for i in ctx.positions(CUE):
        j = i + 1
        if not texts[i].endswith("ঃ"):
            if not ctx.is_punct(j, ":ঃ-–"):
                continue
            j += 1
        item_start = j
        k = j
        while True:
            at_end = k >= n or not ctx.same_line(k - 1, k) or (
                ctx.kinds[k] != WORD and texts[k] not in _SEPARATORS)
            if at_end or texts[k] in _SEPARATORS:
                if 0 < k - item_start <= MAX_ITEM and all(
                    ctx.kinds[t] == WORD and ctx.gaz_label[t] in (None, Label.ORG)
                    for t in range(item_start, k)
                ):
                    out.append(Candidate(item_start, k, Label.ORG, ctx.base_of(item_start, k),
                                         "rule:source-line", PRIORITY_RULE))
                if at_end:
                    break
                item_start = k + 1
            k += 1
    return out
