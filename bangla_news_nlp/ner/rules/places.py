"""Places no list holds, from the words around them."""

from __future__ import annotations

from typing import List, Optional, Set

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
    for last in ctx.positions("natural-feature"):
        x = _word_before_head(ctx, ctx.lang.natural_features, last)
        if x is not None and ctx.gaz_label[x] is None and ctx.is_namelike(x):
            out.append(ctx.propose(x, last + 1, Label.LOC))
    return out


def _word_before_head(ctx: Context, heads, last: int) -> Optional[int]:
    """The word before the head noun of ``heads`` (a PhraseSet) ending at token ``last``, when
    it may name what the head is (on its line, a word with no case ending, not one that
    describes: সদর, জেলা); else None."""
    size = heads.match_inflected(ctx.texts, last)[0]
    if not size:
        return None
    x = last - size
    if x < 0 or not ctx.same_line(x, x + 1) or ctx.kinds[x] != WORD \
            or ctx.has_case_ending(x) or ctx.texts[x] in ctx.lang.not_naming:
        return None
    return x


@RULES.register("facility", triggers=["facility"], labels=(Label.LOC,),
                example="রাজধানীর তোপখানা রোডে সমাবেশ হয়।")
def facilities(ctx: Context) -> List[Candidate]:
    """A name before a road, square, bridge, crossing, bus stand or colony word, which is
    part of the place's name: তোপখানা রোড, বাউসী ব্রিজ, চাঁদআলী মোড়, ইনডিপেনডেন্স স্কয়ার;
    a town the gazetteer knows before the word or before the name is part of it too
    (কালিয়াকৈর বাসস্ট্যান্ড, চকবাজার মোড়, সিডনি হারবার ব্রিজ), not one in the genitive
    (ঢাকার তোপখানা রোড, ঢাকার রোডে: Dhaka's)."""
    out: List[Candidate] = []
    for last in ctx.positions("facility"):
        x = _word_before_head(ctx, ctx.lang.facility_heads, last)
        if x is None:
            continue
        place = ctx.gaz_label[x]
        if place in _PLACE_LABELS:
            if _place_as_written(ctx, x, x + 1):  # (ঢাকার মোড়ে: Dhaka's crossing)
                out.append(ctx.propose(x, last + 1, Label.LOC))
        elif place is None and ctx.is_namelike(x):
            w = x - 1  # a city before the name is part of it: সিডনি হারবার ব্রিজ
            if w >= 0 and ctx.same_line(w, x) and ctx.gaz_label[w] in _PLACE_LABELS \
                    and _place_as_written(ctx, w, x):
                x = w
            out.append(ctx.propose(x, last + 1, Label.LOC))
    return out


@RULES.register("capital", triggers=["capital-cue"], labels=(Label.GPE,),
                example="পশ্চিম সাহারার রাজধানী লাউন থেকে ১২৫ মাইল দূরে লড়াই চলছে।")
def capitals(ctx: Context) -> List[Candidate]:
    """A name right after "the capital" or "the capital's" is a place: a capital no list holds
    (পশ্চিম সাহারার রাজধানী লাউন, Laayoune) or, in Bangladeshi news, a neighbourhood of Dhaka
    (রাজধানীর নিকুঞ্জে); one of two words when the first has no case ending and the second is a name
    too (a capital written in two words).  An everyday word after the cue (রাজধানীর অদূরে,
    রাজধানী ছিল) names nothing, and a name a list knows is left to the list."""
    out: List[Candidate] = []
    for cue in ctx.positions("capital-cue"):
        x = cue + 1
        if not _free_name(ctx, x) or not ctx.same_line(cue, x):
            continue
        e = x + 1
        if _free_name(ctx, e) and ctx.same_line(x, e) and not ctx.has_case_ending(x) \
                and not ctx.has_clear_ending(x):
            e += 1
        out.append(ctx.propose(x, e, Label.GPE))
    return out


def _free_name(ctx: Context, i: int) -> bool:
    """Token ``i`` is a word that may be part of a name and that no list knows."""
    return 0 <= i < ctx.n and ctx.gaz_label[i] is None and ctx.is_namelike(i)


def _place_as_written(ctx: Context, ts: int, te: int) -> bool:
    """Whether a gazetteer match of a place is exactly tokens ``ts``–``te``, with no case
    ending."""
    m = ctx.match_ending.get(te)
    return m is not None and m.ts == ts and not m.ending


@RULES.register("place-cue", triggers=["place-unit"], labels=(Label.GPE, Label.LOC),
                example="কাশিমনগর গ্রামের এক কৃষক মারা গেছেন।")
def cue_places(ctx: Context) -> List[Candidate]:
    """A name before an administrative unit or a settlement word is a place: দিঘলিয়া
    উপজেলার, বরুড়া থানার, ঝলম ইউনিয়নের (GPE), বারাকপুর গ্রামের, শাহাগঞ্জ বাজার (LOC).

    The unit word is not part of the name (as in the Bengali NER gold data); a compass word
    before the name is (উত্তর বেদকাশী ইউনিয়নে), one in parentheses after it, which tells
    two unions of one name apart, is not (হাটিলা ( পূর্ব ) ইউনিয়ন).  A word that is also a
    natural feature (চর, দ্বীপ) is left to that rule.  The unit is shared by the names
    listed before it: খিদিরপুর , তারানগর ও নবীনগর গ্রামে, বাঘা , চারঘাট ও পুঠিয়া উপজেলায়
    (:func:`_listed_before`), as are two joined by a hyphen (তারানগর-বাঁশখালী উপজেলার)."""
    out: List[Candidate] = []
    texts, lang = ctx.texts, ctx.lang
    weak_places: Optional[Set[int]] = None
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
        if admin and size == 1 and texts[last].startswith(lang.division) \
                and ctx.gaz_label[x] not in _PLACE_LABELS:
            continue  # বিভাগ is also a department (পুরকৌশল বিভাগের): only known divisions count
        label = Label.GPE if admin else Label.LOC
        s = x
        if ctx.gaz_label[x] not in _PLACE_LABELS:  # (a known place: only the names before it)
            if ctx.gaz_label[x] is not None or not ctx.is_namelike(x) \
                    or ctx.has_clear_ending(x):
                continue
            if texts[x] in lang.not_naming:
                continue  # সদর উপজেলা, জেলা পরিষদ: not a name
            if lang.is_given_name(texts[x]) and x > 0 and lang.is_name_word(texts[x - 1]):
                continue  # a person's name before গ্রামের is the villager, not the village
            if s > 0 and texts[s - 1] in lang.compass and ctx.same_line(s - 1, s):
                s -= 1
            out.append(ctx.propose(s, x + 1, label))
        if s >= 2 and (texts[s - 1] in lang.list_separators or _hyphen_pair(ctx, s - 1)) \
                and not texts[last].startswith(lang.division):  # (পুরকৌশল ও ঢাকা বিভাগ)
            if weak_places is None:
                weak_places = _weak_places(ctx)
            out.extend(ctx.propose(k, k + 1, label)
                       for k in _listed_before(ctx, s, weak_places))
    return out


def _listed_before(ctx: Context, s: int, weak_places: Set[int]) -> List[int]:
    """The one-word names listed before the place at token ``s`` (``X , Y ও`` before it),
    that no list knows (or knows only by a weak form), nearest first.  A known place is an
    item too, and the list goes on past it; anything else ends the list: a word a list knows
    as something else, an everyday word, a word in a case ending, a given name (a person
    listed with the places, or a villager before a settlement word).  The names are dropped when the word before the
    first is one a name may end in (the first would be the end of a longer name)."""
    texts, kinds, lang = ctx.texts, ctx.kinds, ctx.lang
    items: List[int] = []
    j = s - 1
    first = s
    while j >= 1 and (texts[j] in lang.list_separators or _hyphen_pair(ctx, j)) \
            and ctx.same_line(j - 1, s):
        k = j - 1
        if kinds[k] != WORD:
            break
        g = ctx.gaz_label[k]
        if g is not None and g not in _PLACE_LABELS:
            break
        if g is None:
            if ctx.has_clear_ending(k) or texts[k] in lang.not_naming \
                    or not (ctx.is_namelike(k) or k in weak_places) \
                    or lang.is_given_name(texts[k]):
                break
            items.append(k)
        first = k
        j = k - 1
    b = first - 1
    if items and items[-1] == first and b >= 0 and ctx.same_line(b, first) \
            and kinds[b] == WORD and ctx.gaz_label[b] is None and ctx.is_namelike(b):
        items.pop()  # (… আলম ও বাউসা: আলম may end a longer name)
    return items


def _hyphen_pair(ctx: Context, j: int) -> bool:
    """Token ``j`` is a hyphen glued to the words on both sides (তারানগর-বাঁশখালী)."""
    return ctx.texts[j] == "-" and 0 < j < ctx.n - 1 and ctx.glued(j - 1, j) \
        and ctx.glued(j, j + 1)


def _weak_places(ctx: Context) -> Set[int]:
    """The tokens that are a one-word weak form of a place in the gazetteer (বাঘা)."""
    entries = ctx.gazetteer.entries
    return {m.ts for m in ctx.matches if m.te == m.ts + 1
            and any(weak and entries[eid].label in _PLACE_LABELS for eid, weak in m.refs)}


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
