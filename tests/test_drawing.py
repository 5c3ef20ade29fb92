"""Charts drawn in worker processes (forum_eval/render/drawing.py): same bytes as inline,
errors come back, workers never forked from a multi-threaded process, none left behind."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from forum_eval.render import drawing
from forum_eval.report import write_chart
from tests.conftest import ROOT

AGREEMENT = "forum_eval.render.charts:plot_agreement"


def test_inline_draw_is_the_figure_encoded_by_chartstyle(summary_2019) -> None:
    from forum_eval.render.charts import plot_agreement
    from forum_eval.render.chartstyle import png_bytes

    assert not drawing.active()
    pending = drawing.draw_png(AGREEMENT, summary_2019, lang="fr", order="sorted")
    expected = png_bytes(plot_agreement(summary_2019, lang="fr", order="sorted"))
    assert pending.get() == expected
    assert expected.startswith(b"\x89PNG")


def test_one_job_or_a_threaded_process_draws_inline() -> None:
    with drawing.workers(1) as started:
        assert started == 0
        assert not drawing.active()
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert not drawing.can_fork()  # two threads now: a fork could deadlock the child
        with drawing.workers(2) as started:
            assert started == 0
            assert not drawing.active()
    finally:
        release.set()
        thread.join()


def test_write_chart_outside_a_report_writes_at_once(tmp_path: Path, summary_2019) -> None:
    png, alt = write_chart(
        tmp_path, "agreement", "en", "Alt text.", AGREEMENT, summary_2019, lang="en"
    )
    assert (png, alt) == ("agreement.en.png", "Alt text.")
    assert (tmp_path / png).read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "agreement.en.alt.txt").read_text(encoding="utf-8") == "Alt text.\n"


# A fresh interpreter has one thread, so workers can be forked there (not in this pytest
# process: importing numpy starts OpenBLAS threads, and pyarrow's reader its own).
CHILD = """
import hashlib, json, multiprocessing, sys
from pathlib import Path
from forum_eval.render import drawing

jobs = [(lang, kind) for lang in ("en", "fr") for kind in ("agreement", "shares", "expertise")]
out = {}
with drawing.workers(2) as started:  # before the reading: pyarrow's reader starts threads
    out["started"] = started
    from forum_eval.pipeline import Options, summarize_source  # numpy: OpenBLAS threads

    summary = summarize_source("2019", Options(surveys_dir=Path("surveys")))
    out["can_fork_after_reading"] = drawing.can_fork()
    out["active"] = drawing.active()
    pending = [drawing.draw_png(f"forum_eval.render.charts:plot_{kind}", summary, lang=lang)
               for lang, kind in jobs]
    out["hashes"] = [hashlib.sha256(p.get(timeout=120)).hexdigest() for p in pending]
    try:
        drawing.draw_png("forum_eval.render.charts:plot_agreement", None, lang="en").get(120)
        out["error"] = None
    except AttributeError as exc:
        out["error"] = type(exc).__name__
out["children_after"] = len(multiprocessing.active_children())
out["active_after"] = drawing.active()
out["matplotlib_here"] = "matplotlib" in sys.modules
print(json.dumps(out))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="chart workers are Linux-only")
def test_workers_draw_the_same_bytes_and_report_errors(summary_2019) -> None:
    from forum_eval.render.charts import plot_agreement, plot_expertise, plot_shares
    from forum_eval.render.chartstyle import png_bytes

    proc = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout)
    assert out["started"] == 2 and out["active"]
    # the reason workers start first: after the reading this process has threads
    assert out["can_fork_after_reading"] is False
    plots = {"agreement": plot_agreement, "shares": plot_shares, "expertise": plot_expertise}
    expected = [
        hashlib.sha256(png_bytes(plots[kind](summary_2019, lang=lang))).hexdigest()
        for lang in ("en", "fr")
        for kind in ("agreement", "shares", "expertise")
    ]
    assert out["hashes"] == expected
    assert out["error"] == "AttributeError"  # the worker's exception, raised here
    assert out["children_after"] == 0 and not out["active_after"]
    assert not out["matplotlib_here"]  # the drawing process never imported it


WORKER_IMPORTS = """
import pickle, sys
from forum_eval.render import drawing

drawing._warm_up()  # what a chart worker does when it starts
jobs = pickle.loads(sys.stdin.buffer.read())  # what it receives: the charts' arguments
pngs = [drawing.render(target, args, kwargs) for target, args, kwargs in jobs]
assert all(png.startswith(b"\\x89PNG") for png in pngs)
print(" ".join(sorted(m for m in ("pandas", "pyarrow") if m in sys.modules)) or "none")
"""


def test_a_worker_draws_every_report_chart_without_pandas(summary_2019) -> None:
    """Chart workers import matplotlib only: the charts' arguments (summaries, comments,
    comparisons, trends) unpickle without pandas, which the main process has already paid."""
    import pickle

    from forum_eval.cli.compare import build_trend
    from forum_eval.comments import comments_source
    from forum_eval.compare import compare
    from forum_eval.pipeline import Options, summarize_source

    options = Options(surveys_dir=ROOT / "surveys")
    earlier = summarize_source("2018", options)
    comparison = compare([earlier, summary_2019])
    jobs = [
        ("forum_eval.render.charts:plot_agreement", (summary_2019,), {"lang": "fr"}),
        ("forum_eval.render.charts:plot_shares", (summary_2019,), {"lang": "en"}),
        ("forum_eval.render.charts:plot_expertise", (summary_2019,), {"lang": "en"}),
        (
            "forum_eval.render.comments_out:plot_themes",
            (comments_source("2019", options),),
            {"lang": "fr"},
        ),
        (
            "forum_eval.render.charts_compare:plot_compare",
            (comparison.pairs[0],),
            {"lang": "en", "confidence": 0.95},
        ),
        (
            "forum_eval.render.charts_compare:plot_trend",
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
