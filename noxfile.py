"""nox sessions: tests, lint, typecheck (and bench, which is not part of the suite)."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.default_venv_backend = "venv"


@nox.session
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff>=0.6")
    session.run("ruff", "check", "forum_eval", "tests", "benchmarks", "surveys", "noxfile.py")
    session.run(
        "ruff", "format", "--check", "forum_eval", "tests", "benchmarks", "surveys", "noxfile.py"
    )
    # the layers' import direction (docs/architecture.md): no import may point up
    session.run("python", "tests/test_layers.py")


@nox.session
def typecheck(session: nox.Session) -> None:
    session.install("-e", ".", "mypy>=1.10", "pandas-stubs")
    session.run("mypy")


@nox.session
def bench(session: nox.Session) -> None:
    """The benchmarks of issue 7 (not part of the test suite): writes benchmarks/RESULTS.md.

    ``nox -s bench -- --runs 9`` passes options to benchmarks/run.py; the plot-likert
    baseline gets its own environment (benchmarks/setup_baselines.py, pandas < 2.1).
    """
    session.install("-e", ".")
    session.run("python", "benchmarks/run.py", *session.posargs)
