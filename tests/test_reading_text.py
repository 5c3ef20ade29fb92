"""The text the tool writes, read as its users read it (the reader's pass, issue: "simple to
read"): French typography, singular and plural with 1, alt text that says what its chart shows.

Every response file written here is SYNTHETIC (made up in the test, in a temporary folder);
the 2019 sample is the repository's reconstruction (surveys/README.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.present.strings import NBSP, STRINGS, t

ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------- French typography


def _shown(template: str) -> str:
    return template.replace("{nbsp}", NBSP)


@pytest.mark.parametrize("key", sorted(STRINGS["fr"]))
def test_french_strings_put_a_non_breaking_space_before_high_punctuation(key: str) -> None:
    """A French string has a non-breaking space before : ; ? ! and » and after «, like the
    rest of the French outputs (the form's strings had plain spaces: "Google Forms : …")."""
    text = _shown(STRINGS["fr"][key])
    assert not re.search(r" [:;?!»]", text), text
    assert not re.search(r"« ", text), text
    assert not re.search(r"\w[:;?!»]", text.replace("http:", "")), text


def test_french_form_markdown_has_no_plain_space_before_a_colon() -> None:
    result = CliRunner().invoke(app, ["form", "--format", "markdown", "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert (
        "Google Forms\u00a0: Choix multiples\u00a0; Microsoft Forms\u00a0: Choix" in result.stdout
    )
    # the questions' own wording (questionnaire.toml) is not the tool's: only its strings
    # ("D'après questionnaire.toml : …" is pinned by tests/test_form.py: see above)
    tool_lines = [
        line for line in result.stdout.splitlines() if not line.startswith(("## ", "D'après "))
    ]
    assert not [line for line in tool_lines if re.search(r" [:;]", line)]


# ------------------------------------------------------------- one respondent: no "1 personnes"

#: a count of 1 (or "1 des 1 …") followed by a plural noun or verb, in either language
_ONE_PLURAL = re.compile(
    r"\b1 (des 1 |of the 1 |of 1 )?(personnes|respondents|comments|commentaires|people|"
    r"attendees|réponses|answers|ont)\b|\bsur 1 personnes\b|\b1 des \d+ personnes [^,.;]*\bont\b"
    r"|\(s\)"
)


def _one_respondent_file(folder: Path) -> Path:
    """SYNTHETIC: the 2019 sample's header and its first row only (one respondent, one
    comment, one answer to every item)."""
    lines = (ROOT / "surveys" / "2019.csv").read_text(encoding="utf-8").splitlines()
    path = folder / "synthetic_one_respondent.csv"
    path.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_respondent_outputs_never_say_1_personnes(tmp_path: Path, lang: str) -> None:
    """The report (summary, alt texts, HTML) and the comments of a one-respondent survey, with
    a response rate (--attendees 80): no "1 personnes", "1 des 1 personnes … ont écrit",
    "1 commentaires", "sur 1 personnes", "1 respondents", "commentaire(s)" (each was there)."""
    source = _one_respondent_file(tmp_path)
    out = tmp_path / "report"
    runner = CliRunner()
    common = ["--lang", lang, "--attendees", "80", "--quiet"]
    result = runner.invoke(app, ["report", str(source), *common, "--html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    texts = {path.name: path.read_text(encoding="utf-8") for path in out.glob("*.md")}
    texts |= {path.name: path.read_text(encoding="utf-8") for path in out.glob("*.alt.txt")}
    texts |= {path.name: path.read_text(encoding="utf-8") for path in out.glob("*.html")}
    for command in (["comments"], ["summarize"], ["summarize", "--format", "markdown"]):
        options = common if command[0] == "summarize" else ["--lang", lang, "--quiet"]
        result = runner.invoke(app, [command[0], str(source), *command[1:], *options])
        assert result.exit_code == 0, result.output
        texts[" ".join(command)] = result.stdout
    found = {name: _ONE_PLURAL.findall(text) for name, text in texts.items()}
    assert not {name: hits for name, hits in found.items() if hits}
    summary = texts[f"summary.{lang}.md"]
    expected = {
        "fr": [
            "1 personne répondante sur 80 personnes participantes, taux de réponse 1\u00a0%",
            "1 des 80 personnes participantes a répondu au formulaire d'évaluation",
            "La seule personne répondante a écrit un commentaire (1 commentaire en tout).",
            "La seule personne ayant commenté a évoqué «\u00a0Accès en français\u00a0» (100\u00a0%)",
            "(réponse de la seule personne qui a répondu)",
        ],
        "en": [
            "1 respondent of 80 attendees, response rate 1%",
            "1 of the 80 participants answered the evaluation form",
            "The only respondent wrote a comment (1 comment in all).",
            "The only respondent who commented raised “French-language access” (100%)",
            "(of the only respondent who answered)",
        ],
    }[lang]
    for sentence in expected:
        assert sentence in summary


# ------------------------------------------------------------------ alt text of the shares chart


def test_shares_alt_counts_the_items_tied_at_the_top(summary_2019) -> None:
    """2019: six items reach 100 % (31 of 31: organised, constructive, speakers, resources,
    expectations, would_return — a count of the summary's share_positive == 1, and of the
    chart's dots). The alt text named one of them as "the highest" (Le forum était bien
    organisé), while the chart's top dot is another (Participerait ou recommanderait)."""
    from forum_eval.present.alt import alt_shares

    assert sum(item.share_positive == 1 for item in summary_2019.items) == 6
    text = alt_shares(summary_2019, "fr")
    assert (
        "La plus élevée\u00a0: 100\u00a0% (6 énoncés, dont Participerait ou recommanderait, "
        "31 sur 31, intervalle 93–100\u00a0%\u00a0; Le forum était bien organisé, 31 sur 31, "
        "intervalle 93–100\u00a0%). La plus basse\u00a0: Connaissance approfondie du sujet, "
        "45\u00a0% (14 sur 31\u00a0; intervalle 32–59\u00a0%)."
    ) in text
    english = alt_shares(summary_2019, "en")
    assert "Highest: 100% (6 items, including Would attend again or recommend, " in english


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_shares_alt_of_one_item_names_it_once(tmp_path: Path, lang: str) -> None:
    """SYNTHETIC one-item file: the alt text said "Highest: X … Lowest: X" about the same item."""
    source = tmp_path / "synthetic_one_item.csv"
    source.write_text(
        "Timestamp,The forum was well organised.\n1,Agree\n2,Disagree\n3,Agree\n",
        encoding="utf-8",
    )
    out = tmp_path / "r"
    result = CliRunner().invoke(app, ["report", str(source), "--lang", lang, "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = (out / f"shares.{lang}.alt.txt").read_text(encoding="utf-8")
    # 2 of 3 agree: 67 %
    name = {"en": "The forum was well organised", "fr": "Le forum était bien organisé"}[lang]
    assert text.count(name) == 1, text
    assert {
        "en": ": The forum was well organised, 67% (2 of 3;",
        "fr": "\u00a0: Le forum était bien organisé, 67\u00a0% (2 sur 3\u00a0;",
    }[lang] in text


# ------------------------------------------------------------------ alt text of the themes chart


def test_themes_alt_names_every_bar_of_the_chart() -> None:
    """2019: the themes chart draws ten bars (the themes raised by at least one commenter:
    5, 4, 4, 2, 2, then five themes at 1 — tests/golden/comments_2019.fr.md); the alt text
    told the first five and said nothing of the other five."""
    from forum_eval.present.alt import MAX_WORDS, word_count
    from forum_eval.present.comments_out import alt_text
    from forum_eval.read.survey import Options
    from tests.conftest import SURVEYS, comments_source

    result = comments_source("2019", Options(surveys_dir=SURVEYS))
    text = alt_text(result, "fr")
    assert text.endswith(
        "Le graphique montre aussi Mise en œuvre des politiques (1), Santé mentale (1), Permis "
        "de travail et travail migrant (1), Lieu et logistique (1), Remerciements et "
        "appréciation (1)."
    )
    assert word_count(text) <= MAX_WORDS
    english = alt_text(result, "en")
    assert "The chart also shows " in english and word_count(english) <= MAX_WORDS


# ------------------------------------------------------------------ an item with no valid answer


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "No valid answer to “The forum was well organised”: 2 answered “not applicable”, "
            "1 left it blank.",
        ),
        (
            "fr",
            "Aucune réponse valide à «\u00a0Le forum était bien organisé\u00a0»\u00a0: 2 ont "
            "répondu «\u00a0sans objet\u00a0», 1 n'a pas répondu.",
        ),
    ],
)
def test_an_item_with_no_valid_answer_says_why(tmp_path: Path, lang: str, expected: str) -> None:
    """SYNTHETIC file: three respondents, two "Not applicable" and one blank to the only
    statement (counted by hand). The sentence said "No valid answer to …" and nothing more:
    a reader would think the question was not asked."""
    source = tmp_path / "synthetic_all_not_applicable.csv"
    source.write_text(
        "Timestamp,The forum was well organised.,I felt included.\n"
        "1,Not applicable,Agree\n2,Not applicable,Agree\n3,,Disagree\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["summarize", str(source), "--lang", lang, "--format", "json", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert expected in json.loads(result.stdout)["narrative"]


# ------------------------------------------------------------ method notes: jargon with a gloss


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Interval (95% CI): where the share among all 80 attendees probably lies, if "
            "those who answered are like those who did not (Wilson score, with the "
            "finite-population correction).",
        ),
        (
            "fr",
            "Intervalle (IC à 95\u00a0%)\u00a0: la fourchette où se situe probablement la "
            "part parmi les 80 personnes participantes, si les personnes qui ont répondu "
            "ressemblent à celles qui n'ont pas répondu (score de Wilson, avec la correction pour "
            "population finie).",
        ),
    ],
)
def test_summary_method_note_says_what_the_interval_means(
    summary_2019, lang: str, expected: str
) -> None:
    """ "Interval: Wilson score, 95%, with the finite-population correction for 80 attendees"
    named a method a program officer does not know, and not what the interval means."""
    from forum_eval.present.markdown import method_note

    assert expected in method_note(summary_2019, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_compare_and_trend_notes_gloss_p_and_q(lang: str) -> None:
    """The compare note said "p: Fisher exact test …; q: p adjusted for the number of items
    compared (Benjamini–Hochberg)" and the trend note "interval: Wilson score": names of
    methods, not what the numbers mean."""
    gloss = {
        "en": [
            "p: the probability of a change at least this large if nothing had changed",
            "q: p adjusted because several items are compared at once",
        ],
        "fr": [
            "p\u00a0: la probabilité d'un écart au moins aussi grand si rien n'avait changé",
            "q\u00a0: p ajusté parce que plusieurs énoncés sont comparés à la fois",
        ],
    }[lang]
    compare = t(lang, "cmp_method_note", level="95", alpha="0.05")
    assert all(part in compare for part in gloss)
    trend = t(lang, "trend_method_note", level="95")
    assert {"en": "the margin of error", "fr": "la marge d'erreur"}[lang] in trend


# ------------------------------------------------------------------- compare: "not compared"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Not compared (a question whose answers are neither positive nor negative): "
            "“Main role”.",
        ),
        (
            "fr",
            "Non comparée (question dont les réponses ne sont ni favorables ni "
            "défavorables)\u00a0: «\u00a0Rôle principal\u00a0».",
        ),
    ],
)
def test_a_choice_question_is_not_compared_for_what_it_is(lang: str, expected: str) -> None:
    """ "Non comparé (aucune réponse favorable à compter) : « Rôle principal »" read as if no
    respondent had answered favourably; the role is a choice question, with no favourable
    answer by nature."""
    result = CliRunner().invoke(
        app, ["compare", "2018", "2019", "--lang", lang, "--format", "markdown", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert expected in result.stdout


# ----------------------------------------- needed outside the reader's files (strict xfail)


def test_the_2019_label_of_intend_to_act_uses_the_verb() -> None:
    """The label of intend_to_act, shown in every table, chart and comparison of 2019, reads
    "À l'intention d'agir ou de sensibiliser" ("for the attention of acting …"); the template
    questionnaire (forum_eval/data/init/questionnaire.toml) writes it right: "A l'intention
    d'utiliser ses apprentissages"."""
    import tomllib

    questionnaire = tomllib.loads((ROOT / "surveys" / "questionnaire.toml").read_text("utf-8"))
    items = {item["id"]: item for item in questionnaire["item"]}
    assert items["intend_to_act"]["label"]["fr"].startswith("A l'intention")


def test_the_not_summarised_warning_of_a_one_answer_column_is_singular(tmp_path: Path) -> None:
    """SYNTHETIC two-row file whose "Which day did you attend?" column holds one answer: the
    warning said "not read: 1 distinct answers, none of them a rating label"."""
    source = tmp_path / "synthetic_one_day.csv"
    source.write_text(
        "Timestamp,The forum was well organised.,Which day did you attend?\n"
        "1,Agree,Monday\n2,Agree,Monday\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["summarize", str(source), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Which day did you attend?" in result.stderr
    assert "1 distinct answers" not in result.stderr
    assert "not read: 1 distinct answer, not a rating label" in result.stderr


def test_a_choice_sentence_starts_with_a_capital(tmp_path: Path) -> None:
    """SYNTHETIC file with a lower-case choice header, as KoboToolbox labels often are ("day
    skip delivered at compost" in a real Kobo export): the sentence began "day skip …"."""
    source = tmp_path / "synthetic_lower_case_choice.csv"
    questionnaire = tmp_path / "questionnaire.toml"
    questionnaire.write_text(
        '[[item]]\nid = "day"\nkind = "choice"\n'
        'question = { en = "day attended", fr = "jour de présence" }\n'
        'label = { en = "day attended", fr = "jour de présence" }\n'
        'options = [{ id = "mon", en = "Monday", fr = "Lundi" }, '
        '{ id = "tue", en = "Tuesday", fr = "Mardi" }]\n',
        encoding="utf-8",
    )
    source.write_text("Timestamp,day attended\n1,Monday\n2,Tuesday\n3,Monday\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["summarize", str(source), "--questionnaire", str(questionnaire), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    narrative = json.loads(result.stdout)["narrative"]
    assert "Day attended: Monday 2, Tuesday 1 (of 3 who answered)." in narrative, narrative


# --------------------------------------------------- "100 %" when one did not, "0 %" when one did


def test_a_share_never_rounds_to_all_or_none_when_it_is_not(tmp_path: Path) -> None:
    """SYNTHETIC file: 250 respondents, 249 "Agree" and 1 "Disagree" (249/250 = 99.6 %). The
    narrative said "100% of respondents agreed …" — false for one of them — and a theme
    raised by 1 of 378 commenters (LimeSurvey real export) read "(0 %)"."""
    from fractions import Fraction

    from forum_eval.present.fmt import pct

    rows = [f"{i},Agree" for i in range(249)] + ["249,Disagree"]
    source = tmp_path / "synthetic_one_dissent.csv"
    source.write_text(
        "Timestamp,The forum was well organised.\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    for lang, expected in (
        (
            "en",
            ">99% of respondents agreed or strongly agreed that the forum was well "
            "organised (249 of 250).",
        ),
        (
            "fr",
            ">99\u00a0% des personnes répondantes sont d'accord ou fortement d'accord que le "
            "forum était bien organisé (249 sur 250).",
        ),
    ):
        result = CliRunner().invoke(
            app, ["summarize", str(source), "--lang", lang, "--format", "json", "--quiet"]
        )
        assert result.exit_code == 0, result.output
        assert expected in json.loads(result.stdout)["narrative"]
    assert pct(Fraction(1, 378), "fr") == "<1\u00a0%"
    assert pct(Fraction(1, 378), "en", 1) == "0.3%"  # one decimal shows it: 0.26 → 0.3
    assert pct(Fraction(1, 2000), "en", 1) == "0.1%"  # 0.05, rounded half up
    assert pct(Fraction(1, 3000), "fr", 1) == "<0,1\u00a0%"
    assert (pct(Fraction(0), "en"), pct(Fraction(1), "en")) == ("0%", "100%")
    assert pct(Fraction(3, 4), "en", sign=True) == "+75%"


# ------------------------------------------------------ a multi-select table's note, 0 and 1


def _multiselect_file(folder: Path, ticks: list[str]) -> Path:
    """SYNTHETIC Google Forms file: a statement everyone agreed with and a checkbox column,
    one row per respondent ("" = none ticked)."""
    path = folder / "synthetic_checkboxes.csv"
    rows = [f'{i},Agree,"{answer}"' for i, answer in enumerate(ticks)]
    header = "Timestamp,The forum was well organised.,Which sessions did you attend?\n"
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("ticks", "expected"),
    [
        # 8 respondents, every one ticked something: no "0 n'en ont coché aucune"
        (
            [
                "Opening plenary, Closing panel",
                "Opening plenary",
                "Closing panel, Legal clinic",
                "Opening plenary, Legal clinic",
                "Closing panel",
                "Opening plenary, Closing panel",
                "Legal clinic",
                "Opening plenary",
            ],
            "*n = 8 personnes qui ont coché au moins une option. Plusieurs",
        ),
        # 7 ticked, 1 ticked none
        (
            [
                "Opening plenary, Closing panel",
                "Opening plenary",
                "Closing panel, Legal clinic",
                "Opening plenary, Legal clinic",
                "Closing panel",
                "Opening plenary, Closing panel",
                "Legal clinic",
                "",
            ],
            "*n = 7 personnes qui ont coché au moins une option\u00a0; 1 n'en a coché aucune, "
            "hors des pourcentages. Plusieurs",
        ),
    ],
)
def test_multiselect_note_has_no_zero_clause_and_a_singular(
    tmp_path: Path, ticks: list[str], expected: str
) -> None:
    """The note under a multi-select table said "0 n'en ont coché aucune" and
    "1 n'en ont coché aucune"."""
    source = _multiselect_file(tmp_path, ticks)
    result = CliRunner().invoke(
        app, ["summarize", str(source), "--lang", "fr", "--format", "markdown", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert expected in result.stdout


# ------------------------------------------------------------------ validate: singular, plural


def test_validate_counts_rows_in_the_singular_and_the_plural(tmp_path: Path) -> None:
    """SYNTHETIC files. One respondent: validate said "Rows: 1 read, 1 respondents". Three
    identical rows (two exact duplicates of the first) and one other: it said "not counted:
    2 exact duplicate"."""
    one = _one_respondent_file(tmp_path)
    result = CliRunner().invoke(app, ["validate", str(one)])
    assert result.exit_code == 0, result.output
    assert "Rows: 1 read, 1 respondent\n" in result.stdout
    assert ", 1 header row\n" in result.stdout
    twice = tmp_path / "synthetic_duplicates.csv"
    twice.write_text(
        "Timestamp,The forum was well organised.\n"
        + "2019-05-01 10:00:00,Agree\n" * 3
        + "2019-05-01 10:01:00,Disagree\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["validate", str(twice)])
    assert result.exit_code == 0, result.output
    assert "Rows: 4 read, 2 respondents; not counted: 2 exact duplicates\n" in result.stdout


# ------------------------------------------------- console: no line that starts with a colon


@pytest.mark.parametrize("width", [72, 80, 100])
def test_trend_console_title_never_breaks_before_the_french_colon(width: int) -> None:
    """`forum-eval trend --lang fr` at 80 columns printed its title as "… d'une édition à
    l'autre" / ": 2016, 2017, 2018, 2019", and `comments 2019` its method note as "… par «" /
    "[caviardé] »": rich broke the lines at the no-break spaces."""
    for command in (["trend"], ["comments", "2019"], ["summarize", "2019", "--by", "role"]):
        result = CliRunner().invoke(app, [*command, "--lang", "fr"], env={"COLUMNS": str(width)})
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        starts = [line for line in lines if line.strip()[:1] in (":", ";", "»")]
        ends = [line for line in lines if line.rstrip().endswith("«")]
        assert not starts and not ends, (starts, ends)


# ------------------------------------------------------------ report: the captions of charts


def test_choice_and_split_charts_are_captioned_by_their_titles(summary_2019) -> None:
    """The caption under a choice chart was the whole first sentence of its alt text (every
    answer with its %: a paragraph repeating the chart), and the further pages of a split
    chart were captioned by the alt text too ("Dot chart of …", the same on every page) while
    page 1 had the chart's title."""
    from forum_eval.present.document import evaluation_section

    long_alt = "Bar chart of the answers to “Main role”, …: Front-line worker 35% (11), …. More."
    charts = [
        ("shares", b"png", "Dot chart of the share. More."),
        ("shares-2", b"png", "Dot chart of the share. More."),
        ("choice-role", b"png", long_alt),
        ("trend", b"png", "Small multiples of 2016 to 2019. More."),
        ("trend-2", b"png", "Small multiples of 2016 to 2019. More."),
    ]
    captions = {f.name: f.caption for f in evaluation_section(summary_2019, "en", charts).figures()}
    forum = "Pan-Canadian Forum on Human Trafficking 2019, Ottawa (ON)"
    assert captions == {
        "shares": f"{forum}: % positive per item, with its uncertainty (1 of 2)",
        "shares-2": f"{forum}: % positive per item, with its uncertainty (2 of 2)",
        "choice-role": f"{forum}: Main role",
        "trend": "Small multiples of 2016 to 2019 (1 of 2).",
        "trend-2": "Small multiples of 2016 to 2019 (2 of 2).",
    }


def test_agreement_alt_names_the_top_bars_of_the_chart(summary_2019) -> None:
    """2019: five statements at 100 %; the chart sorts ties by "Strongly agree" (organised
    22, speakers 20, constructive 18, expectations 17, resources 15 — the summary's counts),
    so its top bars are "organised" then "speakers"; the alt text named "organised" and
    "constructive" (the questionnaire's order), not what the chart shows first."""
    from forum_eval.present.alt import alt_agreement

    strongly = {item.id: item.counts[-1] for item in summary_2019.items if item.kind == "agreement"}
    assert [strongly[i] for i in ("organised", "speakers", "constructive")] == [22, 20, 18]
    assert (
        "to 100% (5 statements, including The forum was well organised, 31 of 31; Speakers "
        "were diverse and competent, 31 of 31)"
    ) in alt_agreement(summary_2019, "en")


def test_favourability_alt_counts_items_not_statements(tmp_path: Path) -> None:
    """SYNTHETIC favourability grid of four characters, all "Very favorably" (counted by
    hand: 4 of 4 each): the alt text said "4 statements, including Han Solo …" — a character
    is not a statement."""
    from forum_eval.present.alt import alt_ratings
    from forum_eval.read.survey import Options
    from tests.conftest import summarize_source

    names = ["Han Solo", "Luke Skywalker", "Yoda", "R2 D2"]
    header = ",".join(
        f"Please state whether you view the following characters favorably [{n}]" for n in names
    )
    rows = "\n".join(",".join(["Very favorably"] * 4) for _ in range(4))
    source = tmp_path / "synthetic_favourability.csv"
    source.write_text(f"{header}\n{rows}\n", encoding="utf-8")
    summary = summarize_source(str(source), Options())
    assert [item.kind for item in summary.items] == ["favourability"] * 4
    text = alt_ratings(summary, "favourability", "en")
    assert "(4 items, including Han Solo, 4 of 4; Luke Skywalker, 4 of 4)" in text, text


def test_alt_of_a_chart_without_valid_answer_names_the_survey(tmp_path: Path) -> None:
    """SYNTHETIC file: two respondents answered "Not applicable" to both statements. The
    alt texts of its two charts were "no valid answer" and nothing else."""
    source = tmp_path / "synthetic_all_not_applicable.csv"
    source.write_text(
        "Timestamp,The forum was well organised.,My accessibility needs were met.\n"
        "1,Not applicable,Not applicable\n2,Not applicable,Not applicable\n",
        encoding="utf-8",
    )
    out = tmp_path / "r"
    result = CliRunner().invoke(app, ["report", str(source), "--lang", "en", "--out", str(out)])
    assert result.exit_code == 0, result.output
    expected = (
        "Chart — synthetic all not applicable, 2 respondents (number of attendees unknown): no "
        "item of this chart has a valid answer (N/A and blank answers are not in the "
        "percentages)."
    )
    alts = sorted(out.glob("*.alt.txt"))
    assert alts and all(p.read_text(encoding="utf-8").strip() == expected for p in alts)


def test_a_long_choice_question_is_captioned_by_its_title(tmp_path: Path) -> None:
    """SYNTHETIC file with a 130-character choice question (answers repeat: read as a single
    choice). Its chart's file name keeps 71 characters of the id and 8 hex digits of a digest
    (textnorm.file_stem, which report/build.py names the charts with): the caption is the
    chart's title, on each page."""
    import hashlib

    from forum_eval.present.document import evaluation_section
    from forum_eval.read.survey import Options
    from tests.conftest import summarize_source

    question = (
        "While working on this project, did you need to use a package manager in order to "
        "install dependencies (libraries) on your machine?"
    )
    answers = ["Yes, the system package manager", "No", "Yes, both kinds"]
    rows = "\n".join(f'{i},Agree,"{answers[i % 3]}"' for i in range(12))
    source = tmp_path / "synthetic_long_question.csv"
    source.write_text(
        f'Timestamp,The forum was well organised.,"{question}"\n{rows}\n', encoding="utf-8"
    )
    summary = summarize_source(str(source), Options())
    (item,) = [item for item in summary.items if item.kind == "choice"]
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", item.id)
    assert len(stem) > 80
    cut = f"choice-{stem[:71]}-{hashlib.sha256(item.id.encode()).hexdigest()[:8]}"
    expected = f"synthetic long question: {question}"
    for names, captions in (
        ([cut], [expected]),
        ([cut, f"{cut}-2"], [f"{expected} (1 of 2)", f"{expected} (2 of 2)"]),
    ):
        charts = [(name, b"png", "Bar chart of the answers to …. More.") for name in names]
        figures = evaluation_section(summary, "en", charts).figures()
        assert [figure.caption for figure in figures] == captions


def test_a_choice_sentence_gives_the_base_of_its_counts(tmp_path: Path) -> None:
    """SYNTHETIC file: 4 rows, "Day attended" answered by 3 (Monday 2, Tuesday 1; one
    blank), "Session" by 1. The counts said "Monday 2, Tuesday 1" with no base (on the real
    Star Wars export, "Han 325 … Greedo 197" with no word of the 828 who answered)."""
    source = tmp_path / "synthetic_choice_base.csv"
    source.write_text(
        "Timestamp,The forum was well organised.,Day attended,Session\n"
        "1,Agree,Monday,\n2,Agree,Monday,\n3,Agree,Tuesday,Morning\n4,Agree,,\n",
        encoding="utf-8",
    )
    questionnaire = tmp_path / "questionnaire.toml"
    questionnaire.write_text(
        '[[item]]\nid = "day"\nkind = "choice"\n'
        'question = { en = "Day attended", fr = "Jour de présence" }\n'
        'label = { en = "Day attended", fr = "Jour de présence" }\n'
        'options = [{ id = "mon", en = "Monday", fr = "Lundi" }, '
        '{ id = "tue", en = "Tuesday", fr = "Mardi" }]\n'
        '[[item]]\nid = "session"\nkind = "choice"\n'
        'question = { en = "Session", fr = "Séance" }\n'
        'label = { en = "Session", fr = "Séance" }\n'
        'options = [{ id = "am", en = "Morning", fr = "Matin" }, '
        '{ id = "pm", en = "Afternoon", fr = "Après-midi" }]\n',
        encoding="utf-8",
    )
    said = {}
    for lang in ("en", "fr"):
        result = CliRunner().invoke(
            app,
            [
                *("summarize", str(source), "--questionnaire", str(questionnaire)),
                *("--format", "json", "--lang", lang, "--quiet"),
            ],
        )
        assert result.exit_code == 0, result.output
        said[lang] = " ".join(json.loads(result.stdout)["narrative"])
    assert "Day attended: Monday 2, Tuesday 1 (of 3 who answered)." in said["en"]
    assert "Session: Morning 1, Afternoon 0 (the only respondent who answered)." in said["en"]
    assert "(sur 3 personnes qui ont répondu)." in said["fr"]
    assert "(la seule personne qui a répondu)." in said["fr"]


def test_r_missing_values_read_as_blanks_are_said(tmp_path: Path) -> None:
    """SYNTHETIC table saved as R writes it (NA for a missing value, no empty cell): the NA
    cells are read as blanks (tests/test_more_shapes.py), and that is now said in the
    warnings instead of done silently. Hand count: Useful? 2 answered (2 agree), 1 NA."""
    source = tmp_path / "synthetic_r_saved.csv"
    source.write_text(
        "Useful?,Clear?,Comments\nAgree,NA,The room was cold\nAgree,Agree,NA\n"
        "NA,Disagree,More time for questions please\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["summarize", str(source), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    useful = next(i for i in data["items"] if i["id"] == "useful")
    assert (useful["n_valid"], useful["n_positive"], useful["n_blank"]) == (2, 2, 1)
    said = [w for w in data["warnings"] if w.startswith('"NA" read as a blank')]
    assert len(said) == 1 and "saved by R" in said[0]
    assert '"NA" read as a blank' in result.stderr


def test_a_column_headed_comments_is_read_as_comments_however_short(tmp_path: Path) -> None:
    """SYNTHETIC: "Commentaires" answered "Merci !", "Super", "Trop court" (3 of 4 rows, hand
    count) was "not read: 3 distinct answers, none of them a rating label" with advice to
    declare a scale; its header says what it is. "Comment avez-vous entendu parler du
    forum ?" (French "comment": how) stays a question of choices."""
    source = tmp_path / "synthetic_short_comments.csv"
    source.write_text(
        "Horodateur,Le forum était bien organisé.,Commentaires,"
        "Comment avez-vous entendu parler du forum ?\n"
        "1,D'accord,Merci !,Courriel\n2,D'accord,Super,Courriel\n"
        "3,Tout à fait d'accord,Trop court,Collègue\n4,D'accord,,Collègue\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["summarize", str(source), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(c["label"], c["n_comments"]) for c in data["comments"]] == [("Commentaires", 3)]
    how = next(i for i in data["items"] if i["label"].startswith("Comment avez-vous"))
    assert how["kind"] == "choice" and how["counts"] == {"courriel": 2, "collegue": 2}
