"""Ownership of C handles: freed by close()/with, or when the owner is collected.

Each owner registers a weakref.finalize that calls ig_<type>_destroy once, whichever
comes first: an explicit close, the end of a `with` block, garbage collection, or
interpreter exit. A live count per handle type lets tests see that nothing is leaked.
"""
from __future__ import annotations

import ctypes
import threading
import weakref
from typing import Callable, Dict

from ._library import lib

_lock = threading.Lock()
_live: Dict[str, int] = {}


def _destroy(destroy: Callable, address: int, kind: str) -> None:
    pointer = ctypes.c_void_p(address)
    destroy(ctypes.byref(pointer))
    with _lock:
        _live[kind] -= 1


def own(owner: object, handle: ctypes.c_void_p, kind: str) -> weakref.finalize:
    """Makes `owner` the owner of `handle` (an ig_<kind>); returns the finalizer that frees it."""
    destroy = getattr(lib, f"ig_{kind}_destroy")
    with _lock:
        _live[kind] = _live.get(kind, 0) + 1
    finalizer = weakref.finalize(owner, _destroy, destroy, handle.value, kind)
    finalizer.atexit = False  # the process is ending: the OS takes the memory back
    return finalizer


def live_handles(kind: str) -> int:
    """How many ig_<kind> handles ("model", "builder", "diagnostics", "string") are alive."""
    with _lock:
        return _live.get(kind, 0)


def take_bytes(handle: ctypes.c_void_p) -> bytes:
    """The bytes of an ig_string the caller owns, which this destroys."""
    try:
        size = lib.ig_string_size(handle)
        data = lib.ig_string_data(handle)
        return ctypes.string_at(data, size) if size else b""
    finally:
        lib.ig_string_destroy(ctypes.byref(handle))


def text(value: bytes) -> str:
    """A borrowed C string (None for NULL) as a Python str."""
    return value.decode("utf-8") if value else ""
