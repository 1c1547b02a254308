"""Document-level rules: what one mention teaches about the others in the same article.

* ``acronym``: an organisation followed by a parenthesised short name makes that short name
  its alias everywhere in the document: সিরিয়ান আরব নিউজ এজেন্সি (সানা) … সানা জানায়.
* weak forms: a gazetteer form marked ``~`` (সানা, আসাদ) counts only when the document names
  the same entity by a strong form or an alias.
* ``org-compound``: organisations joined by a hyphen are written as one body of people
  (জামায়াত-শিবির, পুলিশ-র‍্যাব, বিএনপি-জামায়াত), and a Bangladeshi place before a local
  organisation is part of its name (কিশোরগঞ্জ রেলওয়ে পুলিশ, ঢাকা মহানগর আওয়ামী লীগ).
* ``enumeration``: names listed with a person are people too: in ওয়ার্নার , ফিঞ্চ ,
  ওয়াটসন ও মার্শ one known player makes the others players.  An item must be one to three
  name-like words no list claims, standing alone between list separators (a comma, ও,
  এবং, আর) or before the end of the clause; two known people anchor the list (one is
  enough for an item that is itself a known name part).
* ``nickname``: a word or two in parentheses right after a person's name is the person's
  nickname (মাহফিজুর রহমানের ( সাগর ), নাজমুন নাহার ( বিউটি )), though the word be an
  everyday one; not a number (an age), a role (অধিনায়ক) or anything a list knows.
* ``place-compound``: towns and districts joined by hyphens name one route or area, as the
  gold data writes them: ঢাকা-চট্টগ্রাম মহাসড়ক, মাগুরা-নড়াইল সড়ক, হাতীবান্ধা-পাটগ্রামে.
  The compound is a LOC whose canonical name joins the parts' names.  Countries stay apart
  (রাশিয়া-সিরিয়া সম্পর্ক: two states, each its own entity).
* ``name-prefix``: a person's name takes the name prefixes and initials written just before
  it, whichever rule or list found the name: মো. শফিকুর রহমান, মু. আহসান হাবিব,
  এ এম রাশেদ চৌধুরী, আ ম উবায়দুল মোকতাদির চৌধুরী.  Initials count only two or more
  together (এ alone is "this"); the mention keeps the source of the name it extends.
* ``propagation``: a person named in full (ভ্লাদিমির পুতিন, মুরহাফ আবু কাসরা) is the person
  meant by a later mention of a distinctive part of the name (পুতিনের, কাসরা); so is a
  one-word name a strong cue found (কেসমত নামের এক ব্যক্তি … কেসমতের পরিবার).  A word two
  people of the document share, a common family name (ইসলাম, রহমান) and a particle never
  propagate.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Set, Tuple

from ..candidate import (
    PRIORITY_DOC_ALIAS,
    PRIORITY_RULE,
    PRIORITY_GAZETTEER,
    PRIORITY_PROPAGATED,
    Candidate,
)
from ...models import Label
from ...text.morphology import inflections, stems
from ...text.tokenize import WORD
from ..context import Context

__all__ = ["acronym_aliases", "activate_weak", "propagate_names", "compound_orgs",
           "compound_places", "enumerated_persons", "nicknames", "person_prefixes"]

MAX_ALIAS_TOKENS = 2


def acronym_aliases(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
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
        if key == tuple(texts[c.ts : c.te]) or any(ctx.lex.is_common(w) for w in key):
            continue  # (আসন একটি) is a remark, not a short name
        aliases.setdefault(key, c)
    if not aliases:
        return []
    out: List[Candidate] = []
    # tokens that may start an alias (as written or with a case ending on a one-word alias)
    firsts = {key[0] for key in aliases} | {
        f for key in aliases if len(key) == 1 for f in inflections(key[0])}
    for i in [k for k, t in enumerate(texts) if t in firsts]:
        for size in sorted({len(key) for key in aliases}, reverse=True):
            if i + size > n:
                continue
            head = tuple(texts[i : i + size - 1])
            src = None
            for stem, ending in stems(texts[i + size - 1]):
                src = aliases.get(head + (stem,))
                if src is not None:
                    out.append(Candidate(i, i + size, Label.ORG, " ".join(head + (stem,)),
                                         "rule:acronym", PRIORITY_DOC_ALIAS, src.canonical,
                                         src.kb_id, src.eid))
                    break
            if src is not None:
                break
    return out


def activate_weak(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    present: Set[int] = {c.eid for c in chosen if c.eid is not None}
    if not present:
        return []
    entries = ctx.gazetteer.entries
    out: List[Candidate] = []
    for m in ctx.matches:
        for eid, weak in m.refs:
            if weak and eid in present:
                e = entries[eid]
                out.append(Candidate(m.ts, m.te, e.label, ctx.match_base(m), f"gazetteer:{e.file}",
                                     PRIORITY_GAZETTEER + 5, e.canonical, e.kb_id, eid))
                break
    return out


def propagate_names(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    texts, lex = ctx.texts, ctx.lex
    owner: Dict[str, Optional[Candidate]] = {}
    for c in chosen:
        if c.label != Label.PERSON:
            continue
        words = [k for k in range(c.ts, c.te) if ctx.kinds[k] == WORD]
        if len(words) < 2 and c.source not in _SINGLE_NAME_SOURCES:
            continue
        for k in words:
            w = texts[k]
            if k == words[-1]:
                w = ctx.base_of(c.ts, c.te).split()[-1].split("-")[-1]
            if (
                len(w) < 3
                or w in lex.particles
                or w in lex.surnames
                or lex.name_prefixes.match_at((w,), 0)
                or lex.is_common(w)
                or ctx.gazetteer.knows(w) and not _names_person(ctx, w)
            ):
                continue
            prev = owner.get(w, c)
            same = prev is not None and _identity(ctx, prev) == _identity(ctx, c)
            owner[w] = c if same else None  # shared by two people: ambiguous
    owner = {w: c for w, c in owner.items() if c is not None}
    if not owner:
        return []
    covered = bytearray(ctx.n)
    for c in chosen:
        covered[c.ts : c.te] = b"\x01" * (c.te - c.ts)
    # the words of the document that may be one of those names, inflected
    forms = {f for w in owner for f in inflections(w)}
    hits: Dict[str, Tuple[str, Candidate]] = {}
    for word in {t for t in texts if t in forms}:
        for stem, _ in stems(word):
            src = owner.get(stem)
            if src is not None:
                hits[word] = (stem, src)
                break
    out: List[Candidate] = []
    for i in [k for k, t in enumerate(texts) if t in hits] if hits else ():
        hit = hits[texts[i]]
        if covered[i] or ctx.kinds[i] != WORD:
            continue
        stem, src = hit
        s = i
        # আল-শাইবানি: take the particle and hyphen in front
        if i >= 2 and texts[i - 1] == "-" and texts[i - 2] in lex.particles \
                and ctx.glued(i - 2, i - 1) and ctx.glued(i - 1, i) and not covered[i - 2]:
            s = i - 2
        base = ctx.text[ctx.starts[s] : ctx.starts[i]] + stem
        out.append(Candidate(s, i + 1, Label.PERSON, base, "rule:propagation",
                             PRIORITY_PROPAGATED, src.canonical, src.kb_id, src.eid))
    return out


# rules whose evidence for a one-word name is strong enough to carry it through the document:
# মো. কেসমত নামের এক ব্যক্তি … কেসমতের পরিবার, তাঁর ছেলে তানভীর … তানভীরকে
_SINGLE_NAME_SOURCES = frozenset(("rule:named", "rule:age", "rule:alias", "rule:title",
                                  "rule:nickname"))


def _identity(ctx: Context, c: Candidate) -> object:
    """Who a person mention is: its gazetteer entry, its canonical name, or its full name."""
    if c.eid is not None:
        return ("eid", c.eid)
    if c.canonical:
        return ("canonical", c.canonical)
    return ("name", c.base)


def _names_person(ctx: Context, word: str) -> bool:
    entries = ctx.gazetteer.entries
    return any(entries[eid].label == Label.PERSON for eid, _ in ctx.gazetteer.refs_of_word(word))


_LOCAL_PLACE_FILES = ("gazetteer:bd_admin", "gazetteer:cities")
_LOCAL_ORG_SOURCES = ("gazetteer:orgs_bangladesh", "gazetteer:orgs_education", "rule:org-head",
                      "rule:institution")


def compound_orgs(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    texts = ctx.texts
    units = ctx.lex.admin_units
    out: List[Candidate] = []
    out.extend(_weak_org_after_hyphen(ctx, chosen))
    for a, b in zip(chosen, chosen[1:]):
        if b.label != Label.ORG:
            continue
        if a.label == Label.ORG and b.ts == a.te + 1 and texts[a.te] == "-" \
                and ctx.glued(a.te - 1, a.te) and ctx.glued(a.te, b.ts):
            out.append(Candidate(a.ts, b.te, Label.ORG, ctx.text[ctx.starts[a.ts]:ctx.ends[b.te - 1]],
                                 "rule:org-compound", PRIORITY_DOC_ALIAS))
            continue
        if a.label == Label.GPE and a.source in _LOCAL_PLACE_FILES and b.source in _LOCAL_ORG_SOURCES \
                and a.base == ctx.text[ctx.starts[a.ts]:ctx.ends[a.te - 1]]:  # no case ending
            gap = b.ts - a.te
            unit_between = gap == 1 and units.match_at(texts, a.te) == 1
            # a known organisation keeps its own span after a place and a unit word
            # (পাটগ্রাম উপজেলা আওয়ামী লীগের: a place, then the party, as the gold data has it);
            # only a body no list holds takes the place into its name (ভোলা জেলা … ফোরামের).
            # Right after the place, a name of two words or more joins it (বরিশাল শেরেবাংলা
            # মেডিকেল কলেজ হাসপাতালে), a one-word one does not (মেহেরপুর পুলিশের, বগুড়া সওজের).
            joins = b.source == "rule:org-head" if unit_between else b.te - b.ts >= 2
            if (gap == 0 or unit_between) and joins and ctx.same_line(a.te - 1, b.ts):
                base = ctx.text[ctx.starts[a.ts]:ctx.starts[b.ts]] + b.base
                out.append(Candidate(a.ts, b.te, Label.ORG, base, "rule:org-compound",
                                     PRIORITY_DOC_ALIAS))
    return out


def _local_place(c: Candidate) -> bool:
    return c.label in (Label.GPE, Label.LOC) and c.source in _LOCAL_PLACE_FILES


def compound_places(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
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
            out.append(Candidate(first.ts, last.te, Label.LOC, base, "rule:place-compound",
                                 PRIORITY_DOC_ALIAS, canonical=canonical))
        k = j + 1
    return out


_LIST_SEPARATORS = frozenset((",", "ও", "এবং", "আর", ";"))
_CLAUSE_END = frozenset(("।", "?", "!", ")", "(", ":", "—", "’", "”", "‘", "“"))
MAX_LIST_ITEM = 3


def enumerated_persons(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    from .persons import take_name, take_name_back

    texts, n, lex = ctx.texts, ctx.n, ctx.lex
    claimed = bytearray(n)
    for c in chosen:
        claimed[c.ts : c.te] = b"\x01" * (c.te - c.ts)
    person_at = {c.ts: c for c in chosen if c.label == Label.PERSON}
    person_ending = {c.te: c for c in person_at.values()}
    out: List[Candidate] = []
    i = 0
    while i < n:
        # one enumeration: items separated by list separators, on one line
        if texts[i] not in _LIST_SEPARATORS or i == 0:
            i += 1
            continue
        # it starts with a known person just before the separator
        first = person_ending.get(i)
        if first is None:
            i += 1
            continue
        items: List[Tuple[int, int, bool]] = [(first.ts, first.te, True)]  # (start, end, known)
        k = i
        while True:
            if k >= n or texts[k] not in _LIST_SEPARATORS or not ctx.same_line(k - 1, k):
                break
            nxt = k + 1
            if nxt < n and nxt in person_at:
                c = person_at[nxt]
                items.append((c.ts, c.te, True))
                k = c.te
                continue
            if nxt >= n or claimed[nxt] or not ctx.same_line(k, nxt):
                break
            e = take_name(ctx, nxt, MAX_LIST_ITEM)
            if e == nxt or any(claimed[nxt:e]):
                break
            if e < n and texts[e] not in _LIST_SEPARATORS and texts[e] not in _CLAUSE_END:
                break  # the item runs on into the sentence: not a bare name
            items.append((nxt, e, False))
            k = e
        i = max(k, i + 1)
        # items before the first known person: … হিউজ , ভোজেস , [known] …
        k = items[0][0]
        while k >= 2 and texts[k - 1] in _LIST_SEPARATORS and ctx.same_line(k - 2, k - 1):
            e = k - 1
            if claimed[e - 1]:
                c = person_ending.get(e)
                if c is None:
                    break
                items.insert(0, (c.ts, c.te, True))
                k = c.ts
                continue
            s0 = take_name_back(ctx, e, MAX_LIST_ITEM)
            if s0 == e or any(claimed[s0:e]):
                break
            if s0 > 0 and texts[s0 - 1] not in _LIST_SEPARATORS \
                    and texts[s0 - 1] not in _CLAUSE_END and ctx.same_line(s0 - 1, s0):
                break  # the item is the end of a longer phrase
            items.insert(0, (s0, e, False))
            k = s0
        known = sum(1 for _, _, p in items if p)
        if not known:
            continue
        for s, e, p in items:
            if p:
                continue
            evidence = any(lex.is_name_word(texts[t]) for t in range(s, e))
            if known >= 2 or evidence:
                out.append(Candidate(s, e, Label.PERSON, ctx.base_of(s, e), "rule:enumeration",
                                     PRIORITY_RULE - 5))
    return out


MAX_NICKNAME_WORDS = 2


def nicknames(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    texts, n, lex = ctx.texts, ctx.n, ctx.lex
    claimed = {k for c in chosen for k in range(c.ts, c.te)}
    out: List[Candidate] = []
    for c in chosen:
        if c.label != Label.PERSON or not ctx.is_punct(c.te, "("):
            continue
        s = c.te + 1
        e = s
        while e < n and e - s < MAX_NICKNAME_WORDS + 1 and ctx.kinds[e] == WORD:
            e += 1
        if e == s or e - s > MAX_NICKNAME_WORDS or not ctx.is_punct(e, ")") \
                or not ctx.same_line(c.te, e):
            continue
        words = texts[s:e]
        if any(k in claimed for k in range(s, e)) or any(ctx.gaz_label[k] is not None for k in range(s, e)):
            continue
        if any(lex.roles.starts(w) or lex.honorifics.starts(w) or w in lex.stop_words
               or lex.is_verb(w) or lex.is_date_word(w) for w in words):
            continue  # ( অধিনায়ক ), ( সাবেক ): a role or a remark, not a name
        if len(words) > 1 and any(lex.is_common(w) for w in words):
            continue  # ( আনারস প্রতীক ): an election symbol, a phrase
        out.append(Candidate(s, e, Label.PERSON, ctx.base_of(s, e), "rule:nickname",
                             PRIORITY_RULE - 5))
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
        vs = ctx.vocab.single(texts[h + 1])
        if vs is None or not any(entries[eid].label == Label.ORG for eid, _ in vs[0]):
            continue
        out.append(Candidate(a.ts, h + 2, Label.ORG, ctx.text[ctx.starts[a.ts]:ctx.starts[h + 1]] + vs[1],
                             "rule:org-compound", PRIORITY_DOC_ALIAS))
    return out


MAX_PREFIX_TOKENS = 6  # মো . or এ কে এম before a name, and a little more


def person_prefixes(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    texts, lex = ctx.texts, ctx.lex
    covered = bytearray(ctx.n)
    for c in chosen:
        covered[c.ts : c.te] = b"\x01" * (c.te - c.ts)
    out: List[Candidate] = []
    for c in chosen:
        if c.label != Label.PERSON or c.ts == 0:
            continue
        s = c.ts
        while c.ts - s < MAX_PREFIX_TOKENS:
            size = next((k for k in (3, 2, 1) if s - k >= 0
                         and lex.name_prefixes.match_at(texts, s - k) == k), 0)
            if size and not lex.is_initial(texts[s - size]) and not any(covered[s - size : s]) \
                    and ctx.same_line(s - size, s):
                s -= size  # মো . , মোহাম্মদ , সৈয়দ …
                continue
            # a run of initials: two or more with those the name itself starts with
            r = s
            while r > 0 and lex.is_initial(texts[r - 1]) and not covered[r - 1] \
                    and ctx.same_line(r - 1, r):
                r -= 1
            inside = s
            while inside < c.te - 1 and lex.is_initial(texts[inside]):
                inside += 1
            if r < s and (s - r) + (inside - s) >= 2:
                s = r
            break
        if s < c.ts:
            out.append(Candidate(s, c.te, Label.PERSON, ctx.base_of(s, c.te), c.source,
                                 c.priority, c.canonical, c.kb_id, c.eid))
    return out

