"""Issue 13, "Honest on real exports": what forum-eval prints for the SYNTHETIC fixtures of
tests/data/real_shapes/ (the exact shapes of real Qualtrics, LimeSurvey, Google Forms and
SurveyMonkey exports, with invented answers; see the README there) against the counts a
person gets by reading the same files with Python's csv module.

Every expected number is counted here from the file, independently of forum_eval (``read``
and ``hand_count`` below use only csv), and checked against the numbers written by hand in
tests/real_shapes_expected.py. A test that today's code fails is marked
``xfail(strict=True, reason="issue 13: …")`` with what is wrong today: it turns into a failure
the moment the fix lands, and the marker is then removed.

How a JSON item is read (the contract issue 13 asks for; adapt ``level_names`` if the
fix chooses another shape):

- ``counts`` lists the levels in scale order, negative → positive;
- ``levels`` (new) has one entry per key of ``counts``, in the same order: the label as the
  form showed it, a string or an object with a ``label``;
- ``positive_labels`` (new) are keys of ``counts`` whose counts add up to ``n_positive``;
- a grid row is an item labelled by its row, with the question as its ``group``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.config.labels import Reading, read_labels
from tests.conftest import ROOT, SURVEYS
from tests.real_shapes_expected import (
    COMMENTS,
    DROPPED,
    ENGLISH,
    FIXTURES,
    FRENCH,
    GRID_29,
    INVENTED,
    MULTI,
    NOMINAL,
    RATING_0_10,
    RATINGS,
    STRAY,
    Fixture,
    Rating,
)

DATA = ROOT / "tests" / "data" / "real_shapes"
runner = CliRunner()

# --------------------------------------------------------------- reading with csv only

_INCLUSIVE = re.compile(r"(?:[·.\-/]e|\(e\))(?=\W|$)")


def fold_label(text: str) -> str:
    """A label folded for case, accents and inclusive writing only: "Très satisfait·e",
    "très satisfait(e)", "Tres satisfait/e" → "tres satisfaite"."""
    text = _INCLUSIVE.sub("e", text.strip())
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


@dataclass
class Sheet:
    """A fixture as a person reads it: headers, the rows that count and why others do not."""

    headers: list[str]
    #: positions of the question columns (not timestamps, dates, IDs, status …)
    questions: list[int]
    respondents: list[list[str]]
    excluded: dict[str, int] = field(default_factory=dict)

    def column(self, header: str) -> list[str]:
        position = self.headers.index(header)
        return [row[position].strip() for row in self.respondents]


def read(fixture: Fixture) -> Sheet:
    """Read a fixture with the csv module and the platform's documented rules."""
    text = (DATA / fixture.file).read_text(encoding="utf-8")
    table = list(csv.reader(io.StringIO(text, newline="")))[fixture.stray_rows :]
    names = table[0]
    if fixture.platform == "google-forms":
        headers, body, meta = table[0], table[1:], {0}  # Timestamp / Horodateur
    elif fixture.platform == "qualtrics":  # names, question texts, ImportId
        headers, body = table[1], table[3:]
        meta = {
            i for i, raw in enumerate(table[2]) if not json.loads(raw)["ImportId"].startswith("QID")
        }
    elif fixture.platform == "limesurvey":
        headers, body, meta = table[0], table[1:], set(range(6))
    elif fixture.platform == "surveymonkey":
        body, meta = table[2:], set(range(9))
        headers, question = [], ""
        for above, below in zip(table[0], table[1], strict=True):
            question = above or question  # a grid's question is only above its first column
            plain = below in ("", "Response", "Open-Ended Response")
            headers.append(question if plain else f"{question} [{below}]")
    else:
        raise AssertionError(fixture.platform)
    questions = [i for i in range(len(headers)) if i not in meta]
    respondents, excluded = [], {}
    for row in body:
        why = None
        if fixture.platform == "qualtrics" and row[names.index("Status")] == "Survey Preview":
            why = "preview"
        elif (fixture.platform == "qualtrics" and row[names.index("Finished")] == "False") or (
            fixture.platform == "limesurvey" and not row[1].strip()
        ):
            why = "incomplete"
        elif not any(row[i].strip() for i in questions):
            why = "empty"
        if why:
            excluded[why] = excluded.get(why, 0) + 1
        else:
            respondents.append(row)
    return Sheet(headers, questions, respondents, excluded)


@dataclass
class Count:
    counts: list[int]
    not_applicable: dict[str, int]
    blank: int
    invalid: list[str]

    @property
    def valid(self) -> int:
        return sum(self.counts)


def hand_count(spec: Rating) -> Count:
    """Count a rating column's answers per label, from the file."""
    values = read(FIXTURES[spec.file]).column(spec.column)
    labels = [fold_label(label) for label in spec.labels]
    nas = {fold_label(label): label for label in spec.not_applicable}
    out = Count([0] * len(labels), dict.fromkeys(spec.not_applicable, 0), 0, [])
    for value in values:
        key = fold_label(value)
        if not value:
            out.blank += 1
        elif key in labels:
            out.counts[labels.index(key)] += 1
        elif key in nas:
            out.not_applicable[nas[key]] += 1
        else:
            out.invalid.append(value)
    return out


def positive_count(spec: Rating, count: Count) -> int:
    assert spec.positive is not None
    return sum(
        n for label, n in zip(spec.labels, count.counts, strict=True) if label in spec.positive
    )


def split_header(fixture: Fixture, header: str) -> tuple[str, str | None]:
    """(question, grid row or None) of a header, platform numbering dropped."""
    if fixture.platform == "limesurvey":
        header = re.sub(r"^\d+ - ", "", header)
    if fixture.platform == "qualtrics" and " - " in header:
        question, row = header.rsplit(" - ", 1)
        return question, row
    found = re.fullmatch(r"(.*\S) \[(.+)\]", header)
    return (found[1], found[2]) if found else (header, None)


# ----------------------------------------------------------------- running forum-eval


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def data(self) -> dict[str, Any]:
        assert self.exit_code == 0, self.stderr
        return json.loads(self.stdout)


class Tool:
    """forum-eval run in process (``--surveys-dir surveys``); each distinct command line runs
    once per module: the files and the program do not change while the tests run."""

    def __init__(self) -> None:
        self.runs: dict[tuple[str, ...], Run] = {}

    def __call__(self, *args: str) -> Run:
        if args not in self.runs:
            result = runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])
            self.runs[args] = Run(result.exit_code, result.stdout, result.stderr)
        return self.runs[args]

    def summarize(self, file: str, *options: str, lenient: bool = True) -> Run:
        """``summarize FILE --format json``, with ``--lenient`` so that one column off a scale
        does not hide the figures of the others (``test_reads_without_lenient`` reads the
        files without it)."""
        lenient_option = ["--lenient"] if lenient else []
        return self("summarize", str(DATA / file), "--format", "json", *lenient_option, *options)

    def validate(self, file: str) -> dict[str, Any]:
        return json.loads(self("validate", str(DATA / file), "--format", "json").stdout)

    def item(self, spec: Rating, *options: str) -> dict[str, Any]:
        item = find_item(self.summarize(spec.file, *options).data, spec.question, spec.row)
        assert item is not None, f"{spec.column!r} is not an item of the summary"
        return item

    def suggestion(self, file: str, header: str) -> str | None:
        """The declaration validate suggests for a column (the text to paste after --scale)."""
        column = next(c for c in self.validate(file)["columns"] if c["header"] == header)
        found = _SUGGESTION.findall(column["note"] or "")
        return found[-1] if found else None


@pytest.fixture(scope="module")
def tool() -> Tool:
    return Tool()


_SUGGESTION = re.compile(r'--scale "((?:[^"\\]|\\.)*)"')


def find_item(summary: dict[str, Any], question: str, row: str | None) -> dict[str, Any] | None:
    for item in summary["items"]:
        label = item["label"].strip()
        if row is None and label == question:
            return item
        if row is not None and (
            label in (f"{question} [{row}]", f"{question} - {row}")
            or (label == row and item.get("group") == question)
        ):
            return item
    return None


def level_names(item: dict[str, Any]) -> list[str]:
    levels = item.get("levels")
    assert levels is not None, "the JSON item has no `levels`"
    return [level if isinstance(level, str) else level["label"] for level in levels]


def marked(
    specs: tuple[Rating, ...] | list[Rating], test: str, default: str | None = None
) -> list[Any]:
    """One parameter per column, xfail (strict) with today's reason where it fails."""
    out = []
    for spec in specs:
        reason = spec.today.get(test, default)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(spec, id=spec.id, marks=marks))
    return out


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# --------------------------------------------------------------- the fixtures themselves


@pytest.mark.parametrize("spec", RATINGS, ids=[s.id for s in RATINGS])
def test_fixture_holds_the_counts_written_here(spec: Rating) -> None:
    """All cases: the csv hand count of each rating column equals the numbers written in
    tests/real_shapes_expected.py (synthetic answers; no forum-eval involved)."""
    count = hand_count(spec)
    assert count.counts == list(spec.counts)
    assert all(count.counts), "every label is chosen at least once (no level left to guess)"
    assert count.not_applicable == spec.not_applicable
    assert (count.blank, len(count.invalid)) == (spec.n_blank, spec.n_invalid)


@pytest.mark.parametrize("fixture", FIXTURES.values(), ids=list(FIXTURES))
def test_fixture_rows(fixture: Fixture) -> None:
    """All cases: respondents and rows not counted, by the csv reading, equal the numbers
    written in tests/real_shapes_expected.py (synthetic files; no forum-eval involved)."""
    sheet = read(fixture)
    assert (len(sheet.respondents), sheet.excluded) == (fixture.respondents, fixture.excluded)


def test_fixtures_are_rebuilt_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All cases: the synthetic fixtures are exactly what build_real_shapes.py writes (the
    script is deterministic, so a change to it shows up as a change of the files)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_real_shapes", DATA / "build_real_shapes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", tmp_path)
    module.main()
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(FIXTURES)
    for name in written:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


# ------------------------------------------------------------------ per rating column


@pytest.mark.parametrize("spec", marked(RATINGS, "counts"))
def test_counts_per_label(spec: Rating, tool: Tool) -> None:
    """Issue 13 cases 1–4, 6–8 ("read every scale as the form showed it, never merge"): the
    item's counts, in scale order, are the csv counts of the form's labels, negative →
    positive, one level per label (levels nobody chose left aside here, see
    test_levels_and_positive_labels); N/A, blanks and invalid cells apart."""
    count = hand_count(spec)
    item = tool.item(spec)
    assert [n for n in item["counts"].values() if n] == count.counts
    assert (item["n_not_applicable"], item["n_blank"], item["n_invalid"]) == (
        sum(count.not_applicable.values()),
        count.blank,
        len(count.invalid),
    )


@pytest.mark.parametrize("spec", marked(RATINGS, "figure"))
def test_valid_and_positive(spec: Rating, tool: Tool) -> None:
    """Issue 13 cases 1–4 ("what counts as positive is explicit and uniform"): n_valid and
    n_positive are the csv counts (positive: the labels on the positive pole, "plutôt X" on
    X's side; % often or more; % all or most; expertise: advanced or more)."""
    count = hand_count(spec)
    item = tool.item(spec)
    assert item["n_valid"] == count.valid
    if spec.positive is not None:
        positive = positive_count(spec, count)
        assert item["n_positive"] == positive
        assert item["share_positive"] == pytest.approx(positive / count.valid)


@pytest.mark.parametrize("spec", marked(RATINGS, "labels"))
def test_levels_and_positive_labels(spec: Rating, tool: Tool) -> None:
    """Issue 13 "What to build" (JSON gains `levels` and `positive_labels`): as many levels as
    the form's distinct labels, named as respondents saw them; the positive labels are keys
    of `counts` adding up to n_positive, and they are the labels expected."""
    item = tool.item(spec)
    names = level_names(item)
    assert [fold_label(n) for n in names] == [fold_label(label) for label in spec.labels]
    assert len(item["counts"]) == len(spec.labels)
    keys = list(item["counts"])
    positive = item.get("positive_labels")
    assert positive is not None, "the JSON item has no `positive_labels`"
    assert set(positive) <= set(keys)
    assert sum(item["counts"][k] for k in positive) == item["n_positive"]
    if spec.positive is not None:
        shown = sorted(fold_label(names[keys.index(k)]) for k in positive)
        assert shown == sorted(fold_label(label) for label in spec.positive)


GRID_ROWS = [s for s in RATINGS if s.row is not None]


@pytest.mark.parametrize(
    "spec",
    marked(GRID_ROWS, "grid"),
)
def test_grid_row_is_an_item_labelled_by_its_row(spec: Rating, tool: Tool) -> None:
    """Issue 13 case 8 (grid labels): Google Forms / LimeSurvey / SurveyMonkey
    `Question [Row]`, Qualtrics `Question - Row`: the item is labelled by the row, the
    question kept as its `group`."""
    item = tool.item(spec)
    assert (item["label"], item.get("group")) == (spec.row, spec.question)


# ---------------------------------------------------------- expertise: one rule

EXPERTISE_2019 = "Comment décririez-vous votre connaissance de la traite des personnes ?"


def test_the_expertise_rule_reproduces_the_2019_report(tool: Tool) -> None:
    """Issue 13 (one rule for self-rated expertise): the 2019 report's "45 % describe
    themselves as having in-depth knowledge" (seeds/evaluation_2019.toml, item expertise)
    counts the level "Connaissance approfondie" of surveys/2019.csv (by csv: 14 of 31 =
    45 %; de base 5, moyenne 12), the level the label model reads as "advanced". The rule
    "advanced or more" counts that level there, and Avancé·e + Expert·e on a 4-level form
    (19 of 44 in synthetic_google_forms_fr.csv, test_valid_and_positive); the README states
    the same rule in its JSON text and its Scales table."""
    seed = tomllib.loads((ROOT / "seeds" / "evaluation_2019.toml").read_text(encoding="utf-8"))
    percent = next(f["percent"] for f in seed["figure"] if f["item"] == "expertise")
    with (SURVEYS / "2019.csv").open(encoding="utf-8", newline="") as handle:
        answers = [row[EXPERTISE_2019] for row in csv.DictReader(handle)]
    levels = ("Connaissance de base", "Connaissance moyenne", "Connaissance approfondie")
    assert [answers.count(level) for level in levels] == [5, 12, 14] and len(answers) == 31
    assert round(100 * 14 / 31) == percent == 45
    reading = read_labels(levels)
    assert isinstance(reading, Reading)
    assert (reading.positive, reading.share) == (levels[2:], ("advanced or more", "avancé ou plus"))
    four = read_labels(("Débutant·e", "Intermédiaire", "Avancé·e", "Expert·e"))
    assert isinstance(four, Reading) and four.positive == ("Avancé·e", "Expert·e")
    data = tool("summarize", "2019", "--format", "json").data
    item = next(i for i in data["items"] if i["id"] == "expertise")
    assert (item["n_positive"], item["n_valid"], item["share_name"]) == (14, 31, "advanced or more")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`n_positive`: agree + strongly agree (agreement), yes (yes/no), advanced or more" in (
        " ".join(readme.split())
    )
    row = next(line for line in readme.splitlines() if line.startswith("| `expertise`"))
    assert "advanced or more" in row


# ----------------------------------------------------------------------- per file

#: per file, why a test fails today (none left)
REFUSED: dict[str, str] = {}
RESPONDENTS_TODAY = REFUSED


def per_file(files: list[str], today: dict[str, str]) -> list[Any]:
    return [
        pytest.param(name, id=name, marks=[xfail(today[name])] if name in today else [])
        for name in files
    ]


@pytest.mark.parametrize("file", per_file(list(FIXTURES), RESPONDENTS_TODAY))
def test_respondents_are_the_rows_that_answered_anything(file: str, tool: Tool) -> None:
    """Issue 13 case 6 ("a row counts as a respondent if it answered anything, recognised or
    not"): respondents and rows not counted, by reason, as the csv reading finds them."""
    sheet = read(FIXTURES[file])
    data = tool.summarize(file).data
    assert (data["respondents"], data["excluded"]) == (len(sheet.respondents), sheet.excluded)


SILENT_TODAY = REFUSED


@pytest.mark.parametrize("file", per_file(list(FIXTURES), SILENT_TODAY))
def test_every_question_is_read_or_named_in_a_warning(file: str, tool: Tool) -> None:
    """Issue 13 case 6 ("nothing dropped silently"): every question column of the file is an
    item, a comment, or named in the JSON `warnings`."""
    fixture = FIXTURES[file]
    sheet = read(fixture)
    data = tool.summarize(file).data
    warnings = "\n".join(data["warnings"])
    comments = {c["label"] for c in data["comments"]}
    silent = []
    for position in sheet.questions:
        header = sheet.headers[position]
        question, row = split_header(fixture, header)
        if find_item(data, question, row) is not None or {header, question} & comments:
            continue
        # a column is named by its header or its question (a grid may be named once)
        if header in warnings or question in warnings:
            continue
        silent.append(header)
    assert silent == []


LENIENT_TODAY = REFUSED


@pytest.mark.parametrize("file", per_file([f for f in FIXTURES if f != MULTI], LENIENT_TODAY))
def test_reads_without_lenient(file: str, tool: Tool) -> None:
    """Issue 13 cases 2, 3, 7: every fixture but the one with multi-select cells is read
    without --lenient (no answer of these files is off its own scale)."""
    run = tool.summarize(file, lenient=False)
    assert run.exit_code == 0, run.stderr
    assert all(item["n_invalid"] == 0 for item in run.data["items"])


COMMENTS_TODAY = REFUSED


@pytest.mark.parametrize("file", per_file(list(COMMENTS), COMMENTS_TODAY))
def test_open_question_is_a_comment(file: str, tool: Tool) -> None:
    """Issue 13 case 6 ("free-text detection is the same whatever the other columns are"):
    the open question of each file is a comment, with as many comments as the csv count."""
    fixture = FIXTURES[file]
    header, written = COMMENTS[file]
    hand = sum(1 for value in read(fixture).column(header) if value)
    assert hand == written
    question, _ = split_header(fixture, header)
    data = tool.summarize(file).data
    found = [c for c in data["comments"] if c["label"] in (header, question)]
    assert [c["n_comments"] for c in found] == [hand]


def test_comments_reads_the_open_question_of_the_dropped_file(tool: Tool) -> None:
    """Issue 13 case 6 ("`comments` then refuses the file"): synthetic_dropped_columns.csv
    has an open question answered twice; `forum-eval comments` reads it."""
    header, written = COMMENTS[DROPPED]
    hand = sum(1 for value in read(FIXTURES[DROPPED]).column(header) if value)
    run = tool("comments", str(DATA / DROPPED), "--format", "json")
    assert run.exit_code == 0, run.stderr
    assert json.loads(run.stdout)["n_comments"] == hand == written


# -------------------------------------------------------------- 7. stray row, validate


def test_stray_row_above_the_header_is_skipped_with_a_warning(tool: Tool) -> None:
    """Issue 13 case 7: a row of short codes (7 fields) typed above a Google Forms header (6
    fields) is skipped, and a warning says so, naming line 1."""
    run = tool.summarize(STRAY, lenient=False)
    assert run.exit_code == 0, run.stderr
    assert any(re.search(r"\b(line|row) 1\b", w) for w in run.data["warnings"])


def test_validate_warns_about_each_ignored_rating_column(tool: Tool) -> None:
    """Issue 13 case 6 ("validate says 'No problem'"): validate's JSON `warnings` name each
    rating column it could not read (synthetic_dropped_columns.csv, invented labels)."""
    warnings = "\n".join(tool.validate(DROPPED)["warnings"])
    assert [h for h in INVENTED if h not in warnings] == []


@pytest.mark.parametrize("header", NOMINAL)
def test_no_scale_suggestion_for_a_nominal_question(header: str, tool: Tool) -> None:
    """Issue 13 case 5: gender, age bands, weekdays, "which character shot first?" have no
    order and no positive answer: validate suggests no scale for them."""
    assert tool.suggestion(ENGLISH, header) is None


#: columns on labels the model orders (today's figures; before issue 13's fix, validate listed
#: their labels by frequency and the pasted positive= picked the wrong end)
ORDERABLE_COLUMNS = (
    "How well did the forum meet your expectations?",  # 26 of 30 (87 %)
    "How much of the information you needed did you receive before the forum?",  # 22 of 31
    "Comment avez-vous trouvé l'ambiance du forum ?",  # 39 of 47
    "Êtes-vous confiant·e que les recommandations du forum seront mises en œuvre ?",  # 20 of 46
)
ORDERABLE = [s for s in RATINGS if s.file in (ENGLISH, FRENCH) and s.column in ORDERABLE_COLUMNS]


@pytest.mark.parametrize("spec", ORDERABLE, ids=[s.id for s in ORDERABLE])
def test_suggestion_pasted_gives_the_intended_figure(spec: Rating, tool: Tool) -> None:
    """Issue 13 case 5 ("validate's suggestions are wrong when pasted"): a column on an
    orderable scale is read with the intended figure, directly or with validate's suggestion
    pasted as printed into --scale."""
    declared = tool.suggestion(spec.file, spec.column)
    item = tool.item(spec, *(["--scale", declared] if declared else []))
    count = hand_count(spec)
    assert (item["n_valid"], item["n_positive"]) == (count.valid, positive_count(spec, count))


def test_0_10_suggestion_lists_the_whole_range(tool: Tool) -> None:
    """Issue 13 case 5: a 0–10 column whose header does not state the scale gets a
    suggestion listing 0|1|…|10; pasted, 9–10 count as positive (8 of 31 by csv)."""
    header, labels, written_valid, written_positive = RATING_0_10
    values = [v for v in read(FIXTURES[ENGLISH]).column(header) if v]
    positive = sum(1 for v in values if v in ("9", "10"))
    assert (len(values), positive) == (written_valid, written_positive)
    declared = tool.suggestion(ENGLISH, header)
    assert declared is not None, "no declaration suggested"
    assert declared.split("=", 1)[1].split(";")[0].split("|") == list(labels)
    item = find_item(tool.summarize(ENGLISH, "--scale", declared).data, header, None)
    assert item is not None
    assert (item["n_valid"], item["n_positive"]) == (len(values), positive)


def test_one_declaration_for_the_29_row_grid(tool: Tool) -> None:
    """Issue 13 case 5: the 29 rows of a Google Forms grid answered 1–5 (header states no
    scale) get one suggestion; pasted once, every row is an item whose 4–5 share is the csv
    count."""
    question, rows = GRID_29
    sheet = read(FIXTURES[ENGLISH])
    headers = [f"{question} [{row}]" for row in rows]
    suggestions = {tool.suggestion(ENGLISH, h) for h in headers} - {None}
    assert len(suggestions) == 1, f"{len(suggestions)} different suggestions"
    (declared,) = suggestions
    data = tool.summarize(ENGLISH, "--scale", declared).data
    for row, header in zip(rows, headers, strict=True):
        values = [v for v in sheet.column(header) if v]
        item = find_item(data, question, row)
        assert item is not None, header
        positive = sum(1 for v in values if v in ("4", "5"))
        assert (item["n_valid"], item["n_positive"]) == (len(values), positive), header


@pytest.mark.parametrize("header", INVENTED)
def test_no_guess_for_labels_nobody_can_order(header: str, tool: Tool) -> None:
    """Issue 13 case 6 and "do not guess": for a column on invented labels, validate suggests
    a clearly marked template that fails until edited (pasted as printed, summarize stops)."""
    declared = tool.suggestion(DROPPED, header)
    assert declared is not None, "no declaration suggested"
    assert tool.summarize(DROPPED, "--scale", declared).exit_code != 0


# -------------------------------------------------- multi-select cells, Other write-ins

MULTI_SPECS = [s for s in RATINGS if s.file == MULTI]


@pytest.mark.parametrize("spec", marked(MULTI_SPECS, "counts"))
def test_multiselect_and_other_cells_are_named(spec: Rating, tool: Tool) -> None:
    """Issue 13 "Multi-select cells … and Other write-ins in a scale column are counted as
    invalid with a warning under --lenient, named in the error otherwise": validate names
    each such cell of the column in a problem; summarize --lenient warns about the column."""
    invalid = sorted(set(hand_count(spec).invalid))
    problems = [p for p in tool.validate(MULTI)["problems"] if p["column"] == spec.column]
    assert len(problems) == 1
    assert [v for v in invalid if v not in problems[0]["message"]] == []
    warnings = tool.summarize(MULTI).data["warnings"]
    assert any(spec.column in w for w in warnings)


# ------------------------------------------------------------------------ a property

LABELS_SEEN = ("", "Strongly agree", "Agree", "Disagree")
LABELS_UNSEEN = ("", "Blorf", "Quazz", "Mopsy")
WRITTEN = ("", "Written by hand in the margin.")


@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(LABELS_SEEN), st.sampled_from(LABELS_UNSEEN), st.sampled_from(WRITTEN)
        ),
        max_size=10,
    )
)
def test_a_row_counts_if_it_answered_anything(rows: list[tuple[str, str, str]]) -> None:
    """Issue 13 case 6, as a property over generated Google Forms files: a recognised
    agreement column, a column on invented labels and a repeated short text; respondents =
    the rows with any answer, recognised or not; the others are `empty`."""
    rows = [("Agree", "Blorf", ""), ("Disagree", "Quazz", ""), *rows]
    header = ["Timestamp", "The talks were clear.", "Lunch", "Remarks"]
    table = [header] + [[f"2024/11/27 4:{i:02d}:00 PM EST", *row] for i, row in enumerate(rows)]
    answered = sum(1 for row in rows if any(row))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic_generated.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(table)
        result = runner.invoke(
            app, ["summarize", str(path), "--format", "json", "--surveys-dir", str(SURVEYS)]
        )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    empty = len(rows) - answered
    assert (data["respondents"], data["excluded"]) == (answered, {"empty": empty} if empty else {})


# ------------------------------------------------ the real exports, when they are there

#: ../shared/real-exports/ (see SOURCES.md there): public exports written by none of us,
#: never copied into the repository; these tests skip when the folder is absent
REAL = ROOT.parent / "shared" / "real-exports"
REAL_LIME = "limesurvey__andreldm__cpp-survey__results-survey.csv"
REAL_STARWARS = "surveymonkey__fivethirtyeight__data__star-wars-survey--StarWars.csv"
REAL_VAPING = "surveymonkey__sandeepchin__SocialMediaAndVaping__vaping.csv"
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real-exports/ is absent")


def real_table(name: str, encoding: str = "utf-8") -> list[list[str]]:
    text = (REAL / name).read_text(encoding=encoding)
    return list(csv.reader(io.StringIO(text, newline="")))


def real_summary(tool: Tool, name: str) -> dict[str, Any]:
    return tool("summarize", str(REAL / name), "--format", "json").data


@needs_real
def test_real_limesurvey_frequency_is_not_merged(tool: Tool) -> None:
    """Issue 13 case 1 on the real LimeSurvey export the issue quotes (column 66, submitted
    responses only): one count per label, Never … Always, as the csv module counts them."""
    table = real_table(REAL_LIME)
    position = next(i for i, h in enumerate(table[0]) if h.startswith("16 - In the last 3 months"))
    values = [row[position] for row in table[1:] if row[1].strip()]  # "Date submitted"
    labels = ("Never", "Almost never", "Sometimes", "Fairly often", "Very often", "Always")
    hand = [values.count(label) for label in labels]
    assert hand == [48, 50, 81, 52, 63, 78]
    question = re.sub(r"^\d+ - ", "", table[0][position])
    item = find_item(real_summary(tool, REAL_LIME), question, None)
    assert item is not None
    assert [n for n in item["counts"].values() if n] == hand


@needs_real
def test_real_surveymonkey_favourability_grid(tool: Tool) -> None:
    """Issue 13 cases 1 and 8 on the real Star Wars export (SurveyMonkey's older format: CR
    line ends, cp1252, the grid question only above its first column): the "Han Solo" row
    counts as the csv module counts it, "Unfamiliar (N/A)" apart."""
    table = real_table(REAL_STARWARS, "cp1252")
    question, position = table[0][15], table[1].index("Han Solo")
    values = [row[position] for row in table[2:]]
    labels = (
        "Very unfavorably",
        "Somewhat unfavorably",
        "Neither favorably nor unfavorably (neutral)",
        "Somewhat favorably",
        "Very favorably",
    )
    hand = [values.count(label) for label in labels]
    assert hand == [1, 8, 44, 151, 610]
    item = find_item(real_summary(tool, REAL_STARWARS), question, "Han Solo")
    assert item is not None
    assert [n for n in item["counts"].values() if n] == hand
    assert (item["n_not_applicable"], item["n_blank"]) == (
        values.count("Unfamiliar (N/A)"),
        values.count(""),
    )


@needs_real
def test_real_surveymonkey_nothing_dropped_silently(tool: Tool) -> None:
    """Issue 13 case 6 on the real vaping export: its three questions are each an item or
    named in the JSON warnings."""
    questions = real_table(REAL_VAPING)[0][9:]
    data = real_summary(tool, REAL_VAPING)
    warnings = "\n".join(data["warnings"])
    silent = [q for q in questions if find_item(data, q, None) is None and q not in warnings]
    assert silent == []
