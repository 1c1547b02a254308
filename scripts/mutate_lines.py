#!/usr/bin/env python3
"""Mutation testing of some lines of one module, without mutmut's cache (issue 11).

mutmut 2 (scripts/mutation.sh) keeps its results in a cache that breaks when the module
changes under a run or after a crash; this script uses only mutmut's mutation operators.  It
lists the mutants of lines FIRST..LAST of MODULE, applies each in scratch copies of the
committed tree (one per worker, under --work), runs TESTS there, and prints every survivor
with its line before and after:

    python scripts/mutate_lines.py bangla_news_nlp/dates/grammar.py 769 864 \\
        tests/test_dates_grammar.py tests/test_dates.py tests/test_golden.py

Needs ``pip install -e '.[mutation]'`` (mutmut 2).  A survivor is a missing test or an
equivalent mutant (docs/testing.md says which were which).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("module", help="the file to mutate, relative to the project root")
    ap.add_argument("first", type=int, help="first line to mutate (1-based)")
    ap.add_argument("last", type=int, help="last line to mutate (inclusive)")
    ap.add_argument("tests", nargs="+", help="the tests each mutant runs against")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=300,
                    help="seconds a mutant's test run may take before it counts as killed "
                         "(a mutant that loops forever)")
    ap.add_argument("--work", default=None, help="folder for the scratch copies (default: a temporary one)")
    args = ap.parse_args()
    try:
        from mutmut import Context, list_mutations, mutate
    except ImportError:
        ap.error("needs mutmut 2: pip install -e '.[mutation]'")

    source = (ROOT / args.module).read_text(encoding="utf-8")
    lines = source.splitlines()
    mutants = [m for m in list_mutations(Context(source=source, filename=args.module))
               if args.first <= m.line_number + 1 <= args.last]
    print(f"{len(mutants)} mutants in lines {args.first}-{args.last} of {args.module}", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.work or tmp)
        folders = [work / f"w{i}" for i in range(max(1, args.workers))]
        files = subprocess.run(["git", "ls-files"], cwd=ROOT, check=True, capture_output=True,
                               text=True).stdout.split()
        for folder in folders:
            for name in files:  # the committed tree's files as they are in the working tree
                target = folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes((ROOT / name).read_bytes())
        shared = ROOT.parent / "shared"
        if shared.exists() and not (work / "shared").exists():
            (work / "shared").symlink_to(shared)

        def run(worker: int):
            folder, out = folders[worker], []
            env = {**os.environ, "PYTHONPATH": str(folder), "BANGLA_NEWS_NLP_CACHE": "off"}
            for n in range(worker, len(mutants), len(folders)):
                m = mutants[n]
                mutated, count = mutate(Context(source=source, mutation_id=m, filename=args.module))
                if not count:
                    continue
                path = folder / args.module
                path.write_text(mutated, encoding="utf-8")
                try:
                    r = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p",
                                        "no:cacheprovider", "-k", "not model", *args.tests],
                                       cwd=folder, env=env, capture_output=True, text=True,
                                       timeout=args.timeout)
                    returncode = r.returncode
                except subprocess.TimeoutExpired:  # (a mutant that loops forever)
                    returncode = -1
                path.write_text(source, encoding="utf-8")
                status = ("killed" if returncode > 0 else "killed (timed out)" if returncode
                          else "SURVIVED")
                print(f"{n} line {m.line_number + 1} {status}", flush=True)
                if not returncode:
                    out.append((n, m.line_number, mutated.splitlines()[m.line_number]))
            return out

        with ThreadPoolExecutor(len(folders)) as pool:
            survivors = sorted(s for part in pool.map(run, range(len(folders))) for s in part)

    print(f"\n{len(survivors)} of {len(mutants)} survived")
    for n, ln, after in survivors:
        print(f"#{n} line {ln + 1}:\n  - {lines[ln].strip()}\n  + {after.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
