"""What the chart fork server imports first (report/pool.py), never the main process.

Ctrl-C reaches the whole process group; it is the main process's to handle (it stops the
workers and ends in one line). :class:`~forum_eval.report.pool.Drawer` starts the fork server
with SIGINT and SIGTERM blocked, so a signal cannot catch it half-way through its start; here
it ignores SIGINT (the fork server keeps the disposition it found for the workers it forks,
which therefore ignore it from their first instruction) and takes the signals back. Then it
imports matplotlib and the chart code once, for every worker.
"""

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
if hasattr(signal, "pthread_sigmask"):
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})

import forum_eval.present.charts  # noqa: E402, F401
