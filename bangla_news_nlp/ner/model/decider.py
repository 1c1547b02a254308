"""The trained decider: which spans are people, places and organisations, weighing the
gazetteer's and the rules' evidence with what the training data taught.

For each document:

1. the **register** of the text is told (news prose, ``N``, or encyclopedic sentences such
   as Wikipedia's, ``W``), by a logistic regression over its distinct tokens (L2-normalised
   so that an article and a sentence score alike;
   ``W`` only above a threshold picked by cross-validation, and never for a text with fewer
   than :data:`ROUTER_MIN_WORDS` words the router knows): the two training sets annotate
   some things differently (the news data tags the police and the government as
   organisations and places in the genitive, the encyclopedic data mostly names in running
   text), and the decider follows the conventions of the register it reads;
2. every span to weigh (:mod:`.spans`) gets a probability of being a person, a place, an
   organisation or nothing, from a multinomial logistic regression over its features
   (:mod:`.features`), with the weights of that register;
3. the most probable spans are taken (longest never wins by length): the most probable
   first, each if it is more likely an entity than not by the register's threshold
   ``theta`` and overlaps nothing taken;
4. each taken span keeps the provenance of the evidence: the gazetteer entry or rule that
   proposed exactly that span with that type (its ``source``, canonical name and Wikidata
   id), else ``source="model"`` (with the canonical name of a gazetteer entity at its end,
   or of the one word the gazetteer knows);
5. in news (the registers listed in the model's ``keep_gazetteer``), what the lists give is
   taken first, before the decider's spans: the names of the shipped gazetteers, the
   mentions the rules linked to one of them (a later short mention, a name with its
   prefix), and what the user added; the lists are curated for news, and a name the editors
   listed is not dropped or retyped because the statistics are unsure of it.  In every
   register, what the user added (gazetteer files and entries, rules) and the nationalities
   (NORP: the decider does not decide them) stay where the decider took no span over them,
   and a span the decider calls a place that the rules called a nationality stays one.

The model file (``decider.json.gz``, made by ``scripts/train_model.py``) is gzipped JSON:
never a pickle.  It is read on the first document, in a fraction of a second.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import math
import sys
import threading
import zlib
from array import array
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Sequence, Tuple

from ...errors import ModelError
from ...models import Label
from ...text.tokenize import WORD
from ..candidate import PRIORITY_GAZETTEER, Candidate
from .features import EDGE, MAX_LEN, NAME_TABLES, WORD_ROLES, Features, cover, overlaps
from .spans import spans as candidate_spans

if TYPE_CHECKING:  # pragma: no cover
    from ..context import Context
    from .vocabulary import WordVectors

__all__ = ["Decider", "ModelError", "MODEL_FILE", "FORMAT"]

MODEL_FILE = Path(__file__).resolve().parent / "decider.json.gz"
#: fewer distinct tokens the router knows than this: the text is read as news
ROUTER_MIN_WORDS = 5
FORMAT = 2  # 1: weights as JSON lists (slow to read); 2: float32 rows in base64
SOURCE = "model"
_TO_LABEL = {"PER": Label.PERSON, "ORG": Label.ORG, "LOC": Label.GPE}
_PLACES = (Label.GPE, Label.LOC)
_ROLE_PREFIXES = tuple(f"{r}." for r in ("f", "l", "i", "p1", "p2", "n1", "n2"))


class Decider:
    """A trained decider for one pipeline's language data and gazetteer.

    :param path: the model file (default: the one shipped in the package).
    :param only_encyclopedic: decide only where the router does not read news (the registers
        not listed in the model's ``keep_gazetteer``); in news the rules' and lists' choice
        stands as it is, and the decider's per-word work is not done (``Pipeline(model="auto")``).
    """

    def __init__(self, lang, gazetteer, path: Optional[Path] = None,
                 only_encyclopedic: bool = False) -> None:
        self.path = Path(path) if path is not None else MODEL_FILE
        self.only_encyclopedic = bool(only_encyclopedic)
        self.features = Features(lang, gazetteer)
        self._lock = threading.Lock()
        self._loaded = False
        self._role: Dict[Tuple[str, str], Dict[str, Tuple[float, ...]]] = {}
        self._span_scorers: Dict[str, "_SpanScorer"] = {}
        self._cuts: Dict[str, Tuple[float, List[int], Callable]] = {}  # (:meth:`_cut`)
        #: the vocabulary's vectors from the cache directory (:mod:`.vocabulary`), looked for
        #: on the first document
        self._vocab: Optional["WordVectors"] = None
        self._vocab_checked = False

    def __repr__(self) -> str:
        auto = ", only_encyclopedic=True" if self.only_encyclopedic else ""
        return f"Decider({str(self.path)!r}{auto})"

    def forget(self) -> None:
        """Drop what is cached per word (after the gazetteer gained entries)."""
        self.features = Features(self.features.lang, self.features.gazetteer)
        self._role = {}
        self._span_scorers = {}
        self._vocab, self._vocab_checked = None, False

    def _bind(self, ctx: "Context") -> None:
        # the pipeline's gazetteer may be replaced after building (a worker's copy): follow it
        gazetteer = ctx.knowledge.gazetteer
        if gazetteer is not self.features.gazetteer or ctx.lang is not self.features.lang:
            self.features = Features(ctx.lang, gazetteer)
            self._role = {}
            self._span_scorers = {}
            self._vocab, self._vocab_checked = None, False
        if not self._vocab_checked:
            self._use_vocabulary(ctx)

    def _use_vocabulary(self, ctx: "Context") -> None:
        """Take the vocabulary's vectors and span facts from the cache directory (computed
        and written there the first time: :mod:`.vocabulary`)."""
        from .vocabulary import cached_vectors

        self.load()  # (before the lock: load takes it)
        with self._lock:
            if self._vocab_checked:
                return
            vocab = cached_vectors(self, ctx.knowledge)
            if vocab is not None:
                facts = dict(vocab.facts)
                facts.update(self.features.span_facts)
                self.features.span_facts = facts
            self._vocab, self._vocab_checked = vocab, True

    # ------------------------------------------------------------------------- loading
    def load(self) -> None:
        """Read the model file (done on the first document otherwise; a file already read
        by another pipeline of the process, unchanged since, is shared).

        :raises ModelError: the file cannot be read or is not a decider model.
        """
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            self.__dict__.update(_read(self.path).__dict__)
            self._loaded = True

    # ------------------------------------------------------------------------- register
    def register(self, texts: Sequence[str]) -> str:
        """The register (training domain) of a text, from the distinct tokens the router
        knows (a logistic regression over their L2-normalised indicator vector, so a long
        article and a sentence score alike); the second register only above the model's
        threshold, and only with :data:`ROUTER_MIN_WORDS` such tokens or more: a text too
        short to tell (a headline, a name) is read in the first, news."""
        self.load()
        weights = self.router_weights
        known = [weights[t] for t in weights.keys() & texts]  # (the distinct tokens it knows)
        if len(known) < ROUTER_MIN_WORDS:
            return self.router_domains[0]
        score = self.router_bias + sum(known) / math.sqrt(len(known))
        return self.router_domains[1] if score > self.router_cut else self.router_domains[0]

    # ------------------------------------------------------------------------- scoring
    def _vector(self, feats: Sequence[str], weights: array,
                index: Optional[Dict[str, int]] = None) -> Tuple[float, ...]:
        """The summed weights of ``feats`` for each class, looked up in ``index`` (default:
        the model's index of whole feature strings)."""
        if index is None:
            index = self.index
        if len(self.classes) == 4:  # (the shipped model: the loop over classes unrolled)
            a = b = c = d = 0.0
            for f in feats:
                i = index.get(f)
                if i is not None:
                    a += weights[i]
                    b += weights[i + 1]
                    c += weights[i + 2]
                    d += weights[i + 3]
            return (a, b, c, d)
        k = len(self.classes)
        v = [0.0] * k
        for f in feats:
            i = index.get(f)
            if i is not None:
                for j in range(k):
                    v[j] += weights[i + j]
        return tuple(v)

    def _role_cache(self, role: str, domain: str) -> Dict[str, Tuple[float, ...]]:
        """The vectors of the tokens seen in ``role`` (bounded over a long archive)."""
        cache = self._role.get((role, domain))
        if cache is None or len(cache) > 200_000:
            cache = self._role[(role, domain)] = {}
        return cache

    def _role_vector(self, role: str, domain: str, t: str, kind: int) -> Tuple[float, ...]:
        """The score vector of token ``t`` in ``role`` (cached per token: a string is always
        tokenised to the same kind): the summed weights of :meth:`.Features.word`, looked up
        by the features without their role's prefix in the role's own index, so that no
        string is built per role."""
        cache = self._role_cache(role, domain)
        v = cache.get(t)
        if v is None:
            v = self._new_vector(cache, role, domain, t, kind)
        return v

    def _new_vector(self, cache: Dict[str, Tuple[float, ...]], role: str, domain: str,
                    t: str, kind: int) -> Tuple[float, ...]:
        """:meth:`_role_vector` of a token not in ``cache`` (the role's), kept there."""
        v = None
        vocab = self._vocab
        if vocab is not None and kind == WORD:  # a word of the lists: computed already
            v = vocab.vector(t, role, domain)
        if v is None:
            v = self._vector(self.features.role_parts(t, kind, role),
                             self.weights[domain], self.role_index[role])
        cache[t] = v
        return v

    def scores(self, ctx: "Context", cands: Sequence[Candidate],
               chosen: Sequence[Candidate], domain: str,
               skip: Optional[bytearray] = None
               ) -> List[Tuple[Tuple[int, int], Tuple[float, ...]]]:
        """Every span to weigh with its score for each class (:attr:`classes`; the softmax of
        the scores is :meth:`probabilities`); with ``skip`` (a flag per token), none of the
        spans over a flagged token.

        A span's score is the sum of what depends on its start (the register's bias, the
        vectors of its first word and of the two words before), of what depends on its end
        (the vectors of its last word and of the two words after; each summed once per
        position, each token's vector in a role looked up once per document, only where some
        span needs it), of the span's own features (:class:`_SpanScorer`, without building
        their strings) and of its inner words (a difference of prefix sums over the tokens
        inside some span): the weights of
        the features :meth:`.Features.all` lists for the span, which the training script
        records (up to the rounding of a different order of addition; tests/ner/test_model.py
        checks it)."""
        self.load()
        bias = tuple(self.bias[domain])
        k = len(self.classes)
        out: List[Tuple[Tuple[int, int], Tuple[float, ...]]] = []
        spans = candidate_spans(ctx, cands, self.features.span_facts, skip)
        if not spans:
            return out
        span_vector = self._span_scorer(domain).prepare(ctx, cands, chosen)
        texts, kinds, n = ctx.texts, ctx.kinds, ctx.n
        rv, new = self._role_vector, self._new_vector
        edge = {role: rv(role, domain, "", EDGE) for role in ("p1", "p2", "n1", "n2")}
        zero = (0.0,) * k
        inside = bytearray(n)
        for ts, te in spans:
            if te - ts > 2:
                inside[ts + 1:te - 1] = b"\x01" * (te - ts - 2)
        ci, cf, cl, cp1, cp2, cn1, cn2 = (self._role_cache(role, domain) for role in
                                          ("i", "f", "l", "p1", "p2", "n1", "n2"))
        prefix = [zero]
        last = zero
        for i in range(n):
            if inside[i]:
                t = texts[i]
                vec = ci.get(t) or new(ci, "i", domain, t, kinds[i])
                if k == 4:
                    last = (last[0] + vec[0], last[1] + vec[1], last[2] + vec[2],
                            last[3] + vec[3])
                else:
                    last = tuple(x + y for x, y in zip(last, vec))
            prefix.append(last)
        four = k == 4

        def vec(cache, role, i):  # (token i's vector in role: the text's edge beyond it)
            if i < 0 or i >= n:
                return edge[role]
            t = texts[i]
            return cache.get(t) or new(cache, role, domain, t, kinds[i])

        # a span's score: what depends on its start (the bias, its first word, two words
        # before), what depends on its end (its last word, two words after), each summed
        # once per position (the spans come sorted by start), its own features and its inner
        # words
        at_end: List[Optional[Tuple[float, ...]]] = [None] * (n + 1)
        start_ts = -1
        begin = zero
        for ts, te in spans:
            if ts != start_ts:
                start_ts = ts
                f, p1, p2 = vec(cf, "f", ts), vec(cp1, "p1", ts - 1), vec(cp2, "p2", ts - 2)
                if four:
                    begin = (bias[0] + f[0] + p1[0] + p2[0], bias[1] + f[1] + p1[1] + p2[1],
                             bias[2] + f[2] + p1[2] + p2[2], bias[3] + f[3] + p1[3] + p2[3])
                else:
                    begin = tuple(map(sum, zip(bias, f, p1, p2)))
            ending = at_end[te]
            if ending is None:
                lv, n1, n2 = vec(cl, "l", te - 1), vec(cn1, "n1", te), vec(cn2, "n2", te + 1)
                if four:
                    ending = (lv[0] + n1[0] + n2[0], lv[1] + n1[1] + n2[1],
                              lv[2] + n1[2] + n2[2], lv[3] + n1[3] + n2[3])
                else:
                    ending = tuple(map(sum, zip(lv, n1, n2)))
                at_end[te] = ending
            sv = span_vector(ts, te)
            if four:  # (the shipped model: unrolled)
                a = begin[0] + ending[0] + sv[0]
                b = begin[1] + ending[1] + sv[1]
                c = begin[2] + ending[2] + sv[2]
                d = begin[3] + ending[3] + sv[3]
                if te - ts > 2:
                    hi, lo = prefix[te - 1], prefix[ts + 1]
                    a += hi[0] - lo[0]
                    b += hi[1] - lo[1]
                    c += hi[2] - lo[2]
                    d += hi[3] - lo[3]
                out.append(((ts, te), (a, b, c, d)))
                continue
            parts = (begin, ending, sv)
            if te - ts > 2:
                hi, lo = prefix[te - 1], prefix[ts + 1]
                parts += (tuple(x - y for x, y in zip(hi, lo)),)
            out.append(((ts, te), tuple(sum(col) for col in zip(*parts))))
        return out

    def probabilities(self, ctx: "Context", cands: Sequence[Candidate],
                      chosen: Sequence[Candidate], domain: str,
                      skip: Optional[bytearray] = None
                      ) -> List[Tuple[Tuple[int, int], List[float]]]:
        """Every span to weigh with the probability of each class (:attr:`classes`): the
        softmax of :meth:`scores`."""
        return [(span, _softmax(v)) for span, v in self.scores(ctx, cands, chosen, domain, skip)]

    def _span_scorer(self, domain: str) -> "_SpanScorer":
        scorer = self._span_scorers.get(domain)
        if scorer is None:
            scorer = self._span_scorers[domain] = _SpanScorer(self, domain)
        return scorer

    # ------------------------------------------------------------------------- deciding
    def decide(self, ctx: "Context", cands: Sequence[Candidate],
               chosen: Sequence[Candidate]) -> List[Candidate]:
        """The entities of the document, in text order (see the module docstring)."""
        self.load()
        domain = self.register(ctx.texts)
        if self.only_encyclopedic and domain in self.keep_gazetteer:
            return list(chosen)  # news: the rules' choice, as without the decider
        self._bind(ctx)
        theta = self.theta[domain]
        none = self.none
        taken = bytearray(ctx.n)
        out: List[Candidate] = []
        news = domain in self.keep_gazetteer
        if news:  # in news, what the lists and the user gave is taken first
            for c in chosen:
                if _users_or_listed(c, news) or c.canonical is not None:
                    taken[c.ts:c.te] = b"\x01" * (c.te - c.ts)
                    out.append(c)
        scored = []
        cut, others, rest = self._cut(domain)
        # (a span over what is taken already could not be taken: it is not scored)
        for (ts, te), v in self.scores(ctx, cands, chosen, domain,
                                       skip=taken if out else None):
            if max(rest(v)) - v[none] <= cut:
                continue
            p = _softmax(v)
            j = max(others, key=p.__getitem__)
            if p[j] > theta * p[none]:
                scored.append((-p[j], ts, te, self.classes[j]))
        scored.sort()
        by_span: Dict[Tuple[int, int], List[Candidate]] = {}
        by_end: Dict[int, List[Candidate]] = {}
        norp: Dict[Tuple[int, int], Candidate] = {}
        if scored:
            for c in cands:
                by_span.setdefault((c.ts, c.te), []).append(c)
                by_end.setdefault(c.te, []).append(c)
            norp = {(c.ts, c.te): c for c in chosen if c.label == Label.NORP}
        for _, ts, te, cls in scored:
            if any(taken[ts:te]):
                continue
            taken[ts:te] = b"\x01" * (te - ts)
            if cls == "LOC" and (ts, te) in norp:  # a nationality stays one (labels.md)
                out.append(norp[(ts, te)])
                continue
            out.append(self._entity(ctx, ts, te, cls, by_span.get((ts, te), ()), by_end))
        for c in chosen:  # what the decider left alone (module docstring, 5.)
            if any(taken[c.ts:c.te]):
                continue
            if c.label == Label.NORP or _users_or_listed(c, news):
                taken[c.ts:c.te] = b"\x01" * (c.te - c.ts)
                out.append(c)
        out.sort(key=lambda c: c.ts)
        return out

    def _cut(self, domain: str) -> Tuple[float, List[int], Callable]:
        """What :meth:`decide` tests a span's scores with in ``domain``: p[j] > theta *
        p[none] for the most probable class j is tested first on the scores (exp is
        monotonic; the margin covers rounding) against the cut, then exactly as the
        probabilities say, so that the softmax is computed only for the spans that may pass;
        the classes other than none, and a function giving their scores."""
        hit = self._cuts.get(domain)
        if hit is None:
            theta, none = self.theta[domain], self.none
            cut = math.log(theta) - 1e-9 if theta > 0 else -math.inf
            others = [i for i in range(len(self.classes)) if i != none]
            rest = itemgetter(*others) if len(others) > 1 else (lambda v: (v[others[0]],))
            hit = self._cuts[domain] = (cut, others, rest)
        return hit

    @staticmethod
    def _entity(ctx: "Context", ts: int, te: int, cls: str, same: Sequence[Candidate],
                by_end: Dict[int, List[Candidate]]) -> Candidate:
        label = _TO_LABEL[cls]
        ok = [c for c in same if c.label == label or (label in _PLACES and c.label in _PLACES)]
        if ok:  # the evidence the decider confirmed keeps its provenance
            return min(ok, key=lambda c: (-c.priority, c.rank, c.label.value))
        if label == Label.GPE and ctx.lang.natural_features.match_inflected(ctx.texts, te - 1)[0]:
            label = Label.LOC
        c = Candidate(ts, te, label, ctx.base_of(ts, te), SOURCE, 0)
        inner = [x for x in by_end.get(te, ()) if x.ts >= ts and x.canonical is not None
                 and x.priority >= PRIORITY_GAZETTEER
                 and (x.label == label or (label in _PLACES and x.label in _PLACES))]
        if inner:
            best = min(inner, key=lambda x: (x.ts, -x.priority, x.rank))
            c.canonical, c.kb_id, c.eid = best.canonical, best.kb_id, best.eid
        elif te - ts == 1:  # one word the gazetteer knows, inside a longer name it proposed
            hit = ctx.gazetteer.match_word(ctx.texts[ts])
            if hit is not None:
                entries = ctx.gazetteer.entries
                for eid, weak in hit[0]:
                    e = entries[eid]
                    if not weak and (e.label == label or (label in _PLACES
                                                         and e.label in _PLACES)):
                        c.canonical, c.kb_id, c.eid = e.canonical, e.kb_id, eid
                        break
        return c


def _softmax(v: Sequence[float]) -> List[float]:
    top = max(v)
    ex = [math.exp(x - top) for x in v]
    total = sum(ex)
    return [x / total for x in ex]


class _SpanScorer:
    """The summed weights of a span's own features, exactly as :meth:`.Features.span` lists
    them (the same features, in the same order), without building their strings: the
    vector of each feature is looked up once per model, what depends on one position
    (list separators, line starts) once per document, and a span's candidates, overlaps,
    gazetteer labels and names of the knowledge tables only where there are some.
    ``tests/ner/test_model.py`` checks it against :meth:`.Features.span` on real text."""

    def __init__(self, decider: "Decider", domain: str) -> None:
        features = decider.features
        if features.drop:  # pragma: no cover (only the training script drops families)
            raise ValueError("a span scorer needs every feature family")
        self._decider = decider
        self._weights = decider.weights[domain]
        self._one: Dict[str, Optional[Tuple[float, ...]]] = {}
        self._k = len(decider.classes)
        self._zero = (0.0,) * self._k
        self._len = [self.one(f"len={i}") for i in range(MAX_LEN + 1)]
        self._exact: Dict[Tuple[str, Label], List[Tuple[float, ...]]] = {}
        know = features._k
        self._tables = [(know[t], self.one(f"kx={tag}")) for t, tag in NAME_TABLES]
        self._name_lengths = features.name_lengths()
        self._chosen = {label: self.one(f"ch={label.value}") for label in Label}
        self._overlap = {(rel, label): self.one(f"ov={rel}:{label.value}")
                         for rel in ("in", "out", "cross") for label in Label}
        self._inside = {label: self.one(f"gin={label.value}") for label in Label}
        self._lst = {f: self.one(f"lst={f}") for f in ("paren", "after-sep", "before-sep",
                                                      "line-start")}

    def one(self, feature: str) -> Optional[Tuple[float, ...]]:
        """The weights of one feature (None: not in the model)."""
        try:
            return self._one[feature]
        except KeyError:
            i = self._decider.index.get(feature)
            v = None if i is None else tuple(self._weights[i:i + self._k])
            self._one[feature] = v
            return v

    def _exact_vectors(self, c: Candidate) -> List[Tuple[float, ...]]:
        key = (c.source, c.label)
        hit = self._exact.get(key)
        if hit is None:
            src = "gazetteer" if c.source.startswith("gazetteer:") else c.source
            label = c.label.value
            hit = [v for v in (self.one(f"r={src}"), self.one(f"r={src}:{label}"),
                               self.one(f"rs={c.source}:{label}")) if v is not None]
            self._exact[key] = hit
        return hit

    def prepare(self, ctx: "Context", cands: Sequence[Candidate],
                chosen: Sequence[Candidate]):
        """A function of ``(ts, te)`` giving the span's vector in document ``ctx``."""
        texts, n = ctx.texts, ctx.n
        exact: Dict[Tuple[int, int], List[Candidate]] = {}
        for c in cands:
            exact.setdefault((c.ts, c.te), []).append(c)
        chosen_at = {(c.ts, c.te): c for c in chosen}
        covered = cover(n, chosen)
        # how many tokens before each position are covered, and have a gazetteer label
        n_cov, n_gaz = [0], [0]
        gaz = ctx.gaz_label
        for i in range(n):
            n_cov.append(n_cov[-1] + (covered[i] is not None))
            n_gaz.append(n_gaz[-1] + (gaz[i] is not None))
        lst = self._lst
        seps = ctx.lang.list_separators
        # the list features that depend on the word before the span (on its start only)
        after_sep: List[Optional[Tuple[float, ...]]] = [None] * n
        line_start: List[Optional[Tuple[float, ...]]] = [None] * n
        starts_line = ctx.line_starts
        for ts in range(n):
            if ts > 0 and texts[ts - 1] in seps:
                after_sep[ts] = lst["after-sep"]
            if starts_line[ts]:
                line_start[ts] = lst["line-start"]
        paren, before_sep = lst["paren"], lst["before-sep"]
        lens, tables, name_lengths = self._len, self._tables, self._name_lengths
        chosen_vectors, overlap, inside = self._chosen, self._overlap, self._inside
        exact_vectors, zero, four = self._exact_vectors, self._zero, self._k == 4

        def vector(ts: int, te: int) -> Tuple[float, ...]:
            vs: List[Tuple[float, ...]] = []
            v = lens[min(te - ts, MAX_LEN)]
            if v is not None:
                vs.append(v)
            for c in exact.get((ts, te), ()):
                vs.extend(exact_vectors(c))
            ch = chosen_at.get((ts, te))
            if ch is not None:
                v = chosen_vectors[ch.label]
                if v is not None:
                    vs.append(v)
            elif n_cov[te] - n_cov[ts]:
                for key in overlaps(covered, ts, te):
                    v = overlap[key]
                    if v is not None:
                        vs.append(v)
            if n_gaz[te] - n_gaz[ts]:
                for g in {g for g in gaz[ts:te] if g is not None}:
                    v = inside[g]
                    if v is not None:
                        vs.append(v)
            if te - ts in name_lengths.get(texts[ts], ()):
                key = " ".join(texts[ts:te])
                for table, v in tables:
                    if key in table and v is not None:
                        vs.append(v)
            after = texts[te] if te < n else "$"
            if paren is not None and after == ")" and ts > 0 and texts[ts - 1] == "(":
                vs.append(paren)
            v = after_sep[ts]
            if v is not None:
                vs.append(v)
            if te < n and after in seps and before_sep is not None:
                vs.append(before_sep)
            v = line_start[ts]
            if v is not None:
                vs.append(v)
            if not vs:
                return zero
            if four:
                a = b = c = d = 0.0
                for x in vs:
                    a += x[0]
                    b += x[1]
                    c += x[2]
                    d += x[3]
                return (a, b, c, d)
            return tuple(sum(col) for col in zip(*vs))

        return vector


_LIBRARY: Optional[Tuple[frozenset, frozenset]] = None


def _users_or_listed(c: Candidate, news: bool) -> bool:
    """Whether ``c``, chosen by the rules and overlapped by nothing the decider took, stays:
    a name of a shipped gazetteer in news; any name of a gazetteer the user added (a file or
    ``add_entry``) and any candidate of a rule the user added, in every register (the model
    was not trained on them, and the user asked for them)."""
    global _LIBRARY
    if _LIBRARY is None:
        from ...resources import gazetteer_files
        from ..registry import RULES

        _LIBRARY = (frozenset(f"gazetteer:{p.stem}" for p in gazetteer_files()),
                    frozenset(r.name for r in RULES))
    shipped_lists, library_rules = _LIBRARY
    if c.source.startswith("gazetteer:"):
        return news or c.source not in shipped_lists
    return c.rule is not None and c.rule.name not in library_rules


class _Model:
    """The numbers of a model file (read-only once read)."""


_READ: Dict[Tuple[str, int, int], _Model] = {}
_READ_LOCK = threading.Lock()


def _read(path: Path) -> _Model:
    """The model in ``path``, read once per process while the file is unchanged."""
    try:
        st = path.stat()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the decider model: {exc.strerror or exc}") from exc
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    with _READ_LOCK:
        hit = _READ.get(key)
        if hit is not None:
            return hit
        m = _Model()
        try:
            data = json.loads(gzip.decompress(path.read_bytes()))
        except (OSError, ValueError, EOFError, zlib.error) as exc:  # (gzip's and JSON's)
            raise ModelError(f"{path}: cannot read the decider model: {exc}") from exc
        if type(data) is not dict or data.get("format") != FORMAT:
            raise ModelError(f"{path}: not a decider model of format {FORMAT}")
        try:
            m.classes = data["classes"]
            m.none = m.classes.index("NONE")
            m.theta = data["theta"]
            m.domains = data["domains"]
            feats: List[str] = data["features"].split("\n")
            k = len(m.classes)
            # one row of k weights per feature, float32 little-endian, base64 in the JSON
            m.index = dict(zip(feats, range(0, k * len(feats), k)))
            # the features of a word in a role, by what follows the role's prefix
            m.role_index = {role: {} for role in WORD_ROLES}
            for f, i in m.index.items():
                role, dot, rest = f.partition(".")
                if dot and role in m.role_index:
                    m.role_index[role][rest] = i
            m.weights = {}
            m.bias = {}
            for d in m.domains:
                w = array("f")
                w.frombytes(base64.b64decode(data["weights"][d], validate=True))
                if sys.byteorder == "big":
                    w.byteswap()
                if len(w) != k * len(feats):
                    raise ValueError(f"{len(w)} weights of register {d} for "
                                     f"{len(feats)} features and {k} classes")
                m.weights[d] = w
                m.bias[d] = tuple(data["bias"][d])
            router = data["router"]
            m.router_bias = router["bias"]
            m.router_weights = router["weights"]
            m.router_domains = tuple(router["domains"])
            if router.get("norm") != "l2":
                raise ValueError("router norm must be 'l2'")
            p = float(router["threshold"])
            m.router_cut = math.log(p / (1.0 - p))  # the threshold as a score
            m.meta = data.get("meta", {})
            m.keep_gazetteer = frozenset(data.get("keep_gazetteer", ()))
            if any(len(b) != k for b in m.bias.values()):
                raise ValueError("biases and classes differ in length")
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, ZeroDivisionError,
                binascii.Error) as exc:  # (a router threshold of 1: a division by zero)
            raise ModelError(f"{path}: a decider model with a wrong shape ({exc})") from exc
        if len(_READ) >= 4:
            _READ.clear()
        _READ[key] = m
        return m
