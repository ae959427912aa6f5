"""Lists of findings: what validation returns and what a failed load carries."""
from __future__ import annotations

import ctypes
from typing import Any, Dict, Iterator, List, Sequence, Union, overload

from . import _capi
from ._handles import take_bytes, text
from ._library import lib
from ._tables import records_to_pandas
from .errors import check
from .records import Diagnostic

__all__ = ["Diagnostics"]


class Diagnostics(Sequence[Diagnostic]):
    """An immutable list of Diagnostic records, in the library's stable order."""

    def __init__(self, items: Sequence[Diagnostic] = ()) -> None:
        self._items = tuple(items)

    @overload
    def __getitem__(self, index: int) -> Diagnostic: ...
    @overload
    def __getitem__(self, index: slice) -> "Diagnostics": ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Diagnostic, "Diagnostics"]:
        if isinstance(index, slice):
            return Diagnostics(self._items[index])
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Diagnostics):
            return self._items == other._items
        if isinstance(other, (list, tuple)):
            return list(self._items) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<Diagnostics: {self.error_count} errors, {self.warning_count} warnings, {len(self)} in all>"

    def __str__(self) -> str:
        return "\n".join(str(d) for d in self._items)

    @property
    def errors(self) -> List[Diagnostic]:
        """The error-severity findings."""
        return [d for d in self._items if d.severity == "error"]

    @property
    def warnings(self) -> List[Diagnostic]:
        """The warning-severity findings."""
        return [d for d in self._items if d.severity == "warning"]

    @property
    def error_count(self) -> int:
        return len(self.errors)

    @property
    def warning_count(self) -> int:
        return len(self.warnings)

    @property
    def valid(self) -> bool:
        """True when there is no error (warnings and infos allowed): the model can be frozen."""
        return self.error_count == 0

    def codes(self) -> List[str]:
        """The codes, in order."""
        return [d.code for d in self._items]

    def to_dicts(self) -> List[Dict[str, Any]]:
        """The findings as the command line's `--json` "diagnostics" list."""
        return [d.to_dict() for d in self._items]

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per finding (needs pandas)."""
        return records_to_pandas(self._items, Diagnostic)


def _one(handle: ctypes.c_void_p, index: int) -> Diagnostic:
    raw = _capi.ig_diagnostic()
    check(lib.ig_diagnostics_get(ctypes.byref(raw), handle, index))
    ids = []
    for k in range(raw.id_count):
        value = ctypes.c_char_p()
        check(lib.ig_diagnostics_id(ctypes.byref(value), handle, index, k))
        ids.append(text(value.value))
    line = ctypes.c_void_p()
    check(lib.ig_diagnostics_format(ctypes.byref(line), handle, index))
    severity = lib.ig_severity_name(raw.severity).decode("utf-8") or str(raw.severity)
    return Diagnostic(code=text(raw.code), severity=severity, message=text(raw.message), file=text(raw.file),
                      line=raw.line, column=raw.column, field=text(raw.field), ids=tuple(ids),
                      formatted=take_bytes(line).decode("utf-8"))


def take_diagnostics(handle: ctypes.c_void_p) -> Diagnostics:
    """Copies an ig_diagnostics list the caller owns into records, then destroys it."""
    try:
        count = ctypes.c_size_t()
        check(lib.ig_diagnostics_count(ctypes.byref(count), handle))
        return Diagnostics([_one(handle, i) for i in range(count.value)])
    finally:
        lib.ig_diagnostics_destroy(ctypes.byref(handle))


def call_for_diagnostics(function, *args) -> Diagnostics:
    """Calls an ig_* function whose first argument is `ig_diagnostics **out` and takes the list."""
    handle = ctypes.c_void_p()
    check(function(ctypes.byref(handle), *args))
    return take_diagnostics(handle)


