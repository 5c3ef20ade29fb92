"""`forum-eval report`: files, CLI end to end, determinism, atomicity, the committed showcase."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.errors import InputError
from forum_eval.report.build import Chart, PartOutput, build_report
from forum_eval.report.folder import MARKER, write_folder_atomic
from tests.conftest import ROOT, SURVEYS

runner = CliRunner()

CHARTS = ("agreement", "shares", "expertise")
FILES_BOTH = sorted(
    [f"{c}.{lang}.{ext}" for c in CHARTS for lang in ("en", "fr") for ext in ("png", "alt.txt")]
    + ["summary.en.md", "summary.fr.md", "summary.json"]
)


def report(*args: str):
    return runner.invoke(app, ["report", *args, "--surveys-dir", str(SURVEYS)])


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def cli_2019(tmp_path_factory: pytest.TempPathFactory):
    """`forum-eval report 2019 --docx --html --out …` (how reports/2019 is made) run once for
    the tests of this module."""
    parent = tmp_path_factory.mktemp("cli")
    return report("2019", "--docx", "--html", "--out", str(parent / "r2019")), parent / "r2019"


def test_report_2019_cli(cli_2019) -> None:
    result, out = cli_2019
    tmp_path = out.parent
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    written = sorted(p.name for p in out.iterdir() if p.name != MARKER)
    # the summary's files; other parts (e.g. comment themes) may add theirs
    assert set(FILES_BOTH) <= set(written)
    assert f"Wrote {out}/ ({len(written)} files):" in result.stdout
    assert result.stdout.split("\n")[1:-1] == [f"  {name}" for name in written]
    assert (out / MARKER).is_file()
    assert leftovers(tmp_path) == []
    # summary.json is the summarize JSON (English)
    summarize = runner.invoke(
        app,
        ["summarize", "2019", "--format", "json", "--lang", "en", "--surveys-dir", str(SURVEYS)],
    )
    assert (out / "summary.json").read_text(encoding="utf-8") == summarize.stdout
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert data["respondents"] == 31 and data["attendees"] == 80  # published: 31 of about 80
    # Markdown embeds every chart with its alt text, in its language
    for lang in ("en", "fr"):
        md = (out / f"summary.{lang}.md").read_text(encoding="utf-8")
        for chart in CHARTS:
            alt_text = (out / f"{chart}.{lang}.alt.txt").read_text(encoding="utf-8").strip()
            assert f"![{alt_text}]({chart}.{lang}.png)" in md
            assert len(alt_text.split()) < 150
    assert "93%" in (out / "summary.en.md").read_text(encoding="utf-8")
    assert "93\u00a0%" in (out / "summary.fr.md").read_text(encoding="utf-8")
    # PNG: 1950 px wide = 6.5 in at 300 dpi
    png = (out / "agreement.en.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 1950


def test_report_one_language_and_order(tmp_path: Path, cli_2019) -> None:
    result = report(
        "2019", "--out", str(tmp_path / "fr"), "--lang", "fr", "--order", "questionnaire"
    )
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "fr").iterdir() if p.name != MARKER)
    assert set(names) >= {n for n in FILES_BOTH if ".en." not in n}
    assert not [n for n in names if ".en." in n]
    both = cli_2019[1]  # sorted order, both languages
    assert (tmp_path / "fr" / "agreement.fr.png").read_bytes() != (
        both / "agreement.fr.png"
    ).read_bytes()
    assert (tmp_path / "fr" / "expertise.fr.png").read_bytes() == (
        both / "expertise.fr.png"
    ).read_bytes()


def test_report_file_source_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(SURVEYS / "2019.csv", tmp_path / "evaluation.csv")
    monkeypatch.chdir(tmp_path)
    result = report("evaluation.csv", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "reports" / "evaluation"
    assert (out / "agreement.en.png").is_file()
    md = (out / "summary.en.md").read_text(encoding="utf-8")
    assert "number of attendees unknown" in md
    # no attendees: no non-response band mentioned in the shares alt text
    assert "every attendee" not in (out / "shares.en.alt.txt").read_text(encoding="utf-8")
    # with --attendees the band comes back
    result = report("evaluation.csv", "--lang", "en", "--attendees", "80")
    assert result.exit_code == 0, result.stderr
    assert "every attendee" in (out / "shares.en.alt.txt").read_text(encoding="utf-8")


def test_report_without_expertise_item_is_silent(tmp_path: Path) -> None:
    """No expertise question: no expertise chart, and no warning either (issue 16: a kind of
    question the form does not have is not something to fix)."""
    # keep every column of the 2019 sample except the expertise one
    import csv

    with open(SURVEYS / "2019.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    keep = [
        i
        for i, h in enumerate(rows[0])
        if "knowledge" not in h.lower() and "connaissance" not in h.lower()
    ]
    assert len(keep) == len(rows[0]) - 1
    with open(tmp_path / "noexp.csv", "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([[r[i] for i in keep] for r in rows])
    result = report(str(tmp_path / "noexp.csv"), "--out", str(tmp_path / "out"), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "expertise" not in result.stderr
    assert result.stderr == ""
    assert not (tmp_path / "out" / "expertise.en.png").exists()
    assert "expertise.en.png" not in (tmp_path / "out" / "summary.en.md").read_text(
        encoding="utf-8"
    )


def test_report_bad_source_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "never"
    result = report(str(tmp_path / "missing.csv"), "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not out.exists() and leftovers(tmp_path) == []


def test_report_refuses_a_folder_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "keep.txt").write_text("precious", encoding="utf-8")
    result = report("2019", "--out", str(out))
    assert result.exit_code == 1
    assert "is not empty and was not written by forum-eval report" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    assert leftovers(tmp_path) == []
    # a file where the folder should be
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = report("2019", "--out", str(tmp_path / "afile"))
    assert result.exit_code == 1 and "exists and is not a folder" in result.stderr


def test_two_runs_identical_bytes(tmp_path: Path, summary_2019) -> None:
    a = build_report(summary_2019, tmp_path / "a", ["fr"])
    b = build_report(summary_2019, tmp_path / "b", ["fr"])
    assert a.files == b.files
    assert folder_bytes(tmp_path / "a") == folder_bytes(tmp_path / "b")
    # and rewriting in place replaces the previous report
    build_report(summary_2019, tmp_path / "a", ["en"])
    assert not (tmp_path / "a" / "agreement.fr.png").exists()
    assert (tmp_path / "a" / "agreement.en.png").exists()
    assert leftovers(tmp_path) == []


def test_failure_midway_leaves_old_report(
    tmp_path: Path, summary_2019, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report"
    build_report(summary_2019, out, ["en"])
    before = folder_bytes(out)

    from forum_eval.present import alt

    def boom(*args, **kwargs):
        raise RuntimeError("simulated failure after agreement.en.png was written")

    monkeypatch.setattr(alt, "alt_shares", boom)
    with pytest.raises(RuntimeError):
        build_report(summary_2019, out, ["en"], order="questionnaire")
    assert folder_bytes(out) == before
    assert leftovers(tmp_path) == []
    # through the CLI: one Error line, exit 1, old report intact
    result = report("2019", "--out", str(out), "--lang", "en")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unexpected internal error")
    assert folder_bytes(out) == before
    assert leftovers(tmp_path) == []


def test_os_error_midway_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "report"
    out.mkdir()
    (out / MARKER).write_text("old", encoding="utf-8")
    (out / "agreement.en.png").write_bytes(b"old")

    def fill(folder: Path) -> None:
        (folder / "a.txt").write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(InputError, match="No space left on device"):
        write_folder_atomic(out, fill)
    assert (out / "agreement.en.png").read_bytes() == b"old"
    assert leftovers(tmp_path) == []


class _Stop(BaseException):
    """What the signal handlers raise (cli.Stopped), at any bytecode boundary."""


def test_a_stop_just_after_the_staging_folder_is_made_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal that lands after mkdtemp made the staging folder, before its name is kept:
    the folder is still removed (it was left behind, seen in test_hostile_faults'
    TERM-writing case on a loaded machine)."""
    import tempfile

    from forum_eval.report import folder

    real = tempfile.mkdtemp

    def made_then_stopped(*args: Any, **kwargs: Any) -> str:
        real(*args, **kwargs)
        raise _Stop

    monkeypatch.setattr(folder.tempfile, "mkdtemp", made_then_stopped)
    with pytest.raises(_Stop):
        write_folder_atomic(tmp_path / "report", lambda f: None)
    assert leftovers(tmp_path) == [] and list(tmp_path.iterdir()) == []


def test_a_stop_between_the_two_renames_puts_the_previous_report_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped after the previous report was moved aside, before the new one took its place:
    the previous report is back where it was, nothing else is left."""
    from forum_eval.report import folder

    out = tmp_path / "report"
    out.mkdir()
    (out / MARKER).write_text("old", encoding="utf-8")
    (out / "agreement.en.png").write_bytes(b"old")
    real = os.replace
    calls: list[str] = []

    def first_then_stopped(src: Any, dst: Any) -> None:
        calls.append(Path(dst).name)
        real(src, dst)
        if len(calls) == 1:  # the previous report moved aside
            raise _Stop

    monkeypatch.setattr(folder.os, "replace", first_then_stopped)
    with pytest.raises(_Stop):
        write_folder_atomic(out, lambda f: (f / "new.txt").write_text("new", encoding="utf-8"))
    assert (out / "agreement.en.png").read_bytes() == b"old"
    assert sorted(p.name for p in out.iterdir()) == sorted([MARKER, "agreement.en.png"])
    assert leftovers(tmp_path) == [] and [p.name for p in tmp_path.iterdir()] == ["report"]


def test_extra_parts_extension_point(tmp_path: Path, summary_2019) -> None:
    calls: list[str] = []

    from forum_eval.present.charts import plot_expertise

    def extra(lang: str) -> PartOutput:
        calls.append(lang)
        return PartOutput(
            charts=(
                Chart("extra", f"alt {lang}", plot_expertise, (summary_2019,), {"lang": lang}),
            ),
            markdown=f"## Extra {lang}\n\nMore.\n",
            warnings=("extra warning",),
        )

    result = build_report(summary_2019, tmp_path / "r", ["en", "fr"], extra_parts=[extra])
    assert calls == ["en", "fr"]
    assert "extra.en.png" in result.files and "extra.fr.alt.txt" in result.files
    assert result.warnings == ("extra warning",)
    md = (tmp_path / "r" / "summary.fr.md").read_text(encoding="utf-8")
    assert "![alt fr](extra.fr.png)" in md
    assert md.rstrip().endswith("## Extra fr\n\nMore.")
    assert md.index("(expertise.fr.png)") < md.index("(extra.fr.png)")
    assert md.index("## Graphiques") < md.index("(agreement.fr.png)")


def test_committed_showcase_is_current(cli_2019) -> None:
    """reports/2019/ must be exactly what `forum-eval report 2019` writes today (this also
    proves that two runs, here and when it was committed, give the same bytes)."""
    result, out = cli_2019
    assert result.exit_code == 0, result.stderr
    committed = ROOT / "reports" / "2019"
    fresh = folder_bytes(out)
    current = folder_bytes(committed)
    assert sorted(current) == sorted(fresh)
    stale = [name for name in fresh if fresh[name] != current[name]]
    assert not stale, (
        f"reports/2019 is out of date ({stale}): run `forum-eval report 2019` and commit it"
    )


def test_summarize_does_not_import_matplotlib() -> None:
    code = (
        "import sys\n"
        "from forum_eval.cli import app\n"
        "from forum_eval.read.survey import Options\n"
        "from tests.conftest import summarize_source\n"
        "from forum_eval.present.markdown import render_markdown\n"
        "from forum_eval.report.build import build_report\n"
        f"s = summarize_source('2019', Options(surveys_dir=__import__('pathlib').Path({str(SURVEYS)!r})))\n"
        "render_markdown(s, 'en')\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported'\n"
        "from forum_eval.present.charts import plot_agreement\n"
        "plot_agreement(s, lang='en')\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_report_for_real_as_a_subprocess(tmp_path: Path) -> None:
    out = tmp_path / "real"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "forum_eval",
            "report",
            "2019",
            "--lang",
            "en",
            "--out",
            str(out),
            "--surveys-dir",
            str(SURVEYS),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert (out / "agreement.en.png").is_file() and (out / "summary.json").is_file()
    # the same bytes as the committed showcase (same input, same options, other process)
    assert (out / "agreement.en.png").read_bytes() == (
        ROOT / "reports" / "2019" / "agreement.en.png"
    ).read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "forum_eval", "report", "2019", "--lang", "de"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_report_reads_platform_options(tmp_path: Path) -> None:
    export = ROOT / "tests" / "data" / "exports" / "limesurvey.csv"
    args = [str(export), "--from", "limesurvey", "--include-incomplete"]
    result = report(*args, "--out", str(tmp_path / "lime"), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    summarize = runner.invoke(
        app, ["summarize", *args, "--format", "json", "--lang", "en", "--surveys-dir", str(SURVEYS)]
    )
    assert summarize.exit_code == 0, summarize.stderr
    assert (tmp_path / "lime" / "summary.json").read_text(encoding="utf-8") == summarize.stdout


def test_report_never_replaces_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    for target in (".", "..", str(work)):
        result = report("2019", "--out", target, "--lang", "en")
        assert result.exit_code == 1, target
        assert "is the current folder (or holds it)" in result.stderr
    assert list(work.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["work"]


def test_markdown_image_escapes_alt_text() -> None:
    from forum_eval.report.build import markdown_image

    assert markdown_image("a.png", "x [y]\nz 75\u00a0%") == "![x \\[y\\] z 75\u00a0%](a.png)"


def test_a_file_without_comments_gets_no_themes(tmp_path: Path) -> None:
    """The comments part is coded lazily inside the report: with no comment column it adds
    no chart and no section, and the report still succeeds."""
    path = tmp_path / "no_comments.csv"
    path.write_text(
        "Timestamp,The forum was well organised.\n"
        + "".join(f"2024-11-27 10:{i:02d},Agree\n" for i in range(6)),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = report(str(path), "--out", str(out), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert "agreement.en.png" in names
    assert not [n for n in names if n.startswith("themes.")]
    assert "Themes of the comments" not in (out / "summary.en.md").read_text(encoding="utf-8")


def test_a_chart_file_name_is_bounded_and_distinct() -> None:
    """Item ids of up to 80 characters name their chart as before (reports/2019 is
    unchanged); longer ones are cut to 80 with a digest, so two long questions that begin
    alike stay two files."""
    from forum_eval.textnorm import STEM_MAX, file_stem

    assert file_stem("q3_langue") == "q3_langue"
    assert file_stem("a b/c") == "a_b_c"
    start = "consider_the_following_hypothetical_situations_" * 4
    one, two = file_stem(start + "lottery_a"), file_stem(start + "lottery_b")
    assert len(one) == len(two) == STEM_MAX and one != two
    assert one.startswith(start[:70])
