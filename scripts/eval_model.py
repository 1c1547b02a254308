#!/usr/bin/env python3
"""Strict F1 of the rules-only pipeline and of the decider on rifat_dev and on the project's
held-out fifth of MultiCoNER II Bangla (the tables of docs/accuracy.md).

    python scripts/eval_model.py [--model PATH | --auto | --rules-only] [--register N|W]
                                 [--sets dev,mc] [--bootstrap N]

``--auto`` measures ``Pipeline(model="auto")`` (the decider only on what the router reads
as encyclopedic).  ``--register`` fixes the decider's register instead of the router's
choice (to see what each register's weights do on each set).  ``--bootstrap N`` adds a 95 %
interval of each strict score and of the change from the rules alone to the decider (a paired
bootstrap over the documents: bangla_news_nlp.evaluate.bootstrap and compare).  Needs
../shared; reads no training data.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from shared_data import SHARED, multiconer  # noqa: E402

from bangla_news_nlp import Pipeline  # noqa: E402
from bangla_news_nlp.evaluate import bootstrap, compare, evaluate  # noqa: E402
from bangla_news_nlp.io.gold import GoldDoc, map_label, read_gold  # noqa: E402


def gold_sets(names):
    out = {}
    if "dev" in names:
        out["rifat_dev"] = read_gold(SHARED / "data" / "rifat_dev.jsonl")
    if "mc" in names:
        out["mc_heldout"] = [
            GoldDoc(r["id"], r["text"], [(s, e, map_label(lab)) for s, e, lab in r["entities"]
                                         if map_label(lab)])
            for r in multiconer("heldout")]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="a decider model (default: the shipped one)")
    ap.add_argument("--rules-only", action="store_true")
    ap.add_argument("--auto", action="store_true",
                    help='Pipeline(model="auto"): the decider only where the text reads as '
                         'encyclopedic')
    ap.add_argument("--register", choices=("N", "W"), default=None)
    ap.add_argument("--sets", default="dev,mc")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="95%% intervals from N resamples of the documents, and the change "
                         "from the rules alone with its interval")
    args = ap.parse_args()
    if args.auto and (args.rules_only or args.model or args.register):
        ap.error("--auto takes the shipped model and the router's register")
    model = False if args.rules_only else "auto" if args.auto else (args.model or True)
    nlp = Pipeline(model=model)
    if args.register and nlp.model is not None:
        nlp.model.register = lambda texts: args.register
    what = "rules only" if model is False else 'model="auto"' if args.auto else \
        f"decider {args.model or '(shipped)'}" + (
            f", register {args.register}" if args.register else "")
    for name, docs in gold_sets(args.sets.split(",")).items():
        t = time.process_time()
        rep = evaluate(docs, nlp)
        dt = time.process_time() - t
        cells = "  ".join(f"{k} {s.precision:.3f}/{s.recall:.3f}/{s.f1:.3f}"
                          for k, s in rep.strict.items())
        print(f"{what} | {name} ({len(docs)}): strict P/R/F1 {cells}  [{dt:.1f} s CPU]")
        if args.bootstrap:
            ci = bootstrap(rep, args.bootstrap)
            print("  95 % interval of F1: " + "  ".join(
                f"{k} {lo:.3f}–{hi:.3f}" for k, (lo, hi) in
                ((k, ci[k]["f1"]) for k in ("ALL", "PER", "LOC", "ORG"))))
            if model is not False:
                rules = evaluate(docs, Pipeline(model=False))
                change = compare(rules, rep, args.bootstrap)
                print("  change from the rules alone: " + "  ".join(
                    f"{k} {c['diff']:+.3f} ({c['low']:+.3f} to {c['high']:+.3f}; better in "
                    f"{c['better']:.0%} of draws, worse in {c['worse']:.0%})"
                    for k, c in change.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
