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
    from forum_eval.read.survey import Options, summarize_source

    return summarize_source("2019", Options(surveys_dir=SURVEYS))
