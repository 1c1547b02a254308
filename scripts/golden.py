#!/usr/bin/env python3
"""Record, check and explain the library's output on fixed texts (a snapshot test).

    python scripts/golden.py --update      # write tests/golden/*.jsonl from today's code
    python scripts/golden.py --diff        # what changed against the recorded output

The texts are the seed article and the gold data's sentences in ``../shared`` (not copied
into the project: only our output on them is kept, one line per text, keyed by the text's
id).  ``tests/test_golden.py`` fails on any difference; a change of output that is meant
(a better rule) is recorded with ``--update`` in the same commit, and the commit message says
what changed (``--diff`` gives the counts by kind of change).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLDEN = ROOT / "tests" / "golden"

#: snapshot name -> texts it covers (``NAME.model``: the same texts, with the decider)
SETS = {
    "seed": "seed/article.txt",
    "rifat_train": "data/rifat_train.jsonl",
    "rifat_dev": "data/rifat_dev.jsonl",
    "seed.model": "seed/article.txt",
    "rifat_train.model": "data/rifat_train.jsonl",
    "rifat_dev.model": "data/rifat_dev.jsonl",
}


def options(name: str) -> Dict[str, object]:
    """The Pipeline options of a snapshot: the default pipeline, or ``model=True``."""
    return {"model": True} if name.endswith(".model") else {}


def texts(name: str, shared: Path = SHARED) -> Iterator[Tuple[str, str]]:
    """``(id, text)`` of one snapshot's texts."""
    path = shared / SETS[name]
    if path.suffix == ".txt":
        yield name.split(".")[0], path.read_text(encoding="utf-8")
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield rec["id"], rec["text"]


def snapshot(doc) -> Dict[str, list]:
    """What is recorded of a Document: every field of its entities and dates."""
    return {
        "entities": [[e.start, e.end, e.label.value, e.source, e.base, e.canonical, e.kb_id]
                     for e in doc.entities],
        "dates": [[d.start, d.end, d.value, d.granularity.value, d.calendar.value, d.relative]
                  for d in doc.dates],
    }


def current(name: str, shared: Path = SHARED) -> Dict[str, Dict[str, list]]:
    from bangla_news_nlp import Pipeline

    nlp = Pipeline(**options(name))
    return {i: snapshot(nlp.annotate(t)) for i, t in texts(name, shared)}


def recorded(name: str) -> Dict[str, Dict[str, list]]:
    out = {}
    with (GOLDEN / f"{name}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out[rec["id"]] = {"entities": rec["entities"], "dates": rec["dates"]}
    return out


def write(name: str, snap: Dict[str, Dict[str, list]]) -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    with (GOLDEN / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
        for i, s in snap.items():
            fh.write(json.dumps({"id": i, **s}, ensure_ascii=False, separators=(",", ":")) + "\n")


def differences(old: Dict[str, Dict[str, list]], new: Dict[str, Dict[str, list]]) -> List[str]:
    """One line per changed span: ``id: -old`` / ``id: +new``, and a kind of change."""
    lines = []
    for i in sorted(set(old) | set(new)):
        a, b = old.get(i, {}), new.get(i, {})
        for field in ("entities", "dates"):
            sa = {tuple(x) for x in a.get(field, [])}
            sb = {tuple(x) for x in b.get(field, [])}
            for x in sorted(sa - sb, key=str):
                lines.append(f"{i}: - {field[:-1] if field == 'dates' else 'entity'} {list(x)}")
            for x in sorted(sb - sa, key=str):
                lines.append(f"{i}: + {field[:-1] if field == 'dates' else 'entity'} {list(x)}")
    return lines


def kinds(old, new) -> Counter:
    """Counts of changed spans by kind: same span with another source / label / base, new
    span, lost span."""
    out: Counter = Counter()
    for i in set(old) | set(new):
        a = {tuple(x[:2]): x for x in old.get(i, {}).get("entities", [])}
        b = {tuple(x[:2]): x for x in new.get(i, {}).get("entities", [])}
        for span in set(a) | set(b):
            if span not in a:
                out["entity added"] += 1
            elif span not in b:
                out["entity lost"] += 1
            elif a[span] != b[span]:
                for k, what in ((2, "label"), (3, "source"), (4, "base"), (5, "canonical"),
                                (6, "kb_id")):
                    if a[span][k] != b[span][k]:
                        out[f"same span, other {what}"] += 1
        da = {tuple(x) for x in old.get(i, {}).get("dates", [])}
        db = {tuple(x) for x in new.get(i, {}).get("dates", [])}
        if da != db:
            out["date changed"] += len(da ^ db)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--update", action="store_true", help="record today's output")
    g.add_argument("--diff", action="store_true", help="print what changed")
    ap.add_argument("--limit", type=int, default=60, help="changed spans to list (--diff)")
    args = ap.parse_args()
    if not (SHARED / "seed").is_dir():
        sys.exit("../shared is not beside the project")
    status = 0
    for name in SETS:
        snap = current(name)
        if args.update:
            write(name, snap)
            n = sum(len(s["entities"]) for s in snap.values())
            print(f"{name}: {len(snap)} texts, {n} entities recorded")
            continue
        old = recorded(name)
        diff = differences(old, snap)
        print(f"{name}: {len(diff)} changed spans {dict(kinds(old, snap))}")
        for line in diff[: args.limit]:
            print("  " + line)
        status |= bool(diff)
    return status


if __name__ == "__main__":
    sys.exit(main())
