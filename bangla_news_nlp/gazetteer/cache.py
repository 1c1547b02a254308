"""A cache of built gazetteer indexes, as JSON (never a pickle).

Building the index parses every row of every file; for large gazetteers that is most of the
start-up time.  The built index is kept in the cache directory (``bangla_news_nlp/cache.py``:
where it is, the file's header with a checksum, atomic writes, the trust model), under a
**key**: a SHA-256 digest of the cache format, the library version, the language tables the
index's keys depend on (spelling folds, honorifics), the caller's ``extra_key`` and each
gazetteer file's name and bytes.  A cached index is used only when

* its key is the key of the files being loaded now: any change to a file's bytes, to the library
  version, to those language tables or to ``extra_key`` means a rebuild (modification times are
  not trusted);
* its checksum matches (checked by ``bangla_news_nlp.cache.read``), so a file damaged or edited
  by hand is not used;
* the index has the right shape: every entry a known label, a canonical name, a QID or null,
  one of the files being loaded and a source; every form pointing at entries that exist; every
  count an integer.  A wrong value can never surface later as an error inside ``annotate``.

Anything else is ignored: the index is built from the files and the cache file rewritten.  On
the shipped gazetteers the key (hashing ~2 MB), the checksum and the shape check cost a few
milliseconds of a load of about 40 ms.
"""

from __future__ import annotations

import gc
import hashlib
import json
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

import regex

from .. import cache as store
from ..cache import DEAD_AFTER, STALE_AFTER, cache_dir  # noqa: F401  (re-exported)
from .index import Entry, GazetteerIndex, _LABELS

if TYPE_CHECKING:  # pragma: no cover
    from ..lang.data import LanguageData

__all__ = ["cache_dir", "cache_key", "load_cached", "save_cache", "build_index"]

FORMAT = 4  # 4: strings and keys as text lines (a 1 M-row index reads in half the time)
KIND = "gazetteer"
_QIDS = regex.compile(r"(?:Q[1-9][0-9]*\n)*")  # QIDs, one per line


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


_COLUMNS = ("label", "canonical", "kb_id", "file", "source")  # of the entries


def _lines(strings: Sequence[str]) -> Optional[str]:
    """``strings`` as one text, a line each (JSON reads one long string many times faster than
    a list of a million short ones), or None when one holds a line break."""
    text = "\n".join(strings)
    return text if text.count("\n") == max(len(strings) - 1, 0) else None


def _unlines(text: Any) -> Optional[list]:
    """The strings :func:`_lines` joined, or None when ``text`` is not a string."""
    if type(text) is not str:
        return None
    return text.split("\n") if text else []


def _index_of(data: Any, files: Sequence[str], lang: "LanguageData") -> Optional[GazetteerIndex]:
    """The index a cache file's index line holds (parsed), or None when its shape is not
    right.  Every value the annotator reads is checked, so a wrong one can never surface later
    as an error in ``annotate``.  (Checked a column at a time with built-ins: the ~30,000 keys
    of the shipped gazetteers take a few milliseconds.)"""
    if type(data) is not dict:
        return None
    columns = data.get("entries")
    keys = _unlines(data.get("keys"))
    values = data.get("codes")
    starters = data.get("starters")
    heads = _unlines(data.get("heads"))
    written = _unlines(data.get("written"))
    local_files = data.get("local_files")
    if not (type(columns) is dict and keys is not None and type(values) is list
            and len(keys) == len(values) and type(starters) is dict and heads is not None
            and written is not None and type(local_files) is list):
        return None
    if not set(map(type, local_files)) <= {str} or not set(local_files) <= set(files):
        return None
    # entries, a column each: label, canonical, kb_id (a list: QID or null), file stem, source
    cols = [columns.get("kb_id") if name == "kb_id" else _unlines(columns.get(name))
            for name in _COLUMNS]
    if any(type(c) is not list for c in cols) or len(set(map(len, cols))) != 1:
        return None
    labels, canonicals, kb_ids, stems, sources = cols
    n = len(labels)
    if n and not (set(labels) <= _LABELS.keys() and "" not in canonicals
                  and "" not in sources and set(stems) <= set(files)
                  and set(map(type, kb_ids)) <= {str, type(None)}):
        return None
    qids = [k for k in kb_ids if k is not None]
    if qids:
        lines = "\n".join(qids) + "\n"  # one match over all of them, no line break inside one
        if lines.count("\n") != len(qids) or not _QIDS.fullmatch(lines):
            return None
    # forms: key -> a code (entry id * 2 + weak), or a list of two or more codes
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
    phrases = dict(zip(keys, values))
    if len(phrases) != len(keys) or "" in phrases:  # a key twice, or an empty one
        return None
    # first word of a multi-word form -> its most words; every proper prefix of such a form;
    # the one-word forms as written
    counts = list(starters.values())
    if counts and (set(map(type, counts)) != {int} or min(counts) < 2):
        return None
    index = GazetteerIndex(lang)
    index.local_files = set(local_files)
    local = [stem in index.local_files for stem in stems]
    # (tuple.__new__ over the rows: what Entry(...) does, without a Python call per entry;
    # about half the time for the ~12,000 entries of the shipped gazetteers)
    index.entries = list(map(partial(tuple.__new__, Entry), zip(
        range(n), map(_LABELS.__getitem__, labels), canonicals, kb_ids, stems, sources, local)))
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
    except OSError:
        return None
    gc_was_on = gc.isenabled()
    gc.disable()  # tens of thousands of small containers, no cycles (1 M rows: 15 s -> 6 s)
    try:
        data = store.read(KIND, key, FORMAT)
        if data is None:
            return None
        return _index_of(data, [p.stem for p in paths], lang)
    finally:
        if gc_was_on:
            gc.enable()


def save_cache(index: GazetteerIndex, paths: Sequence[Path], *, extra_key: str = "",
               key: Optional[str] = None) -> None:
    """Write the index for ``paths`` to the cache (silently skipped when it cannot be)."""
    try:
        if key is None:
            key = cache_key(paths, _full_key(index.lang, extra_key))
    except OSError:
        return
    entries = index.entries
    texts = {
        "label": _lines([e.label.value for e in entries]),
        "canonical": _lines([e.canonical for e in entries]),
        "file": _lines([e.file for e in entries]),
        "source": _lines([e.source for e in entries]),
        "keys": _lines(list(index._phrases)),
        "heads": _lines(sorted(index._heads)),
        "written": _lines(sorted(index._written)),
    }
    if None in texts.values():
        return  # a line break inside a name (an entry added in code): not cached
    data = {
        "entries": {"label": texts["label"], "canonical": texts["canonical"],
                    "kb_id": [e.kb_id for e in entries], "file": texts["file"],
                    "source": texts["source"]},
        "keys": texts["keys"],
        "codes": list(index._phrases.values()),
        "starters": index._starters,
        "heads": texts["heads"],
        "written": texts["written"],
        "local_files": sorted(index.local_files),
    }
    store.write(KIND, key, FORMAT, data)


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
                cached.cache_key = key
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
            index.cache_key = key
    return index
