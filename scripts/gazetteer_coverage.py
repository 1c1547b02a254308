#!/usr/bin/env python3
"""Share of gold entity spans whose base form the gazetteers know, and of people's names
with a part the name lexicons know.

For every PER, LOC and ORG span of a gold file (JSONL: {"text", "entities": [[start, end,
label]]}), the span's text is matched against the gazetteer index on its own; the span counts
as known when one gazetteer match (any label, strong or weak form) covers all of it, case
ending included.  For PER spans it also prints the share with at least one word the name
lexicons know (given names, family names, words mined from names: ``LanguageData.is_name_word``)
and the share of their words so known: what the person rules have to go on where no cue
introduces the name.  Comparing a training split with a held-out one shows how much of the
lexicons' coverage was learned from the first.

    python scripts/gazetteer_coverage.py ../shared/data/rifat_dev.jsonl [--gazetteer extra.tsv]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bangla_news_nlp import Pipeline  # noqa: E402
from bangla_news_nlp.text.normalize import normalize  # noqa: E402
from bangla_news_nlp.text.tokenize import tokenize  # noqa: E402


def _in(lex, word: str, names: set) -> bool:
    """``word`` or one of its stems (without a case ending) is in ``names``, spelling folded."""
    return any(lex.fold(stem) in names for stem, _ in lex.stems(word))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--gazetteer", action="append", default=[])
    args = ap.parse_args()

    nlp = Pipeline(args.gazetteer)
    known: Counter[str] = Counter()
    total: Counter[str] = Counter()
    lex = nlp.lang
    fold = lex.fold
    # the given and family name lists: the curated ones and the outside given names the
    # rules take (lang/bn/lexicons/names_given_rare.txt)
    curated = {fold(w) for w in lex.given_names | lex.surnames}
    mined = {fold(w) for w in lex.mined_person_words}
    people = people_with_part = words = known_words = by_curated = by_mined = 0
    with open(args.gold, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for s, e, label in rec["entities"]:
                if label not in ("PER", "LOC", "ORG"):
                    continue
                span = normalize(rec["text"][s:e]).text
                seq = tokenize(span)
                if not seq.texts:
                    continue
                total[label] += 1
                matches = nlp.gazetteer.find_all(seq, span)
                if any(m.ts == 0 and m.te == len(seq.texts) for m in matches):
                    known[label] += 1
                if label == "PER":
                    parts = [w for w in seq.texts if w[:1].isalpha()]
                    hits = sum(1 for w in parts if lex.is_name_word(w))
                    people += 1
                    people_with_part += hits > 0
                    by_curated += any(_in(lex, w, curated) for w in parts)
                    by_mined += any(_in(lex, w, mined) for w in parts)
                    words += len(parts)
                    known_words += hits
    print(f"{len(nlp.gazetteer):,} gazetteer entries")
    for label in ("PER", "LOC", "ORG"):
        print(f"{label}: {known[label]}/{total[label]} = {known[label] / max(1, total[label]):.1%}")
    all_known, all_total = sum(known.values()), sum(total.values())
    print(f"all: {all_known}/{all_total} = {all_known / max(1, all_total):.1%}")
    print(f"PER with a part the name lexicons know: {people_with_part}/{people} = "
          f"{people_with_part / max(1, people):.1%} (words: {known_words}/{words} = "
          f"{known_words / max(1, words):.1%})")
    print(f"  with the given and family name lists alone (curated and outside): "
          f"{by_curated / max(1, people):.1%}; "
          f"with the words mined from training data alone: {by_mined / max(1, people):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
