"""Lazy imports, proven: each command runs in a fresh interpreter and we look at sys.modules.

- ``--help`` / ``--version`` (and every command's ``--help``) import none of pandas, numpy,
  scipy, matplotlib;
- ``summarize`` (every text format) imports neither scipy nor matplotlib; ``compare`` does
  import ``scipy.stats`` (its Fisher, Mann–Whitney and Benjamini–Hochberg);
- commands that draw charts use matplotlib's ``Figure`` with the Agg backend, never pyplot.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

HEAVY = ("pandas", "numpy", "scipy", "matplotlib")
PROBE = """
import json, sys
sys.argv = ["forum-eval", *sys.argv[1:]]
from forum_eval.cli import main
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
loaded = sorted({name.split(".")[0] for name in sys.modules} | {
    name for name in sys.modules if name in ("matplotlib.pyplot", "scipy.stats")})
backend = None
if "matplotlib" in sys.modules:
    import matplotlib
    backend = matplotlib.get_backend()
sys.stderr.write("@@PROBE@@" + json.dumps({"code": code, "modules": loaded, "backend": backend}))
"""


def probe(*args: str) -> dict:
    """Run ``forum-eval ARGS`` in a fresh interpreter; exit code, top-level modules loaded."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", COLUMNS="100")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "@@PROBE@@" in proc.stderr, proc.stderr[-2000:]
    result = json.loads(proc.stderr.split("@@PROBE@@")[-1])
    result["stderr"] = proc.stderr.split("@@PROBE@@")[0]
    return result


def commands() -> list[str]:
    import typer.main

    from forum_eval.cli import app

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("args", [("--help",), ("--version",), ()], ids=["help", "version", "bare"])
def test_help_and_version_import_nothing_heavy(args: tuple[str, ...]) -> None:
    result = probe(*args)
    assert result["code"] in (
        0,
        2,
    )  # bare `forum-eval` prints the help and exits 2 (no_args_is_help)
    heavy = [m for m in HEAVY if m in result["modules"]]
    assert heavy == [], f"forum-eval {' '.join(args)} imported {heavy}"


def test_version_from_the_console_script_loads_not_even_typer() -> None:
    code = (
        "import sys; sys.argv = ['forum-eval', '--version']\n"
        "from forum_eval._entry import main\n"
        "main()\n"
        "print(sorted(m for m in ('typer', 'rich', *HEAVY) if m in sys.modules))\n"
    ).replace("HEAVY", repr(HEAVY))
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    from forum_eval import __version__

    assert out == [f"forum-eval {__version__}", "[]"]
    # the installed script and `python -m forum_eval` go through the same entry point
    script = Path(sys.executable).with_name("forum-eval")
    commands = [[sys.executable, "-m", "forum_eval"]] + ([[str(script)]] if script.exists() else [])
    for argv in commands:
        shown = subprocess.run(
            [*argv, "--version"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        assert shown == f"forum-eval {__version__}\n"


def test_every_command_help_imports_nothing_heavy() -> None:
    names = commands()
    assert "summarize" in names
    for name in names:
        result = probe(name, "--help")
        assert result["code"] == 0, (name, result["stderr"])
        heavy = [m for m in HEAVY if m in result["modules"]]
        assert heavy == [], f"forum-eval {name} --help imported {heavy}"


def test_a_usage_error_imports_nothing_heavy() -> None:
    result = probe("summarize", "2019", "--format", "nope")
    assert result["code"] == 2
    assert [m for m in HEAVY if m in result["modules"]] == []


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "csv"])
def test_summarize_imports_neither_scipy_nor_matplotlib(fmt: str) -> None:
    result = probe("summarize", "2019", "--format", fmt, "--quiet")
    assert result["code"] == 0, result["stderr"]
    # it did read the file with pandas: the probe sees real work, not an early exit
    assert "pandas" in result["modules"]
    assert "scipy" not in result["modules"]
    assert "matplotlib" not in result["modules"]


def test_compare_loads_scipy_stats() -> None:
    # the other side of the lazy import: the comparison does run scipy's tests
    result = probe("compare", "2018", "2019", "--format", "json")
    assert result["code"] == 0, result["stderr"]
    assert "scipy.stats" in result["modules"]
    assert "matplotlib" not in result["modules"]


def test_charts_use_agg_figures_not_pyplot(tmp_path: Path) -> None:
    if "report" not in commands():
        pytest.skip("the report command is not registered yet (issue 3)")
    out = tmp_path / "report"
    # --jobs 1: the charts are drawn in this process, so its modules tell
    result = probe("report", "2019", "--lang", "en", "--out", str(out), "--jobs", "1")
    assert result["code"] == 0, result["stderr"]
    assert sorted(out.glob("*.png")), "the report drew no chart"
    assert "matplotlib" in result["modules"]
    assert "matplotlib.pyplot" not in result["modules"]
    assert result["backend"].lower() == "agg"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="chart workers are Linux-only")
def test_report_with_workers_writes_the_inline_bytes(tmp_path: Path) -> None:
    """With chart workers (forum_eval/report/pool.py) the PNGs are the bytes the inline path
    writes."""
    inline, parallel = tmp_path / "inline", tmp_path / "parallel"
    result = probe("report", "2019", "--lang", "en", "--out", str(parallel), "--jobs", "2")
    assert result["code"] == 0, result["stderr"]
    assert probe("report", "2019", "--lang", "en", "--out", str(inline), "--jobs", "1")["code"] == 0
    names = sorted(p.name for p in inline.iterdir())
    assert names == sorted(p.name for p in parallel.iterdir())
    assert any(name.endswith(".png") for name in names)
    for name in names:
        assert (inline / name).read_bytes() == (parallel / name).read_bytes(), name


# A static check of the same rule, independent of ruff (which enforces it with TID253).
def _module_level_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_cli_modules_have_no_module_level_heavy_imports() -> None:
    modules = sorted((ROOT / "forum_eval" / "cli").glob("*.py"))
    assert modules
    for path in [*modules, ROOT / "forum_eval" / "progress.py"]:
        heavy = [n for n in _module_level_imports(path) if n.split(".")[0] in (*HEAVY, "rich")]
        assert heavy == [], f"{path.relative_to(ROOT)} imports {heavy} at module level"


def test_static_check_catches_a_heavy_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nimport pandas as pd\nfrom matplotlib.figure import Figure\n")
    assert _module_level_imports(bad) == ["os", "pandas", "matplotlib.figure"]
