"""Next year's form from the questionnaire: the sheets of an XLSForm and a Markdown version.

Pure: a :class:`~forum_eval.config.questionnaire.Questionnaire` in, rows and text out; the
workbook is written by :mod:`forum_eval.report.form`.

The XLSForm (https://xlsform.org, imported by KoboToolbox, ODK and others) has three sheets:

- ``survey``: ``type``, ``name`` (the item id), ``label::English (en)``, ``label::Français
  (fr)``, ``hint::…`` per language, ``required``. A rating item is ``select_one <scale id>``,
  a choice or group item ``select_one <item id>_choices``, a checkbox item
  ``select_multiple <item id>_choices``, a comment ``text``.
- ``choices``: ``list_name`` (the scale id), ``name`` (the category id, e.g.
  ``strongly_agree``), ``label::…`` per language, in the scale's order (most negative first).
- ``settings``: ``form_title``, ``form_id``, ``version``, ``default_language``.

The ``name`` of each question is its questionnaire id and the ``name`` of each choice its
category id, so an export of the form (headers and values as XML names, or as labels) is
read back item by item. No question is required: respondents may skip any of them.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from forum_eval.config.questionnaire import Item, Questionnaire
from forum_eval.config.scales import Scale
from forum_eval.errors import ConfigError
from forum_eval.present.strings import t

#: The suffix of the ``label::`` and ``hint::`` columns of each language, as the XLSForm
#: spec writes them: the language name, then its two-letter code in parentheses.
LANGUAGE_COLUMNS = {"en": "English (en)", "fr": "Français (fr)"}
LANGUAGES = tuple(LANGUAGE_COLUMNS)

FORM_ID = "event_evaluation"

Rows = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class XLSForm:
    """The three sheets of an XLSForm; the first row of each is its header."""

    survey: Rows
    choices: Rows
    settings: Rows

    def sheets(self) -> tuple[tuple[str, Rows], ...]:
        return (("survey", self.survey), ("choices", self.choices), ("settings", self.settings))


def form_languages(lang: str) -> tuple[str, ...]:
    """``"both"`` → ``("en", "fr")``; ``"en"`` or ``"fr"`` → that language alone."""
    if lang == "both":
        return LANGUAGES
    if lang not in LANGUAGE_COLUMNS:
        raise ValueError(f"unknown language {lang!r}")
    return (lang,)


def choice_lists(questionnaire: Questionnaire) -> tuple[Scale, ...]:
    """The scales of the questionnaire's items, each once, in the order first used; an error
    when there is no item, when two scales share an id or an item two option ids."""
    where = questionnaire.source or "the questionnaire"
    if not questionnaire.items:
        raise ConfigError(
            f"{where}: the questionnaire has no [[item]]: there is no question to put in a form.",
            "Add the questions as [[item]] tables (see surveys/questionnaire.toml).",
        )
    lists: dict[str, Scale] = {}
    for item in questionnaire.items:
        scale = item.scale
        if scale is None:
            continue
        if lists.setdefault(scale.id, scale) != scale:  # another scale has this id
            raise ConfigError(
                f"{where}: two different scales are named '{scale.id}' (item '{item.id}' uses "
                "one of them).",
                "Give the declared [[scale]] another id.",
            )
        ids = Counter(cat.id for cat in scale.categories)
        duplicates = sorted(n for n, times in ids.items() if times > 1)
        if duplicates:
            raise ConfigError(
                f"{where}, item '{item.id}': the option id(s) {', '.join(duplicates)} are "
                "used twice.",
                "Give every option of the item its own id.",
            )
    return tuple(lists.values())


def question_type(item: Item) -> str:
    """The XLSForm type of an item: ``text`` for a comment, ``select_multiple <list>`` for a
    checkbox question (``kind = "multiselect"``), else ``select_one <list>``."""
    if item.kind == "comment" or item.scale is None:
        return "text"
    several = "multiple" if item.kind == "multiselect" else "one"
    return f"select_{several} {item.scale.id}"


def _hint(item: Item, lang: str) -> str:
    """The hint of a self-identification question (``kind = "group"``), else none."""
    return t(lang, "form_group_hint") if item.kind == "group" else ""


def _question(item: Item, lang: str) -> str:
    return item.text("question", lang) or item.id


def xlsform(
    questionnaire: Questionnaire,
    langs: Sequence[str] = LANGUAGES,
    default_lang: str = "en",
    title: str | None = None,
) -> XLSForm:
    """The sheets of the XLSForm of ``questionnaire`` in ``langs``.

    ``version`` is a digest of the survey and choices sheets: it stays the same as long as
    the wording and scales do, and changes when they change (ODK and Kobo ask for a new
    version whenever a form is published again).
    """
    lists = choice_lists(questionnaire)
    if default_lang not in langs:
        default_lang = langs[0]
    columns = [LANGUAGE_COLUMNS[lang] for lang in langs]
    survey: list[tuple[str, ...]] = [
        (
            "type",
            "name",
            *(f"label::{c}" for c in columns),
            *(f"hint::{c}" for c in columns),
            "required",
        )
    ]
    for item in questionnaire.items:
        survey.append(
            (
                question_type(item),
                item.id,
                *(_question(item, lang) for lang in langs),
                *(_hint(item, lang) for lang in langs),
                "no",
            )
        )
    choices: list[tuple[str, ...]] = [("list_name", "name", *(f"label::{c}" for c in columns))]
    for scale in lists:
        for cat in scale.categories:
            choices.append((scale.id, cat.id, *(cat.label(lang) for lang in langs)))
    digest = hashlib.sha256(repr((survey, choices)).encode("utf-8")).hexdigest()[:12]
    settings = (
        ("form_title", "form_id", "version", "default_language"),
        (title or t(default_lang, "form_title"), FORM_ID, digest, LANGUAGE_COLUMNS[default_lang]),
    )
    return XLSForm(tuple(survey), tuple(choices), settings)


def _markdown_one(questionnaire: Questionnaire, lang: str, title: str | None) -> list[str]:
    file = questionnaire.source.name if questionnaire.source else "the questionnaire"
    lines = [
        f"# {title or t(lang, 'form_title')}",
        "",
        t(lang, "form_like_for_like"),
        "",
        t(lang, "form_platforms"),
        "",
        t(
            lang,
            "form_source_one" if len(questionnaire.items) == 1 else "form_source",
            file=file,
            n=len(questionnaire.items),
        ),
    ]
    for number, item in enumerate(questionnaire.items, start=1):
        kind = question_type(item).split(" ")[0]
        lines += ["", f"## {number}. {_question(item, lang)}", ""]
        lines.append(f"*{t(lang, f'form_{kind}')} — id `{item.id}`*")
        if hint := _hint(item, lang):
            lines += ["", hint]
        if item.scale is not None and kind != "text":
            lines += ["", *(f"- {cat.label(lang)}" for cat in item.scale.categories)]
    return lines


def markdown_form(
    questionnaire: Questionnaire, langs: Sequence[str] = LANGUAGES, title: str | None = None
) -> str:
    """The form as Markdown, one complete version per language (to paste into Google Forms
    or Microsoft Forms): each question with its type, its id and its choices in order."""
    choice_lists(questionnaire)  # the same checks as for the XLSForm
    versions = ["\n".join(_markdown_one(questionnaire, lang, title)) for lang in langs]
    return "\n\n---\n\n".join(versions) + "\n"
