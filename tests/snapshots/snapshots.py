"""Snapshots of `validate --format json` and `summarize --format json` for every file in
tests/data/ and every edition of surveys/: stdout, stderr and the exit code, taken with the
command line in process.

They pin what the commands print while the code is reorganised (issue 12): a change in a
snapshot is either a regression or an intended change, reviewed as a diff and regenerated on
purpose with ``python tests/snapshots/snapshots.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DATA = ROOT / "tests" / "data"
EDITIONS = ("2016", "2017", "2018", "2019")
#: the folders of tests/data/ whose files are snapshotted (a new folder is added here with its
#: snapshots, on purpose)
FOLDERS = ("bad", "exports", "privacy", "zero_config")


def sources() -> list[str]:
    """Every file of tests/data/ (scripts aside), as a path relative to the repository, and
    the registry's editions."""
    files = sorted(
        p.relative_to(ROOT).as_posix()
        for folder in FOLDERS
        for p in (DATA / folder).rglob("*")
        # files, and a folder named like a file (tests/data/bad/a_folder.csv)
        if p.suffix not in ("", ".py", ".gitkeep") and not p.name.startswith(".")
    )
    return [*files, *EDITIONS]


def snapshot_name(source: str, command: str) -> str:
    return f"{command}__{source.replace('/', '__')}.json"


def take(source: str, command: str) -> dict[str, object]:
    from typer.testing import CliRunner

    from forum_eval.cli import app

    args = [command, source, "--format", "json", "--surveys-dir", "surveys"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "100"})
    out: object = result.stdout
    with contextlib.suppress(ValueError):
        out = json.loads(result.stdout)
    return {"args": args[:2], "exit_code": result.exit_code, "stdout": out, "stderr": result.stderr}


def dump(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    """All snapshots again; ``--missing``: only those that do not exist yet."""
    os.chdir(ROOT)
    missing_only = "--missing" in sys.argv[1:]
    if not missing_only:
        for old in HERE.glob("*.json"):
            old.unlink()
    for source in sources():
        for command in ("validate", "summarize"):
            path = HERE / snapshot_name(source, command)
            if not (missing_only and path.exists()):
                path.write_text(dump(take(source, command)), encoding="utf-8")
    sys.stdout.write(f"{len(list(HERE.glob('*.json')))} snapshots written to {HERE}\n")


if __name__ == "__main__":
    main()
