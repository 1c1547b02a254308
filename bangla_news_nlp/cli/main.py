"""Command line: the parser and the dispatch to the commands.

    bangla-news-nlp annotate article.txt
    cat article.txt | bangla-news-nlp annotate - --reference-date 2025-12-24
    bangla-news-nlp annotate --jsonl news.jsonl -o out.jsonl --workers 2   # many texts
    bangla-news-nlp annotate articles/ -o mentions.parquet                 # a folder of .txt
    bangla-news-nlp evaluate gold.jsonl
    bangla-news-nlp train-crf train.jsonl -o ner.crfsuite   # needs the [bnlp] extra
    bangla-news-nlp schema          # the Document JSON schema

Each command is a module of this package (:mod:`.annotate`, :mod:`.evaluate`,
:mod:`.train_crf`, :mod:`.schema`); what they share, the exit statuses included, is
:mod:`.common`.  docs/cli.md describes every command and exit status for users.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

from .. import __version__
from ..io.readers import DEFAULT_MAX_RECORD_BYTES
from . import common

__all__ = ["main"]


def _crf_args(p: argparse.ArgumentParser) -> None:
    m = p.add_mutually_exclusive_group()
    m.add_argument("--model", dest="model", action="store_const", const=True, default=False,
                   help="also run the trained decider (docs/accuracy.md): more accurate, "
                        "at about a third of the speed")
    m.add_argument("--model-auto", dest="model", action="store_const", const="auto",
                   help="run the trained decider only on texts it reads as encyclopedic "
                        "(Wikipedia-style), the rules alone on news (docs/accuracy.md)")
    m.add_argument("--model-file", dest="model", metavar="PATH", type=Path,
                   help="run the decider with a model made by scripts/train_model.py")
    p.add_argument("--crf-model", metavar="PATH", default=None,
                   help="also run a CRF model from train-crf (needs the [bnlp] extra); its "
                        "entities fill only spans no other stage found")
    p.add_argument("--allow-pickle", action="store_true",
                   help="let --crf-model be a pickle (bnlp's bn_ner.pkl); unpickling runs any "
                        "code in the file, so only for files you trust")


def _annotate_args(a: argparse.ArgumentParser) -> None:
    a.add_argument("file", nargs="?",
                   help="UTF-8 text file, - to read standard input, or a folder of .txt files")
    a.add_argument("--reference-date", type=common.iso_date, default=None,
                   metavar="DATE",
                   help="resolve relative dates against this date, YYYY-MM-DD or "
                        "YYYY-MM-DDTHH:MM[:SS][±HH:MM] (default: the article's publication "
                        "line, if any)")
    a.add_argument("--gazetteer", action="append", default=[], metavar="PATH",
                   help="an extra gazetteer file (repeatable); its entries win conflicts")
    a.add_argument("--tokens", action="store_true",
                   help="include the tokens (derived from the text, so left out by default)")
    a.add_argument("--compact", action="store_true",
                   help="one line of JSON, no indentation (one text)")
    a.add_argument("-o", "--output", metavar="OUT",
                   help="write to OUT instead of standard output: to OUT.part first, renamed "
                        "to OUT (replacing it) only once everything is written; OUT ending in "
                        ".parquet: one row per mention (needs the [parquet] extra)")
    a.add_argument("--max-record-size", type=common.record_size,
                   default=DEFAULT_MAX_RECORD_BYTES, metavar="SIZE",
                   help="a JSONL line or text file larger than SIZE bytes (K, M, G: KiB, MiB, "
                        "GiB) is reported and skipped without being read whole (default 10M; "
                        "0: no limit)")
    _crf_args(a)
    g = a.add_argument_group(
        "many texts", "annotate each line of a JSONL file (--jsonl) or each .txt file of a "
                      "folder (give the folder as FILE); one JSON line per record is written")
    g.add_argument("--jsonl", metavar="IN",
                   help="a JSONL file (- for standard input), one JSON object per line")
    g.add_argument("--text-field", metavar="NAME",
                   help='the field holding the text (default "text")')
    g.add_argument("--id-field", metavar="NAME",
                   help='the field copied to the output\'s "id" (default "id")')
    g.add_argument("--date-field", metavar="NAME",
                   help="a field with each record's ISO date (as --reference-date), used as "
                        "its reference date instead of --reference-date")
    g.add_argument("--workers", type=common.workers, default=None, metavar="N",
                   help="annotate in N processes, output order kept (0: one per CPU; "
                        "default 1)")
    g.add_argument("-q", "--quiet", action="store_true",
                   help="no progress display (it is only shown when stderr is a terminal) "
                        "and no summary line")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=common.PROG,
        description="People, places, organisations and dates in Bengali news text.",
        epilog="Exit status: 0 done, 1 some records skipped, 2 nothing done (usage, "
               "unreadable input, bad gazetteer), 3 stopped by an error, 128+N stopped by "
               "signal N. See docs/cli.md.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("annotate", help="annotate a text file (or - for stdin), print JSON; "
                                        "or many texts (--jsonl, a folder)")
    _annotate_args(a)

    ev = sub.add_parser("evaluate", help="score the annotator on gold data (JSONL or CoNLL)")
    ev.add_argument("file", help="gold file: JSONL {text, entities: [[start, end, label]]} or "
                                 "CoNLL (token TAB tag; BIO, BIOES or BILOU)")
    ev.add_argument("--errors", type=int, default=0, metavar="N",
                    help="list the N most frequent errors with context")
    ev.add_argument("--by-source", action="store_true",
                    help="precision of each gazetteer file and rule")
    ev.add_argument("--gazetteer", action="append", default=[], metavar="PATH",
                    help="an extra gazetteer file (repeatable)")
    ev.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="also a 95%% interval of the strict scores from N resamples of the "
                         "documents (1000 is usual; seeded, so the same run gives the same)")
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


def _command(name: str):
    """The ``run(args, parser)`` of a command (its module imported only when it runs)."""
    if name == "annotate":
        from .annotate import run
    elif name == "evaluate":
        from .evaluate import run
    elif name == "train-crf":
        from .train_crf import run
    else:
        from .schema import run
    return run


def main(argv: Optional[List[str]] = None) -> int:
    """Run a command: returns 0 (done) or 1 (some records skipped); a command that ends
    early raises SystemExit with its status (2, 3 or 128 + a signal, see :mod:`.common`)
    after printing why, as argparse does for a usage error."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _command(args.command)(args, parser)
    except SystemExit:
        raise
    except BaseException as exc:  # the known ones become a message and an exit status
        common.fail(exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
