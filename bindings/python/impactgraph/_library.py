"""Finds libimpactgraph, checks that it is the ABI this package was made for, binds it.

Where the library comes from, first match wins:

1. the file named by the environment variable IMPACTGRAPH_LIBRARY;
2. the copy bundled into the installed package (impactgraph/_lib/libimpactgraph.so.0);
3. the system loader: libimpactgraph.so.0 on the default search path (LD_LIBRARY_PATH,
   ldconfig), as installed by `cmake --install`.

A library that is found but made for another ABI, or that lacks functions this package
calls, is refused: importing impactgraph raises an ImportError subclass that says why.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
from pathlib import Path
from typing import List, Optional, Tuple

from . import _capi
from ._constants import ABI_VERSION

#: The file name of the ABI this package was made for (the SONAME).
SONAME = f"libimpactgraph.so.{ABI_VERSION}"
ENV_VAR = "IMPACTGRAPH_LIBRARY"
BUNDLED = Path(__file__).resolve().parent / "_lib" / SONAME


class LibraryError(ImportError):
    """libimpactgraph could not be used: not found, another ABI, or functions missing."""


class LibraryNotFoundError(LibraryError):
    """No libimpactgraph was found (or the one named could not be loaded)."""


class AbiVersionError(LibraryError):
    """The library found implements another ABI version than the package was made for."""

    def __init__(self, message: str, path: str, found: int, expected: int) -> None:
        super().__init__(message)
        self.path = path
        self.found = found
        self.expected = expected


for _cls in (LibraryError, LibraryNotFoundError, AbiVersionError):
    _cls.__module__ = "impactgraph"  # shown as impactgraph.AbiVersionError in tracebacks


def _describe(path: str) -> str:
    return path if os.sep in path else f"{path} (system loader)"


def open_library(path: str) -> ctypes.CDLL:
    """Loads the library at `path` (a file, or a bare name for the system loader) and
    checks it: its ig_abi_version() must be ABI_VERSION and it must have every function
    in _capi.PROTOTYPES. Raises LibraryNotFoundError or AbiVersionError or LibraryError."""
    try:
        cdll = ctypes.CDLL(path)
    except OSError as e:
        raise LibraryNotFoundError(f"impactgraph: cannot load the library {_describe(path)}: {e}") from None
    try:
        abi_version = cdll.ig_abi_version
    except AttributeError:
        raise LibraryError(f"impactgraph: {_describe(path)} is not libimpactgraph "
                           "(it has no ig_abi_version function)") from None
    abi_version.restype = ctypes.c_int
    abi_version.argtypes = []
    found = abi_version()
    if found != ABI_VERSION:
        raise AbiVersionError(
            f"impactgraph: the library {_describe(path)} implements C ABI version {found}, but this "
            f"Python package was made for ABI version {ABI_VERSION}; install the matching package "
            f"or point {ENV_VAR} at a libimpactgraph.so.{ABI_VERSION}",
            _describe(path), found, ABI_VERSION)
    missing = _capi.bind(cdll)
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise LibraryError(f"impactgraph: the library {_describe(path)} (ABI {found}) is older than this "
                           f"package: it lacks {shown}; use a library at least as new as the package")
    return cdll


def candidates() -> List[Tuple[str, str]]:
    """Where the library is looked for, in order: (what, path or name)."""
    found: List[Tuple[str, str]] = []
    named = os.environ.get(ENV_VAR)
    if named:
        found.append((ENV_VAR, named))
        return found  # an explicit choice is never silently replaced by another library
    if BUNDLED.is_file():
        found.append(("bundled", str(BUNDLED)))
    found.append(("system", SONAME))
    return found


def load() -> Tuple[ctypes.CDLL, str]:
    """The library to use and where it came from; raises a LibraryError subclass."""
    tried: List[str] = []
    for what, path in candidates():
        try:
            return open_library(path), path
        except LibraryNotFoundError as e:
            if what != "system":
                raise  # a named or bundled file that does not load is an error worth seeing
            tried.append(str(e))
    system = ctypes.util.find_library("impactgraph")
    hint = f" (the system has {system}, another ABI)" if system and system != SONAME else ""
    raise LibraryNotFoundError(
        f"impactgraph: libimpactgraph was not found{hint}. Set {ENV_VAR} to the path of "
        f"{SONAME} (e.g. build/lib/{SONAME} in a CMake build tree), install the library where "
        f"the system loader finds it, or reinstall this package from a build that bundles it "
        f"(pip install ./bindings/python with {ENV_VAR} set).")


def library_path() -> Optional[str]:
    """The path or name the package loaded its library from (set on import)."""
    return _loaded_from


lib, _loaded_from = load()
