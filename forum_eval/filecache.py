"""Configuration files parsed once per process for the same content.

``forum-eval compare`` over ten editions resolves ten sources: without this, it would parse
``forums.toml`` and ``questionnaire.toml`` ten times each (TOML parsing in pure Python: about
6 ms a time). A loader decorated with :func:`by_content` returns its earlier result when
the file holds exactly the same bytes as when that result was made (the bytes are the key,
not the modification time, so an edit within the same clock tick is seen).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: results kept per loader (the most recent files)
_KEEP = 8


def by_content(loader: Callable[[Path], T]) -> Callable[[Path], T]:
    """Wrap ``loader(path)`` (which must return an immutable value): same path, same bytes,
    same result. A file that cannot be read is left to the loader, which says why."""
    kept: dict[tuple[str, bytes], T] = {}

    @functools.wraps(loader)
    def load(path: Path) -> T:
        try:
            before = path.read_bytes()
        except OSError:
            return loader(path)
        key = (str(path), before)
        if key in kept:
            return kept[key]
        result = loader(path)
        try:
            unchanged = path.read_bytes() == before
        except OSError:
            unchanged = False
        if unchanged:  # not rewritten while it was parsed
            if len(kept) >= _KEEP:
                kept.pop(next(iter(kept)))
            kept[key] = result
        return result

    load.cache_clear = kept.clear  # type: ignore[attr-defined]
    return load
