"""What the people of the first resolution teach about the words around them: other names in
a list with them, nicknames after them, and name prefixes before them."""

from __future__ import annotations

from typing import List, Optional, Tuple

from ...models import Label
from ...text.tokenize import NUMBER, PUNCT, WORD
from ..candidate import PRIORITY_GAZETTEER, PRIORITY_RULE, Candidate
from ..context import Context
from ..registry import DOCUMENT, RULES
from .persons import take_name, take_name_back

__all__: List[str] = []

MAX_LIST_ITEM = 3
MAX_NICKNAME_WORDS = 2
MAX_PREFIX_TOKENS = 6  # মো . or এ কে এম before a name, and a little more
MAX_SCORECARD_NAME = 3  # words of a player's name in a scorecard (আল আমিন, এনামুল বিজয়)
MAX_SCORECARD_TOKENS = 120  # tokens between a scorecard's parentheses
SCORE_SEPARATORS = (",", ";")  # between a scorecard's items (batting ; bowling)
NOT_OUT = "*"  # after a batter's runs: ৪৫*
PER = (Label.PERSON,)


@RULES.register("enumeration", stage=DOCUMENT, triggers=["list-separator"], needs=PER,
                labels=PER, priority=PRIORITY_RULE - 5,
                example="সভায় ছিলেন শেখ হাসিনা , ওবায়দুল কাদের , ডালিম ও পলাশ ।")
def enumerated_persons(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """Names listed with a person are people too: in ওয়ার্নার , ফিঞ্চ , ওয়াটসন ও মার্শ one
    known player makes the others players.

    An item must be one to three name-like words no list claims, standing alone between list
    separators (a comma, ও, এবং, আর) or before the end of the clause (the last item, after ও,
    may carry the case ending of the whole list: … মন্টু ও আনারুলকে আটক করা হয়), and the first
    may follow a function word (আসর থেকে নহির , …); two known people anchor the list (one is
    enough for an item that is itself a known name part)."""
    texts, n, lang = ctx.texts, ctx.n, ctx.lang
    separators, clause_end = lang.list_separators, lang.clause_end
    claimed = bytearray(n)
    for c in chosen:
        claimed[c.ts : c.te] = b"\x01" * (c.te - c.ts)
    person_at = {c.ts: c for c in chosen if c.label == Label.PERSON}
    person_ending = {c.te: c for c in person_at.values()}
    out: List[Candidate] = []
    next_free = 0
    for i in ctx.positions("list-separator"):
        # one enumeration: items separated by list separators, on one line, starting with a
        # known person just before the separator
        if i < next_free or i == 0:
            continue
        first = person_ending.get(i)
        if first is None:
            continue
        items: List[Tuple[int, int, bool]] = [(first.ts, first.te, True)]  # (start, end, known)
        k = i
        while True:
            if k >= n or texts[k] not in separators or not ctx.same_line(k - 1, k):
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
            last = ctx.kinds[k] == WORD and ctx.has_clear_ending(e - 1)  # (after ও, এবং)
            if e < n and texts[e] not in separators and texts[e] not in clause_end \
                    and not last:
                break  # the item runs on into the sentence: not a bare name
            items.append((nxt, e, False))
            k = e
            if last:
                break  # … মন্টু ও আনারুলকে আটক: the last item carries the list's case ending
        next_free = max(k, i + 1)
        # items before the first known person: … হিউজ , ভোজেস , [known] …
        k = items[0][0]
        while k >= 2 and texts[k - 1] in separators and ctx.same_line(k - 2, k - 1):
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
            if s0 > 0 and texts[s0 - 1] not in separators \
                    and texts[s0 - 1] not in clause_end and ctx.same_line(s0 - 1, s0) \
                    and not _ends_a_phrase(lang, texts[s0 - 1]):
                break  # the item is the end of a longer phrase
            items.insert(0, (s0, e, False))
            k = s0
        known = sum(1 for _, _, p in items if p)
        for s, e, p in items:
            if p:
                continue
            evidence = any(lang.is_name_word(texts[t]) for t in range(s, e))
            if known >= 2 or evidence:
                out.append(ctx.propose(s, e, Label.PERSON))
    return out


def _ends_a_phrase(lang, word: str) -> bool:
    """A function word after which a new noun phrase starts (আসর থেকে নহির , …): not one in
    the genitive (তাঁর, যার), which belongs with the words after it."""
    return word in lang.stop_words and not word.endswith(tuple(lang.genitive))


@RULES.register("nickname", stage=DOCUMENT, triggers=["open-paren"], needs=PER, labels=PER,
                priority=PRIORITY_RULE - 5, strong_evidence=True,
                example="মাহফিজুর রহমানের ( সাগর ) বাড়ি ঘেরাও করা হয়।")
def nicknames(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """A word or two in parentheses right after a person's name is the person's nickname
    (মাহফিজুর রহমানের ( সাগর ), নাজমুন নাহার ( বিউটি )), though the word be an everyday
    one; not a number (an age), a role (অধিনায়ক) or anything a list knows."""
    texts, n, lang = ctx.texts, ctx.n, ctx.lang
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
        if any(k in claimed for k in range(s, e)) \
                or any(ctx.gaz_label[k] is not None for k in range(s, e)):
            continue
        if any(lang.roles.starts(w) or lang.honorifics.starts(w) or w in lang.stop_words
               or lang.is_verb(w) or lang.is_date_word(w) for w in words):
            continue  # ( অধিনায়ক ), ( সাবেক ): a role or a remark, not a name
        if len(words) > 1 and any(lang.is_common(w) for w in words):
            continue  # ( আনারস প্রতীক ): an election symbol, a phrase
        out.append(ctx.propose(s, e, Label.PERSON))
    return out


@RULES.register("scorecard", stage=DOCUMENT, triggers=["open-paren"], needs=PER, labels=PER,
                priority=PRIORITY_GAZETTEER + 5,
                example="বাংলাদেশ ৫০ ওভারে ২৪৫/৮ ( তামিম ৬৫ , মুশফিক ৪৫ * , রিয়াদ ৩০ ; স্টার্ক "
                        "৩/৪০ , কামিন্স ২/৩৮ ) ।")
def scorecard_players(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """The names of a cricket scorecard are players: in ২৪৫/৮ ( তামিম ৬৫ , মুশফিক ৪৫* ,
    রিয়াদ ৩০ ; স্টার্ক ৩/৪০ , কামিন্স ২/৩৮ ) every name before a score is a person, a
    foreign one no list holds (স্টার্ক) and one a list takes for a city (রিয়াদ) too.

    A scorecard is a pair of parentheses on one line holding three or more items, each one to
    three words and a score (a number, a batter's not-out mark after it), separated by
    commas or semicolons; it follows a team's total with its wickets (১৭৪/৬) or holds two or
    more bowling figures (৩/৩১).  Two or more items must be people already, and more items
    people than anything else (a list of teams or districts with their totals is not one);
    the rule's priority is above the gazetteer's, so that a player named like a city is a
    player here.  The extras and the others (অতিরিক্ত ১২, অন্যরা ১০) are items, not players."""
    texts, kinds, n, lang = ctx.texts, ctx.kinds, ctx.n, ctx.lang
    covering: List[Optional[Candidate]] = [None] * n
    for c in chosen:
        covering[c.ts : c.te] = [c] * (c.te - c.ts)
    out: List[Candidate] = []
    for p in ctx.positions("open-paren"):
        items = _scorecard_items(ctx, p)
        if items is None:
            continue
        # (an item's end is its score's token)
        total = p > 0 and kinds[p - 1] == NUMBER and "/" in texts[p - 1]
        figures = sum(1 for _, e in items if "/" in texts[e])
        if not total and figures < 2:
            continue
        people, others, spans = 0, 0, []
        for s, e in items:
            inside = {id(c): c for c in covering[s:e] if c is not None}.values()
            if any(c.ts < s or c.te > e for c in inside):
                spans = None  # an entity runs across an item's edge: not a scorecard
                break
            if any(c.label == Label.PERSON for c in inside):
                people += 1
            elif inside:
                others += 1
            elif texts[s] in lang.scorecard_others:
                continue  # ( … ; অন্যরা ১২ ), অতিরিক্ত ১২: the others, the extras
            exact = any(c.ts == s and c.te == e and c.label == Label.PERSON for c in inside)
            if not exact:
                spans.append((s, e))
        if spans is None or people < 2 or people <= others:
            continue
        for s, e in spans:
            out.append(ctx.propose(s, e, Label.PERSON))
    return out


def _scorecard_items(ctx: Context, p: int) -> Optional[List[Tuple[int, int]]]:
    """``(start, end)`` of each item of a scorecard in the parentheses opening at token ``p``
    (see :func:`scorecard_players`): the name, which ends at the score's token; or None when
    they do not hold one."""
    texts, kinds, n, lang = ctx.texts, ctx.kinds, ctx.n, ctx.lang
    items: List[Tuple[int, int]] = []
    k = p + 1
    while k < n and k - p < MAX_SCORECARD_TOKENS:
        s = k
        while k < n and kinds[k] == WORD and k - s <= MAX_SCORECARD_NAME:
            k += 1
        if k == s or k - s > MAX_SCORECARD_NAME or k >= n or kinds[k] != NUMBER:
            return None
        words = texts[s:k]
        if words[0] not in lang.scorecard_others and any(
                w in lang.stop_words or lang.is_verb(w) or lang.is_date_word(w)
                or lang.roles.starts(w) for w in words):
            return None  # ( গত ৫ ম্যাচে ): not a player and a score
        score = k
        k += 1
        if k < n and kinds[k] == PUNCT and texts[k] == NOT_OUT:
            k += 1
        if k >= n or kinds[k] != PUNCT or not ctx.same_line(p, k):
            return None
        items.append((s, score))
        if texts[k] == ")":
            return items if len(items) >= 3 else None
        if texts[k] not in SCORE_SEPARATORS:
            return None
        k += 1
    return None


@RULES.register("name-prefix", stage=DOCUMENT, triggers=["name-prefix"], needs=PER,
                labels=PER, priority=None,
                example="বক্তব্য দেন এ এম রাশেদ চৌধুরী ।")
def person_prefixes(ctx: Context, chosen: List[Candidate]) -> List[Candidate]:
    """A person's name takes the name prefixes and initials written just before it, whichever
    rule or list found the name: মো. শফিকুর রহমান, মু. আহসান হাবিব, এ এম রাশেদ চৌধুরী,
    আ ম উবায়দুল মোকতাদির চৌধুরী.  Initials count only two or more together (এ alone is
    "this"); the mention keeps the source of the name it extends."""
    texts, lang = ctx.texts, ctx.lang
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
                         and lang.name_prefixes.match_at(texts, s - k) == k), 0)
            if size and not lang.is_initial(texts[s - size]) and not any(covered[s - size : s]) \
                    and ctx.same_line(s - size, s):
                s -= size  # মো . , মোহাম্মদ , সৈয়দ …
                continue
            # a run of initials: two or more with those the name itself starts with
            r = s
            while r > 0 and lang.is_initial(texts[r - 1]) and not covered[r - 1] \
                    and ctx.same_line(r - 1, r):
                r -= 1
            inside = s
            while inside < c.te - 1 and lang.is_initial(texts[inside]):
                inside += 1
            if r < s and (s - r) + (inside - s) >= 2:
                s = r
            break
        if s < c.ts:
            out.append(ctx.extend(c, s))
    return out
