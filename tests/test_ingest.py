"""Readers and platform adapters, one shape at a time (small files written in each test)."""

from __future__ import annotations

import csv
import io
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from forum_eval.analyse.summary import summarize
from forum_eval.config.questionnaire import Questionnaire, load_questionnaire
from forum_eval.config.scales import (
    FAVOURABILITY5,
    NPS,
    QUALITY5,
    SATISFACTION5,
    Scale,
    header_scale,
    is_not_applicable,
    parse_scale_option,
)
from forum_eval.errors import ConfigError, InputError, UsageError
from forum_eval.read import load_table
from forum_eval.read.grid import sniff_delimiter
from forum_eval.read.multiselect import WRITTEN_IN
from forum_eval.read.normalise import normalise
from forum_eval.read.responses import BLANK, INVALID, NOT_APPLICABLE
from forum_eval.textnorm import fold

ORGANISED = "The forum was well organised."


def write(path: Path, rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8",
          line_end: str = "\n", quote_all: bool = False) -> Path:  # fmt: skip
    buffer = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    csv.writer(buffer, delimiter=delimiter, lineterminator=line_end, quoting=quoting).writerows(
        rows
    )
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def codes(path: Path, header: str, **options: object) -> list[int]:
    responses = normalise(load_table(path), Questionnaire(), **options)  # type: ignore[arg-type]
    item = next(i for i in responses.items if i.header == header)
    return item.codes.tolist()


# ---------------------------------------------------------------------------- reader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2;3\n", ";"),  # decimal commas inside ;-separated values
        ('"a";"b, c";"d"\n"1";"2";"3"\n', ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
    ],
)
def test_delimiter_sniffing(text: str, expected: str) -> None:
    assert sniff_delimiter(text) == expected


def test_encodings_and_line_ends(tmp_path: Path) -> None:
    rows = [["Horodateur", "Qualité"], ["2024", "Très satisfait"], ["2025", "Satisfait"]]
    for encoding, line_end, expected in [
        ("utf-8", "\n", "utf-8"),
        ("utf-8-sig", "\r\n", "utf-8-sig"),
        ("cp1252", "\r\n", "cp1252"),
        ("utf-16", "\r\n", "utf-16"),
        ("utf-16-le", "\r\n", "utf-16-le"),  # Unicode text without a byte-order mark
        ("cp1252", "\r", "cp1252"),  # old Mac line ends
    ]:
        path = write(tmp_path / "f.csv", rows, encoding=encoding, line_end=line_end)
        table = load_table(path)
        assert table.info["encoding"] == expected, (encoding, line_end)
        assert table.headers == ["Horodateur", "Qualité"]
        assert table.frame[1].tolist() == ["Très satisfait", "Satisfait"]


def test_values_with_newlines_and_separators(tmp_path: Path) -> None:
    rows = [["Timestamp", ORGANISED, "Comments"]]
    rows += [
        ["2024", "Agree", "Line one\nline two, with a comma; and a semicolon"],
        ["2025", "Agree", ""],
    ]
    table = load_table(write(tmp_path / "f.csv", rows, quote_all=True))
    assert table.frame.shape == (2, 3)
    assert table.frame[2][0] == "Line one\nline two, with a comma; and a semicolon"


def test_excel_values_are_text(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Timestamp", "Rate the venue (1 = Poor, 5 = Excellent)", ORGANISED])
    sheet.append(["2024-11-27", 5, "Agree"])
    sheet.append(["2024-11-27", 4.0, "Agree"])
    sheet.append(["2024-11-27", None, None])
    book.save(tmp_path / "f.xlsx")
    table = load_table(tmp_path / "f.xlsx")
    assert table.frame[1].tolist() == ["5", "4", ""]
    assert table.frame[2].tolist() == ["Agree", "Agree", ""]


# ---------------------------------------------------------------------------- adapters


def test_google_forms_localised_timestamp_and_quiz_score(tmp_path: Path) -> None:
    rows = [["Marca temporal", "Puntuación", "Dirección de correo electrónico", ORGANISED]]
    rows += [["2024/11/27 10:00:00", "3 / 5", "a@example.org", "Agree"]]
    rows += [["2024/11/27 10:05:00", "5 / 5", "b@example.org", "Disagree"]]
    table = load_table(write(tmp_path / "g.csv", rows))
    assert table.platform == "google-forms"
    assert table.roles == {0: "metadata", 1: "ignored", 2: "identifying"}


def test_microsoft_forms_multiselect_quiz_and_french_headers(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom",
                  "Total points", "Quiz feedback", ORGANISED, "Points - " + ORGANISED,
                  "Feedback - " + ORGANISED, "Sessions attended"])  # fmt: skip
    sheet.append(
        [1, "27/11/2024", "27/11/2024", "anonymous", "", 3, "", "Agree", 1, "", "Plenary;"]
    )
    sheet.append(
        [
            2,
            "27/11/2024",
            "27/11/2024",
            "anonymous",
            "",
            2,
            "",
            "Disagree",
            0,
            "",
            "Plenary;Workshop;",
        ]
    )
    book.save(tmp_path / "ms.xlsx")
    table = load_table(tmp_path / "ms.xlsx")
    assert table.platform == "microsoft-forms"
    assert {table.headers[p]: r for p, r in table.roles.items()} == {
        "ID": "identifying",
        "Heure de début": "metadata",
        "Heure de fin": "metadata",
        "Adresse de messagerie": "identifying",
        "Nom": "identifying",
        "Total points": "metadata",
        "Quiz feedback": "metadata",
        "Points - " + ORGANISED: "ignored",
        "Feedback - " + ORGANISED: "ignored",
        # every answer ends with ";": a multi-select question (issue 16)
        "Sessions attended": "multiselect",
    }
    # multi-select answers lose their trailing ";"
    assert table.frame[10].tolist() == ["Plenary", "Plenary;Workshop"]
    responses = normalise(table, Questionnaire())
    assert [i.header for i in responses.items] == [ORGANISED]
    # read as a multi-select question, though only one answer joins two options: Plenary
    # ticked by both respondents, Workshop by the second (hand count of the two rows above);
    # an option given by one respondent only is counted among the written-in answers (it
    # may be an "Other" box's text: never quoted)
    (sessions,) = responses.multiselect
    assert sessions.options == ("Plenary", WRITTEN_IN)
    assert sessions.ticked.tolist() == [[True, False], [True, True]]


def test_surveymonkey_old_layout_forward_fills_the_matrix(tmp_path: Path) -> None:
    rows = [
        ["RespondentID", "Please rate these sessions.", "", "Any comments?"],
        ["", "Opening", "Closing", "Open-Ended Response"],
        ["1001", "Very favorably", "Unfamiliar (N/A)", "More breaks please, the days were long."],
        ["1002", "Somewhat unfavorably", "Very favorably", ""],
    ]
    table = load_table(write(tmp_path / "sm.csv", rows, line_end="\r"))
    assert table.platform == "surveymonkey"
    assert table.headers == [
        "RespondentID",
        "Please rate these sessions. [Opening]",
        "Please rate these sessions. [Closing]",
        "Any comments?",
    ]
    assert table.first_data_row == 3
    closing = codes(tmp_path / "sm.csv", "Please rate these sessions. [Closing]")
    assert closing == [NOT_APPLICABLE, 4]  # Unfamiliar (N/A); very favourable = 4 of 0–4


def test_kobo_xml_values_groups_and_hxl(tmp_path: Path) -> None:
    rows = [
        ["start", "evaluation/organised", "evaluation/included", "group_a/group_b/satisfaction",
         "group_a/group_b/other", "_id", "_uuid", "_submission_time", "_submitted_by", "_index"],
        ["#date", "#indicator", "#indicator", "#x", "#x", "", "", "", "", ""],
        ["2024-11-27T10:00:00", "strongly_agree", "neither_agree_nor_disagree", "very_satisfied",
         "x", "1", "u1", "2024-11-27T10:05:00", "enumerator1", "1"],
        ["2024-11-27T10:10:00", "disagree", "agree", "satisfied", "y", "2", "u2",
         "2024-11-27T10:15:00", "enumerator1", "2"],
    ]  # fmt: skip
    path = write(tmp_path / "kobo.csv", rows, delimiter=";", quote_all=True, line_end="\r\n")
    table = load_table(path)
    assert table.platform == "kobo"
    assert table.first_data_row == 3  # the HXL row is skipped
    assert table.headers[1:5] == ["organised", "included", "satisfaction", "other"]
    assert {table.headers[p] for p, r in table.roles.items() if r == "identifying"} == {
        "_id",
        "_uuid",
        "_submitted_by",
    }
    # XML names match the categories: the questionnaire's ids match the headers
    questionnaire = load_questionnaire(
        Path(__file__).resolve().parent.parent / "surveys" / "questionnaire.toml"
    )
    responses = normalise(table, questionnaire)
    assert responses.item("organised").codes.tolist() == [4, 1]
    assert responses.item("included").codes.tolist() == [2, 3]
    assert responses.item("satisfaction").scale is SATISFACTION5


def test_limesurvey_codes_numbered_text_and_incomplete(tmp_path: Path) -> None:
    rows = [
        ["id", "submitdate", "lastpage", "startlanguage", "seed", "Q1[SQ001]", "1 - " + ORGANISED],
        ["1", "2024-11-27 10:00:00", "2", "fr", "123", "Oui", "Agree"],
        ["2", "", "1", "fr", "456", "Non", ""],
        ["3", "2024-11-27 11:00:00", "2", "fr", "789", "Non", "Strongly agree"],
    ]
    table = load_table(write(tmp_path / "lime.csv", rows, delimiter=";", quote_all=True))
    assert table.platform == "limesurvey"
    assert table.headers[5:] == ["Q1[SQ001]", ORGANISED]  # codes kept, "1 - " stripped
    assert table.status.tolist() == ["", "incomplete", ""]
    responses = normalise(table, Questionnaire())
    assert responses.respondents == 2 and responses.excluded == {"incomplete": 1}
    kept = normalise(table, Questionnaire(), include_incomplete=True)
    assert kept.respondents == 3 and kept.excluded == {}


def test_qualtrics_numeric_status_and_finished(tmp_path: Path) -> None:
    rows = [
        ["StartDate", "Status", "Progress", "Finished", "ResponseId", "Q1_1", "Q1_2"],
        ["Start Date", "Response Type", "Progress", "Finished", "Response ID",
         "Rate the following - Venue", "Rate the following - Food"],
        ['{"ImportId":"startDate"}', '{"ImportId":"status"}', '{"ImportId":"progress"}',
         '{"ImportId":"finished"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1_1"}',
         '{"ImportId":"QID1_2"}'],
        ["2024-11-27", "0", "100", "1", "R_1", "Excellent", "Good"],
        ["2024-11-27", "1", "100", "1", "R_2", "Poor", "Poor"],
        ["2024-11-27", "0", "40", "0", "R_3", "Fair", ""],
        ["2024-11-27", "0", "100", "1", "R_4", "Very good", "Fair"],
    ]  # fmt: skip
    table = load_table(write(tmp_path / "q.csv", rows))
    assert table.platform == "qualtrics"
    assert table.headers[5:] == ["Rate the following [Venue]", "Rate the following [Food]"]
    assert table.status.tolist() == ["", "preview", "incomplete", ""]
    responses = normalise(table, Questionnaire())
    assert responses.excluded == {"preview": 1, "incomplete": 1}
    venue = responses.items[0]
    assert venue.scale is QUALITY5
    assert venue.codes.tolist() == [4, 3]  # Excellent, Very good


def test_duplicates_need_a_submission_stamp(tmp_path: Path) -> None:
    stamped = [["Timestamp", ORGANISED]]
    stamped += [[f"2024/11/27 10:00:{i:02d}", "Agree"] for i in range(4)]
    stamped += [["2024/11/27 10:00:01", "Agree"]]  # row 3 pasted again
    responses = normalise(load_table(write(tmp_path / "a.csv", stamped)), Questionnaire())
    assert (responses.respondents, responses.excluded) == (4, {"duplicate": 1})
    # the same answers without a stamp telling submissions apart are different people
    unstamped = [["Date", ORGANISED]] + [["2024/11/27", "Agree"]] * 5
    responses = normalise(load_table(write(tmp_path / "b.csv", unstamped)), Questionnaire())
    assert (responses.respondents, responses.excluded) == (5, {})


def test_identifying_values_are_recognised_by_their_look(tmp_path: Path) -> None:
    # "Your address" is identifying by its header since issue 14 #13: a header that says
    # nothing of identity ("Connected from") holds the IP addresses
    rows = [["Timestamp", "Contact (optional)", "Connected from", ORGANISED]]
    rows += [["2024", f"p{i}@example.org", f"10.0.0.{i}", "Agree"] for i in range(4)]
    responses = normalise(load_table(write(tmp_path / "f.csv", rows)), Questionnaire())
    roles = {c.header: (c.role, c.how) for c in responses.columns}
    assert roles["Contact (optional)"][0] == "identifying"
    assert roles["Connected from"] == ("identifying", "answers look like e-mail or IP addresses")


def test_label_normalisation_runs_once_per_distinct_value(tmp_path: Path, monkeypatch) -> None:
    values = ["Agree", "Strongly agree", "Disagree", "N/A", ""] * 4000
    rows = [["Timestamp", ORGANISED]] + [[f"t{i}", v] for i, v in enumerate(values)]
    path = write(tmp_path / "big.csv", rows)
    calls = {"n": 0}
    original = Scale.index_of

    def counting(self: Scale, value: str, *, numeric: bool = False) -> int | None:
        calls["n"] += 1
        return original(self, value, numeric=numeric)

    monkeypatch.setattr(Scale, "index_of", counting)
    responses = normalise(load_table(path), Questionnaire())
    assert responses.respondents == 16_000  # the 4,000 blank rows are empty
    assert calls["n"] < 200  # detection tries each distinct value on each scale; coding once each
    item = responses.items[0]
    assert np.count_nonzero(item.codes == NOT_APPLICABLE) == 4000


# ---------------------------------------------------------------------------- scales


@pytest.mark.parametrize(
    ("scale", "label", "category"),
    [
        (SATISFACTION5, "Très satisfaite", "very_satisfied"),
        (SATISFACTION5, "Satisfait·e", "satisfied"),
        (SATISFACTION5, "Pas du tout satisfait(e)", "very_dissatisfied"),
        (SATISFACTION5, "Completely Dissatisfied", "very_dissatisfied"),
        (SATISFACTION5, "Somewhat Satisfied", "satisfied"),
        (FAVOURABILITY5, "Neither favorably nor unfavorably (neutral)", "neutral"),
        (FAVOURABILITY5, "Somewhat favorably", "favourable"),
        (QUALITY5, "Très bon", "very_good"),
        (QUALITY5, "Passable", "fair"),
    ],
)
def test_new_scale_labels(scale: Scale, label: str, category: str) -> None:
    index = scale.index_of(label)
    assert index is not None and scale.categories[index].id == category


@pytest.mark.parametrize(
    "label",
    ["Unfamiliar (N/A)", "I don't know this tool", "I know but never used this tool",
     "Did not use (N/A)", "Je ne connais pas cet outil", "Sans objet", "N/A"],
)  # fmt: skip
def test_not_applicable_inside_a_label(label: str) -> None:
    assert is_not_applicable(fold(label))


@pytest.mark.parametrize("label", ["Nature", "Agree", "Very unfavorably", "Canada", "Neutral"])
def test_not_applicable_is_not_a_substring_match(label: str) -> None:
    assert not is_not_applicable(fold(label))


@pytest.mark.parametrize(
    ("header", "scale_id", "kind", "positive"),
    [
        ("The forum met my expectations (1 = Strongly disagree, 5 = Strongly agree)",
         "agreement_1_5", "agreement", {"4", "5"}),
        ("Satisfaction globale (1 : Pas du tout satisfait, 5 : Très satisfait)",
         "satisfaction_1_5", "satisfaction", {"4", "5"}),
        ("Rate the venue on a scale of 0 to 5", "rating_0_5", "rating", {"4", "5"}),
        ("Note globale sur 10", "rating_0_10", "rating", {"9", "10"}),
        ("Would you recommend the forum? (0-10)", "nps", "nps", {"9", "10"}),
        ("Overall rating (1 = Bad, 7 = Great)", "rating_1_7", "rating", {"6", "7"}),
    ],
)  # fmt: skip
def test_numeric_scale_read_from_the_header(
    header: str, scale_id: str, kind: str, positive: set[str]
) -> None:
    found = header_scale(header)
    assert found is not None
    scale, _how = found
    assert (scale.id, scale.kind, set(scale.positive)) == (scale_id, kind, positive)


@pytest.mark.parametrize("header", ["How old are you?", "Année 2019", "Comments (max 500 words)"])
def test_headers_stating_no_scale(header: str) -> None:
    assert header_scale(header) is None


def test_nps_without_a_stated_scale_is_recognised_from_its_answers(tmp_path: Path) -> None:
    rows = [["Timestamp", "How likely are you to recommend the forum?"]]
    rows += [[f"t{i}", v] for i, v in enumerate(["10", "9", "6", "8", "0"])]
    responses = normalise(load_table(write(tmp_path / "f.csv", rows)), Questionnaire())
    [item] = responses.items
    assert item.scale is NPS
    summary = summarize(responses, name="f", file="f.csv")
    # promoters 10, 9 (2); detractors 6, 0 (2); passive 8: NPS = 0 / 5
    assert summary.items[0].nps == Fraction(0)
    assert summary.items[0].share_positive == Fraction(2, 5)
    from forum_eval.present.narrative import item_sentence

    assert item_sentence(summary.items[0], "en").endswith("(2 of 5; Net Promoter Score 0).")
    rows = [["Timestamp", "Would you recommend the forum? (0-10)"]]
    rows += [[f"t{i}", v] for i, v in enumerate(["10", "2", "6", "8"])]
    negative = summarize(
        normalise(load_table(write(tmp_path / "g.csv", rows)), Questionnaire()),
        name="g",
        file="g.csv",
    )
    # promoters 1, detractors 2 of 4: −25
    assert negative.items[0].nps == Fraction(-1, 4)
    assert item_sentence(negative.items[0], "en").endswith("(1 of 4; Net Promoter Score −25).")


def test_scale_declared_on_the_command_line() -> None:
    target, scale = parse_scale_option(
        "Lunch=Bland|Tasty|Delicious;positive=Tasty|Delicious;na=Skipped it"
    )
    assert target == "lunch"
    assert scale.ids == ("bland", "tasty", "delicious")
    assert scale.positive == {"tasty", "delicious"}
    assert scale.not_applicable == {"skipped it"}
    for bad in ("Lunch", "Lunch=Bland;positive=Bland", "Lunch=A|B|C;positive=D", "Lunch=A|B|C", "=A|B;positive=B",
                "Lunch=A|B;colour=B"):  # fmt: skip
        with pytest.raises(UsageError):
            parse_scale_option(bad)


def test_scale_declared_in_the_questionnaire(tmp_path: Path) -> None:
    (tmp_path / "q.toml").write_text(
        """
[[scale]]
id = "lunch"
labels = ["Bland", "Tasty", "Delicious"]
positive = ["Tasty", "Delicious"]
not_applicable = ["Skipped it"]

[[item]]
id = "lunch"
kind = "declared"
scale = "lunch"
question = { en = "How was lunch?", fr = "Comment était le dîner ?" }

[[item]]
id = "venue"
kind = "satisfaction"
question = { en = "How satisfied were you with the venue?", fr = "Satisfaction : lieu" }
""",
        encoding="utf-8",
    )
    questionnaire = load_questionnaire(tmp_path / "q.toml")
    assert questionnaire.get("venue").scale is SATISFACTION5
    rows = [["Timestamp", "How was lunch?", "Satisfaction : lieu"]]
    rows += [
        ["t1", "Tasty", "Très satisfait"],
        ["t2", "Skipped it", "Insatisfaite"],
        ["t3", "Bland", ""],
    ]
    responses = normalise(load_table(write(tmp_path / "f.csv", rows)), questionnaire)
    assert responses.item("lunch").codes.tolist() == [1, NOT_APPLICABLE, 0]
    assert responses.item("venue").codes.tolist() == [4, 1, BLANK]
    (tmp_path / "bad.toml").write_text(
        '[[scale]]\nid = "x"\nlabels = ["A", "B"]\npositive = ["C"]\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="not among the labels"):
        load_questionnaire(tmp_path / "bad.toml")


def test_a_declared_scale_overrides_detection(tmp_path: Path) -> None:
    rows = [["Timestamp", "Catering"]]
    rows += [["t1", "Good"], ["t2", "Fair"], ["t3", "Okay"], ["t4", "Excellent"]]
    path = write(tmp_path / "f.csv", rows)
    # three labels of the quality scale and one stray: read as quality, "Okay" is an error
    with pytest.raises(InputError, match='row 4: "Okay" is not on the quality5 scale'):
        normalise(load_table(path), Questionnaire())
    lenient = normalise(load_table(path), Questionnaire(), lenient=True)
    assert lenient.items[0].codes.tolist() == [2, 1, INVALID, 4]
    assert lenient.invalid == {"catering": 1}
    declared = [parse_scale_option("Catering=Fair|Okay|Good|Excellent;positive=Good|Excellent")]
    responses = normalise(load_table(path), Questionnaire(), scales=declared)
    assert responses.items[0].codes.tolist() == [2, 0, 1, 3]
    assert responses.items[0].item.kind == "declared"


def test_checkbox_answers_are_read_as_multiselect_not_as_comments(tmp_path: Path) -> None:
    sessions = "Which sessions did you attend?"
    answers = ["Opening plenary, Workshop on prevention", "Opening plenary", "Workshop on prevention, Closing panel",
               "Opening plenary, Workshop on prevention, Closing panel", "Closing panel"]  # fmt: skip
    rows = [["Timestamp", ORGANISED, sessions]] + [
        [f"t{i}", "Agree", a] for i, a in enumerate(answers)
    ]
    responses = normalise(load_table(write(tmp_path / "g.csv", rows)), Questionnaire())
    column = next(c for c in responses.columns if c.header == sessions)
    # read as a multi-select question (issue 16; set aside before)
    assert (column.role, column.how) == (
        "multiselect",
        "several options per answer, joined in one cell (options that recur in other combinations)",
    )
    assert responses.comments == []
    # hand count of the five answers above: Opening plenary 3, Workshop 3, Closing panel 3
    (checkbox,) = responses.multiselect
    assert checkbox.options == ("Opening plenary", "Workshop on prevention", "Closing panel")
    assert checkbox.ticked.sum(axis=0).tolist() == [3, 3, 3]
    assert checkbox.ticked.any(axis=1).sum() == 5
    # real comments with commas stay comments
    comments = ["More time for questions, please.", "Better sound, and shorter lunch.",
                "The interpretation was weak, sadly.", "Invite survivors, with support."]  # fmt: skip
    rows = [["Timestamp", ORGANISED, "Comments"]] + [
        [f"t{i}", "Agree", c] for i, c in enumerate(comments)
    ]
    responses = normalise(load_table(write(tmp_path / "h.csv", rows)), Questionnaire())
    assert [c.header for c in responses.comments] == ["Comments"]


def _minimal_ods(rows: list[list[str]]) -> bytes:
    """An OpenDocument spreadsheet with one sheet, as LibreOffice would save it (reduced)."""
    import zipfile
    from xml.sax.saxutils import escape

    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Réponses">{cells}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def test_opendocument_spreadsheet(tmp_path: Path) -> None:
    rows = [["Horodateur", "Le forum était bien organisé."], ["2024-11-27 10:00:01", "Tout à fait d'accord"],
            ["2024-11-27 10:00:02", "En désaccord"], ["2024-11-27 10:00:03", "D'accord"]]  # fmt: skip
    path = tmp_path / "reponses.ods"
    path.write_bytes(_minimal_ods(rows))
    table = load_table(path)
    assert (table.info["format"], table.info["sheet"], table.platform) == (
        "ods",
        "Réponses",
        "google-forms",
    )
    questionnaire = load_questionnaire(
        Path(__file__).resolve().parent.parent / "surveys" / "questionnaire.toml"
    )
    assert normalise(table, questionnaire).item("organised").codes.tolist() == [4, 1, 3]


def test_microsoft_forms_likert_rows_either_spelling() -> None:
    from forum_eval.read.platforms.microsoft_forms import _likert_rows

    headers = ["Rate the following - Venue", "Rate the following - Food", "Name - a lone dash",
               "Rate these.Talks", "Rate these.Panels", ORGANISED]  # fmt: skip
    assert _likert_rows(headers) == [
        "Rate the following [Venue]",
        "Rate the following [Food]",
        "Name - a lone dash",
        "Rate these [Talks]",
        "Rate these [Panels]",
        ORGANISED,
    ]


def test_a_scale_declared_for_every_column(tmp_path: Path) -> None:
    rows = [["Timestamp", "Lunch", "Dinner", "Room number"]]
    rows += [
        ["t1", "Tasty", "Bland", "2"],
        ["t2", "Delicious", "Tasty", "3"],
        ["t3", "Bland", "", "1"],
    ]
    declared = [parse_scale_option("*=Bland|Tasty|Delicious;positive=Tasty|Delicious")]
    responses = normalise(
        load_table(write(tmp_path / "f.csv", rows)), Questionnaire(), scales=declared
    )
    assert [(i.header, i.codes.tolist()) for i in responses.items] == [
        ("Lunch", [1, 2, 0]),
        ("Dinner", [0, 1, BLANK]),
    ]
    # numbers are not read as the declared labels' positions
    assert next(c for c in responses.columns if c.header == "Room number").role == "ignored"


def test_repeated_question_texts_are_both_kept(tmp_path: Path) -> None:
    # Google Forms keeps two questions with the same title as two columns of the same name
    rows = [["Timestamp", "Was it useful?", "Was it useful?"]]
    rows += [["t1", "Yes", "No"], ["t2", "Yes", "Yes"], ["t3", "No", "No"]]
    responses = normalise(load_table(write(tmp_path / "f.csv", rows)), Questionnaire())
    assert [(i.item.id, i.codes.tolist()) for i in responses.items] == [
        ("was_it_useful", [1, 1, 0]),
        ("was_it_useful_3", [0, 1, 0]),
    ]


def test_title_rows_above_the_header_are_skipped(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Évaluation du forum 2024"])
    sheet.append(["Saisie des formulaires papier"])
    sheet.append([])
    sheet.append(["Répondant·e", ORGANISED])
    sheet.append([1, "Agree"])
    sheet.append([2, "Disagree"])
    book.save(tmp_path / "typed.xlsx")
    table = load_table(tmp_path / "typed.xlsx")
    assert table.headers == ["Répondant·e", ORGANISED]
    assert (table.first_data_row, table.info["title_rows"]) == (5, "3")
    assert table.frame[1].tolist() == ["Agree", "Disagree"]
    # in a CSV saved from such a sheet, the title rows carry empty cells
    path = write(
        tmp_path / "typed.csv",
        [["Evaluation 2024", ""], ["", ""], ["ID", ORGANISED], ["1", "Agree"]],
    )
    table = load_table(path)
    assert (table.headers, table.first_data_row) == (["ID", ORGANISED], 4)


def test_identifying_headers_are_not_over_matched(tmp_path: Path) -> None:
    rows = [
        ["Timestamp", "Your name (optional)", "Name one thing you learned", "Email me the slides?"]
    ]
    rows += [
        ["t1", "Ana Lima", "How to spot the signs of forced labour in farms.", "Yes"],
        ["t2", "", "That shelters need more French-speaking staff.", "No"],
        ["t3", "Bo Chen", "The new federal hotline and its hours of service.", "Yes"],
    ]
    responses = normalise(load_table(write(tmp_path / "f.csv", rows)), Questionnaire())
    roles = {c.header: c.role for c in responses.columns}
    assert roles == {
        "Timestamp": "metadata",
        "Your name (optional)": "identifying",
        "Name one thing you learned": "comment",
        "Email me the slides?": "item",
    }


def test_dates_and_times_are_metadata_never_comments(tmp_path: Path) -> None:
    """Issue 13/17: a column of ISO 8601 date-times (KoboToolbox "datetime", "Todays date and
    time") or platform dates is metadata, not an open comment (SYNTHETIC rows)."""
    rows = [["Timestamp", "Was it useful?", "datetime", "Todays date and time", "Day"]]
    rows += [
        ["t1", "Yes", "2021-07-21T11:17:00.000+02:00", "2021/07/21 4:05:02 PM EST", "2021-07-21"],
        ["t2", "No", "2021-07-22T09:01:30.250+02:00", "2021/07/22 10:15:00 AM EST", ""],
        ["t3", "Yes", "", "2021/07/23 1:00:59 PM EST", "2021-07-23"],
    ]
    responses = normalise(load_table(write(tmp_path / "f.csv", rows)), Questionnaire())
    roles = {c.header: (c.role, c.how) for c in responses.columns}
    assert roles["datetime"] == ("metadata", "dates and times")
    assert roles["Todays date and time"] == ("metadata", "dates and times")
    assert roles["Day"] == ("metadata", "dates and times")
    assert responses.comments == []
    assert responses.warnings == []


def test_a_row_counts_if_it_answered_a_column_not_summarised(tmp_path: Path) -> None:
    """Issue 13 case 6: a row whose only answer is in a column that is not read (here a
    nominal question) is a respondent, and the column is named in a warning (SYNTHETIC rows;
    by hand: 3 rows, each answers something → 3 respondents, none empty)."""
    rows = [["Timestamp", "Was it useful?", "Favourite colour"]]
    rows += [["t1", "Yes", "Blue"], ["t2", "", "Green"], ["t3", "No", ""]]
    responses = normalise(load_table(write(tmp_path / "f.csv", rows)), Questionnaire())
    assert (responses.respondents, responses.excluded) == (3, {})
    assert [i.codes.tolist() for i in responses.items] == [[1, BLANK, 0]]
    assert any('column "Favourite colour" is not summarised' in w for w in responses.warnings)


def test_grid_rows_share_one_scale_and_are_labelled_by_their_row(tmp_path: Path) -> None:
    """Issue 13: the rows of a grid are read on one scale chosen for their labels together
    (SYNTHETIC rows): the "Meals" row, where nobody chose a positive label, has the same
    levels as "Venue" and a share of 0 (by hand: Meals 0 positive of 3), not "no share"."""
    grid = "How pleasant was each part?"
    rows = [["Timestamp", f"{grid} [Venue]", f"{grid} [Meals]"]]
    rows += [
        ["t1", "Très agréable", "Plutôt désagréable"],
        ["t2", "Plutôt agréable", "Indifférent"],
        ["t3", "Indifférent", "Plutôt désagréable"],
        ["t4", "Plutôt désagréable", ""],
    ]
    responses = normalise(load_table(write(tmp_path / "f.csv", rows)), Questionnaire())
    venue, meals = responses.items
    assert venue.scale == meals.scale
    assert venue.scale.labels("fr") == (
        "Plutôt désagréable",
        "Indifférent",
        "Plutôt agréable",
        "Très agréable",
    )
    assert (venue.item.label["en"], venue.group) == ("Venue", grid)
    assert (meals.item.label["en"], meals.group) == ("Meals", grid)
    assert meals.codes.tolist() == [0, 1, 0, BLANK]
    summary = summarize(responses, name="f", file="f.csv")
    assert (summary.items[1].n_positive, summary.items[1].n_valid) == (0, 3)
