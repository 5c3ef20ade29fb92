"""Cheap checks that run on every file read (issue 7, compare over many editions): the
binary-content tests without a Python loop over characters, against the loops they replace,
and configuration files parsed once per content (forum_eval/filecache.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_eval import filecache
from forum_eval.config.questionnaire import load_questionnaire
from forum_eval.config.registry import load_registry
from forum_eval.errors import ConfigError
from forum_eval.read import grid as reader
from tests.conftest import SURVEYS


def binary_bytes_by_loop(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(b"\x00") * 3 >= len(head):
        return False
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return b"\x00" in head or controls > max(2, len(head) // 100)


def is_binary_by_loop(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n\f") or 0x7F <= ord(ch) < 0xA0
    )
    return "\x00" in sample or controls > max(2, len(sample) // 100)


TEXTISH = st.sampled_from(["a", "é", ",", "\n", "\r", "\t", "\f", "\x0b", "\x00", "\x01"])


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.lists(
            st.sampled_from([b"a", b",", b"\n", b"\x01", b"\x0b", b"\x1f", b"\x00"]), max_size=400
        ).map(b"".join),
    )
)
def test_control_bytes_are_counted_as_by_the_loop(head: bytes) -> None:
    assert reader._binary_bytes(head) is binary_bytes_by_loop(head)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=400),
        st.lists(
            st.one_of(TEXTISH, st.characters(min_codepoint=0x70, max_codepoint=0xA5)), max_size=400
        ).map("".join),
    )
)
def test_control_characters_are_counted_as_by_the_loop(text: str) -> None:
    assert reader._is_binary(text) is is_binary_by_loop(text)


def test_a_questionnaire_is_parsed_once_per_content(tmp_path: Path) -> None:
    path = tmp_path / "questionnaire.toml"
    shutil.copy(SURVEYS / "questionnaire.toml", path)
    first = load_questionnaire(path)
    assert load_questionnaire(path) is first  # same bytes: the same result
    text = path.read_text(encoding="utf-8")
    # the same size, written at once (same modification tick): still seen
    path.write_text(text.replace("organised", "organized", 1), encoding="utf-8")
    changed = load_questionnaire(path)
    assert changed is not first and changed != first
    path.write_text("[[item]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_questionnaire(path)
    path.unlink()
    with pytest.raises(ConfigError, match="not found"):
        load_questionnaire(path)


def test_a_registry_is_parsed_once_per_content(tmp_path: Path) -> None:
    shutil.copy(SURVEYS / "forums.toml", tmp_path / "forums.toml")
    first = load_registry(tmp_path)
    assert load_registry(tmp_path) is first
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SURVEYS / "forums.toml", other / "forums.toml")
    # the same bytes in another folder: its editions' files are in that folder
    moved = load_registry(other)
    assert moved is not first
    assert all(e.file is None or e.file.parent == other for e in moved.editions)


def test_at_most_a_few_results_are_kept(tmp_path: Path) -> None:
    calls: list[Path] = []

    @filecache.by_content
    def load(path: Path) -> str:
        calls.append(path)
        return path.read_text()

    paths = [tmp_path / f"{i}.toml" for i in range(filecache._KEEP + 2)]
    for i, path in enumerate(paths):
        path.write_text(str(i))
        assert load(path) == str(i)
    assert load(paths[-1]) == str(len(paths) - 1) and len(calls) == len(paths)
    assert load(paths[0]) == "0" and len(calls) == len(paths) + 1  # the oldest was let go
