"""The ctypes mirror of capi/impactgraph/capi/builder.h (building a model), in its order."""
from __future__ import annotations

from ctypes import POINTER, c_char_p, c_double, c_size_t

from .base import handle, handle_out, ig_enum, ig_status
from .model import ig_observation, ig_target


#: The part's structs, in its order.
STRUCTS = ()

#: name -> (restype, argtypes), in the part's order.
PROTOTYPES = {
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
