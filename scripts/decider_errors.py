#!/usr/bin/env python3
"""The trained decider's errors on the training data, out of fold: the way to read what it
gets wrong without the dev split.

    python scripts/decider_errors.py [--folds 0,1] [--errors 40] [--by-source]

For each chosen fold of rifat_train (the news register), a decider is trained as
scripts/train_model.py trains the shipped one (the same features, C and seed; the lists
mined from the other folds; the MultiCoNER folds of the same number left out too) on every
other fold, with the shipped model's thresholds, and the held-out fold is annotated by a
Pipeline with that model and those lists, and scored as ``bangla-news-nlp evaluate`` scores
(strict P/R/F1, the confusion table, the most frequent errors in context, and with
``--by-source`` the precision of each rule, list and the model).  Needs ``pip install -e
'.[train]'`` and ../shared; about a minute per fold.  Never point it at the dev split.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_model as tm  # noqa: E402
from mine_lexicons import mine  # noqa: E402
from shared_data import read_jsonl  # noqa: E402

from bangla_news_nlp import LanguageData, Pipeline  # noqa: E402
from bangla_news_nlp.evaluate import evaluate, format_report  # noqa: E402
from bangla_news_nlp.io.gold import GoldDoc, map_label  # noqa: E402
from bangla_news_nlp.ner.model.decider import MODEL_FILE  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--k", type=int, default=5, help="number of folds (as train_model.py)")
    ap.add_argument("--folds", default="0", help="the folds to report (comma-separated)")
    ap.add_argument("--errors", type=int, default=40)
    ap.add_argument("--by-source", action="store_true")
    ap.add_argument("--C", type=float, default=0.5)
    args = ap.parse_args()
    shipped = json.loads(gzip.decompress(MODEL_FILE.read_bytes()))
    sentences = tm.build(args.k, [])
    n_w = sum(1 for s in sentences if s[0] == "W")
    prior = math.log(n_w / (len(sentences) - n_w))
    rifat = list(read_jsonl("rifat_train"))
    rifat_folds = tm.folds_of(rifat, args.k, contiguous=True)
    base = LanguageData.bengali()
    all_mc = tm.mc_names(tm.multiconer("train"))
    with tempfile.TemporaryDirectory() as tmp:
        for k in (int(x) for x in args.folds.split(",")):
            train = [s for s in sentences if s[1] != k]
            vec, clf = tm.fit(train, args.C)
            rvec, rclf = tm.fit_router(train)
            model = tm.model_json(vec, clf, rvec, rclf, shipped["theta"],
                                  shipped["router"]["threshold"], {"fold": k}, 0.02, prior)
            path = Path(tmp) / f"fold{k}.json.gz"
            path.write_bytes(gzip.compress(json.dumps(model, ensure_ascii=False).encode()))
            others = [r for j, f in enumerate(rifat_folds) if j != k for r in f]
            common, person, _, _ = mine(others)
            lang = base.replace(common_words=common,
                                mined_person_words=[w for w, _, _ in person], **all_mc)
            nlp = Pipeline(lang=lang, model=path)
            docs = [GoldDoc(r["id"], r["text"], [(s, e, map_label(lab))
                                                for s, e, lab in r["entities"] if map_label(lab)])
                    for r in rifat_folds[k]]
            report = evaluate(docs, nlp)
            print(f"== rifat_train fold {k} (decider trained without it)")
            print(format_report(report, errors=args.errors, by_source=args.by_source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
