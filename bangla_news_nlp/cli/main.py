"""Command line: ``bangla-news-nlp annotate FILE|-`` prints the Document as JSON.

    bangla-news-nlp annotate article.txt
    cat article.txt | bangla-news-nlp annotate - --reference-date 2025-12-24
    bangla-news-nlp annotate --jsonl news.jsonl -o out.jsonl --workers 2   # batch (batch.py)
    bangla-news-nlp annotate articles/ -o out.jsonl                        # a folder of .txt
    bangla-news-nlp schema          # the Document JSON schema
    bangla-news-nlp train-crf train.jsonl -o ner.crfsuite   # needs the [bnlp] extra

All commands and their exit statuses are described in docs/cli.md.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from typing import List, Optional

from . import batch

__all__ = ["main"]


def _date(s: str) -> _dt.date:
    try:
        return _dt.datetime.fromisoformat(s) if "T" in s else _dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD[THH:MM]): {s!r}")


def _read_text(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        name = path
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise SystemExit(f"bangla-news-nlp: cannot read {path}: {exc.strerror or exc}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SystemExit(
            f"bangla-news-nlp: {name}:{line}: not valid UTF-8 (byte {exc.start}); "
            "convert the file to UTF-8 first"
        )


def _crf_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--crf-model", metavar="PATH", default=None,
                   help="also run a CRF model from train-crf (needs the [bnlp] extra); its "
                        "entities fill only spans no other stage found")
    p.add_argument("--allow-pickle", action="store_true",
                   help="let --crf-model be a pickle (bnlp's bn_ner.pkl); unpickling runs any "
                        "code in the file, so only for files you trust")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bangla-news-nlp",
        description="People, places, organisations and dates in Bengali news text.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("annotate", help="annotate a text file (or - for stdin), print JSON; "
                                        "or many texts (--jsonl, a folder)")
    a.add_argument("file", nargs="?",
                   help="UTF-8 text file, - to read standard input, or a folder of .txt files")
    a.add_argument("--reference-date", type=_date, default=None,
                   help="resolve relative dates against this date (default: the article's "
                        "publication line, if any)")
    a.add_argument("--gazetteer", action="append", default=[], metavar="PATH",
                   help="an extra gazetteer file (repeatable); its entries win conflicts")
    a.add_argument("--tokens", action="store_true",
                   help="include the tokens (derived from the text, so left out by default)")
    a.add_argument("--compact", action="store_true", help="one line of JSON, no indentation")
    _crf_args(a)
    batch.add_arguments(a)

    ev = sub.add_parser("evaluate", help="score the annotator on gold data (JSONL or CoNLL)")
    ev.add_argument("file", help="gold file: JSONL {text, entities: [[start, end, label]]} or "
                                 "CoNLL (token TAB tag; BIO, BIOES or BILOU)")
    ev.add_argument("--errors", type=int, default=0, metavar="N",
                    help="list the N most frequent errors with context")
    ev.add_argument("--by-source", action="store_true",
                    help="precision of each gazetteer file and rule")
    ev.add_argument("--gazetteer", action="append", default=[], metavar="PATH",
                    help="an extra gazetteer file (repeatable)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    _crf_args(ev)

    tr = sub.add_parser("train-crf", help="train bnlp's CRF tagger on gold data (needs the "
                                          "[bnlp] extra); writes a CRFsuite model file")
    tr.add_argument("file", help="gold training data, JSONL or CoNLL (as for evaluate)")
    tr.add_argument("-o", "--output", required=True, metavar="MODEL",
                    help="where to write the model (CRFsuite format)")
    tr.add_argument("--max-iterations", type=int, default=None, metavar="N",
                    help="stop L-BFGS after N iterations (default: until it converges)")
    tr.add_argument("--c1", type=float, default=None, help="L1 penalty (CRFsuite default 0)")
    tr.add_argument("--c2", type=float, default=None, help="L2 penalty (CRFsuite default 1)")

    sub.add_parser("schema", help="print the JSON schema of the Document output")
    return p


def main(argv: Optional[List[str]] = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        from ..document import Document

        print(json.dumps(Document.model_json_schema(mode="serialization"), ensure_ascii=False,
                         indent=2))
        return 0

    from ..gazetteer import GazetteerError

    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "train-crf":
        return _train_crf(args)

    if batch.is_batch(args):
        return batch.run(args, parser)
    batch.check_single_arguments(args, parser)
    text = _read_text(args.file)
    try:
        nlp = _pipeline(args)
    except GazetteerError as exc:
        raise SystemExit(f"bangla-news-nlp: gazetteer error: {exc}")
    doc = nlp.annotate(text, args.reference_date)
    exclude = None if args.tokens else {"tokens"}
    out = doc.model_dump_json(indent=None if args.compact else 2, exclude=exclude)
    if args.output not in (None, "-"):
        return batch.write_whole(args.output, out + "\n")
    sys.stdout.write(out + "\n")
    return 0


def _pipeline(args):
    """The default pipeline, or one with the extra gazetteers and CRF model asked for."""
    from ..integrations.crf import CRFError  # light: bnlp itself is imported only to load a model
    from ..pipeline import Pipeline, default_pipeline

    if not args.gazetteer and args.crf_model is None:
        return default_pipeline()
    try:
        return Pipeline(args.gazetteer, crf_model=args.crf_model,
                        allow_pickle=args.allow_pickle)
    except (CRFError, ImportError) as exc:
        raise SystemExit(f"bangla-news-nlp: {exc}")


def _train_crf(args) -> int:
    from ..evaluate import EvalError

    try:
        from ..integrations.crf import CRFError, train

        summary = train(args.file, args.output, max_iterations=args.max_iterations,
                        c1=args.c1, c2=args.c2)
    except (EvalError, CRFError, ImportError) as exc:
        raise SystemExit(f"bangla-news-nlp: {exc}")
    print(summary)
    return 0


def _evaluate(args) -> int:
    from ..evaluate import EvalError, evaluate, format_report, read_gold
    from ..gazetteer import GazetteerError

    try:
        docs = read_gold(args.file)
        nlp = _pipeline(args)
    except (EvalError, GazetteerError) as exc:
        raise SystemExit(f"bangla-news-nlp: {exc}")
    report = evaluate(docs, nlp.annotate)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, errors=args.errors, by_source=args.by_source))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
