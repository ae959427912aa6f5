"""ctypes declarations of the C ABI (capi/impactgraph.h): structs and prototypes.

Kept in the header's order and spelling so the two can be compared side by side;
tests/test_header.py parses the header and checks every struct field and every
prototype declared here against it. Opaque handles (ig_model, ig_builder,
ig_diagnostics, ig_string and the analyses' results: ig_contributions, ig_gaps, ...)
are void pointers on this side.

A new area of the C ABI adds its structs and an entry per function to PROTOTYPES
(under a banner like the header's); `bind` then requires them of the library.
"""
from __future__ import annotations

import ctypes
from ctypes import POINTER, c_char, c_char_p, c_double, c_int, c_size_t, c_uint, c_uint32, c_uint64, c_void_p

ig_status = c_int
ig_enum = c_int  # every ig_* enumeration is int-sized (the *_MAX_ENUM_ placeholder)
handle = c_void_p  # an opaque ig_model *, ig_builder *, ig_diagnostics *, ig_string *, result *
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




# ============================================================== Kolada import

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


# ============================================================== contributions

_strings = POINTER(c_char_p)  # const char *const *


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


# ================================================================ aggregation

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


# ================================================================ sensitivity

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


# ============================================================== gap detection

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


STRUCTS = (ig_diagnostic, ig_load_options, ig_save_options, ig_node, ig_funding, ig_edge, ig_indicator,
           ig_target, ig_geography, ig_observation,
           ig_import_summary,
           ig_node_selection, ig_contribution_options, ig_contribution, ig_funding_options, ig_funding_flow,
           ig_influence_options, ig_influence_node, ig_influence_pair,
           ig_normalisation_spec, ig_aggregate_options, ig_score, ig_indicator_value, ig_assessment,
           ig_sensitivity_options, ig_sensitivity_summary, ig_unit_ranks, ig_sobol_index,
           ig_gap_options, ig_gap, ig_figure, ig_evaluation, ig_node_rollup, ig_priority, ig_group_linkage,
           ig_gap_code)

_size_p = POINTER(c_size_t)
_str_out = POINTER(c_char_p)
_int_p = POINTER(c_int)
_double_p = POINTER(c_double)
_enum_p = POINTER(ig_enum)

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
    # Kolada import
    "ig_import_kolada": (ig_status, [handle_out, c_char_p, _strings, c_size_t]),
    "ig_builder_import_kolada": (ig_status, [handle_out, handle, _strings, c_size_t]),
    "ig_import_result_summary": (ig_status, [POINTER(ig_import_summary), handle]),
    "ig_import_result_unmapped_kpi_count": (ig_status, [_size_p, handle]),
    "ig_import_result_unmapped_kpi": (ig_status, [_str_out, handle, c_size_t]),
    "ig_import_result_unknown_geography_count": (ig_status, [_size_p, handle]),
    "ig_import_result_unknown_geography": (ig_status, [_str_out, handle, c_size_t]),
    "ig_import_result_destroy": (None, [handle_out]),
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
    # sensitivity
    "ig_sensitivity_options_init": (ig_status, [POINTER(ig_sensitivity_options), c_size_t]),
    "ig_sensitivity": (ig_status, [handle_out, handle, POINTER(ig_aggregate_options),
                                   POINTER(ig_sensitivity_options)]),
    "ig_sensitivity_result_destroy": (None, [handle_out]),
    "ig_sensitivity_result_summary": (ig_status, [POINTER(ig_sensitivity_summary), handle]),
    "ig_sensitivity_result_unit": (ig_status, [POINTER(ig_unit_ranks), handle, c_size_t]),
    "ig_sensitivity_result_input": (ig_status, [POINTER(ig_sobol_index), handle, c_size_t]),
    "ig_sensitivity_result_diagnostics": (ig_status, [handle_out, handle]),
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
