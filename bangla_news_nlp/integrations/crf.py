"""An optional statistical second opinion: bnlp-toolkit's CRF named-entity tagger.

Nothing here is imported by ``import bangla_news_nlp`` or by ``annotate()``; it is loaded only
when a :class:`~bangla_news_nlp.Pipeline` is built with ``crf_model=PATH`` or when a model is
trained (``bangla-news-nlp train-crf``).  It needs ``pip install 'bangla-news-nlp[bnlp]'``.

* **Features**: bnlp-toolkit's own feature function (``bnlp.utils.utils.features``: the word,
  its first and last one to three characters, the previous and next word, position flags), on
  the project's tokens of each sentence with punctuation left out, as bnlp's ``BengaliNER``
  leaves it out.
* **Training**: bnlp's trainer class, ``sklearn_crfsuite.CRF`` with the settings bnlp's
  ``CRFTaggerTrainer`` uses (L-BFGS, CRFsuite's defaults), on BIO tags made from gold spans.
  The model is written in CRFsuite's own binary format, not as a pickle.
* **Tagging**: ``pycrfsuite.Tagger`` opens that file; nothing is unpickled.  bnlp's published
  ``bn_ner.pkl`` (a pickled ``sklearn_crfsuite.CRF``) can be used too, but only with
  ``allow_pickle=True``: unpickling runs whatever code the file holds.
* **Merge** (:meth:`CRFTagger.fill`): gazetteer and rule entities come first; a CRF entity is
  widened to whole words and kept only where it overlaps no entity or date found by another
  stage; its label is mapped to ours (PER → PERSON, ORG → ORG, LOC and GPE → GPE) and its
  ``source`` is ``"crf"``.

Offline: importing bnlp runs its NLTK tokenizer module, which calls ``nltk.download`` when the
punkt data is missing.  :func:`bnlp_features` imports bnlp with ``nltk.download`` replaced by
a function that downloads nothing, and with bnlp's messages kept off standard output.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
import time
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple, Union

from ..errors import CRFError
from ..io.bio import decode, encode
from ..ner.candidate import Candidate
from ..models import Label
from ..text.normalize import normalize
from ..text.tokenize import PUNCT, WORD, split_sentences, tokenize

__all__ = [
    "CRFError",
    "CRFTagger",
    "TrainSummary",
    "bnlp_features",
    "decode",
    "load",
    "train",
]

PathLike = Union[str, "os.PathLike[str]"]

SOURCE = "crf"
#: the tag types a CRF may give, and the label each becomes (others are dropped)
LABELS: Dict[str, Label] = {
    "PER": Label.PERSON, "PERSON": Label.PERSON,
    "ORG": Label.ORG, "ORGANIZATION": Label.ORG, "ORGANISATION": Label.ORG,
    "LOC": Label.GPE, "LOCATION": Label.GPE, "GPE": Label.GPE,
    "NORP": Label.NORP,
}
#: CRFsuite's model files start with these four bytes
_CRFSUITE_MAGIC = b"lCRF"
_INSTALL_HINT = "pip install 'bangla-news-nlp[bnlp]'"


# --- bnlp, imported offline ------------------------------------------------------------------
_IMPORT_LOCK = threading.Lock()
_FEATURES: Optional[Callable] = None


def _refuse_download(*args, **kwargs) -> bool:
    """Stands in for ``nltk.download`` while bnlp is imported: downloads nothing."""
    return False


@contextlib.contextmanager
def _offline_nltk():
    """No NLTK download and nothing on standard output while the block runs."""
    import nltk

    saved = nltk.download
    nltk.download = _refuse_download
    try:
        # bnlp prints "punkt not found. downloading..." on stdout, where our JSON goes
        with contextlib.redirect_stdout(io.StringIO()):
            yield
    finally:
        nltk.download = saved


def bnlp_features() -> Callable[[List[str], int], dict]:
    """bnlp-toolkit's CRF feature function, imported without any network access."""
    global _FEATURES
    if _FEATURES is None:
        with _IMPORT_LOCK:
            if _FEATURES is None:
                try:
                    with _offline_nltk():
                        from bnlp.utils.utils import features
                except ImportError as exc:
                    raise ImportError(
                        f"the CRF tagger needs bnlp-toolkit ({exc}); install it with "
                        f"{_INSTALL_HINT}"
                    ) from exc
                _FEATURES = features
    return _FEATURES


def _pycrfsuite():
    try:
        import pycrfsuite
    except ImportError as exc:
        raise ImportError(
            f"the CRF tagger needs python-crfsuite ({exc}); install it with {_INSTALL_HINT}"
        ) from exc
    return pycrfsuite


# --- sequences -------------------------------------------------------------------------------
def _sentences(text: str, starts: Sequence[int], kinds: Sequence[int]) -> List[List[int]]:
    """The token indices of each sentence of a normalised text, punctuation left out."""
    out = []
    for s, e in split_sentences(text):
        i, j = bisect_left(starts, s), bisect_left(starts, e)
        idx = [k for k in range(i, j) if kinds[k] != PUNCT]
        if idx:
            out.append(idx)
    return out


def _featurise(words: List[str], features: Callable) -> List[dict]:
    return [features(words, k) for k in range(len(words))]


# --- training --------------------------------------------------------------------------------
@dataclass
class TrainSummary:
    model: Path
    documents: int
    sequences: int
    tokens: int
    entities: int
    labels: Tuple[str, ...]
    seconds: float

    def __str__(self) -> str:
        return (f"trained on {self.documents} documents ({self.sequences} sentences, "
                f"{self.tokens} tokens, {self.entities} entities) in {self.seconds:.1f} s; "
                f"labels {' '.join(self.labels)}; model written to {self.model}")


def _bio(doc) -> Tuple[List[List[str]], List[List[str]], int]:
    """Words and BIO tags of each sentence of one gold document (offsets of the original
    text; a token belongs to a gold span when it overlaps it)."""
    norm = normalize(doc.text)
    seq = tokenize(norm.text)
    orig = [norm.span(s, e) for s, e in zip(seq.starts, seq.ends)]
    taken = [False] * len(seq.texts)
    runs = []  # (first token, one past the last, label): the words of each gold span
    for gs, ge, label in sorted(doc.spans):
        inside = [k for k, (s, e) in enumerate(orig) if s < ge and gs < e and seq.kinds[k] != PUNCT]
        if not inside or any(taken[k] for k in inside):
            continue  # no word in it, or overlapping another gold span
        for k in range(inside[0], inside[-1] + 1):
            taken[k] = True
        runs.append((inside[0], inside[-1] + 1, label))
    used = len(runs)
    tag = encode(len(seq.texts), runs, "BIO")
    words, tags = [], []
    for idx in _sentences(norm.text, seq.starts, seq.kinds):
        words.append([seq.texts[k] for k in idx])
        tags.append([tag[k] for k in idx])
    return words, tags, used


def train(gold: Union[PathLike, Sequence], model: PathLike, *,
          max_iterations: Optional[int] = None, c1: Optional[float] = None,
          c2: Optional[float] = None) -> TrainSummary:
    """Train bnlp's CRF on gold data and write it to ``model`` in CRFsuite's format.

    :param gold: a gold file (JSONL or CoNLL, as ``bangla-news-nlp evaluate`` reads) or a
        sequence of :class:`~bangla_news_nlp.evaluate.GoldDoc`.
    :param max_iterations, c1, c2: L-BFGS settings; ``None`` keeps CRFsuite's defaults, as
        bnlp's ``CRFTaggerTrainer`` does (train until converged, c1 = 0, c2 = 1).
    """
    from ..io.gold import read_gold

    is_path = isinstance(gold, (str, bytes, os.PathLike))
    docs = read_gold(gold) if is_path else list(gold)
    features = bnlp_features()
    try:
        from sklearn_crfsuite import CRF
    except ImportError as exc:
        raise ImportError(f"training needs sklearn-crfsuite ({exc}); {_INSTALL_HINT}") from exc

    t0 = time.perf_counter()
    X, y, n_entities = [], [], 0
    for doc in docs:
        words, tags, used = _bio(doc)
        n_entities += used
        for w, t in zip(words, tags):
            X.append(_featurise(w, features))
            y.append(t)
    if not X:
        raise CRFError(f"{os.fsdecode(gold) if is_path else 'training data'}: no sentences to "
                       "train on")
    if n_entities == 0:
        raise CRFError(f"{os.fsdecode(gold) if is_path else 'training data'}: no PER, LOC or "
                       "ORG entity to learn from")

    model = Path(os.fsdecode(model))
    if model.parent and not model.parent.is_dir():
        raise CRFError(f"{model}: the folder {model.parent} does not exist")
    # train into a file beside the target, then move it into place: a failed or interrupted
    # run leaves no half-written model
    tmp = model.with_name(f".{model.name}.{os.getpid()}.tmp")
    crf = CRF(model_filename=str(tmp), max_iterations=max_iterations, c1=c1, c2=c2)
    try:
        crf.fit(X, y)
        labels = tuple(sorted(crf.classes_))
        crf.tagger_.close()
        os.replace(tmp, model)
    finally:
        if tmp.exists():
            tmp.unlink()
    return TrainSummary(model, len(docs), len(X), sum(map(len, X)), n_entities, labels,
                        time.perf_counter() - t0)


# --- tagging ---------------------------------------------------------------------------------
class CRFTagger:
    """A trained CRF, ready to tag; use :func:`load` to make one."""

    def __init__(self, tagger, path: Path, owner=None) -> None:
        self._tagger = tagger
        self._owner = owner  # a sklearn_crfsuite.CRF that owns the tagger's file, if any
        self._lock = threading.Lock()  # a pycrfsuite.Tagger is not safe to share while tagging
        self._features = bnlp_features()
        self.path = path
        self.labels = tuple(tagger.labels())
        #: drop a CRF entity when the probability of the tag of one of its words is lower
        #: (0: keep every entity the best path gives; see docs/crf.md)
        self.min_confidence = 0.0

    def __repr__(self) -> str:
        return f"CRFTagger({str(self.path)!r})"

    def tag(self, words: List[str]) -> List[Tuple[str, float]]:
        """``(tag, probability)`` for each word of a sentence: the tag on the best path and the
        model's marginal probability of that tag at that word (1.0 when ``min_confidence`` is
        0, the default, which does not need it)."""
        if not words:
            return []
        xseq = _featurise(words, self._features)
        with self._lock:
            tagger = self._tagger
            tags = tagger.tag(xseq)
            if self.min_confidence <= 0:  # the marginals cost time: only when they are used
                return [(t, 1.0) for t in tags]
            return [(t, tagger.marginal(t, k)) for k, t in enumerate(tags)]

    def spans(self, text: str, starts: Sequence[int], ends: Sequence[int], texts: Sequence[str],
              kinds: Sequence[int]) -> List[Tuple[int, int, Label]]:
        """The CRF's entities in a normalised, tokenised text: ``(first token, one past the
        last token, label)``, widened to whole words; tag types we have no label for, and
        entities with a word whose tag has a probability under ``min_confidence``, dropped."""
        found: List[Tuple[int, int, Label]] = []
        floor = self.min_confidence
        for idx in _sentences(text, starts, kinds):
            tagged = self.tag([texts[k] for k in idx])
            for a, b, typ in decode([t for t, _ in tagged]):
                label = LABELS.get(typ.upper())
                if label is not None and min(p for _, p in tagged[a:b]) >= floor:
                    found.append((idx[a], idx[b - 1] + 1, label))
        return _widen(found, starts, ends, kinds)

    def fill(self, ctx, chosen: List[Candidate], norm, dates) -> List[Candidate]:
        """``chosen`` plus the CRF's entities that overlap none of ``chosen`` and none of
        ``dates`` (in original offsets), in text order."""
        claimed = [(d.start, d.end) for d in dates]
        for c in chosen:
            claimed.append(norm.span(ctx.starts[c.ts], ctx.ends[c.te - 1]))
        claimed.sort()
        starts = [s for s, _ in claimed]
        reach = list(accumulate((e for _, e in claimed), max))  # furthest end so far
        out = list(chosen)
        for ts, te, label in self.spans(ctx.text, ctx.starts, ctx.ends, ctx.texts, ctx.kinds):
            s, e = norm.span(ctx.starts[ts], ctx.ends[te - 1])
            k = bisect_left(starts, e)  # the claimed spans that start before e
            if k and reach[k - 1] > s:
                continue
            out.append(Candidate(ts, te, label, ctx.base_of(ts, te), SOURCE, 0))
        if len(out) > len(chosen):
            out.sort(key=lambda c: c.ts)
        return out


def _widen(found: List[Tuple[int, int, Label]], starts: Sequence[int], ends: Sequence[int],
           kinds: Sequence[int]) -> List[Tuple[int, int, Label]]:
    """Widen each span to the whole written words it touches (tokens with no space between
    them: আল-শারা, পুতিন-এর), without taking tokens of another span and without punctuation
    at either edge (‘সোহেল → সোহেল)."""
    n = len(starts)
    owner = [-1] * n
    for k, (ts, te, _) in enumerate(found):
        for i in range(ts, te):
            owner[i] = k
    out = []
    for k, (ts, te, label) in enumerate(found):
        while ts > 0 and ends[ts - 1] == starts[ts] and owner[ts - 1] in (-1, k):
            ts -= 1
        while te < n and ends[te - 1] == starts[te] and owner[te] in (-1, k):
            te += 1
        while ts < te and kinds[ts] == PUNCT:
            ts += 1
        while te > ts and kinds[te - 1] == PUNCT:
            te -= 1
        if any(kinds[i] == WORD for i in range(ts, te)):  # not a bare number or symbol
            out.append((ts, te, label))
    return out


def _open_native(path: Path):
    pycrfsuite = _pycrfsuite()
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except Exception as exc:  # pycrfsuite raises ValueError or OSError for a bad file
        raise CRFError(f"{path}: not a readable CRFsuite model ({exc})") from exc
    return tagger


def _open_pickle(path: Path):
    import pickle

    with _offline_nltk():
        with path.open("rb") as fh:
            try:
                obj = pickle.load(fh)
            except Exception as exc:
                raise CRFError(f"{path}: cannot unpickle ({type(exc).__name__}: {exc})") from exc
    tagger = getattr(obj, "tagger_", None)
    if tagger is None or not hasattr(tagger, "tag"):
        raise CRFError(f"{path}: the pickle holds a {type(obj).__name__}, not a trained "
                       "sklearn_crfsuite.CRF")
    return tagger, obj


def load(path: PathLike, *, allow_pickle: bool = False) -> CRFTagger:
    """Open a CRF model: a CRFsuite model file (what ``train-crf`` writes), or, only with
    ``allow_pickle=True``, a pickled ``sklearn_crfsuite.CRF`` such as bnlp's ``bn_ner.pkl``.

    Unpickling runs any code the file contains: allow it only for a file you trust.
    """
    path = Path(os.fsdecode(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise CRFError(f"{path}: cannot read the CRF model: {exc.strerror or exc}") from exc
    if head[:1] == b"\x80":  # pickle protocol 2 and later
        if not allow_pickle:
            raise CRFError(
                f"{path} is a pickle; loading it runs whatever code it holds. Pass "
                "allow_pickle=True (command line: --allow-pickle) only if you trust the file, "
                "or train a CRFsuite model with `bangla-news-nlp train-crf`"
            )
    elif head != _CRFSUITE_MAGIC:
        raise CRFError(f"{path}: not a CRFsuite model (it does not start with "
                       f"{_CRFSUITE_MAGIC!r})")
    bnlp_features()  # fail early, with the install hint, when bnlp is missing
    if head == _CRFSUITE_MAGIC:
        return CRFTagger(_open_native(path), path)
    tagger, owner = _open_pickle(path)
    return CRFTagger(tagger, path, owner)
