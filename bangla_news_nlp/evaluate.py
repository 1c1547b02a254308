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
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

from .errors import EvalError
from .io.gold import TYPES, GoldDoc, map_label, read_gold

__all__ = ["GoldDoc", "EvalError", "read_gold", "evaluate", "Report", "TYPES", "map_label"]


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
def format_report(report: Report, errors: int = 0, by_source: bool = False) -> str:
    lines = [f"{report.n_docs} documents"]
    for name, table in (("strict", report.strict), ("overlap", report.overlap)):
        lines.append(f"\n{name:8} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
        for t in (*TYPES, "ALL"):
            s = table[t]
            lines.append(f"{t:8} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} "
                         f"{s.tp:6d} {s.fp:6d} {s.fn:6d}")
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
