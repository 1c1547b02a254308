"""A cache of built gazetteer indexes, as JSON (never a pickle).

Building the index parses every row of every file; for large gazetteers that is most of the
start-up time.  The built index is written to a JSON file named by a hash of the library
version and of each file's path, size and modification time, so it is rebuilt whenever a file
changes.  Reading it back is plain ``json.loads``: no code is ever run from it, and a cache file
that is damaged or of another format is ignored and rewritten.

Where: ``$BANGLA_NEWS_NLP_CACHE`` if set (``off`` disables the cache), else
``$XDG_CACHE_HOME/bangla-news-nlp``, else ``~/.cache/bangla-news-nlp``.  A cache directory that
cannot be written is not an error: the index is then built each time.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional, Sequence

from .index import Entry, GazetteerIndex, _LABELS

if TYPE_CHECKING:  # pragma: no cover
    from ..lang.data import LanguageData

__all__ = ["cache_dir", "load_cached", "save_cache", "build_index"]

FORMAT = 3
MAX_FILES = 8  # cache files kept; the oldest go first


def cache_dir() -> Optional[Path]:
    env = os.environ.get("BANGLA_NEWS_NLP_CACHE")
    if env is not None:
        if env.strip().lower() in ("", "0", "off", "no", "none", "false"):
            return None
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "bangla-news-nlp"


def _cache_file(paths: Sequence[Path], lang: "LanguageData") -> Optional[Path]:
    folder = cache_dir()
    if folder is None:
        return None
    from .. import __version__

    # the index's keys depend on the language's spelling folds and honorifics
    parts: List[object] = [FORMAT, __version__, lang.index_digest]
    for p in paths:
        st = p.stat()
        parts.append([str(p.resolve()), st.st_size, st.st_mtime_ns])
    digest = hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:32]
    return folder / f"gazetteer-{digest}.json"


def load_cached(paths: Sequence[Path], lang: "LanguageData") -> Optional[GazetteerIndex]:
    """The index for ``paths`` from the cache, or None (no cache, or stale or damaged)."""
    try:
        target = _cache_file(paths, lang)
        if target is None or not target.is_file():
            return None
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return None
            index = GazetteerIndex(lang)
            index.local_files = set(data["local_files"])
            local = index.local_files
            index.entries = [
                Entry(i, _LABELS[label], canonical, kb_id, file, source, file in local)
                for i, (label, canonical, kb_id, file, source) in enumerate(data["entries"])
            ]
            index._phrases = data["phrases"]
            index._starters = data["starters"]
            index._heads = set(data["heads"])
            index._written = set(data["written"])
        finally:
            if gc_was_on:
                gc.enable()
        return index
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_cache(index: GazetteerIndex, paths: Sequence[Path]) -> None:
    """Write the index for ``paths`` to the cache (silently skipped when it cannot be)."""
    try:
        target = _cache_file(paths, index.lang)
        if target is None:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "format": FORMAT,
            "entries": [[e.label.value, e.canonical, e.kb_id, e.file, e.source]
                        for e in index.entries],
            "phrases": index._phrases,
            "starters": index._starters,
            "heads": sorted(index._heads),
            "written": sorted(index._written),
            "local_files": sorted(index.local_files),
        }
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, target)
        old = sorted(target.parent.glob("gazetteer-*.json"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-MAX_FILES]:
            stale.unlink(missing_ok=True)
    except OSError:
        return


def build_index(paths: Sequence[Path], lang: "LanguageData", *,
                cache: bool = True) -> GazetteerIndex:
    """The index of ``paths`` (in order: the first file's entries win conflicts) for the
    language data ``lang``, from the cache when it is fresh, else built and cached."""
    paths = [Path(p) for p in paths]
    if cache:
        try:
            cached = load_cached(paths, lang)
        except OSError:
            cached = None
        if cached is not None:
            return cached
    index = GazetteerIndex(lang)
    for path in paths:
        index.load(path)
    if cache:
        save_cache(index, paths)
    return index
