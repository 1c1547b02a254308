#!/usr/bin/env python3
"""Train the decider (bangla_news_nlp/ner/model/decider.json.gz) from the shared gold data.

    python scripts/train_model.py [--cv] [--C 0.5] [--drop ctx,affix] [--out PATH]

* **Data**: the training split of Rifat1493/Bengali-NER (news, register "N") and the training
  part of MultiCoNER II Bangla (encyclopedic sentences, register "W"; its held-out fifth is
  never read here: scripts/shared_data.py).  rifat_dev is not read either.
* **No leakage from the lists mined from the same data**: each set is cut into K folds, and
  the features of a fold's sentences are computed with the lists mined from the other folds
  only (the everyday words and person words of Rifat: scripts/mine_lexicons.py; the names of
  MultiCoNER: scripts/gen_knowledge.py), as they would be on text never seen.
* **Instances**: every span the decider weighs (bangla_news_nlp/ner/model/spans.py), labelled
  PER / LOC / ORG when a gold entity has exactly that span, else NONE; features from
  bangla_news_nlp/ner/model/features.py, each also copied with its register's prefix
  ("frustratingly easy" domain adaptation, Daumé 2007), so the shipped weights of a register
  are the shared weights plus that register's own.
* **Models**: a multinomial logistic regression (scikit-learn, lbfgs, L2; seeded and
  deterministic), and a register router (a logistic regression over a text's words).
* ``--cv``: K-fold cross-validation (train on K-1 folds of both sets, decode the K-th) picks the
  threshold ``theta`` of each register and reports strict F1 per set; ``--drop`` leaves
  feature families out (the ablation table of docs/accuracy.md).

The model is written as gzipped JSON (no pickle), with what it was trained on and its
cross-validation figures in ``meta``.  Needs ``pip install -e '.[train]'`` and ../shared.
"""

from __future__ import annotations

import argparse
import base64
import datetime as _dt
import gzip
import json
import math
import random
import sys
import time
from array import array
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from mine_lexicons import mine  # noqa: E402
from shared_data import multiconer, read_jsonl  # noqa: E402

from bangla_news_nlp import LanguageData, Pipeline  # noqa: E402
from bangla_news_nlp.ner.model.decider import FORMAT, MODEL_FILE  # noqa: E402
from bangla_news_nlp.ner.model.features import Features, cover  # noqa: E402
from bangla_news_nlp.ner.model.spans import spans as candidate_spans  # noqa: E402

CLASSES = ("LOC", "NONE", "ORG", "PER")
TYPES = ("PER", "LOC", "ORG")
ROUTER_CUTS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
THETAS = (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.85, 1.0, 1.25, 1.5)
SEED = 7

Instance = Tuple[List[str], str]  # features, label


# ------------------------------------------------------------------------- data and folds
def folds_of(records: Sequence[dict], k: int, contiguous: bool) -> List[List[dict]]:
    """``k`` folds: contiguous stretches (sentences of one article stay together) or every
    k-th record."""
    if contiguous:
        size = -(-len(records) // k)
        return [list(records[i * size:(i + 1) * size]) for i in range(k)]
    return [list(records[i::k]) for i in range(k)]


def mc_names(records: Sequence[dict]) -> Dict[str, List[str]]:
    """The tables of gen_knowledge.py's MultiCoNER names, from ``records``."""
    out = {"PER": Counter(), "LOC": Counter(), "ORG": Counter()}
    for rec in records:
        for s, e, label in rec["entities"]:
            if label in out:
                out[label][rec["text"][s:e].strip()] += 1
    return {"mc_person_names": sorted(out["PER"]), "mc_place_names": sorted(out["LOC"]),
            "mc_org_names": sorted(out["ORG"])}


def gold_spans(rec: dict, ctx, norm) -> List[Tuple[int, int, str]]:
    """The gold entities (PER/LOC/ORG) as token spans; those not on token bounds dropped."""
    starts = {norm.start(s): i for i, s in enumerate(ctx.starts)}
    ends = {norm.end(e): i + 1 for i, e in enumerate(ctx.ends)}
    out = []
    for s, e, label in rec["entities"]:
        if label in TYPES and s in starts and e in ends and starts[s] < ends[e]:
            out.append((starts[s], ends[e], label))
    return out


def sentence_instances(nlp: Pipeline, features: Features, rec: dict
                       ) -> Tuple[List[Tuple[Tuple[int, int], List[str], str]], set]:
    a = nlp._analyse(rec["text"], None)
    gold = gold_spans(rec, a.ctx, a.norm)
    labels = {(s, e): lab for s, e, lab in gold}
    exact: Dict[Tuple[int, int], list] = {}
    for c in a.cands:
        exact.setdefault((c.ts, c.te), []).append(c)
    chosen_at = {(c.ts, c.te): c for c in a.chosen}
    covered = cover(a.ctx.n, a.chosen)
    facts: dict = {}
    out = []
    for ts, te in candidate_spans(a.ctx, a.cands, facts):
        f = features.all(a.ctx, ts, te, exact.get((ts, te), ()), chosen_at, covered)
        out.append(((ts, te), f, labels.get((ts, te), "NONE")))
    return out, set(gold)


def build(k: int, drop: Sequence[str]):
    """Per sentence: (set, fold, tokens, instances, gold), with features computed on lists
    mined from the other folds."""
    rifat = list(read_jsonl("rifat_train"))
    mc = multiconer("train")
    rifat_folds = folds_of(rifat, k, contiguous=True)
    mc_folds = folds_of(mc, k, contiguous=False)
    base = LanguageData.bengali()
    all_mc = mc_names(mc)
    sentences = []
    for name, folds in (("N", rifat_folds), ("W", mc_folds)):
        for i, fold in enumerate(folds):
            others = [r for j, f in enumerate(folds) if j != i for r in f]
            if name == "N":
                common, person, _, _ = mine(others)
                lang = base.replace(common_words=common,
                                    mined_person_words=[w for w, _, _ in person], **all_mc)
            else:
                lang = base.replace(**mc_names(others))
            nlp = Pipeline(lang=lang, model=False)  # the rules' evidence
            feats = Features(nlp.lang, nlp.gazetteer, drop=drop)
            t = time.time()
            for rec in fold:
                inst, gold = sentence_instances(nlp, feats, rec)
                tokens = nlp._analyse(rec["text"], None).ctx.texts
                sentences.append((name, i, tokens, inst, gold))
            print(f"  {name} fold {i}: {len(fold)} sentences, {time.time() - t:.0f} s",
                  file=sys.stderr)
    return sentences


# ------------------------------------------------------------------------- models
def adapted(features: Sequence[str], domain: str) -> Dict[str, int]:
    d = dict.fromkeys(features, 1)
    d.update(dict.fromkeys((f"{domain}:{f}" for f in features), 1))
    return d


def fit(sentences, C: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y = [], []
    for dom, _, _, inst, _ in sentences:
        for _, f, label in inst:
            X.append(adapted(f, dom))
            y.append(label)
    vec = DictVectorizer()
    M = vec.fit_transform(X)
    clf = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    clf.fit(M, y)
    assert tuple(clf.classes_) == CLASSES, clf.classes_
    return vec, clf


def router_features(tokens) -> Dict[str, float]:
    """A text's distinct tokens, L2-normalised (the decider's register(): a long article
    and a sentence get comparable scores)."""
    distinct = set(tokens)
    w = 1.0 / len(distinct) ** 0.5 if distinct else 0.0
    return dict.fromkeys(distinct, w)


def fit_router(sentences):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X = [router_features(tokens) for _, _, tokens, _, _ in sentences]
    y = [1 if dom == "W" else 0 for dom, _, _, _, _ in sentences]
    vec = DictVectorizer()
    clf = LogisticRegression(C=4.0, max_iter=3000, random_state=SEED)
    clf.fit(vec.fit_transform(X), y)
    return vec, clf


def decode(probs, spans_, theta: float) -> set:
    none = CLASSES.index("NONE")
    scored = []
    for (ts, te), p in zip(spans_, probs):
        j = max((i for i in range(len(CLASSES)) if i != none), key=lambda i: p[i])
        if p[j] > theta * p[none]:
            scored.append((-p[j], ts, te, CLASSES[j]))
    scored.sort()
    taken = set()
    out = set()
    for _, ts, te, cls in scored:
        if any(i in taken for i in range(ts, te)):
            continue
        taken.update(range(ts, te))
        out.add((ts, te, cls))
    return out


def scores(pairs) -> Dict[str, Tuple[float, float, float]]:
    """Strict P/R/F1 overall and per type from (gold set, predicted set) pairs."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold, pred in pairs:
        for x in gold & pred:
            tp[x[2]] += 1
        for x in pred - gold:
            fp[x[2]] += 1
        for x in gold - pred:
            fn[x[2]] += 1
    out = {}
    for t in ("ALL",) + TYPES:
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        out[t] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def predict(vec, clf, sentences, domain=None):
    """Per sentence: (spans, class probabilities, gold), with the weights of the sentence's
    own register or of ``domain``."""
    out = []
    for dom, _, _, inst, gold in sentences:
        if not inst:
            out.append(([], [], gold))
            continue
        P = clf.predict_proba(vec.transform([adapted(f, domain or dom) for _, f, _ in inst]))
        out.append(([sp for sp, _, _ in inst], P, gold))
    return out


def cross_validate(sentences, k: int, C: float):
    """Held-out scores: per register and theta with the sentence's true register (picks
    theta), then per router threshold with the register the router tells (picks the
    threshold: the mean of the two sets' F1)."""
    results = defaultdict(list)  # (dom, theta) -> [(gold, pred)]
    held_out = []  # (true dom, p(W), {dom: (spans, P)}, gold)
    for i in range(k):
        train = [s for s in sentences if s[1] != i]
        held = [s for s in sentences if s[1] == i]
        vec, clf = fit(train, C)
        rvec, rclf = fit_router(train)
        pw = rclf.predict_proba(rvec.transform(
            [router_features(tokens) for _, _, tokens, _, _ in held]))[:, 1]
        both = {d: predict(vec, clf, held, d) for d in ("N", "W")}
        for j, (dom, *_rest) in enumerate(held):
            spans_, P, gold = both[dom][j]
            for theta in THETAS:
                results[(dom, theta)].append((gold, decode(P, spans_, theta) if spans_ else set()))
            held_out.append((dom, float(pw[j]), {d: both[d][j][:2] for d in both}, gold))
        print(f"  cross-validation fold {i} done", file=sys.stderr)
    table = {key: scores(pairs) for key, pairs in results.items()}
    best = {dom: max(THETAS, key=lambda th: table[(dom, th)]["ALL"][2]) for dom in ("N", "W")}
    routed = {}
    for cut in ROUTER_CUTS:
        pairs = {"N": [], "W": []}
        for dom, pw, by_dom, gold in held_out:
            d = "W" if pw > cut else "N"
            spans_, P = by_dom[d]
            pairs[dom].append((gold, decode(P, spans_, best[d]) if spans_ else set()))
        routed[cut] = {d: scores(pairs[d]) for d in pairs}
    cut = max(ROUTER_CUTS, key=lambda c: (routed[c]["N"]["ALL"][2] + routed[c]["W"]["ALL"][2],
                                          c))
    return table, best, routed, cut


# ------------------------------------------------------------------------- writing
def model_json(vec, clf, router_vec, router_clf, theta, cut, meta, prune: float,
               prior: float) -> dict:
    names = vec.get_feature_names_out()
    coef = clf.coef_  # (classes, features)
    index = {f: i for i, f in enumerate(names)}
    feats = sorted(f for f in index if not f.startswith(("N:", "W:")))
    weights = {}
    for dom in ("N", "W"):
        rows = []
        for f in feats:
            w = coef[:, index[f]].copy()
            j = index.get(f"{dom}:{f}")
            if j is not None:
                w = w + coef[:, j]
            rows.append([round(float(x), 4) for x in w])
        weights[dom] = rows
    # features whose every weight is below ``prune`` in both registers are left out (on the
    # held-out sets: no change of F1 at 0.02, 60 % fewer features, a faster load)
    keep = [i for i in range(len(feats))
            if max(abs(x) for dom in ("N", "W") for x in weights[dom][i]) >= prune]
    feats = [feats[i] for i in keep]
    assert not any("\n" in f for f in feats)
    packed = {}
    for dom in ("N", "W"):
        flat = array("f")
        for i in keep:
            flat.extend(weights[dom][i])
        if sys.byteorder == "big":
            flat.byteswap()
        packed[dom] = base64.b64encode(flat.tobytes()).decode("ascii")
    weights = packed
    bias = {dom: [round(float(x), 4) for x in clf.intercept_] for dom in ("N", "W")}
    rnames = router_vec.get_feature_names_out()
    rweights = {t: round(float(w), 4) for t, w in zip(rnames, router_clf.coef_[0]) if abs(w) >= 1e-3}
    return {
        "format": FORMAT, "classes": list(CLASSES), "domains": ["N", "W"],
        "features": "\n".join(feats), "weights": weights, "bias": bias, "theta": theta,
        # in news, a name the gazetteer holds that the decider took no span over stays an
        # entity (the lists are curated for news; the encyclopedic data tags far less)
        "keep_gazetteer": ["N"],
        # the router's intercept without the training mix's prior (2.1 encyclopedic sentences
        # for each news one): a text with no telling word, "ঢাকায়" alone, is read as news
        "router": {"bias": round(float(router_clf.intercept_[0]) - prior, 4), "weights": rweights,
                   "domains": ["N", "W"], "norm": "l2", "threshold": cut},
        "meta": meta,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--prune", type=float, default=0.02,
                    help="leave out features whose weights are all below this (default 0.02)")
    ap.add_argument("--drop", default="", help="feature families to leave out (comma-separated)")
    ap.add_argument("--cv", action="store_true", help="cross-validate (picks theta)")
    ap.add_argument("--theta", default="", help="N=…,W=… instead of cross-validation's")
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    random.seed(SEED)
    drop = [d for d in args.drop.split(",") if d]
    t0 = time.time()
    print("features of every span, lists mined per fold …", file=sys.stderr)
    sentences = build(args.folds, drop)
    n_inst = sum(len(s[3]) for s in sentences)
    print(f"{len(sentences)} sentences, {n_inst} spans ({time.time() - t0:.0f} s)",
          file=sys.stderr)
    meta = {"trained": _dt.date.today().isoformat(), "C": args.C, "folds": args.folds,
            "dropped_families": drop, "seed": SEED,
            "data": "rifat_train.jsonl (Rifat1493/Bengali-NER, MIT) and the training part of "
                    "multiconer2_train.jsonl (MultiCoNER II Bangla, CC BY 4.0)"}
    theta = {"N": 0.5, "W": 0.5}
    if args.theta:
        theta.update({kv.split("=")[0]: float(kv.split("=")[1]) for kv in args.theta.split(",")})
    cut = 0.5
    if args.cv:
        table, best, routed, cut = cross_validate(sentences, args.folds, args.C)
        theta.update(best)
        meta["cross_validation"] = {}
        for dom in ("N", "W"):
            print(f"register {dom}: " + "  ".join(
                f"θ={th}: F1 {table[(dom, th)]['ALL'][2]:.3f}" for th in THETAS))
            s = table[(dom, best[dom])]
            print(f"  best θ={best[dom]}: " + "  ".join(
                f"{t} P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}" for t, (p, r, f) in s.items()))
            meta["cross_validation"][dom] = {t: [round(x, 4) for x in v] for t, v in s.items()}
        for c in ROUTER_CUTS:
            print(f"router threshold {c}: F1 with the register told: "
                  f"N {routed[c]['N']['ALL'][2]:.3f}  W {routed[c]['W']['ALL'][2]:.3f}")
        print(f"  best router threshold {cut}")
        meta["cross_validation"]["routed"] = {
            d: {t: [round(x, 4) for x in v] for t, v in routed[cut][d].items()} for d in "NW"}
        meta["router_threshold"] = cut
    meta["theta"] = theta
    if args.no_write:
        return 0
    vec, clf = fit(sentences, args.C)
    router_vec, router_clf = fit_router(sentences)
    meta["prune"] = args.prune
    n_w = sum(1 for s in sentences if s[0] == "W")
    prior = math.log(n_w / (len(sentences) - n_w))
    meta["router_prior_removed"] = round(prior, 4)
    model = model_json(vec, clf, router_vec, router_clf, theta, cut, meta, args.prune, prior)
    raw = json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    args.out.write_bytes(gzip.compress(raw, mtime=0))
    print(f"wrote {args.out} ({model['features'].count(chr(10)) + 1} features, "
          f"{args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
