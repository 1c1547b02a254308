"""Organisations no list holds: a naming part before a head noun, the bodies the news names by
a common noun, and acronyms in parentheses; and clubs named as their city in club sport."""

from __future__ import annotations

from typing import List, Optional, Tuple

from ...models import Label
from ...text.tokenize import WORD
from ..candidate import PRIORITY_GAZETTEER, PRIORITY_RULE, Candidate
from ..context import Context
from ..registry import RULES

__all__: List[str] = []

_NAMERS = (Label.GPE, Label.NORP, Label.LOC, Label.ORG, Label.PERSON)
MAX_MODIFIERS = 3
MAX_UNKNOWN = 3
MAX_INNER = 3  # everyday words between a place and its head (_place_led)
MAX_OF_WORDS = 3  # name words after অব (_of_name_end)
MIN_ACRONYM_LETTERS = 3
MAX_PERIODICAL_WORDS = 3  # words of a periodical's name after দৈনিক
MAX_TO_PRESS_ROLE = 4  # words between its name and the press role (দেবহাটা উপজেলা প্রতিনিধি)
ORG = (Label.ORG,)


@RULES.register("org-head", triggers=["org-head"], labels=ORG, local=True, head_noun=True,
                example="রূপনগর উন্নয়ন সমিতির সভায় সিদ্ধান্ত হয়।")
def head_noun_orgs(ctx: Context) -> List[Candidate]:
    """A naming part followed by a head noun: ঢাকা বিশ্ববিদ্যালয়, বাংলাদেশ ব্যাংক, সিরিয়ান
    আরব নিউজ এজেন্সি, সিরিয়ার আরব সেনাবাহিনী, বাংলাদেশ চা রপ্তানিকারক সমিতি.

    The naming part is a known place, people or organisation, or one to three name-like
    words; words such as আরব, জাতীয়, বার্তা may stand between it and the head, and one to
    three everyday words between a place named as written and the head (চা রপ্তানিকারক,
    উপজেলা স্বাস্থ্য: not when all of them describe, জেলা জজ আদালত).  A name calqued on
    English goes on after অব (লন্ডন স্কুল অব ইকোনমিকস; with nothing naming the head before
    it, only when a known name follows: ইউনিভার্সিটি অব শিকাগো).  A place in the
    genitive (সিরিয়ার) names only national forces (…র সেনাবাহিনী): বাংলাদেশের ব্যাংক is "banks
    of Bangladesh", not an organisation.  A head with nothing naming it (সংবাদ সংস্থার মতে)
    is an ordinary noun."""
    out: List[Candidate] = []
    texts, lang = ctx.texts, ctx.lang
    heads = lang.org_heads
    entries = ctx.gazetteer.entries
    for last in ctx.positions("org-head"):
        if ctx.kinds[last] != WORD:
            continue
        size, head_ending = heads.match_inflected(texts, last)
        if not size:
            continue
        hs = last - size + 1
        if ctx.gaz_label[last] == Label.ORG:
            continue  # the head ends a known organisation (উপজেলা আওয়ামী লীগের): it stands alone
        head_word = texts[last]
        generic = lang.generic_heads.match_inflected(texts, last)[0] == size
        end, known_after = (0, False) if head_ending else _of_name_end(ctx, last)
        k = hs
        mods = 0
        while k > 0 and mods < MAX_MODIFIERS and texts[k - 1] in lang.org_modifiers \
                and ctx.same_line(k - 1, k):
            k -= 1
            mods += 1
        if k == 0 or not ctx.same_line(k - 1, k):
            if end and known_after:  # ইউনিভার্সিটি অব শিকাগো at a line's start
                out.append(ctx.propose(k, end, Label.ORG))
            continue
        start = None
        m = ctx.match_ending.get(k)
        if m is not None:
            strong = [eid for eid, weak in m.refs if not weak]
            label = entries[strong[0]].label
            national = head_word.startswith(lang.national_forces)
            if label == Label.NORP and not mods and not national:
                pass  # ইসরায়েলি কর্তৃপক্ষ, আর্জেন্টাইন টেলিভিশন: a people's body, not a name
            elif label in _NAMERS and not (generic and lang.admin_units.match_at(texts, k - 1) == 1):
                # (ইউনিয়ন পরিষদ, উপজেলা পরিষদ after a place are local councils, not names)
                genitive = m.ending in lang.genitive
                if not m.ending or (genitive and national):
                    start = m.ts  # (যুক্তরাষ্ট্রেও টিভির: a place in another case names nothing)
        elif ctx.gaz_label[k - 1] is None:
            if not (generic and lang.admin_units.match_at(texts, k - 1) == 1):
                start = _place_led(ctx, k)
            if start is None and not generic:
                s = k
                while s > 0 and k - s < MAX_UNKNOWN and ctx.same_line(s - 1, s) \
                        and ctx.is_namelike(s - 1) and not ctx.has_case_ending(s - 1) \
                        and ctx.gaz_label[s - 1] is None and texts[s - 1] not in lang.not_naming:
                    s -= 1
                if s < k:
                    start = s
        if start is None:
            if not (end and known_after):
                continue  # (গার্ড অব অনার: a guard of honour, no organisation)
            start = k  # ইউনিভার্সিটি অব শিকাগো, ব্যাংক অব আমেরিকা: a known name after অব
        out.append(ctx.propose(start, max(end, last + 1), Label.ORG))
    return out


def _of_name_end(ctx: Context, last: int) -> Tuple[int, bool]:
    """``(end, known)``: the end of ``অব`` and the one to :data:`MAX_OF_WORDS` words after the
    head at ``last`` (লন্ডন স্কুল অব ইকোনমিকসে, বাংলাদেশ ইনস্টিটিউট অব ডেভেলপমেন্ট স্টাডিজ,
    ব্যাংক অব আমেরিকা), 0 when there are none; and whether one of them is a gazetteer name (a
    head with nothing naming it before needs one: ব্যাংক অব আমেরিকা is a bank, গার্ড অব অনার a
    guard of honour).  The words are on the same line and are no function word, verb or role
    (they are English words written in Bengali: ডেভেলপমেন্ট is an everyday word); a case ending
    or a known name ends them."""
    texts, n, lang = ctx.texts, ctx.n, ctx.lang
    of = last + 1
    if of + 1 >= n or texts[of] not in lang.org_of_words \
            or not ctx.same_line(last, of + 1):
        return 0, False
    end = 0
    known = False
    k = of + 1
    while k < n and k - of <= MAX_OF_WORDS and ctx.same_line(of, k) and ctx.kinds[k] == WORD:
        w = texts[k]
        if w in lang.stop_words or lang.is_verb(w) or w in lang.org_of_words \
                or w in lang.roles or lang.is_compound_role(w):
            break
        inflected = ctx.has_case_ending(k) or ctx.has_clear_ending(k)
        place = ctx.gaz_label[k] is not None
        known = known or place
        k += 1
        end = k
        if inflected or place:
            break  # (a case ending or a known name ends the phrase: শিকাগোর, ভুটান সুদের)
    return end, known


def _place_led(ctx: Context, k: int) -> Optional[int]:
    """The start of a place named as written (no case ending) before one to
    :data:`MAX_INNER` everyday words that end at ``k``, before a head: বাংলাদেশ জ্বালানি তেল
    পরিবেশক সমিতি, সোনাগাজী উপজেলা স্বাস্থ্য কমপ্লেক্স, চট্টগ্রাম বন্দর কর্তৃপক্ষ (None: not so).
    The words between are plain words on the same line (no number, punctuation, function
    word, verb, case ending, everyday word in the genitive or other gazetteer name), and not
    all of them describe (:data:`lang.not_naming`: ভোলা জেলা জজ আদালত is the court of a place)."""
    texts, lang, kinds = ctx.texts, ctx.lang, ctx.kinds
    j = k
    naming = False  # (ভোলা জেলা জজ আদালত, লালমনিরহাট আমলি আদালত: the place's court, no name)
    while j > 0 and k - j < MAX_INNER:
        i = j - 1
        w = texts[i]
        if kinds[i] != WORD or not ctx.same_line(i, j) or ctx.gaz_label[i] is not None \
                or ctx.has_case_ending(i) or w in lang.stop_words or lang.is_verb(w) \
                or any(e in lang.genitive and lang.is_common(st) for st, e in lang.stems(w)):
            return None  # (উপজেলার: an everyday word in the genitive ends a phrase)
        j = i
        naming = naming or w not in lang.not_naming
        m = ctx.match_ending.get(j)
        if m is not None:
            if m.ending or not naming or not ctx.same_line(j - 1, j):
                return None
            label = ctx.strong_label(m)
            return m.ts if label in (Label.GPE, Label.LOC) else None
    return None


@RULES.register("institution", triggers=["institution"], labels=ORG, local=True,
                priority=PRIORITY_RULE - 10,
                example="পরে পুলিশ ঘটনাস্থলে গিয়ে লাশ উদ্ধার করে।")
def institutions(ctx: Context) -> List[Candidate]:
    """পুলিশ and সরকার (the police, the government) as organisations, following the Bengali
    NER gold data (see lang/bn/institutions.py).

    Not after a name (আশরাফ সরকার is a person) and not inside a longer entity (longer
    candidates win in resolve).  A country or people written just before সরকার,
    uninflected, is part of the name: বাংলাদেশ সরকারের, আফগান সরকার (but মেহেরপুর পুলিশের is a
    place and the police, as the gold data has it)."""
    out: List[Candidate] = []
    texts, lang = ctx.texts, ctx.lang
    for i in ctx.positions("institution"):
        if ctx.kinds[i] != WORD or ctx.gaz_label[i] is not None:
            continue
        if i > 0 and ctx.same_line(i - 1, i) and ctx.kinds[i - 1] == WORD \
                and lang.is_name_word(texts[i - 1]) and not lang.is_common(texts[i - 1]):
            continue
        stem = next((st for st, _ in lang.stems(texts[i]) if st in lang.institutions), None)
        if stem is None:
            continue
        if i + 1 < ctx.n and texts[i + 1] in lang.not_the_body_after and stem == texts[i]:
            continue  # পুলিশ সুপার: a title
        start = i
        m = ctx.match_ending.get(i) if stem == lang.government else None
        if m is not None and not m.ending and ctx.same_line(m.te - 1, i):
            strong = next((e for e, weak in m.refs if not weak), None)  # a weak form names nothing
            if strong is not None and ctx.gazetteer.entries[strong].label in (Label.GPE, Label.NORP):
                start = m.ts  # বাংলাদেশ সরকারের, আফগান সরকার: the country's government
        out.append(ctx.propose(start, i + 1, Label.ORG,
                               ctx.base_of(start, i + 1) if start < i else stem))
    return out


@RULES.register("club", triggers=["club-cue"], labels=ORG, priority=PRIORITY_GAZETTEER + 5,
                example="লিভারপুলের কোচ আর্নে স্লট বলেন, দল প্রস্তুত।")
def city_clubs(ctx: Context) -> List[Candidate]:
    """A city's name that the gazetteer also lists as a club's weak form (~লিভারপুল,
    ~বার্সেলোনা) is the club in a clause about club sport (a word of lang/bn/org_heads.py's
    CLUB_CUES: লিভারপুলের কোচ, বার্সেলোনার হয়ে দুই গোল), not in the locative (বার্সেলোনায়
    অনুষ্ঠিত ম্যাচে is the city).  The entity is the club's entry, with its canonical name."""
    out: List[Candidate] = []
    if not ctx.matches:
        return out
    lang = ctx.lang
    entries = ctx.gazetteer.entries
    cues = ctx.positions("club-cue")
    ends = lang.clause_end
    for m in ctx.matches:
        club = next((e for e, weak in m.refs if weak and entries[e].label is Label.ORG), None)
        if club is None or ctx.strong_label(m) not in (Label.GPE, Label.LOC) \
                or m.ending in lang.locative:
            continue
        if not any(_same_clause(ctx, ends, m.ts, m.te, c) for c in cues):
            continue
        e = entries[club]
        out.append(ctx.propose(m.ts, m.te, Label.ORG, ctx.match_base(m), canonical=e.canonical,
                               kb_id=e.kb_id, eid=club))
    return out


@RULES.register("periodical", triggers=["periodical"], labels=ORG,
                example="দৈনিক জন্মভূমির দেবহাটা উপজেলা প্রতিনিধি আহত হয়েছেন।")
def periodicals(ctx: Context) -> List[Candidate]:
    """A newspaper or magazine named after দৈনিক, সাপ্তাহিক … ("daily", "weekly"), the word
    included as the news data has it: the words up to the first in the genitive, when a press
    role follows on its line (দৈনিক জন্মভূমির দেবহাটা উপজেলা প্রতিনিধি, সাপ্তাহিক অপরাধ দমনের
    যুগ্ম সম্পাদক, দৈনিক আমার দেশের প্রতিবেদক).  Otherwise দৈনিক is "daily" (দৈনিক গড়
    লেনদেনের পরিমাণ)."""
    out: List[Candidate] = []
    texts, kinds, n, lang = ctx.texts, ctx.kinds, ctx.n, ctx.lang
    genitive = lang.genitive
    for p in ctx.positions("periodical"):
        end = None
        for k in range(p + 1, min(n, p + 1 + MAX_PERIODICAL_WORDS)):
            w = texts[k]
            if kinds[k] != WORD or not ctx.same_line(p, k) or w in lang.list_separators \
                    or lang.is_verb(w) or _press_role(lang, w):
                break
            if any(e in genitive for _, e in lang.stems(w)[1:]):
                end = k + 1
                break
        if end is None:
            continue
        for j in range(end, min(n, end + MAX_TO_PRESS_ROLE)):
            if kinds[j] != WORD or not ctx.same_line(p, j):
                break
            if _press_role(lang, texts[j]):
                out.append(ctx.propose(p, end, Label.ORG))
                break
    return out


def _press_role(lang, word: str) -> bool:
    return any(st in lang.press_roles for st, _ in lang.stems(word))


def _same_clause(ctx: Context, ends, ts: int, te: int, k: int) -> bool:
    """Whether token ``k`` is in the clause of span ``ts``–``te``: on its line, with no clause
    end between them."""
    lo, hi = (k, ts) if k < ts else (te - 1, k)
    texts = ctx.texts
    return ctx.same_line(lo, hi) and not any(texts[j] in ends for j in range(lo + 1, hi))


@RULES.register("acronym-in-parentheses", triggers=["open-paren"], labels=ORG,
                priority=PRIORITY_RULE - 10,
                example="ট্রেড ইউনিয়ন কেন্দ্রের ( সিআইটিইউ ) নেতারা বক্তব্য দেন।")
def parenthesized_acronyms(ctx: Context) -> List[Candidate]:
    """An acronym spelled in letter names, alone in parentheses, names an organisation:
    … ট্রেড ইউনিয়ন কেন্দ্রের ( সিআইটিইউ ), … কর্তৃপক্ষ (আইজিএডি).  Roles (ওসি, ইউএনও)
    are not, nor is an acronym right after a role (প্রধান নির্বাচন কমিশনার (সিইসি): the
    role's own abbreviation), nor one the gazetteer knows as something else."""
    out: List[Candidate] = []
    texts, lang, n = ctx.texts, ctx.lang, ctx.n
    for p in ctx.positions("open-paren"):
        i = p + 1
        if i >= n - 1 or texts[i + 1] != ")" or ctx.kinds[i] != WORD:
            continue
        w = texts[i]
        if ctx.gaz_label[i] is not None or w in lang.roles or w in lang.honorifics:
            continue
        if not lang.morph.is_acronym(w, MIN_ACRONYM_LETTERS):
            continue
        if p > 0 and _is_role(ctx, p - 1):
            continue  # প্রধান নির্বাচন কমিশনার (সিইসি): the role's abbreviation
        out.append(ctx.propose(i, i + 1, Label.ORG, w))
    return out


def _is_role(ctx: Context, k: int) -> bool:
    """Token ``k`` is a role or honorific, as written, inflected or as one compound word
    (কমিশনার, মহাপরিদর্শকের, বনমন্ত্রী)."""
    lang, w = ctx.lang, ctx.texts[k]
    return ctx.kinds[k] == WORD and (
        lang.is_compound_role(w)
        or any(st in lang.roles or st in lang.honorifics for st, _ in lang.stems(w)))
