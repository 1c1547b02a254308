"""Measure the annotator against gold data: ``bangla-news-nlp evaluate FILE``.

Gold files are either JSONL, one sentence or article a line —
``{"id": …, "text": …, "entities": [[start, end, label], …]}`` with character offsets — or
CoNLL: one token a line, ``token<TAB>tag`` (or token and tag separated by spaces, the tag last),
blank lines between sentences, tags in BIO, BIOES or BILOU.  The text of a CoNLL sentence is its
tokens joined by single spaces.  Reading them is :mod:`bangla_news_nlp.io.gold`
(:func:`read_gold` and :class:`GoldDoc` are re-exported here); this module scores.

Labels are compared on three types: PER (our PERSON), LOC (our GPE and LOC) and ORG; gold
labels PERSON, GPE, LOCATION, ORGANIZATION (any case) are mapped the same way, and other types
(DATE, MISC, NORP …) are left out of the scores.

* **strict**: a prediction counts when its span and type are exactly a gold entity's;
* **overlap**: when it overlaps a gold entity of the same type (each gold entity is matched at
  most once).

Precision, recall and F1 are micro-averaged.  The strict and overlap figures come from
``nervaluate`` (its "strict" and "ent_type" schemes; a maintained implementation of the
SemEval-2013 entity scores); the confusion table, the error list and the precision of each
source are computed here.

:func:`bootstrap` gives an interval for the strict figures: the documents are drawn again with
replacement (a percentile bootstrap, seeded); :func:`compare` the interval of the change of F1
between two runs on the same documents (the same draws for both: a paired bootstrap), so that
a difference can be told from what another sample of documents would give.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Dict, List, Optional, Sequence, Tuple

from .errors import EvalError
from .io.gold import TYPES, GoldDoc, map_label, read_gold

__all__ = ["GoldDoc", "EvalError", "read_gold", "evaluate", "bootstrap", "compare", "Report",
           "TYPES", "map_label"]

#: what a document's strict counts are kept for, in order (Report.doc_counts)
_SCORED = ("ALL",) + tuple(TYPES)


# --- scoring ------------------------------------------------------------------------------
@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    n_docs: int = 0
    strict: Dict[str, Scores] = field(default_factory=dict)  # per type and "ALL"
    overlap: Dict[str, Scores] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)  # (gold type or "O", predicted or "O")
    errors: Counter = field(default_factory=Counter)  # (kind, type, text)
    error_context: Dict[Tuple[str, str, str], str] = field(default_factory=dict)
    by_source: Dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    #: per document, the strict (tp, fp, fn) of each of ALL and TYPES, in that order, flat
    doc_counts: List[Tuple[int, ...]] = field(default_factory=list)

    def as_dict(self) -> dict:
        def sc(s: Scores) -> dict:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}

        return {
            "documents": self.n_docs,
            "strict": {k: sc(v) for k, v in self.strict.items()},
            "overlap": {k: sc(v) for k, v in self.overlap.items()},
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
            "by_source": {k: sc(v) for k, v in sorted(self.by_source.items())},
        }


def _nervaluate(gold: List[List[dict]], pred: List[List[dict]]) -> Tuple[dict, dict]:
    from nervaluate import Evaluator

    # nervaluate reads the span format off the first gold document, so put one with an
    # entity first (the scores are sums over documents: order does not matter)
    first = next((k for k, g in enumerate(gold) if g), None)
    if first is None:  # no gold entity at all: keep a placeholder of a type that is not scored
        gold, pred = [[{"label": "_", "start": 0, "end": 0}]] + gold, [[]] + pred
    elif first:
        gold = [gold[first]] + gold[:first] + gold[first + 1 :]
        pred = [pred[first]] + pred[:first] + pred[first + 1 :]
    results = Evaluator(gold, pred, tags=list(TYPES)).evaluate()
    return results["overall"], results["entities"]


def _scores(result) -> Scores:
    """tp / fp / fn from a nervaluate result (fp = predictions not correct, fn = gold not found)."""
    return Scores(result.correct, result.actual - result.correct, result.possible - result.correct)


def evaluate(docs: Sequence[GoldDoc], annotate, context: int = 30) -> Report:
    """Score ``annotate`` (a function text -> Document) on gold documents."""
    report = Report(n_docs=len(docs))
    gold_all: List[List[dict]] = []
    pred_all: List[List[dict]] = []
    for doc in docs:
        result = annotate(doc.text)
        pred = [(e.start, e.end, map_label(e.label.value), e.source) for e in result.entities]
        pred = [p for p in pred if p[2]]
        # nervaluate compares inclusive end offsets
        gold_all.append([{"label": lab, "start": s, "end": e - 1} for s, e, lab in doc.spans])
        pred_all.append([{"label": lab, "start": s, "end": e - 1} for s, e, lab, _ in pred])
        _errors_and_sources(report, doc, pred, context)
        report.doc_counts.append(_strict_counts(doc.spans, pred))
    overall, per_type = _nervaluate(gold_all, pred_all)
    report.strict["ALL"] = _scores(overall["strict"])
    report.overlap["ALL"] = _scores(overall["ent_type"])
    for t in TYPES:
        if t in per_type:
            report.strict[t] = _scores(per_type[t]["strict"])
            report.overlap[t] = _scores(per_type[t]["ent_type"])
        else:  # the type occurs in neither the gold nor the predictions
            report.strict[t] = Scores()
            report.overlap[t] = Scores()
    return report


def _strict_counts(gold: Sequence[Tuple[int, int, str]], pred) -> Tuple[int, ...]:
    """One document's strict (tp, fp, fn) for ALL and each of TYPES, flat: a prediction is
    right when a gold entity has its span and type.  (nervaluate's strict counts whenever
    the predictions do not overlap one another, as the pipeline's never do: it counts every
    prediction once and every gold entity once, and a gold entity an earlier overlapping
    prediction claimed cannot be matched exactly by a later one.)"""
    gold_set = set(gold)
    predicted = [(s, e, lab) for s, e, lab, _ in pred]
    out: List[int] = []
    for t in _SCORED:
        g = [x for x in gold_set if t == "ALL" or x[2] == t]
        p = [x for x in predicted if t == "ALL" or x[2] == t]
        tp = sum(1 for x in p if x in gold_set)
        out += (tp, len(p) - tp, len(g) - tp)
    return tuple(out)


def bootstrap(report: Report, resamples: int = 1000, level: float = 0.95,
              seed: int = 0) -> Dict[str, Dict[str, Tuple[float, float]]]:
    """The interval of the strict precision, recall and F1 of ALL and each type at
    ``level``: the percentiles of ``resamples`` scores, each over as many documents as the
    report's drawn with replacement (seeded: the same report gives the same intervals).

    :raises ValueError: no documents, fewer than 10 resamples, or a level outside (0, 1).
    """
    n = len(report.doc_counts)
    _check_draws(n, resamples, level)
    rng = random.Random(seed)
    columns = _columns(report)
    samples: Dict[str, Dict[str, List[float]]] = {
        t: {"precision": [], "recall": [], "f1": []} for t in _SCORED}
    for _ in range(resamples):
        picks = rng.choices(range(n), k=n)
        sums = [sum(map(col.__getitem__, picks)) for col in columns]
        for k, t in enumerate(_SCORED):
            sc = Scores(*sums[3 * k: 3 * k + 3])
            samples[t]["precision"].append(sc.precision)
            samples[t]["recall"].append(sc.recall)
            samples[t]["f1"].append(sc.f1)
    lo_q, hi_q = (1.0 - level) / 2, 1.0 - (1.0 - level) / 2
    out: Dict[str, Dict[str, Tuple[float, float]]] = {}
    for t, by_measure in samples.items():
        out[t] = {}
        for measure, values in by_measure.items():
            values.sort()
            out[t][measure] = (_quantile(values, lo_q), _quantile(values, hi_q))
    return out


def compare(before: Report, after: Report, resamples: int = 1000, level: float = 0.95,
            seed: int = 0) -> Dict[str, Dict[str, float]]:
    """How sure a change of strict F1 from ``before`` to ``after`` is, both scored on the
    same documents in the same order (a paired bootstrap: the same documents are drawn for
    both): for ALL and each type, the change (``diff``), its interval at ``level``
    (``low``, ``high``) and the shares of resamples in which ``after`` scores higher
    (``better``) and lower (``worse``; in the others both score the same).

    :raises ValueError: the reports are not of the same documents, or as :func:`bootstrap`.
    """
    n = len(before.doc_counts)
    if n != len(after.doc_counts) or before.n_docs != after.n_docs:
        raise ValueError(f"the reports are of {before.n_docs} and {after.n_docs} documents: "
                         "score both on the same documents")
    _check_draws(n, resamples, level)
    rng = random.Random(seed)
    cols_a, cols_b = _columns(before), _columns(after)
    diffs: Dict[str, List[float]] = {t: [] for t in _SCORED}
    for _ in range(resamples):
        picks = rng.choices(range(n), k=n)
        a = [sum(map(col.__getitem__, picks)) for col in cols_a]
        b = [sum(map(col.__getitem__, picks)) for col in cols_b]
        for k, t in enumerate(_SCORED):
            diffs[t].append(Scores(*b[3 * k: 3 * k + 3]).f1 - Scores(*a[3 * k: 3 * k + 3]).f1)
    lo_q, hi_q = (1.0 - level) / 2, 1.0 - (1.0 - level) / 2
    full_a = [sum(col) for col in cols_a]
    full_b = [sum(col) for col in cols_b]
    out: Dict[str, Dict[str, float]] = {}
    for k, t in enumerate(_SCORED):
        values = sorted(diffs[t])
        out[t] = {"diff": Scores(*full_b[3 * k: 3 * k + 3]).f1
                  - Scores(*full_a[3 * k: 3 * k + 3]).f1,
                  "low": _quantile(values, lo_q), "high": _quantile(values, hi_q),
                  "better": sum(1 for d in values if d > 0) / len(values),
                  "worse": sum(1 for d in values if d < 0) / len(values)}
    return out


def _check_draws(n: int, resamples: int, level: float) -> None:
    if not n:
        raise ValueError("no documents to draw from")
    if resamples < 10:
        raise ValueError(f"resamples must be 10 or more, not {resamples}")
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be between 0 and 1, not {level}")


def _columns(report: Report) -> List[List[int]]:
    """The per-document counts by column (one list per count, for summing a draw in C)."""
    width = len(report.doc_counts[0])
    return [list(map(itemgetter(j), report.doc_counts)) for j in range(width)]


def _quantile(sorted_values: List[float], q: float) -> float:
    """The ``q`` quantile of sorted values, interpolated between the two nearest."""
    pos = q * (len(sorted_values) - 1)
    i = int(pos)
    j = min(i + 1, len(sorted_values) - 1)
    return sorted_values[i] + (sorted_values[j] - sorted_values[i]) * (pos - i)


def _errors_and_sources(report: Report, doc: GoldDoc, pred, context: int) -> None:
    gold_exact = {(s, e): lab for s, e, lab in doc.spans}
    gold_set = set(doc.spans)
    text = doc.text

    def ctx(s: int, e: int) -> str:
        left = text[max(0, s - context) : s]
        right = text[e : e + context]
        return f"…{left}[{text[s:e]}]{right}…".replace("\n", " ")

    def note(kind: str, label: str, s: int, e: int) -> None:
        key = (kind, label, text[s:e])
        report.errors[key] += 1
        report.error_context.setdefault(key, ctx(s, e))

    matched_gold = set()
    for s, e, lab, source in pred:
        ok = (s, e, lab) in gold_set
        src = report.by_source[source]
        if ok:
            src.tp += 1
            report.confusion[(lab, lab)] += 1
            matched_gold.add((s, e, lab))
            continue
        src.fp += 1
        if (s, e) in gold_exact:
            report.confusion[(gold_exact[(s, e)], lab)] += 1
            matched_gold.add((s, e, gold_exact[(s, e)]))
            note(f"type {gold_exact[(s, e)]}->{lab}", lab, s, e)
        elif any(gs < e and s < ge for gs, ge, _ in doc.spans):
            note("boundary", lab, s, e)
        else:
            report.confusion[("O", lab)] += 1
            note("spurious", lab, s, e)
    for s, e, lab in doc.spans:
        if (s, e, lab) in matched_gold:
            continue
        if any(ps < e and s < pe for ps, pe, _, _ in pred):
            continue  # counted as a boundary or type error above
        report.confusion[(lab, "O")] += 1
        note("missed", lab, s, e)


# --- printing -----------------------------------------------------------------------------
def format_report(report: Report, errors: int = 0, by_source: bool = False,
                  intervals: Optional[Dict[str, Dict[str, Tuple[float, float]]]] = None) -> str:
    """The report as text; ``intervals`` (from :func:`bootstrap`) adds the strict scores'
    intervals under the strict table."""
    lines = [f"{report.n_docs} documents"]
    for name, table in (("strict", report.strict), ("overlap", report.overlap)):
        lines.append(f"\n{name:8} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
        for t in (*TYPES, "ALL"):
            s = table[t]
            lines.append(f"{t:8} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} "
                         f"{s.tp:6d} {s.fp:6d} {s.fn:6d}")
        if name == "strict" and intervals:
            lines.append("strict, 95 % interval (bootstrap over the documents)")
            for t in (*TYPES, "ALL"):
                lines.append(f"{t:8} " + "  ".join(
                    f"{m} {intervals[t][m][0]:.3f}–{intervals[t][m][1]:.3f}"
                    for m in ("precision", "recall", "f1")))
    cols = (*TYPES, "O")
    lines.append("\nconfusion (rows gold, columns predicted; same span, or no overlap as O)")
    lines.append(f"{'':6}" + "".join(f"{c:>7}" for c in cols))
    for g in cols:
        lines.append(f"{g:6}" + "".join(
            f"{report.confusion.get((g, p), 0) if (g, p) != ('O', 'O') else '':>7}" for p in cols))
    if errors:
        lines.append(f"\n{errors} most frequent errors")
        for (kind, label, text), n in report.errors.most_common(errors):
            lines.append(f"{n:5}  {kind:12} {label:4} {text!r:30} "
                         f"{report.error_context[(kind, label, text)]}")
    if by_source:
        lines.append("\nprecision by source (strict)")
        for src, s in sorted(report.by_source.items(), key=lambda kv: -(kv[1].tp + kv[1].fp)):
            lines.append(f"{src:36} {s.precision:6.3f}  ({s.tp} right of {s.tp + s.fp})")
    return "\n".join(lines)
