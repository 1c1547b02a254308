"""A cache of built gazetteer indexes, as JSON (never a pickle).

Building the index parses every row of every file; for large gazetteers that is most of the
start-up time.  The built index is written to a cache file of two JSON lines: a header with the
cache format, a **key** and a SHA-256 checksum of the second line, which holds the index.  The key
is a SHA-256 digest of the cache format, the library version, the language tables the keys
depend on (spelling folds, honorifics), the caller's ``extra_key`` and each
gazetteer file's name and bytes; the file is named by it.  A cache file is used only when

* both lines are plain JSON (``json.loads``: no code is ever run from the cache, nothing is
  unpickled);
* its key is the key of the files being loaded now: any change to a file's bytes, to the library
  version or to ``extra_key`` means a rebuild (modification times are not trusted);
* the checksum matches the index line, so a file damaged or edited by hand is not used;
* the index has the right shape: every entry a known label, a canonical name, a QID or null,
  one of the files being loaded and a source; every form pointing at entries that exist; every
  count an integer.  A wrong value can never surface later as an error inside ``annotate``.

Anything else (unreadable, not JSON, another format or key, a wrong checksum or shape) is
ignored: the index is built from the files and the cache file rewritten.  On the shipped
gazetteers the key (hashing ~2 MB), the checksum and the shape check cost a few milliseconds
of a load of about 40 ms.

Trust: these checks catch a stale, damaged or carelessly edited cache, not a deliberate one.
Whoever can write to the cache directory can write a file with the right key, checksum and
shape and other names or links in it, and so change what the annotator finds (never run code:
the cache is data).  Keep the directory writable only by users whose annotations you trust;
``BANGLA_NEWS_NLP_CACHE=off`` or ``Pipeline(cache=False)`` builds from the files every time.

Where: ``$BANGLA_NEWS_NLP_CACHE`` if set (``off`` disables the cache; the directory is created
with its parents), else the platform's user cache directory from ``platformdirs``: on Linux
``$XDG_CACHE_HOME/bangla-news-nlp`` when ``$XDG_CACHE_HOME`` is an absolute path (a relative one
is ignored, as the XDG spec says), else ``~/.cache/bangla-news-nlp``; ``~/Library/Caches`` on
macOS, ``%LOCALAPPDATA%`` on Windows.  That directory is created private to the user, with at
most its parent (``~/.cache``): never the home directory.  When no safe location exists (no home
directory, or one that does not exist) or the directory cannot be written, nothing is cached
and the index is built each time; that is never an error.

A cache file is written under a temporary name (``.gazetteer-<pid>-<random>.tmp``) and renamed
when complete; a failed write removes it, and every write removes those that killed writers
left (see :func:`_remove_stale_temporaries`).
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
import time
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence, Tuple

import regex

from .index import Entry, GazetteerIndex, _LABELS

if TYPE_CHECKING:  # pragma: no cover
    from ..lang.data import LanguageData

__all__ = ["cache_dir", "cache_key", "load_cached", "save_cache", "build_index"]

FORMAT = 3
MAX_FILES = 8  # cache files kept; the oldest go first

_APP = "bangla-news-nlp"
_TMP_PREFIX = ".gazetteer-"
_TMP_SUFFIX = ".tmp"
# .gazetteer-<pid>-<random>.tmp
_TMP_NAME = regex.compile(r"\.gazetteer-([0-9]+)-[A-Za-z0-9_]+\.tmp")
STALE_AFTER = 15 * 60  # seconds: a temporary file not written to for this long is abandoned
DEAD_AFTER = 60  # seconds: the same, for one whose writer is not running
_OFF = ("", "0", "off", "no", "none", "false")  # values of BANGLA_NEWS_NLP_CACHE

_QIDS = regex.compile(r"(?:Q[1-9][0-9]*\n)*")  # QIDs, one per line


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


def cache_key(paths: Sequence[Path], extra_key: str = "") -> str:
    """The key of the index built from ``paths``: a SHA-256 digest (hex) of the cache format,
    the library version, ``extra_key`` and each file's name and bytes, in order.

    :raises OSError: a file cannot be read.
    """
    from .. import __version__

    digest = hashlib.sha256(json.dumps([FORMAT, __version__, extra_key]).encode())
    for p in paths:
        # the file's stem is part of the index (an entity's source is "gazetteer:<stem>")
        digest.update(json.dumps(p.stem).encode())
        digest.update(hashlib.sha256(p.read_bytes()).digest())
    return digest.hexdigest()


def _cache_file(key: str, *, create: bool = False) -> Optional[Path]:
    """The cache file for ``key``, or None when there is no cache (or, with ``create``, its
    directory cannot be made)."""
    where = _location()
    if where is None:
        return None
    folder, named = where
    if create and not _make_dir(folder, named):
        return None
    return folder / f"gazetteer-{key[:32]}.json"


_COLUMNS = ("label", "canonical", "kb_id", "file", "source")  # of the entries


def _index_of(data: Any, files: Sequence[str], lang: "LanguageData") -> Optional[GazetteerIndex]:
    """The index a cache file's index line holds (parsed), or None when its shape is not
    right.  Every value the annotator reads is checked, so a wrong one can never surface later
    as an error in ``annotate``.  (Checked a column at a time with built-ins: the ~30,000 keys
    of the shipped gazetteers take a few milliseconds.)"""
    if type(data) is not dict:
        return None
    columns = data.get("entries")
    phrases = data.get("phrases")
    starters = data.get("starters")
    heads = data.get("heads")
    written = data.get("written")
    local_files = data.get("local_files")
    if not (type(columns) is dict and type(phrases) is dict and type(starters) is dict
            and type(heads) is list and type(written) is list and type(local_files) is list):
        return None
    if not set(map(type, local_files)) <= {str} or not set(local_files) <= set(files):
        return None
    # entries, a list per column: label, canonical, kb_id (or null), file stem, source
    cols = [columns.get(name) for name in _COLUMNS]
    if any(type(c) is not list for c in cols) or len(set(map(len, cols))) != 1:
        return None
    labels, canonicals, kb_ids, stems, sources = cols
    n = len(labels)
    if n and not (set(map(type, labels)) == {str} and set(labels) <= _LABELS.keys()
                  and set(map(type, canonicals)) == {str} and "" not in canonicals
                  and set(map(type, sources)) == {str} and "" not in sources
                  and set(map(type, stems)) == {str} and set(stems) <= set(files)
                  and set(map(type, kb_ids)) <= {str, type(None)}):
        return None
    qids = [k for k in kb_ids if k is not None]
    if qids:
        lines = "\n".join(qids) + "\n"  # one match over all of them, no line break inside one
        if lines.count("\n") != len(qids) or not _QIDS.fullmatch(lines):
            return None
    # forms: key -> a code (entry id * 2 + weak), or a list of two or more codes
    values = list(phrases.values())
    codes = [v for v in values if type(v) is int]
    if len(codes) != len(values):
        lists = [v for v in values if type(v) is list]
        if len(codes) + len(lists) != len(values) or min(map(len, lists)) < 2:
            return None
        more = list(chain.from_iterable(lists))
        if set(map(type, more)) != {int}:
            return None
        codes += more
    if codes and (min(codes) < 0 or max(codes) >= 2 * n):
        return None
    # first word of a multi-word form -> its most words; every proper prefix of such a form;
    # the one-word forms as written
    counts = list(starters.values())
    if counts and (set(map(type, counts)) != {int} or min(counts) < 2):
        return None
    if not set(map(type, heads)) <= {str} or not set(map(type, written)) <= {str}:
        return None
    index = GazetteerIndex(lang)
    index.local_files = set(local_files)
    local = [stem in index.local_files for stem in stems]
    index.entries = list(map(Entry, range(n), map(_LABELS.__getitem__, labels), canonicals,
                             kb_ids, stems, sources, local))
    index._phrases = phrases
    index._starters = starters
    index._heads = set(heads)
    index._written = set(written)
    return index


def load_cached(paths: Sequence[Path], lang: "LanguageData", *, extra_key: str = "",
                key: Optional[str] = None) -> Optional[GazetteerIndex]:
    """The index for ``paths`` and the language data ``lang`` from the cache, or None (no
    cache; stale, damaged or of the wrong shape).  ``key`` is :func:`cache_key` when the
    caller has it already."""
    try:
        if key is None:
            key = cache_key(paths, _full_key(lang, extra_key))
        target = _cache_file(key)
        if target is None or not target.is_file():
            return None
        gc_was_on = gc.isenabled()
        gc.disable()  # tens of thousands of small containers, no cycles
        try:
            raw = target.read_bytes()
            cut = raw.find(b"\n")
            if cut < 0:
                return None
            header = json.loads(raw[:cut])
            if (type(header) is not dict or header.get("format") != FORMAT
                    or header.get("key") != key
                    or header.get("sha256") != hashlib.sha256(raw[cut + 1:]).hexdigest()):
                return None
            return _index_of(json.loads(raw[cut + 1:]), [p.stem for p in paths], lang)
        finally:
            if gc_was_on:
                gc.enable()
    except (OSError, ValueError, RecursionError):
        # unreadable, not UTF-8, not JSON, or nested too deep to parse
        return None


def save_cache(index: GazetteerIndex, paths: Sequence[Path], *, extra_key: str = "",
               key: Optional[str] = None) -> None:
    """Write the index for ``paths`` to the cache (silently skipped when it cannot be)."""
    try:
        if key is None:
            key = cache_key(paths, _full_key(index.lang, extra_key))
        target = _cache_file(key, create=True)
        if target is None:
            return
        data = {
            "entries": {
                "label": [e.label.value for e in index.entries],
                "canonical": [e.canonical for e in index.entries],
                "kb_id": [e.kb_id for e in index.entries],
                "file": [e.file for e in index.entries],
                "source": [e.source for e in index.entries],
            },
            "phrases": index._phrases,
            "starters": index._starters,
            "heads": sorted(index._heads),
            "written": sorted(index._written),
            "local_files": sorted(index.local_files),
        }
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = {"format": FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}
        _remove_stale_temporaries(target.parent)
        # written under a temporary name that carries our pid, renamed when complete
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f"{_TMP_PREFIX}{os.getpid()}-",
                                   suffix=_TMP_SUFFIX)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(json.dumps(header).encode("ascii") + b"\n")
                fh.write(body)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        old = sorted(target.parent.glob("gazetteer-*.json"), key=lambda p: p.stat().st_mtime)
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
    for tmp in folder.glob(f"{_TMP_PREFIX}*{_TMP_SUFFIX}"):
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


def _full_key(lang: "LanguageData", extra_key: str) -> str:
    # the index's keys depend on the language's spelling folds and honorifics
    return f"{lang.index_digest}:{extra_key}"


def build_index(paths: Sequence[Path], lang: "LanguageData", *, cache: bool = True,
                extra_key: str = "") -> GazetteerIndex:
    """The index of ``paths`` (in order: the first file's entries win conflicts) for the
    language data ``lang``, from the cache when it holds the index of exactly these files'
    bytes and the same language tables, else built and cached.

    :param extra_key: anything else the index depends on: a cache written with another
        ``extra_key`` is not used.
    :raises GazetteerError: a file cannot be read or breaks the schema.
    :raises TypeError: ``extra_key`` is not a string.
    """
    if not isinstance(extra_key, str):
        raise TypeError(f"extra_key must be a str, not {type(extra_key).__name__}")
    paths = [Path(p) for p in paths]
    key = None
    full = _full_key(lang, extra_key)
    if cache:
        try:
            key = cache_key(paths, full)
        except OSError:
            key = None  # a file cannot be read: building reports it, naming the file
        if key is not None:
            cached = load_cached(paths, lang, key=key)
            if cached is not None:
                return cached
    index = GazetteerIndex(lang)
    for path in paths:
        index.load(path)
    if key is not None:
        # a file that changed while it was read would leave an index of neither version under
        # the key of the old one: hash again, and cache only when nothing changed
        try:
            unchanged = cache_key(paths, full) == key
        except OSError:
            unchanged = False
        if unchanged:
            save_cache(index, paths, key=key)
    return index
