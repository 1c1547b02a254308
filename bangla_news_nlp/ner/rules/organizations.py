"""Organisations no list holds: a naming part followed by a head noun.

ঢাকা বিশ্ববিদ্যালয়, বাংলাদেশ ব্যাংক, সিরিয়ান আরব নিউজ এজেন্সি, সিরিয়ার আরব সেনাবাহিনী.
The naming part is a known place, people or organisation, or one to three name-like words;
words such as আরব, জাতীয়, বার্তা may stand between it and the head.  A place in the genitive
(সিরিয়ার) names only national forces (…র সেনাবাহিনী): বাংলাদেশের ব্যাংক is "banks of
Bangladesh", not an organisation.  A head with nothing naming it (সংবাদ সংস্থার মতে) is an
ordinary noun.
"""

from __future__ import annotations

from typing import List

from ..candidate import PRIORITY_RULE, Candidate
from ...models import Label
from ...text.morphology import _ACRONYM, _LETTER_RE, nfc_all
from ...text.tokenize import WORD
from ...text.morphology import stems
from ..vocab import HEAD, INSTITUTION
from ..context import Context

__all__ = ["head_noun_orgs", "institutions", "parenthesized_acronyms"]

_GENITIVE = frozenset(nfc_all(("র", "ের", "এর", "য়ের")))
_NATIONAL_HEADS = frozenset(nfc_all(("বাহিনী", "সেনাবাহিনী", "নৌবাহিনী", "বিমানবাহিনী", "পুলিশ")))
_NAMERS = (Label.GPE, Label.NORP, Label.LOC, Label.ORG, Label.PERSON)
MAX_MODIFIERS = 3
_GOVERNMENT = "সরকার"
MAX_UNKNOWN = 3


def head_noun_orgs(ctx: Context) -> List[Candidate]:
    out: List[Candidate] = []
    texts, lex = ctx.texts, ctx.lex
    heads = lex.org_heads
    entries = ctx.gazetteer.entries
    for last in ctx.positions(HEAD):
        if last == 0 or ctx.kinds[last] != WORD:
            continue
        size, _ending = heads.match_inflected(texts, last)
        if not size:
            continue
        hs = last - size + 1
        if ctx.gaz_label[last] == Label.ORG:
            continue  # the head ends a known organisation (উপজেলা আওয়ামী লীগের): it stands alone
        head_word = texts[last]
        generic = lex.generic_heads.match_inflected(texts, last)[0] == size
        k = hs
        mods = 0
        while k > 0 and mods < MAX_MODIFIERS and texts[k - 1] in lex.org_modifiers \
                and ctx.same_line(k - 1, k):
            k -= 1
            mods += 1
        if k == 0 or not ctx.same_line(k - 1, k):
            continue
        start = None
        m = ctx.match_ending.get(k)
        if m is not None:
            strong = [eid for eid, weak in m.refs if not weak]
            label = entries[strong[0]].label
            national = any(head_word.startswith(h) for h in _NATIONAL_HEADS)
            if label == Label.NORP and not mods and not national:
                pass  # ইসরায়েলি কর্তৃপক্ষ, আর্জেন্টাইন টেলিভিশন: a people's body, not a name
            elif label in _NAMERS and not (generic and lex.admin_units.match_at(texts, k - 1) == 1):
                # (ইউনিয়ন পরিষদ, উপজেলা পরিষদ after a place are local councils, not names)
                genitive = m.ending in _GENITIVE
                if not m.ending or (genitive and national):
                    start = m.ts  # (যুক্তরাষ্ট্রেও টিভির: a place in another case names nothing)
        elif ctx.gaz_label[k - 1] is None and not generic:
            s = k
            while s > 0 and k - s < MAX_UNKNOWN and ctx.same_line(s - 1, s) \
                    and ctx.is_namelike(s - 1) and not ctx.has_case_ending(s - 1) \
                    and ctx.gaz_label[s - 1] is None and texts[s - 1] not in lex.not_naming:
                s -= 1
            if s < k:
                start = s
        if start is None:
            continue
        out.append(Candidate(start, last + 1, Label.ORG, ctx.base_of(start, last + 1),
                             "rule:org-head", PRIORITY_RULE))
    return out


def institutions(ctx: Context) -> List[Candidate]:
    """পুলিশ and সরকার (the police, the government) as organisations, following the Bengali
    NER gold data (see lang/institutions.py); not after a name (আশরাফ সরকার is a person) and
    not inside a longer entity (longer candidates win in resolve).  A country or people
    written just before সরকার, uninflected, is part of the name: বাংলাদেশ সরকারের, আফগান
    সরকার (but মেহেরপুর পুলিশের is a place and the police, as the gold data has it)."""
    out: List[Candidate] = []
    texts, lex = ctx.texts, ctx.lex
    for i in ctx.positions(INSTITUTION):
        if ctx.kinds[i] != WORD or ctx.gaz_label[i] is not None:
            continue
        if i > 0 and ctx.same_line(i - 1, i) and ctx.kinds[i - 1] == WORD \
                and lex.is_name_word(texts[i - 1]) and not lex.is_common(texts[i - 1]):
            continue
        stem = next((st for st, _ in stems(texts[i]) if st in lex.institutions), None)
        if stem is None:
            continue
        if i + 1 < ctx.n and texts[i + 1] in lex.not_the_body_after and stem == texts[i]:
            continue  # পুলিশ সুপার: a title
        start = i
        m = ctx.match_ending.get(i) if stem == _GOVERNMENT else None
        if m is not None and not m.ending and ctx.same_line(m.te - 1, i):
            strong = next((e for e, weak in m.refs if not weak), None)  # a weak form names nothing
            if strong is not None and ctx.gazetteer.entries[strong].label in (Label.GPE, Label.NORP):
                start = m.ts  # বাংলাদেশ সরকারের, আফগান সরকার: the country's government
        out.append(Candidate(start, i + 1, Label.ORG, ctx.base_of(start, i + 1) if start < i else stem,
                             "rule:institution", PRIORITY_RULE - 10))
    return out


def parenthesized_acronyms(ctx: Context) -> List[Candidate]:
    """An acronym spelled in letter names, alone in parentheses, names an organisation:
    … ট্রেড ইউনিয়ন কেন্দ্রের ( সিআইটিইউ ), … কর্তৃপক্ষ (আইজিএডি).  Roles (ওসি, ইউএনও)
    are not; nor is an acronym the gazetteer knows as something else."""
    out: List[Candidate] = []
    texts, lex, n = ctx.texts, ctx.lex, ctx.n
    for i in range(1, n - 1):
        if texts[i - 1] != "(" or texts[i + 1] != ")" or ctx.kinds[i] != WORD:
            continue
        w = texts[i]
        if ctx.gaz_label[i] is not None or w in lex.roles or w in lex.honorifics:
            continue
        if not _ACRONYM.fullmatch(w) or len(_LETTER_RE.findall(w)) < 3:
            continue
        out.append(Candidate(i, i + 1, Label.ORG, w, "rule:acronym-in-parentheses",
                             PRIORITY_RULE - 10))
    return out
