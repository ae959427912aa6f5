"""The ctypes mirror of capi/impactgraph/capi/sensitivity.h (sensitivity analysis), in its order."""
from __future__ import annotations

from ctypes import POINTER, c_char_p, c_double, c_int, c_size_t, c_uint64

from .base import Sized, handle, handle_out, ig_enum, ig_status
from .aggregation import ig_aggregate_options


class ig_sensitivity_options(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("samples", c_size_t),
        ("seed", c_uint64),
        ("weights", ig_enum),
        ("weight_noise", c_double),
        ("dirichlet_concentration", c_double),
        ("normalisation_count", c_size_t),
        ("normalisations", POINTER(ig_enum)),
        ("method_count", c_size_t),
        ("methods", POINTER(ig_enum)),
        ("sobol", c_int),
        ("target_node", c_char_p),
        ("period", c_char_p),
    ]


class ig_sensitivity_summary(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("target", c_size_t),
        ("target_id", c_char_p),
        ("period", c_char_p),
        ("runs", c_size_t),
        ("unit_count", c_size_t),
        ("input_count", c_size_t),
        ("has_sobol", c_int),
        ("output_variance", c_double),
    ]


class ig_unit_ranks(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("geo", c_size_t),
        ("geo_id", c_char_p),
        ("nominal_score", c_double),
        ("nominal_rank", c_double),
        ("mean_rank", c_double),
        ("median_rank", c_double),
        ("p05", c_double),
        ("p95", c_double),
    ]


class ig_sobol_index(Sized):
    _fields_ = [
        ("struct_size", c_size_t),
        ("input", c_char_p),
        ("first_order", c_double),
        ("total", c_double),
    ]


#: The part's structs, in its order.
STRUCTS = (ig_sensitivity_options, ig_sensitivity_summary, ig_unit_ranks, ig_sobol_index)

#: name -> (restype, argtypes), in the part's order.
PROTOTYPES = {
    # sensitivity
    "ig_sensitivity_options_init": (ig_status, [POINTER(ig_sensitivity_options), c_size_t]),
    "ig_sensitivity": (ig_status, [handle_out, handle, POINTER(ig_aggregate_options),
                                   POINTER(ig_sensitivity_options)]),
    "ig_sensitivity_result_destroy": (None, [handle_out]),
    "ig_sensitivity_result_summary": (ig_status, [POINTER(ig_sensitivity_summary), handle]),
    "ig_sensitivity_result_unit": (ig_status, [POINTER(ig_unit_ranks), handle, c_size_t]),
    "ig_sensitivity_result_input": (ig_status, [POINTER(ig_sobol_index), handle, c_size_t]),
    "ig_sensitivity_result_diagnostics": (ig_status, [handle_out, handle]),
}
