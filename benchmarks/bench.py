#!/usr/bin/env python3
"""Speed and memory figures for annotate(), printed, never asserted.

    python benchmarks/bench.py [--repeat 5] [--corpus FILE ...]

* throughput of annotate() over a large Bengali news corpus, in characters per CPU second,
  against spaCy's blank("bn") tokenizer on the same documents in the same run, first pass
  (cold caches) and warm (median of interleaved passes) (needs ``pip install -e '.[bench]'``;
  skipped with a note when spaCy is missing);
* cold start: a fresh process importing the package and annotating one sentence;
* the time to build the default pipeline (gazetteers and lexicons), and peak memory.

The corpus is the text of ../shared/data/rifat_*.jsonl (Bengali news sentences, grouped into
article-sized documents of about 3,000 characters) plus the seed article, or the files given
with --corpus (plain UTF-8 text, one document per blank-line-separated block).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SENTENCE = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।"


def load_corpus(files):
    docs = []
    if files:
        for f in files:
            blocks = Path(f).read_text(encoding="utf-8").split("\n\n")
            docs += [b for b in blocks if b.strip()]
        return docs
    sentences = []
    for name in ("rifat_train.jsonl", "rifat_dev.jsonl"):
        path = SHARED / "data" / name
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                sentences += [json.loads(line)["text"] for line in fh]
    buf, size = [], 0
    for s in sentences:
        buf.append(s)
        size += len(s)
        if size >= 3000:
            docs.append("\n".join(buf))
            buf, size = [], 0
    if buf:
        docs.append("\n".join(buf))
    seed = SHARED / "seed" / "article.txt"
    if seed.is_file():
        docs += [seed.read_text(encoding="utf-8")] * 20
    if not docs:
        sys.exit("no corpus: put ../shared beside the project or pass --corpus FILE")
    return docs


def cpu_time(fn, docs):
    """CPU seconds of one pass (process time: steadier than wall time on a shared machine,
    and the same thing for single-threaded work)."""
    t = time.process_time()
    fn(docs)
    return time.process_time() - t


def synthetic_gazetteer(path: Path, n: int = 100_000, seed: int = 7) -> None:
    """A gazetteer of ``n`` made-up entries (1-3 Bengali words a form, 1-2 forms an entry)."""
    import random

    rnd = random.Random(seed)
    consonants = "কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশষসহ"
    signs = ["", "া", "ি", "ী", "ু", "ূ", "ে", "ো"]

    def word():
        return "".join(rnd.choice(consonants) + rnd.choice(signs) for _ in range(rnd.randint(2, 4)))

    with path.open("w", encoding="utf-8") as fh:
        fh.write("# synthetic gazetteer for the benchmark\nlabel\tcanonical\tkb_id\tforms\tsource\n")
        for i in range(n):
            forms = "|".join(" ".join(word() for _ in range(rnd.randint(1, 3)))
                             for _ in range(rnd.randint(1, 2)))
            fh.write(f"PERSON\tPerson {i}\t\t{forms}\tsynthetic\n")


def gazetteer_load_times() -> None:
    import os
    import tempfile

    from bangla_news_nlp.gazetteer.cache import build_index
    from bangla_news_nlp.resources import gazetteer_files

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BANGLA_NEWS_NLP_CACHE"] = os.path.join(tmp, "cache")
        big = Path(tmp) / "synthetic.tsv"
        synthetic_gazetteer(big)
        for name, paths in (("shipped gazetteers", gazetteer_files()),
                            ("synthetic gazetteer of 100,000 entries", [big])):
            t = time.perf_counter()
            index = build_index(paths, cache=False)
            built = time.perf_counter() - t
            build_index(paths)  # writes the cache
            t = time.perf_counter()
            build_index(paths)
            cached = time.perf_counter() - t
            print(f"{name}: {len(index):,} entries, {index.n_forms:,} keys: built in "
                  f"{built:.3f} s, from the JSON cache in {cached:.3f} s")
        del os.environ["BANGLA_NEWS_NLP_CACHE"]


def cold_start(runs=5):
    """Median seconds of (import + first annotate) in fresh processes with the gazetteer cache
    in place, and the same for the very first run (empty cache: the index is built)."""
    import os
    import tempfile

    code = (
        "import time; t0 = time.perf_counter(); import bangla_news_nlp as b; "
        f"b.annotate({SENTENCE!r}); print(time.perf_counter() - t0)"
    )

    def run(env):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, env=env)
        return float(out.stdout.strip()), time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, BANGLA_NEWS_NLP_CACHE=tmp)
        first_inside, first_wall = run(env)
        results = [run(env) for _ in range(runs)]
    return (first_inside, first_wall,
            statistics.median(r[0] for r in results), statistics.median(r[1] for r in results))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="warm passes (after the first)")
    ap.add_argument("--corpus", nargs="*")
    args = ap.parse_args()

    docs = load_corpus(args.corpus)
    n_chars = sum(len(d) for d in docs)
    print(f"corpus: {len(docs)} documents, {n_chars:,} characters")

    first, first_wall, inside, wall = cold_start()
    print(f"cold start (import + first annotate, fresh process): {inside:.3f} s "
          f"(whole process incl. interpreter: {wall:.3f} s); the very first run, which builds "
          f"the gazetteer cache: {first:.3f} s ({first_wall:.3f} s)")

    t = time.perf_counter()
    import bangla_news_nlp
    from bangla_news_nlp import Pipeline

    t_import = time.perf_counter() - t
    t = time.perf_counter()
    nlp = Pipeline()
    t_build = time.perf_counter() - t
    print(f"import: {t_import:.3f} s; build the default pipeline: {t_build:.3f} s "
          f"({len(nlp.gazetteer):,} gazetteer entries, {nlp.gazetteer.n_forms:,} index keys)")
    def run_ours(ds):
        for d in ds:
            nlp.annotate(d)

    try:
        import spacy
    except ImportError:
        spacy = None
        print("spaCy not installed (pip install -e '.[bench]'): no comparison")
    else:
        tok = spacy.blank("bn").tokenizer

        def run_spacy(ds):
            for d in ds:
                tok(d)

    # first passes (cold caches on both sides), then warm passes interleaved so that both
    # see the same machine conditions
    ours = [cpu_time(run_ours, docs)]
    theirs = [cpu_time(run_spacy, docs)] if spacy else []
    for _ in range(args.repeat):
        ours.append(cpu_time(run_ours, docs))
        if spacy:
            theirs.append(cpu_time(run_spacy, docs))
    n_ents = sum(len(nlp.annotate(d).entities) for d in docs)
    warm = statistics.median(ours[1:]) if len(ours) > 1 else ours[0]
    print(f"annotate: first pass {n_chars / ours[0]:,.0f} chars/s, warm (median of "
          f"{len(ours) - 1}) {n_chars / warm:,.0f} chars/s ({n_ents:,} entities)")
    if spacy:
        twarm = statistics.median(theirs[1:]) if len(theirs) > 1 else theirs[0]
        print(f"spaCy {spacy.__version__} blank('bn') tokenizer: first pass "
              f"{n_chars / theirs[0]:,.0f} chars/s, warm {n_chars / twarm:,.0f} chars/s")
        print(f"ratio annotate / spaCy tokenizer (higher is better for us): first pass "
              f"{theirs[0] / ours[0]:.2f}, warm {twarm / warm:.2f}")

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory after annotating the corpus (with spaCy loaded too): {rss:,.0f} MB "
          f"(bangla_news_nlp {bangla_news_nlp.__version__})")
    gazetteer_load_times()
    return 0


if __name__ == "__main__":
    sys.exit(main())
