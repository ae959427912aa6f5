"""The ctypes mirror of capi/impactgraph/capi/base.h, diagnostics.h, options.h and
validation.h (the types every part uses; versions to validation), in their order."""
from __future__ import annotations

import ctypes
from ctypes import POINTER, c_char, c_char_p, c_double, c_int, c_size_t, c_uint32, c_void_p

ig_status = c_int
ig_enum = c_int  # every ig_* enumeration is int-sized (the *_MAX_ENUM_ placeholder)
handle = c_void_p  # an opaque ig_model *, ig_builder *, ig_diagnostics *, ig_string *, result *
handle_out = POINTER(c_void_p)  # T **out, and T ** given to ig_*_destroy
_strings = POINTER(c_char_p)  # const char *const *
_size_p = POINTER(c_size_t)
_str_out = POINTER(c_char_p)
_int_p = POINTER(c_int)
_double_p = POINTER(c_double)
_enum_p = POINTER(ig_enum)


class Sized(ctypes.Structure):
    """A struct that begins with struct_size, set on creation as the C ABI asks."""

    def __init__(self, **fields):
        super().__init__(**fields)
        self.struct_size = ctypes.sizeof(self)


class ig_diagnostic(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("code", c_char_p),
        ("severity", ig_enum),
        ("message", c_char_p),
        ("file", c_char_p),
        ("line", c_uint32),
        ("column", c_uint32),
        ("field", c_char_p),
        ("id_count", c_size_t),
    ]


class ig_load_options(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("format", ig_enum),
        ("source_name", c_char_p),
        # Limits on hostile input (0 = the library's default).
        ("max_file_bytes", c_size_t),
        ("max_depth", c_size_t),
        ("max_string_bytes", c_size_t),
        ("max_id_bytes", c_size_t),
        ("max_columns", c_size_t),
        ("max_nodes", c_size_t),
        ("max_edges", c_size_t),
        ("max_observations", c_size_t),
    ]


class ig_save_options(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("csv_separator", c_char),
        ("csv_decimal", c_char),
        ("csv_bom", c_int),
    ]


#: The part's structs, in its order.
STRUCTS = (ig_diagnostic, ig_load_options, ig_save_options)

#: name -> (restype, argtypes), in the part's order.
PROTOTYPES = {
    # versions
    "ig_version": (None, [_int_p, _int_p, _int_p]),
    "ig_version_string": (c_char_p, []),
    "ig_abi_version": (c_int, []),
    # status and last error
    "ig_status_name": (c_char_p, [ig_status]),
    "ig_error_last_message": (c_char_p, []),
    "ig_error_last_code": (ig_status, []),
    "ig_error_clear": (None, []),
    # names
    "ig_format_name": (c_char_p, [ig_enum]),
    "ig_severity_name": (c_char_p, [ig_enum]),
    "ig_evidence_name": (c_char_p, [ig_enum]),
    "ig_direction_name": (c_char_p, [ig_enum]),
    "ig_target_kind_name": (c_char_p, [ig_enum]),
    "ig_measure_name": (c_char_p, [ig_enum]),
    "ig_aggregation_name": (c_char_p, [ig_enum]),
    "ig_format_parse": (ig_status, [POINTER(ig_enum), c_char_p]),
    # strings
    "ig_string_data": (c_void_p, [handle]),  # void *: the text may hold NULs; read with the size
    "ig_string_size": (c_size_t, [handle]),
    "ig_string_destroy": (None, [handle_out]),
    # diagnostics
    "ig_diagnostics_count": (ig_status, [_size_p, handle]),
    "ig_diagnostics_error_count": (ig_status, [_size_p, handle]),
    "ig_diagnostics_get": (ig_status, [POINTER(ig_diagnostic), handle, c_size_t]),
    "ig_diagnostics_id_count": (ig_status, [_size_p, handle, c_size_t]),
    "ig_diagnostics_id": (ig_status, [_str_out, handle, c_size_t, c_size_t]),
    "ig_diagnostics_format": (ig_status, [handle_out, handle, c_size_t]),
    "ig_diagnostics_destroy": (None, [handle_out]),
    "ig_error_last_diagnostics": (ig_status, [handle_out]),
    # options
    "ig_load_options_init": (ig_status, [POINTER(ig_load_options), c_size_t]),
    "ig_save_options_init": (ig_status, [POINTER(ig_save_options), c_size_t]),
    # validation
    "ig_validate_path": (ig_status, [handle_out, c_char_p, POINTER(ig_load_options)]),
    "ig_validate_json_string": (ig_status, [handle_out, c_char_p, c_size_t, POINTER(ig_load_options)]),
}
