"""Rebuild the sample response files of surveys/ (deterministic; run from the project root).

    python surveys/build_samples.py

The files are Google Forms-style CSV exports (a timestamp column, then one column per
question with the question text as header). The count tables below ARE the data: each
answer list is shuffled with a fixed seed so that rows look like real submissions.

2019 is a reconstruction consistent with every figure published in the 2019 report
(see README.md); 2016–2018 are illustrative synthetic editions. None of these rows are
real answers.
"""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent

FR_AGREE = ["Fortement d'accord", "D'accord", "Neutre", "Pas d'accord", "Fortement en désaccord"]
FR_AGREE_ALT = [
    "Tout à fait d'accord",
    "Plutôt d'accord",
    "Ni en accord ni en désaccord",
    "Plutôt en désaccord",
    "Tout à fait en désaccord",
]
EN_AGREE = [
    "Strongly agree",
    "Agree",
    "Neither agree nor disagree",
    "Disagree",
    "Strongly disagree",
]
FR_EXPERTISE = ["Connaissance approfondie", "Connaissance moyenne", "Connaissance de base"]
EN_EXPERTISE = ["In-depth knowledge", "Some knowledge", "Basic knowledge"]
FR_ROLES = [
    "Intervenant·e de première ligne",
    "Défense des droits",
    "Milieu universitaire ou recherche",
    "Gouvernement",
    "Autre",
]
EN_ROLES = ["Front-line worker", "Advocate", "Academic or researcher", "Government", "Other"]

FR_HEADERS = {
    "organised": "Le forum était bien organisé.",
    "constructive": "Les rencontres et les discussions étaient constructives.",
    "speakers": "Les personnes conférencières étaient diversifiées et compétentes.",
    "resources": "Les ressources présentées étaient utiles.",
    "included": "Je me suis senti·e inclus·e dans l'espace.",
    "free_to_speak": "Je me suis senti·e libre de m'exprimer.",
    "accessibility": "Mes besoins en matière d'accessibilité ont été satisfaits.",
    "expectations": "Le forum a répondu à mes attentes.",
    "would_return": "Participeriez-vous à un prochain forum ou le recommanderiez-vous ?",
    "intend_to_act": "Avez-vous l'intention d'agir ou de sensibiliser votre entourage à la suite du forum ?",
    "expertise": "Comment décririez-vous votre connaissance de la traite des personnes ?",
    "role": "Quel est votre rôle principal ?",
    "identity": "Vous identifiez-vous à l'un de ces groupes ? (facultatif)",
    "suggestions": "Avez-vous des suggestions pour améliorer le forum ?",
}
# 2016 used other wordings, recognised through the questionnaire's aliases.
FR_HEADERS_2016 = dict(
    FR_HEADERS,
    organised="Bien organisé",
    speakers="Les conférenciers et conférencières étaient diversifiés et compétents",
    included="Je me suis senti(e) inclus(e) dans l'espace",
    free_to_speak="Je me suis senti(e) libre de m'exprimer",
    accessibility="Mes besoins d'accessibilité ont été satisfaits",
    suggestions="Commentaires et suggestions",
)
EN_HEADERS = {
    "organised": "The forum was well organized",
    "constructive": "The meetings and discussions were constructive.",
    "speakers": "The speakers were diverse and competent.",
    "resources": "The resources presented were useful.",
    "included": "I felt included in the space.",
    "free_to_speak": "I felt free to express myself.",
    "accessibility": "My accessibility needs were met.",
    "expectations": "The forum met my expectations.",
    "would_return": "Would you attend a future forum or recommend it to others?",
    "intend_to_act": "Do you intend to take action or raise awareness after the forum?",
    "expertise": "How would you describe your knowledge of human trafficking?",
    "role": "What is your main role?",
    "identity": "Do you identify with one of these groups? (optional)",
    "suggestions": "Do you have suggestions to improve the forum?",
}
# Self-identification (a "group" item: only usable with --by, small groups suppressed).
FR_IDENTITY = [
    "Jeune (moins de 30 ans)",
    "Personne 2SLGBTQI+",
    "Personne migrante ou réfugiée",
    "Expérience vécue de la traite",
    "Aucun de ces groupes",
    "Je préfère ne pas répondre",
]

# Agreement counts in the order strongly agree, agree, neutral, disagree, strongly disagree,
# then "na" (not applicable) and "blank".
Counts = dict[str, int]

EDITIONS: dict[int, dict[str, object]] = {
    2019: {
        "n": 31,
        "start": datetime(2019, 11, 27, 16, 5),
        "lang": "fr",
        "agree": FR_AGREE,
        "na": "Sans objet",
        "headers": FR_HEADERS,
        "items": {
            "organised": [22, 9, 0, 0, 0],
            "constructive": [18, 13, 0, 0, 0],
            "speakers": [20, 11, 0, 0, 0],
            "resources": [15, 16, 0, 0, 0],
            "included": [19, 9, 1, 1, 0, 0, 1],  # 28 of 30 valid, 1 blank → 93 %
            "free_to_speak": [21, 9, 1, 0, 0],  # 30 of 31 → 97 %
            "accessibility": [12, 9, 4, 3, 0, 3],  # 21 of 28, 3 not applicable → 75 %
            "expectations": [17, 14, 0, 0, 0],
        },
        "yesno": {"would_return": (31, 0), "intend_to_act": (29, 2)},
        "expertise": (14, 12, 5),  # 14 of 31 in-depth → 45 %
        "roles": (11, 8, 4, 5, 3),
        # youth, 2SLGBTQI+, migrant, lived experience, none, prefer not to say
        "identity": (6, 3, 4, 2, 12, 4),
        "comments": [
            "Il faudrait plus de conférenciers francophones : plusieurs panels étaient seulement en anglais.",
            "Plus de contenu en français, et une interprétation simultanée de meilleure qualité.",
            "More francophone speakers would make the forum truly pan-Canadian.",
            "Ajouter des panélistes francophones du Québec et de l'Acadie.",
            "Plus de temps pour les questions et plus de personnes conférencières francophones.",
            "Donner plus de place à la parole des personnes survivantes.",
            "We need to hear more from survivors themselves, not only from service providers.",
            "Inviter davantage de survivantes à prendre la parole dans les panels.",
            "Plus de témoignages de personnes ayant vécu la traite.",
            "Plus de temps pour les questions après les panels.",
            "Not enough time for questions and answers.",
            "Prévoir des périodes de questions plus longues.",
            "Mettre davantage l'accent sur la prévention auprès des jeunes.",
            "More focus on prevention would be welcome.",
            "Améliorer la coordination des services entre les provinces.",
            "Better coordination between federal and provincial services is needed.",
            "Parler de la santé mentale des personnes survivantes et du suivi à long terme.",
            "Les permis de travail fermés rendent les travailleurs migrants vulnérables ; en parler davantage.",
            "Discuter de la mise en œuvre concrète des politiques.",
            "Merci pour l'organisation, très belle journée. Pour le prochain comité, appelez-moi au 514-555-0199.",
            "Le repas était excellent.",
        ],
    },
    2018: {
        "n": 29,
        "start": datetime(2018, 11, 22, 15, 40),
        "lang": "fr",
        "agree": FR_AGREE,
        "na": "Ne s'applique pas",
        "headers": FR_HEADERS,
        "items": {
            "organised": [15, 12, 2, 0, 0],
            "constructive": [13, 13, 2, 1, 0],
            "speakers": [14, 12, 3, 0, 0],
            "resources": [10, 15, 3, 1, 0],
            "included": [14, 11, 2, 2, 0],  # 25 of 29 → 86 %
            "free_to_speak": [17, 10, 1, 1, 0],
            "accessibility": [3, 5, 9, 7, 3, 1, 1],  # 8 of 27 → 30 %
            "expectations": [12, 14, 2, 1, 0],
        },
        "yesno": {"would_return": (27, 2), "intend_to_act": (24, 5)},
        "expertise": (11, 12, 6),
        "roles": (10, 9, 3, 4, 3),
        "comments": [
            "Il manquait d'interprétation vers le français pour certains ateliers.",
            "Plus de temps pour les échanges et les questions.",
            "The room was too small and hard to reach by public transit.",
            "Inclure davantage la voix des personnes survivantes.",
            "Le lieu était difficile d'accès en fauteuil roulant.",
            "Très bon forum, merci !",
        ],
    },
    2017: {
        "n": 25,
        "start": datetime(2017, 12, 6, 16, 20),
        "lang": "en",
        "agree": EN_AGREE,
        "na": "N/A",
        "headers": EN_HEADERS,
        "items": {
            "organised": [14, 9, 2, 0, 0],
            "constructive": [11, 11, 2, 1, 0],
            "speakers": [12, 10, 2, 1, 0],
            "resources": [9, 12, 3, 1, 0],
            "included": [13, 9, 2, 1, 0],
            "free_to_speak": [14, 9, 1, 1, 0],
            "accessibility": [6, 8, 4, 3, 1, 2, 1],
            "expectations": [10, 11, 3, 1, 0],
        },
        "yesno": {"would_return": (23, 2)},
        "expertise": (9, 11, 5),
        "roles": (9, 7, 3, 3, 3),
        "comments": [
            "More time for questions please.",
            "Please add French interpretation for all panels.",
            "Great networking opportunities.",
            "Invite survivors to speak on the main panel.",
        ],
    },
    2016: {
        "n": 36,
        "start": datetime(2016, 11, 17, 16, 0),
        "lang": "fr",
        "agree": FR_AGREE_ALT,
        "na": "S.O.",
        "headers": FR_HEADERS_2016,
        "items": {
            "organised": [17, 14, 3, 2, 0],
            "constructive": [15, 16, 3, 1, 1],
            "speakers": [18, 13, 4, 1, 0],
            "resources": [12, 17, 5, 2, 0],
            "included": [16, 13, 4, 2, 0, 0, 1],
            "free_to_speak": [17, 13, 3, 2, 1],
            "accessibility": [8, 11, 7, 4, 2, 3, 1],
            "expectations": [13, 15, 5, 2, 1],
        },
        "yesno": {"would_return": (32, 4)},
        "expertise": (13, 15, 8),
        "roles": (13, 10, 5, 4, 4),
        "comments": [
            "Plus d'ateliers pratiques pour les intervenantes.",
            "La salle était trop froide.",
            "Plus de temps de questions.",
            "Davantage de conférenciers francophones hors Québec.",
            "Parler de prévention dans les écoles.",
        ],
    },
}


def _column(rng: random.Random, labels: list[str], counts: list[int], na: str, n: int) -> list[str]:
    values: list[str] = []
    for label, count in zip(labels, counts[:5], strict=True):
        values += [label] * count
    if len(counts) > 5:
        values += [na] * counts[5]
    if len(counts) > 6:
        values += [""] * counts[6]
    if len(values) != n:
        raise SystemExit(f"counts {counts} add up to {len(values)}, not {n}")
    rng.shuffle(values)
    return values


def build(year: int, spec: dict[str, object]) -> list[list[str]]:
    rng = random.Random(year)
    n = int(spec["n"])  # type: ignore[call-overload]
    fr = spec["lang"] == "fr"
    headers: dict[str, str] = spec["headers"]  # type: ignore[assignment]
    agree: list[str] = spec["agree"]  # type: ignore[assignment]
    na = str(spec["na"])
    columns: dict[str, list[str]] = {}
    for item, counts in spec["items"].items():  # type: ignore[attr-defined]
        columns[item] = _column(rng, agree, counts, na, n)
    yes, no = ("Oui", "Non") if fr else ("Yes", "No")
    for item, (n_yes, n_no) in spec["yesno"].items():  # type: ignore[attr-defined]
        columns[item] = _column(rng, [yes, no, "", "", ""], [n_yes, n_no, 0, 0, 0], na, n)
    expertise = FR_EXPERTISE if fr else EN_EXPERTISE
    columns["expertise"] = _column(rng, [*expertise, "", ""], [*spec["expertise"], 0, 0], na, n)  # type: ignore[misc]
    roles = FR_ROLES if fr else EN_ROLES
    columns["role"] = _column(rng, roles, list(spec["roles"]), na, n)  # type: ignore[call-overload]
    if "identity" in spec:
        # its own generator, so that adding the column left every other column unchanged
        identity_rng = random.Random(year * 7 + 1)
        counts = list(spec["identity"])  # type: ignore[call-overload]
        values = [v for v, c in zip(FR_IDENTITY, counts, strict=True) for _ in range(c)]
        if len(values) != n:
            raise SystemExit(f"identity counts add up to {len(values)}, not {n}")
        identity_rng.shuffle(values)
        columns["identity"] = values
    comments: list[str] = list(spec["comments"])  # type: ignore[call-overload]
    columns["suggestions"] = comments + [""] * (n - len(comments))
    rng.shuffle(columns["suggestions"])

    order = [k for k in headers if k in columns]
    stamp_header = "Horodateur" if fr else "Timestamp"
    rows = [[stamp_header] + [headers[k] for k in order]]
    moment: datetime = spec["start"]  # type: ignore[assignment]
    for i in range(n):
        moment += timedelta(minutes=rng.randint(1, 90), seconds=rng.randint(0, 59))
        stamp = moment.strftime("%Y/%m/%d %-I:%M:%S %p") + (" HNE" if fr else " EST")
        rows.append([stamp] + [columns[k][i] for k in order])
    return rows


def main() -> None:
    for year, spec in sorted(EDITIONS.items()):
        path = HERE / f"{year}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerows(build(year, spec))
        print(f"wrote {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
