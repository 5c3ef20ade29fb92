"""Drawing charts in worker processes while the main process reads and computes.

A report draws three or four charts per language at 300 dpi; each costs a few tenths of a
second of CPU, and importing matplotlib costs about as much as importing pandas.  On a machine
with two or more cores, ``forum-eval report`` starts worker processes (:func:`workers`) before
it reads anything: they import matplotlib while the main process imports pandas and reads the
file, then draw the charts side by side while the main process writes the Markdown and the
JSON.  The main process never imports matplotlib.

A chart job is the *name* of a module-level function that returns a ``Figure``
(``"forum_eval.render.charts:plot_agreement"``) and its arguments (a ``Summary``, a
``CommentsResult`` … — plain picklable data).  The worker calls it and encodes the figure with
:func:`forum_eval.render.chartstyle.png_bytes`, exactly as the inline path does, so the bytes
are the same either way (tests/test_drawing.py).

Workers are forked, on Linux only, and only from a process that has a single thread: forking a
multi-threaded process can deadlock the child (pyarrow's reader starts threads, so must come
after).  Anywhere else — another system, one CPU, ``--jobs 1``, a library call outside
:func:`workers` — the charts are drawn inline, one after the other.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

#: default number of workers: a report has 3–4 charts per language, and every worker pays
#: for its own matplotlib import
MAX_DEFAULT_WORKERS = 4

_pool: Pool | None = None


class Pending(Protocol):
    """A PNG being drawn: ``get()`` waits for its bytes (and raises what the drawing raised)."""

    def get(self, timeout: float | None = None) -> bytes: ...


class _Done:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def get(self, timeout: float | None = None) -> bytes:
        return self._data


def available_cpus() -> int:
    """CPUs this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _single_threaded() -> bool:
    """True when this process has exactly one OS thread (so a fork is safe)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def default_jobs() -> int:
    return max(1, min(available_cpus(), MAX_DEFAULT_WORKERS))


def can_fork() -> bool:
    return sys.platform.startswith("linux") and _single_threaded()


def _resolve(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def render(target: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bytes:
    """Draw ``target(*args, **kwargs)`` and return the figure as PNG bytes."""
    from forum_eval.render.chartstyle import png_bytes

    return png_bytes(_resolve(target)(*args, **kwargs))


def _warm_up() -> None:
    """Worker start: ignore Ctrl-C (the main process stops the workers), then import the chart
    modules and draw a small chart (:func:`chartstyle.warm_up`) so that fonts, parameters and
    code paths are loaded before the first real job arrives."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import forum_eval.render.charts  # noqa: F401  (matplotlib, Agg, the chart modules)
    from forum_eval.render import chartstyle

    chartstyle.warm_up()


def draw_png(target: str, /, *args: Any, **kwargs: Any) -> Pending:
    """Start drawing ``target(*args, **kwargs)`` (``"module:function"``) as a PNG: in a worker
    when :func:`workers` started some, else right here (the result is then already done)."""
    if _pool is None:
        return _Done(render(target, args, kwargs))
    return _pool.apply_async(render, (target, args, kwargs))


def active() -> bool:
    """True while worker processes are drawing (inside :func:`workers`)."""
    return _pool is not None


@contextmanager
def workers(jobs: int | None = None) -> Iterator[int]:
    """Draw the charts of this block in ``jobs`` worker processes (default: one per CPU, at most
    :data:`MAX_DEFAULT_WORKERS`).  Yields the number started: 0 when the charts will be drawn
    inline (``jobs`` ≤ 1, one CPU, not Linux, a multi-threaded process, or workers already
    running).  The workers are stopped when the block ends, whatever happens in it."""
    global _pool
    count = default_jobs() if jobs is None else jobs
    if count <= 1 or _pool is not None or not can_fork():
        yield 0
        return
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(count, initializer=_warm_up)
    _pool = pool
    try:
        yield count
    finally:
        _pool = None
        pool.terminate()  # idle by now (every result was collected) or being abandoned
        pool.join()
