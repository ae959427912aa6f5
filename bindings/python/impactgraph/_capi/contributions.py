"""The ctypes mirror of capi/impactgraph/capi/contributions.h (contributions, funding flow, influence), in its order."""
from __future__ import annotations

from ctypes import POINTER, c_char_p, c_double, c_int, c_size_t, c_uint64

from .base import Sized, _double_p, _size_p, _strings, handle, handle_out, ig_enum, ig_status


class ig_node_selection(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("levels", _strings),
        ("level_count", c_size_t),
        ("ids", _strings),
        ("id_count", c_size_t),
    ]


class ig_contribution_options(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("mode", ig_enum),
        ("normalization", ig_enum),
        ("sign_rule", ig_enum),
        ("samples", c_size_t),
        ("seed", c_uint64),
        ("threads", c_size_t),
        ("distribution", ig_enum),
        ("range_strong", c_double),
        ("range_moderate", c_double),
        ("range_weak", c_double),
        ("range_none", c_double),
        ("use_confidence", c_int),
    ]


class ig_contribution(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("source", c_size_t),
        ("target", c_size_t),
        ("source_id", c_char_p),
        ("target_id", c_char_p),
        ("value", c_double),
        ("synergy", c_double),
        ("trade_off", c_double),
        ("has_samples", c_int),
        ("mean", c_double),
        ("p05", c_double),
        ("p95", c_double),
        ("rank", c_size_t),
        ("rank_low", c_size_t),
        ("rank_high", c_size_t),
    ]


class ig_funding_options(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("normalization", ig_enum),
        ("group_by", c_char_p),
        ("periods", _strings),
        ("period_count", c_size_t),
    ]


class ig_funding_flow(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("node", c_size_t),
        ("node_id", c_char_p),
        ("group", c_char_p),
        ("currency", c_char_p),
        ("amount", c_double),
        ("direct", c_double),
    ]


class ig_influence_options(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("sign_rule", ig_enum),
    ]


class ig_influence_node(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("node", c_size_t),
        ("node_id", c_char_p),
        ("influence", c_double),
        ("dependence", c_double),
        ("net_influence", c_double),
        ("net_dependence", c_double),
        ("micmac", ig_enum),
    ]


class ig_influence_pair(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("from", c_size_t),
        ("to", c_size_t),
        ("from_id", c_char_p),
        ("to_id", c_char_p),
        ("first", c_double),
        ("second", c_double),
        ("total", c_double),
        ("synergy", c_double),
        ("trade_off", c_double),
    ]


#: The part's structs, in its order.
STRUCTS = (ig_node_selection, ig_contribution_options, ig_contribution, ig_funding_options, ig_funding_flow,
           ig_influence_options, ig_influence_node, ig_influence_pair)

#: name -> (restype, argtypes), in the part's order.
PROTOTYPES = {
    # contributions
    "ig_contribution_mode_name": (c_char_p, [ig_enum]),
    "ig_normalization_name": (c_char_p, [ig_enum]),
    "ig_sign_rule_name": (c_char_p, [ig_enum]),
    "ig_weight_distribution_name": (c_char_p, [ig_enum]),
    "ig_micmac_class_name": (c_char_p, [ig_enum]),
    "ig_contribution_options_init": (ig_status, [POINTER(ig_contribution_options), c_size_t]),
    "ig_contributions_compute": (ig_status, [handle_out, handle, POINTER(ig_node_selection),
                                             POINTER(ig_node_selection), POINTER(ig_contribution_options)]),
    "ig_contributions_count": (ig_status, [_size_p, handle]),
    "ig_contributions_samples": (ig_status, [_size_p, handle]),
    "ig_contributions_get": (ig_status, [POINTER(ig_contribution), handle, c_size_t]),
    "ig_contributions_destroy": (None, [handle_out]),
    "ig_funding_options_init": (ig_status, [POINTER(ig_funding_options), c_size_t]),
    "ig_funding_flows_compute": (ig_status, [handle_out, handle, POINTER(ig_node_selection),
                                             POINTER(ig_funding_options)]),
    "ig_funding_flows_count": (ig_status, [_size_p, handle]),
    "ig_funding_flows_get": (ig_status, [POINTER(ig_funding_flow), handle, c_size_t]),
    "ig_funding_flows_total_count": (ig_status, [_size_p, handle]),
    "ig_funding_flows_total": (ig_status, [POINTER(ig_funding_flow), handle, c_size_t]),
    "ig_funding_flows_destroy": (None, [handle_out]),
    "ig_influence_options_init": (ig_status, [POINTER(ig_influence_options), c_size_t]),
    "ig_influence_compute": (ig_status, [handle_out, handle, POINTER(ig_node_selection),
                                         POINTER(ig_influence_options)]),
    "ig_influence_node_count": (ig_status, [_size_p, handle]),
    "ig_influence_node_get": (ig_status, [POINTER(ig_influence_node), handle, c_size_t]),
    "ig_influence_pair_get": (ig_status, [POINTER(ig_influence_pair), handle, c_size_t, c_size_t]),
    "ig_influence_means": (ig_status, [_double_p, _double_p, handle]),
    "ig_influence_destroy": (None, [handle_out]),
}
