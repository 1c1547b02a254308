#!/usr/bin/env python3
"""Throughput of the parallel paths, printed, never asserted:

    python benchmarks/bench_dask.py [--repeat 3] [--copies 1] [--batch-size 32]

* ``annotate_many(texts, n_process=N)`` for N = 1 (the serial path) and 2;
* ``bangla_news_nlp.dask.annotate_frame`` on a ``distributed.LocalCluster`` of 1 and 2 worker
  processes (one thread each), 8 partitions, computed to a pandas DataFrame.

The corpus is news text the caches have not seen: the sentences of ``rifat_train.jsonl`` and
``rifat_dev.jsonl`` (../shared/data) joined, in order, into articles of about 5,000 characters
(``--copies K`` repeats the whole corpus K times).  Every figure is the median of ``--repeat``
runs, each in a **fresh process**: wall time from the call to the last result (worker
start-up, pipeline builds and sending results back included; for Dask, the cluster's start is
printed apart and not included), CPU time of the process and all its children (workers
included), and characters per wall-clock second.  On a shared machine wall figures vary: read
them with the CPU column.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARTICLE_CHARS = 5000


def corpus(copies: int):
    sentences = []
    for name in ("rifat_train", "rifat_dev"):
        path = SHARED / "data" / f"{name}.jsonl"
        with path.open(encoding="utf-8") as fh:
            sentences += [json.loads(line)["text"] for line in fh]
    docs, buf, n = [], [], 0
    for s in sentences:
        buf.append(s)
        n += len(s) + 1
        if n >= ARTICLE_CHARS:
            docs.append(" ".join(buf))
            buf, n = [], 0
    if buf:
        docs.append(" ".join(buf))
    return docs * copies


def cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_one(mode: str, workers: int, copies: int, batch_size: int) -> dict:
    """One measurement, in this (fresh) process."""
    texts = corpus(copies)
    chars = sum(map(len, texts))
    if mode == "annotate_many":
        from bangla_news_nlp import annotate_many

        c0, t0 = cpu(), time.perf_counter()
        n = sum(len(d.entities) for d in annotate_many(texts, n_process=workers,
                                                        batch_size=batch_size))
        wall = time.perf_counter() - t0
        return {"wall": wall, "cpu": cpu() - c0, "chars": chars, "docs": len(texts),
                "entities": n, "start": 0.0}
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster

    from bangla_news_nlp.dask import annotate_frame

    pdf = pd.DataFrame({"id": range(len(texts)), "text": texts})
    c0, t0 = cpu(), time.perf_counter()
    cluster = LocalCluster(n_workers=workers, processes=True, threads_per_worker=1,
                           dashboard_address=None)
    client = Client(cluster)
    client.wait_for_workers(workers)
    start = time.perf_counter() - t0
    t1 = time.perf_counter()
    out = annotate_frame(dd.from_pandas(pdf, npartitions=8)).compute()
    wall = time.perf_counter() - t1
    client.close()
    cluster.close()
    return {"wall": wall, "cpu": cpu() - c0, "chars": chars, "docs": len(texts),
            "entities": int((out["kind"] == "entity").sum()), "start": start}


def fresh(mode: str, workers: int, args) -> dict:
    code = (f"import json, sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); "
            f"import bench_dask as b; print(json.dumps(b.run_one({mode!r}, {workers}, "
            f"{args.copies}, {args.batch_size})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)
    if not (SHARED / "data" / "rifat_dev.jsonl").is_file():
        print("../shared/data is not beside the project: nothing to measure")
        return 0
    texts = corpus(args.copies)
    print(f"corpus: {len(texts)} articles, {sum(map(len, texts)):,} characters "
          f"(rifat_train + rifat_dev joined into ~{ARTICLE_CHARS:,}-character articles"
          f"{f', x{args.copies}' if args.copies > 1 else ''}); {os.cpu_count()} CPUs; "
          f"median of {args.repeat} fresh processes")
    print(f"{'path':<34}{'wall s':>8}{'CPU s':>8}{'chars/s':>11}{'speed-up':>10}"
          f"{'cluster start s':>17}")
    for mode, label in (("annotate_many", "annotate_many(n_process={})"),
                        ("dask", "Dask LocalCluster, {} worker(s)")):
        base = None
        for workers in (1, 2):
            try:
                runs = [fresh(mode, workers, args) for _ in range(args.repeat)]
            except subprocess.CalledProcessError as exc:
                print(f"{label.format(workers):<34} failed: {exc.stderr.strip()[-300:]}")
                break
            wall = statistics.median(r["wall"] for r in runs)
            cpu_s = statistics.median(r["cpu"] for r in runs)
            start = statistics.median(r["start"] for r in runs)
            rate = runs[0]["chars"] / wall
            base = base or wall
            print(f"{label.format(workers):<34}{wall:>8.2f}{cpu_s:>8.2f}{rate:>11,.0f}"
                  f"{base / wall:>9.2f}x{(f'{start:.2f}' if mode == 'dask' else '-'):>17}")
    load = os.getloadavg()
    print(f"load average during the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          f"(other processes share the {os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
