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
        self._k = ctx_lang.knowledge()
        #: per word, what :func:`..spans.spans` needs to know (filled by it)
        self.span_facts: Dict[str, Tuple[bool, bool, bool, bool, bool]] = {}

    # ----------------------------------------------------------------------------- words
    def classes(self, w: str) -> Tuple[str, ...]:
        """The lists ``w`` is in (as written or through a case ending)."""
        hit = self._classes.get(w)
        if hit is not None:
            return hit
        lang, k = self.lang, self._k
        stems = lang.stems(w)
        stem = lang.strip_ending(w, self.gazetteer.knows)[0]
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
        if stem in lang.surnames:
            c.append("surname")
        if lang.is_name_word(w):
            c.append("name")
        if w in lang.roles or lang.is_compound_role(w):
            c.append("role")
        if w in lang.honorifics:
            c.append("honorific")
        if w in lang.particles:
            c.append("particle")
        if lang.is_initial(w):
            c.append("initial")
        if lang.org_heads.match_inflected((w,), 0)[0]:
            c.append("orghead")
        if lang.admin_units.match_inflected((w,), 0)[0] \
                or lang.settlements.match_inflected((w,), 0)[0]:
            c.append("unit")
        if lang.natural_features.match_inflected((w,), 0)[0]:
            c.append("feature")
        if any(st.endswith(lang.place_endings) for st, _ in stems):
            c.append("placeend")
        if stem in k["names_given"] or w in k["names_given"]:
            c.append("kgiven")
        if stem in k["names_family"] or w in k["names_family"]:
            c.append("kfamily")
        for table, tag in (("mc_person_names_words", "kper"), ("mc_place_names_words", "kloc"),
                           ("mc_org_names_words", "korg"), ("job_titles_words", "kjob"),
                           ("company_names_words", "kcomp")):
            if w in k[table] or stem in k[table]:
                c.append(tag)
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
        lex, affix, classes = self.word_parts(w, kind)
        if kind != WORD:
            return lex
        far = role in ("p2", "n2")
        out: Tuple[str, ...] = ()
        if "lex" not in drop or ctx:
            out = lex[:1] if far else lex
        if "affix" not in drop and not ctx:
            out += affix
        if "class" not in drop and not far:
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
