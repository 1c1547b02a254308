"""Places no list holds, from the words around them.

* ``place-cue``: a name before an administrative unit or a settlement word is a place:
  দিঘলিয়া উপজেলার, বরুড়া থানার, ঝলম ইউনিয়নের, বারাকপুর গ্রামের, শাহাগঞ্জ বাজার.  The unit
  word is not part of the name (as in the Bengali NER gold data); a compass word before the
  name is (উত্তর বেদকাশী ইউনিয়নে).
* ``place-ending``: an unknown word with a typical place-name ending and a locative case
  ending is a place: শিবগঞ্জে, হাতীবান্ধায়.
* ``constituency``: a district and a number joined by a hyphen is a parliamentary seat:
  ঢাকা-৭, ব্রাহ্মণবাড়িয়া-২.
"""

from __future__ import annotations

from typing import List

from ..candidate import PRIORITY_RULE, Candidate
from ..lang.place_cues import CONSTITUENCY_MAX_NUMBER
from ..models import Label
from ..morphology import nfc_all, stems
from ..tokenize import NUMBER, WORD
from ..vocab import PLACE_CUE
from .context import Context

__all__ = ["cue_places", "ending_places", "constituencies"]

_LOCATIVE = frozenset(nfc_all(("ে", "এ", "তে", "য়", "য়ে", "েও", "তেও", "য়ও")))
_PLACE_LABELS = (Label.GPE, Label.LOC)


def cue_places(ctx: Context) -> List[Candidate]:
    out: List[Candidate] = []
    texts, lex = ctx.texts, ctx.lex
    for last in ctx.positions(PLACE_CUE):
        size = lex.admin_units.match_inflected(texts, last)[0]
        admin = bool(size)
        if not size:
            size = lex.settlements.match_inflected(texts, last)[0]
        if not size:
            continue
        x = last - size  # the word before the unit
        if x < 0 or not ctx.same_line(x, x + 1) or ctx.kinds[x] != WORD:
            continue
        if ctx.gaz_label[x] is not None or not ctx.is_namelike(x) or ctx.has_clear_ending(x):
            continue
        if texts[x] in lex.not_naming:
            continue  # সদর উপজেলা, জেলা পরিষদ: not a name
        if lex.is_given_name(texts[x]) and x > 0 and lex.is_name_word(texts[x - 1]):
            continue  # a person's name before গ্রামের is the villager, not the village
        s = x
        if s > 0 and texts[s - 1] in lex.compass and ctx.same_line(s - 1, s):
            s -= 1
        out.append(Candidate(s, x + 1, Label.GPE if admin else Label.LOC, ctx.base_of(s, x + 1),
                             "rule:place-cue", PRIORITY_RULE))
    return out


def ending_places(ctx: Context) -> List[Candidate]:
    out: List[Candidate] = []
    texts, lex = ctx.texts, ctx.lex
    endings = lex.place_endings
    for i in range(ctx.n):
        if ctx.kinds[i] != WORD or ctx.gaz_label[i] is not None:
            continue
        w = texts[i]
        for stem, ending in stems(w)[1:]:
            if ending in _LOCATIVE and len(stem) >= 4 and stem.endswith(endings) \
                    and not lex.is_common(stem) and not lex.is_name_word(stem) \
                    and ctx.is_namelike(i):
                out.append(Candidate(i, i + 1, Label.GPE, stem, "rule:place-ending",
                                     PRIORITY_RULE - 5))
                break
    return out


def constituencies(ctx: Context) -> List[Candidate]:
    out: List[Candidate] = []
    texts, n = ctx.texts, ctx.n
    for m in ctx.matches:
        te = m.te
        if te + 1 >= n or texts[te] != "-" or ctx.kinds[te + 1] != NUMBER:
            continue
        if not (ctx.glued(te - 1, te) and ctx.glued(te, te + 1)):
            continue
        if m.ending or ctx.gaz_label[m.ts] not in _PLACE_LABELS:
            continue
        number = texts[te + 1]
        if not number.isdigit() or not 0 < int(number) <= CONSTITUENCY_MAX_NUMBER:
            continue
        out.append(Candidate(m.ts, te + 2, Label.GPE, ctx.text[ctx.starts[m.ts]:ctx.ends[te + 1]],
                             "rule:constituency", PRIORITY_RULE))
    return out
