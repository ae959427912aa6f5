"""The ctypes mirror of capi/impactgraph/capi/aggregation.h (indicator aggregation), in its order."""
from __future__ import annotations

from ctypes import POINTER, c_char_p, c_double, c_int, c_size_t, c_uint

from .base import Sized, _enum_p, _size_p, _str_out, _strings, handle, handle_out, ig_enum, ig_status


class ig_normalisation_spec(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("method", ig_enum),
        ("across_periods", c_int),
        ("by_level", c_int),
        ("lower", c_double),
        ("upper", c_double),
        ("has_goalposts", c_int),
        ("goal_low", c_double),
        ("goal_high", c_double),
        ("truncate", c_int),
        ("mean", c_double),
        ("sd", c_double),
        ("has_target", c_int),
        ("target", c_double),
        ("cap", c_int),
        ("reference_geo", c_char_p),
        ("base_period", c_char_p),
        ("scale", c_double),
    ]


class ig_aggregate_options(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("normalisation", POINTER(ig_normalisation_spec)),
        ("indicator_normalisation_count", c_size_t),
        ("indicator_normalisation_ids", _strings),
        ("indicator_normalisations", POINTER(POINTER(ig_normalisation_spec))),
        ("outliers", ig_enum),
        ("winmax", c_int),
        ("skew_threshold", c_double),
        ("kurtosis_threshold", c_double),
        ("log_fallback", c_int),
        ("imputation", ig_enum),
        ("max_gap", c_int),
        ("method", ig_enum),
        ("p", c_double),
        ("node_method_count", c_size_t),
        ("node_method_ids", _strings),
        ("node_methods", POINTER(ig_enum)),
        ("node_p", POINTER(c_double)),
        ("min_coverage", c_double),
        ("negative_weights", ig_enum),
        ("breakdown", c_char_p),
        ("grain", ig_enum),
        ("window", c_int),
        ("geo_min_coverage", c_double),
        ("geo_count", c_size_t),
        ("geos", _strings),
        ("period_count", c_size_t),
        ("periods", _strings),
    ]


class ig_score(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("node", c_size_t),
        ("node_id", c_char_p),
        ("geo", c_size_t),
        ("geo_id", c_char_p),
        ("period", c_char_p),
        ("has_value", c_int),
        ("value", c_double),
        ("coverage", c_double),
        ("imputed", c_int),
    ]


class ig_indicator_value(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("indicator", c_size_t),
        ("indicator_id", c_char_p),
        ("geo", c_size_t),
        ("geo_id", c_char_p),
        ("period", c_char_p),
        ("value", c_double),
        ("has_normalised", c_int),
        ("normalised", c_double),
        ("flags", c_uint),
    ]


class ig_assessment(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("indicator", c_size_t),
        ("indicator_id", c_char_p),
        ("node_id", c_char_p),
        ("geo", c_size_t),
        ("geo_id", c_char_p),
        ("period", c_char_p),
        ("breakdown", c_char_p),
        ("text", c_char_p),
        ("status", c_char_p),
    ]


#: The part's structs, in its order.
STRUCTS = (ig_normalisation_spec, ig_aggregate_options, ig_score, ig_indicator_value, ig_assessment)

#: name -> (restype, argtypes), in the part's order.
PROTOTYPES = {
    # aggregation
    "ig_normalisation_name": (c_char_p, [ig_enum]),
    "ig_composite_name": (c_char_p, [ig_enum]),
    "ig_outliers_name": (c_char_p, [ig_enum]),
    "ig_imputation_name": (c_char_p, [ig_enum]),
    "ig_negative_weights_name": (c_char_p, [ig_enum]),
    "ig_period_grain_name": (c_char_p, [ig_enum]),
    "ig_weight_sampling_name": (c_char_p, [ig_enum]),
    "ig_normalisation_parse": (ig_status, [_enum_p, c_char_p]),
    "ig_composite_parse": (ig_status, [_enum_p, c_char_p]),
    "ig_outliers_parse": (ig_status, [_enum_p, c_char_p]),
    "ig_imputation_parse": (ig_status, [_enum_p, c_char_p]),
    "ig_negative_weights_parse": (ig_status, [_enum_p, c_char_p]),
    "ig_period_grain_parse": (ig_status, [_enum_p, c_char_p]),
    "ig_weight_sampling_parse": (ig_status, [_enum_p, c_char_p]),
    "ig_normalisation_spec_init": (ig_status, [POINTER(ig_normalisation_spec), c_size_t]),
    "ig_aggregate_options_init": (ig_status, [POINTER(ig_aggregate_options), c_size_t]),
    "ig_aggregate": (ig_status, [handle_out, handle, POINTER(ig_aggregate_options)]),
    "ig_aggregate_result_destroy": (None, [handle_out]),
    "ig_aggregate_result_score_count": (ig_status, [_size_p, handle]),
    "ig_aggregate_result_score": (ig_status, [POINTER(ig_score), handle, c_size_t]),
    "ig_aggregate_result_find_score": (ig_status, [_size_p, handle, c_char_p, c_char_p, c_char_p]),
    "ig_aggregate_result_value_count": (ig_status, [_size_p, handle]),
    "ig_aggregate_result_value": (ig_status, [POINTER(ig_indicator_value), handle, c_size_t]),
    "ig_aggregate_result_find_value": (ig_status, [_size_p, handle, c_char_p, c_char_p, c_char_p]),
    "ig_aggregate_result_assessment_count": (ig_status, [_size_p, handle]),
    "ig_aggregate_result_assessment": (ig_status, [POINTER(ig_assessment), handle, c_size_t]),
    "ig_aggregate_result_period_count": (ig_status, [_size_p, handle]),
    "ig_aggregate_result_period": (ig_status, [_str_out, handle, c_size_t]),
    "ig_aggregate_result_diagnostics": (ig_status, [handle_out, handle]),
}
