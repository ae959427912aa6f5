"""Exceptions: one class per C status code, raised with the library's code and message.

Every failing C call goes through `check`, which reads the thread's last error
(ig_error_last_message, ig_error_last_diagnostics) and raises the class for the code.
Each class also derives from the built-in exception a Python programmer would catch
(ValueError, OSError, KeyError, IndexError, MemoryError, RuntimeError).
"""
from __future__ import annotations

import ctypes
from typing import Any, Dict, List, Optional, Sequence, Tuple, Type

from ._constants import Status
from ._library import AbiVersionError, LibraryError, LibraryNotFoundError, lib
from .records import Diagnostic

__all__ = [
    "Error", "InvalidArgumentError", "InputOutputError", "ParseError", "InvalidModelError",
    "NotFoundError", "OutOfRangeError", "StateError", "BufferTooSmallError", "OutOfMemoryError",
    "InternalError", "LibraryError", "LibraryNotFoundError", "AbiVersionError", "check",
]


class Error(Exception):
    """A failure reported by libimpactgraph.

    Attributes:
        code: the C status code (a negative int; `Status` member when known).
        code_name: its name, e.g. "IG_ERROR_IO" ("IG_ERROR_UNKNOWN" for a new code).
        message: the library's message ("file:line:column: field: message [code]" for bad input).
        diagnostics: every finding behind the failure (a list of Diagnostic; empty when none).
    """

    default_code = Status.ERROR_INTERNAL

    def __init__(self, message: str, code: Optional[int] = None, diagnostics: Sequence[Diagnostic] = ()) -> None:
        code = self.default_code if code is None else code
        super().__init__(message)
        try:
            self.code: int = Status(code)
        except ValueError:
            self.code = int(code)
        self.code_name: str = lib.ig_status_name(int(code)).decode("utf-8")
        self.message: str = message
        self.diagnostics: List[Diagnostic] = list(diagnostics)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, code={self.code_name})"

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:
        return (_rebuild, (type(self), self.message, int(self.code), self.diagnostics))


def _rebuild(cls: Type["Error"], message: str, code: int, diagnostics: List[Diagnostic]) -> "Error":
    return cls(message, code, diagnostics)


class InvalidArgumentError(Error, ValueError):
    """IG_ERROR_INVALID_ARGUMENT: a bad argument; the message names it."""

    default_code = Status.ERROR_INVALID_ARGUMENT


class InputOutputError(Error, OSError):
    """IG_ERROR_IO: a file or folder could not be read or written."""

    default_code = Status.ERROR_IO

    def __new__(cls, message: str, code: Optional[int] = None,
                diagnostics: Sequence[Diagnostic] = ()) -> "InputOutputError":
        # OSError would read a second argument as errno and a third as a file name.
        return OSError.__new__(cls, message)


class ParseError(Error, ValueError):
    """IG_ERROR_PARSE: bad input syntax or types; .diagnostics has file, line and field."""

    default_code = Status.ERROR_PARSE


class InvalidModelError(Error, ValueError):
    """IG_ERROR_INVALID_MODEL: the model has validation errors, every one in .diagnostics."""

    default_code = Status.ERROR_INVALID_MODEL


class NotFoundError(Error, KeyError):
    """IG_ERROR_NOT_FOUND: no item with that id or key."""

    default_code = Status.ERROR_NOT_FOUND


class OutOfRangeError(Error, IndexError):
    """IG_ERROR_OUT_OF_RANGE: an index past the end."""

    default_code = Status.ERROR_OUT_OF_RANGE


class StateError(Error, RuntimeError):
    """IG_ERROR_STATE: not allowed now (a frozen builder, a closed model)."""

    default_code = Status.ERROR_STATE


class BufferTooSmallError(Error):
    """IG_ERROR_BUFFER_TOO_SMALL: a buffer cannot hold the result (a bug in this package)."""

    default_code = Status.ERROR_BUFFER_TOO_SMALL


class OutOfMemoryError(Error, MemoryError):
    """IG_ERROR_OUT_OF_MEMORY: an allocation in the library failed."""

    default_code = Status.ERROR_OUT_OF_MEMORY


class InternalError(Error):
    """IG_ERROR_INTERNAL: a bug in the library; please report it."""

    default_code = Status.ERROR_INTERNAL


#: The class raised for each status code; any other negative code raises Error.
ERROR_CLASSES: Dict[int, Type[Error]] = {
    cls.default_code: cls
    for cls in (InvalidArgumentError, InputOutputError, ParseError, InvalidModelError, NotFoundError,
                OutOfRangeError, StateError, BufferTooSmallError, OutOfMemoryError, InternalError)
}


for _cls in (Error, *ERROR_CLASSES.values()):
    _cls.__module__ = "impactgraph"  # shown as impactgraph.ParseError in tracebacks


def error_class(code: int) -> Type[Error]:
    """The exception class for a status code."""
    return ERROR_CLASSES.get(code, Error)


def last_error(code: int) -> Error:
    """The exception for the failing call that just returned `code` on this thread."""
    message = lib.ig_error_last_message().decode("utf-8", "replace")
    diagnostics: List[Diagnostic] = []
    handle = ctypes.c_void_p()
    if lib.ig_error_last_diagnostics(ctypes.byref(handle)) == Status.OK:
        from .diagnostics import take_diagnostics  # late: diagnostics imports this module
        diagnostics = list(take_diagnostics(handle))
    return error_class(code)(message or lib.ig_status_name(code).decode("utf-8"), code, diagnostics)


def check(status: int) -> None:
    """Raises the Error subclass for `status` unless it is IG_OK."""
    if status != Status.OK:
        raise last_error(status)


def argument_error(message: str) -> InvalidArgumentError:
    """An InvalidArgumentError found on the Python side (before any C call)."""
    return InvalidArgumentError(message, Status.ERROR_INVALID_ARGUMENT)
