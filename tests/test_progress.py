"""Progress bars: shown for big jobs in a terminal, silent otherwise and with --quiet."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from forum_eval import progress
from tests.conftest import SURVEYS


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _reset(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TERM", "xterm-256color")
    progress.set_quiet(False)
    yield
    progress.set_quiet(False)
    progress.set_stream(None)


def run_job(size: int, *, threshold: int | None = None, total: int = 3) -> tuple[bool, str]:
    stream = FakeTerminal()
    progress.set_stream(stream)
    with progress.track("Coding answers", total=total, size=size, threshold=threshold) as bar:
        for _ in range(total):
            bar.advance()
    return bar.active, stream.getvalue()


def test_big_job_in_a_terminal_shows_a_bar() -> None:
    active, text = run_job(progress.ROWS_THRESHOLD)
    assert active
    assert "Coding answers" in text
    assert "3/3" in text  # the bar counts the steps


def test_small_job_shows_nothing() -> None:
    active, text = run_job(progress.ROWS_THRESHOLD - 1)
    assert not active
    assert text == ""


def test_chart_threshold() -> None:
    assert run_job(progress.CHARTS_THRESHOLD, threshold=progress.CHARTS_THRESHOLD)[0]
    assert not run_job(progress.CHARTS_THRESHOLD - 1, threshold=progress.CHARTS_THRESHOLD)[0]


def test_quiet_silences_everything() -> None:
    progress.set_quiet(True)
    active, text = run_job(10 * progress.ROWS_THRESHOLD)
    assert not active
    assert text == ""


def test_not_a_terminal_is_silent() -> None:
    stream = io.StringIO()
    progress.set_stream(stream)
    with progress.track("Reading", size=10**7) as bar:
        bar.advance()
    assert not bar.active
    assert stream.getvalue() == ""


def test_dumb_terminal_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "dumb")
    assert run_job(10**7) == (False, "")


def test_spinner_without_total() -> None:
    stream = FakeTerminal()
    progress.set_stream(stream)
    with progress.track("Reading big.csv", size=10**6) as bar:
        assert bar.active
    assert "Reading big.csv" in stream.getvalue()


def test_rows_in_estimates_from_bytes() -> None:
    # 1,000,000 generated responses make a 214,643,024-byte file (benchmarks/generate.py)
    assert progress.rows_in(214_643_024) == 1_073_215
    assert progress.rows_in(0) == 0


def test_quiet_option_sets_and_resets_the_flag() -> None:
    from typer.testing import CliRunner

    from forum_eval.cli import app

    runner = CliRunner()
    sample = ["--surveys-dir", str(SURVEYS)]
    result = runner.invoke(app, ["summarize", "2019", "--quiet", "--format", "json", *sample])
    assert result.exit_code == 0, result.output
    assert progress._state["quiet"] is True
    result = runner.invoke(app, ["summarize", "2019", "--format", "json", *sample])
    assert result.exit_code == 0, result.output
    assert progress._state["quiet"] is False


def test_pipeline_shows_reading_and_coding_for_big_files(monkeypatch: pytest.MonkeyPatch) -> None:
    from forum_eval.read.survey import Options
    from tests.conftest import SURVEYS, summarize_source

    quiet_result = summarize_source("2019", Options(surveys_dir=SURVEYS))
    monkeypatch.setattr(progress, "ROWS_THRESHOLD", 10)  # 2019.csv: 31 rows, ~40 by its size
    stream = FakeTerminal()
    progress.set_stream(stream)
    result = summarize_source("2019", Options(surveys_dir=SURVEYS))
    text = stream.getvalue()
    assert "Reading 2019.csv" in text
    assert "Coding the answers of 31 rows" in text
    assert result == quiet_result  # progress changes nothing else

    progress.set_quiet(True)
    stream = FakeTerminal()
    progress.set_stream(stream)
    summarize_source("2019", Options(surveys_dir=SURVEYS))
    assert stream.getvalue() == ""


def test_cli_progress_stays_off_stderr_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from forum_eval.cli import app

    monkeypatch.setattr(progress, "ROWS_THRESHOLD", 1)
    result = CliRunner().invoke(
        app, ["summarize", "2019", "--format", "json", "--surveys-dir", str(SURVEYS)]
    )
    assert result.exit_code == 0, result.output
    assert "Reading" not in result.stderr and "Coding" not in result.stderr
    assert result.stdout.lstrip().startswith("{")


def test_report_bar_only_for_many_charts(tmp_path, summary_2019) -> None:  # type: ignore[no-untyped-def]
    from forum_eval.report.build import build_report

    stream = FakeTerminal()
    progress.set_stream(stream)
    build_report(summary_2019, tmp_path / "en", ["en"])  # 4 charts: below the threshold
    assert stream.getvalue() == ""
    # 8 charts: agreement, shares, expertise and the "Main role" choice (issue 16), twice
    build_report(summary_2019, tmp_path / "both", ["en", "fr"])
    assert "Drawing the report" in stream.getvalue()
    assert "8/8" in stream.getvalue()  # one step per chart
