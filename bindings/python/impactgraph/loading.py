"""Reading models: from a file or CSV folder, from JSON text; validating without loading."""
from __future__ import annotations

import ctypes
from ctypes import byref
from typing import Optional, Union

from . import _capi
from ._args import PathLike, c_path, c_text, enum_value
from ._constants import Format
from ._library import lib
from .diagnostics import Diagnostics, call_for_diagnostics
from .errors import check
from .model import Model

__all__ = ["load", "load_json", "load_csv", "load_json_string", "validate_path", "validate_json_string"]


def _options(format: Union[str, Format, None] = None, source_name: Optional[str] = None) -> _capi.ig_load_options:
    options = _capi.ig_load_options()
    check(lib.ig_load_options_init(byref(options), ctypes.sizeof(options)))
    if format is not None:
        options.format = enum_value(Format, format, "format")
    options.source_name = c_text(source_name, "source_name")
    return options


def _text(text: Union[str, bytes]) -> bytes:
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"model text is str or bytes, not {type(text).__name__}")


def _model(function, *args) -> Model:
    handle = ctypes.c_void_p()
    check(function(byref(handle), *args))
    return Model(handle)


def load(path: PathLike, format: Union[str, Format, None] = None) -> Model:
    """Reads, validates and freezes the model at `path`: a JSON model file, or a CSV
    bundle folder (format "json" or "csv" forces one).

    Raises InputOutputError (unreadable), ParseError (bad syntax or types) or
    InvalidModelError (validation errors), each with every finding in .diagnostics."""
    return _model(lib.ig_model_load, c_path(path), byref(_options(format)))


def load_json(path: PathLike) -> Model:
    """Reads a JSON model file (as load)."""
    return _model(lib.ig_model_load_json, c_path(path), byref(_options()))


def load_csv(folder: PathLike) -> Model:
    """Reads a CSV bundle folder (as load)."""
    return _model(lib.ig_model_load_csv, c_path(folder, "folder"), byref(_options()))


def load_json_string(text: Union[str, bytes], source_name: Optional[str] = None) -> Model:
    """Reads a model from JSON text; diagnostics name `source_name` (default "<string>")."""
    data = _text(text)
    return _model(lib.ig_model_load_json_string, data, len(data), byref(_options(source_name=source_name)))


def validate_path(path: PathLike, format: Union[str, Format, None] = None) -> Diagnostics:
    """Every finding for the model at `path`: input errors (an unreadable path is one
    "io-error", bad JSON a "parse-error"...) and validation errors and warnings alike.
    A broken model is not an exception here: look at .valid and the codes."""
    return call_for_diagnostics(lib.ig_validate_path, c_path(path), byref(_options(format)))


def validate_json_string(text: Union[str, bytes], source_name: Optional[str] = None) -> Diagnostics:
    """validate_path for JSON model text."""
    data = _text(text)
    return call_for_diagnostics(lib.ig_validate_json_string, data, len(data),
                                byref(_options(source_name=source_name)))
