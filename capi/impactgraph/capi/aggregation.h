/* impactgraph C ABI, part "aggregation": indicator aggregation and node scores.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_AGGREGATION_H
#define IMPACTGRAPH_CAPI_AGGREGATION_H

#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ====================================================================== aggregation */

/* Indicator aggregation (docs/aggregation.md): each indicator is combined over time and
 * up the geography hierarchy, imputed, treated for outliers and normalised; node scores
 * are composed bottom-up through the graph per geography and period. The defaults are
 * COINr's: min-max to [0, 100] per period across geographies, direction-aware; weighted
 * arithmetic mean with the weights renormalised over the values present; no imputation,
 * no outlier treatment, no coverage threshold. */

typedef enum ig_normalisation {
  IG_NORMALISATION_MINMAX = 0,          /* COINr n_minmax: [lower, upper] */
  IG_NORMALISATION_GOALPOSTS = 1,       /* n_goalposts: fixed [low, high], clipped */
  IG_NORMALISATION_ZSCORE = 2,          /* n_zscore: mean + sd * z */
  IG_NORMALISATION_DIST_TO_TARGET = 3,  /* n_dist2targ */
  IG_NORMALISATION_DIST_TO_MAX = 4,     /* n_dist2max */
  IG_NORMALISATION_DIST_TO_REF = 5,     /* n_dist2ref: to a reference geography's value */
  IG_NORMALISATION_FRAC_MAX = 6,        /* n_fracmax */
  IG_NORMALISATION_RANK = 7,            /* n_rank (ties: min) */
  IG_NORMALISATION_PERCENTILE_RANK = 8, /* n_prank */
  IG_NORMALISATION_INDEX = 9,           /* base period = 100 */
  IG_NORMALISATION_NONE = 10,           /* the values as they are */
  IG_NORMALISATION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_NORMALISATION_MAX_ENUM_ = 0x7fffffff
} ig_normalisation;

typedef enum ig_composite {
  IG_COMPOSITE_ARITHMETIC = 0,
  IG_COMPOSITE_GEOMETRIC = 1,
  IG_COMPOSITE_HARMONIC = 2,
  IG_COMPOSITE_GENERALISED = 3, /* power mean with exponent p */
  IG_COMPOSITE_MINIMUM = 4,
  IG_COMPOSITE_MEDIAN = 5,      /* weighted median */
  IG_COMPOSITE_MIN_ENUM_ = -0x7fffffff - 1,
  IG_COMPOSITE_MAX_ENUM_ = 0x7fffffff
} ig_composite;

typedef enum ig_outliers {
  IG_OUTLIERS_NONE = 0,
  IG_OUTLIERS_WINSORISE = 1, /* COINr Treat(): winsorise while |skew| >= 2 and kurtosis >= 3.5, then log */
  IG_OUTLIERS_LOG = 2,       /* COINr log_CT on pools that fail the skew/kurtosis test */
  IG_OUTLIERS_MIN_ENUM_ = -0x7fffffff - 1,
  IG_OUTLIERS_MAX_ENUM_ = 0x7fffffff
} ig_outliers;

typedef enum ig_imputation {
  IG_IMPUTATION_NONE = 0,
  IG_IMPUTATION_CARRY_FORWARD = 1, /* the geography's last earlier value */
  IG_IMPUTATION_INTERPOLATE = 2,   /* linear between the nearest earlier and later values */
  IG_IMPUTATION_GROUP_MEAN = 3,    /* mean of the geography's siblings in that period */
  IG_IMPUTATION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_IMPUTATION_MAX_ENUM_ = 0x7fffffff
} ig_imputation;

typedef enum ig_negative_weights {
  IG_NEGATIVE_WEIGHTS_EXCLUDE = 0, /* left out of composites */
  IG_NEGATIVE_WEIGHTS_INVERT = 1,  /* counted with |w| on 100 - score */
  IG_NEGATIVE_WEIGHTS_MIN_ENUM_ = -0x7fffffff - 1,
  IG_NEGATIVE_WEIGHTS_MAX_ENUM_ = 0x7fffffff
} ig_negative_weights;

typedef enum ig_period_grain {
  IG_PERIOD_GRAIN_AS_OBSERVED = 0,
  IG_PERIOD_GRAIN_YEAR = 1,    /* quarters and months combined into their year */
  IG_PERIOD_GRAIN_QUARTER = 2, /* months combined into their quarter; years left out */
  IG_PERIOD_GRAIN_MIN_ENUM_ = -0x7fffffff - 1,
  IG_PERIOD_GRAIN_MAX_ENUM_ = 0x7fffffff
} ig_period_grain;

typedef enum ig_weight_sampling {
  IG_WEIGHT_SAMPLING_NONE = 0,
  IG_WEIGHT_SAMPLING_UNIFORM = 1,   /* w * (1 + noise * (2u - 1)) */
  IG_WEIGHT_SAMPLING_DIRICHLET = 2, /* per node: Dirichlet(concentration * w / sum w) * sum w */
  IG_WEIGHT_SAMPLING_MIN_ENUM_ = -0x7fffffff - 1,
  IG_WEIGHT_SAMPLING_MAX_ENUM_ = 0x7fffffff
} ig_weight_sampling;

/* ig_indicator_value.flags: where a value came from and what was done to it. */
#define IG_VALUE_OBSERVED 1u
#define IG_VALUE_RATIO 2u
#define IG_VALUE_TIME_AGGREGATED 4u
#define IG_VALUE_GEO_AGGREGATED 8u
#define IG_VALUE_IMPUTED 16u
#define IG_VALUE_WINSORISED 32u
#define IG_VALUE_LOG_TRANSFORMED 64u

/* The words the CLI takes ("minmax", "geometric", "winsorise", "carry_forward",
 * "invert", "year", "dirichlet"); "" for a value not listed. Never NULL. */
IG_API const char *ig_normalisation_name(ig_normalisation value);
IG_API const char *ig_composite_name(ig_composite value);
IG_API const char *ig_outliers_name(ig_outliers value);
IG_API const char *ig_imputation_name(ig_imputation value);
IG_API const char *ig_negative_weights_name(ig_negative_weights value);
IG_API const char *ig_period_grain_name(ig_period_grain value);
IG_API const char *ig_weight_sampling_name(ig_weight_sampling value);
/* Parse those words. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL or an unknown word). */
IG_API ig_status ig_normalisation_parse(ig_normalisation *out, const char *name);
IG_API ig_status ig_composite_parse(ig_composite *out, const char *name);
IG_API ig_status ig_outliers_parse(ig_outliers *out, const char *name);
IG_API ig_status ig_imputation_parse(ig_imputation *out, const char *name);
IG_API ig_status ig_negative_weights_parse(ig_negative_weights *out, const char *name);
IG_API ig_status ig_period_grain_parse(ig_period_grain *out, const char *name);
IG_API ig_status ig_weight_sampling_parse(ig_weight_sampling *out, const char *name);

/* A normalisation method and its parameters (parameters a method does not use are
 * ignored). Strings are borrowed for the duration of the call that reads the struct. */
typedef struct ig_normalisation_spec {
  size_t struct_size;       /* sizeof(ig_normalisation_spec) */
  ig_normalisation method;  /* default IG_NORMALISATION_MINMAX */
  int across_periods;       /* 1: one pool of all periods (scores comparable over time); 0: per period (default) */
  int by_level;             /* 1: pools per level of the geography hierarchy; 0: all geographies (default) */
  double lower;             /* minmax interval, default [0, 100] */
  double upper;
  int has_goalposts;        /* goalposts [goal_low, goal_high]; without: an ordinal's scale, else baseline..target */
  double goal_low;
  double goal_high;
  int truncate;             /* goalposts: clip to [0, 1] before scaling (default 1) */
  double mean;              /* zscore: default 0 and 1 */
  double sd;
  int has_target;           /* dist_to_target: without, the indicator's own target */
  double target;
  int cap;                  /* dist_to_target, dist_to_ref: cap at 1 (default 0) */
  const char *reference_geo; /* dist_to_ref: a geography id; NULL = none */
  const char *base_period;  /* index: NULL = the indicator's baseline period */
  double scale;             /* the [0, 1] methods times this (default 100; 1 gives COINr's figures) */
} ig_normalisation_spec;

#define IG_NORMALISATION_SPEC_INIT \
  {sizeof(ig_normalisation_spec), IG_NORMALISATION_MINMAX, 0, 0, 0.0, 100.0, 0, 0.0, 0.0, 1, 0.0, 1.0, 0, 0.0, 0, NULL, NULL, \
   100.0}

/* Aggregation options; NULL means the defaults (IG_AGGREGATE_OPTIONS_INIT). Arrays and
 * strings are borrowed for the duration of the call. */
typedef struct ig_aggregate_options {
  size_t struct_size;                          /* sizeof(ig_aggregate_options) */
  const ig_normalisation_spec *normalisation;  /* NULL: minmax to [0, 100] */
  size_t indicator_normalisation_count;        /* per-indicator exceptions: */
  const char *const *indicator_normalisation_ids;
  const ig_normalisation_spec *const *indicator_normalisations;
  ig_outliers outliers;       /* default IG_OUTLIERS_NONE */
  int winmax;                 /* at most this many points winsorised per pool (default 5) */
  double skew_threshold;      /* a pool passes when |skewness| < 2 ... */
  double kurtosis_threshold;  /* ... or kurtosis < 3.5 */
  int log_fallback;           /* winsorise: log-transform when winsorising fails (default 1) */
  ig_imputation imputation;   /* default IG_IMPUTATION_NONE */
  int max_gap;                /* imputation reach in periods; 0 = no limit */
  ig_composite method;        /* default for every node: IG_COMPOSITE_ARITHMETIC */
  double p;                   /* generalised mean exponent (default 2) */
  size_t node_method_count;   /* per-node methods: */
  const char *const *node_method_ids;
  const ig_composite *node_methods;
  const double *node_p;       /* per-node p, or NULL for `p` */
  double min_coverage;        /* scores with coverage below this are missing (default 0) */
  ig_negative_weights negative_weights; /* default IG_NEGATIVE_WEIGHTS_EXCLUDE */
  const char *breakdown;      /* NULL = "T" */
  ig_period_grain grain;      /* default IG_PERIOD_GRAIN_AS_OBSERVED */
  int window;                 /* periods combined into each (default 1) */
  double geo_min_coverage;    /* share of children a parent's aggregate needs (default 0.5) */
  size_t geo_count;           /* rows listed: these geography ids (0 = all) */
  const char *const *geos;
  size_t period_count;        /* rows listed: these periods (0 = all) */
  const char *const *periods;
} ig_aggregate_options;

#define IG_AGGREGATE_OPTIONS_INIT                                                                            \
  {sizeof(ig_aggregate_options), NULL, 0, NULL, NULL, IG_OUTLIERS_NONE, 5, 2.0, 3.5, 1, IG_IMPUTATION_NONE, 0, \
   IG_COMPOSITE_ARITHMETIC, 2.0, 0, NULL, NULL, NULL, 0.0, IG_NEGATIVE_WEIGHTS_EXCLUDE, NULL,                  \
   IG_PERIOD_GRAIN_AS_OBSERVED, 1, 0.5, 0, NULL, 0, NULL}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_normalisation_spec_init(ig_normalisation_spec *spec, size_t struct_size);
IG_API ig_status ig_aggregate_options_init(ig_aggregate_options *options, size_t struct_size);

/* The result of an aggregation: scores, indicator values, text assessments, notes. Owns
 * a reference to its model, so its borrowed strings stay valid until it is destroyed,
 * even after ig_model_destroy. Safe to read from many threads. */
typedef struct ig_aggregate_result ig_aggregate_result;

/* One node's score in one geography and period. */
typedef struct ig_score {
  size_t struct_size; /* sizeof(ig_score) */
  size_t node;        /* node index */
  const char *node_id;
  size_t geo;         /* geography index */
  const char *geo_id;
  const char *period;
  int has_value;      /* 0: missing (coverage below the minimum, or an undefined mean) */
  double value;       /* NaN when missing */
  double coverage;    /* share of the node's input weight that had a value, 0..1 */
  int imputed;        /* 1 when an imputed value fed the score */
} ig_score;

/* One indicator value the aggregation used. */
typedef struct ig_indicator_value {
  size_t struct_size; /* sizeof(ig_indicator_value) */
  size_t indicator;
  const char *indicator_id;
  size_t geo;
  const char *geo_id;
  const char *period;
  double value;       /* the data value before outlier treatment */
  int has_normalised;
  double normalised;  /* NaN when it could not be normalised */
  unsigned flags;     /* IG_VALUE_* bits */
} ig_indicator_value;

/* A qualitative assessment (a text measure), as written: never averaged. */
typedef struct ig_assessment {
  size_t struct_size; /* sizeof(ig_assessment) */
  size_t indicator;
  const char *indicator_id;
  const char *node_id;
  size_t geo;
  const char *geo_id;
  const char *period;
  const char *breakdown;
  const char *text;
  const char *status;
} ig_assessment;

/* Aggregates `m`; `*out` is the caller's (ig_aggregate_result_destroy).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, a bad enum, or options naming unknown
 * ids or periods; the message says which), IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_aggregate(ig_aggregate_result **out, const ig_model *m, const ig_aggregate_options *options);
IG_API void ig_aggregate_result_destroy(ig_aggregate_result **r);

/* Scores sorted by node (model order), geography, period; a row is listed when one of
 * the node's inputs had a value there. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT,
 * IG_ERROR_OUT_OF_RANGE, and IG_ERROR_NOT_FOUND (find: no such row; unknown ids). */
IG_API ig_status ig_aggregate_result_score_count(size_t *out, const ig_aggregate_result *r);
IG_API ig_status ig_aggregate_result_score(ig_score *out, const ig_aggregate_result *r, size_t index);
IG_API ig_status ig_aggregate_result_find_score(size_t *out, const ig_aggregate_result *r, const char *node_id,
                                                const char *geo_id, const char *period);
/* Indicator values sorted by indicator, geography, period (same codes). */
IG_API ig_status ig_aggregate_result_value_count(size_t *out, const ig_aggregate_result *r);
IG_API ig_status ig_aggregate_result_value(ig_indicator_value *out, const ig_aggregate_result *r, size_t index);
IG_API ig_status ig_aggregate_result_find_value(size_t *out, const ig_aggregate_result *r, const char *indicator_id,
                                                const char *geo_id, const char *period);
/* Text assessments by indicator, geography, period (same codes). */
IG_API ig_status ig_aggregate_result_assessment_count(size_t *out, const ig_aggregate_result *r);
IG_API ig_status ig_aggregate_result_assessment(ig_assessment *out, const ig_aggregate_result *r, size_t index);
/* The period axis, ascending. */
IG_API ig_status ig_aggregate_result_period_count(size_t *out, const ig_aggregate_result *r);
IG_API ig_status ig_aggregate_result_period(const char **out, const ig_aggregate_result *r, size_t index);
/* The notes of the run (zero-range, no-reference, negative-weight, assumed-direction,
 * undefined-mean, coarse-period: warnings). Returns IG_OK, IG_ERROR_INVALID_ARGUMENT,
 * IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_aggregate_result_diagnostics(ig_diagnostics **out, const ig_aggregate_result *r);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_AGGREGATION_H */
