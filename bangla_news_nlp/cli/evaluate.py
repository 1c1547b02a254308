"""``bangla-news-nlp evaluate GOLD``: score the annotator on gold data (JSONL or CoNLL)."""

from __future__ import annotations

import argparse
import json

from .common import OK, build_pipeline

__all__ = ["run"]


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """A malformed gold file (EvalError) or gazetteer raises: exit status 2 in main."""
    from ..evaluate import bootstrap, evaluate, format_report
    from ..io.gold import read_gold

    if args.bootstrap and args.bootstrap < 10:
        parser.error(f"--bootstrap needs 10 resamples or more, not {args.bootstrap}")
    docs = read_gold(args.file)
    nlp = build_pipeline(args.gazetteer, args.crf_model, args.allow_pickle, args.model)
    report = evaluate(docs, nlp.annotate)
    intervals = bootstrap(report, args.bootstrap) if args.bootstrap and docs else None
    if args.json:
        out = report.as_dict()
        if intervals is not None:
            out["bootstrap"] = {"resamples": args.bootstrap, "level": 0.95, "strict": {
                t: {m: [round(lo, 4), round(hi, 4)] for m, (lo, hi) in by.items()}
                for t, by in intervals.items()}}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, errors=args.errors, by_source=args.by_source,
                            intervals=intervals))
    return OK
