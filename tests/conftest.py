from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SURVEYS = ROOT / "surveys"
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose their language explicitly; the machine's locale must not leak in."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def seed_2019() -> dict:
    return tomllib.loads((SEEDS / "evaluation_2019.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def summary_2019():
    from forum_eval.read.survey import Options

    return summarize_source("2019", Options(surveys_dir=SURVEYS))


def summarize_source(source: str, options):
    """What ``forum-eval summarize SOURCE`` computes: the survey read once, then summarised."""
    from forum_eval.analyse.summary import summarize_survey
    from forum_eval.read.survey import read_survey

    return summarize_survey(
        read_survey(source, options), attendees=options.attendees, confidence=options.confidence
    )


def comments_source(source: str, options, *, codebook=None, **kwargs):
    """What ``forum-eval comments SOURCE`` computes."""
    from forum_eval.analyse.comments import survey_comments
    from forum_eval.config.codebook import default_codebook_path, load_codebook
    from forum_eval.config.registry import project_folder
    from forum_eval.read.survey import read_survey

    book = load_codebook(codebook or default_codebook_path(project_folder(options.surveys_dir)))
    return survey_comments(read_survey(source, options), book, **kwargs)


def one_error_line(stderr: str) -> str:
    """The one ``Error:`` line of ``stderr`` (what, where, how) — not an internal error."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr[-3000:]
    assert "unexpected internal error" not in lines[0], stderr[-3000:]
    return lines[0]
