"""The ctypes mirror of capi/impactgraph/capi/kolada.h (the Kolada import), in its order."""
from __future__ import annotations

from ctypes import POINTER, c_char_p, c_size_t

from .base import Sized, _size_p, _str_out, _strings, handle, handle_out, ig_status


class ig_import_summary(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("read", c_size_t),
        ("added", c_size_t),
        ("changed", c_size_t),
        ("unchanged", c_size_t),
        ("skipped_kpi", c_size_t),
        ("skipped_geo", c_size_t),
    ]


#: The part's structs, in its order.
STRUCTS = (ig_import_summary,)

#: name -> (restype, argtypes), in the part's order.
PROTOTYPES = {
    # Kolada import
    "ig_import_kolada": (ig_status, [handle_out, c_char_p, _strings, c_size_t]),
    "ig_builder_import_kolada": (ig_status, [handle_out, handle, _strings, c_size_t]),
    "ig_import_result_summary": (ig_status, [POINTER(ig_import_summary), handle]),
    "ig_import_result_unmapped_kpi_count": (ig_status, [_size_p, handle]),
    "ig_import_result_unmapped_kpi": (ig_status, [_str_out, handle, c_size_t]),
    "ig_import_result_unknown_geography_count": (ig_status, [_size_p, handle]),
    "ig_import_result_unknown_geography": (ig_status, [_str_out, handle, c_size_t]),
    "ig_import_result_destroy": (None, [handle_out]),
}
