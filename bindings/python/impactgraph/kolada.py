"""Kolada import (the C ABI's Kolada import section): data responses of the Swedish
municipal and regional KPI database merged into a model's observations (docs/kolada.md).

Each value goes to every indicator whose source is "kolada:<KPI id>"; values of
geographies the model lacks are skipped; a value for a key the model already has
(indicator, geo, period, breakdown = Kolada's gender) replaces it; later files win.
"""
from __future__ import annotations

import ctypes
from ctypes import byref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Iterable, Tuple, Union

from . import _capi
from ._args import PathLike, c_path
from ._handles import text
from ._library import lib
from ._results import count_of, result_handle
from .errors import check

if TYPE_CHECKING:
    from .builder import Builder

__all__ = ["ImportResult", "import_kolada"]


@dataclass(frozen=True)
class ImportResult:
    """What an import did: distinct values `read` from the files; observations `added`,
    `changed` (value or status revised) and `unchanged`; values skipped because no
    indicator maps their KPI (`skipped_kpi`) or the model lacks their geography
    (`skipped_geo`); and those KPIs and geographies, sorted."""

    read: int
    added: int
    changed: int
    unchanged: int
    skipped_kpi: int
    skipped_geo: int
    unmapped_kpis: Tuple[str, ...]
    unknown_geographies: Tuple[str, ...]

    def to_dict(self) -> Dict[str, Any]:
        """The counts and lists of `impactgraph import kolada --json` (without its "model",
        "source" and "files" entries, which repeat the command line)."""
        return {"read": self.read, "added": self.added, "changed": self.changed, "unchanged": self.unchanged,
                "skipped_kpi": self.skipped_kpi, "skipped_geo": self.skipped_geo,
                "unmapped_kpis": list(self.unmapped_kpis), "unknown_geographies": list(self.unknown_geographies)}


class _Files:
    """The file paths as a `const char *const *` array."""

    def __init__(self, files: Union[PathLike, Iterable[PathLike]]) -> None:
        if isinstance(files, (str, bytes)) or hasattr(files, "__fspath__"):
            files = [files]  # type: ignore[list-item]
        self._paths = [c_path(f, "files") for f in files]  # type: ignore[union-attr]
        self.count = len(self._paths)
        self._array = (ctypes.c_char_p * max(self.count, 1))(*self._paths)
        self.pointer = ctypes.cast(self._array, _capi._strings)


def _read(r: ctypes.c_void_p) -> ImportResult:
    s = _capi.ig_import_summary()
    check(lib.ig_import_result_summary(byref(s), r))
    out = ctypes.c_char_p()
    kpis, geos = [], []
    for i in range(count_of(lib.ig_import_result_unmapped_kpi_count, r)):
        check(lib.ig_import_result_unmapped_kpi(byref(out), r, i))
        kpis.append(text(out.value))
    for i in range(count_of(lib.ig_import_result_unknown_geography_count, r)):
        check(lib.ig_import_result_unknown_geography(byref(out), r, i))
        geos.append(text(out.value))
    return ImportResult(read=s.read, added=s.added, changed=s.changed, unchanged=s.unchanged,
                        skipped_kpi=s.skipped_kpi, skipped_geo=s.skipped_geo, unmapped_kpis=tuple(kpis),
                        unknown_geographies=tuple(geos))


def import_kolada(model_path: PathLike, files: Union[PathLike, Iterable[PathLike]]) -> ImportResult:
    """Merges Kolada files (v2 or v3 responses, or bare arrays; in order, later ones win)
    into the model file or CSV folder at `model_path` and writes it back in its own format
    (a CSV bundle keeps its separator, decimal mark and BOM), atomically: on any failure
    the model is left as it was. What `impactgraph import kolada FILES --model PATH` does.

    Raises InputOutputError, ParseError (the model or a Kolada file; .diagnostics say
    where) or InvalidModelError (the merged model fails validation)."""
    c_model = c_path(model_path, "model_path")
    c_files = _Files(files)
    with result_handle("import_result") as r:
        check(lib.ig_import_kolada(byref(r), c_model, c_files.pointer, c_files.count))
        return _read(r)


def builder_import_kolada(builder: "Builder", files: Union[PathLike, Iterable[PathLike]]) -> ImportResult:
    """See Builder.import_kolada."""
    c_files = _Files(files)
    with result_handle("import_result") as r:
        check(lib.ig_builder_import_kolada(byref(r), builder._h, c_files.pointer, c_files.count))
        return _read(r)
