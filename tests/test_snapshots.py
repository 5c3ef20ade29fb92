"""`validate` and `summarize --format json` print what their snapshots hold, for every file
in tests/data/ and every edition (tests/snapshots/; regenerate on purpose with
``python tests/snapshots/snapshots.py`` and review the diff)."""

from __future__ import annotations

import pytest

from tests.snapshots.snapshots import HERE, ROOT, dump, snapshot_name, sources, take

CASES = [(s, c) for s in sources() for c in ("validate", "summarize")]


@pytest.mark.parametrize(("source", "command"), CASES, ids=[f"{c}:{s}" for s, c in CASES])
def test_output_equals_its_snapshot(
    source: str, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    expected = (HERE / snapshot_name(source, command)).read_text(encoding="utf-8")
    assert dump(take(source, command)) == expected
