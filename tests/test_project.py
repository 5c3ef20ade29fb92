"""The project file (forum-eval.toml), `forum-eval init` and `forum-eval add` (issue 15).

The exports added here are the fixtures of tests/data/exports/: SYNTHETIC (invented answers,
see build_exports.py), so every edition added from them is recorded with data = "synthetic".
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.config.codebook import load_codebook
from forum_eval.config.project import (
    EDITION_KEYS,
    ENV_VAR,
    EVENT_KEYS,
    parse_project,
    read_project,
    toml_string,
)
from forum_eval.config.questionnaire import load_questionnaire
from forum_eval.config.registry import load_registry, resolve
from tests.conftest import ROOT

runner = CliRunner()
EXPORTS = ROOT / "tests" / "data" / "exports"
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _no_project_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


# A valid value of every key, as written in the file. Adding a key to the parser without
# adding it here (and to the README) fails test_every_key_is_accepted.
EVENT_VALUES = {
    "name_en": '"MedInTech trade fair"',
    "name_fr": '"Salon MedInTech"',
    "organisation": '"MedInTech Association"',
    "language": '"fr"',
}
EDITION_VALUES = {
    "year": "2024",
    "name": '"MedInTech 2024"',
    "date": '"2024-11-27"',
    "city": '"Paris"',
    "region": '"IDF"',
    "province": '"IDF"',  # the other name of region: written in a second edition below
    "country": '"France"',
    "attendees": "120",
    "file": '"responses/2024.csv"',
    "data": '"synthetic"',
    "note": '"Invented answers."',
    "lenient": "true",
    "numeric_codes": "true",
    "include_incomplete": "true",
    "sheet": '"Réponses"',
    "from": '"qualtrics"',
    "scale": '["Repas=Médiocre|Correct|Bon;positive=Bon", "*=Non|Oui;positive=Oui"]',
}
# a plausible misspelling of every key, and its line in project_text()
TYPOS = {
    "name_en": "nameen",
    "name_fr": "name_fe",
    "organisation": "organization",
    "language": "langage",
    "year": "yaer",
    "name": "nmae",
    "date": "dates",
    "city": "cty",
    "region": "regoin",
    "province": "provnice",
    "country": "contry",
    "attendees": "attendes",
    "file": "flie",
    "data": "dta",
    "note": "notes",
    "lenient": "lenent",
    "numeric_codes": "numeric_code",
    "include_incomplete": "include_incompletes",
    "sheet": "shet",
    "from": "form",
    "scale": "scales",
}
# a value of the wrong type for every key
WRONG = {
    "name_en": "12",
    "name_fr": "true",
    "organisation": "[1]",
    "language": '"de"',
    "year": '"2024"',
    "name": "1",
    "date": '"27 November 2024"',
    "city": "1",
    "region": "2",
    "province": "3",
    "country": "false",
    "attendees": '"120"',
    "file": "7",
    "data": '"real"',
    "note": "1.5",
    "lenient": '"yes"',
    "numeric_codes": "1",
    "include_incomplete": '"true"',
    "sheet": "true",
    "from": "0",
    "scale": "3",
}


def project_text(event: dict[str, str], edition: dict[str, str]) -> tuple[str, dict[str, int]]:
    """A project file with these keys (in this order), and the line number of each."""
    lines = ["# a comment", "[event]"]
    where: dict[str, int] = {}
    for key, value in event.items():
        lines.append(f"{key} = {value}")
        where[key] = len(lines)
    lines += ["", "[[edition]]", "year = 2023", "", "[[edition]]"]
    for key, value in edition.items():
        lines.append(f"{key} = {value}  # a comment")
        where[key] = len(lines)
    return "\n".join(lines) + "\n", where


def test_every_key_is_accepted() -> None:
    assert set(EVENT_VALUES) == set(EVENT_KEYS)
    assert set(EDITION_VALUES) == set(EDITION_KEYS)
    edition = {k: v for k, v in EDITION_VALUES.items() if k != "province"}
    text, _ = project_text(EVENT_VALUES, edition)
    text += '\n[[edition]]\nyear = 2019\nprovince = "ON"\n'
    project = parse_project(text, Path("/p/forum-eval.toml"))
    assert project.event is not None
    assert (project.event.name("en"), project.event.name("fr")) == (
        "MedInTech trade fair",
        "Salon MedInTech",
    )
    assert project.event.organisation == "MedInTech Association"
    assert project.event.language == "fr"
    assert [e.year for e in project.editions] == [2019, 2023, 2024]
    assert project.editions[0].province == "ON"
    assert project.editions[1].city == "" and project.editions[1].attendees is None
    e = project.editions[2]
    assert (e.name, e.date, e.city, e.region, e.country) == (
        "MedInTech 2024",
        "2024-11-27",
        "Paris",
        "IDF",
        "France",
    )
    assert (e.attendees, e.file, e.data, e.note) == (
        120,
        Path("/p/responses/2024.csv"),
        "synthetic",
        "Invented answers.",
    )
    r = e.reading
    assert (r.lenient, r.numeric_codes, r.include_incomplete) == (True, True, True)
    assert (r.sheet, r.platform) == ("Réponses", "qualtrics")
    assert r.scales == ("Repas=Médiocre|Correct|Bon;positive=Bon", "*=Non|Oui;positive=Oui")
    assert e.event == project.event


def test_every_key_is_documented_in_the_readme() -> None:
    section = README.split("### Project file", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([a-z_]+)` \| `\[+(event|edition)\]+` \|", section, flags=re.M)
    documented = {(table, key) for key, table in rows}
    parsed = {("event", k) for k in EVENT_KEYS} | {("edition", k) for k in EDITION_KEYS}
    assert documented == parsed
    assert len(rows) == len(documented)  # no key twice
    # the README's example is a valid project file
    example = re.findall(r"```toml\n(.*?)```", section, flags=re.S)
    assert len(example) == 1
    project = parse_project(example[0], Path("forum-eval.toml"))
    assert project.editions[0].reading.scales


def _error_line(result) -> str:
    lines = result.stderr.splitlines()
    assert result.exit_code == 1, result.output
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("key", sorted(TYPOS))
def test_a_typo_in_any_key_is_one_error_with_its_line_and_the_key_meant(
    key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = {TYPOS[k] if k == key else k: v for k, v in EVENT_VALUES.items()}
    other_name = "region" if key == "province" else "province"  # one of the two only
    edition = {TYPOS[k] if k == key else k: v for k, v in EDITION_VALUES.items() if k != other_name}
    text, where = project_text(event, edition)
    (tmp_path / "forum-eval.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    line = _error_line(runner.invoke(app, ["summarize", "2023"]))
    assert f"forum-eval.toml, line {where[TYPOS[key]]}" in line
    assert f"unknown key `{TYPOS[key]}`" in line
    assert f"did you mean `{key}`?" in line.lower()


@pytest.mark.parametrize("key", sorted(WRONG))
def test_a_wrong_type_in_any_key_is_one_error_with_its_line(
    key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = {k: WRONG[k] if k == key else v for k, v in EVENT_VALUES.items()}
    other_name = "region" if key == "province" else "province"  # one of the two only
    edition = {k: WRONG[k] if k == key else v for k, v in EDITION_VALUES.items() if k != other_name}
    text, where = project_text(event, edition)
    (tmp_path / "forum-eval.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    line = _error_line(runner.invoke(app, ["summarize", "2023"]))
    assert f"forum-eval.toml, line {where[key]}" in line
    assert f"`{key}` must be" in line


def test_an_unknown_table_and_a_missing_year_are_errors_too(tmp_path: Path) -> None:
    path = tmp_path / "forum-eval.toml"
    path.write_text('[evnt]\nname_en = "x"\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"line 1: unknown key `evnt`\. Did you mean `event`\?"):
        read_project(path)
    path.write_text('[[edition]]\nyear = 2023\n\n[[edition]]\ncity = "Lyon"\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"line 4: this \[\[edition\]\] has no `year`"):
        read_project(path)
    path.write_text("[[edition]]\nyear = 2023\n[[edition]]\nyear = 2023\n", encoding="utf-8")
    with pytest.raises(Exception, match="edition 2023 is listed twice"):
        read_project(path)


# --- finding the project -------------------------------------------------------------------


def _project_with_2023(folder: Path, attendees: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "forum-eval.toml").write_text(
        f'[[edition]]\nyear = 2023\nattendees = {attendees}\nfile = "g.csv"\ndata = "synthetic"\n',
        encoding="utf-8",
    )
    (folder / "g.csv").write_bytes((EXPORTS / "google_forms.csv").read_bytes())
    return folder


def _attendees_of_2023(args: list[str]) -> int:
    result = runner.invoke(app, ["summarize", "2023", "--format", "json", *args])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["attendees"]


def test_the_project_is_found_from_a_sub_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = _project_with_2023(tmp_path / "event", 30) / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert _attendees_of_2023([]) == 30


def test_the_environment_variable_names_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project_with_2023(tmp_path / "here", 30)
    there = _project_with_2023(tmp_path / "there", 40)
    monkeypatch.chdir(tmp_path / "here")
    assert _attendees_of_2023([]) == 30
    monkeypatch.setenv(ENV_VAR, str(there))
    assert _attendees_of_2023([]) == 40  # the environment beats the folder walk
    monkeypatch.setenv(ENV_VAR, str(there / "forum-eval.toml"))
    assert _attendees_of_2023([]) == 40
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere"))
    line = _error_line(runner.invoke(app, ["summarize", "2023"]))
    assert f"{ENV_VAR}: no project file at" in line


def test_surveys_dir_and_the_project_argument(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = _project_with_2023(tmp_path / "here", 30)
    there = _project_with_2023(tmp_path / "there", 40)
    monkeypatch.chdir(here)
    assert _attendees_of_2023(["--surveys-dir", str(there)]) == 40
    assert resolve("2023", Path("surveys"), project=there).edition.attendees == 40  # type: ignore[union-attr]
    assert load_registry(Path("surveys")).file == here / "forum-eval.toml"
    # a plain file takes the project's questionnaire
    (there / "questionnaire.toml").write_text("", encoding="utf-8")
    assert resolve("x.csv", Path("surveys"), project=there).questionnaire == (
        there / "questionnaire.toml"
    )


def test_the_bundled_sample_still_reads_from_the_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    registry = load_registry(Path("surveys"))
    assert registry.file == Path("surveys") / "forums.toml"
    # hand count of surveys/forums.toml: 8 editions, 4 with a response file; 2019: 80 attendees
    assert len(registry.editions) == 8 and len(registry.with_responses()) == 4
    assert registry.get(2019).attendees == 80


# --- init and add --------------------------------------------------------------------------


def test_init_writes_three_files_that_load(tmp_path: Path) -> None:
    folder = tmp_path / "event"
    result = runner.invoke(app, ["init", str(folder), "--lang", "fr"])
    assert result.exit_code == 0, result.stderr
    project = read_project(folder / "forum-eval.toml")
    assert project.event is not None and project.event.language == "fr"
    assert project.editions == ()
    assert "Fichier de projet" in (folder / "forum-eval.toml").read_text(encoding="utf-8")
    items = load_questionnaire(folder / "questionnaire.toml").items
    assert {i.id for i in items} == {
        "organised",
        "content",
        "speakers",
        "question_time",
        "included",
        "accessibility",
        "language_access",
        "expectations",
        "recommend",
        "intend_to_act",
        "comments",
    }
    assert all(set(i.label) == {"en", "fr"} for i in items)
    themes = {t.id for t in load_codebook(folder / "codebook.toml").themes}
    assert {"logistics", "pace", "question_time", "speakers", "language_access"} <= themes
    assert "work_permits" not in themes  # not the bundled forum's codebook


def test_init_writes_nothing_over_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "codebook.toml").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path)])
    line = _error_line(result)
    assert str(tmp_path / "codebook.toml") in line
    assert (tmp_path / "codebook.toml").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "forum-eval.toml").exists()


def _add(*args: str):
    return runner.invoke(app, ["add", *args])


@pytest.fixture
def event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An initialised project (English) with two SYNTHETIC editions added from a sub-folder."""
    folder = tmp_path / "event"
    assert runner.invoke(app, ["init", str(folder), "--lang", "en"]).exit_code == 0
    (folder / "work").mkdir()
    monkeypatch.chdir(folder / "work")
    before = (folder / "forum-eval.toml").read_text(encoding="utf-8")
    first = _add(
        "2023",
        str(EXPORTS / "google_forms.csv"),
        "--attendees",
        "30",
        "--city",
        'Lyon "centre"',
        "--date",
        "2023-10-12",
        "--data",
        "synthetic",
    )
    assert first.exit_code == 0, first.stderr
    second = _add(
        "2024", str(EXPORTS / "qualtrics.csv"), "--attendees", "20", "--data", "synthetic"
    )
    assert second.exit_code == 0, second.stderr
    after = (folder / "forum-eval.toml").read_text(encoding="utf-8")
    assert after.startswith(before)  # the comments and the [event] table are kept
    return folder


def test_add_copies_the_exports_and_records_the_editions(event: Path) -> None:
    assert (event / "responses" / "2023.csv").read_bytes() == (
        EXPORTS / "google_forms.csv"
    ).read_bytes()
    assert (event / "responses" / "2024.csv").read_bytes() == (
        EXPORTS / "qualtrics.csv"
    ).read_bytes()
    editions = read_project(event / "forum-eval.toml").editions
    assert [(e.year, e.attendees, e.data) for e in editions] == [
        (2023, 30, "synthetic"),
        (2024, 20, "synthetic"),
    ]
    assert editions[0].city == 'Lyon "centre"' and editions[0].date == "2023-10-12"
    assert editions[1].file == event / "responses" / "2024.csv"


def test_compare_reads_both_years_from_the_project_each_with_its_attendees(event: Path) -> None:
    result = runner.invoke(app, ["compare", "2023", "2024", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    # Hand count (build_exports.py, checked with the csv module): google_forms.csv has 14
    # data rows, one exact duplicate and one empty → 12 respondents; qualtrics.csv has 14
    # data rows under its 3 header rows, one preview, one unfinished (and the empty one) →
    # 12. Rates: 12/30 = 0.4 and 12/20 = 0.6, each from its own edition's attendees.
    editions = {e["name"]: e for e in data["editions"]}
    assert (editions["2023"]["respondents"], editions["2023"]["attendees"]) == (12, 30)
    assert (editions["2024"]["respondents"], editions["2024"]["attendees"]) == (12, 20)
    rate = data["pairs"][0]["response_rate"]
    assert (rate["a"]["rate"], rate["b"]["rate"]) == (0.4, 0.6)
    assert rate["difference"] == pytest.approx(0.2)
    # the starter questionnaire's items matched the fixtures' headers
    assert {"organised", "included", "accessibility", "recommend"} <= {
        i["id"] for i in data["items"]
    }
    assert runner.invoke(app, ["trend", "--format", "json"]).exit_code == 0


def test_add_refuses_a_year_twice_and_a_different_file_in_the_way(event: Path) -> None:
    line = _error_line(_add("2024", str(EXPORTS / "google_forms.csv")))
    assert "edition 2024 is already there" in line
    (event / "responses" / "2025.csv").write_text("other", encoding="utf-8")
    result = _add("2025", str(EXPORTS / "google_forms.csv"))
    assert result.exit_code == 1
    assert "2025.csv already exists and differs" in result.stderr
    assert (event / "responses" / "2025.csv").read_text(encoding="utf-8") == "other"
    assert [e.year for e in read_project(event / "forum-eval.toml").editions] == [2023, 2024]


def test_add_refuses_what_summarize_would_refuse_with_validates_report(event: Path) -> None:
    before = (event / "forum-eval.toml").read_text(encoding="utf-8")
    bad = ROOT / "tests" / "data" / "bad" / "off_scale_value.csv"
    result = _add("2025", str(bad))
    assert result.exit_code == 1
    assert "summarize would stop" in result.stderr  # validate's report
    assert result.stderr.splitlines()[-1].startswith("Error: ")
    assert (event / "forum-eval.toml").read_text(encoding="utf-8") == before
    assert not (event / "responses" / "2025.csv").exists()
    # with the option that makes it work, it is added and the option is saved
    result = _add("2025", str(bad), "--lenient", "--data", "synthetic")
    assert result.exit_code == 0, result.stderr
    added = read_project(event / "forum-eval.toml").editions[-1]
    assert (added.year, added.reading.lenient) == (2025, True)


def test_the_saved_reading_options_are_honoured(event: Path) -> None:
    bad = ROOT / "tests" / "data" / "bad" / "off_scale_value.csv"
    assert _add("2025", str(bad), "--lenient", "--data", "synthetic").exit_code == 0
    result = runner.invoke(app, ["summarize", "2025", "--format", "json"])
    assert result.exit_code == 0, result.stderr


def test_add_with_the_project_option_from_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "event"
    assert runner.invoke(app, ["init", str(folder)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    line = _error_line(_add("2023", str(EXPORTS / "google_forms.csv")))
    assert "no forum-eval.toml in" in line and "forum-eval init" in line
    result = _add(
        "2023", str(EXPORTS / "kobo.csv"), "--project", str(folder), "--data", "synthetic"
    )
    assert result.exit_code == 0, result.stderr
    assert (
        read_project(folder / "forum-eval.toml").editions[0].file == folder / "responses/2023.csv"
    )


@given(st.text())
def test_strings_are_written_as_toml_reads_them(text: str) -> None:
    assert tomllib.loads(f"key = {toml_string(text)}")["key"] == text


def test_add_refuses_fewer_attendees_than_respondents(event: Path) -> None:
    """A response rate above 100 % is never a figure (issue 14 #9): nothing is written."""
    # kobo.csv: the same 12 respondents (build_exports.py)
    before = sorted(p.relative_to(event) for p in event.rglob("*"))
    text = (event / "forum-eval.toml").read_text(encoding="utf-8")
    result = _add("2025", str(EXPORTS / "kobo.csv"), "--attendees", "5", "--data", "synthetic")
    assert result.exit_code == 2, result.stderr
    assert "--attendees 5: attendees must be at least the respondents (12)" in result.stderr
    assert (event / "forum-eval.toml").read_text(encoding="utf-8") == text
    assert sorted(p.relative_to(event) for p in event.rglob("*")) == before


def test_a_project_file_with_fewer_attendees_than_respondents_is_refused(event: Path) -> None:
    """The count a project file gives is checked too: one Error line, exit 1, no figure."""
    path = event / "forum-eval.toml"
    text = path.read_text(encoding="utf-8")
    assert "attendees = 30" in text  # the 2023 edition of the fixture
    path.write_text(text.replace("attendees = 30", "attendees = 5"), encoding="utf-8")
    for command in (["summarize", "2023"], ["compare", "2023", "2024"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 1, (command, result.stdout)
        assert result.stderr.startswith("Error: 2023: 12 respondents but 5 attendees"), (
            result.stderr
        )
        assert "240%" in result.stderr  # 12 / 5, by hand


def test_init_follows_the_locale_without_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert runner.invoke(app, ["init", str(tmp_path)]).exit_code == 0
    event = read_project(tmp_path / "forum-eval.toml").event
    assert event is not None and event.language == "fr"


def test_add_leaves_a_file_already_in_the_project_where_it_is(event: Path) -> None:
    mine = event / "exports" / "mine.csv"
    mine.parent.mkdir()
    mine.write_bytes((EXPORTS / "google_forms.csv").read_bytes())
    result = _add("2026", str(mine), "--data", "synthetic")
    assert result.exit_code == 0, result.stderr
    assert read_project(event / "forum-eval.toml").editions[-1].file == mine
    assert not (event / "responses" / "2026.csv").exists()
    assert 'file = "exports/mine.csv"' in (event / "forum-eval.toml").read_text(encoding="utf-8")
