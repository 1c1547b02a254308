"""The cache directory and its files: where it is, how a file is written (atomically, with a
checksum) and read back (verified), and how what killed writers left behind is removed.

Three kinds of file live there: built gazetteer indexes (``gazetteer/cache.py`` decides what
is in them and checks their shape), the trigger facts of the language data's vocabulary
(``ner/triggers.py``) and the decider's vectors of its everyday words
(``ner/model/vocabulary.py``).  Each file is a header line (JSON: the kind's format, the key
the caller asked for and a SHA-256 checksum of the rest) and the data as JSON, followed, in
the decider's file, by raw 64-bit floats (the header says where the JSON ends).  A file
whose header does not match (another format or key, a wrong checksum) or that cannot be read
or parsed is ignored; the caller then rebuilds and rewrites it.  Nothing is ever unpickled or
run from the cache.

Where: ``$BANGLA_NEWS_NLP_CACHE`` if set (``off`` disables the cache; the directory is created
with its parents), else the platform's user cache directory from ``platformdirs``: on Linux
``$XDG_CACHE_HOME/bangla-news-nlp`` when ``$XDG_CACHE_HOME`` is an absolute path (a relative one
is ignored, as the XDG spec says), else ``~/.cache/bangla-news-nlp``; ``~/Library/Caches`` on
macOS, ``%LOCALAPPDATA%`` on Windows.  That directory is created private to the user, with at
most its parent (``~/.cache``): never the home directory.  When no safe location exists (no home
directory, or one that does not exist) or the directory cannot be written, nothing is cached;
that is never an error.

Trust: the checks catch a stale, damaged or carelessly edited file, not a deliberate one.
Whoever can write to the cache directory can write a file with the right key, checksum and
shape, and so change what the annotator finds (never run code: the cache is data).  Keep the
directory writable only by users whose annotations you trust; ``BANGLA_NEWS_NLP_CACHE=off``
builds everything from the shipped files every time.

A file is written under a temporary name (``.<kind>-<pid>-<random>.tmp``) and renamed when
complete; a failed write removes it, and every write removes those that killed writers left
(see :func:`_remove_stale_temporaries`).
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Optional, Tuple

import regex

__all__ = ["cache_dir", "read", "read_with_bytes", "write"]

MAX_FILES = 8  # files of one kind kept; the oldest go first
# the kinds of file (their temporaries are cleaned up)
KINDS = ("gazetteer", "words", "vectors")
_APP = "bangla-news-nlp"
_TMP_SUFFIX = ".tmp"
# .<kind>-<pid>-<random>.tmp
_TMP_NAME = regex.compile(r"\.(?:" + "|".join(KINDS) + r")-([0-9]+)-[A-Za-z0-9_]+\.tmp")
STALE_AFTER = 15 * 60  # seconds: a temporary file not written to for this long is abandoned
DEAD_AFTER = 60  # seconds: the same, for one whose writer is not running
_OFF = ("", "0", "off", "no", "none", "false")  # values of BANGLA_NEWS_NLP_CACHE


def _location() -> Optional[Tuple[Path, bool]]:
    """The cache directory and whether the user named it (``BANGLA_NEWS_NLP_CACHE``), or None
    when there is no cache."""
    env = os.environ.get("BANGLA_NEWS_NLP_CACHE")
    if env is not None:
        if env.strip().lower() in _OFF:
            return None
        try:
            return Path(env).expanduser(), True
        except RuntimeError:  # "~" with no home directory
            return None
    # platformdirs: $XDG_CACHE_HOME when it is an absolute path (a relative one is ignored, as
    # the XDG spec says), else ~/.cache on Linux (an empty or relative $HOME is not used),
    # ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows
    import platformdirs

    try:
        folder = platformdirs.user_cache_path(_APP, appauthor=False)
    except (RuntimeError, KeyError, OSError):  # no home directory to be found
        return None
    if not folder.is_absolute():
        return None
    return folder, False


def cache_dir() -> Optional[Path]:
    """Where the cache is kept, or None when it is off or no safe location exists."""
    where = _location()
    return None if where is None else where[0]


def _make_dir(folder: Path, named: bool) -> bool:
    """Create the cache directory if needed; whether it exists now.  A directory the user
    named is created with its parents (``mkdir -p``); the platform's is created with at most
    its parent (``~/.cache``), private to the user, and never the home directory above them."""
    if folder.is_dir():
        return True
    if named:
        folder.mkdir(parents=True, exist_ok=True)
        return True
    if not folder.parent.is_dir():
        if not folder.parent.parent.is_dir():
            return False
        folder.parent.mkdir(mode=0o700, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    return True


def cache_file(kind: str, key: str, *, create: bool = False) -> Optional[Path]:
    """The cache file of ``kind`` for ``key``, or None when there is no cache (or, with
    ``create``, its directory cannot be made)."""
    where = _location()
    if where is None:
        return None
    folder, named = where
    if create and not _make_dir(folder, named):
        return None
    return folder / f"{kind}-{key[:32]}.json"


def read(kind: str, key: str, fmt: int) -> Optional[Any]:
    """The data of the cache file of ``kind`` for ``key``, parsed, when its header names
    format ``fmt`` and ``key`` and its checksum matches; else None (also when there is no
    cache or the file cannot be read or parsed, or holds raw bytes: :func:`read_with_bytes`)."""
    found = _read_body(kind, key, fmt)
    if found is None or "json_bytes" in found[0]:
        return None
    return _parse(found[1])


def read_with_bytes(kind: str, key: str, fmt: int) -> Optional[Tuple[Any, bytes]]:
    """``(data, raw)`` of a cache file written with ``raw`` bytes after its data
    (:func:`write`), verified as :func:`read` verifies; else None."""
    found = _read_body(kind, key, fmt)
    if found is None:
        return None
    header, body = found
    size = header.get("json_bytes")
    if type(size) is not int or not 0 <= size <= len(body):
        return None
    data = _parse(body[:size])
    return None if data is None else (data, body[size:])


def _read_body(kind: str, key: str, fmt: int) -> Optional[Tuple[dict, bytes]]:
    """The header and the body of the cache file of ``kind`` for ``key`` when the header
    names ``fmt`` and ``key`` and the body's checksum matches."""
    try:
        target = cache_file(kind, key)
        if target is None or not target.is_file():
            return None
        with target.open("rb") as fh:  # the body read once, never sliced (a copy)
            first = fh.readline()
            if not first.endswith(b"\n"):
                return None
            header = json.loads(first)
            if (type(header) is not dict or header.get("format") != fmt
                    or header.get("key") != key):
                return None
            body = fh.read()
        if header.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        return header, body
    except (OSError, ValueError, RecursionError):
        return None  # unreadable, or a header that is not JSON


def _parse(body: bytes) -> Optional[Any]:
    gc_was_on = gc.isenabled()
    gc.disable()  # tens of thousands of small containers, no cycles
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        # not UTF-8, not JSON, or nested too deep to parse
        return None
    finally:
        if gc_was_on:
            gc.enable()


def write(kind: str, key: str, fmt: int, data: Any, raw: Optional[bytes] = None) -> None:
    """Write ``data`` (JSON-serialisable) as the cache file of ``kind`` (one of :data:`KINDS`)
    for ``key``, and after it the bytes ``raw`` if given (numbers that JSON would make
    slower to read: :func:`read_with_bytes`); silently skipped when it cannot be."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    try:
        target = cache_file(kind, key, create=True)
        if target is None:
            return
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = {"format": fmt, "key": key}
        if raw is not None:
            header["json_bytes"] = len(body)
            body += raw
        header["sha256"] = hashlib.sha256(body).hexdigest()
        _remove_stale_temporaries(target.parent)
        # written under a temporary name that carries our pid, renamed when complete
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{kind}-{os.getpid()}-",
                                   suffix=_TMP_SUFFIX)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(json.dumps(header).encode("ascii") + b"\n")
                fh.write(body)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        old = sorted(target.parent.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-MAX_FILES]:
            stale.unlink(missing_ok=True)
    except OSError:
        return


def _remove_stale_temporaries(folder: Path) -> None:
    """Remove the temporary files that writers killed mid-write left (they can be hundreds of
    MB for a large gazetteer): those not written to for :data:`STALE_AFTER` seconds, and those
    whose writer (the pid in the name) is no longer running and not written to for
    :data:`DEAD_AFTER` seconds (a writer in another container or on another host sharing the
    directory may have the pid of a process that is not running here; it keeps writing, and
    renames its file within seconds)."""
    now = time.time()
    for tmp in (t for kind in KINDS for t in folder.glob(f".{kind}-*{_TMP_SUFFIX}")):
        try:
            age = now - tmp.lstat().st_mtime
            if age > STALE_AFTER:
                tmp.unlink()
                continue
            m = _TMP_NAME.fullmatch(tmp.name)
            if m and age > DEAD_AFTER and not _running(int(m.group(1))):
                tmp.unlink()
        except OSError:
            continue  # gone already, or not ours to remove


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists on this machine (when that cannot be told: True)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: another user's process
        return True
    return True
