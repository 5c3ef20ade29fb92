"""Charts drawn in worker processes (forum_eval/render/drawing.py): same bytes as inline,
errors come back, workers never forked from a multi-threaded process, none left behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from forum_eval.report import pool as drawing
from forum_eval.report.build import write_chart
from tests.conftest import ROOT

AGREEMENT = "forum_eval.present.charts:plot_agreement"


def test_inline_draw_is_the_figure_encoded_by_chartstyle(summary_2019) -> None:
    from forum_eval.present.charts import plot_agreement
    from forum_eval.present.chartstyle import png_bytes

    assert not drawing.active()
    pending = drawing.draw_png(AGREEMENT, summary_2019, lang="fr", order="sorted")
    expected = png_bytes(plot_agreement(summary_2019, lang="fr", order="sorted"))
    assert pending.get() == expected
    assert expected.startswith(b"\x89PNG")


def test_one_job_draws_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    with drawing.workers(1) as started:
        assert started == 0
        assert not drawing.active()
    monkeypatch.setenv(drawing.JOBS_ENV, "1")
    assert drawing.default_jobs() == 1
    with drawing.workers() as started:
        assert started == 0 and not drawing.active()
    for junk in ("0", "-2", "two", ""):
        monkeypatch.setenv(drawing.JOBS_ENV, junk)
        assert drawing.default_jobs() == max(1, min(drawing.available_cpus(), 4))


@pytest.mark.skipif(not drawing.can_start(), reason="no fork server on this system")
def test_workers_draw_the_same_bytes_and_report_errors(summary_2019) -> None:
    """In this (multi-threaded) test process too: the workers come from a fork server, a new
    interpreter, never from a fork of this process."""
    from forum_eval.present.charts import plot_agreement, plot_expertise, plot_shares
    from forum_eval.present.chartstyle import png_bytes

    plots = {"agreement": plot_agreement, "shares": plot_shares, "expertise": plot_expertise}
    jobs = [(lang, kind) for lang in ("en", "fr") for kind in plots]
    with drawing.workers(2) as started:
        assert started == 2 and drawing.active()
        pending = [
            drawing.draw_png(f"forum_eval.present.charts:plot_{kind}", summary_2019, lang=lang)
            for lang, kind in jobs
        ]
        drawn = [p.get(timeout=300) for p in pending]
        failing = drawing.draw_png(AGREEMENT, None, lang="en")
        with pytest.raises(AttributeError):  # the worker's exception, raised here
            failing.get(timeout=300)
    assert not drawing.active()
    for (lang, kind), png in zip(jobs, drawn, strict=True):
        assert png == png_bytes(plots[kind](summary_2019, lang=lang)), (lang, kind)


SERVER = """
import os, sys
import forum_eval.report._chart_server  # what the fork server imports before forking
threads = len(os.listdir("/proc/self/task"))
print(threads, " ".join(m for m in ("pandas", "pyarrow") if m in sys.modules) or "none")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_fork_server_has_one_thread_and_no_pandas() -> None:
    """It forks the workers, so it must have a single thread (OpenBLAS is told to start none);
    and the workers need no pandas: the main process has paid for it."""
    proc = subprocess.run(
        [sys.executable, "-c", SERVER],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["1", "none"]


def test_write_chart_outside_a_report_writes_at_once(tmp_path: Path, summary_2019) -> None:
    png, alt = write_chart(
        tmp_path, "agreement", "en", "Alt text.", AGREEMENT, summary_2019, lang="en"
    )
    assert (png, alt) == ("agreement.en.png", "Alt text.")
    assert (tmp_path / png).read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "agreement.en.alt.txt").read_text(encoding="utf-8") == "Alt text.\n"


WORKER_IMPORTS = """
import pickle, sys
import forum_eval.report._chart_server  # what a chart worker inherits from the fork server
from forum_eval.report import pool as drawing

jobs = pickle.loads(sys.stdin.buffer.read())  # what it receives: the charts' arguments
pngs = [drawing.render(target, args, kwargs) for target, args, kwargs in jobs]
assert all(png.startswith(b"\\x89PNG") for png in pngs)
print(" ".join(sorted(m for m in ("pandas", "pyarrow") if m in sys.modules)) or "none")
"""


def test_a_worker_draws_every_report_chart_without_pandas(summary_2019) -> None:
    """Chart workers import matplotlib only: the charts' arguments (summaries, comments,
    comparisons, trends) unpickle without pandas, which the main process has already paid."""
    import pickle

    from forum_eval.analyse.comments import comments_source
    from forum_eval.analyse.compare import compare
    from forum_eval.cli.compare import build_trend
    from forum_eval.read.survey import Options, summarize_source

    options = Options(surveys_dir=ROOT / "surveys")
    earlier = summarize_source("2018", options)
    comparison = compare([earlier, summary_2019])
    jobs = [
        ("forum_eval.present.charts:plot_agreement", (summary_2019,), {"lang": "fr"}),
        ("forum_eval.present.charts:plot_shares", (summary_2019,), {"lang": "en"}),
        ("forum_eval.present.charts:plot_expertise", (summary_2019,), {"lang": "en"}),
        (
            "forum_eval.present.comments_out:plot_themes",
            (comments_source("2019", options),),
            {"lang": "fr"},
        ),
        (
            "forum_eval.present.charts_compare:plot_compare",
            (comparison.pairs[0],),
            {"lang": "en", "confidence": 0.95},
        ),
        (
            "forum_eval.present.charts_compare:plot_trend",
            (build_trend(["2018", "2019"], None, options),),
            {"lang": "en"},
        ),
    ]
    proc = subprocess.run(
        [sys.executable, "-c", WORKER_IMPORTS],
        input=pickle.dumps(jobs),
        cwd=ROOT,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    assert proc.stdout.decode().strip() == "none"


def test_jobs_read_from_a_command_line() -> None:
    assert drawing._jobs_in(["2019", "--jobs", "3"]) == 3
    assert drawing._jobs_in(["2019", "-j1", "--lang", "en"]) == 1
    assert drawing._jobs_in(["--jobs=2", "2019"]) == 2
    assert drawing._jobs_in(["-j", "2"]) == 2
    assert drawing._jobs_in(["-j", "two"]) is None  # typer will refuse it
    assert drawing._jobs_in(["2019", "--lang", "en"]) is None


def test_the_fork_server_starts_early_only_for_a_report_with_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(drawing.JOBS_ENV, "2")
    assert not drawing.start_early([])
    assert not drawing.start_early(["summarize", "2019"])
    assert not drawing.start_early(["report", "--help"])
    assert not drawing.start_early(["report", "2019", "--jobs", "1"])
    monkeypatch.setenv(drawing.JOBS_ENV, "1")
    assert not drawing.start_early(["report", "2019"])
    monkeypatch.setenv(drawing.JOBS_ENV, "2")
    assert drawing.start_early(["report", "2019"]) == drawing.can_start()
