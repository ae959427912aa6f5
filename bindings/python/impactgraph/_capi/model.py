"""The ctypes mirror of capi/impactgraph/capi/model.h (the frozen model), in its order."""
from __future__ import annotations

from ctypes import POINTER, c_char_p, c_double, c_int, c_size_t

from .base import (Sized, _int_p, _size_p, _str_out, handle, handle_out, ig_enum, ig_load_options,
                   ig_save_options, ig_status)


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


#: The part's structs, in its order.
STRUCTS = (ig_node, ig_funding, ig_edge, ig_indicator, ig_target, ig_geography, ig_observation)

#: name -> (restype, argtypes), in the part's order.
PROTOTYPES = {
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
}
