"""Pieces the analyses share: result tables, C result handles, arrays of C strings, node
selections and checked numbers.

An analysis copies everything its C result handle holds into records, then destroys the
handle before returning: results are plain Python objects that need no closing.
"""
from __future__ import annotations

import contextlib
import ctypes
import math
import operator
from dataclasses import dataclass
from typing import Any, Dict, Generic, Iterable, Iterator, List, Optional, Sequence, Tuple, Type, TypeVar, Union, \
    overload

from . import _capi
from ._args import c_text
from ._library import lib
from ._tables import column, records_to_dicts, records_to_pandas
from .errors import argument_error

__all__ = ["Table", "Selection", "result_handle", "c_strings", "selection", "count_of", "size", "number",
           "optional_number"]

R = TypeVar("R")


class Table(Sequence[R], Generic[R]):
    """An immutable list of records of one type (the rows of a result).

    `len`, `[i]`, slices, iteration; `to_list()`, `to_dicts()`, `to_pandas()` (one column
    per record field) and `column(name)` (a numpy array for numeric fields when numpy is
    installed, else a list)."""

    def __init__(self, record_type: Type[R], items: Iterable[R] = ()) -> None:
        self._type = record_type
        self._items: Tuple[R, ...] = tuple(items)

    @overload
    def __getitem__(self, index: int) -> R: ...
    @overload
    def __getitem__(self, index: slice) -> "Table[R]": ...

    def __getitem__(self, index: Union[int, slice]) -> Union[R, "Table[R]"]:
        if isinstance(index, slice):
            return Table(self._type, self._items[index])
        return self._items[operator.index(index)]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[R]:
        return iter(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Table):
            return self._items == other._items
        if isinstance(other, (list, tuple)):
            return list(self._items) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<Table of {len(self)} {self._type.__name__}>"

    @property
    def record_type(self) -> Type[R]:
        """The dataclass of the rows."""
        return self._type

    def to_list(self) -> List[R]:
        return list(self._items)

    def to_dicts(self) -> List[Dict[str, Any]]:
        """The rows as plain dicts, field by field."""
        return records_to_dicts(self._items)

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per record and one column per field (needs pandas)."""
        return records_to_pandas(self._items, self._type)

    def column(self, name: str) -> Any:
        """One field of every row: numpy array for numbers (NaN for None) when numpy is
        installed, else a list."""
        return column(self._items, self._type, name)


@dataclass(frozen=True)
class Selection:
    """A set of nodes: every node on one of `levels` (node order), then the nodes `ids` (in
    the given order), each once (ig_node_selection). Use it where a level name and a node
    id could be confused; elsewhere a str or a list of str is read as described in
    docs/python.md (a level of the model is a level, anything else a node id)."""

    levels: Tuple[str, ...] = ()
    ids: Tuple[str, ...] = ()

    def __init__(self, levels: Union[str, Iterable[str]] = (), ids: Union[str, Iterable[str]] = ()) -> None:
        object.__setattr__(self, "levels", (levels,) if isinstance(levels, str) else tuple(levels))
        object.__setattr__(self, "ids", (ids,) if isinstance(ids, str) else tuple(ids))

    @property
    def empty(self) -> bool:
        return not self.levels and not self.ids


SelectionLike = Union[str, Iterable[str], Selection]


@contextlib.contextmanager
def result_handle(kind: str) -> Iterator[ctypes.c_void_p]:
    """A `T *` for an ig_<kind>_compute-style call to fill; destroyed on leaving the block."""
    handle = ctypes.c_void_p()
    try:
        yield handle
    finally:
        if handle.value:
            getattr(lib, f"ig_{kind}_destroy")(ctypes.byref(handle))


class CStrings:
    """A `const char *const *` array and its count, kept alive with its bytes."""

    def __init__(self, items: Sequence[str], argument: str) -> None:
        if isinstance(items, (str, bytes)):
            raise TypeError(f"argument '{argument}' must be a list of str, not a single {type(items).__name__}")
        self._bytes = [c_text(item, argument, allow_none=False) for item in items]
        self.count = len(self._bytes)
        self.array = (ctypes.c_char_p * max(self.count, 1))(*self._bytes) if self.count else None

    @property
    def pointer(self) -> Any:
        return ctypes.cast(self.array, _capi._strings) if self.array is not None else None


def c_strings(items: Union[None, str, Iterable[str]], argument: str) -> CStrings:
    """The strings as a C array: None is none (NULL, count 0); a str is a list of one."""
    return CStrings([] if items is None else [items] if isinstance(items, str) else list(items), argument)


def selection(levels: Sequence[str], spec: Optional[SelectionLike], argument: str) -> Optional[Selection]:
    """A Selection from what a caller passed: a Selection as it is; a str or a list of str,
    each a level when `levels` (the model's) has it and a node id otherwise; None stays None."""
    if spec is None or isinstance(spec, Selection):
        return spec
    items = [spec] if isinstance(spec, str) else list(spec)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"argument '{argument}' holds a {type(item).__name__}; levels and node ids are str")
    known = set(levels)
    return Selection(levels=[x for x in items if x in known], ids=[x for x in items if x not in known])


class CSelection:
    """An ig_node_selection for a Selection, with its arrays kept alive."""

    def __init__(self, chosen: Selection, argument: str) -> None:
        self._levels = c_strings(chosen.levels, argument)
        self._ids = c_strings(chosen.ids, argument)
        self.struct = _capi.ig_node_selection()
        self.struct.levels = self._levels.pointer
        self.struct.level_count = self._levels.count
        self.struct.ids = self._ids.pointer
        self.struct.id_count = self._ids.count

    def ref(self) -> Any:
        return ctypes.byref(self.struct)


def count_of(function: Any, handle: ctypes.c_void_p, *args: Any) -> int:
    """The size_t an ig_*_count function gives."""
    from .errors import check

    n = ctypes.c_size_t()
    check(function(ctypes.byref(n), handle, *args))
    return n.value


def size(value: Any, argument: str) -> int:
    """A non-negative int for a size_t argument (ctypes would wrap a negative one silently)."""
    if isinstance(value, bool):
        raise TypeError(f"argument '{argument}' must be an int, not bool")
    try:
        value = operator.index(value)
    except TypeError:
        raise TypeError(f"argument '{argument}' must be an int, not {type(value).__name__}") from None
    if value < 0 or value >= 1 << 64:
        raise argument_error(f"argument '{argument}' is {value}, not a count from 0 to 2^64 - 1")
    return value


def c_int_arg(value: Any, argument: str) -> int:
    """An int for a C int argument, within its range."""
    if isinstance(value, bool):
        raise TypeError(f"argument '{argument}' must be an int, not bool")
    try:
        value = operator.index(value)
    except TypeError:
        raise TypeError(f"argument '{argument}' must be an int, not {type(value).__name__}") from None
    if not -(1 << 31) <= value < 1 << 31:
        raise argument_error(f"argument '{argument}' is {value}, outside a C int")
    return value


def number(value: Any, argument: str) -> float:
    """A C double from a real number (ints, floats, numpy's too; bools refused). The
    library judges the range: NaN or a negative range reaches it and is refused there."""
    import numbers

    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"argument '{argument}' must be a number, not {type(value).__name__}")
    return float(value)


def optional_number(has: int, value: float) -> Optional[float]:
    """None unless the C struct says the number is there (and it is not NaN)."""
    return float(value) if has and not math.isnan(value) else None


def finite_or_none(value: float) -> Optional[float]:
    """None for NaN (the C ABI's "missing"), else the number."""
    return None if math.isnan(value) else float(value)
