"""What the decider knows about a span: features of its words, of the words around it, and of
the evidence the gazetteer and the rules give for it.

Features are strings.  Most depend on one word and its role only (the span's first word
``f``, last word ``l``, inner words ``i``, the words before ``p1``/``p2`` and after
``n1``/``n2``), so the decider sums their weights once per word and role and keeps the sum
(:meth:`Features.word`); the others depend on the span (its length, the candidates of the
gazetteer and the rules that give exactly this span, what the first resolution chose around
it: :meth:`Features.span`).

Feature families (for the ablation of scripts/train_model.py): ``lex`` (the word itself and
its stem), ``affix`` (prefixes and suffixes, shape), ``class`` (the lists a word is in:
everyday words, name parts, roles, heads, outside knowledge), ``ctx`` (the words around),
``gaz`` (gazetteer evidence), ``rule`` (the rules' candidates and the first resolution),
``list`` (punctuation and list separators around).
"""

from __future__ import annotations

from typing import (TYPE_CHECKING, Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence,
                    Tuple)

from ...text.tokenize import NUMBER, PUNCT, WORD

if TYPE_CHECKING:  # pragma: no cover
    from ...models import Label
    from ..candidate import Candidate
    from ..context import Context

__all__ = ["Features", "FAMILIES", "WORD_ROLES", "EDGE", "family_of", "cover", "overlaps"]

EDGE = -1  # the token kind of a position before the text's start or after its end

WORD_ROLES = ("f", "l", "i", "p1", "p2", "n1", "n2")
FAMILIES = ("lex", "affix", "class", "ctx", "gaz", "rule", "list")
MAX_LEN = 6
#: the knowledge tables of whole names a span may be (``kx=`` features), with their tags
NAME_TABLES = (("mc_person_names", "PER"), ("mc_place_names", "LOC"), ("mc_org_names", "ORG"),
               ("job_titles", "JOB"), ("company_names", "ORG"))
_CACHE = 500_000  # words (or word-role pairs) kept per cache before it is emptied
#: the tables of words of outside names a word or its stem may be in, with their classes
_KNOWLEDGE_WORDS = (("mc_person_names_words", "kper"), ("mc_place_names_words", "kloc"),
                    ("mc_org_names_words", "korg"), ("job_titles_words", "kjob"),
                    ("company_names_words", "kcomp"))
#: a bit per list of :meth:`Features._class_bits`
_BIT = {tag: 1 << i for i, tag in enumerate(
    ("role", "honorific", "particle", "surname", "orghead", "unit", "feature", "kgiven",
     "kfamily") + tuple(tag for _, tag in _KNOWLEDGE_WORDS))}
_ROLE, _HONORIFIC, _PARTICLE, _SURNAME = (_BIT[t] for t in ("role", "honorific", "particle",
                                                             "surname"))
#: the classes of any of a word's stems, and of the word or its stem, in their order
_STEM_TAGS = tuple((tag, _BIT[tag]) for tag in ("orghead", "unit", "feature"))
_EITHER_TAGS = tuple((tag, _BIT[tag]) for tag in ("kgiven", "kfamily")
                     + tuple(tag for _, tag in _KNOWLEDGE_WORDS))
_STEM_BITS = sum(bit for _, bit in _STEM_TAGS)
_EITHER_BITS = sum(bit for _, bit in _EITHER_TAGS)


def family_of(feature: str) -> str:
    """The family a feature belongs to (see the module docstring)."""
    head = feature.split("=", 1)[0]
    role, dot, kind = head.partition(".")
    if dot:
        if role in ("p1", "p2", "n1", "n2"):
            return "ctx"
        return {"w": "lex", "s": "lex", "c": "class", "p": "list"}.get(kind, "affix")
    return {"r": "rule", "rs": "rule", "ch": "rule", "ov": "rule", "gin": "gaz",
            "kx": "class", "lst": "list"}.get(head, "affix")


class Features:
    """Feature strings of words (cached per word and role) and of spans, for one pipeline's
    language data and gazetteer."""

    def __init__(self, ctx_lang, gazetteer, drop: Iterable[str] = ()) -> None:
        self.lang = ctx_lang
        self.gazetteer = gazetteer
        self.drop: FrozenSet[str] = frozenset(drop)  # feature families left out (ablation)
        self._words: Dict[Tuple[str, str], Tuple[str, ...]] = {}
        self._parts: Dict[str, tuple] = {}
        self._classes: Dict[str, Tuple[str, ...]] = {}
        self._bits: Optional[Dict[str, int]] = None  # (:meth:`_class_bits`)
        self._name_lengths: Optional[Dict[str, FrozenSet[int]]] = None  # (:meth:`name_lengths`)
        self._k = ctx_lang.knowledge()
        #: per word, what :func:`..spans.spans` needs to know (filled by it)
        self.span_facts: Dict[str, Tuple[bool, bool, bool, bool, bool]] = {}

    # ----------------------------------------------------------------------------- words
    def name_lengths(self) -> Dict[str, FrozenSet[int]]:
        """The first word of every name of the knowledge tables of :data:`NAME_TABLES`, with
        the names' lengths in words: a span is looked up in the tables only if some name
        starts like it and is as long (computed once, for every register)."""
        if self._name_lengths is None:
            lengths: Dict[str, set] = {}
            for table, _ in NAME_TABLES:
                for name in self._k[table]:
                    lengths.setdefault(name.split(" ", 1)[0], set()).add(name.count(" ") + 1)
            self._name_lengths = {w: frozenset(ls) for w, ls in lengths.items()}
        return self._name_lengths

    def _class_bits(self) -> Dict[str, int]:
        """The words of the lists :meth:`classes` looks words up in, each with a bit per list
        (:data:`_BIT`): one dict lookup per form instead of one per list (built on first
        use: a few thousand words)."""
        bits = self._bits
        if bits is None:
            lang, k = self.lang, self._k
            bits = {}
            lists = [("role", lang.roles.single_words()),
                     ("honorific", lang.honorifics.single_words()),
                     ("particle", lang.particles), ("surname", lang.surnames),
                     ("orghead", lang.org_heads.single_words()),
                     ("unit", lang.admin_units.single_words()
                      | lang.settlements.single_words()),
                     ("feature", lang.natural_features.single_words()),
                     ("kgiven", k["names_given"]), ("kfamily", k["names_family"])]
            lists += [(tag, k[table]) for table, tag in _KNOWLEDGE_WORDS]
            for tag, words in lists:
                bit = _BIT[tag]
                for word in words:
                    bits[word] = bits.get(word, 0) | bit
            self._bits = bits
        return bits

    def classes(self, w: str) -> Tuple[str, ...]:
        """The lists ``w`` is in (as written or through a case ending), in a fixed order:
        ``stop``, ``verb``, ``common``, ``freq``, ``given``, ``surname`` (its stem),
        ``name``, ``role`` (as written, or a compound role), ``honorific``, ``particle``,
        ``initial``, ``orghead``, ``unit``, ``feature`` (any of its stems is a one-word
        head, unit or natural feature), ``placeend`` (any stem ends like a place),
        ``kgiven``, ``kfamily`` and the words of MultiCoNER's and Faker's names (the word or
        its stem), then the gazetteer's labels of the word; ``none`` if it is in none."""
        hit = self._classes.get(w)
        if hit is not None:
            return hit
        lang = self.lang
        table = self._bits if self._bits is not None else self._class_bits()
        stem = lang.strip_ending(w, self.gazetteer.knows)[0]
        as_written = table.get(w, 0)
        of_stem = table.get(stem, 0) if stem != w else as_written
        of_stems, place_end, place_endings = 0, False, lang.place_endings
        for st, _ in lang.stems(w):
            of_stems |= table.get(st, 0)
            place_end = place_end or st.endswith(place_endings)
        either = as_written | of_stem
        c = []
        if w in lang.stop_words:
            c.append("stop")
        if lang.is_verb(w):
            c.append("verb")
        if lang.is_common(w):
            c.append("common")
        if w in lang.frequent_words:
            c.append("freq")
        if lang.is_given_name(w):
            c.append("given")
        if of_stem & _SURNAME:
            c.append("surname")
        if lang.is_name_word(w):
            c.append("name")
        if as_written & _ROLE or lang.is_compound_role(w):
            c.append("role")
        if as_written & _HONORIFIC:
            c.append("honorific")
        if as_written & _PARTICLE:
            c.append("particle")
        if lang.is_initial(w):
            c.append("initial")
        if of_stems & _STEM_BITS:
            c.extend(tag for tag, bit in _STEM_TAGS if of_stems & bit)
        if place_end:
            c.append("placeend")
        if either & _EITHER_BITS:
            c.extend(tag for tag, bit in _EITHER_TAGS if either & bit)
        hit = self.gazetteer.match_word(w)
        if hit is not None:
            entries = self.gazetteer.entries
            for eid, weak in hit[0][:2]:
                c.append(f"gaz{entries[eid].label.value}{'w' if weak else ''}")
        if not c:
            c.append("none")
        if len(self._classes) > _CACHE:  # bounded over a long archive
            self._classes.clear()
        out = self._classes[w] = tuple(c)
        return out

    def word_parts(self, w: str, kind: int) -> Tuple[Tuple[str, ...], Tuple[str, ...],
                                                       Tuple[str, ...]]:
        """What the features of token ``w`` (of token kind ``kind``) are made of, whatever
        its role: ``(lex, affix, classes)``, each feature without its role's prefix (cached
        per token; a word's features in a role are the role's choice of them:
        :meth:`role_parts`)."""
        hit = self._parts.get(w)
        if hit is not None and hit[0] == kind:
            return hit[1]
        if kind == EDGE:
            parts: Tuple[Tuple[str, ...], Tuple[str, ...], Tuple[str, ...]] = (("edge",), (), ())
        elif kind == PUNCT:
            parts = ((f"p={w}",), (), ())
        elif kind == NUMBER:
            parts = (("num",), (), ())
        elif kind != WORD:
            parts = (("sym",), (), ())
        else:
            stem = self.lang.strip_ending(w, self.gazetteer.knows)[0]
            ending = w[len(stem):]
            parts = ((f"w={w}", f"s={stem}"),
                     (f"x2={stem[-2:]}", f"x3={stem[-3:]}", f"p2={stem[:2]}", f"e={ending}",
                      f"len={min(len(stem), 10)}", f"shape={_shape(w)}"),
                     tuple(f"c={c}" for c in self.classes(w)))
        if len(self._parts) > _CACHE:  # bounded over a long archive
            self._parts.clear()
        self._parts[w] = (kind, parts)
        return parts

    def role_parts(self, w: str, kind: int, role: str) -> Tuple[str, ...]:
        """The features of token ``w`` in ``role``, without the role's prefix, in order: the
        word itself and its stem (the stem not two words away), its prefixes, suffixes,
        ending, length and script (only as the span's own word), the lists it is in (not two
        words away); a punctuation mark, a number, a symbol or the text's edge is just that."""
        drop = self.drop
        ctx = role in ("p1", "p2", "n1", "n2")
        if ctx and "ctx" in drop:
            return ()
        if kind == WORD and role in ("p2", "n2"):  # (the word alone: no lists looked up)
            return (f"w={w}",)
        lex, affix, classes = self.word_parts(w, kind)
        if kind != WORD:
            return lex
        out: Tuple[str, ...] = ()
        if "lex" not in drop or ctx:
            out = lex
        if "affix" not in drop and not ctx:
            out += affix
        if "class" not in drop:
            out += classes
        return out

    def word(self, w: str, kind: int, role: str) -> Tuple[str, ...]:
        """The features of token ``w`` (of token kind ``kind``) in ``role``."""
        key = (w, role)
        hit = self._words.get(key)
        if hit is not None:
            return hit
        out = tuple(f"{role}.{x}" for x in self.role_parts(w, kind, role))
        if len(self._words) > _CACHE:
            self._words.clear()
        hit = self._words[key] = out
        return hit

    # ----------------------------------------------------------------------------- spans
    @staticmethod
    def roles_of(ctx: "Context", ts: int, te: int) -> List[Tuple[str, int, str]]:
        """``(token, kind, role)`` of every word-level feature group of span ``ts``–``te``:
        its first, last and inner words and two words on each side (``EDGE`` beyond the
        text)."""
        texts, kinds, n = ctx.texts, ctx.kinds, ctx.n
        out = [(texts[ts], kinds[ts], "f"), (texts[te - 1], kinds[te - 1], "l")]
        out += [(texts[i], kinds[i], "i") for i in range(ts + 1, te - 1)]
        for i, role in ((ts - 1, "p1"), (ts - 2, "p2"), (te, "n1"), (te + 1, "n2")):
            out.append((texts[i], kinds[i], role) if 0 <= i < n else ("", EDGE, role))
        return out

    def all(self, ctx: "Context", ts: int, te: int, exact: Sequence["Candidate"],
            chosen_at: Dict[Tuple[int, int], "Candidate"],
            cover: Sequence[Optional["Candidate"]]) -> List[str]:
        """Every feature of span ``ts``–``te`` (what the training script records; the decider
        sums the same features, a word's by the word)."""
        out: List[str] = []
        for w, kind, role in self.roles_of(ctx, ts, te):
            out.extend(self.word(w, kind, role))
        out.extend(self.span(ctx, ts, te, exact, chosen_at, cover))
        return out

    def span(self, ctx: "Context", ts: int, te: int, exact: Sequence["Candidate"],
             chosen_at: Dict[Tuple[int, int], "Candidate"],
             cover: Sequence[Optional["Candidate"]]) -> List[str]:
        """The features of span ``ts``–``te`` that are not one word's: ``exact`` holds the
        candidates that give exactly this span; ``chosen_at`` and ``cover`` the first
        resolution by span and by token (:func:`cover`)."""
        drop = self.drop
        n_words = te - ts
        out = [f"len={min(n_words, MAX_LEN)}"]
        if "rule" not in drop:
            for c in exact:
                src = "gazetteer" if c.source.startswith("gazetteer:") else c.source
                out.append(f"r={src}")
                out.append(f"r={src}:{c.label.value}")
                out.append(f"rs={c.source}:{c.label.value}")
            ch = chosen_at.get((ts, te))
            if ch is not None:
                out.append(f"ch={ch.label.value}")
            else:
                for rel, label in overlaps(cover, ts, te):
                    out.append(f"ov={rel}:{label.value}")
        if "gaz" not in drop:
            labels = {g for g in ctx.gaz_label[ts:te] if g is not None}
            for g in labels:
                out.append(f"gin={g.value}")
        if "class" not in drop:
            k = self._k
            key = " ".join(ctx.texts[ts:te])
            for table, tag in NAME_TABLES:
                if key in k[table]:
                    out.append(f"kx={tag}")
        if "list" not in drop:
            texts, n = ctx.texts, ctx.n
            before = texts[ts - 1] if ts > 0 else "^"
            after = texts[te] if te < n else "$"
            if before == "(" and after == ")":
                out.append("lst=paren")
            if ts > 0 and before in ctx.lang.list_separators:
                out.append("lst=after-sep")
            if te < n and after in ctx.lang.list_separators:
                out.append("lst=before-sep")
            if ts == 0 or not ctx.same_line(ts - 1, ts):
                out.append("lst=line-start")
        return out


def overlaps(covered: Sequence[Optional["Candidate"]], ts: int, te: int
             ) -> Iterator[Tuple[str, "Label"]]:
    """``(relation, label)`` of each candidate of the first resolution over span ``ts``–``te``
    (``covered``: :func:`cover`), in text order: ``in`` the span, ``out`` around it, or
    ``cross`` its edge."""
    seen = None
    for c in covered[ts:te]:
        if c is None or c is seen:
            continue
        seen = c
        yield ("in" if ts <= c.ts and c.te <= te else
               "out" if c.ts <= ts and te <= c.te else "cross"), c.label


def cover(n: int, chosen: Sequence["Candidate"]) -> List[Optional["Candidate"]]:
    """For each of ``n`` tokens, the candidate of ``chosen`` (non-overlapping, as resolve
    gives them) that covers it, or None: what overlaps a span is read from its tokens, not
    by scanning the document's entities for every span."""
    out: List[Optional["Candidate"]] = [None] * n
    for c in chosen:
        out[c.ts:c.te] = [c] * (c.te - c.ts)
    return out


def _shape(w: str) -> str:
    first = w[0]
    if "\u0980" <= first <= "\u09ff":
        return "bn"
    if first.isascii():
        return "latin"
    return "other"
