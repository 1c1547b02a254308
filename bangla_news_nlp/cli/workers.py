"""Annotating many records in input order, in this process or in a pool of worker processes.

* **Bounded.**  With ``workers > 1`` the records go to the workers ``CHUNK`` at a time and at
  most ``WINDOW * workers`` chunks are in flight, so the input is not read ahead without
  bound (``Pool.imap``'s feeder thread would read it all).
* **Order.**  Results come back in input order whatever the number of workers.
* **A dead worker stops the run cleanly.**  A ``ProcessPoolExecutor`` reports a worker
  killed (by the OOM killer, by hand) as ``BrokenProcessPool`` where a ``multiprocessing.Pool``
  would wait forever; it can surface from ``submit()`` as well as from ``result()``, and
  both become :class:`~bangla_news_nlp.cli.common.WorkerError` (exit status 3).
* **Stop signals are the parent's.**  Workers ignore Ctrl-C (it reaches the whole process
  group; the parent handles it) and die at once of SIGTERM and SIGHUP; the signals are
  blocked while a worker starts, so no inherited handler ever runs in one.
* **Workers die with their parent.**  A worker asks Linux to kill it when its parent dies
  (``prctl(PR_SET_PDEATHSIG)``), and on every system a thread of its own polls its parent
  and ends it when the parent is gone, so a killed CLI leaves no worker blocked behind it
  holding the caller's standard error open.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections import deque
from typing import Any, Callable, Deque, Iterable, Iterator, List, Optional, Tuple

from ..io.readers import Bad, Item, Record
from ..io.writer import Interrupted, received
from .common import WorkerError, build_pipeline

__all__ = ["CHUNK", "WINDOW", "annotate_one", "compact_json", "ordered_annotations"]

CHUNK = 4  #: records sent to a worker at a time
WINDOW = 4  #: chunks in flight per worker
PARENT_POLL = 0.5  #: seconds between a worker's checks that its parent is alive

Result = Tuple[bool, Any]  # (True, rendered document) or (False, what went wrong)

_NLP = None  # the pipeline of this process (workers inherit it under fork)
_RENDER: Optional[Callable] = None
_INIT_ERROR: Optional[str] = None


def compact_json(doc) -> str:
    """The default rendering: the Document as one line of JSON, without tokens."""
    return doc.model_dump_json(exclude={"tokens"})


# --------------------------------------------------------------------------- workers
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int, direct: bool) -> None:
    """End this worker when ``parent`` (the CLI) ends.  ``direct``: this process is the
    parent's own child (fork and spawn start methods; not under a fork server)."""
    if direct and sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the thread below still watches
            pass
    if direct and os.getppid() != parent:  # it died before the line above
        os._exit(1)
    watched = os.getppid()  # the CLI, or the fork server that ends with it

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL)
            if os.getppid() != watched:
                os._exit(1)

    threading.Thread(target=watch, name="bangla-news-nlp-parent-watch", daemon=True).start()


_STOP_SIGNALS = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                 if hasattr(signal, name)}


@contextlib.contextmanager
def _stop_signals_blocked():
    """Block the stop signals while worker processes may be started (in ``submit()``).

    A forked worker inherits the parent's Python signal handlers, which raise
    :class:`Interrupted`; until its initializer has put the defaults back, a SIGTERM (the
    pool sends one to each worker when another dies) would raise inside it, and could even
    be swallowed (in a ``__del__``), leaving the worker alive and the pool waiting on it
    forever.  Blocked signals stay pending instead: the parent takes them when the block
    ends, a worker once its initializer unblocks them.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no fork, nothing inherited
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _init_worker(build: Callable, render: Callable, parent: int, direct: bool) -> None:
    # Ctrl-C reaches the whole process group: let the parent alone handle it; SIGTERM and
    # SIGHUP end a worker at once.  Only then are they unblocked (see above).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    _die_with_parent(parent, direct)
    global _NLP, _RENDER, _INIT_ERROR
    _RENDER = render
    if _NLP is None:  # not inherited (spawn or forkserver start method)
        try:
            _NLP = build()
        except Exception as exc:  # raising here would make the pool respawn it forever
            _INIT_ERROR = f"{type(exc).__name__}: {exc}"


def annotate_one(text: str, ref) -> Result:
    """``(True, rendered Document)`` or ``(False, what went wrong)``."""
    try:
        return True, _RENDER(_NLP.annotate(text, ref))
    except Exception as exc:  # one record's failure must not stop the batch
        if received() is not None:  # a signal raised inside, and something wrapped it
            raise Interrupted(received()) from None
        return False, f"annotation failed: {type(exc).__name__}: {exc}"


def _annotate_chunk(jobs: List[Tuple[str, Any]]) -> List[Result]:
    if _INIT_ERROR is not None:
        raise WorkerError(f"a worker could not build its pipeline: {_INIT_ERROR}")
    return [annotate_one(text, ref) for text, ref in jobs]


def _chunks(items: Iterable[Item], size: int) -> Iterator[List[Item]]:
    chunk: List[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_DIED = "a worker process ended abruptly (killed, or out of memory?)"


def ordered_annotations(items: Iterable[Item], nlp, *, workers: int = 1,
                        render: Optional[Callable] = None,
                        build: Optional[Callable] = None,
                        ) -> Iterator[Tuple[Item, Optional[Result]]]:
    """``(item, (ok, rendered document or error))`` for each item, in input order; ``Bad``
    items come through with ``None``.

    ``nlp`` is the pipeline of this process and ``render`` turns a Document into what is
    written (default :func:`compact_json`; it must pickle for workers).  With
    ``workers > 1`` the texts go to a pool of processes a few at a time; each has its own
    pipeline, inherited by fork or else made by ``build()`` (default: the default pipeline).

    :raises WorkerError: a worker process died or could not build its pipeline.
    """
    global _NLP, _RENDER
    _NLP, _RENDER = nlp, (render or compact_json)
    if workers <= 1:
        for item in items:
            if isinstance(item, Bad):
                yield item, None
            else:
                yield item, annotate_one(item.text, item.reference_date)
        return

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def drain(chunk: List[Item], future) -> Iterator[Tuple[Item, Optional[Result]]]:
        results = iter(future.result() if future is not None else ())
        for item in chunk:
            yield item, (None if isinstance(item, Bad) else next(results))

    context = multiprocessing.get_context()
    direct = context.get_start_method() in ("fork", "spawn")
    executor = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker,
        initargs=(build or build_pipeline, _RENDER, os.getpid(), direct))
    try:
        window: Deque[Tuple[List[Item], Any]] = deque()
        for chunk in _chunks(items, CHUNK):
            jobs = []
            for item in chunk:
                if isinstance(item, Record):
                    jobs.append((item.text, item.reference_date))
                    item.text = None  # the worker has it now
            future = None
            if jobs:
                with _stop_signals_blocked():  # submit() may start the workers
                    future = executor.submit(_annotate_chunk, jobs)
            window.append((chunk, future))
            if len(window) >= WINDOW * workers:
                yield from drain(*window.popleft())
        while window:
            yield from drain(*window.popleft())
    except BrokenProcessPool as exc:  # from submit() or from result()
        raise WorkerError(_DIED) from exc
    finally:
        # on an early stop: drop the queued chunks, let the running ones (a few records
        # each) finish, and wait for the processes to exit
        executor.shutdown(wait=True, cancel_futures=True)
