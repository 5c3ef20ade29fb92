"""Faults (issue 14, case 17): `forum-eval report` killed by SIGINT (Ctrl-C, sent to the whole
process group as a terminal does), SIGTERM or SIGKILL at several moments of a run on a big
file. Whatever the moment: the previous report is intact, the interrupted run ends in one line
(exit 130 / 143) and no traceback, and after the next run of the same report no staging folder
(``.R.tmp-*``, ``.R.old-*``) remains beside it.

The big input is SYNTHETIC: benchmarks/generate.py writes 200,000 invented responses (the shape
of surveys/2019.csv) into a temporary folder; the earlier report is that of the synthetic
tests/data/hostile/baseline_38.csv. The whole file takes about 40 s (each case runs the
report, with two chart workers, until the moment of the signal).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SURVEYS

BASELINE = ROOT / "tests" / "data" / "hostile" / "baseline_38.csv"
#: rows of the big synthetic export: its report takes several seconds (about 4 s here, with two chart workers)
BIG_ROWS = 200_000


def report_command(source: Path, out: Path, jobs: int = 1) -> list[str]:
    return [
        *(sys.executable, "-m", "forum_eval", "report", str(source), "--out", str(out)),
        *("--lang", "en", "--jobs", str(jobs), "--surveys-dir", str(SURVEYS)),
    ]


def folder_bytes(folder: Path) -> dict[str, str]:
    """Each file's name and a digest of its bytes (a failed comparison then shows which
    files differ, quickly)."""
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def staging(folder: Path) -> list[str]:
    """The staging folders of report runs beside ``folder``."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}."))


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big_synthetic.csv"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(BIG_ROWS), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return path


@pytest.fixture(scope="module")
def earlier_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("earlier") / "R"
    done = subprocess.run(
        report_command(BASELINE, folder), capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return folder


@pytest.mark.parametrize("moment", ["reading", "writing"])
@pytest.mark.parametrize(
    "signum", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["INT", "TERM", "KILL"]
)
def test_a_killed_report_leaves_the_previous_one_intact(
    signum: int,
    moment: str,
    big_export: Path,
    earlier_report: Path,
    tmp_path: Path,
) -> None:
    """``reading``: 0.5 s in, while the file is read; ``writing``: as soon as the staging
    folder beside the report exists (charts being drawn and written)."""
    out = tmp_path / "R"
    subprocess.run(["cp", "-a", str(earlier_report), str(out)], check=True)
    before = folder_bytes(out)
    proc = subprocess.Popen(
        report_command(big_export, out, jobs=2),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    if moment == "reading":
        time.sleep(0.5)
    else:
        while not staging(out) and proc.poll() is None:
            time.sleep(0.005)
    assert proc.poll() is None, "the report ended before the signal: use a bigger file"
    os.killpg(proc.pid, signum)  # the whole group: the chart workers too
    try:
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert folder_bytes(out) == before, "the previous report was changed"
    if signum == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:
        assert proc.returncode == 128 + signum, (proc.returncode, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: stopped by SIG"), err
        assert staging(out) == []  # cleaned up on the way out
    assert "Traceback" not in err, err
    # the next run of the same report: no staging folder remains, the report is new
    done = subprocess.run(
        report_command(BASELINE, out), capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert staging(out) == []
    assert (out / "summary.json").is_file()


def test_stale_staging_folders_of_a_dead_run_are_cleaned(
    earlier_report: Path, tmp_path: Path
) -> None:
    """A killed run left ``.R.tmp-PID-*`` and — killed between its two renames — moved the
    previous report aside as ``.R.old-PID-*``: the next run puts the previous report back,
    removes the staging folder, and writes its report."""
    out = tmp_path / "R"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run(
        ["cp", "-a", str(earlier_report), str(tmp_path / f".R.old-{dead}-x")], check=True
    )
    (tmp_path / f".R.tmp-{dead}-y").mkdir()
    (tmp_path / f".R.tmp-{dead}-y" / "agreement.en.png").write_bytes(b"half")
    alive = tmp_path / f".R.tmp-{os.getpid()}-z"  # a running process's: kept
    alive.mkdir()
    done = subprocess.run(
        report_command(BASELINE, out), capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert staging(out) == [alive.name]
    assert (out / "summary.json").is_file()
