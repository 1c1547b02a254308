#!/usr/bin/env python3
"""Cross-validation inside the training split: the way to tune rules without the dev split.

The training split is cut into K contiguous folds (contiguous, so that sentences of one article
stay together).  For each fold, the word lists that scripts/mine_lexicons.py mines from the
training data are mined again from the other K-1 folds only, and the library is scored on the
held-out fold with them.  The curated lists (given names, surnames, frequent words,
gazetteers) are used as shipped.

    python scripts/crossval.py [--train ../shared/data/rifat_train.jsonl] [--folds 5]
                               [--fold N --errors 40] [--save RUN.json] [--against RUN.json]

Prints strict P/R/F1 per type for each fold and their mean.  With ``--fold N --errors M`` it
also prints the M most frequent errors of fold N in context, to look at while tuning.  Never
point it at the dev or test split: those are for measuring only.

Whether a change is worth keeping: ``--save base.json`` before it keeps every held-out
sentence's strict counts; ``--against base.json`` after it prints the change of the pooled
F1 (all folds' sentences together) with its 95 % interval and the shares of draws in which
the change is a gain and a loss (a paired bootstrap over the sentences, 1,000 draws:
``bangla_news_nlp.evaluate.compare``).  A change whose interval holds 0 is not one the
training data can tell from chance.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MINED = ("common_words.txt", "mined_person_words.txt")  # what mine_lexicons.py writes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", default=str(ROOT.parent / "shared" / "data" / "rifat_train.jsonl"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--fold", type=int, default=None, help="run only this fold (0-based)")
    ap.add_argument("--errors", type=int, default=0, help="list this many errors per fold")
    ap.add_argument("--save", type=Path, metavar="RUN.json",
                    help="keep each held-out sentence's strict counts in this file")
    ap.add_argument("--against", type=Path, metavar="RUN.json",
                    help="the change from a run saved with --save, with its interval")
    args = ap.parse_args()
    name = Path(args.train).name
    if "dev" in name or "test" in name:
        ap.error("cross-validate on the training split only")

    lines = Path(args.train).read_text(encoding="utf-8").splitlines(keepends=True)
    size = -(-len(lines) // args.folds)
    folds = [args.fold] if args.fold is not None else range(args.folds)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in folds:
            held = lines[k * size : (k + 1) * size]
            rest = lines[: k * size] + lines[(k + 1) * size :]
            train_path, held_path = Path(tmp, f"train{k}.jsonl"), Path(tmp, f"held{k}.jsonl")
            train_path.write_text("".join(rest), encoding="utf-8")
            held_path.write_text("".join(held), encoding="utf-8")
            lex_dir = Path(tmp, f"lex{k}")
            lex_dir.mkdir()
            # mining runs in its own process: it must see the shipped lists, not fold k's
            subprocess.run([sys.executable, str(ROOT / "scripts" / "mine_lexicons.py"),
                            "--train", str(train_path), "--out", str(lex_dir / MINED[0])],
                           check=True, stdout=subprocess.DEVNULL)
            results.append((k, score(held_path, lex_dir, args.errors)))
    for k, (line, _, _) in results:
        print(f"fold {k}: {line}")
    if len(results) > 1:
        import statistics

        means = {t: statistics.mean(r[1][t] for _, r in results) for t in results[0][1][1]}
        print("mean:   " + "  ".join(f"{t} F1 {v:.3f}" for t, v in means.items()))
    counts = [c for _, (_, _, fold_counts) in results for c in fold_counts]
    run = {"train": name, "folds": args.folds, "fold": args.fold, "counts": counts}
    if args.save:
        args.save.write_text(json.dumps(run), encoding="utf-8")
    if args.against:
        compare_runs(json.loads(args.against.read_text(encoding="utf-8")), run)
    return 0


def compare_runs(before: dict, after: dict) -> None:
    """Print the change of pooled strict F1 from run ``before`` to run ``after``."""
    from bangla_news_nlp.evaluate import Report, compare

    keys = ("train", "folds", "fold")
    if any(before.get(k) != after.get(k) for k in keys) \
            or len(before["counts"]) != len(after["counts"]):
        sys.exit("--against: that run was not made on the same sentences and folds")
    a, b = (Report(n_docs=len(r["counts"]), doc_counts=[tuple(c) for c in r["counts"]])
            for r in (before, after))
    change = compare(a, b)
    print("change of the pooled F1 from the saved run: " + "  ".join(
        f"{t} {c['diff']:+.4f} ({c['low']:+.4f} to {c['high']:+.4f}; a gain in "
        f"{c['better']:.0%} of draws, a loss in {c['worse']:.0%})" for t, c in change.items()))


def score(held: Path, lex_dir: Path, errors: int):
    """Score the library on ``held`` with the mined lists of ``lex_dir`` (in a fresh process,
    so that no list of another fold is cached)."""
    code = f"""
import json, sys
from pathlib import Path
from bangla_news_nlp import LanguageData, Pipeline
from bangla_news_nlp.lang.data import read_word_list
from bangla_news_nlp.evaluate import evaluate, format_report, read_gold
folder = Path({str(lex_dir)!r})
lang = LanguageData.bengali().replace(
    common_words=read_word_list(folder / "common_words.txt"),
    mined_person_words=read_word_list(folder / "mined_person_words.txt"))
report = evaluate(read_gold({str(held)!r}), Pipeline(lang=lang, cache=False).annotate)
if {errors}:
    print(format_report(report, errors={errors}), file=sys.stderr)
print(json.dumps({{"strict": {{t: [s.precision, s.recall, s.f1] for t, s in report.strict.items()}},
                  "counts": report.doc_counts}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, cwd=ROOT)
    if errors:
        sys.stderr.write(out.stderr)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    table = data["strict"]
    line = "  ".join(f"{t} {p:.3f}/{r:.3f}/{f:.3f}" for t, (p, r, f) in table.items())
    return line, {t: v[2] for t, v in table.items()}, data["counts"]


if __name__ == "__main__":
    sys.exit(main())
