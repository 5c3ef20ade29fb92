"""Golden files for the text outputs. Regenerate on purpose and review the diff:

FORUM_EVAL_REGEN_GOLDEN=1 python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forum_eval.present.markdown import render_markdown
from forum_eval.present.narrative import narrative

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("FORUM_EVAL_REGEN_GOLDEN") == "1"


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if REGEN:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with FORUM_EVAL_REGEN_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_markdown_summary_2019(summary_2019, lang: str) -> None:
    check(f"summary_2019.{lang}.md", render_markdown(summary_2019, lang))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_narrative_2019(summary_2019, lang: str) -> None:
    check(f"narrative_2019.{lang}.txt", "\n".join(narrative(summary_2019, lang)) + "\n")
