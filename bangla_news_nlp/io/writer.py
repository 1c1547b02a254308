"""The atomic output: ``OUT.part`` written line by line, renamed to ``OUT`` when complete.

* **No partial lines.**  Each line goes to the system in one ``write()`` call (repeated only
  for what a short write left); a failed write (disk full) cuts ``OUT.part`` back to its
  last complete line.
* **OUT whole or untouched.**  ``OUT.part`` is renamed to ``OUT`` only by
  :meth:`LineWriter.commit`, after an ``fsync``; until then an existing ``OUT`` is left as it
  was.
* **Never through a link.**  An existing ``OUT.part`` that is a symbolic link (or anything
  but a regular file) is refused with :class:`~bangla_news_nlp.errors.OutputError`; a
  regular one is removed, and ``OUT.part`` is created anew with ``O_EXCL`` (and
  ``O_NOFOLLOW``), so nothing is ever written through a link planted there, even one that
  appears in between.
* **Stop signals held off.**  Inside :class:`StopSignals`, Ctrl-C, SIGTERM and SIGHUP raise
  :class:`Interrupted`, but never in the middle of writing a line: there the signal is
  remembered and raised right after.
"""

from __future__ import annotations

import os
import signal
import stat
import sys
from typing import Any, Dict, Optional, Tuple

from ..errors import OutputError

__all__ = ["Interrupted", "LineWriter", "StopSignals", "check_output_path", "held",
           "open_part", "received", "sync_folder"]

_RECEIVED: Optional[int] = None  # the stop signal received, if any


def received() -> Optional[int]:
    """The stop signal received inside :class:`StopSignals`, if any (for code that must
    notice one that something swallowed)."""
    return _RECEIVED


class Interrupted(BaseException):
    """Ctrl-C, SIGTERM or SIGHUP arrived (a BaseException, like KeyboardInterrupt, so that
    ``except Exception`` does not swallow it)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


class StopSignals:
    """Turn SIGINT/SIGTERM/SIGHUP into :class:`Interrupted`, but never in the middle of
    writing a line: while ``critical`` is set the signal is remembered and raised by
    :meth:`check`."""

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

    def __enter__(self) -> "StopSignals":
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


class _Held:
    """``with _Held(signals):`` the block is not cut by a stop signal (raised after it)."""

    def __init__(self, signals: Optional[StopSignals], check: bool = True):
        self.signals = signals
        self.check = check

    def __enter__(self) -> None:
        if self.signals is not None:
            self.signals.critical = True

    def __exit__(self, exc_type, *rest) -> None:
        if self.signals is not None:
            self.signals.critical = False
            if exc_type is None and self.check:
                self.signals.check()


def held(signals: Optional[StopSignals], check: bool = True) -> _Held:
    """``with held(signals):`` a stop signal that arrives inside the block is raised as
    :class:`Interrupted` only after it (and not at all with ``check=False``: the last step
    of a run that is done anyway)."""
    return _Held(signals, check)


def check_output_path(path: str) -> None:
    """:raises OutputError: ``path`` is a folder, or its folder does not exist."""
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path}: it is a folder")
    if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
        raise OutputError(f"cannot write {path}: no such folder")


def open_part(path: str) -> Tuple[str, int]:
    """``(PATH.part, a file descriptor open for writing on it)``, a new empty regular file.

    :raises OutputError: ``PATH`` is a folder or in a folder that does not exist, or
        ``PATH.part`` is a symbolic link or not a regular file (it is never followed), or
        it cannot be created.
    """
    check_output_path(path)
    part = path + ".part"
    try:
        st = os.lstat(part)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"cannot write {part}: {exc.strerror or exc}") from exc
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            raise OutputError(f"cannot write {part}: it is a symbolic link, which is never "
                              "followed; remove it first")
        if not stat.S_ISREG(st.st_mode):
            raise OutputError(f"cannot write {part}: it exists and is not a regular file")
        try:  # an old OUT.part: removed (not truncated: it may be a hard link)
            os.unlink(part)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise OutputError(f"cannot write {part}: {exc.strerror or exc}") from exc
    flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(part, flags, 0o666)
    except FileExistsError as exc:  # something appeared there since
        raise OutputError(f"cannot write {part}: it appeared while being replaced "
                          "(another run writing the same output?)") from exc
    except OSError as exc:
        raise OutputError(f"cannot write {part}: {exc.strerror or exc}") from exc
    return part, fd


def sync_folder(path: str) -> None:
    """Make a rename in ``path``'s folder durable (where the system allows it)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class LineWriter:
    """Writes complete lines, each with one ``write()`` call.

    To a file: into ``PATH.part`` (see :func:`open_part`), renamed to ``PATH`` by
    :meth:`commit`.  To standard output when ``path`` is None or ``-``.
    """

    def __init__(self, path: Optional[str], signals: Optional[StopSignals] = None):
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
            self.part, self.fd = open_part(path)

    def write(self, data: bytes) -> None:
        with held(self.signals):
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
            self.size += len(data)

    def commit(self) -> None:
        """Rename ``PATH.part`` to ``PATH`` (no stop signal is taken in between)."""
        if self.part is None:
            return
        with held(self.signals, check=False):
            os.fsync(self.fd)
            os.close(self.fd)
            self.fd = -1
            os.replace(self.part, self.path)
            self.part = None
            sync_folder(self.path)

    def abandon(self, remove: bool = False) -> None:
        """Stop without touching ``PATH``; ``PATH.part`` keeps the complete lines so far (or
        is removed, with ``remove``)."""
        if self.part is not None and self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        if remove and self.part is not None:
            try:
                os.unlink(self.part)
            except OSError:
                pass
