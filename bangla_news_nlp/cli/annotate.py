"""``bangla-news-nlp annotate``: one text, a JSONL file of records or a folder of ``.txt`` files.

A single file is a batch of one: ``annotate FILE``, ``annotate -``, ``annotate DIR`` and
``annotate --jsonl IN`` all go through :func:`run`: the same readers
(:mod:`bangla_news_nlp.io.readers`), the same pipeline builder, the same in-order annotation
(:mod:`.workers`), the same atomic writers and the same exit statuses (:mod:`.common`); only
the output format differs (:mod:`.outputs`: the Document as JSON for one text, one JSON line
per record for many, Parquet for ``-o OUT.parquet``).

In order, so that a run that cannot succeed fails before it has written anything (exit 2):
the options are checked, the input is opened, the pipeline is built, the output is opened;
then the records stream through.
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from typing import Iterator, Optional

from ..errors import InputError
from ..io import readers
from ..io.progress import Progress
from ..io.readers import Bad, Item
from ..io.writer import Interrupted, StopSignals, received
from .common import (OK, PROG, SOME_SKIPPED, USAGE, build_pipeline, describe, fail,
                     parse_iso_date, stop)
from .outputs import open_output
from .workers import ordered_annotations

__all__ = ["run"]

_BATCH_ONLY = ("text_field", "id_field", "date_field", "workers")


def _check_usage(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Optional[str]:
    """Usage errors (argparse exits 2); returns the folder, if FILE is one."""
    if args.jsonl is not None:
        if args.file is not None:
            parser.error("annotate: give either FILE/folder or --jsonl IN, not both")
        folder = None
    elif args.file is None:
        parser.error("annotate: give a FILE (- for standard input), a folder, or --jsonl IN")
    elif args.file != "-" and os.path.isdir(args.file):
        folder = args.file
        for opt in ("text_field", "id_field", "date_field"):
            if getattr(args, opt) is not None:
                parser.error(f"annotate: --{opt.replace('_', '-')} applies to --jsonl only")
    else:
        for opt in _BATCH_ONLY:
            if getattr(args, opt) is not None:
                parser.error(f"annotate: --{opt.replace('_', '-')} applies to --jsonl or a folder")
        return None
    if (args.text_field or "text") == (args.id_field or "id"):
        parser.error("annotate: --text-field and --id-field must differ")
    return folder


def _open(path: str):
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``annotate``: returns the exit status."""
    folder = _check_usage(args, parser)
    single = args.jsonl is None and folder is None
    limit = args.max_record_size
    out = args.output
    to_terminal = (out is None or out == "-") and sys.stdout.isatty()
    show = not args.quiet and not to_terminal and sys.stderr.isatty()

    # the input
    fh = None
    if folder is not None:
        if not readers.has_txt_files(folder):
            stop(f"no .txt files in {folder}; nothing written", USAGE)
        items: Iterator[Item] = readers.read_folder(folder, args.reference_date, limit)
        progress = Progress(show, os.path.basename(os.path.normpath(folder)) or folder,
                            sum(1 for _ in readers.txt_files(folder)) if show else None,
                            unit=" files")
    else:
        name = args.jsonl if args.jsonl is not None else args.file
        source = "<stdin>" if name == "-" else name
        fh = sys.stdin.buffer if name == "-" else _open(name)
        total = None
        if fh is not sys.stdin.buffer:
            try:
                total = os.fstat(fh.fileno()).st_size or None
            except OSError:
                pass
        if single:
            items = _one_text(fh, source, args.reference_date, limit)
        else:
            items = readers.read_jsonl(fh, source, args.text_field or "text",
                                       args.id_field or "id", args.date_field,
                                       args.reference_date, parse_iso_date, limit)
        progress = Progress(show and not single, os.path.basename(source), total)
    try:
        nlp = build_pipeline(args.gazetteer, args.crf_model, args.allow_pickle, args.model)
        with StopSignals() as signals:
            output = open_output(out, signals, single=single,
                                 indent=None if args.compact else 2, tokens=args.tokens)
            return _stream(items, nlp, output, progress, args)
    finally:
        if fh is not None and fh is not sys.stdin.buffer:
            fh.close()


def _one_text(fh, source, reference_date, limit) -> Iterator[Item]:
    """The record of ``annotate FILE`` (read when the stream asks for it)."""
    yield readers.read_text(fh, source, reference_date, limit)


def _stream(items: Iterator[Item], nlp, output, progress: Progress,
            args: argparse.Namespace) -> int:
    done = failed = 0
    single = output.single
    results = ordered_annotations(
        items, nlp, workers=args.workers or 1, render=output.render,
        build=partial(build_pipeline, args.gazetteer, args.crf_model, args.allow_pickle,
                      args.model))
    try:
        for item, result in results:
            if result is None or not result[0]:
                failed += 1
                why = item.message if isinstance(item, Bad) else result[1]
                progress.message(f"{PROG}: {item.where()}: {why}"
                                 + ("" if single else "; skipped"))
            else:
                output.write(item, result[1])
                done += 1
            progress.update(done, failed, item.pos)
            if received() is not None:  # raised somewhere that swallowed it
                raise Interrupted(received())
        output.commit()
    except BaseException as exc:
        if describe(exc) is None:
            raise
        where = output.abandon()
        progress.close()
        suffix = f" after {done:,} records" if not single else ""
        fail(exc, suffix + (f"; {where}" if where else ""))
    finally:
        results.close()  # stops the worker processes, if any
    progress.close()
    if failed and not single and not args.quiet:
        sys.stderr.write(f"{PROG}: {failed:,} of {done + failed:,} records skipped\n")
    return SOME_SKIPPED if failed else OK
