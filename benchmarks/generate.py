"""Realistic synthetic evaluation exports of any size, for the benchmarks (deterministic).

The files have the shape of ``surveys/2019.csv``: a Google Forms-style CSV with a
``Horodateur`` timestamp column, then one column per question of ``surveys/questionnaire.toml``
with the question text as header — eight 5-point agreement items, two yes/no items, the
expertise item, the role (a choice) and the suggestions comment — with blanks, not-applicable
answers ("Sans objet") on the accessibility item, and comments on about 40 % of rows.

    python benchmarks/generate.py 1000000 benchmarks/data/big.csv            # French headers
    python benchmarks/generate.py 1000 out.csv --lang en --seed 7
    python benchmarks/generate.py --editions 10 benchmarks/data/surveys10     # a registry

Every row is invented (SYNTHETIC); the same size and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

AGREEMENT_IDS = (
    "organised",
    "constructive",
    "speakers",
    "resources",
    "included",
    "free_to_speak",
    "accessibility",
    "expectations",
)
YESNO_IDS = ("would_return", "intend_to_act")

TIMESTAMP_HEADERS = {"fr": "Horodateur", "en": "Timestamp"}


def _headers(lang: str) -> dict[str, str]:
    """Column headers by item id: the questions of surveys/questionnaire.toml, as a Google
    Forms export writes them (one source of truth with the samples and the tool)."""
    from forum_eval.config.questionnaire import load_questionnaire

    questionnaire = load_questionnaire(ROOT / "surveys" / "questionnaire.toml")
    headers = {"timestamp": TIMESTAMP_HEADERS[lang]}
    headers.update({item.id: item.question[lang] for item in questionnaire.items})
    return headers


# Labels from the most negative to the most positive, as a platform exports them.
LABELS = {
    "fr": {
        "agreement": (
            "Fortement en désaccord",
            "Pas d'accord",
            "Neutre",
            "D'accord",
            "Fortement d'accord",
        ),
        "yesno": ("Non", "Oui"),
        "expertise": ("Connaissance de base", "Connaissance moyenne", "Connaissance approfondie"),
        "role": (
            "Intervenant·e de première ligne",
            "Défense des droits",
            "Milieu universitaire ou recherche",
            "Gouvernement",
            "Autre",
        ),
        "na": "Sans objet",
    },
    "en": {
        "agreement": (
            "Strongly disagree",
            "Disagree",
            "Neither agree nor disagree",
            "Agree",
            "Strongly agree",
        ),
        "yesno": ("No", "Yes"),
        "expertise": ("Basic knowledge", "Some knowledge", "In-depth knowledge"),
        "role": ("Front-line worker", "Advocate", "Academic or researcher", "Government", "Other"),
        "na": "N/A",
    },
}
# Answer probabilities (same order as the labels); roughly the 2019 profile.
P_AGREEMENT = (0.01, 0.03, 0.06, 0.40, 0.50)
P_YESNO = (0.06, 0.94)
P_EXPERTISE = (0.25, 0.30, 0.45)
P_ROLE = (0.35, 0.20, 0.15, 0.15, 0.15)
P_BLANK = 0.02  # per answer
P_NA_ACCESSIBILITY = 0.10
P_COMMENT = 0.40

COMMENT_STARTS = {
    "fr": (
        "Plus de temps pour les questions",
        "Ajouter des personnes conférencières francophones",
        "Donner plus de place à la parole des personnes survivantes",
        "Mieux coordonner les services entre les provinces",
        "Prévoir une interprétation simultanée de meilleure qualité",
        "Mettre l'accent sur la prévention auprès des jeunes",
        "Parler davantage des permis de travail fermés",
        "Le repas était excellent",
        "Des salles plus accessibles",
        "Envoyer le programme plus tôt",
    ),
    "en": (
        "More time for questions",
        "Invite more francophone speakers",
        "Give more room to survivors' voices",
        "Better coordination between provinces",
        "Better simultaneous interpretation",
        "More focus on prevention with young people",
        "Talk more about closed work permits",
        "The meal was excellent",
        "More accessible rooms",
        "Send the programme earlier",
    ),
}
COMMENT_ENDS = {
    "fr": (
        ".",
        " après les panels.",
        " l'an prochain.",
        ", merci !",
        " dans les ateliers.",
        " : c'était trop court.",
    ),
    "en": (".", " after the panels.", " next year.", ", thank you!", " in the workshops.", "."),
}

FORUMS_TOML_HEAD = """# SYNTHETIC registry written by benchmarks/generate.py: {n} invented editions for timing
# `forum-eval compare`; not real forums.
"""


def _choose(rng: Any, n: int, probabilities: tuple[float, ...]) -> Any:
    import numpy as np

    return rng.choice(len(probabilities), size=n, p=np.asarray(probabilities)).astype(np.int8)


def build_frame(n: int, *, seed: int = 2019, lang: str = "fr", year: int = 2019) -> Any:
    """A DataFrame of ``n`` invented responses (strings, ``""`` for blanks)."""
    import numpy as np
    import pandas as pd

    if n < 1:
        raise ValueError("n must be at least 1")
    rng = np.random.default_rng(seed)
    labels = LABELS[lang]
    headers = _headers(lang)
    columns: dict[str, Any] = {}

    # Timestamps: one submission after another, 1 s to a few minutes apart (never two in
    # the same second, as in a real export), from the evening of the forum on.
    mean_gap = max(2, (36 * 3600) // n)
    seconds = np.cumsum(rng.integers(1, 2 * mean_gap, size=n))
    suffix = " HNE" if lang == "fr" else " EST"
    columns[headers["timestamp"]] = _format_stamps(year, seconds, suffix)

    def coded(codes: Any, choices: tuple[str, ...], extra: tuple[str, ...] = ()) -> Any:
        vocabulary = np.asarray((*choices, *extra, ""), dtype=object)
        blank = rng.random(n) < P_BLANK
        codes = codes.astype(np.int16)
        codes[blank] = len(vocabulary) - 1
        return pd.Categorical.from_codes(codes, categories=vocabulary).astype(str)

    for item_id in AGREEMENT_IDS:
        codes = _choose(rng, n, P_AGREEMENT).astype(np.int16)
        extra: tuple[str, ...] = ()
        if item_id == "accessibility":
            codes[rng.random(n) < P_NA_ACCESSIBILITY] = len(labels["agreement"])
            extra = (labels["na"],)
        columns[headers[item_id]] = coded(codes, labels["agreement"], extra)
    for item_id in YESNO_IDS:
        columns[headers[item_id]] = coded(_choose(rng, n, P_YESNO), labels["yesno"])
    columns[headers["expertise"]] = coded(_choose(rng, n, P_EXPERTISE), labels["expertise"])
    columns[headers["role"]] = coded(_choose(rng, n, P_ROLE), labels["role"])

    starts, ends = COMMENT_STARTS[lang], COMMENT_ENDS[lang]
    pool = np.asarray([s + e for s in starts for e in ends] + [""], dtype=object)
    picks = rng.integers(0, len(pool) - 1, size=n)
    picks[rng.random(n) >= P_COMMENT] = len(pool) - 1
    columns[headers["suggestions"]] = pool[picks]
    return pd.DataFrame(columns)


def _format_stamps(year: int, seconds: Any, suffix: str) -> Any:
    """Google Forms timestamps ("2019/11/27 4:55:02 PM HNE") without a strftime per row."""
    import numpy as np
    import pandas as pd

    start = pd.Timestamp(f"{year}-11-27 16:00:00")
    offset = seconds + (start - start.normalize()).seconds
    days, second_of_day = np.divmod(offset, 86_400)
    day_names = [
        f"{d:%Y/%m/%d} " for d in pd.date_range(start.normalize(), periods=int(days.max()) + 1)
    ]
    clock = [
        f"{(s // 3600) % 12 or 12}:{s // 60 % 60:02d}:{s % 60:02d} {'AM' if s < 43_200 else 'PM'}"
        for s in range(86_400)
    ]
    day_part = np.asarray(day_names, dtype=object)[days]
    clock_part = np.asarray(clock, dtype=object)[second_of_day]
    return day_part + clock_part + suffix


def write_csv(path: Path, n: int, *, seed: int = 2019, lang: str = "fr", year: int = 2019) -> Path:
    """Write ``n`` invented responses to ``path`` (UTF-8, comma-separated, minimal quoting)."""
    frame = build_frame(n, seed=seed, lang=lang, year=year)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    frame.to_csv(tmp, index=False, encoding="utf-8", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    tmp.replace(path)
    return path


def write_registry(folder: Path, editions: int, *, rows: int = 60, seed: int = 2019) -> Path:
    """A surveys folder with ``editions`` synthetic yearly editions (2019 − editions + 1 … 2019)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "surveys" / "questionnaire.toml", folder / "questionnaire.toml")
    out = io.StringIO()
    out.write(FORUMS_TOML_HEAD.format(n=editions))
    first = 2019 - editions + 1
    for offset in range(editions):
        year = first + offset
        n = rows + 7 * offset
        write_csv(folder / f"{year}.csv", n, seed=seed + year, year=year)
        out.write(
            f'\n[[edition]]\nyear = {year}\ndate = "{year}-11"\ncity = "Ottawa"\n'
            f'province = "ON"\nattendees = {int(n * 2.5)}\nfile = "{year}.csv"\n'
            f'data = "synthetic"\nnote = "Synthetic benchmark edition (invented answers)."\n'
        )
    (folder / "forums.toml").write_text(out.getvalue(), encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", nargs="?", type=int, help="number of responses")
    parser.add_argument("out", type=Path, help="CSV file to write (or folder with --editions)")
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    parser.add_argument(
        "--editions", type=int, help="write a surveys folder with this many synthetic editions"
    )
    args = parser.parse_args()
    if args.editions:
        write_registry(args.out, args.editions, rows=args.size or 60, seed=args.seed)
    elif args.size:
        write_csv(args.out, args.size, seed=args.seed, lang=args.lang)
    else:
        parser.error("give a size, or --editions N")
    print(args.out)


if __name__ == "__main__":
    main()
