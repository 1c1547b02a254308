"""Places no list holds, from the words around them.

* ``place-cue``: a name before an administrative unit or a settlement word is a place:
  দিঘলিয়া উপজেলার, বরুড়া থানার, ঝলম ইউনিয়নের, বারাকপুর গ্রামের, শাহাগঞ্জ বাজার.  The unit
  word is not part of the name (as in the Bengali NER gold data); a compass word before the
  name is (উত্তর বেদকাশী ইউনিয়নে).
* ``place-ending``: an unknown word with a typical place-name ending and a locative case
  ending is a place: শিবগঞ্জে, হাতীবান্ধায়.
* ``natural-feature``: a name before a river, lake, haor or island word, which is part of
  the name: তিতাস নদী, হাকালুকি হাওর.
* ``constituency``: a district and a number joined by a hyphen is a parliamentary seat:
  ঢাকা-৭, ব্রাহ্মণবাড়িয়া-২.
"""

from __future__ import annotations

from typing import List

from ..candidate import PRIORITY_RULE, Candidate
from ...lang.bn.place_cues import CONSTITUENCY_MAX_NUMBER
from ...models import Label
from ...text.morphology import stems
from ...text.tokenize import NUMBER, WORD
from ..vocab import PLACE_CUE, PLACE_ENDING
from ..context import Context

__all__ = ["cue_places", "ending_places", "constituencies"]

_PLACE_LABELS = (Label.GPE, Label.LOC)


_DIVISION = "বিভাগ"


def cue_places(ctx: Context) -> List[Candidate]:
    out: List[Candidate] = []
    texts, lex = ctx.texts, ctx.lex
    for last in ctx.positions(PLACE_CUE):
        feature = lex.natural_features.match_inflected(texts, last)[0]
        if feature:
            # তিতাস নদী: the feature word belongs to the name
            x = last - feature
            if x >= 0 and ctx.same_line(x, x + 1) and ctx.kinds[x] == WORD \
                    and ctx.gaz_label[x] is None and ctx.is_namelike(x) \
                    and not ctx.has_case_ending(x) and texts[x] not in lex.not_naming:
                out.append(Candidate(x, last + 1, Label.LOC, ctx.base_of(x, last + 1),
                                     "rule:natural-feature", PRIORITY_RULE))
            continue
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
        if admin and size == 1 and texts[last].startswith(_DIVISION):
            continue  # বিভাগ is also a department (পুরকৌশল বিভাগের): only known divisions count
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
    for i in ctx.positions(PLACE_ENDING):
        if ctx.kinds[i] != WORD or ctx.gaz_label[i] is not None:
            continue
        stem = next((st for st, end in stems(ctx.texts[i])[1:]
                     if st.endswith(ctx.lex.place_endings)), ctx.texts[i])
        out.append(Candidate(i, i + 1, Label.GPE, stem, "rule:place-ending", PRIORITY_RULE - 5))
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
