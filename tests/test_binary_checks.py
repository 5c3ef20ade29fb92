"""Cheap checks that run on every file read (issue 7, compare over many editions): the
binary-content tests without a Python loop over characters, against the loops they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from forum_eval.read import grid as reader


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
