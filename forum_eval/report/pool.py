"""Charts drawn side by side in worker processes, or in this process.

A :class:`Drawer` turns a drawing function (``draw(*args, **kwargs) -> Figure``, a function
object of :mod:`forum_eval.present`) into PNG bytes. With ``jobs > 1`` it uses a
:class:`concurrent.futures.ProcessPoolExecutor` started by ``forum-eval report``: a fork
server where the platform has one (Linux, macOS: a fresh process that forks the workers,
never this one, and that imports the chart modules once), else spawn (Windows). With
``jobs == 1``, or when the pool cannot start, charts are drawn here. The PNG bytes are the
same either way.

A worker that dies (killed, out of memory) or a chart that takes longer than
:data:`TIMEOUT_S` ends the report with :class:`ChartWorkerError`: the report folder is only
put in place once every chart is written, so the previous report stays as it was.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from multiprocessing.context import BaseContext
from types import TracebackType
from typing import Any

from forum_eval.errors import ForumEvalError

#: seconds one chart may take in a worker (the biggest take about a second)
TIMEOUT_S = 300.0
#: seconds the workers may take to start, all together (a second or two on a loaded machine)
START_TIMEOUT_S = 10.0
#: what the fork server imports before it forks the first worker (report/worker.py)
_PRELOAD = ["forum_eval.report.worker"]
#: signals held back while the workers start (where the platform can hold them back)
_HELD = {signal.SIGINT, signal.SIGTERM}


class ChartWorkerError(ForumEvalError):
    """A chart worker died or did not answer."""


def default_jobs() -> int:
    """``$FORUM_EVAL_JOBS`` when set, else 1: the charts are drawn in this process.

    Measured on 2 cores (benchmarks/RESULTS.md, 2026-12-05): two workers draw the 2019 report
    no faster than one process (--lang en 1.67 s against 1.70 s, --lang both 2.56 s against
    2.43 s), because starting the workers costs what drawing side by side saves; so the pool
    is used only when asked for (--jobs N, FORUM_EVAL_JOBS), e.g. for reports of many charts
    on a machine with more cores."""
    value = os.environ.get("FORUM_EVAL_JOBS", "").strip()
    if value.isdigit() and int(value) >= 1:
        return int(value)
    return 1


def png(draw: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> bytes:
    """``draw(*args, **kwargs)`` as PNG bytes (what a worker runs; ``compare --charts`` and
    ``trend --out`` call it in this process)."""
    from forum_eval.present.chartstyle import png_bytes

    return png_bytes(draw(*args, **kwargs))


def _start_worker() -> None:
    """Ctrl-C is the main process's to handle: it stops the workers (spawned workers, which
    do not come from the fork server: see report/worker.py)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _started() -> int:
    """A start task: it keeps its worker busy for a moment, so that the pool starts one
    process per job instead of reusing one, and says which worker it ran in."""
    time.sleep(0.05)
    return os.getpid()


@contextmanager
def _held_signals() -> Iterator[list[int]]:
    """SIGINT and SIGTERM held back in the block; the list it gives holds those that arrived,
    and they are delivered on leaving it.

    Two holds: the signal mask, which the processes started in the block inherit (their
    own start then cannot be caught half-way); and, in the main thread, a handler that only
    notes the signal. The mask alone is not enough here: the kernel hands a signal that this
    thread blocks to another thread of the process (numpy's and pandas' threads), and
    Python then runs the handler in this thread all the same."""
    mask = hasattr(signal, "pthread_sigmask")  # not on Windows
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD) if mask else None
    held: list[int] = []
    handlers: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in _HELD:
            if signal.getsignal(signum) is not None:  # None: set outside Python, kept
                handlers[signum] = signal.signal(signum, lambda n, _: held.append(n))
    try:
        yield held
    finally:
        if before is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)
        for caught, handler in handlers.items():
            signal.signal(caught, handler)
        if held:
            signal.raise_signal(held[0])


class Drawer:
    """``with Drawer(jobs) as drawer: pending = drawer.draw(f, *args); …; pending.result()``."""

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = default_jobs() if jobs is None else jobs
        self._pool: ProcessPoolExecutor | None = None
        if self.jobs > 1:
            import multiprocessing

            context: BaseContext
            if "forkserver" in multiprocessing.get_all_start_methods():
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(_PRELOAD)
            else:
                context = multiprocessing.get_context("spawn")
            # Ctrl-C and SIGTERM are held back until every worker has started (they arrive
            # just after): a process caught half-way through its start printed a traceback,
            # and this one, stopped between two lines of the pool's start, left a semaphore
            # behind ("resource_tracker: … leaked semaphore objects" on stderr).
            with _held_signals() as held:
                self._pool = ProcessPoolExecutor(
                    self.jobs, mp_context=context, initializer=_start_worker
                )
                self._wait_for_workers()
                if held:  # the stop comes now, with the workers stopped
                    self._pool.shutdown(wait=True, cancel_futures=True)
                    self._pool = None

    def _wait_for_workers(self) -> None:
        """Until each of the ``jobs`` workers has run a start task, for at most
        :data:`START_TIMEOUT_S`; on a pool that cannot start, or does not answer in that
        time, the charts are drawn here."""
        assert self._pool is not None
        seen: set[int] = set()
        deadline = time.monotonic() + START_TIMEOUT_S
        try:
            while len(seen) < self.jobs and time.monotonic() < deadline:
                pending = [self._pool.submit(_started) for _ in range(self.jobs)]
                left = max(deadline - time.monotonic(), 1.0)
                seen.update(task.result(timeout=left) for task in pending)
        except (BrokenProcessPool, OSError, RuntimeError, TimeoutError):
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Drawer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def draw(self, draw: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[bytes]:
        """Start drawing; ``.result()`` of what is returned gives the PNG bytes (see
        :meth:`result`)."""
        if self._pool is not None:
            try:
                return self._pool.submit(png, draw, args, kwargs)
            except (BrokenProcessPool, OSError, RuntimeError):
                # the pool could not start (no processes on this system): draw here
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
        done: Future[bytes] = Future()
        done.set_result(png(draw, args, kwargs))
        return done

    @staticmethod
    def result(pending: Future[bytes]) -> bytes:
        """The PNG bytes of a chart; :class:`ChartWorkerError` if its worker died or hung."""
        try:
            return pending.result(timeout=TIMEOUT_S)
        except BrokenProcessPool:
            raise ChartWorkerError(
                "a chart worker stopped before finishing (killed, or out of memory); "
                "nothing was written and the previous report, if any, is unchanged.",
                "Run the command again, or with --jobs 1 to draw the charts in one process.",
            ) from None
        except TimeoutError:
            raise ChartWorkerError(
                f"a chart took more than {TIMEOUT_S:.0f} s to draw; nothing was written.",
                "Run the command again with --jobs 1.",
            ) from None
