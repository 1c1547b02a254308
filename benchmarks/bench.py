#!/usr/bin/env python3
"""Speed and memory of annotate(), as a user meets it: printed, never asserted.

    python benchmarks/bench.py [--repeat 5] [--baseline REV] [--corpus FILE ...]

Every figure is taken in a **fresh process** (so the caches of word facts are cold, as on a
user's first pass over their archive) and is **CPU time** of that process
(``time.process_time``: steadier than wall time on a shared machine; the work is
single-threaded).  Each figure is the median of ``--repeat`` fresh processes.

* **Text the library has never seen.**  News: the sentences of ``rifat_dev.jsonl`` (held
  out: no lexicon is mined from it and no rule is tuned on it), annotated one sentence at a
  time ("single news sentences") and joined, in their order, into articles of about 5,000
  characters ("articles").  Wikipedia-style: the held-out fifth of ``multiconer2_train.jsonl``
  (see ``scripts/shared_data.py``).  Or your own files with ``--corpus`` (one document per
  blank-line-separated block).
* **Against spaCy's ``blank("bn")`` tokenizer** on the same documents, also in fresh
  processes (needs ``pip install -e '.[bench]'``; skipped with a note without spaCy).
* **Against an older commit** with ``--baseline REV``: the same measurements of that commit's
  code (``git archive``), in the same run, side by side.
* this tree three ways: the default pipeline (rules only), with the trained decider
  (``model=True``) and with the decider only where the text reads as encyclopedic
  (``model="auto"``).
* the same documents a second time in the same process (every per-word cache warm: what a
  long run over an archive meets once its words are known).
* the fixed cost of one call (``annotate`` of a 10-character text, warm), the cold start
  (import + first annotate, gazetteer cache in place, modules imported from bytecode as from an
  installed wheel), peak memory, and the gazetteer's build and cache times (also for a
  synthetic gazetteer of 100,000 entries).
* unless ``--quick``: one document of 10,000,000 characters (CPU and peak memory; target
  under 200 MB) and a synthetic gazetteer of 1,000,000 rows (the first Pipeline, which
  builds and caches it, and the next, from the cache; target: from the cache within 10 s,
  peak within 2 GB).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "scripts"))

TINY = "ঢাকায় ঝড়"  # 10 characters: the fixed cost of a call
WARMUP = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।"
ARTICLE_CHARS = 5000
LARGE_CHARS = 10_000_000  # one very long document: its memory must stay under LARGE_TARGET_MB
LARGE_TARGET_MB = 200
BIG_GAZETTEER_ROWS = 1_000_000
# a gazetteer the size of GeoNames' places must load on a laptop: the Pipeline built from the
# cache within 10 s, and the first build (which writes the cache) or a load within 2 GB
BIG_GAZETTEER_TARGET = {"cached_s": 10.0, "peak_mb": 2048}
# the sides measured from this tree: the default pipeline (rules only), with the decider,
# with the decider only where the text reads as encyclopedic
NOW, DECIDER, AUTO = "this tree", "this tree, with the decider", "this tree, model=\"auto\""


# ----------------------------------------------------------------------------- corpora
def news_sentences():
    from shared_data import read_jsonl  # scripts/shared_data.py

    return [rec["text"] for rec in read_jsonl("rifat_dev")]


def articles(sentences, size=ARTICLE_CHARS):
    """Consecutive sentences joined into documents of about ``size`` characters, a paragraph
    break every five sentences."""
    docs, buf, n = [], [], 0
    for s in sentences:
        buf.append(s)
        n += len(s) + 1
        if len(buf) % 5 == 0:
            buf[-1] += "\n"
        if n >= size:
            docs.append(" ".join(buf).strip())
            buf, n = [], 0
    if buf:
        docs.append(" ".join(buf).strip())
    return docs


def wiki_sentences():
    from shared_data import multiconer

    return [rec["text"] for rec in multiconer("heldout")]


def corpora(files):
    if files:
        docs = []
        for f in files:
            docs += [b for b in Path(f).read_text(encoding="utf-8").split("\n\n") if b.strip()]
        return {"your documents": docs}
    if not (SHARED / "data" / "rifat_dev.jsonl").is_file():
        sys.exit("no corpus: put ../shared beside the project or pass --corpus FILE")
    news = news_sentences()
    out = {"news articles (~5k chars)": articles(news), "single news sentences": news}
    if (SHARED / "data" / "multiconer2_train.jsonl").is_file():
        out["single Wikipedia-style sentences"] = wiki_sentences()
    return out


# ----------------------------------------------------------------------------- children
def child(kind: str, corpus_file: str) -> None:
    """One measurement in this (fresh) process; prints a JSON object."""
    if kind == "gazetteer":  # corpus_file: a gazetteer file; the cache folder from the env
        t = time.perf_counter()
        from bangla_news_nlp import Pipeline

        Pipeline([corpus_file]).annotate("ঢাকা")
        print(json.dumps({"cpu": time.perf_counter() - t, "rss_mb": peak_mb()}))
        return
    docs = json.loads(Path(corpus_file).read_text(encoding="utf-8")) if corpus_file else []
    if kind == "cold":
        t = time.process_time()
        import bangla_news_nlp

        if os.environ.get("BENCH_DECIDER"):
            bangla_news_nlp.Pipeline(model=_model_option()).annotate(WARMUP)
        else:
            bangla_news_nlp.annotate(WARMUP)
        print(json.dumps({"cpu": time.process_time() - t}))
        return
    if kind == "spacy":
        import spacy

        tok = spacy.blank("bn").tokenizer
        t = time.process_time()
        for d in docs:
            tok(d)
        print(json.dumps({"cpu": time.process_time() - t}))
        return
    from bangla_news_nlp import Pipeline

    if kind == "large":  # one document of LARGE_CHARS made of the corpus' documents
        nlp = Pipeline()
        nlp.annotate(WARMUP)
        parts, n = [], 0
        while n < LARGE_CHARS:
            for d in docs:
                parts.append(d)
                n += len(d) + 1
                if n >= LARGE_CHARS:
                    break
        text = "\n".join(parts)[:LARGE_CHARS]
        del parts
        before = peak_mb()
        t = time.process_time()
        doc = nlp.annotate(text)
        cpu = time.process_time() - t
        print(json.dumps({"cpu": cpu, "entities": len(doc.entities), "dates": len(doc.dates),
                          "rss_mb": peak_mb(), "before_mb": before}))
        return

    # BENCH_DECIDER: this tree's pipeline with the trained decider (model=True, or "auto")
    nlp = Pipeline(model=_model_option()) if os.environ.get("BENCH_DECIDER") else Pipeline()
    nlp.annotate("ঢাকা")  # (anything built on the first call is built before the timing)
    if kind == "tiny":
        nlp.annotate(WARMUP)
        nlp.annotate(TINY)
        per_call = []
        for _ in range(7):
            t = time.process_time()
            for _ in range(2000):
                nlp.annotate(TINY)
            per_call.append((time.process_time() - t) / 2000)
        print(json.dumps({"cpu": statistics.median(per_call)}))
        return
    t = time.process_time()
    n_ents = 0
    for d in docs:
        n_ents += len(nlp.annotate(d).entities)
    cpu = time.process_time() - t
    rss = peak_mb()
    # the same documents again: what a long run over an archive meets once the words are
    # known (every per-word cache warm)
    warm = None
    if not os.environ.get("BENCH_FIRST_PASS_ONLY"):  # (valgrind counts the first pass only)
        t = time.process_time()
        for d in docs:
            nlp.annotate(d)
        warm = time.process_time() - t
    print(json.dumps({"cpu": cpu, "warm": warm, "entities": n_ents, "rss_mb": rss}))


def _model_option():
    """``Pipeline(model=...)`` of a child with BENCH_DECIDER set: "auto" or True."""
    return "auto" if os.environ.get("BENCH_DECIDER") == "auto" else True


def peak_mb() -> float:
    """This process's peak resident memory in MB: VmHWM, which starts afresh at exec (the
    ru_maxrss of getrusage keeps the peak of the process it was forked from)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_PYCACHE: List[str] = []  # the bytecode folder of this run's children (made on first use)


def pycache() -> str:
    """The folder the children write and read their bytecode in: made by the first child
    of this run (never by a child, which has its folder in its environment), removed at exit."""
    if not _PYCACHE:
        folder = tempfile.mkdtemp(prefix="bench-pycache-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _PYCACHE.append(folder)
    return _PYCACHE[0]


def child_env(pythonpath=None, cache=None, decider=False) -> dict:
    """The environment of a measuring child: modules imported from bytecode, as from an
    installed wheel (pip compiles it), written once by the first child into a folder of the
    benchmark's own whatever PYTHONDONTWRITEBYTECODE says; the side's code, cache folder and
    pipeline."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache()
    if pythonpath:
        env["PYTHONPATH"] = pythonpath + os.pathsep + env.get("PYTHONPATH", "")
    if cache:
        env["BANGLA_NEWS_NLP_CACHE"] = cache
    if decider:  # True: model=True; "auto": model="auto"
        env["BENCH_DECIDER"] = "auto" if decider == "auto" else "1"
    return env


def run_child(kind, corpus_file, pythonpath=None, cache=None, spacy=False, decider=False):
    if spacy:
        kind = {"docs": "spacy"}.get(kind, kind)
    env = child_env(pythonpath, cache, decider)
    out = subprocess.run([sys.executable, __file__, "--child", kind, corpus_file or ""],
                         capture_output=True, text=True, env=env, cwd=pythonpath or ROOT)
    if out.returncode != 0:
        raise RuntimeError(f"benchmark child {kind} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def medians(repeat, kind, corpus_file, sides):
    """The median of ``repeat`` fresh processes for each side, the sides' runs interleaved
    (A B A B …) so that both see the same machine conditions."""
    runs = {name: [] for name in sides}
    for _ in range(repeat):
        for name, kw in sides.items():
            runs[name].append(run_child(kind, corpus_file, **kw))
    out = {}
    for name, rs in runs.items():
        out[name] = dict(rs[0])
        out[name]["cpu"] = statistics.median(r["cpu"] for r in rs)
        if rs[0].get("warm") is not None:
            out[name]["warm"] = statistics.median(r["warm"] for r in rs)
    return out


def instructions(kind, corpus_file, pythonpath=None, cache=None, spacy=False, decider=False):
    """Instructions executed by a child (valgrind's callgrind: the same count on every run,
    whatever else the machine is doing)."""
    env = child_env(pythonpath, cache, decider)
    env["BENCH_FIRST_PASS_ONLY"] = "1"
    env["PYTHONHASHSEED"] = "0"  # (string hashes decide dict and set orders: one count per run)
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, __file__, "--child", kind, corpus_file or ""],
                         capture_output=True, text=True, env=env, cwd=pythonpath or ROOT)
    for line in out.stderr.splitlines():
        if "Collected" in line:
            return int(line.split()[-1])
    raise RuntimeError(f"callgrind gave no count:\n{out.stderr[-2000:]}")


def checkout(rev: str, into: str) -> str:
    """The tree of ``rev`` (code and data) extracted into ``into``."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev],
                         capture_output=True, check=True).stdout
    path = Path(into) / "tree"
    path.mkdir()
    tar_path = Path(into) / "tree.tar"
    tar_path.write_bytes(tar)
    with tarfile.open(tar_path) as tf:
        tf.extractall(path)
    return str(path)


# ----------------------------------------------------------------------------- other figures
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
    from bangla_news_nlp import LanguageData
    from bangla_news_nlp.gazetteer.cache import build_index
    from bangla_news_nlp.resources import gazetteer_files

    lang = LanguageData.bengali()

    with tempfile.TemporaryDirectory() as tmp:
        old = os.environ.get("BANGLA_NEWS_NLP_CACHE")
        os.environ["BANGLA_NEWS_NLP_CACHE"] = os.path.join(tmp, "cache")
        big = Path(tmp) / "synthetic.tsv"
        synthetic_gazetteer(big)
        for name, paths in (("shipped gazetteers", gazetteer_files()),
                            ("synthetic gazetteer of 100,000 entries", [big])):
            t = time.perf_counter()
            index = build_index(paths, lang, cache=False)
            built = time.perf_counter() - t
            build_index(paths, lang)  # writes the cache
            t = time.perf_counter()
            build_index(paths, lang)
            cached = time.perf_counter() - t
            print(f"  {name}: {len(index):,} entries, {index.n_forms:,} keys: built in "
                  f"{built:.3f} s, from the JSON cache in {cached:.3f} s")
        if old is None:
            del os.environ["BANGLA_NEWS_NLP_CACHE"]
        else:
            os.environ["BANGLA_NEWS_NLP_CACHE"] = old


# ----------------------------------------------------------------------------- main
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="fresh processes per figure (median)")
    ap.add_argument("--baseline", metavar="REV", help="also measure this commit, side by side")
    ap.add_argument("--corpus", nargs="*", help="your own UTF-8 files instead of ../shared")
    ap.add_argument("--instructions", action="store_true",
                    help="also count the instructions of each first pass with valgrind "
                         "(deterministic; slow)")
    ap.add_argument("--quick", action="store_true",
                    help="skip the one-document 10 MB and the 1-million-row gazetteer figures "
                         "(about two minutes)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return 0

    try:
        import spacy  # noqa: F401
        have_spacy = True
    except ImportError:
        have_spacy = False
        print("spaCy not installed (pip install -e '.[bench]'): no tokenizer comparison")

    with tempfile.TemporaryDirectory() as tmp:
        now_cache = os.path.join(tmp, "cache-now")
        sides = {NOW: {"pythonpath": None, "cache": now_cache},
                 DECIDER: {"pythonpath": None, "decider": True, "cache": now_cache},
                 AUTO: {"pythonpath": None, "decider": "auto", "cache": now_cache}}
        base_side = None
        if args.baseline:
            found = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short",
                                    f"{args.baseline}^{{commit}}"], capture_output=True, text=True)
            if found.returncode != 0:  # (a shallow clone, or no git): measure this tree only
                print(f"baseline {args.baseline} is not in this checkout's history: skipped")
            else:
                base_side = f"baseline {found.stdout.strip()}"
                sides[base_side] = {"pythonpath": checkout(args.baseline, tmp),
                                    "cache": os.path.join(tmp, "cache-base")}
        files = {}
        for name, docs in corpora(args.corpus).items():
            f = os.path.join(tmp, f"corpus-{len(files)}.json")
            Path(f).write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
            files[name] = (f, len(docs), sum(len(d) for d in docs))
        for kw in sides.values():
            run_child("cold", "", **kw)  # builds the gazetteer cache of that side

        print(f"CPU time in fresh processes, median of {args.repeat}; first pass over text the "
              "library has not seen")
        results = {}
        for name, (f, n_docs, n_chars) in files.items():
            print(f"\n{name}: {n_docs:,} documents, {n_chars:,} characters")
            both = dict(sides)
            if have_spacy:
                both["spaCy"] = {"spacy": True}
            measured = medians(args.repeat, "docs", f, both)
            spacy_cpu = measured["spaCy"]["cpu"] if have_spacy else None
            if spacy_cpu:
                print(f"  {'spaCy blank(bn) tokenizer':28} {n_chars / spacy_cpu:12,.0f} chars/s")
            for side in sides:
                r = measured[side]
                results[(name, side)] = r["cpu"]
                ratio = f"  ratio to spaCy's tokenizer {spacy_cpu / r['cpu']:.2f}" if spacy_cpu else ""
                print(f"  {'annotate, ' + side:28} {n_chars / r['cpu']:12,.0f} chars/s{ratio}  "
                      f"({r['entities']:,} entities, peak {r['rss_mb']:.0f} MB)")
            now, dec, auto = (results[(name, side)] for side in (NOW, DECIDER, AUTO))
            print(f"  throughput with the decider relative to the default pipeline (rules "
                  f"only): {now / dec:.2f}x; with the decider only where the text reads as "
                  f"encyclopedic (model=\"auto\"): {now / auto:.2f}x")
            w_now, w_dec = measured[NOW].get("warm"), measured[DECIDER].get("warm")
            if w_now and w_dec:
                print(f"  second pass over the same documents (per-word caches warm, as deep "
                      f"into an archive): default {n_chars / w_now:,.0f} chars/s, with the "
                      f"decider {n_chars / w_dec:,.0f} chars/s ({w_now / w_dec:.2f}x)")
            if base_side:
                base = results[(name, base_side)]
                print(f"  speed-up over the baseline: {base / now:.2f}x (default), "
                      f"{base / dec:.2f}x with the decider")
            if args.instructions:
                counts = {side: instructions("docs", f, **kw) - instructions("docs", "", **kw)
                          for side, kw in sides.items() if side != AUTO}  # (as the decider's
                # on encyclopedic text, the rules' elsewhere: not counted, to keep CI short)
                print("  instructions of the first pass (valgrind): " + ", ".join(
                    f"{side} {n / 1e6:,.0f} M" for side, n in counts.items()))
                if base_side:
                    now, dec, base = counts[NOW], counts[DECIDER], counts[base_side]
                    print(f"  speed-up by instructions: {base / now:.2f}x (default), "
                          f"{base / dec:.2f}x with the decider")

        print()
        tinies = medians(args.repeat, "tiny", "", sides)
        colds = medians(args.repeat, "cold", "", sides)
        for side in sides:
            tiny, cold = tinies[side]["cpu"], colds[side]["cpu"]
            print(f"{side}: annotate of a {len(TINY)}-character text {tiny * 1e6:.1f} µs "
                  f"(warm, per call); cold start (import + first annotate) {cold:.3f} s")
        if not args.quick:
            large_document(files, args.repeat, now_cache)

    print("\ngazetteer build and cache (this tree):")
    gazetteer_load_times()
    if not args.quick:
        big_gazetteer()
    return 0


def large_document(files, repeat, cache) -> None:
    """One document of LARGE_CHARS characters: CPU and peak memory (this tree, default)."""
    if not files:
        return
    name, (f, _, _) = next(iter(files.items()))
    runs = [run_child("large", f, cache=cache) for _ in range(max(1, min(repeat, 2)))]
    r = min(runs, key=lambda r: r["cpu"])
    peak = max(x["rss_mb"] for x in runs)
    print(f"\none document of {LARGE_CHARS:,} characters ({name}, joined by line breaks): "
          f"{r['cpu']:.1f} s CPU ({r['cpu'] / LARGE_CHARS * 1e6:.2f} s per million characters), "
          f"{r['entities']:,} entities, {r['dates']:,} dates; peak {peak:.0f} MB "
          f"({r['before_mb']:.0f} MB before the text was read); target under "
          f"{LARGE_TARGET_MB} MB: {'met' if peak < LARGE_TARGET_MB else 'NOT met'}")


def big_gazetteer() -> None:
    """A user gazetteer of BIG_GAZETTEER_ROWS synthetic rows: the first Pipeline (build and
    write the cache) and the next one (from the cache), each in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.tsv"
        synthetic_gazetteer(path, n=BIG_GAZETTEER_ROWS)
        cache = os.path.join(tmp, "cache")
        first = run_child("gazetteer", str(path), cache=cache)
        again = run_child("gazetteer", str(path), cache=cache)
        size = sum(p.stat().st_size for p in Path(cache).glob("*.json"))
        target = BIG_GAZETTEER_TARGET
        met = (again["cpu"] <= target["cached_s"]
               and max(first["rss_mb"], again["rss_mb"]) <= target["peak_mb"])
        print(f"\na gazetteer of {BIG_GAZETTEER_ROWS:,} rows ({path.stat().st_size / 2**20:.0f} "
              f"MB): first Pipeline {first['cpu']:.1f} s wall, peak {first['rss_mb']:.0f} MB; "
              f"from the cache ({size / 2**20:.0f} MB) {again['cpu']:.1f} s, peak "
              f"{again['rss_mb']:.0f} MB; target from the cache within "
              f"{target['cached_s']:.0f} s and peak within {target['peak_mb']} MB: "
              f"{'met' if met else 'NOT met'}")


if __name__ == "__main__":
    sys.exit(main())
