"""Charts drawn in worker processes (forum_eval/report/pool.py): the same bytes as drawn
inline, a drawing error comes back as itself, a killed worker ends the report with one
error and the previous report intact, and a script without a ``__main__`` guard ends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from forum_eval.present.charts import plot_agreement, plot_expertise
from forum_eval.present.chartstyle import png_bytes
from forum_eval.report.build import Chart, PartOutput, build_report
from forum_eval.report.pool import ChartWorkerError, Drawer, default_jobs
from tests.conftest import ROOT


def test_inline_and_workers_draw_the_same_bytes(summary_2019) -> None:
    expected = png_bytes(plot_agreement(summary_2019, lang="fr", order="sorted"))
    with Drawer(1) as inline:
        assert inline.result(inline.draw(plot_agreement, summary_2019, lang="fr")) == expected
    with Drawer(2) as workers:
        pending = [
            workers.draw(plot_agreement, summary_2019, lang="fr"),
            workers.draw(plot_expertise, summary_2019, lang="en"),
        ]
        assert workers.result(pending[0]) == expected
        assert workers.result(pending[1]) == png_bytes(plot_expertise(summary_2019, lang="en"))


def _fails(message: str) -> None:
    raise ValueError(message)


def test_an_error_in_a_worker_comes_back_as_itself() -> None:
    with Drawer(2) as workers, pytest.raises(ValueError, match="no such chart"):
        workers.result(workers.draw(_fails, "no such chart"))


def test_jobs_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORUM_EVAL_JOBS", "3")
    assert default_jobs() == 3
    for junk in ("0", "-2", "two", ""):
        monkeypatch.setenv("FORUM_EVAL_JOBS", junk)
        assert default_jobs() == 1  # the charts are drawn in this process unless asked


def _killed(summary: object) -> object:
    """A chart whose worker dies while drawing it (as if killed, or out of memory)."""
    os.kill(os.getpid(), 9)
    return summary


def test_a_killed_worker_ends_the_report_and_keeps_the_previous_one(
    summary_2019, tmp_path: Path
) -> None:
    out = tmp_path / "report"
    build_report(summary_2019, out, ["en"], jobs=1)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def deadly_part(lang: str) -> PartOutput:
        return PartOutput(charts=(Chart("deadly", "alt", _killed, (summary_2019,)),))

    with pytest.raises(ChartWorkerError, match="chart worker stopped"):
        build_report(summary_2019, out, ["en"], extra_parts=[deadly_part], jobs=2)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["report"]  # no staging folder left


def test_a_killed_worker_is_one_error_line_from_the_command(tmp_path: Path) -> None:
    """The whole command, killed worker included: exit 1, one ``Error:`` line, no traceback."""
    script = tmp_path / "kill_a_worker.py"
    script.write_text(
        "import os, sys\n"
        "from forum_eval.report import build\n"
        "real = build.chart_part\n"
        "def chart_part(summary, order='sorted', *args, **kwargs):\n"
        "    inner = real(summary, order, *args, **kwargs)\n"
        "    def part(lang):\n"
        "        out = inner(lang)\n"
        "        first = out.charts[0]\n"
        "        dead = build.Chart(first.name, first.alt, os.abort)\n"
        "        return build.PartOutput((dead, *out.charts[1:]), out.markdown, out.warnings)\n"
        "    return part\n"
        "build.chart_part = chart_part\n"
        "if __name__ == '__main__':\n"
        "    from forum_eval.cli import main\n"
        "    sys.argv = ['forum-eval', *sys.argv[1:]]\n"
        "    main()\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            str(script),
            *("report", "2019", "--lang", "en", "--jobs", "2"),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: a chart worker stopped"), lines
    assert not out.exists()


def test_a_script_without_a_main_guard_ends(tmp_path: Path) -> None:
    """A script that calls the CLI at import time, with no ``if __name__ == "__main__"``:
    the workers never import it (the fork server starts them), so it runs once and ends."""
    script = tmp_path / "no_guard.py"
    script.write_text(
        "import sys\n"
        "from forum_eval.cli import main\n"
        f"sys.argv = ['forum-eval', 'report', '2019', '--lang', 'en', '--jobs', '2', "
        f"'--out', {str(tmp_path / 'out')!r}]\n"
        "main()\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Wrote ") == 1
    assert sorted((tmp_path / "out").glob("*.png"))


class _Stop(Exception):
    pass


def test_a_stop_while_the_workers_start_comes_after_their_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C sent while the pool starts is held until the workers have started, then
    raised with the pool stopped. The signal is sent to the process while another thread
    runs (numpy's threads, in the real program): the kernel hands it to that thread, which
    does not block it, and Python ran the handler in this thread half-way through the pool's
    start, leaving a semaphore behind (the rare 'leaked semaphore objects' line of
    test_hostile_faults' INT case). The old code fails: the stop came inside the start."""
    import signal
    import threading
    import time

    from forum_eval.report import pool

    other = threading.Event()
    sender = threading.Thread(
        target=lambda: (other.wait(10), os.kill(os.getpid(), signal.SIGINT)), daemon=True
    )
    sender.start()  # before the pool: this thread does not block SIGINT
    moments: list[str] = []
    started = pool.Drawer._wait_for_workers

    def wait_then_signal(self: Drawer) -> None:
        started(self)
        other.set()  # the other thread sends SIGINT to the process now
        sender.join(10)
        for _ in range(100):  # bytecodes in which Python runs a pending handler
            time.sleep(0.001)
        moments.append("workers started")

    def stop(signum: int, frame: object) -> None:
        moments.append("stopped")
        raise _Stop

    monkeypatch.setattr(pool.Drawer, "_wait_for_workers", wait_then_signal)
    previous = signal.signal(signal.SIGINT, stop)
    try:
        with pytest.raises(_Stop):
            Drawer(2)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert moments == ["workers started", "stopped"]
    assert signal.getsignal(signal.SIGINT) is previous
