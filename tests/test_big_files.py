"""The vectorised core (issue 7): labels looked at once per distinct value, big UTF-8 files
parsed from their bytes, and the same figures whichever path a file takes."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from forum_eval.read import grid as reader
from forum_eval.read.survey import Options
from tests.conftest import ROOT, SURVEYS, summarize_source

sys.path.insert(0, str(ROOT / "benchmarks"))

import generate


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated export just over the size where the byte-level fast path starts."""
    path = tmp_path_factory.mktemp("big") / "big.csv"
    rows = reader.BIG_TEXT_BYTES // 200 + 2_000
    generate.write_csv(path, rows, seed=7)
    assert path.stat().st_size >= reader.BIG_TEXT_BYTES
    return path


def same_cells(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """The same strings in the same cells, whatever the column dtypes (str or category)."""
    return a.shape == b.shape and bool((a.astype(str).to_numpy() == b.to_numpy()).all())


def summary_of(path: Path):  # type: ignore[no-untyped-def]
    return summarize_source(str(path), Options(surveys_dir=SURVEYS))


def test_labels_are_normalised_once_per_distinct_value(
    big_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_eval.config import scales

    calls = {"n": 0}
    original = scales.Scale.index_of

    def counting(self, value, *, numeric=False):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return original(self, value, numeric=numeric)

    monkeypatch.setattr(scales.Scale, "index_of", counting)
    summary = summary_of(big_csv)
    rows = summary.respondents
    assert rows > 20_000
    # 12 coded columns with at most 7 distinct values each: a few dozen lookups, not one
    # per cell (that would be 12 × rows)
    assert 0 < calls["n"] <= 12 * 8


def test_fast_path_gives_the_same_figures_as_the_careful_path(
    big_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = summary_of(big_csv)
    grid_fast = reader.read_grid(big_csv)
    monkeypatch.setattr(reader, "BIG_TEXT_BYTES", 10**12)  # every file takes the careful path
    careful = summary_of(big_csv)
    grid_careful = reader.read_grid(big_csv)
    assert fast == careful
    assert grid_fast.info == grid_careful.info
    # the fast path gives the answer columns as categories, the careful path as strings
    kinds = {str(t) for t in grid_fast.frame.dtypes}
    assert "category" in kinds and str(grid_careful.frame.dtypes[0]) != "category"
    assert same_cells(grid_fast.frame, grid_careful.frame)


def test_fast_path_counts_match_the_strings(big_csv: Path) -> None:
    import pandas as pd

    frame = pd.read_csv(big_csv, dtype=str, keep_default_na=False)
    summary = summary_of(big_csv)
    organised = frame["Le forum était bien organisé."]
    item = summary.item("organised")
    assert item.n_positive == organised.isin(["D'accord", "Fortement d'accord"]).sum()
    assert item.n_blank == (organised == "").sum()
    assert summary.comments[0].n_comments == (frame.iloc[:, 13] != "").sum()


def test_a_bom_is_removed_on_the_fast_path(big_csv: Path, tmp_path: Path) -> None:
    with_bom = tmp_path / "bom.csv"
    with_bom.write_bytes(b"\xef\xbb\xbf" + big_csv.read_bytes())
    grid = reader.read_grid(with_bom)
    assert grid.info["encoding"] == "utf-8-sig"
    assert grid.frame.iat[0, 0] == "Horodateur"
    assert summary_of(with_bom).items == summary_of(big_csv).items


def test_a_latin_byte_far_into_a_big_file_falls_back_to_the_careful_path(
    big_csv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # valid UTF-8 in the first 256 KB, then a cp1252 "é" in a comment near the end:
    # pyarrow refuses the bytes and the careful path (encoding detection) reads the file
    data = big_csv.read_bytes()
    cut = data.rindex(b"\n", 0, len(data) - 100) + 1
    odd = tmp_path / "odd.csv"
    line = (
        b"2019/11/29 3:00:00 AM HNE"
        + b",D'accord" * 8
        + b",Oui,Oui,Connaissance moyenne,Autre,Caf\xe9\n"
    )
    odd.write_bytes(data[:cut] + line + data[cut:])
    fast = reader.read_grid(odd)
    monkeypatch.setattr(reader, "BIG_TEXT_BYTES", 10**12)
    careful = reader.read_grid(odd)
    assert fast.info == careful.info
    assert fast.info["encoding"] != "utf-8"
    assert fast.frame.equals(careful.frame)  # both from the careful path: strings


def test_duplicate_rows_found_on_codes_match_pandas_on_strings() -> None:
    import numpy as np
    import pandas as pd

    from forum_eval.read.columns import Column
    from forum_eval.read.duplicates import duplicated, row_keys

    rng = np.random.default_rng(3)
    for n_columns, cardinality in [(4, 3), (14, 7), (7, 2_000)]:  # the last overflows int64
        frame = pd.DataFrame(
            {c: rng.integers(0, cardinality, 3_000).astype(str) for c in range(n_columns)}
        ).astype(str)
        frame.iloc[::97] = frame.iloc[0]  # plant duplicates of the first row
        keys = row_keys([Column(frame[c]) for c in frame.columns])
        assert (keys.ndim == 2) is (cardinality == 2_000)
        assert (duplicated(keys) == frame.duplicated(keep="first").to_numpy()).all()
        assert duplicated(keys).sum() >= 3_000 // 97
