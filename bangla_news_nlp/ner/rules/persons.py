"""Rules for people no list holds.

A name runs over name-like words (not everyday words, not roles, not places) on the same
line, at most five words, and ends after a word with a case ending (…কাসরার সাথে).
:func:`take_name` and :func:`take_name_back` find such a name from its first or after its
last word; the rules below decide where to look.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from ...models import Label
from ...text.tokenize import NUMBER, WORD
from ..candidate import PRIORITY_GAZETTEER, PRIORITY_RULE, Candidate
from ..context import Context
from ..registry import RULES

__all__ = ["take_name", "take_name_back"]

MAX_NAME_WORDS = 5
MIN_SQUAD_PLAYERS = 5  # names a squad list holds at least
MAX_SQUAD_NAME = 3  # words of one player's name in it
MAX_SQUAD_ROLE = 3  # words of the role in parentheses after a player (সহ-অধিনায়ক)
_SENTENCE_END = ("।", "?", "!")
PER = (Label.PERSON,)


def _role_at(ctx: Context, i: int) -> int:
    """Length in tokens of the role or honorific at ``i`` (with a visarga written as a colon:
    সম্পাদকঃ)."""
    lang, texts = ctx.lang, ctx.texts
    n = lang.roles.match_at(texts, i) or lang.honorifics.match_at(texts, i)
    if n:
        return n
    w = texts[i]
    if w.endswith(lang.visarga) and (w[:-1] in lang.roles or w[:-1] in lang.honorifics):
        return 1
    if lang.is_compound_role(w) and not lang.is_name_word(w):
        return 1  # বনমন্ত্রী, শ্রমসচিব: a role written as one word
    return 0


def take_name(ctx: Context, j: int, max_words: int = MAX_NAME_WORDS) -> int:
    """End (exclusive) of the name starting at token ``j``; ``j`` when there is none."""
    texts, n, lang = ctx.texts, ctx.n, ctx.lang
    k = j
    end = j  # end of the name so far (prefixes alone do not make a name)
    words = 0
    while k < n and words < max_words:
        if k > j and not ctx.same_line(k - 1, k):
            break
        if ctx.kinds[k] == WORD and ctx.gaz_label[k] not in (None, Label.PERSON):
            break
        size = lang.name_prefixes.match_at(texts, k)
        if k > j and end > j and _abbreviated_prefix_at(ctx, k):
            break  # আবু বকর মো. ফিরোজ: an abbreviated মো. starts the next person's name
        if size and end == j and k + size < n and ctx.same_line(k, k + size):
            # (only before the name's first word: after one, শেখ and সৈয়দ are family names)
            nxt = k + size
            if ctx.is_namelike(nxt):
                k = nxt  # মো. / এ কে এম: kept only if a name word follows
                continue
            if ctx.is_word(nxt) and texts[nxt] not in lang.stop_words \
                    and ctx.gaz_label[nxt] in (None, Label.PERSON):
                # after আবদুল, শেখ … an everyday word is a name: আবদুল হাই, শেখ রাসেল
                words += 1
                k = end = nxt + 1
                continue
        if k > j and _place_before_unit(ctx, k):
            break  # নজরুল ইসলাম তিতাস থানায়: তিতাস is the police station's place
        if not ctx.is_namelike(k):
            if end == k > j and ctx.kinds[k] == WORD and _honorific_surname(lang, texts[k]):
                k = end = k + 1  # রহিমা বেগম: after a given name, বেগম is her family name
            elif end == k and _name_part_by_position(ctx, j, k):
                words += 1
                k = end = k + 1
                if k - 1 > j and not lang.is_initial(texts[k - 1]):
                    break  # (a family name after a middle name or initials ends the name)
                continue
            break
        words += 1
        k += 1
        end = k
        if ctx.has_clear_ending(k - 1) or _inflected_name(lang, texts[k - 1]):
            break
        # a hyphenated part: আল-শাইবানি
        if k + 1 < n and texts[k] == "-" and ctx.glued(k - 1, k) and ctx.glued(k, k + 1) \
                and ctx.is_namelike(k + 1):
            k += 1
        elif k < n and texts[k] in lang.name_joiners and words < max_words:
            k += _joiners_before_name(ctx, k)  # রদ্রিগো দি পল
    return end


def _joiners_before_name(ctx: Context, k: int) -> int:
    """How many particles of a European name (one or two: দি, ভ্যান ডার) stand at ``k``
    right before a name-like word on the same line, inside a name: রদ্রিগো দি পল; 0 when
    there are none or no name word follows them."""
    texts, n, joiners = ctx.texts, ctx.n, ctx.lang.name_joiners
    m = 0
    while m < 2 and k + m < n and texts[k + m] in joiners and ctx.gaz_label[k + m] is None \
            and ctx.same_line(k + m - 1, k + m):
        m += 1
    nxt = k + m
    if m and nxt < n and ctx.same_line(nxt - 1, nxt) and texts[nxt] not in joiners \
            and ctx.is_namelike(nxt) and ctx.gaz_label[nxt] in (None, Label.PERSON):
        return m
    return 0


def _name_part_by_position(ctx: Context, j: int, k: int) -> bool:
    """Whether token ``k``, a word that is not name-like (an everyday word, a role), is a
    part of the name starting at ``j`` by where it stands: the first word before a middle
    name or before an initial and a name-like word (বিজয় কৃষ্ণ কর, ড্যান ডব্লিউ মজীনা),
    an initial after initials (এইচ টি) or between name words (ড্যান ডব্লিউ মজীনা), or the
    family name after a middle name or after two or more initials (বিজয় কৃষ্ণ কর, এইচ টি
    ইমাম)."""
    texts, n, lang = ctx.texts, ctx.n, ctx.lang
    w = texts[k]
    if ctx.kinds[k] != WORD or ctx.gaz_label[k] not in (None, Label.PERSON) \
            or w in lang.stop_words or lang.is_verb(w) or lang.is_date_word(w) \
            or ctx.has_clear_ending(k) or (k > j and not ctx.same_line(k - 1, k)):
        return False
    if k == j:
        if k + 1 >= n or not ctx.same_line(k, k + 1) or lang.roles.starts(w):
            return False
        after = texts[k + 1]
        if after in lang.middle_names:
            return True
        return after in lang.initials and after != lang.conjunction and k + 2 < n \
            and ctx.same_line(k + 1, k + 2) and ctx.is_namelike(k + 2) \
            and not lang.is_initial(texts[k + 2])
    before = texts[j:k]
    if all(lang.is_initial(x) for x in before):  # initials so far
        return lang.is_initial(w) or len(before) >= 2
    if w in lang.initials:  # a middle initial before a name-like word: বিল ডি ব্লাসিও
        # (a Latin letter's name: one Bengali letter here is more often an abbreviation,
        # as ক and ব, caught and bowled, in a cricket scorecard)
        return w != lang.conjunction and k + 1 < n and ctx.same_line(k, k + 1) \
            and ctx.is_namelike(k + 1) and not lang.is_initial(texts[k + 1])
    return before[-1] in lang.middle_names and len(before) >= 2


def _place_before_unit(ctx: Context, k: int) -> bool:
    """Token ``k`` is a place the gazetteer knows, right before an administrative unit word
    (তিতাস থানায়, … উপজেলার): the place of the unit, not a name's word.  (A strong form
    already ends a name; this catches the weak ones, তিতাস.)"""
    if k + 1 >= ctx.n or ctx.kinds[k] != WORD or not ctx.same_line(k, k + 1):
        return False
    if ctx.lang.admin_units.match_inflected(ctx.texts, k + 1)[0] != 1:
        return False
    hit = ctx.gazetteer.match_word(ctx.texts[k])
    if hit is None:
        return False
    entries = ctx.gazetteer.entries
    return any(entries[e].label in (Label.GPE, Label.LOC) for e, _weak in hit[0])


def take_name_back(ctx: Context, end: int, max_words: int = 4) -> int:
    """Start of the name that ends just before token ``end``; ``end`` when there is none.

    The name runs back over name-like words on the same line, stops at a role (its start is
    the role's end), and drops leading particles."""
    texts, lang = ctx.texts, ctx.lang
    k = end
    words = 0
    while k > 0 and words < max_words:
        j = k - 1
        if k < end and not ctx.same_line(j, k):
            break
        if k < end and _abbreviated_prefix_at(ctx, k):
            break  # মো. starts a name: the words before it are another's (আবু বকর মো. ফিরোজ)
        if ctx.kinds[j] != WORD:
            # a hyphen inside a name (আল-শাইবানি) or the dot of মো.
            if texts[j] in "-." and j > 0 and ctx.glued(j - 1, j) and ctx.is_namelike(j - 1):
                k = j
                continue
            break
        if ctx.gaz_label[j] not in (None, Label.PERSON):
            break
        if k < end and texts[k] in lang.middle_names and ctx.kinds[j] == WORD \
                and texts[j] not in lang.stop_words and not lang.roles.ends_with(texts[j]) \
                and not ctx.has_clear_ending(j) and not lang.is_verb(texts[j]) \
                and ctx.same_line(j, k):
            k = j  # প্রশান্ত কুমার মণ্ডল: the word before a middle name is a given name
            break
        if not ctx.is_namelike(j):
            # two or more initials before a name: এ জে মোহাম্মদ আলী, এ কে এম কাউছার
            # (one alone is too often এ "this" or ও "and")
            r = j
            while r >= 0 and lang.is_initial(texts[r]) and ctx.same_line(r, r + 1):
                r -= 1
            if k < end and j - r >= 2:
                k = r + 1
            break
        if j < end - 1 and (ctx.has_case_ending(j) or texts[j].endswith(lang.plural_nouns)
                            or _inflected_name(lang, texts[j], listed_only=True)):
            break  # an inflected word before the name is not part of it (রহিমের ছেলে,
            # প্রতিবেশীরা হারিছ মিয়ার …, শেখ হাসিনার সরকার)
        if j < end - 1 and lang.is_given_name(texts[j + 1]) and _surname_only(lang, texts[j]):
            break  # a family name does not come before a given name (মিত্র বাশার: "ally")
        k = j
        words += 1
    while k < end and (texts[k] in lang.particles or ctx.kinds[k] != WORD):
        k += 1
    return k


def _abbreviated_prefix_at(ctx: Context, k: int) -> bool:
    """An abbreviated name prefix (মো., মোঃ, মু.) starts at token ``k``."""
    size = ctx.lang.name_prefixes.match_at(ctx.texts, k)
    return bool(size) and ctx.texts[k + size - 1] in ctx.lang.abbreviation_marks


def _honorific_surname(lang, word: str) -> bool:
    """A word that is an honorific before a name and a family name after one (বেগম)."""
    return any(stem in lang.surnames and lang.honorifics.starts(stem)
               for stem, _ in lang.stems(word))


def _inflected_name(lang, word: str, listed_only: bool = False) -> bool:
    """A known name part with a case ending (আলীর, রহমানকে): the name ends with it.  Not a
    word the curated lists hold as written (জাহাঙ্গীর, কবির are names, not জাহাঙ্গী + র; মিয়ার,
    which only the words mined from names hold, is মিয়া + র).

    ``listed_only``: only a given or family name of the curated lists so inflected, the
    genitive র included (হাসিনার, মোল্লার), which :func:`take_name_back` stops at (শেখ হাসিনার
    সরকার: "Sheikh Hasina's government", not a name সরকার ends); the words mined from names
    hold stems such as কাউছা and ফজলা, of the names কাউছার and ফজলার as written."""
    if word in lang.given_names or word in lang.surnames:
        return False
    stem, ending = lang.strip_ending(word, lang.is_name_as_written)
    if not ending:
        return False
    if listed_only:
        return lang.is_given_name(stem) or stem in lang.surnames
    return lang.is_name_as_written(stem)


def _surname_only(lang, word: str) -> bool:
    return word in lang.surnames and not lang.is_given_name(word) \
        and not lang.name_prefixes.starts(word)


def _evidence(ctx: Context, start: int, end: int) -> int:
    """How many words of a candidate name are known name parts."""
    lang, texts = ctx.lang, ctx.texts
    return sum(1 for k in range(start, end)
               if ctx.kinds[k] == WORD and lang.is_name_word(texts[k]))


@RULES.register("title", triggers=["role"], labels=PER, strong_evidence=True,
                example="পররাষ্ট্রমন্ত্রী তৌফিক রহমানী সফরে যাচ্ছেন।")
def title_persons(ctx: Context) -> List[Candidate]:
    """A role or honorific followed by a name: রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন,
    পররাষ্ট্রমন্ত্রী আসাদ হাসান আল-শাইবানি, সম্পাদক : আবদুল হাই শিকদার.

    The role is not part of the name (nor are ড., অধ্যাপক, জেনারেল); name prefixes (মো., শেখ,
    সৈয়দ) are.  After an occupation or a kinship word (weak roles) only a name with a known
    name part counts; a lone word before a form of করা is a compound verb's noun."""
    out: List[Candidate] = []
    texts, n, lang = ctx.texts, ctx.n, ctx.lang
    done = 0
    for i in ctx.positions("role"):
        if i < done:
            continue
        size = _role_at(ctx, i)
        if not size:
            continue
        j = i + size
        if ctx.is_punct(j, lang.colons):
            j += 1
        elif ctx.is_punct(j, "("):
            # the role's abbreviation or a rank suffix in parentheses: (ইউএনও), (অব.)
            close = j + 1
            while close < n and close - j <= lang.max_role_abbreviation + 1 \
                    and not ctx.is_punct(close, ")"):
                close += 1
            if ctx.is_punct(close, ")") and close > j + 1:
                j = close + 1
        # further honorifics and a rank suffix: প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস
        while j < n:
            more = lang.honorifics.match_at(texts, j)
            if not more:
                break
            j += more
        end = take_name(ctx, j)
        if end == j and j + 1 < n and texts[j] in lang.everyday_given_names \
                and ctx.same_line(j, j + 1) and ctx.is_namelike(j + 1):
            end = take_name(ctx, j + 1)  # পররাষ্ট্রমন্ত্রী জন কেরি: জন is John here
        if end > j and lang.weak_roles.match_at(texts, i) == size and not _evidence(ctx, j, end):
            end = j  # after an occupation or a kinship word, only a recognisable name
        if end == j + 1 and end < n and texts[end] in lang.light_verbs \
                and not _evidence(ctx, j, end):
            end = j  # চেয়ারম্যান আক্ষেপ করে: a noun of a compound verb, not a name
        if end > j and ctx.same_line(i, j):
            out.append(ctx.propose(j, end, Label.PERSON))
            done = end
        else:
            done = j
    return out


@RULES.register("name-particle", triggers=["name-particle"], labels=PER,
                example="বৈঠকে ছিলেন আহমেদ আল-মাসরি।")
def particle_persons(ctx: Context) -> List[Candidate]:
    """A known given name followed by an Arabic particle and a word: আহমেদ আল-শারা,
    বাশার আল-আসাদের, মোহাম্মদ বিন সালমান."""
    out: List[Candidate] = []
    texts, n, lang = ctx.texts, ctx.n, ctx.lang
    for i in ctx.positions("name-particle"):
        if i == 0 or i >= n - 1:
            continue
        j = i + 1
        if texts[j] == "-" and ctx.glued(i, j):
            j += 1
        if j >= n or not ctx.same_line(i, j) or not ctx.is_namelike(j):
            continue
        if ctx.gaz_label[j] not in (None, Label.PERSON):
            continue
        # one to three given names (or name prefixes) before the particle
        s = i
        while s > 0 and i - s < 3 and ctx.same_line(s - 1, s) and ctx.is_word(s - 1) \
                and lang.is_given_name(texts[s - 1]) and not ctx.has_clear_ending(s - 1):
            s -= 1
        if s == i:
            continue
        out.append(ctx.propose(s, j + 1, Label.PERSON))
    return out


@RULES.register("alias", triggers=["alias-cue"], labels=PER, strong_evidence=True,
                example="আবদুল করিম ওরফে কালু মিয়াকে গ্রেপ্তার করা হয়েছে।")
def alias_persons(ctx: Context) -> List[Candidate]:
    """Both names around "alias": X ওরফে Y."""
    out: List[Candidate] = []
    for i in ctx.positions("alias-cue"):
        if i == 0:
            continue
        for s, e in ((take_name_back(ctx, i), i), (i + 1, take_name(ctx, i + 1))):
            if e > s:
                out.append(ctx.propose(s, e, Label.PERSON))
    return out


@RULES.register("named", triggers=["named-cue"], labels=(Label.PERSON, Label.LOC),
                strong_evidence=True, example="রাতে কেসমত নামের এক ব্যক্তিকে আটক করা হয়।")
def named_persons(ctx: Context) -> List[Candidate]:
    """The name before "named" (X নামের এক যুবক): a person, or a place when the noun after
    the cue is a place (ঘাটেরপাড় নামক স্থানে); a body (X নামের একটি সংগঠন) is left to the
    organisation rules."""
    out: List[Candidate] = []
    for i in ctx.positions("named-cue"):
        if i == 0:
            continue
        kind = _named_kind(ctx, i + 1)
        if kind is Label.PERSON:
            s = take_name_back(ctx, i)
            if s < i:
                out.append(ctx.propose(s, i, Label.PERSON))
        elif kind is not None and ctx.is_namelike(i - 1) and ctx.gaz_label[i - 1] is None \
                and ctx.same_line(i - 1, i):
            out.append(ctx.propose(i - 1, i, kind))  # ঘাটেরপাড় নামক স্থানে: a place
    return out


def _named_kind(ctx: Context, j: int) -> Optional[Label]:
    """What "X নামের …" names, from the noun after the cue: a place (স্থানে, ইউনিয়ন), a
    body (সংগঠন) or, by default, a person; None for a body (its name may be many words,
    which the organisation rules find)."""
    lang, texts = ctx.lang, ctx.texts
    while j < ctx.n and texts[j] in lang.named_skip:
        j += 1
    if j >= ctx.n or ctx.kinds[j] != WORD:
        return Label.PERSON
    forms = [stem for stem, _ in lang.stems(texts[j])]
    if any(f in lang.named_places for f in forms):
        return Label.LOC
    if any(f in lang.named_orgs for f in forms):
        return None
    return Label.PERSON


@RULES.register("speaker", triggers=["speech-cue"], labels=PER,
                example="কামরুজ্জামান তালুকদার বলেন, সব প্রস্তুতি শেষ।")
def speaker_persons(ctx: Context) -> List[Candidate]:
    """The name before a reporting verb (… চৌধুরী বলেন).  A reporting verb also follows
    pronouns and organisations, so the name must have a known name part."""
    out: List[Candidate] = []
    texts, lang = ctx.texts, ctx.lang
    for i in ctx.positions("speech-cue"):
        if i == 0 or not lang.speech_cues.match_at(texts, i):
            continue
        s = take_name_back(ctx, i)
        if s < i and _evidence(ctx, s, i):
            out.append(ctx.propose(s, i, Label.PERSON))
    return out


@RULES.register("age", triggers=["open-paren"], labels=PER, strong_evidence=True,
                example="নিহত রফিকুজ্জামান ( ৪৫ ) পেশায় কৃষক ছিলেন।")
def age_persons(ctx: Context) -> List[Candidate]:
    """A name before an age in parentheses: রফিকুজ্জামান ( ৪৫ )."""
    out: List[Candidate] = []
    texts, kinds, n = ctx.texts, ctx.kinds, ctx.n
    for i in ctx.positions("open-paren"):
        if 1 <= i < n - 2 and kinds[i + 1] == NUMBER and texts[i + 2] == ")" \
                and len(texts[i + 1]) <= 3:
            s = take_name_back(ctx, i)
            if s < i:
                out.append(ctx.propose(s, i, Label.PERSON))
    return out


@RULES.register("name-words", triggers=["name-word"], labels=PER, priority=PRIORITY_RULE - 5,
                example="মাঠে নেমেছিলেন সোহেল রানা।")
def lexicon_persons(ctx: Context) -> List[Candidate]:
    """Runs of name-like words with at least two known name parts (সোহেল রানা, আতাউর রহমান,
    কেসমত আলী মোল্লা), one unknown word and a family name that is nothing else (হারিছ
    মিয়া), a given name then words that are no everyday words (মাইকেল শুমাখারের), and a
    single known given name that is not an everyday word (সাকিব, এনামুলের)."""
    out: List[Candidate] = []
    texts, lang = ctx.texts, ctx.lang
    done = 0
    for i in ctx.positions("name-word"):
        if i < done or ctx.gaz_label[i] is not None or not ctx.is_namelike(i):
            continue
        # grow left and right over name-like words
        s = take_name_back(ctx, i + 1)
        if s > i:
            s = i
        e = take_name(ctx, i)
        if e <= i:
            e = i + 1
        done = e
        # one unknown word, then a family name that is nothing else, ends the name there
        # (হারিছ মিয়া কৃষিকাজ …: the name is হারিছ মিয়া)
        k = s + 2
        if k < e and ctx.kinds[s] == WORD and ctx.kinds[k - 1] == WORD \
                and not lang.is_name_word(texts[s]) and texts[s] not in lang.initials \
                and _surname_only(lang, lang.strip_ending(texts[k - 1], lang.is_name_as_written)[0]) \
                and not lang.is_name_word(texts[k]):
            e = k
        known = _evidence(ctx, s, e)
        words = sum(1 for k in range(s, e) if ctx.kinds[k] == WORD)
        # a family name that is nothing else after one unknown name-like word: হারিছ মিয়া
        last_stem = lang.strip_ending(texts[e - 1], lang.is_name_as_written)[0]
        surname_end = words == 2 and _surname_only(lang, last_stem) \
            and last_stem not in lang.institutions and not lang.is_common(texts[s])
        # a given name that is nothing else, then words that are no everyday words (মাইকেল
        # শুমাখারের, জর্জ ক্লুনি: a family name no list holds)
        given_start = lang.is_given_name(texts[s]) and not lang.is_common(texts[s]) and all(
            not lang.is_common(texts[k]) and texts[k] not in lang.frequent_words
            for k in range(s + 1, e) if ctx.kinds[k] == WORD)
        if words == 1 and lang.strip_ending(texts[s], lang.is_name_as_written)[1] in lang.locative:
            continue  # অন্তরায় ("obstacle"), not অন্তরা + য়: a lone name is rarely a place to be
        if known >= 2 or surname_end or given_start:
            out.append(ctx.propose(s, e, Label.PERSON))
    return out


#: what a one-word gazetteer match after a given name abroad may be, to be a family name
_SURNAME_LABELS = (Label.GPE, Label.LOC, Label.ORG)
MAX_GIVEN_ABROAD = 2  # given names before the family name (স্টিফেন জোসেফ হার্পার)


@RULES.register("surname-place", triggers=["given-name-abroad"], labels=PER,
                example="মেয়র মাইকেল ব্লুমবার্গ বলেন, তিনি প্রার্থী হবেন।")
def surname_places(ctx: Context) -> List[Candidate]:
    """A family name that the gazetteer knows as a city or a body: one or two Christian or
    world-news given names (``lang.given_names_abroad``: জর্জ, মাইকেল, স্টিফেন জোসেফ) and
    right after them, on the same line, one word the gazetteer gives a place or an
    organisation that outside lists also know as a person's name (the words of MultiCoNER's
    people, the outside family names: ওয়াশিংটন, ব্লুমবার্গ, হার্পার; compared with a
    conjunct written apart, so that the city's হ্যামিলটন is MultiCoNER's হ্যামিল্টন),
    written bare or in the genitive: জর্জ ওয়াশিংটন, মেয়র মাইকেল ব্লুমবার্গের, লুইস
    হ্যামিলটন.  The person rules stop a name at a word the gazetteer knows; this is the one
    place they cannot see.

    Not after a locative (জর্জ ওয়াশিংটনে: George in Washington), nor when the word starts
    or ends a longer gazetteer name; the given names that are everyday words (জন, পল:
    ``lang.everyday_given_names``) only right after a role."""
    out: List[Candidate] = []
    texts, kinds, n, lang = ctx.texts, ctx.kinds, ctx.n, ctx.lang
    abroad = lang.given_names_abroad
    gaz_label = ctx.gaz_label
    for i in ctx.positions("given-name-abroad"):
        if i > 0 and texts[i - 1] in abroad and ctx.same_line(i - 1, i):
            continue  # (the name starts at the first given name)
        if gaz_label[i] is not None:
            continue
        if texts[i] in lang.everyday_given_names and not (i > 0 and _role_at(ctx, i - 1)):
            continue
        k = i + 1
        while k < n and k - i < MAX_GIVEN_ABROAD and texts[k] in abroad \
                and gaz_label[k] is None and ctx.same_line(k - 1, k):
            k += 1
        if k >= n or kinds[k] != WORD or not ctx.same_line(k - 1, k) \
                or gaz_label[k] not in _SURNAME_LABELS:
            continue
        m = ctx.match_ending.get(k + 1)
        if m is None or m.ts != k or (m.ending and m.ending not in lang.genitive):
            continue  # a longer name, or a locative (ওয়াশিংটনে)
        if k + 1 < n and gaz_label[k + 1] is not None and ctx.same_line(k, k + 1):
            continue  # (two places in a row: a list, not a name)
        if not lang.is_person_name_word(m.stem):  # (read on first use)
            continue
        # (the base ends with the form the gazetteer matched: হার্পার, not হার্পা + র)
        base = ctx.text[ctx.starts[i]:ctx.starts[k]] + m.stem
        out.append(ctx.propose(i, k + 1, Label.PERSON, base))
    return out


@RULES.register("squad", triggers=["squad-cue"], labels=PER, priority=PRIORITY_GAZETTEER + 5,
                example="অস্ট্রেলিয়ার ওয়ানডে স্কোয়াড : ওয়ার্নার , ফিঞ্চ , ওয়াটসন , মার্শ , "
                        "ক্লার্ক ( অধিনায়ক ) ও বেইলি ।")
def squad_players(ctx: Context) -> List[Candidate]:
    """The names listed after a team's squad or eleven and a colon are its players, foreign
    ones no list holds included: অস্ট্রেলিয়ার ওয়ানডে স্কোয়াড : ওয়ার্নার , ফিঞ্চ , ক্লার্ক
    ( অধিনায়ক ) , কোল্টার-নাইল … ও ডোহার্টি ।

    The list runs from the colon (or a visarga glued to the cue, দলঃ) to the sentence's end
    on one line: five names or more, each one to three words (two joined by a hyphen count as
    one), a role in parentheses after it or not, separated by commas and the last by ও or
    এবং; no word a number, a verb, a stop word or a date word (a scorecard's ১১৯/৮ ( রনি ৩২
    … ) is no squad).  A list holding two
    names the gazetteer knows as something else but people (the teams of a tournament) is
    not one.  The rule's priority is above the gazetteer's, so that a player named like a
    city is a player here; a player the gazetteer knows as a person keeps its entry."""
    out: List[Candidate] = []
    texts, n, lang = ctx.texts, ctx.n, ctx.lang
    for c in ctx.positions("squad-cue"):
        if texts[c].endswith(lang.visarga):
            first = c + 1  # দলঃ: the visarga written for the colon, glued to the word
        elif c + 1 < n and texts[c + 1] in lang.colons:
            first = c + 2
        else:
            continue
        if first < n and ctx.same_line(c, first):
            players = _squad_list(ctx, first)
            if players is None or len(players) < MIN_SQUAD_PLAYERS:
                continue
            others = sum(1 for s, _ in players
                         if ctx.gaz_label[s] not in (None, Label.PERSON))
            if others >= 2:
                continue
            for s, e in players:
                m = ctx.match_ending.get(e)
                if m is not None and m.ts == s and ctx.strong_label(m) is Label.PERSON:
                    continue  # a player the gazetteer knows keeps its entry (and QID)
                out.append(ctx.propose(s, e, Label.PERSON))
    return out


def _squad_list(ctx: Context, k: int) -> Optional[List[Tuple[int, int]]]:
    """``(start, end)`` of each name of the squad list starting at token ``k`` (see
    :func:`squad_players`), or None when what follows is not such a list."""
    texts, kinds, n, lang = ctx.texts, ctx.kinds, ctx.n, ctx.lang
    first = k
    out: List[Tuple[int, int]] = []
    last = False  # (after ও / এবং: one more name, then the end)
    while True:
        s, words = k, 0
        while k < n and kinds[k] == WORD and words < MAX_SQUAD_NAME and ctx.same_line(first, k):
            w = texts[k]
            if w in lang.list_separators:
                break  # (ও before the last name)
            if w in lang.stop_words or lang.is_verb(w) or lang.is_date_word(w):
                return None
            words += 1
            k += 1
            if k + 1 < n and texts[k] == "-" and kinds[k + 1] == WORD \
                    and ctx.glued(k - 1, k) and ctx.glued(k, k + 1):
                k += 2  # কোল্টার-নাইল
        if not words or (k < n and kinds[k] == WORD and ctx.same_line(first, k)
                         and texts[k] not in lang.list_separators):
            return None  # nothing here, or a name too long to be one
        out.append((s, k))
        if k < n and texts[k] == "(" and ctx.same_line(first, k):
            j = k + 1
            while j < n and j - k <= MAX_SQUAD_ROLE + 2 and texts[j] != ")":
                j += 1
            if j >= n or texts[j] != ")" or not ctx.same_line(first, j):
                return None
            k = j + 1
        if k >= n or not ctx.same_line(first, k) or texts[k] in _SENTENCE_END:
            return out  # the sentence's (or line's) end
        if last:
            return None
        if texts[k] == ",":
            k += 1
        elif texts[k] in lang.list_separators:
            last = True
            k += 1
        else:
            return None
