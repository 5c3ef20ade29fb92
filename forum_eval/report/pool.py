"""Drawing charts in worker processes while the main process reads and computes.

A report draws three or four charts per language at 300 dpi, and importing matplotlib costs
about as much as importing pandas.  On a machine with two or more CPUs, ``forum-eval report``
starts its chart workers (:func:`workers`) before it reads anything:

1. a *fork server* — a fresh interpreter started by :mod:`multiprocessing` — imports matplotlib
   and the chart modules and draws a small chart (:mod:`forum_eval.report._chart_server`),
   while the main process imports pandas and reads the file;
2. the workers are forked from that warm server, so matplotlib is imported once, not once per
   worker, and the first chart costs no more than the next;
3. the main process sends each chart as a job and writes the Markdown and the JSON while the
   workers draw.  It never imports matplotlib.

A chart job is the *name* of a module-level function that returns a ``Figure``
(``"forum_eval.present.charts:plot_agreement"``) and its arguments (a ``Summary``, a
``CommentsResult`` … — plain picklable data).  The worker calls it and encodes the figure with
:func:`forum_eval.present.chartstyle.png_bytes`, exactly as the inline path does, so the bytes
are the same either way (tests/test_drawing.py).

The main process never forks itself (forking a process that has threads, as pyarrow's reader
and OpenBLAS start, can deadlock the child): the fork server is a new interpreter.  Where
there is no fork server (Windows), on one CPU, with ``--jobs 1`` or ``FORUM_EVAL_JOBS=1``, or
in a library call outside :func:`workers`, the charts are drawn inline, one after another.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

#: default number of workers: a report has 3–4 charts per language
MAX_DEFAULT_WORKERS = 4
#: environment variable giving the default number of drawing processes (``--jobs`` wins)
JOBS_ENV = "FORUM_EVAL_JOBS"
#: the module the fork server imports before forking workers
SERVER_MODULE = "forum_eval.report._chart_server"


class Pending(Protocol):
    """A PNG being drawn: ``get()`` waits for its bytes (and raises what the drawing raised)."""

    def get(self, timeout: float | None = None) -> bytes: ...


class _Done:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def get(self, timeout: float | None = None) -> bytes:
        return self._data


def available_cpus() -> int:
    """CPUs this process may run on (its affinity where the system tells, else the count)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def default_jobs() -> int:
    """``FORUM_EVAL_JOBS`` if set to a whole number ≥ 1, else one per CPU (at most 4)."""
    value = os.environ.get(JOBS_ENV, "").strip()
    if value.isdigit() and int(value) >= 1:
        return int(value)
    return max(1, min(available_cpus(), MAX_DEFAULT_WORKERS))


def can_start() -> bool:
    """True where multiprocessing has a fork server (POSIX systems)."""
    import multiprocessing

    return "forkserver" in multiprocessing.get_all_start_methods()


def _resolve(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def render(target: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bytes:
    """Draw ``target(*args, **kwargs)`` and return the figure as PNG bytes."""
    from forum_eval.present.chartstyle import png_bytes

    return png_bytes(_resolve(target)(*args, **kwargs))


def _ignore_interrupts() -> None:
    """Worker start: Ctrl-C is the main process's to handle (it stops the workers)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _jobs_in(argv: list[str]) -> int | None:
    """The ``--jobs``/``-j`` value on a command line, if one is given (None otherwise or when
    it does not parse: the command line parser will say so)."""
    for position, arg in enumerate(argv):
        if arg in ("--jobs", "-j"):
            value = argv[position + 1] if position + 1 < len(argv) else ""
        elif arg.startswith("--jobs="):
            value = arg.removeprefix("--jobs=")
        elif arg.startswith("-j"):
            value = arg[2:].removeprefix("=")
        else:
            continue
        return int(value) if value.isdigit() else None
    return None


def _forkserver() -> Any:
    """The fork-server multiprocessing context, told to import :data:`SERVER_MODULE`."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([SERVER_MODULE])
    return context


def start_early(argv: list[str]) -> bool:
    """Start the fork server now if ``argv`` (without the program name) is a ``report`` that
    will draw in workers: it then imports matplotlib while the command line itself is still
    being imported and parsed.  :func:`workers` uses the running server.  True if started."""
    if not argv or argv[0] != "report" or "--help" in argv or "-h" in argv:
        return False
    jobs = _jobs_in(argv[1:])
    if (default_jobs() if jobs is None else jobs) <= 1 or not can_start():
        return False
    try:
        from multiprocessing import forkserver

        _forkserver()
        forkserver.ensure_running()
    except Exception:  # workers() will try again, or draw inline
        return False
    return True


class _Workers:
    """The pool, created in a background thread: creating it waits for the fork server to
    import matplotlib, which is exactly what the main process should not wait for."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._pool: Pool | None = None
        self._thread = threading.Thread(target=self._start, name="forum-eval-chart-workers")
        self._thread.daemon = True
        self._thread.start()

    def _start(self) -> None:
        try:
            self._pool = _forkserver().Pool(self.count, initializer=_ignore_interrupts)
        except Exception:  # no fork server after all: the charts are drawn inline
            self._pool = None

    def pool(self) -> Pool | None:
        self._thread.join()
        return self._pool

    def close(self) -> None:
        pool = self.pool()
        if pool is not None:
            pool.terminate()  # idle by now (every result was collected) or being abandoned
            pool.join()


_workers: _Workers | None = None


def draw_png(target: str, /, *args: Any, **kwargs: Any) -> Pending:
    """Start drawing ``target(*args, **kwargs)`` (``"module:function"``) as a PNG: in a worker
    inside :func:`workers`, else right here (the result is then already done)."""
    pool = _workers.pool() if _workers is not None else None
    if pool is None:
        return _Done(render(target, args, kwargs))
    return pool.apply_async(render, (target, args, kwargs))


def active() -> bool:
    """True while worker processes are drawing (inside :func:`workers`)."""
    return _workers is not None and _workers.pool() is not None


@contextmanager
def workers(jobs: int | None = None) -> Iterator[int]:
    """Draw the charts of this block in ``jobs`` worker processes (default
    :func:`default_jobs`).  Yields the number asked for: 0 when the charts will be drawn inline
    (``jobs`` ≤ 1, no fork server, or workers already running).  The workers are stopped when
    the block ends, whatever happens in it."""
    global _workers
    count = default_jobs() if jobs is None else jobs
    if count <= 1 or _workers is not None or not can_start():
        yield 0
        return
    started = _Workers(count)
    _workers = started
    try:
        yield count
    finally:
        _workers = None
        started.close()
