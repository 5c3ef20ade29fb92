"""The benchmark suite of issue 7: every target as a ratio against a baseline run alongside.

    python benchmarks/run.py                 # everything; writes benchmarks/RESULTS.md
    python benchmarks/run.py --runs 9        # more runs per row (median of each side)
    python benchmarks/run.py --rows help,version --no-scaling --no-profile
    nox -s bench                             # the same, in a fresh environment

Each row runs its command and its baseline as separate processes, alternately (baseline,
command, command, baseline, …), ``--runs`` times each, and compares the medians of the wall
times. Peak memory is the child's maximum resident set size, read from ``os.wait4`` (what
``/usr/bin/time`` reports; no psutil). The machine is shared and noisy: the ratio, measured
in the same run, is the point, not the seconds.

Data are generated on first use into ``benchmarks/data/`` (git-ignored) by
``benchmarks/generate.py`` (deterministic); the plot-likert baseline runs in its own virtual
environment made by ``benchmarks/setup_baselines.py`` (plot-likert 0.5.0 needs pandas < 3).
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import setup_baselines  # noqa: E402  (standard library only: keeps this process small)

BIG = 1_000_000
SCALING_SIZES = (1_000, 10_000, 100_000, 1_000_000)
GB = 1024**3


@dataclass
class Measure:
    seconds: float
    peak_bytes: int
    returncode: int
    stderr: str = ""
    #: user + system CPU seconds of the process and of the processes it waited for (workers)
    cpu: float = 0.0


@dataclass
class Row:
    key: str
    what: str
    baseline_what: str
    command: list[str]
    baseline: list[str] | None
    #: None: a reference row, measured for the record, with no target
    target: float | None
    memory_target: int | None = None
    big: bool = False
    cmd_runs: list[Measure] = field(default_factory=list)
    base_runs: list[Measure] = field(default_factory=list)
    note: str = ""

    def median(self, runs: list[Measure]) -> float | None:
        ok = [m.seconds for m in runs if m.returncode == 0]
        return statistics.median(ok) if ok and len(ok) == len(runs) else None

    @property
    def ratio(self) -> float | None:
        cmd, base = self.median(self.cmd_runs), self.median(self.base_runs)
        return cmd / base if cmd is not None and base else None

    @property
    def peak(self) -> int | None:
        return max((m.peak_bytes for m in self.cmd_runs), default=None)

    def median_cpu(self, runs: list[Measure]) -> float | None:
        ok = [m.cpu for m in runs if m.returncode == 0]
        return statistics.median(ok) if ok and len(ok) == len(runs) else None

    @property
    def met(self) -> bool | None:
        if self.ratio is None or self.target is None:
            return None
        ok = self.ratio <= self.target
        if self.memory_target is not None and self.peak is not None:
            ok = ok and self.peak <= self.memory_target
        return ok


def _become_subreaper() -> bool:
    """Linux: adopt this process's orphaned descendants (``PR_SET_CHILD_SUBREAPER``), so that
    a command's helper processes that outlive it (report's chart fork server) are waited for
    here and their CPU time and memory counted with the command's."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


#: set by main(): this process adopts orphans (not on import: the tests import nothing here,
#: but a module should not change its importer's process)
SUBREAPER = False


def measure(argv: Sequence[str], *, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Measure:
    """Run ``argv`` to completion: wall time until it exits; its peak RSS (like /usr/bin/time)
    and CPU time, including every process it started (on Linux, also those that outlive it:
    they are waited for, after the wall time is taken)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            list(argv),
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            stdin=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        usages = [usage]
        while SUBREAPER:  # the orphans this process adopted
            try:
                usages.append(os.wait4(-1, 0)[2])
            except ChildProcessError:
                break
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-1:]
    # ru_maxrss is in kilobytes on Linux, bytes on macOS; the largest process, not the sum
    peak = max(u.ru_maxrss for u in usages) * (1 if sys.platform == "darwin" else 1024)
    cpu = sum(u.ru_utime + u.ru_stime for u in usages)
    return Measure(seconds, peak, proc.returncode, tail[0] if tail else "", cpu)


def forum_eval_argv() -> list[str]:
    script = Path(sys.executable).with_name("forum-eval")
    return [str(script)] if script.exists() else [sys.executable, "-m", "forum_eval"]


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("COLUMNS", "100")
    env["PYTHONDONTWRITEBYTECODE"] = "0"
    return env


# --------------------------------------------------------------------------- data


def data_file(n: int, data_dir: Path) -> Path:
    path = data_dir / f"responses-{n}.csv"
    if not path.exists():
        print(f"  generating {path.name} ({n:,} responses) …", flush=True)
        _generate(str(n), str(path))
    return path


def registry(data_dir: Path, editions: int = 10) -> Path:
    folder = data_dir / f"surveys-{editions}"
    if not (folder / "forums.toml").exists():
        print(f"  generating {folder.name} ({editions} synthetic editions) …", flush=True)
        _generate("--editions", str(editions), str(folder))
    return folder


def _generate(*args: str) -> None:
    # In a child process: this process must stay small, because a child's peak RSS as the
    # kernel reports it starts from its parent's at fork time.
    subprocess.run([sys.executable, str(HERE / "generate.py"), *args], check=True)


# --------------------------------------------------------------------------- rows


def build_rows(big_n: int, data_dir: Path, out_dir: Path, plotlikert: Path | None) -> list[Row]:
    fe = forum_eval_argv()
    py = sys.executable
    big = data_file(big_n, data_dir)
    reg = registry(data_dir)
    first = 2019 - 10 + 1
    years = [str(y) for y in range(first, 2020)]
    pl_script = str(HERE / "plot_likert_baseline.py")
    pl = (
        [str(plotlikert), pl_script, str(ROOT / "surveys" / "2019.csv"), str(out_dir / "pl.png")]
        if plotlikert
        else None
    )
    read_big = [py, "-c", f"import pandas; pandas.read_csv({str(big)!r}, engine='pyarrow')"]
    big_label = f"{big_n:,}"
    return [
        Row("help", "`forum-eval --help`", "minimal 3-command typer app `--help` (benchmarks/typer_app.py)",
            [*fe, "--help"], [py, str(HERE / "typer_app.py"), "--help"], 1.15),
        Row("version", "`forum-eval --version`", '`python -c "import typer"`',
            [*fe, "--version"], [py, "-c", "import typer"], 1.3),
        Row("summarize", "`forum-eval summarize 2019` (terminal table)",
            '`python -c "import pandas, rich.table, typer"`',
            [*fe, "summarize", "2019"], [py, "-c", "import pandas, rich.table, typer"], 1.3),
        Row("report-en", "`forum-eval report 2019 --lang en` (all charts)",
            "plot-likert script, one chart of the 2019 answers",
            [*fe, "report", "2019", "--lang", "en", "--out", str(out_dir / "report-en")], pl, 1.0),
        Row("report-both", "`forum-eval report 2019 --lang both`",
            "plot-likert script, one chart of the 2019 answers",
            [*fe, "report", "2019", "--lang", "both", "--out", str(out_dir / "report-both")], pl, 1.5),
        Row("report-en-1", "`forum-eval report 2019 --lang en --jobs 1` (reference: one process)",
            "plot-likert script, one chart of the 2019 answers",
            [*fe, "report", "2019", "--lang", "en", "--jobs", "1", "--out", str(out_dir / "report-en-1")],
            pl, None),
        Row("report-both-1", "`forum-eval report 2019 --lang both --jobs 1` (reference: one process)",
            "plot-likert script, one chart of the 2019 answers",
            [*fe, "report", "2019", "--lang", "both", "--jobs", "1", "--out", str(out_dir / "report-both-1")],
            pl, None),
        Row("summarize-big", f"`forum-eval summarize big.csv` ({big_label} responses)",
            "`pandas.read_csv('big.csv', engine='pyarrow')`",
            [*fe, "summarize", str(big)], read_big, 1.5, memory_target=1 * GB, big=True),
        Row("report-big", f"`forum-eval report big.csv --lang en` ({big_label} responses)",
            "`pandas.read_csv('big.csv', engine='pyarrow')`",
            [*fe, "report", str(big), "--lang", "en", "--out", str(out_dir / "report-big")],
            read_big, 2.5, big=True),
        Row("compare", "`forum-eval compare` over 10 editions",
            '`python -c "import pandas, scipy.stats, rich.table, typer"` (the floor of a '
            "program that uses the listed packages)",
            [*fe, "compare", *years, "--surveys-dir", str(reg)],
            [py, "-c", "import pandas, scipy.stats, rich.table, typer"], 1.3),
    ]  # fmt: skip


def run_row(row: Row, runs: int, env: dict[str, str]) -> None:
    if row.baseline is None:
        row.note = "baseline unavailable (run benchmarks/setup_baselines.py)"
    # warm-up (file cache, .pyc) — not recorded
    measure(row.command, env=env)
    if row.baseline:
        measure(row.baseline, env=env)
    for i in range(runs):
        pair: list[tuple[list[Measure], list[str]]] = [(row.cmd_runs, row.command)]
        if row.baseline:
            pair.append((row.base_runs, row.baseline))
        if i % 2 == 0:
            pair.reverse()  # baseline first on even runs, command first on odd runs
        for sink, argv in pair:
            sink.append(measure(argv, env=env))
    failed = next((m for m in row.cmd_runs if m.returncode != 0), None)
    if failed is not None:
        row.note = f"command failed (exit {failed.returncode}): {failed.stderr[:160]}"
    failed = next((m for m in row.base_runs if m.returncode != 0), None)
    if failed is not None:
        row.note = f"baseline failed (exit {failed.returncode}): {failed.stderr[:160]}"


# --------------------------------------------------------------------------- scaling


@dataclass
class ScalePoint:
    n: int
    summarize: Measure | None
    report: Measure | None
    read: Measure | None


def run_scaling(
    sizes: Sequence[int], runs: int, data_dir: Path, out_dir: Path, env: dict[str, str]
) -> list[ScalePoint]:
    fe = forum_eval_argv()
    points = []
    for n in sizes:
        path = data_file(n, data_dir)
        print(f"  scaling {n:,} …", flush=True)
        read = [
            sys.executable,
            "-c",
            f"import pandas; pandas.read_csv({str(path)!r}, engine='pyarrow')",
        ]
        summarize = [*fe, "summarize", str(path)]
        report = [*fe, "report", str(path), "--lang", "en", "--out", str(out_dir / f"scale-{n}")]
        k = runs if n < 1_000_000 else max(1, runs // 2)
        points.append(
            ScalePoint(
                n,
                _median_measure(summarize, k, env),
                _median_measure(report, k, env),
                _median_measure(read, k, env),
            )
        )
    return points


def _median_measure(argv: list[str], runs: int, env: dict[str, str]) -> Measure | None:
    results = [measure(argv, env=env) for _ in range(runs)]
    if any(m.returncode != 0 for m in results):
        return None
    return Measure(
        statistics.median(m.seconds for m in results), max(m.peak_bytes for m in results), 0
    )


# --------------------------------------------------------------------------- profile


def profile_cli(args: list[str], top: int = 22) -> str:
    """cProfile of one in-process ``forum-eval`` run: our functions by cumulative time, then
    every function by own time."""
    code = (
        "import cProfile, pstats, io, sys\n"
        "sys.argv = ['forum-eval', *sys.argv[1:]]\n"
        "profiler = cProfile.Profile()\n"
        "profiler.enable()\n"
        "from forum_eval.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "profiler.disable()\n"
        "out = io.StringIO()\n"
        "stats = pstats.Stats(profiler, stream=out)\n"
        "out.write('@@CUMULATIVE@@')\n"
        f"stats.sort_stats('cumulative').print_stats('forum_eval|savefig|read_csv', {top})\n"
        "out.write('@@OWN@@')\n"
        "stats.sort_stats('tottime').print_stats(15)\n"
        "sys.stderr.write('@@PROFILE@@' + out.getvalue())\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, *args, "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    text = proc.stderr.split("@@PROFILE@@", 1)[-1]
    sections = []
    for marker, title in (("@@CUMULATIVE@@", "cumulative"), ("@@OWN@@", "own time")):
        if marker not in text:
            continue
        part = text.split(marker, 1)[1].split("@@", 1)[0]
        lines = [_short(ln.rstrip()) for ln in part.splitlines() if ln.strip()]
        keep = [ln for ln in lines if not ln.startswith(("Ordered by", "List reduced"))]
        sections.append(f"-- {title} --\n" + "\n".join(keep))
    return "\n\n".join(sections) or proc.stderr[-2000:]


def _short(line: str) -> str:
    line = line.replace(str(ROOT) + "/", "").replace(sys.prefix + "/lib/", "")
    return line.replace("python3.11/site-packages/", "").replace(
        "/root/.pyenv/versions/3.11.7/lib/", ""
    )


def import_times(args: list[str], top: int = 12) -> str:
    """``python -X importtime``: own import time summed by top-level package."""
    code = (
        "import sys; sys.argv = ['forum-eval', *sys.argv[1:]]\n"
        "from forum_eval.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
    )
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, *args, "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    totals: dict[str, int] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        own, _cumulative, name = line.split("|", 2)
        try:
            microseconds = int(own.split(":", 1)[1])
        except ValueError:
            continue  # the header line
        root = name.strip().split(".")[0]
        totals[root] = totals.get(root, 0) + microseconds
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])[:top]
    total = sum(totals.values())
    rows = [f"| {name} | {us / 1e6:.3f} |" for name, us in ranked]
    return "\n".join([*rows, f"| **all imports** | **{total / 1e6:.3f}** |"])


# --------------------------------------------------------------------------- output


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024**2:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    versions = []
    for name in ("pandas", "numpy", "pyarrow", "matplotlib", "typer", "rich"):
        try:
            from importlib.metadata import version

            versions.append(f"{name} {version(name)}")
        except Exception:
            versions.append(f"{name} –")
    return [
        f"- {platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} logical cores, {mem} RAM",
        f"- Python {platform.python_version()} ({sys.executable.replace(str(ROOT) + '/', '')}); {', '.join(versions)}",
    ]


def fmt_s(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def fmt_mb(value: int | None) -> str:
    return "–" if value is None else f"{value / 1024**2:,.0f} MB"


def render(
    rows: list[Row],
    points: list[ScalePoint],
    runs: int,
    big_runs: int,
    load: tuple[tuple[float, ...], tuple[float, ...]],
    profiles: list[tuple[str, str, str]],
    started: datetime,
    seconds: float,
) -> str:
    out = io.StringIO()
    w = out.write
    w("# Benchmark results (issue 7)\n\n")
    w(f"Written by `python benchmarks/run.py` on {started:%Y-%m-%d %H:%M} UTC in {seconds:.0f} s. ")
    w("Each row times its command and its baseline as separate processes, alternately, ")
    w(f"{runs} runs each ({big_runs} for the {BIG:,}-response rows) after one unrecorded warm-up; ")
    w("the ratio is median(command) / median(baseline). Peak memory is the child's maximum ")
    w("resident set size (`os.wait4`, as `/usr/bin/time` reports it): for `report`, which draws ")
    w("its charts in worker processes, the largest of the main process, the fork server and ")
    w("the workers, not their sum. Command CPU is the median user + system time of the command ")
    w("and every process it started (the runner adopts and waits for the fork server, which ")
    w("outlives the command by a moment): above the wall time when the charts are drawn on both ")
    w("cores. Rows marked reference ")
    w("have no target; they show the same command drawing in one process (`--jobs 1`).\n\n")
    w("## Machine\n\n")
    w("\n".join(machine()) + "\n")
    w(f"- load average at start {load[0][0]:.2f} / {load[0][1]:.2f} / {load[0][2]:.2f}, at end "
      f"{load[1][0]:.2f} / {load[1][1]:.2f} / {load[1][2]:.2f} (shared machine: timings are noisy, ratios less so)\n")  # fmt: skip
    w("- the plot-likert baseline runs in `benchmarks/.venv-plotlikert`, created by "
      "`benchmarks/setup_baselines.py` with plot-likert 0.5.0 and pandas < 2.1, because "
      "plot-likert 0.5.0 calls `DataFrame.applymap`, which pandas 3 removed\n\n")  # fmt: skip
    w("## Targets\n\n")
    w(
        "| what | baseline | command (s) | baseline (s) | ratio | target | command CPU (s) | peak memory | met |\n"
    )
    w("|---|---|---:|---:|---:|---:|---:|---:|:-:|\n")
    for r in rows:
        if r.target is None:
            target = "reference"
        else:
            target = f"≤ {r.target:g}×" + (
                f", ≤ {r.memory_target / GB:g} GB" if r.memory_target else ""
            )
        met = {True: "yes", False: "**no**", None: "–"}[r.met]
        ratio = "–" if r.ratio is None else f"{r.ratio:.2f}×"
        w(f"| {r.what} | {r.baseline_what} | {fmt_s(r.median(r.cmd_runs))} | "
          f"{fmt_s(r.median(r.base_runs))} | {ratio} | {target} | {fmt_s(r.median_cpu(r.cmd_runs))} | "
          f"{fmt_mb(r.peak)} | {met} |\n")  # fmt: skip
    notes = [f"- {r.key}: {r.note}" for r in rows if r.note]
    if notes:
        w("\n" + "\n".join(notes) + "\n")
    if points:
        w("\n## Scaling\n\n")
        w("Median wall time and peak memory of one run per size (generated files, "
          "`benchmarks/generate.py`, seed 2019). The marginal columns divide the growth over "
          "the smallest size by the extra rows: constant or falling means linear or better.\n\n")  # fmt: skip
        w(
            "| responses | file | read (pyarrow) | summarize | summarize peak | report --lang en | report peak | summarize µs/extra row | summarize bytes/extra row |\n"
        )
        w("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
        base = points[0]
        for p in points:
            size = data_file_size(p.n)
            marg_t = marg_m = "–"
            if p.n > base.n and p.summarize and base.summarize:
                extra = p.n - base.n
                marg_t = f"{(p.summarize.seconds - base.summarize.seconds) / extra * 1e6:.2f}"
                marg_m = f"{(p.summarize.peak_bytes - base.summarize.peak_bytes) / extra:,.0f}"
            w(f"| {p.n:,} | {size} | {fmt_s(p.read.seconds if p.read else None)} s | "
              f"{fmt_s(p.summarize.seconds if p.summarize else None)} s | "
              f"{fmt_mb(p.summarize.peak_bytes if p.summarize else None)} | "
              f"{fmt_s(p.report.seconds if p.report else None)} s | "
              f"{fmt_mb(p.report.peak_bytes if p.report else None)} | {marg_t} | {marg_m} |\n")  # fmt: skip
    notes = HERE / "analysis.md"
    if notes.exists():
        w("\n" + notes.read_text(encoding="utf-8").strip() + "\n")
    for title, table, profile in profiles:
        w(f"\n## Where the time goes: `{title}`\n\n")
        if table:
            w("Import time by top-level package (`python -X importtime`, own time, seconds):\n\n")
            w("| package | s |\n|---|---:|\n" + table + "\n\n")
        w("cProfile (imports included, so library loading shows as `<module>` lines):\n\n")
        w("```\n" + profile + "\n```\n")
    return out.getvalue()


_SIZES: dict[int, Path] = {}


def data_file_size(n: int) -> str:
    path = _SIZES.get(n)
    if path is None or not path.exists():
        return "–"
    return f"{path.stat().st_size / 1024**2:,.1f} MB"


def main(argv: Sequence[str] | None = None) -> int:
    global SUBREAPER
    SUBREAPER = _become_subreaper()
    parser = argparse.ArgumentParser(description="Issue 7 benchmarks (see the module docstring).")
    parser.add_argument("--runs", type=int, default=7, help="runs of each side per row (7)")
    parser.add_argument("--big-runs", type=int, default=3, help="runs for the 10^6 rows (3)")
    parser.add_argument("--rows", help="comma-separated row keys (default: all)")
    parser.add_argument("--big", type=int, default=BIG, help="size of big.csv (1,000,000)")
    parser.add_argument("--scaling-sizes", default=",".join(str(s) for s in SCALING_SIZES))
    parser.add_argument("--scaling-runs", type=int, default=3)
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument(
        "--no-setup", action="store_true", help="do not create the plot-likert venv"
    )
    parser.add_argument("--data-dir", type=Path, default=HERE / "data")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args(argv)

    started = datetime.now(UTC)
    t0 = time.perf_counter()
    load_start = os.getloadavg()
    args.data_dir.mkdir(parents=True, exist_ok=True)
    out_dir = Path(tempfile.mkdtemp(prefix="forum-eval-bench-"))
    env = bench_env()
    try:
        plotlikert: Path | None = None
        if args.no_setup:
            candidate = setup_baselines.venv_python(setup_baselines.PLOTLIKERT_VENV)
            plotlikert = candidate if setup_baselines.plotlikert_ready() else None
        else:
            try:
                plotlikert = setup_baselines.setup_plotlikert()
            except (subprocess.CalledProcessError, OSError) as exc:
                print(f"plot-likert baseline unavailable: {exc}", file=sys.stderr)
        print("preparing data …", flush=True)
        rows = build_rows(args.big, args.data_dir, out_dir, plotlikert)
        if args.rows:
            wanted = set(args.rows.split(","))
            unknown = wanted - {r.key for r in rows}
            if unknown:
                parser.error(f"unknown rows: {', '.join(sorted(unknown))}")
            rows = [r for r in rows if r.key in wanted]
        for row in rows:
            runs = args.big_runs if row.big else args.runs
            print(f"{row.key}: {runs} runs …", flush=True)
            run_row(row, runs, env)
            print(f"  command {fmt_s(row.median(row.cmd_runs))} s, baseline "
                  f"{fmt_s(row.median(row.base_runs))} s, ratio "
                  f"{'–' if row.ratio is None else f'{row.ratio:.2f}'} "
                  f"({'reference' if row.target is None else f'target {row.target:g}'}), "
                  f"peak {fmt_mb(row.peak)} {row.note}", flush=True)  # fmt: skip
        points: list[ScalePoint] = []
        if not args.no_scaling:
            sizes = [int(s) for s in args.scaling_sizes.split(",") if s]
            for n in sizes:
                _SIZES[n] = data_file(n, args.data_dir)
            points = run_scaling(sizes, args.scaling_runs, args.data_dir, out_dir, env)
        profiles: list[tuple[str, str, str]] = []
        if not args.no_profile:
            # one process, so that the profile sees the drawing (workers are not profiled)
            report_args = [
                "report", "2019", "--lang", "en", "--jobs", "1", "--out", str(out_dir / "profile")
            ]  # fmt: skip
            profiles.append(
                (
                    "forum-eval report 2019 --lang en --jobs 1",
                    import_times(report_args),
                    profile_cli(report_args),
                )
            )
            if not args.rows or "summarize-big" in args.rows.split(","):
                big = str(data_file(args.big, args.data_dir))
                profiles.append(
                    (
                        f"forum-eval summarize big.csv ({args.big:,})",
                        "",
                        profile_cli(["summarize", big]),
                    )
                )
        text = render(rows, points, args.runs, args.big_runs, (load_start, os.getloadavg()),
                      profiles, started, time.perf_counter() - t0)  # fmt: skip
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    args.out.write_text(text, encoding="utf-8")
    print()
    print(text)
    print(f"written to {args.out}")
    return 0 if all(r.met for r in rows if r.target is not None) else 1


if __name__ == "__main__":
    raise SystemExit(main())
