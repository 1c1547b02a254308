"""Annotating in several processes: a pipeline's configuration as a picklable
:class:`PipelineSpec`, a per-process cache of the pipelines built from specs, and an ordered,
bounded process pool (what ``annotate_many(texts, n_process=N)`` runs on, and what the Dask
integration builds its workers' pipelines with).

A spec carries what a pipeline is made of, not the built pipeline:

* from options (``Pipeline(...)``'s keyword arguments, as the Dask integration takes them): the
  bytes of each of your gazetteer files with its name, so that a worker on another machine,
  which cannot read your paths, builds the same index (a worker writes them to a private
  temporary folder, builds, and removes the folder; the gazetteer cache, keyed by the files'
  names and bytes, makes a second build on that machine a load);
* from a built :class:`~bangla_news_nlp.Pipeline` (``annotate_many(pipeline=...)``): its gazetteer
  index's state (its own files and the entries added in code are not recorded anywhere else):
  about 3.4 MB for the shipped gazetteers, pickled once in the parent in about 0.15 s and loaded
  by each worker in about 0.15 s, as fast as building it from the cache.

Both carry the reference date, the language data's tables (``None`` for the shipped Bengali
data), the names of the rules switched off and the CRF model's path.  Rules and triggers added
in code (``add_rule``, ``add_trigger``) are functions that cannot be sent to another process in
general: a pipeline with them is refused with a clear error.

This module does not import :mod:`bangla_news_nlp.pipeline` (which imports it): the callers hand
it the ``Pipeline`` class as ``factory``, which pickles by reference.
"""

from __future__ import annotations

import collections
import datetime as _dt
import hashlib
import multiprocessing
import os
import pickle
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from .gazetteer import GazetteerIndex
from .lang.data import LanguageData
from .ner.model import AUTO
from .ner.model.decider import MODEL_FILE
from .ner.registry import RULES, Knowledge
from .ner.words import WordFacts
from .text.blocks import BLOCK_CHARS

__all__ = ["PipelineSpec", "WorkerError", "spec_of_options", "spec_of_pipeline",
           "pipeline_for", "annotate_in_processes", "builds"]

#: The attributes of a :class:`GazetteerIndex` that make its state (the rest is derived from
#: the language data, or is a cache).
_INDEX_STATE = ("entries", "local_files", "_phrases", "_starters", "_heads", "_written")

#: ``Pipeline(...)``'s keyword arguments a spec can carry.
OPTIONS = ("gazetteers", "default_gazetteers", "reference_date", "cache", "lang", "disable",
           "model", "crf_model", "allow_pickle")


class WorkerError(RuntimeError):
    """A worker process ended while it was annotating (killed, out of memory, crashed):
    the documents before the batch it held were yielded; nothing after it was."""


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build a pipeline equal to the caller's (see the module's
    docstring).  Make one with :func:`spec_of_options` or :func:`spec_of_pipeline`."""

    default_gazetteers: bool = True
    files: Tuple[Tuple[str, bytes], ...] = ()
    index_state: Optional[bytes] = None
    lang_tables: Optional[Dict[str, Any]] = field(default=None, compare=False)
    lang_date_words: Any = field(default=None, compare=False)
    lang_digest: str = ""
    reference_date: Optional[_dt.date] = None
    disable: Tuple[str, ...] = ()
    cache: bool = True
    model: Union[bool, str] = False  # no decider, the shipped one, "auto", or a model file's path
    crf_model: Optional[str] = None
    allow_pickle: bool = False
    crf_min_confidence: float = 0.0
    block_size: Optional[int] = BLOCK_CHARS  # the pipeline's block_size (set after building)
    key: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            digest = hashlib.sha256()
            for part in (self.default_gazetteers, self.lang_digest, self.cache, self.disable,
                         self.model, self.crf_model, self.allow_pickle, self.crf_min_confidence,
                         self.block_size,
                         None if self.reference_date is None
                         else (type(self.reference_date).__name__,
                               self.reference_date.isoformat(),
                               str(getattr(self.reference_date, "tzinfo", None)))):
                digest.update(repr(part).encode("utf-8") + b"\0")
            for name, data in self.files:
                digest.update(name.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
            if self.index_state is not None:
                digest.update(b"index\0" + hashlib.sha256(self.index_state).digest())
            object.__setattr__(self, "key", digest.hexdigest())

    def build(self, factory: Callable[..., Any]) -> Any:
        """A new pipeline made by ``factory`` (the ``Pipeline`` class) from this spec."""
        lang = (None if self.lang_tables is None
                else LanguageData(self.lang_tables, self.lang_date_words))
        common = dict(reference_date=self.reference_date, lang=lang, disable=list(self.disable),
                      model=self.model, crf_model=self.crf_model, allow_pickle=self.allow_pickle)
        if self.index_state is not None:
            nlp = factory(default_gazetteers=False, cache=False, **common)
            index = GazetteerIndex(nlp.lang)
            for name, value in zip(_INDEX_STATE, pickle.loads(self.index_state)):
                setattr(index, name, value)
            nlp.gazetteer = index
            nlp.words = WordFacts(nlp.lang, index)
            nlp.knowledge = Knowledge(nlp.lang, index, nlp.knowledge.dates, nlp.words)
            nlp._table = None
            nlp._plan = None
        else:
            with tempfile.TemporaryDirectory(prefix="bangla-news-nlp-gazetteers-") as tmp:
                paths = []
                for i, (name, data) in enumerate(self.files):
                    folder = Path(tmp) / str(i)  # one folder each: two files may share a name
                    folder.mkdir()
                    path = folder / name
                    path.write_bytes(data)
                    paths.append(path)
                nlp = factory(paths, default_gazetteers=self.default_gazetteers,
                              cache=self.cache, **common)
        if nlp.crf is not None:
            nlp.crf.min_confidence = self.crf_min_confidence
        nlp.block_size = self.block_size
        return nlp


def _lang_parts(lang: Optional[LanguageData]) -> Tuple[Optional[Dict[str, Any]], Any, str]:
    if lang is None:
        return None, None, ""
    if not isinstance(lang, LanguageData):
        raise TypeError(f"lang must be a LanguageData, not {type(lang).__name__}")
    shipped = LanguageData.bengali()
    if lang is shipped or lang.digest == shipped.digest:
        return None, None, ""
    date_words = None if lang.date_words is shipped.date_words else lang.date_words
    try:
        pickle.dumps(date_words)
    except Exception as exc:
        raise TypeError("the language data's date_words cannot be sent to another process "
                        f"({exc}); use n_process=1") from None
    return dict(lang.tables), date_words, lang.digest


def _check_reference(value: Any) -> Optional[_dt.date]:
    if value is None or isinstance(value, _dt.date):
        return value
    raise TypeError(f"reference_date must be a datetime.date, a datetime.datetime or None, "
                    f"not {type(value).__name__}")


def spec_of_options(
    gazetteers: Any = (),
    *,
    default_gazetteers: bool = True,
    reference_date: Optional[_dt.date] = None,
    cache: bool = True,
    lang: Optional[LanguageData] = None,
    disable: Any = (),
    model: Any = False,
    crf_model: Any = None,
    allow_pickle: bool = False,
) -> PipelineSpec:
    """The spec of ``Pipeline(**options)``: your gazetteer files are read now and their bytes
    carried with their names (a worker elsewhere cannot read your paths).

    :raises GazetteerError: a gazetteer file cannot be read.
    :raises RuleError: ``disable`` names a rule that does not exist.
    :raises TypeError: an option of the wrong type.
    """
    from .errors import GazetteerError

    if isinstance(gazetteers, (str, bytes, os.PathLike)):
        gazetteers = [gazetteers]
    files = []
    for p in gazetteers:
        path = Path(os.fsdecode(p))
        try:
            files.append((path.name, path.read_bytes()))
        except OSError as exc:
            raise GazetteerError(path, 0, f"cannot read the file: {exc.strerror or exc}") from None
    if isinstance(disable, str):
        disable = [disable]
    disable = tuple(disable)
    for name in disable:
        RULES[name]  # raises RuleError naming the rules there are
    tables, date_words, digest = _lang_parts(lang)
    crf = None
    if crf_model is not None:
        crf = str(Path(os.fsdecode(crf_model)).resolve())
    return PipelineSpec(default_gazetteers=bool(default_gazetteers), files=tuple(files),
                        lang_tables=tables, lang_date_words=date_words, lang_digest=digest,
                        reference_date=_check_reference(reference_date), disable=disable,
                        cache=bool(cache), model=_model_option(model), crf_model=crf,
                        allow_pickle=bool(allow_pickle))


def _model_option(model: Any) -> Union[bool, str]:
    if model is True or model is False or model is None:
        return bool(model)
    if model == AUTO:  # (the str; Path("auto") is a file)
        return AUTO
    if not isinstance(model, (str, os.PathLike)):
        raise TypeError(f"model must be True, False, 'auto' or a path, "
                        f"not {type(model).__name__}")
    return str(Path(os.fsdecode(model)).resolve())  # (absolute: never read as "auto")


def spec_of_pipeline(nlp: Any) -> PipelineSpec:
    """The spec of a built pipeline: its gazetteer index's state, language data, reference
    date, rules switched off and CRF model.

    :raises ValueError: the pipeline has rules added in code (``add_rule``), which cannot be
        sent to another process.
    """
    names = nlp.rule_names
    library = [r.name for r in RULES]
    if any(r is not RULES[r.name] for r in nlp.rules if r.name in library) or \
            [n for n in library if n in names] != names:
        raise ValueError("annotate_many(n_process>1) cannot send a pipeline with rules added in "
                         "code (add_rule) to worker processes; use n_process=1")
    disable = tuple(n for n in library if n not in names)
    index = nlp.gazetteer
    state = pickle.dumps(tuple(getattr(index, name) for name in _INDEX_STATE),
                         protocol=pickle.HIGHEST_PROTOCOL)
    tables, date_words, digest = _lang_parts(nlp.lang)
    crf = getattr(nlp, "crf", None)
    decider = getattr(nlp, "model", None)
    if decider is None:
        model: Union[bool, str] = False
    elif decider.path == MODEL_FILE:
        model = AUTO if decider.only_encyclopedic else True
    else:
        model = str(decider.path.resolve())
    return PipelineSpec(
        index_state=state, lang_tables=tables, lang_date_words=date_words, lang_digest=digest,
        reference_date=nlp.reference_date, disable=disable, model=model,
        crf_model=None if crf is None else str(Path(crf.path).resolve()),
        allow_pickle=crf is not None and getattr(crf, "_owner", None) is not None,
        crf_min_confidence=0.0 if crf is None else float(crf.min_confidence),
        block_size=nlp.block_size)


# ------------------------------------------------------------- one pipeline per process
_PIPELINES: "collections.OrderedDict[str, Any]" = collections.OrderedDict()
_PIPELINES_LOCK = threading.Lock()
_KEEP = 4
_BUILDS: "collections.Counter[str]" = collections.Counter()


def pipeline_for(spec: Optional[PipelineSpec], factory: Callable[..., Any]) -> Any:
    """This process's pipeline for ``spec`` (``None``: the default pipeline), built on first
    use and kept (the four most recently used specs), thread-safely."""
    key = "" if spec is None else spec.key
    with _PIPELINES_LOCK:
        nlp = _PIPELINES.get(key)
        if nlp is None:
            nlp = factory() if spec is None else spec.build(factory)
            _BUILDS[key] += 1
            _PIPELINES[key] = nlp
            while len(_PIPELINES) > _KEEP:
                _PIPELINES.popitem(last=False)
        else:
            _PIPELINES.move_to_end(key)
        return nlp


def builds() -> Dict[str, int]:
    """How many pipelines this process has built, by spec key ("" for the default one)."""
    with _PIPELINES_LOCK:
        return dict(_BUILDS)


# ------------------------------------------------------------------- the process pool
_WORKER: Dict[str, Any] = {}


def _start_worker(spec: Optional[PipelineSpec], factory: Callable[..., Any]) -> None:
    try:
        _WORKER["nlp"] = pipeline_for(spec, factory)
    except BaseException as exc:  # reported by the first batch (a failed initializer would
        _WORKER["error"] = exc     # only break the pool, with no word of why)


def _annotate_batch(texts: List[str], reference_date: Optional[_dt.date]) -> list:
    if "error" in _WORKER:
        raise _WORKER["error"]
    nlp = _WORKER["nlp"]
    return [nlp.annotate(text, reference_date) for text in texts]


def _stop(executor: ProcessPoolExecutor, *, kill: bool) -> None:
    if kill:
        # Python 3.14 has terminate_workers(); before it, end the processes themselves so that
        # a worker busy with a long text does not outlive an abandoned stream
        terminate = getattr(executor, "terminate_workers", None)
        if terminate is not None:
            terminate()
        else:
            for proc in list((getattr(executor, "_processes", None) or {}).values()):
                proc.terminate()
    executor.shutdown(wait=not kill, cancel_futures=True)


def annotate_in_processes(
    texts: Iterable[Any],
    reference_date: Optional[_dt.date],
    spec: Optional[PipelineSpec],
    factory: Callable[..., Any],
    n_process: int,
    batch_size: int,
) -> Iterator[Any]:
    """Annotate ``texts`` in ``n_process`` worker processes, yielding the documents in input
    order.  Batches of ``batch_size`` texts go to the workers; at most ``2 * n_process``
    batches are in flight, so the input is read only that far ahead of what was yielded.

    Workers are started by the platform's default start method (``fork`` on Linux up to Python
    3.13; ``spawn`` on Windows and macOS, ``forkserver`` on Linux from 3.14, which import the
    caller's main module: a script then needs the ``if __name__ == "__main__":`` guard) and
    each builds its pipeline once, from ``spec``.  An item that is not a str raises TypeError naming its index once the documents
    before it were yielded; a worker that dies raises :class:`WorkerError`.
    """
    executor = ProcessPoolExecutor(
        max_workers=n_process, mp_context=multiprocessing.get_context(),
        initializer=_start_worker, initargs=(spec, factory))
    window = 2 * n_process
    pending: Deque[Tuple[int, int, Any]] = collections.deque()
    items = iter(texts)
    read = 0
    exhausted = False
    bad: Optional[TypeError] = None
    clean = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                batch: List[str] = []
                first = read
                for text in items:
                    if not isinstance(text, str):
                        hint = "; decode it first, e.g. data.decode('utf-8')" \
                            if isinstance(text, (bytes, bytearray, memoryview)) else ""
                        bad = TypeError(f"annotate_many(): item {read} is "
                                        f"{type(text).__name__}, not str{hint}")
                        exhausted = True
                        break
                    batch.append(text)
                    read += 1
                    if len(batch) == batch_size:
                        break
                else:
                    exhausted = True
                if batch:
                    future = executor.submit(_annotate_batch, batch, reference_date)
                    pending.append((first, len(batch), future))
            if not pending:
                break
            first, count, future = pending.popleft()
            try:
                docs = future.result()
            except BrokenProcessPool as exc:
                raise WorkerError(
                    f"annotate_many(): a worker process ended unexpectedly (killed, out of "
                    f"memory, or crashed) while items {first}-{first + count - 1} were being "
                    f"annotated; the {first} documents before them were yielded") from exc
            yield from docs
        clean = True
    finally:
        _stop(executor, kill=not clean)
    if bad is not None:
        raise bad
