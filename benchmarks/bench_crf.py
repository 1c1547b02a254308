#!/usr/bin/env python3
"""What the optional CRF tagger adds and costs, printed, never asserted (needs the [bnlp] extra).

    python benchmarks/bench_crf.py [--model M.crfsuite] [--repeat 3]

* trains bnlp's CRF on ../shared/data/rifat_train.jsonl (unless --model is given) and prints
  the training time;
* scores the pipeline on ../shared/data/rifat_dev.jsonl without and with the CRF: strict and
  overlap precision, recall and F1, overall and per type, and what the CRF added;
* throughput of annotate() on the dev sentences without and with the CRF, in characters per
  CPU second (median of interleaved passes, after one warm-up pass each);
* cold start: a fresh process that imports the package, builds the pipeline and annotates one
  sentence, without and with the CRF (the difference is mostly importing bnlp).

The same comparison from the command line:
``bangla-news-nlp evaluate ../shared/data/rifat_dev.jsonl [--crf-model M.crfsuite]``.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SENTENCE = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।"


def scores_table(name, report) -> str:
    lines = []
    for kind, table in (("strict", report.strict), ("overlap", report.overlap)):
        cells = "  ".join(f"{t} {table[t].precision:.3f}/{table[t].recall:.3f}/{table[t].f1:.3f}"
                          for t in ("ALL", "PER", "LOC", "ORG"))
        lines.append(f"{name:12} {kind:8} P/R/F1  {cells}")
    return "\n".join(lines)


def crf_alone(tagger):
    """An annotate function that returns only what the CRF finds, with no other stage."""
    from bangla_news_nlp import Document, Entity
    from bangla_news_nlp.text.normalize import normalize
    from bangla_news_nlp.text.tokenize import tokenize

    def annotate(text):
        norm = normalize(text)
        seq = tokenize(norm.text)
        out = []
        for a, b, label in tagger.spans(norm.text, seq.starts, seq.ends, seq.texts, seq.kinds):
            s, e = norm.span(seq.starts[a], seq.ends[b - 1])
            out.append(Entity(start=s, end=e, text=text[s:e], label=label, base=text[s:e],
                              source="crf"))
        return Document(text=text, entities=out)

    return annotate


def throughput(fn, texts, repeat):
    chars = sum(map(len, texts))
    for t in texts:  # warm-up
        fn(t)
    runs = []
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            fn(t)
        runs.append(chars / (time.process_time() - t0))
    return statistics.median(runs)


def cold_start(model) -> float:
    code = ("from bangla_news_nlp import Pipeline\n"
            f"Pipeline(crf_model={str(model)!r} if {model is not None} else None)"
            f".annotate({SENTENCE!r})\n")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", default=SHARED / "data" / "rifat_train.jsonl", type=Path)
    ap.add_argument("--dev", default=SHARED / "data" / "rifat_dev.jsonl", type=Path)
    ap.add_argument("--model", type=Path, default=None,
                    help="a trained CRF model (default: train one from --train)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not args.dev.is_file() or (args.model is None and not args.train.is_file()):
        sys.exit("no gold data: put ../shared beside the project or pass --train/--dev")

    from bangla_news_nlp import Pipeline
    from bangla_news_nlp.integrations.crf import train
    from bangla_news_nlp.evaluate import evaluate, read_gold

    model = args.model
    if model is None:
        folder = tempfile.mkdtemp(prefix="bnn-crf-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        model = Path(folder) / "rifat_train.crfsuite"
        summary = train(args.train, model)
        print(summary)

    docs = read_gold(args.dev)
    base = Pipeline()
    bnlp_loaded = "bnlp" in sys.modules
    t0 = time.perf_counter()
    with_crf = Pipeline(crf_model=model)
    load_s = time.perf_counter() - t0

    r0 = evaluate(docs, base.annotate)
    r1 = evaluate(docs, with_crf.annotate)
    r2 = evaluate(docs, crf_alone(with_crf.crf))
    print(f"\n{args.dev.name}: {len(docs)} documents")
    print(scores_table("without CRF", r0))
    print(scores_table("with CRF", r1))
    print(scores_table("CRF alone", r2))
    crf = r1.by_source.get("crf")
    if crf:
        print(f"CRF entities kept: {crf.tp + crf.fp}, {crf.tp} exactly right "
              f"(precision {crf.precision:.3f})")
    delta = r1.strict["ALL"].f1 - r0.strict["ALL"].f1
    print(f"strict F1 {'+' if delta >= 0 else ''}{delta:.4f} with the CRF")

    texts = [d.text for d in docs]
    print(f"\nthroughput on {sum(map(len, texts)):,} characters (chars per CPU second, median "
          f"of {args.repeat})")
    a = throughput(base.annotate, texts, args.repeat)
    b = throughput(with_crf.annotate, texts, args.repeat)
    print(f"without CRF {a:12,.0f}\nwith CRF    {b:12,.0f}   ({b / a:.2f}x)")
    print(f"loading the CRF model: {load_s:.2f} s"
          + (" (bnlp imported already)" if bnlp_loaded else " (including importing bnlp)"))

    c0, c1 = cold_start(None), cold_start(model)
    print(f"\ncold start (fresh process: import, build, annotate one sentence): "
          f"{c0:.2f} s without CRF, {c1:.2f} s with")
    return 0


if __name__ == "__main__":
    sys.exit(main())
