"""Single-choice questions read from their answers alone (issue 16 point 3): a column that is
no rating, comment, multi-select, metadata or identifying column, with 2 to 15 distinct
answers each given by two respondents or more, is a ``choice`` item (counts, no % positive),
listed in JSON and charted by ``report`` like a declared one; self-identification questions
and answers that may be names stay set aside, named in a warning (forum_eval/read/nominal.py).

Every CSV written here is SYNTHETIC (invented answers, in tmp_path, "synthetic" in its name);
the real LimeSurvey export is read from ../shared/real-exports/ when it is there (skipped
otherwise). Every count asserted is hand-counted in a comment (Python's csv module).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.read.nominal import (
    MAX_ANSWERS,
    inferred_choice_scale,
    looks_like_names,
    nominal_reason,
)
from tests.conftest import ROOT, SURVEYS
from tests.data.hostile import build_hostile as hostile

runner = CliRunner()
REAL = ROOT.parent / "shared" / "real-exports"
LIMESURVEY = REAL / "limesurvey__andreldm__cpp-survey__results-survey.csv"
STAMP = "2024-11-27 10:{:02d}"


def cli(*args: str):
    return runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])


def synthetic(tmp_path: Path, columns: dict[str, list[str]], name: str = "x") -> Path:
    """A SYNTHETIC Google-Forms-like CSV: a timestamp, one agreement item, ``columns``."""
    n = len(next(iter(columns.values())))
    agree = ["Agree", "Disagree", "Strongly agree"]
    path = tmp_path / f"synthetic_{name}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Timestamp", "The forum was well organised.", *columns])
        for i in range(n):
            writer.writerow([STAMP.format(i), agree[i % 3], *(v[i] for v in columns.values())])
    return path


def summarize(path: Path) -> tuple[dict, str]:
    result = cli("summarize", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def items_by_header(data: dict) -> dict[str, dict]:
    return {item["label"]: item for item in data["items"]}


# ------------------------------------------------------------------------------ the rule

ROLE = ["Staff"] * 4 + ["Volunteer"] * 3 + ["Board member"] * 2 + ["Other"] * 2


def test_a_nominal_column_is_a_choice_item_counted_and_charted(tmp_path: Path) -> None:
    # Staff 4, Volunteer 3, Board member 2, Other 2: 11 answers, each given twice or more
    path = synthetic(tmp_path, {"Your role at the forum": ROLE})
    data, stderr = summarize(path)
    role = items_by_header(data)["Your role at the forum"]
    assert role["kind"] == "choice" and role["inferred"] is True
    assert role["counts"] == {"staff": 4, "volunteer": 3, "board_member": 2, "other": 2}
    assert (role["n_valid"], role["n_positive"], role["share_positive"]) == (11, None, None)
    assert "Your role at the forum" not in stderr  # no longer set aside
    shown = cli("validate", str(path), "--format", "json")
    column = next(
        c for c in json.loads(shown.stdout)["columns"] if c["header"] == "Your role at the forum"
    )
    assert (column["role"], column["kind"]) == ("item", "choice")
    assert "4 distinct answers that repeat" in column["how"]
    out = tmp_path / "report"
    result = cli("report", str(path), "--out", str(out), "--lang", "en", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert (out / f"choice-{role['id']}.en.png").is_file()
    alt_text = (out / f"choice-{role['id']}.en.alt.txt").read_text(encoding="utf-8")
    # most chosen first, "Other" last: 4/11 = 36 %, 3/11 = 27 %, 2/11 = 18 %
    assert alt_text.index("Staff 36% (4)") < alt_text.index("Volunteer 27% (3)")
    assert alt_text.index("Board member 18% (2)") < alt_text.index("Other 18% (2)")


def test_the_edges_of_the_rule() -> None:
    # every distinct answer twice: read; one answer given once: not (it could be a write-in)
    assert nominal_reason({"A": 2, "B": 2}) is None
    assert nominal_reason({"A": 5, "B": 4, "C": 1}) == (
        "1 of its 3 distinct answers given by one respondent only"
    )
    # spellings of one label count together: "yes" 1 + "Yes" 1 = 2
    assert nominal_reason({"Maybe": 2, "Yes": 1, "yes ": 1}) is None
    assert nominal_reason({"A": 9}) == "a single distinct answer"
    many = {f"Option {i}": 2 for i in range(MAX_ANSWERS)}
    assert nominal_reason(many) is None  # 15 distinct answers: one chart's rows
    many["Option 99"] = 2
    assert nominal_reason(many) == "16 distinct answers, more than the 15 of a choice question"


def test_what_is_not_a_choice_stays_as_it_was(tmp_path: Path) -> None:
    """Ratings, yes/no, comments and numbers are read as before; a column with an answer given
    once stays set aside, named in a warning."""
    comments = [f"Comment number {i} about the plenary sessions" for i in range(11)]
    once = ["Ottawa"] * 5 + ["Gatineau"] * 5 + ["Kingston"]  # Kingston once
    # numbers with "N/A" answers: still a rating whose scale is not stated
    numbers = ["1", "2", "3", "4", "5", "2", "3", "4", "N/A", "5", "N/A"]
    path = synthetic(
        tmp_path,
        {
            "Would you come again?": ["Yes", "No"] * 5 + ["Yes"],
            "Suggestions": comments,
            "Which venue did you prefer?": once,
            "Lunch score": numbers,
        },
    )
    data, stderr = summarize(path)
    kinds = {item["label"]: item["kind"] for item in data["items"]}
    assert kinds == {"The forum was well organised": "agreement", "Would you come again?": "yesno"}
    assert [c["id"] for c in data["comments"]] == ["suggestions"]
    assert 'column "Which venue did you prefer?" is not summarised' in stderr
    assert 'column "Lunch score" is not summarised' in stderr
    assert "Kingston" not in stderr + json.dumps(data)


def test_invented_rating_words_keep_their_declaration_template(tmp_path: Path) -> None:
    """The same three unknown words in two columns are a scale to declare (validate writes a
    template), and so is a header that asks for a rating: neither is read as a choice. Bands
    with numbers shared by two columns are choices."""
    words = ["Yummy", "Meh", "Bland"] * 3 + ["Yummy", "Meh"]
    bands = ["1 ~ 3 years"] * 4 + ["3 years or more"] * 4 + ["Less than 1 year"] * 3
    path = synthetic(
        tmp_path,
        {
            "Lunch": words,
            "Dinner": words,
            "Rate the coffee": ["Great", "Poor"] * 5 + ["Great"],
            "Years in the sector": bands,
            "Years in this role": bands,
        },
    )
    shown = cli("validate", str(path), "--format", "json")
    columns = {c["header"]: c for c in json.loads(shown.stdout)["columns"]}
    assert columns["Lunch"]["role"] == columns["Dinner"]["role"] == "ignored"
    assert "<put these labels in order" in columns["Lunch"]["note"]
    assert columns["Rate the coffee"]["role"] == "ignored"
    assert (
        columns["Years in the sector"]["kind"]
        == columns["Years in this role"]["kind"]
        == ("choice")
    )


def test_ordered_bands_in_the_order_of_their_numbers() -> None:
    scale = inferred_choice_scale(
        "when",
        {"1 ~ 3 years ago": 129, "3 ~ 12 months ago": 122, "3 years ago or more": 95}
        | {"3 months ago or less": 33},
    )
    assert scale.labels("en") == (
        "3 months ago or less",
        "3 ~ 12 months ago",
        "1 ~ 3 years ago",
        "3 years ago or more",
    )
    minutes = inferred_choice_scale(
        "time", {"2 hours": 5, "30 minutes or less": 3, "4 hours or more": 4, "1 hour": 2}
    )
    assert minutes.labels("en") == ("30 minutes or less", "1 hour", "2 hours", "4 hours or more")
    assert scale.kind == "choice" and not scale.positive


# -------------------------------------------------------------------- safe and honest


@pytest.mark.parametrize(
    "header",
    [
        "What is your age group?",
        "How old are you?",
        "Gender",
        "Quel est votre genre ?",
        "Sexe",
        "How do you identify?",
        "Identité autochtone",
        "Ethnic origin",
        "Do you live with a disability?",
        "Vivez-vous avec un handicap ?",
        "Sexual orientation",
        "Religion",
        "Immigration status",
        "Statut au Canada",
        "Are you a survivor of trafficking?",
        "Avez-vous une expérience vécue de la traite ?",
        "Province",
        "Education",
        "What is your highest level of education?",
        "Niveau d'études",
    ],
)
def test_self_identification_questions_are_never_summarised_alone(
    header: str, tmp_path: Path
) -> None:
    # "Group A" 6, "Group B" 5: would be a choice under any other header
    path = synthetic(tmp_path, {header: ["Group A", "Group B"] * 5 + ["Group A"]})
    data, stderr = summarize(path)
    assert header not in items_by_header(data)
    assert f'column "{header}" is not summarised (a self-identification question' in stderr
    assert "--by" in stderr


def test_a_session_about_education_is_still_a_choice(tmp_path: Path) -> None:
    """Schooling is a self-identification question; a session on education is not."""
    header = "Which education session did you attend?"
    path = synthetic(tmp_path, {header: ["Morning", "Afternoon"] * 5 + ["Morning"]})
    data, _stderr = summarize(path)
    assert header in items_by_header(data)


def test_names_are_never_a_chart_nor_listed(tmp_path: Path) -> None:
    """tests/data/hostile/referral_names.csv (SYNTHETIC): "Who referred you?" holds three
    invented names, four times each; and the same names under a header that says nothing."""
    source = ROOT / "tests" / "data" / "hostile" / "referral_names.csv"
    with source.open(encoding="utf-8", newline="") as handle:
        referrers = [row["Who referred you?"] for row in csv.DictReader(handle)]
    assert len(referrers) == 12 and len(set(referrers)) == 3  # each name 4 times
    traces = [t for t in hostile.identities(3) if t.lower() in "\n".join(referrers).lower()]
    assert len(traces) == 3  # the three surnames: what the scan looks for
    plain = synthetic(tmp_path, {"Referral": referrers}, "names")
    for path in (source, plain):
        data, stderr = summarize(path)
        assert [i["kind"] for i in data["items"]] == ["agreement"]
        assert "may be people's names" in stderr
        out = tmp_path / f"report_{path.stem}"
        result = cli("report", str(path), "--out", str(out), "--lang", "en", "--jobs", "1")
        assert result.exit_code == 0, result.stderr
        assert not list(out.glob("choice-*"))
        texts = [stderr, json.dumps(data), result.stdout, result.stderr]
        texts += [p.read_text(encoding="utf-8") for p in out.iterdir() if p.suffix != ".png"]
        for text in texts:
            assert not [t for t in traces if t.lower() in text.lower()]


@pytest.mark.parametrize(
    ("header", "labels", "names"),
    [
        # the header asks about a person: even first names alone are names
        ("Who referred you?", ["Yes", "No"], True),
        ("Referral", ["Maria", "Jean"], True),
        ("Quel animateur avez-vous préféré ?", ["Atelier A", "Atelier B"], True),
        # two to four capitalised words, half of the answers or more
        ("Source", ["Orlaith Vantrobble", "Ivo Zellrobble", "Ontario"], True),
        # cautious: title-case options are taken for names too (set aside, with a warning)
        ("Source", ["Social Media", "Email Newsletter", "Website"], True),
        # sentence case, small words, single words: options
        ("Source", ["Social media", "Word Of Mouth", "Website"], False),
        ("Which day did you attend?", ["Monday", "Tuesday"], False),
    ],
)
def test_what_looks_like_names(header: str, labels: list[str], names: bool) -> None:
    assert looks_like_names(header, labels) is names


def test_sentence_case_options_are_not_taken_for_names(tmp_path: Path) -> None:
    # "Word of mouth" 4, "Social media" 4, "A colleague" 3
    heard = ["Word of mouth"] * 4 + ["Social media"] * 4 + ["A colleague"] * 3
    data, _ = summarize(synthetic(tmp_path, {"How did you hear about the forum?": heard}))
    item = items_by_header(data)["How did you hear about the forum?"]
    assert item["counts"] == {"word_of_mouth": 4, "social_media": 4, "a_colleague": 3}


# -------------------------------------------------------------------- a real export


@pytest.mark.skipif(not LIMESURVEY.is_file(), reason="../shared/real-exports is absent")
def test_the_real_limesurvey_export_gets_its_single_choices() -> None:
    data, stderr = summarize(LIMESURVEY)
    items = {i["label"]: i for i in data["items"] if i["kind"] == "choice"}
    # hand count with csv.reader over the 379 complete responses ("Date submitted" filled):
    # col 8 Yes 328, "No and I never had to code in work" 31, "No, but I used to …" 20
    coding = items["Does your current main job require coding skills?"]
    assert sorted(coding["counts"].values()) == [20, 31, 328]
    # col 12: It is a hobby 217, It is part of my job 134, Other 28
    assert items["Describe your participation in this project:"]["counts"] == {
        "it_is_a_hobby": 217,
        "it_is_part_of_my_job": 134,
        "other": 28,
    }
    # col 24: 3 months ago or less 33, 3 ~ 12 months ago 122, 1 ~ 3 years ago 129,
    # 3 years ago or more 95 (in the order of the bands)
    assert list(items["When was your first contribution to this project?"]["counts"].items()) == [
        ("3_months_ago_or_less", 33),
        ("3_12_months_ago", 122),
        ("1_3_years_ago", 129),
        ("3_years_ago_or_more", 95),
    ]
    # col 89: Pro 208, I don't know 102, Against 69
    stance = next(h for h in items if h.startswith("What is your stance regarding"))
    assert items[stance]["counts"] == {"pro": 208, "i_don_t_know": 102, "against": 69}
    assert all(i["n_positive"] is None for i in items.values())
    assert len(items) == 9
    # age bands: a self-identification question, set aside with the reason
    assert 'column "How old are you?" is not summarised (a self-identification' in stderr


def test_a_real_shape_fixture_gets_its_single_choices() -> None:
    """tests/data/real_shapes/synthetic_google_forms_en.csv (SYNTHETIC answers, a real Google
    Forms shape): two single choices read, "Gender" set aside."""
    path = ROOT / "tests" / "data" / "real_shapes" / "synthetic_google_forms_en.csv"
    data, stderr = summarize(path)
    items = items_by_header(data)
    # csv.DictReader: Monday 12, Tuesday 11, Wednesday 9, one blank (33 rows)
    assert items["Which day did you attend?"]["counts"] == {
        "monday": 12,
        "tuesday": 11,
        "wednesday": 9,
    }
    # Han 18, "I don't understand this question" 8, Greedo 6, one blank
    assert items["Which character shot first?"]["counts"] == {
        "han": 18,
        "i_don_t_understand_this_question": 8,
        "greedo": 6,
    }
    # Woman 17, Man 11, Non-binary 2, Prefer not to say 2: never summarised on its own
    assert "Gender" not in items
    assert 'column "Gender" is not summarised (a self-identification question' in stderr


def test_no_inferred_choice_is_left_out_of_a_summary_without_a_warning() -> None:
    """analyse/privacy.py drops an inferred item whose header speaks of self-identification
    (``without_groups``, counted, not named): every header its words catch is caught here
    first, so that such a column is set aside in read/, named in a warning."""
    from forum_eval.analyse.privacy import _GROUP_HEADER_WORDS, header_is_self_identification
    from forum_eval.read.nominal import self_identification

    headers = [h for w in _GROUP_HEADER_WORDS for h in (w, f"Your {w}?", f"{w}s")]
    caught = [h for h in headers if header_is_self_identification(h)]
    assert len(caught) > 2 * len(_GROUP_HEADER_WORDS)  # the check is about something
    assert [h for h in caught if not self_identification(h)] == [
        "indigenouss",  # plurals no one writes
        "disabilitys",
    ]


@pytest.mark.parametrize("by", ["Which day did you attend?", "which_day_did_you_attend"])
def test_by_an_inferred_choice_pools_small_answers_without_naming_them(
    tmp_path: Path, by: str
) -> None:
    """SYNTHETIC, written here: 14 respondents, Monday 6, Tuesday 6, Wednesday 2 (counted
    below with csv). The options of an inferred choice come from the answers, so ``--by``
    treats it as a column of the file: Wednesday (2, under min_cell 5) is pooled as "Other
    values" and never named in the breakdown, by its header or by its item id."""
    days = ["Monday"] * 6 + ["Tuesday"] * 6 + ["Wednesday"] * 2
    rows = [["Timestamp", "The forum was well organised", "Which day did you attend?"]]
    rows += [
        [f"2024/11/27 4:{i:02d}:00 PM EST", ["Agree", "Disagree"][i % 2], day]
        for i, day in enumerate(days)
    ]
    path = tmp_path / "synthetic_days.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with path.open(encoding="utf-8", newline="") as handle:
        column = [row[2] for row in list(csv.reader(handle))[1:]]
    assert (column.count("Monday"), column.count("Tuesday"), column.count("Wednesday")) == (
        6,
        6,
        2,
    )
    result = runner.invoke(app, ["summarize", str(path), "--by", by, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    breakdown = json.loads(result.stdout)["breakdown"]
    labels = [group["label"] for group in breakdown["groups"]]
    assert "Wednesday" not in json.dumps(breakdown)
    assert labels[-1] == "Other values" and "Tuesday" in labels
