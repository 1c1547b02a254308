"""Places no list holds, from the words around them."""

from __future__ import annotations

from typing import List

from ...models import Label
from ...text.tokenize import NUMBER, WORD
from ..candidate import PRIORITY_RULE, Candidate
from ..context import Context
from ..registry import RULES

__all__: List[str] = []

_PLACE_LABELS = (Label.GPE, Label.LOC)


@RULES.register("natural-feature", triggers=["natural-feature"], labels=(Label.LOC,),
                example="তিতাস নদীতে গোসল করতে নেমে এক শিশু নিখোঁজ হয়।")
def natural_features(ctx: Context) -> List[Candidate]:
    """A name before a river, lake, haor or island word, which is part of the name:
    তিতাস নদী, হাকালুকি হাওর."""
    out: List[Candidate] = []
    texts, lang = ctx.texts, ctx.lang
    for last in ctx.positions("natural-feature"):
        feature = lang.natural_features.match_inflected(texts, last)[0]
        if not feature:
            continue
        x = last - feature
        if x >= 0 and ctx.same_line(x, x + 1) and ctx.kinds[x] == WORD \
                and ctx.gaz_label[x] is None and ctx.is_namelike(x) \
                and not ctx.has_case_ending(x) and texts[x] not in lang.not_naming:
            out.append(ctx.propose(x, last + 1, Label.LOC))
    return out


@RULES.register("place-cue", triggers=["place-unit"], labels=(Label.GPE, Label.LOC),
                example="কাশিমনগর গ্রামের এক কৃষক মারা গেছেন।")
def cue_places(ctx: Context) -> List[Candidate]:
    """A name before an administrative unit or a settlement word is a place: দিঘলিয়া
    উপজেলার, বরুড়া থানার, ঝলম ইউনিয়নের (GPE), বারাকপুর গ্রামের, শাহাগঞ্জ বাজার (LOC).

    The unit word is not part of the name (as in the Bengali NER gold data); a compass word
    before the name is (উত্তর বেদকাশী ইউনিয়নে), one in parentheses after it, which tells
    two unions of one name apart, is not (হাটিলা ( পূর্ব ) ইউনিয়ন).  A word that is also a
    natural feature (চর, দ্বীপ) is left to that rule."""
    out: List[Candidate] = []
    texts, lang = ctx.texts, ctx.lang
    for last in ctx.positions("place-unit"):
        if lang.natural_features.match_inflected(texts, last)[0]:
            continue
        size = lang.admin_units.match_inflected(texts, last)[0]
        admin = bool(size)
        if not size:
            size = lang.settlements.match_inflected(texts, last)[0]
        if not size:
            continue
        x = last - size  # the word before the unit
        if x >= 3 and texts[x] == ")" and texts[x - 1] in lang.compass and texts[x - 2] == "(" \
                and ctx.same_line(x - 3, x):
            x -= 3  # হাটিলা ( পূর্ব ) ইউনিয়ন
        if x < 0 or not ctx.same_line(x, x + 1) or ctx.kinds[x] != WORD:
            continue
        if ctx.gaz_label[x] is not None or not ctx.is_namelike(x) or ctx.has_clear_ending(x):
            continue
        if texts[x] in lang.not_naming:
            continue  # সদর উপজেলা, জেলা পরিষদ: not a name
        if admin and size == 1 and texts[last].startswith(lang.division):
            continue  # বিভাগ is also a department (পুরকৌশল বিভাগের): only known divisions count
        if lang.is_given_name(texts[x]) and x > 0 and lang.is_name_word(texts[x - 1]):
            continue  # a person's name before গ্রামের is the villager, not the village
        s = x
        if s > 0 and texts[s - 1] in lang.compass and ctx.same_line(s - 1, s):
            s -= 1
        out.append(ctx.propose(s, x + 1, Label.GPE if admin else Label.LOC))
    return out


@RULES.register("place-ending", triggers=["place-ending"], labels=(Label.GPE,),
                priority=PRIORITY_RULE - 5,
                example="শিবগঞ্জে দুই দিন ধরে বৃষ্টি হচ্ছে।")
def ending_places(ctx: Context) -> List[Candidate]:
    """An unknown word with a typical place-name ending and a locative case ending is a
    place: শিবগঞ্জে, হাতীবান্ধায়."""
    out: List[Candidate] = []
    lang = ctx.lang
    for i in ctx.positions("place-ending"):
        if ctx.kinds[i] != WORD or ctx.gaz_label[i] is not None:
            continue
        stem = next((st for st, end in lang.stems(ctx.texts[i])[1:]
                     if st.endswith(lang.place_endings)), ctx.texts[i])
        out.append(ctx.propose(i, i + 1, Label.GPE, stem))
    return out


@RULES.register("constituency", triggers=["hyphen"], labels=(Label.GPE,),
                example="ঢাকা-৭ আসনে ভোট হবে।")
def constituencies(ctx: Context) -> List[Candidate]:
    """A district and a number joined by a hyphen is a parliamentary seat: ঢাকা-৭,
    ব্রাহ্মণবাড়িয়া-২."""
    out: List[Candidate] = []
    texts, n = ctx.texts, ctx.n
    limit = ctx.lang.constituency_max_number
    for m in ctx.matches:
        te = m.te
        if te + 1 >= n or texts[te] != "-" or ctx.kinds[te + 1] != NUMBER:
            continue
        if not (ctx.glued(te - 1, te) and ctx.glued(te, te + 1)):
            continue
        if m.ending or ctx.gaz_label[m.ts] not in _PLACE_LABELS:
            continue
        number = texts[te + 1]
        if not number.isdigit() or not 0 < int(number) <= limit:
            continue
        out.append(ctx.propose(m.ts, te + 2, Label.GPE,
                               ctx.text[ctx.starts[m.ts]:ctx.ends[te + 1]]))
    return out
