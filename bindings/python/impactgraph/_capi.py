"""ctypes declarations of the C ABI (capi/impactgraph.h): structs and prototypes.

Kept in the header's order and spelling so the two can be compared side by side;
tests/test_header.py parses the header and checks every struct field and every
prototype declared here against it. Opaque handles (ig_model, ig_builder,
ig_diagnostics, ig_string) are void pointers on this side.

A new area of the C ABI adds its structs and an entry per function to PROTOTYPES
(under a banner like the header's); `bind` then requires them of the library.
"""
from __future__ import annotations

import ctypes
from ctypes import POINTER, c_char, c_char_p, c_double, c_int, c_size_t, c_uint32, c_void_p

ig_status = c_int
ig_enum = c_int  # every ig_* enumeration is int-sized (the *_MAX_ENUM_ placeholder)
handle = c_void_p  # an opaque ig_model *, ig_builder *, ig_diagnostics *, ig_string *
handle_out = POINTER(c_void_p)  # T **out, and T ** given to ig_*_destroy


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


class ig_node(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("index", c_size_t),
        ("id", c_char_p),
        ("level", c_char_p),
        ("level_index", c_size_t),
        ("label", c_char_p),
        ("description", c_char_p),
        ("start", c_char_p),
        ("end", c_char_p),
        ("tag_count", c_size_t),
        ("funding_count", c_size_t),
        ("out_edge_count", c_size_t),
        ("in_edge_count", c_size_t),
    ]


class ig_funding(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("amount", c_double),
        ("currency", c_char_p),
        ("source", c_char_p),
        ("period", c_char_p),
    ]


class ig_edge(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("index", c_size_t),
        ("from", c_size_t),
        ("to", c_size_t),
        ("from_id", c_char_p),
        ("to_id", c_char_p),
        ("weight", c_double),
        ("has_weight_range", c_int),
        ("weight_min", c_double),
        ("weight_max", c_double),
        ("has_confidence", c_int),
        ("confidence", c_double),
        ("assumption", c_char_p),
        ("evidence", ig_enum),
    ]


class ig_indicator(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("index", c_size_t),
        ("id", c_char_p),
        ("node_id", c_char_p),
        ("node", c_size_t),
        ("label", c_char_p),
        ("unit", c_char_p),
        ("direction", ig_enum),
        ("has_baseline", c_int),
        ("baseline_period", c_char_p),
        ("baseline_value", c_double),
        ("target_count", c_size_t),
        ("source", c_char_p),
        ("measure", ig_enum),
        ("numerator", c_char_p),
        ("denominator", c_char_p),
        ("factor", c_double),
        ("has_scale", c_int),
        ("scale_min", c_double),
        ("scale_max", c_double),
        ("geo_aggregation", ig_enum),
        ("geo_weight", c_char_p),
        ("time_aggregation", ig_enum),
        ("weight", c_double),
        ("description", c_char_p),
    ]


class ig_target(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("kind", ig_enum),
        ("period", c_char_p),
        ("base_period", c_char_p),
        ("has_value", c_int),
        ("value", c_double),
        ("op", c_char_p),
        ("geos", POINTER(c_char_p)),
        ("geo_count", c_size_t),
        ("compare", c_char_p),
        ("between", POINTER(c_char_p)),
        ("between_count", c_size_t),
    ]


class ig_geography(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("index", c_size_t),
        ("id", c_char_p),
        ("name", c_char_p),
        ("parent_id", c_char_p),
        ("parent", c_size_t),
    ]


class ig_observation(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("index", c_size_t),
        ("indicator_id", c_char_p),
        ("indicator", c_size_t),
        ("geo_id", c_char_p),
        ("geo", c_size_t),
        ("period", c_char_p),
        ("breakdown", c_char_p),
        ("has_value", c_int),
        ("value", c_double),
        ("text", c_char_p),
        ("status", c_char_p),
    ]


STRUCTS = (ig_diagnostic, ig_load_options, ig_save_options, ig_node, ig_funding, ig_edge, ig_indicator,
           ig_target, ig_geography, ig_observation)

_size_p = POINTER(c_size_t)
_str_out = POINTER(c_char_p)
_int_p = POINTER(c_int)

#: name -> (restype, argtypes), in the header's order.
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
    # model
    "ig_model_load": (ig_status, [handle_out, c_char_p, POINTER(ig_load_options)]),
    "ig_model_load_json": (ig_status, [handle_out, c_char_p, POINTER(ig_load_options)]),
    "ig_model_load_json_string": (ig_status, [handle_out, c_char_p, c_size_t, POINTER(ig_load_options)]),
    "ig_model_load_csv": (ig_status, [handle_out, c_char_p, POINTER(ig_load_options)]),
    "ig_model_destroy": (None, [handle_out]),
    "ig_model_validate": (ig_status, [handle_out, handle]),
    "ig_model_equal": (ig_status, [_int_p, handle, handle]),
    "ig_model_name": (ig_status, [_str_out, handle]),
    "ig_model_level_count": (ig_status, [_size_p, handle]),
    "ig_model_level": (ig_status, [_str_out, handle, c_size_t]),
    "ig_model_find_level": (ig_status, [_size_p, handle, c_char_p]),
    # nodes
    "ig_model_node_count": (ig_status, [_size_p, handle]),
    "ig_model_node": (ig_status, [POINTER(ig_node), handle, c_size_t]),
    "ig_model_find_node": (ig_status, [_size_p, handle, c_char_p]),
    "ig_model_node_tag": (ig_status, [_str_out, _str_out, handle, c_size_t, c_size_t]),
    "ig_model_node_tag_value": (ig_status, [_str_out, handle, c_size_t, c_char_p]),
    "ig_model_node_funding": (ig_status, [POINTER(ig_funding), handle, c_size_t, c_size_t]),
    # edges
    "ig_model_edge_count": (ig_status, [_size_p, handle]),
    "ig_model_edge": (ig_status, [POINTER(ig_edge), handle, c_size_t]),
    "ig_model_out_edges": (ig_status, [_size_p, _size_p, handle, c_size_t]),
    "ig_model_in_edge_count": (ig_status, [_size_p, handle, c_size_t]),
    "ig_model_in_edge": (ig_status, [_size_p, handle, c_size_t, c_size_t]),
    "ig_model_topological_order": (ig_status, [_size_p, c_size_t, handle]),
    # indicators
    "ig_model_indicator_count": (ig_status, [_size_p, handle]),
    "ig_model_indicator": (ig_status, [POINTER(ig_indicator), handle, c_size_t]),
    "ig_model_find_indicator": (ig_status, [_size_p, handle, c_char_p]),
    "ig_model_indicator_target": (ig_status, [POINTER(ig_target), handle, c_size_t, c_size_t]),
    # geographies and observations
    "ig_model_geography_count": (ig_status, [_size_p, handle]),
    "ig_model_geography": (ig_status, [POINTER(ig_geography), handle, c_size_t]),
    "ig_model_find_geography": (ig_status, [_size_p, handle, c_char_p]),
    "ig_model_observation_count": (ig_status, [_size_p, handle]),
    "ig_model_observation": (ig_status, [POINTER(ig_observation), handle, c_size_t]),
    # saving and exporting
    "ig_model_save": (ig_status, [handle, c_char_p, ig_enum, POINTER(ig_save_options)]),
    "ig_model_write_string": (ig_status, [handle_out, handle, ig_enum, POINTER(ig_save_options)]),
    # builder
    "ig_builder_create": (ig_status, [handle_out]),
    "ig_builder_create_from_model": (ig_status, [handle_out, handle]),
    "ig_builder_destroy": (None, [handle_out]),
    "ig_builder_reserve": (ig_status, [handle, c_size_t, c_size_t, c_size_t, c_size_t]),
    "ig_builder_set_name": (ig_status, [handle, c_char_p]),
    "ig_builder_add_level": (ig_status, [handle, c_char_p]),
    "ig_builder_add_node": (ig_status, [handle, c_char_p, c_char_p, c_char_p]),
    "ig_builder_set_node_description": (ig_status, [handle, c_char_p, c_char_p]),
    "ig_builder_set_node_span": (ig_status, [handle, c_char_p, c_char_p, c_char_p]),
    "ig_builder_set_node_tag": (ig_status, [handle, c_char_p, c_char_p, c_char_p]),
    "ig_builder_add_node_funding": (ig_status, [handle, c_char_p, c_double, c_char_p, c_char_p, c_char_p]),
    "ig_builder_add_edge": (ig_status, [handle, c_char_p, c_char_p, c_double]),
    "ig_builder_set_edge_range": (ig_status, [handle, c_char_p, c_char_p, c_double, c_double]),
    "ig_builder_set_edge_confidence": (ig_status, [handle, c_char_p, c_char_p, c_double]),
    "ig_builder_set_edge_assumption": (ig_status, [handle, c_char_p, c_char_p, c_char_p]),
    "ig_builder_set_edge_evidence": (ig_status, [handle, c_char_p, c_char_p, ig_enum]),
    "ig_builder_add_indicator": (ig_status, [handle, c_char_p, c_char_p, c_char_p]),
    "ig_builder_set_indicator_unit": (ig_status, [handle, c_char_p, c_char_p]),
    "ig_builder_set_indicator_description": (ig_status, [handle, c_char_p, c_char_p]),
    "ig_builder_set_indicator_direction": (ig_status, [handle, c_char_p, ig_enum]),
    "ig_builder_set_indicator_baseline": (ig_status, [handle, c_char_p, c_char_p, c_double]),
    "ig_builder_set_indicator_source": (ig_status, [handle, c_char_p, c_char_p]),
    "ig_builder_set_indicator_measure": (ig_status, [handle, c_char_p, ig_enum]),
    "ig_builder_set_indicator_ratio": (ig_status, [handle, c_char_p, c_char_p, c_char_p, c_double]),
    "ig_builder_set_indicator_scale": (ig_status, [handle, c_char_p, c_double, c_double]),
    "ig_builder_set_indicator_geo_aggregation": (ig_status, [handle, c_char_p, ig_enum, c_char_p]),
    "ig_builder_set_indicator_time_aggregation": (ig_status, [handle, c_char_p, ig_enum]),
    "ig_builder_set_indicator_weight": (ig_status, [handle, c_char_p, c_double]),
    "ig_builder_add_indicator_target": (ig_status, [handle, c_char_p, POINTER(ig_target)]),
    "ig_builder_add_geography": (ig_status, [handle, c_char_p, c_char_p, c_char_p]),
    "ig_builder_add_observation": (ig_status, [handle, POINTER(ig_observation)]),
    "ig_builder_validate": (ig_status, [handle_out, handle]),
    "ig_builder_freeze": (ig_status, [handle_out, handle]),
}


def bind(cdll: ctypes.CDLL) -> list:
    """Sets restype and argtypes of every prototype on `cdll`; returns the names it lacks."""
    missing = []
    for name, (restype, argtypes) in PROTOTYPES.items():
        try:
            function = getattr(cdll, name)
        except AttributeError:
            missing.append(name)
            continue
        function.restype = restype
        function.argtypes = argtypes
    return missing
