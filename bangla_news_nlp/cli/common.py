"""What every command shares: the exit statuses and the one map from exceptions to them, the
one ISO-date parser, the one pipeline builder, and the option types.

Exit statuses (docs/cli.md):

====  ===========================================================================
0     done; every record annotated
1     some records were bad and skipped (each reported); the rest were written
2     nothing done: a bad option, an input that cannot be read, a bad gazetteer, gold
      file or CRF model, an output that cannot be written safely
3     stopped part way by an error (reading, writing, a worker process that died)
128+N stopped by signal N (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP)
====  ===========================================================================
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import signal
import sys
from typing import List, NoReturn, Optional, Tuple, Union

import regex

__all__ = [
    "OK", "SOME_SKIPPED", "USAGE", "STOPPED", "PROG",
    "CommandError", "WorkerError", "build_pipeline", "describe", "fail", "iso_date",
    "parse_iso_date", "record_size", "stop", "workers",
]

PROG = "bangla-news-nlp"

OK = 0  #: every record annotated
SOME_SKIPPED = 1  #: some records were skipped (reported on stderr); the rest were written
USAGE = 2  #: bad options, unreadable input, bad gazetteer: nothing was annotated
STOPPED = 3  #: stopped part way by a read or write error or a dead worker; OUT not changed

ReferenceDate = Union[_dt.date, _dt.datetime, None]


class WorkerError(Exception):
    """A worker process died (killed, out of memory) or could not build its pipeline."""


# --------------------------------------------------------------------------- dates
ISO_FORMS = "YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][±HH:MM]"
# ASCII digits only ([0-9], not \d, which would take Bengali digits too); a space may stand
# for the T, as Python's datetime.fromisoformat and many feeds allow
_ISO = regex.compile(
    r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})"
    r"(?:[Tt ](?P<H>[0-9]{2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:[.,](?P<f>[0-9]{1,6}))?)?"
    r"(?P<tz>[Zz]|[+-][0-9]{2}:?[0-9]{2})?)?"
)


def parse_iso_date(value: str) -> ReferenceDate:
    """A date (``2025-12-24``) or a datetime (``2025-12-24T12:04``, ``2025-12-24 12:04:30``,
    ``2025-12-24T12:04+06:00``, ``…Z``), the same on every Python version.

    The one parser behind ``--reference-date``, ``--date-field`` and the date fields of
    JSONL records.

    :raises ValueError: ``not an ISO date (…): 'VALUE'``.
    """
    m = _ISO.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if m["H"] is None:
            return _dt.date(y, mo, d)
        tz = None
        if m["tz"]:
            if m["tz"] in "Zz":
                tz = _dt.timezone.utc
            else:
                digits = m["tz"][1:].replace(":", "")
                offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
                tz = _dt.timezone(-offset if m["tz"][0] == "-" else offset)
        return _dt.datetime(y, mo, d, int(m["H"]), int(m["M"]), int(m["S"] or 0),
                            int((m["f"] or "0").ljust(6, "0")), tzinfo=tz)
    except ValueError:  # no match, or a month 13, a 25th hour, an offset of a day …
        shown = value if len(value) <= 40 else value[:39] + "…"
        raise ValueError(f"not an ISO date ({ISO_FORMS}): {shown!r}") from None


def iso_date(value: str) -> ReferenceDate:
    """argparse type of ``--reference-date``."""
    try:
        return parse_iso_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# --------------------------------------------------------------------------- option types
def workers(s: str) -> int:
    """argparse type of ``--workers``: a count, 0 for one per CPU."""
    try:
        n = int(s)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {s!r}")
    return n or (os.cpu_count() or 1)


_SIZE = regex.compile(r"([0-9]+)\s*([KMG]i?B?|B)?", regex.IGNORECASE)


def record_size(s: str) -> Optional[int]:
    """argparse type of ``--max-record-size``: bytes, with K, M or G for KiB, MiB, GiB
    (``10M``); 0 for no limit (None)."""
    m = _SIZE.fullmatch(s.strip())
    if m is None:
        raise argparse.ArgumentTypeError(f"not a size (like 10M, 512K or 1000000): {s!r}")
    unit = (m[2] or "B")[0].upper()
    n = int(m[1]) * {"B": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[unit]
    return n or None


# --------------------------------------------------------------------------- pipeline
def build_pipeline(gazetteers: List[str] = (), crf_model: Optional[str] = None,
                   allow_pickle: bool = False, model: Union[bool, str, "os.PathLike[str]"] = False):
    """The default pipeline, or one with the extra gazetteers, decider model (or none) and
    CRF model asked for.

    :raises GazetteerError, CRFError, ImportError: exit status 2 in :func:`describe`.
    """
    from ..pipeline import Pipeline, default_pipeline

    if not gazetteers and crf_model is None and model is False:
        return default_pipeline()
    return Pipeline(list(gazetteers), crf_model=crf_model, allow_pickle=allow_pickle,
                    model=model)


# --------------------------------------------------------------------------- exit statuses
def describe(exc: BaseException) -> Optional[Tuple[int, str]]:
    """``(exit status, message)`` for an exception a command reports instead of a traceback;
    None for one it does not expect (a bug: let it show)."""
    from ..errors import BanglaNewsNLPError, GazetteerError
    from ..io.writer import Interrupted

    if isinstance(exc, GazetteerError):
        return USAGE, f"gazetteer error: {exc}"
    if isinstance(exc, BanglaNewsNLPError):  # gold file, CRF model, input, output …
        return USAGE, str(exc)
    if isinstance(exc, ImportError):  # an optional extra is missing
        return USAGE, str(exc)
    if isinstance(exc, Interrupted):
        return 128 + exc.signum, f"stopped by {exc.name}"
    if isinstance(exc, KeyboardInterrupt):
        return 128 + signal.SIGINT, "stopped by SIGINT"
    if isinstance(exc, WorkerError):
        return STOPPED, f"stopped: {exc}"
    if isinstance(exc, BrokenPipeError):
        return STOPPED, "output closed"
    if isinstance(exc, OSError):
        what = f"{exc.filename}: " if exc.filename else ""
        return STOPPED, f"stopped by an error: {what}{exc.strerror or exc}"
    return None


class CommandError(SystemExit):
    """Ends a command early: its message is already on stderr, ``code`` is the exit status
    (2, 3 or 128 + a signal) and ``str()`` the message.  Like argparse's usage errors it is a
    SystemExit, so ``sys.exit(main())`` and the console script exit with the status, and a
    caller of :func:`~bangla_news_nlp.cli.main.main` in Python sees why."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.code = status
        self.message = message


def stop(message: str, status: int) -> NoReturn:
    """Print ``bangla-news-nlp: MESSAGE`` on stderr and end the command with ``status``."""
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()
    raise CommandError(message, status)


def fail(exc: BaseException, suffix: str = "") -> NoReturn:
    """End the command for ``exc``: its message (and ``suffix``) on stderr, its exit status
    from :func:`describe` (an exception :func:`describe` does not know is re-raised)."""
    described = describe(exc)
    if described is None:
        raise exc
    status, message = described
    if isinstance(exc, BrokenPipeError):
        silence_stdout()
    try:
        stop(message + suffix, status)
    except CommandError as end:
        raise end from exc


def silence_stdout() -> None:
    """After EPIPE, keep Python from complaining again when it flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
