"""Write the narrative golden files of surveys of different shapes, from the files alone.

    python tests/golden/make_narratives.py      (from the repository root)

Each survey is summarised with an empty questionnaire, so that the items' wording comes from
the export itself (no short statement from surveys/questionnaire.toml), in English and in
French; the narrative lines are written to ``tests/golden/narrative_<survey>.<lang>.txt``,
one sentence a line. Review the diff line by line before committing it: these files are the
text a funder reads. Every input is synthetic (tests/data/README files say so); the 2019
sample's own golden files (narrative_2019.*.txt, written with its questionnaire) are checked
by tests/test_seed_2019.py.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"

#: survey name → response file (relative to the repository root)
SURVEYS = {
    "google_forms_fr": "tests/data/real_shapes/synthetic_google_forms_fr.csv",
    "qualtrics_satisfaction": "tests/data/real_shapes/synthetic_qualtrics_satisfaction4.csv",
    "limesurvey_frequency": "tests/data/real_shapes/synthetic_limesurvey_frequency6.csv",
    "surveymonkey_grid": "tests/data/real_shapes/synthetic_surveymonkey_grid.csv",
    "nps_google_forms": "tests/data/exports/google_forms.csv",
    "multiselect_google_forms": "tests/data/multiselect/synthetic_google_forms.csv",
}
LANGS = ("en", "fr")


def narrative_text(source: str, lang: str) -> str:
    """The narrative of ``source`` in ``lang``, one line a sentence, from the file alone."""
    from typer.testing import CliRunner

    from forum_eval.cli import app

    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "questionnaire.toml"
        empty.write_text("", encoding="utf-8")
        result = CliRunner().invoke(
            app,
            [
                *("summarize", str(ROOT / source), "--format", "json", "--lang", lang),
                *("--questionnaire", str(empty), "--quiet"),
            ],
        )
    if result.exit_code != 0:
        raise RuntimeError(f"{source}: summarize failed: {result.output}")
    return "\n".join(json.loads(result.stdout)["narrative"]) + "\n"


def golden_path(name: str, lang: str) -> Path:
    return GOLDEN / f"narrative_{name}.{lang}.txt"


def main() -> None:
    for name, source in SURVEYS.items():
        for lang in LANGS:
            golden_path(name, lang).write_text(narrative_text(source, lang), encoding="utf-8")
            print(f"wrote {golden_path(name, lang).relative_to(ROOT)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
