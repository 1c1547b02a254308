"""``bangla-news-nlp evaluate GOLD``: score the annotator on gold data (JSONL or CoNLL)."""

from __future__ import annotations

import argparse
import json

from .common import OK, build_pipeline

__all__ = ["run"]


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """A malformed gold file (EvalError) or gazetteer raises: exit status 2 in main."""
    from ..evaluate import evaluate, format_report
    from ..io.gold import read_gold

    docs = read_gold(args.file)
    nlp = build_pipeline(args.gazetteer, args.crf_model, args.allow_pickle, args.model)
    report = evaluate(docs, nlp.annotate)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, errors=args.errors, by_source=args.by_source))
    return OK
