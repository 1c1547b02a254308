"""Batch annotation for the command line: a JSONL file or a folder of ``.txt`` files in, one
JSON line per record out.  ``bangla-news-nlp annotate --jsonl IN -o OUT`` and
``bangla-news-nlp annotate DIR -o OUT`` end up in :func:`run`; docs/cli.md describes the
formats and exit codes for users.

How it keeps its promises:

* **Streaming.**  Input is read one line (or one file) at a time and each output line is
  written as soon as its record is done, so memory does not grow with the input.  With
  ``--workers N`` at most ``4 * N`` small chunks of records are in flight.  (``Pool.imap``
  is not used: its feeder thread reads the whole input ahead of the workers; and a
  ``ProcessPoolExecutor`` reports a worker killed by the OOM killer where a ``Pool`` hangs.)
* **Order.**  Results are written in input order whatever the number of workers.
* **No partial lines.**  ``-o OUT`` is written to ``OUT.part`` next to it, one complete
  line per ``write()`` call, and renamed to ``OUT`` only when the whole input is done, so
  ``OUT`` is either the complete output of a run or untouched.  Ctrl-C, SIGTERM and SIGHUP
  are held off while a line is being written; a write error (disk full) truncates
  ``OUT.part`` back to its last complete line.
* **Bad records are skipped**, reported on stderr as ``FILE:LINE: what is wrong``, and make
  the exit status 1.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import signal
import sys
import time
from collections import deque
from typing import Any, Deque, Dict, Iterable, Iterator, List, Optional, Tuple, Union

__all__ = [
    "Bad",
    "Interrupted",
    "Progress",
    "Record",
    "add_arguments",
    "check_single_arguments",
    "ordered_annotations",
    "read_folder",
    "read_jsonl",
    "run",
    "LineWriter",
    "write_whole",
]

PROG = "bangla-news-nlp"

# exit statuses (documented in docs/cli.md)
OK = 0  #: every record annotated
SOME_FAILED = 1  #: some records were skipped (reported on stderr); the rest were written
USAGE = 2  #: bad options, unreadable input, bad gazetteer: nothing was annotated
STOPPED = 3  #: stopped part way by a read or write error; OUT not changed

CHUNK = 4  #: records sent to a worker at a time
WINDOW = 4  #: chunks in flight per worker

ReferenceDate = Union[_dt.date, _dt.datetime, None]


# --------------------------------------------------------------------------- records
class Record:
    """One text to annotate, with what the output line carries besides the Document."""

    __slots__ = ("source", "line", "id", "fields", "text", "reference_date", "pos", "head")

    def __init__(self, source: str, line: Optional[int], id: Any, fields: Dict[str, Any],
                 text: Optional[str], reference_date: ReferenceDate = None, pos: int = 0):
        self.source = source
        self.line = line
        self.id = id
        self.fields = fields
        self.text = text
        self.reference_date = reference_date
        self.pos = pos  # progress: bytes (JSONL) or files (folder) read up to this record
        # the output line up to (not including) the document
        self.head = json.dumps({"source": source, "line": line, "id": id, "fields": fields},
                               ensure_ascii=False, separators=(",", ":"))[:-1] + ',"document":'

    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


class Bad:
    """A record that cannot be annotated, and why."""

    __slots__ = ("source", "line", "message", "pos")

    def __init__(self, source: str, line: Optional[int], message: str, pos: int = 0):
        self.source = source
        self.line = line
        self.message = message
        self.pos = pos

    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


Item = Union[Record, Bad]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string"


def _no_constant(name: str):
    raise ValueError(f"{name} is not allowed in JSON")


def _parse_date(value: str) -> ReferenceDate:
    s = value.strip()
    try:
        return _dt.date.fromisoformat(s) if len(s) == 10 else _dt.datetime.fromisoformat(s)
    except ValueError:
        return None


def _surrogate(s: str) -> Optional[str]:
    """The first unpaired surrogate in ``s`` (from a \\udXXX escape), if any."""
    try:
        s.encode("utf-8")
        return None
    except UnicodeEncodeError as exc:
        return f"\\u{ord(s[exc.start]):04x}"


def read_jsonl(fh, source: str, text_field: str = "text", id_field: str = "id",
               date_field: Optional[str] = None,
               reference_date: ReferenceDate = None) -> Iterator[Item]:
    """Records of a JSONL stream opened in binary mode, one line at a time.

    Blank lines are skipped silently; every other line yields a :class:`Record` or a
    :class:`Bad` naming the line.  A UTF-8 byte order mark on the first line is ignored.
    A record's reference date is its ``date_field`` when it has one, else
    ``reference_date``.
    """
    pos = 0
    for number, raw in enumerate(fh, 1):
        pos += len(raw)
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Bad(source, number, f"not valid UTF-8 (byte {exc.start + 1} of the line)", pos)
            continue
        try:
            rec = json.loads(line, parse_constant=_no_constant)
        except json.JSONDecodeError as exc:
            yield Bad(source, number, f"not valid JSON: {exc.msg} (column {exc.colno})", pos)
            continue
        except ValueError as exc:  # NaN/Infinity, an integer too long to convert
            yield Bad(source, number, f"not valid JSON: {exc}", pos)
            continue
        if not isinstance(rec, dict):
            yield Bad(source, number, f"not a JSON object but {_json_type(rec)}", pos)
            continue
        if text_field not in rec:
            yield Bad(source, number, f'no "{text_field}" field', pos)
            continue
        text = rec[text_field]
        if not isinstance(text, str):
            yield Bad(source, number,
                      f'field "{text_field}" is {_json_type(text)}, not a string', pos)
            continue
        ref: ReferenceDate = reference_date
        if date_field is not None and rec.get(date_field) is not None:
            value = rec[date_field]
            ref = _parse_date(value) if isinstance(value, str) else None
            if ref is None:
                shown = value if isinstance(value, str) else _json_type(value)
                yield Bad(source, number, f'field "{date_field}" is not an ISO date '
                                          f"(YYYY-MM-DD[THH:MM]): {shown!r}", pos)
                continue
        fields = {k: v for k, v in rec.items() if k != text_field and k != id_field}
        record = Record(source, number, rec.get(id_field), fields, text, ref, pos)
        bad = _surrogate(text) or _surrogate(record.head)
        if bad:
            yield Bad(source, number, f"has an unpaired surrogate ({bad}), which is not text",
                      pos)
            continue
        yield record


def _txt_files(folder: str, rel: str = "") -> Iterator[str]:
    """The ``.txt`` files under ``folder``, relative to it, in name order, a subfolder's
    files where its name sorts (read lazily, one folder listing at a time).  Hidden files
    and folders, and links to folders, are left out."""
    with os.scandir(os.path.join(folder, rel) if rel else folder) as it:
        entries = sorted((e.name, e.is_dir(follow_symlinks=False), e.is_file()) for e in it)
    for name, is_dir, is_file in entries:
        if name.startswith("."):
            continue
        path = os.path.join(rel, name) if rel else name
        if is_dir:
            yield from _txt_files(folder, path)
        elif is_file and name.endswith(".txt"):
            yield path


def count_txt_files(folder: str) -> int:
    return sum(1 for _ in _txt_files(folder))


def read_folder(folder: str, reference_date: ReferenceDate = None) -> Iterator[Item]:
    """One record per ``.txt`` file under ``folder`` (subfolders included, hidden ones not),
    in sorted path order; its ``id`` is the path relative to ``folder``."""
    for n, rel in enumerate(_txt_files(folder), 1):
        path = os.path.join(folder, rel)
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            yield Bad(path, None, f"cannot read: {exc.strerror or exc}", n)
            continue
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            yield Bad(path, line, f"not valid UTF-8 (byte {exc.start}); convert the file "
                                  "to UTF-8 first", n)
            continue
        yield Record(path, None, rel.replace(os.sep, "/"), {}, text, reference_date, n)


# --------------------------------------------------------------------------- annotation
_NLP = None  # the pipeline of this process (workers inherit it under fork)
_EXCLUDE: Optional[set] = None


def _build_pipeline(gazetteers: List[str], crf_model: Optional[str] = None,
                    allow_pickle: bool = False):
    from ..pipeline import Pipeline, default_pipeline

    if not gazetteers and crf_model is None:
        return default_pipeline()
    return Pipeline(gazetteers, crf_model=crf_model, allow_pickle=allow_pickle)


_INIT_ERROR: Optional[str] = None


class WorkerError(Exception):
    """A worker process could not build its pipeline."""


def _init_worker(gazetteers: List[str], exclude: Optional[set], crf_model: Optional[str] = None,
                 allow_pickle: bool = False) -> None:
    # Ctrl-C reaches the whole process group: let the parent alone handle it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    global _NLP, _EXCLUDE, _INIT_ERROR
    _EXCLUDE = exclude
    if _NLP is None:  # not inherited (spawn or forkserver start method)
        try:
            _NLP = _build_pipeline(gazetteers, crf_model, allow_pickle)
        except Exception as exc:  # raising here would make the pool respawn it forever
            _INIT_ERROR = f"{type(exc).__name__}: {exc}"


def _annotate_one(text: str, ref: ReferenceDate) -> Tuple[bool, str]:
    """(True, Document JSON) or (False, what went wrong)."""
    try:
        return True, _NLP.annotate(text, ref).model_dump_json(exclude=_EXCLUDE)
    except Exception as exc:  # one record's failure must not stop the batch
        if _RECEIVED is not None:  # a signal raised inside, and something wrapped it
            raise Interrupted(_RECEIVED) from None
        return False, f"annotation failed: {type(exc).__name__}: {exc}"


def _annotate_chunk(jobs: List[Tuple[str, ReferenceDate]]) -> List[Tuple[bool, str]]:
    if _INIT_ERROR is not None:
        raise WorkerError(f"a worker could not build its pipeline: {_INIT_ERROR}")
    return [_annotate_one(text, ref) for text, ref in jobs]


def _chunks(items: Iterable[Item], size: int) -> Iterator[List[Item]]:
    chunk: List[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered_annotations(items: Iterable[Item], nlp, *, workers: int = 1,
                        tokens: bool = False, gazetteers: List[str] = (),
                        crf_model: Optional[str] = None, allow_pickle: bool = False
                        ) -> Iterator[Tuple[Item, Optional[Tuple[bool, str]]]]:
    """``(item, (ok, document JSON or error))`` for each item, in input order; ``Bad`` items
    come through with ``None``.

    ``nlp`` is the pipeline of this process.  With ``workers > 1`` the texts go to a pool
    of processes (each with its own pipeline, rebuilt from ``gazetteers`` and ``crf_model`` unless inherited
    by fork) a few at a time, and at most ``WINDOW * workers`` chunks are read ahead.
    """
    global _NLP, _EXCLUDE
    _NLP, _EXCLUDE = nlp, (None if tokens else {"tokens"})
    if workers <= 1:
        for item in items:
            if isinstance(item, Bad):
                yield item, None
            else:
                yield item, _annotate_one(item.text, item.reference_date)
        return

    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def drain(chunk: List[Item], future) -> Iterator[Tuple[Item, Optional[Tuple[bool, str]]]]:
        try:
            results = iter(future.result() if future is not None else ())
        except BrokenProcessPool as exc:
            raise WorkerError("a worker process ended abruptly (killed, or out of memory?)"
                              ) from exc
        for item in chunk:
            yield item, (None if isinstance(item, Bad) else next(results))

    # ProcessPoolExecutor rather than multiprocessing.Pool: a worker that dies (OOM killer)
    # breaks the executor with an error, where a Pool waits for its result forever.
    executor = ProcessPoolExecutor(workers, initializer=_init_worker,
                                   initargs=(list(gazetteers), _EXCLUDE, crf_model, allow_pickle))
    try:
        window: Deque[Tuple[List[Item], Any]] = deque()
        for chunk in _chunks(items, CHUNK):
            jobs = []
            for item in chunk:
                if isinstance(item, Record):
                    jobs.append((item.text, item.reference_date))
                    item.text = None  # the worker has it now
            window.append((chunk, executor.submit(_annotate_chunk, jobs) if jobs else None))
            if len(window) >= WINDOW * workers:
                yield from drain(*window.popleft())
        while window:
            yield from drain(*window.popleft())
    finally:
        # on an early stop: drop the queued chunks, let the running ones (a few records
        # each) finish, and wait for the processes to exit
        executor.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- signals
_RECEIVED: Optional[int] = None  # the stop signal received, if any


class Interrupted(BaseException):
    """Ctrl-C, SIGTERM or SIGHUP arrived (a BaseException, like KeyboardInterrupt, so that
    ``except Exception`` does not swallow it)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class _Signals:
    """Turn SIGINT/SIGTERM/SIGHUP into :class:`Interrupted`, but never in the middle of
    writing a line: inside ``critical()`` the signal is remembered and raised after."""

    NAMES = ("SIGINT", "SIGTERM", "SIGHUP")

    def __init__(self) -> None:
        self.critical = False
        self.pending: Optional[int] = None
        self.saved: Dict[int, Any] = {}

    def _handler(self, signum, frame):
        global _RECEIVED
        _RECEIVED = signum
        if self.critical:
            self.pending = signum
        else:
            raise Interrupted(signum)

    def __enter__(self) -> "_Signals":
        try:
            for name in self.NAMES:
                num = getattr(signal, name, None)
                if num is not None:
                    self.saved[num] = signal.signal(num, self._handler)
        except ValueError:  # not the main thread: leave signals alone
            pass
        return self

    def __exit__(self, *exc) -> None:
        global _RECEIVED
        for num, old in self.saved.items():
            signal.signal(num, old)
        _RECEIVED = None

    def check(self) -> None:
        if self.pending is not None:
            num, self.pending = self.pending, None
            raise Interrupted(num)


# --------------------------------------------------------------------------- output
class LineWriter:
    """Writes complete lines, each with one ``write()`` call.

    To a file: into ``PATH.part``, renamed to ``PATH`` by :meth:`commit` (an existing
    ``PATH`` is replaced only then).  To standard output when ``path`` is None or ``-``.
    """

    def __init__(self, path: Optional[str], signals: Optional[_Signals] = None):
        self.signals = signals
        self.size = 0
        self.stream = None
        if path is None or path == "-":
            self.path = self.part = None
            sys.stdout.flush()
            try:
                self.fd = sys.stdout.fileno()
            except (OSError, ValueError, AttributeError):  # stdout replaced (e.g. captured)
                self.fd = -1
                self.stream = sys.stdout.buffer
        else:
            self.path = path
            self.part = path + ".part"
            self.fd = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC
                              | getattr(os, "O_BINARY", 0), 0o666)

    def write(self, data: bytes) -> None:
        sig = self.signals
        if sig is not None:
            sig.critical = True
        try:
            if self.stream is not None:
                self.stream.write(data)
                self.stream.flush()
            else:
                view = memoryview(data)
                while view:
                    view = view[os.write(self.fd, view):]
        except OSError:
            if self.part is not None:  # take back the cut line
                try:
                    os.ftruncate(self.fd, self.size)
                except OSError:
                    pass
            raise
        finally:
            if sig is not None:
                sig.critical = False
        self.size += len(data)
        if sig is not None:
            sig.check()

    def commit(self) -> None:
        """Rename ``PATH.part`` to ``PATH`` (no stop signal is taken in between)."""
        if self.part is None:
            return
        sig = self.signals
        if sig is not None:
            sig.critical = True
        try:
            os.fsync(self.fd)
            os.close(self.fd)
            self.fd = -1
            os.replace(self.part, self.path)
            self.part = None
        finally:
            if sig is not None:
                sig.critical = False

    def abandon(self) -> None:
        """Stop without touching ``PATH``; ``PATH.part`` keeps the complete lines so far."""
        if self.part is not None and self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def write_whole(path: str, text: str) -> int:
    """``annotate FILE -o OUT``: OUT gets the whole text or stays as it was."""
    writer = None
    try:
        writer = LineWriter(path)
        writer.write(text.encode("utf-8"))
        writer.commit()
    except OSError as exc:
        if writer is not None:
            writer.abandon()
            try:
                os.unlink(writer.part)
            except OSError:
                pass
        raise SystemExit(f"{PROG}: cannot write {path}: {exc.strerror or exc}")
    return OK


# --------------------------------------------------------------------------- progress
class Progress:
    """A one-line progress display on a terminal, redrawn at most five times a second."""

    def __init__(self, enabled: bool, label: str, total: Optional[int] = None, stream=None):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.label = label
        self.total = total  # input bytes (JSONL) or files (folder), when known
        self.start = self.last = time.monotonic()
        self.shown = 0
        self.done = self.failed = self.pos = 0

    def update(self, done: int, failed: int, pos: int) -> None:
        self.done, self.failed, self.pos = done, failed, pos
        if self.enabled:
            now = time.monotonic()
            if now - self.last >= 0.2:
                self.last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        parts = [f"{self.label}:"]
        if self.total:
            frac = min(self.pos / self.total, 1.0)
            parts.append(f"{frac:4.0%}")
        parts.append(f"{self.done:,} records")
        if self.failed:
            parts.append(f"{self.failed:,} skipped")
        parts.append(f"{self.done / elapsed:,.0f}/s")
        if self.total and 0 < self.pos < self.total:
            left = elapsed * (self.total - self.pos) / self.pos
            parts.append(f"ETA {int(left) // 60}:{int(left) % 60:02d}")
        line = "  ".join(parts)
        try:
            width = os.get_terminal_size(self.stream.fileno()).columns - 1
        except (OSError, ValueError, AttributeError):
            width = 0
        if width < 20:  # unknown (a fresh pseudo-terminal says 0)
            width = 79
        line = line[:width]
        self.stream.write("\r" + line + " " * max(self.shown - len(line), 0))
        self.stream.flush()
        self.shown = len(line)

    def _clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.shown = 0

    def message(self, text: str) -> None:
        if self.enabled:
            self._clear()
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


# --------------------------------------------------------------------------- command line
def add_arguments(p: argparse.ArgumentParser) -> None:
    """The batch options of ``annotate``."""
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write to OUT instead of standard output: to OUT.part first, renamed "
                        "to OUT (replacing it) only once everything is written")
    g = p.add_argument_group(
        "batch", "annotate many texts: each line of a JSONL file (--jsonl) or each .txt file of a "
                 "folder (give the folder as FILE); one JSON line per record is written")
    g.add_argument("--jsonl", metavar="IN",
                   help="a JSONL file (- for standard input), one JSON object per line")
    g.add_argument("--text-field", metavar="NAME",
                   help='the field holding the text (default "text")')
    g.add_argument("--id-field", metavar="NAME",
                   help='the field copied to the output\'s "id" (default "id")')
    g.add_argument("--date-field", metavar="NAME",
                   help="a field with each record's ISO date (YYYY-MM-DD[THH:MM]), used as "
                        "its reference date instead of --reference-date")
    g.add_argument("--workers", type=_workers, default=None, metavar="N",
                   help="annotate in N processes, output order kept (0: one per CPU; "
                        "default 1)")
    g.add_argument("-q", "--quiet", action="store_true",
                   help="no progress display (it is only shown when stderr is a terminal)")


def _workers(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {s!r}")
    return n or (os.cpu_count() or 1)


def is_batch(args: argparse.Namespace) -> bool:
    return args.jsonl is not None or (args.file not in (None, "-") and os.path.isdir(args.file))


def check_single_arguments(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Usage errors for ``annotate FILE`` (one document)."""
    if args.file is None:
        parser.error("annotate: give a FILE (- for standard input), a folder, or --jsonl IN")
    for opt in ("text_field", "id_field", "date_field", "workers"):
        if getattr(args, opt) is not None:
            parser.error(f"annotate: --{opt.replace('_', '-')} applies to --jsonl or a folder")


def _fail(msg: str) -> int:
    sys.stderr.write(f"{PROG}: {msg}\n")
    return USAGE


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``annotate --jsonl IN`` or ``annotate DIR``: returns the exit status."""
    if args.jsonl is not None and args.file is not None:
        parser.error("annotate: give either FILE/folder or --jsonl IN, not both")
    folder = args.file if args.jsonl is None else None
    if folder is not None:
        for opt in ("text_field", "id_field", "date_field"):
            if getattr(args, opt) is not None:
                parser.error(f"annotate: --{opt.replace('_', '-')} applies to --jsonl only")
    text_field = args.text_field or "text"
    id_field = args.id_field or "id"
    if text_field == id_field:
        parser.error("annotate: --text-field and --id-field must differ")
    workers = args.workers or 1
    out = args.output
    if out is not None and out != "-":
        if os.path.isdir(out):
            return _fail(f"cannot write {out}: it is a folder")
        if not os.path.isdir(os.path.dirname(os.path.abspath(out))):
            return _fail(f"cannot write {out}: no such folder")

    # open the input
    fh = None
    total: Optional[int] = None
    if folder is not None:
        source = folder
    elif args.jsonl == "-":
        source = "<stdin>"
        fh = sys.stdin.buffer
    else:
        source = args.jsonl
        try:
            fh = open(args.jsonl, "rb")
        except OSError as exc:
            return _fail(f"cannot read {args.jsonl}: {exc.strerror or exc}")
        try:
            total = os.fstat(fh.fileno()).st_size or None
        except OSError:
            pass

    try:
        from ..gazetteer import GazetteerError

        from ..integrations.crf import CRFError

        try:
            nlp = _build_pipeline(args.gazetteer, args.crf_model, args.allow_pickle)
        except GazetteerError as exc:
            return _fail(f"gazetteer error: {exc}")
        except (CRFError, ImportError) as exc:
            return _fail(str(exc))

        to_terminal = (out is None or out == "-") and sys.stdout.isatty()
        show = not args.quiet and not to_terminal and sys.stderr.isatty()
        if folder is not None:
            items = read_folder(folder, args.reference_date)
            progress = Progress(show, os.path.basename(os.path.normpath(folder)) or folder,
                                count_txt_files(folder) if show else None)
        else:
            items = read_jsonl(fh, source, text_field, id_field, args.date_field,
                               args.reference_date)
            progress = Progress(show, os.path.basename(source), total)
        return _stream(items, nlp, out, progress, workers, args)
    finally:
        if fh is not None and fh is not sys.stdin.buffer:
            fh.close()


def _stream(items: Iterator[Item], nlp, out: Optional[str], progress: Progress, workers: int,
            args: argparse.Namespace) -> int:
    done = failed = 0
    with _Signals() as signals:
        try:
            writer = LineWriter(out, signals)
        except OSError as exc:
            return _fail(f"cannot write {out}.part: {exc.strerror or exc}")
        results = ordered_annotations(items, nlp, workers=workers, tokens=args.tokens,
                                      gazetteers=args.gazetteer, crf_model=args.crf_model,
                                      allow_pickle=args.allow_pickle)
        try:
            for item, result in results:
                if result is None or not result[0]:
                    failed += 1
                    why = item.message if result is None else result[1]
                    progress.message(f"{PROG}: {item.where()}: {why}; skipped")
                else:
                    writer.write((item.head + result[1] + "}\n").encode("utf-8"))
                    done += 1
                progress.update(done, failed, item.pos)
                if _RECEIVED is not None:  # raised somewhere that swallowed it
                    raise Interrupted(_RECEIVED)
            writer.commit()
        except Interrupted as exc:
            return _stopped(writer, progress, done, f"stopped by "
                            f"{signal.Signals(exc.signum).name}", 128 + exc.signum)
        except BrokenPipeError:
            _silence_stdout()
            return _stopped(writer, progress, done, "output closed")
        except OSError as exc:
            what = f"{exc.filename}: " if exc.filename else ""
            return _stopped(writer, progress, done,
                            f"stopped by an error: {what}{exc.strerror or exc}")
        except WorkerError as exc:
            return _stopped(writer, progress, done, f"stopped: {exc}")
        finally:
            results.close()  # stops the worker processes, if any
    progress.close()
    if not done and not failed and args.jsonl is None:
        sys.stderr.write(f"{PROG}: no .txt files in {args.file}\n")
    if failed and not args.quiet:
        sys.stderr.write(f"{PROG}: {failed:,} of {done + failed:,} records skipped\n")
    return SOME_FAILED if failed else OK


def _stopped(writer: LineWriter, progress: Progress, done: int, why: str,
             status: int = STOPPED) -> int:
    writer.abandon()
    progress.close()
    where = (f"; the {done:,} lines written so far are in {writer.part}, {writer.path} was "
             "not changed") if writer.part else ""
    sys.stderr.write(f"{PROG}: {why} after {done:,} records{where}\n")
    return status


def _silence_stdout() -> None:
    # after EPIPE, keep Python from complaining again when it flushes stdout at exit
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
