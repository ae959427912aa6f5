"""The ctypes mirror of capi/impactgraph/capi/gaps.h (gap detection), in its order."""
from __future__ import annotations

from ctypes import POINTER, c_char_p, c_double, c_int, c_size_t

from .base import Sized, _size_p, _str_out, _strings, handle, handle_out, ig_enum, ig_status


class ig_gap_options(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("language", ig_enum),
        ("as_of", c_char_p),
        ("region", c_char_p),
        ("stale_after", c_size_t),
        ("coverage_threshold", c_double),
        ("cv_threshold", c_double),
        ("max_min_threshold", c_double),
        ("gender_gap_threshold", c_double),
        ("mismatch_threshold", c_double),
        ("silo_share", c_double),
        ("activity_level", c_char_p),
        ("goal_level", c_char_p),
        ("effect_levels", _strings),
        ("effect_level_count", c_size_t),
        ("measured_levels", _strings),
        ("measured_level_count", c_size_t),
        ("priority_levels", _strings),
        ("priority_level_count", c_size_t),
        ("silo_tags", _strings),
        ("silo_tag_count", c_size_t),
        ("single_source_tag", c_char_p),
        ("women", c_char_p),
        ("men", c_char_p),
        ("ratio_on_track", c_double),
        ("ratio_moderate", c_double),
        ("ratio_limited", c_double),
        ("growth_on_track", c_double),
        ("growth_moderate", c_double),
        ("growth_limited", c_double),
    ]


class ig_gap(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("code", c_char_p),
        ("severity", ig_enum),
        ("message", c_char_p),
        ("id_count", c_size_t),
        ("figure_count", c_size_t),
    ]


class ig_figure(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("name", c_char_p),
        ("is_text", c_int),
        ("number", c_double),
        ("text", c_char_p),
    ]


class ig_evaluation(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("indicator", c_size_t),
        ("indicator_id", c_char_p),
        ("geo", c_size_t),
        ("geo_id", c_char_p),
        ("target", c_size_t),
        ("kind", ig_enum),
        ("progress", ig_enum),
        ("headline", c_int),
        ("has_value", c_int),
        ("value", c_double),
        ("has_shortfall", c_int),
        ("shortfall", c_double),
        ("base_period", c_char_p),
        ("has_base_value", c_int),
        ("base_value", c_double),
        ("current_period", c_char_p),
        ("has_current_value", c_int),
        ("current_value", c_double),
        ("has_target_value", c_int),
        ("target_value", c_double),
        ("target_period", c_char_p),
        ("has_line_value", c_int),
        ("line_value", c_double),
        ("has_projected_year", c_int),
        ("projected_year", c_double),
        ("reason", c_char_p),
    ]


class ig_node_rollup(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("node", c_size_t),
        ("node_id", c_char_p),
        ("evaluated", c_size_t),
        ("on_track", c_size_t),
        ("has_own_share", c_int),
        ("own_share", c_double),
        ("has_share", c_int),
        ("share", c_double),
        ("has_shortfall", c_int),
        ("shortfall", c_double),
    ]


class ig_priority(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("node", c_size_t),
        ("node_id", c_char_p),
        ("rank", c_size_t),
        ("gap", c_double),
        ("contribution", c_double),
        ("funding", c_double),
        ("contribution_score", c_double),
        ("funding_score", c_double),
        ("effort", c_double),
        ("mismatch", c_double),
    ]


class ig_group_linkage(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("tag", c_char_p),
        ("group", c_char_p),
        ("activities", c_size_t),
        ("downstream", c_size_t),
        ("shared", c_size_t),
        ("share", c_double),
    ]


class ig_gap_code(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("code", c_char_p),
        ("family", c_char_p),
        ("severity", ig_enum),
        ("message_en", c_char_p),
        ("message_sv", c_char_p),
    ]


#: The part's structs, in its order.
STRUCTS = (ig_gap_options, ig_gap, ig_figure, ig_evaluation, ig_node_rollup, ig_priority, ig_group_linkage,
           ig_gap_code)

#: name -> (restype, argtypes), in the part's order.
PROTOTYPES = {
    # gap detection
    "ig_language_name": (c_char_p, [ig_enum]),
    "ig_progress_name": (c_char_p, [ig_enum]),
    "ig_gap_options_init": (ig_status, [POINTER(ig_gap_options), c_size_t]),
    "ig_gaps_detect": (ig_status, [handle_out, handle, POINTER(ig_gap_options)]),
    "ig_gaps_destroy": (None, [handle_out]),
    "ig_gaps_count": (ig_status, [_size_p, handle]),
    "ig_gaps_get": (ig_status, [POINTER(ig_gap), handle, c_size_t]),
    "ig_gaps_id": (ig_status, [_str_out, handle, c_size_t, c_size_t]),
    "ig_gaps_figure": (ig_status, [POINTER(ig_figure), handle, c_size_t, c_size_t]),
    "ig_gaps_find_figure": (ig_status, [POINTER(ig_figure), handle, c_size_t, c_char_p]),
    "ig_gaps_as_of": (ig_status, [_str_out, handle]),
    "ig_gaps_region": (ig_status, [_size_p, handle]),
    "ig_gaps_main_currency": (ig_status, [_str_out, handle]),
    "ig_gaps_evaluation_count": (ig_status, [_size_p, handle]),
    "ig_gaps_evaluation": (ig_status, [POINTER(ig_evaluation), handle, c_size_t]),
    "ig_gaps_rollup_count": (ig_status, [_size_p, handle]),
    "ig_gaps_rollup": (ig_status, [POINTER(ig_node_rollup), handle, c_size_t]),
    "ig_gaps_priority_count": (ig_status, [_size_p, handle]),
    "ig_gaps_priority": (ig_status, [POINTER(ig_priority), handle, c_size_t]),
    "ig_gaps_group_count": (ig_status, [_size_p, handle]),
    "ig_gaps_group": (ig_status, [POINTER(ig_group_linkage), handle, c_size_t]),
    "ig_gap_code_count": (ig_status, [_size_p]),
    "ig_gap_code_get": (ig_status, [POINTER(ig_gap_code), c_size_t]),
}
