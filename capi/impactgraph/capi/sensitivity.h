/* impactgraph C ABI, part "sensitivity": uncertainty and sensitivity analysis of a composite.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_SENSITIVITY_H
#define IMPACTGRAPH_CAPI_SENSITIVITY_H

#include "aggregation.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ====================================================================== sensitivity */

/* Uncertainty and sensitivity analysis of one node's composite (COINr's get_sensitivity):
 * weights, the normalisation method and the composite method are varied over Monte Carlo
 * runs; per unit (geography) the median rank and its 5-95 % interval, per varied input
 * the first-order and total Sobol index of the mean absolute rank change. */
typedef struct ig_sensitivity_options {
  size_t struct_size;               /* sizeof(ig_sensitivity_options) */
  size_t samples;                   /* N (default 100); with Sobol indices N * (d + 2) runs */
  uint64_t seed;                    /* default 1; the same seed gives the same result */
  ig_weight_sampling weights;       /* default IG_WEIGHT_SAMPLING_UNIFORM */
  double weight_noise;              /* uniform: +- this fraction (default 0.25) */
  double dirichlet_concentration;   /* dirichlet: default 20 */
  size_t normalisation_count;       /* alternatives drawn uniformly; 0 = not varied */
  const ig_normalisation *normalisations;
  size_t method_count;              /* alternatives drawn uniformly; 0 = not varied */
  const ig_composite *methods;
  int sobol;                        /* 1 (default): Saltelli design and Sobol indices; 0: N plain runs */
  const char *target_node;          /* NULL: the first scored node of the highest level */
  const char *period;               /* NULL: the latest period with two or more scores of the target */
} ig_sensitivity_options;

#define IG_SENSITIVITY_OPTIONS_INIT \
  {sizeof(ig_sensitivity_options), 100, 1, IG_WEIGHT_SAMPLING_UNIFORM, 0.25, 20.0, 0, NULL, 0, NULL, 1, NULL, NULL}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_sensitivity_options_init(ig_sensitivity_options *options, size_t struct_size);

typedef struct ig_sensitivity_result ig_sensitivity_result;

typedef struct ig_sensitivity_summary {
  size_t struct_size; /* sizeof(ig_sensitivity_summary) */
  size_t target;      /* node index */
  const char *target_id;
  const char *period;
  size_t runs;
  size_t unit_count;  /* ig_sensitivity_result_unit */
  size_t input_count; /* ig_sensitivity_result_input */
  int has_sobol;
  double output_variance; /* Var(mean |rank - nominal rank|) over the runs */
} ig_sensitivity_summary;

/* One unit's ranks over the runs: 1 = highest score, ties share the lowest rank. */
typedef struct ig_unit_ranks {
  size_t struct_size; /* sizeof(ig_unit_ranks) */
  size_t geo;
  const char *geo_id;
  double nominal_score;
  double nominal_rank;
  double mean_rank;
  double median_rank;
  double p05;         /* 5th and 95th percentiles (R's quantile type 7) */
  double p95;
} ig_unit_ranks;

/* One varied input ("weights", "normalisation", "aggregation") and its Sobol indices
 * (NaN without has_sobol). */
typedef struct ig_sobol_index {
  size_t struct_size; /* sizeof(ig_sobol_index) */
  const char *input;
  double first_order;
  double total;
} ig_sobol_index;

/* Runs the analysis around the nominal `options` (NULL: defaults); `*out` is the
 * caller's. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, bad values, unknown ids,
 * nothing to vary, fewer than two scored units), IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_sensitivity(ig_sensitivity_result **out, const ig_model *m, const ig_aggregate_options *options,
                                const ig_sensitivity_options *sensitivity_options);
IG_API void ig_sensitivity_result_destroy(ig_sensitivity_result **r);
/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE (index). */
IG_API ig_status ig_sensitivity_result_summary(ig_sensitivity_summary *out, const ig_sensitivity_result *r);
IG_API ig_status ig_sensitivity_result_unit(ig_unit_ranks *out, const ig_sensitivity_result *r, size_t index);
IG_API ig_status ig_sensitivity_result_input(ig_sobol_index *out, const ig_sensitivity_result *r, size_t index);
IG_API ig_status ig_sensitivity_result_diagnostics(ig_diagnostics **out, const ig_sensitivity_result *r);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_SENSITIVITY_H */
