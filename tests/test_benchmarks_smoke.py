"""The benchmark suite stays runnable: one fast smoke test of the generator and the runner.

The benchmarks themselves (``python benchmarks/run.py``, ``nox -s bench``) are not part of
the test suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SURVEYS

sys.path.insert(0, str(ROOT / "benchmarks"))

import generate


def test_generator_and_runner(tmp_path: Path) -> None:
    from forum_eval.config.questionnaire import load_questionnaire
    from forum_eval.read.survey import Options
    from tests.conftest import summarize_source

    # Deterministic: same seed, same bytes; another seed, other bytes.
    a = generate.write_csv(tmp_path / "a.csv", 400, seed=11)
    b = generate.write_csv(tmp_path / "b.csv", 400, seed=11)
    c = generate.write_csv(tmp_path / "c.csv", 400, seed=12)
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()

    # The shape of surveys/2019.csv: every header but the timestamp is a questionnaire item.
    frame = generate.build_frame(400, seed=11)
    assert frame.shape == (400, 14)
    questionnaire = load_questionnaire(SURVEYS / "questionnaire.toml")
    assert frame.columns[0] == "Horodateur"
    ids = [questionnaire.match(h).id for h in frame.columns[1:]]  # type: ignore[union-attr]
    assert ids == [*generate.AGREEMENT_IDS, *generate.YESNO_IDS, "expertise", "role", "suggestions"]

    # The pipeline reads it, and its counts agree with counting the strings directly.
    summary = summarize_source(str(a), Options(surveys_dir=SURVEYS))
    assert summary.respondents == 400
    organised = frame["Le forum était bien organisé."]
    item = summary.item("organised")
    assert item.n_positive == organised.isin(["D'accord", "Fortement d'accord"]).sum()
    assert item.n_blank == (organised == "").sum() > 0
    access = summary.item("accessibility")
    assert access.n_not_applicable == (frame.iloc[:, 7] == "Sans objet").sum() > 0
    assert summary.comments[0].n_comments == (frame.iloc[:, 13] != "").sum()

    # The runner: two rows, one run each, a tiny scaling table; writes its Markdown.
    results = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--rows=help,version",
            "--runs=1",
            "--big=300",
            "--scaling-sizes=200",
            "--scaling-runs=1",
            "--no-profile",
            "--no-setup",
            f"--data-dir={tmp_path / 'data'}",
            f"--out={results}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr  # 1 = a target missed (noise), not a crash
    text = results.read_text(encoding="utf-8")
    assert "| `forum-eval --help` |" in text
    assert "| `forum-eval --version` |" in text
    assert "## Scaling" in text and "| 200 |" in text
    assert "## Machine" in text
    assert (tmp_path / "data" / "surveys-10" / "forums.toml").exists()


def test_code_size_counts_code_lines_only() -> None:
    """benchmarks/code_size.py, issue 12's measure: by hand, the snippet below has 9 lines,
    of which 4 are code (``import os``, ``def f():``, ``return {``, ``"a": 1}``): the
    module and function docstrings, the comment and the blank line do not count."""
    import code_size

    snippet = '"""Module\ndocstring."""\nimport os\n\n# a comment\ndef f():\n    """Doc."""\n'
    snippet += '    return {\n        "a": 1}\n'
    assert snippet.count("\n") == 9
    assert code_size.code_lines(snippet) == 4
