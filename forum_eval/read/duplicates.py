"""Exact duplicate rows, found fast: rows compared on one integer key per row, and a
shortcut that skips the search when a time-stamp column increases from row to row (no two
rows can then be equal). tests/test_duplicates.py checks both against the plain ways.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from forum_eval.read.columns import Column


def row_keys(columns: Sequence[Column]) -> np.ndarray:
    """One key per row, equal for two rows exactly when all their values are: the columns'
    codes combined in mixed radix into one int64 (a 2-D array of codes if that overflows)."""
    key = np.zeros(len(columns[0]) if columns else 0, dtype=np.int64)
    radix = 1
    for column in columns:
        size = column.n_distinct + 1  # code −1 (missing) becomes 0
        radix *= size
        if radix >= 2**62:
            return np.column_stack([c.codes for c in columns])
        key *= size
        key += column.codes
        key += 1
    return key


def duplicated(keys: np.ndarray) -> np.ndarray:
    """True for every row whose key (one int64, or a row of codes) was already on an earlier
    row (a one-column frame takes pandas' Series path)."""
    return pd.DataFrame(keys).duplicated(keep="first").to_numpy()


def _n_distinct(values: pd.Series) -> int:
    """How many different values a column holds (pyarrow's hashing when Arrow-backed)."""
    to_arrow = getattr(values.array, "__arrow_array__", None)
    if to_arrow is not None and not values.hasnans:
        import pyarrow.compute as pc

        return len(pc.unique(to_arrow()))
    return int(values.nunique())


def all_distinct(values: pd.Series) -> bool:
    """No two cells hold the same value: shown without hashing when the cells are time
    stamps that increase from row to row, else by counting the distinct values."""
    return _increasing_stamps(values) or _n_distinct(values) == len(values)


_STAMP = re.compile(
    r"^(?P<date>\d{1,4}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{1,4})(?P<t>[ T])"
    r"\d{1,2}:\d{2}:\d{2}(?P<ampm>\s?[AaPp]\.?[Mm]\.?)?(?P<rest>.*)$"
)


def _stamp_formats(first: str) -> list[str]:
    """``strptime`` formats that may read a stamp written like ``first`` (the date in any
    order; a 12- or 24-hour clock; what follows the time, such as a time zone, literally)."""
    found = _STAMP.match(first)
    if found is None:
        return []
    sep = found["sep"]
    dates = [f"%Y{sep}%m{sep}%d", f"%m{sep}%d{sep}%Y", f"%d{sep}%m{sep}%Y"]
    ampm = found["ampm"]
    time = "%H:%M:%S" if ampm is None else "%I:%M:%S" + (" %p" if ampm[0].isspace() else "%p")
    if ampm is not None and "." in ampm:
        return []  # "p.m.": not what %p reads
    rest = found["rest"].replace("%", "%%")
    return [f"{date}{found['t']}{time}{rest}" for date in dates]


def _increasing_stamps(values: pd.Series) -> bool:
    """The cells, read as time stamps in a format guessed from the first one, increase
    strictly from row to row, so that no two are equal. Reading a stamp is a function of
    its text, so equal texts could not give increasing times, whatever the format is and
    even if it is not the one meant. False when that cannot be shown (a cell that does not
    read, two equal or decreasing times, a column that is not text)."""
    to_arrow = getattr(values.array, "__arrow_array__", None)
    if to_arrow is None or values.hasnans or len(values) < 2:
        return False
    import pyarrow as pa
    import pyarrow.compute as pc

    cells = to_arrow()
    if not pa.types.is_string(cells.type) and not pa.types.is_large_string(cells.type):
        return False
    for form in _stamp_formats(str(values.iat[0])):
        sample = pc.strptime(cells[:1000], format=form, unit="s", error_is_null=True)
        if sample.null_count or not _increasing(sample):
            continue
        times = pc.strptime(cells, format=form, unit="s", error_is_null=True)
        return times.null_count == 0 and _increasing(times)
    return False


def _increasing(times: Any) -> bool:
    """Each time (an Arrow array or chunked array without nulls) is after the one before."""
    import pyarrow as pa

    seconds = np.asarray(times.cast(pa.int64()))
    return bool((seconds[1:] > seconds[:-1]).all())


_SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")


def is_time_stamp(column: Column) -> bool:
    """Most non-blank cells hold a time of day to the second (each distinct value looked at
    once, weighted by how many cells hold it)."""
    filled = stamped = 0
    for text, count in zip(column.stripped, column.counts().tolist(), strict=True):
        if text:
            filled += count
            if _SECONDS.search(text):
                stamped += count
    return filled > 0 and stamped >= 0.9 * filled
