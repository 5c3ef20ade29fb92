"""Create the benchmark baselines that need their own environment.

plot-likert 0.5.0 (the chart baseline of issue 7) calls ``DataFrame.applymap``, which pandas 3
removed, so it cannot run in the project's environment. This script builds
``benchmarks/.venv-plotlikert`` with plot-likert 0.5.0 and an older pandas (< 2.1, where
``applymap`` is not even deprecated) and checks that the baseline script runs there.

    python benchmarks/setup_baselines.py          # idempotent; --force rebuilds

The folder is git-ignored (``benchmarks/.gitignore``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLOTLIKERT_VENV = HERE / ".venv-plotlikert"
PLOTLIKERT_REQUIREMENTS = ["plot-likert==0.5.0", "pandas>=2.0,<2.1", "numpy<2", "matplotlib"]


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def plotlikert_ready() -> bool:
    python = venv_python(PLOTLIKERT_VENV)
    if not python.exists():
        return False
    probe = subprocess.run(
        [str(python), "-c", "import plot_likert, pandas; print(pandas.__version__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    return probe.returncode == 0


def setup_plotlikert(force: bool = False) -> Path:
    """Return the interpreter of the plot-likert environment, creating it if needed."""
    if force and PLOTLIKERT_VENV.exists():
        shutil.rmtree(PLOTLIKERT_VENV)
    if not plotlikert_ready():
        print(f"creating {PLOTLIKERT_VENV} (plot-likert 0.5.0 with pandas < 2.1) …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(PLOTLIKERT_VENV)
        python = str(venv_python(PLOTLIKERT_VENV))
        subprocess.run(
            [
                python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *PLOTLIKERT_REQUIREMENTS,
            ],
            check=True,
        )
    return venv_python(PLOTLIKERT_VENV)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild the environments")
    args = parser.parse_args()
    python = setup_plotlikert(force=args.force)
    version = subprocess.run(
        [str(python), "-c", "import pandas, plot_likert; print(pandas.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"plot-likert baseline: {python} (pandas {version})")


if __name__ == "__main__":
    main()
