/* impactgraph C ABI, part "contributions": contribution scoring, funding flow and influence.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_CONTRIBUTIONS_H
#define IMPACTGRAPH_CAPI_CONTRIBUTIONS_H

#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==================================================================== contributions */

/* Contribution scoring, funding flow and influence (docs/contributions.md has every
 * formula). Each analysis returns a result handle that owns its records; the ids it
 * lends stay valid while the handle lives (it keeps the model's data alive, so the
 * ig_model may be destroyed first). */

typedef enum ig_contribution_mode {
  IG_CONTRIBUTION_PATH = 0,        /* sum over paths of the product of edge weights */
  IG_CONTRIBUTION_FLOW = 1,        /* out-weights normalised per node: the share of a unit put in at the source */
  IG_CONTRIBUTION_ATTRIBUTION = 2, /* in-weights normalised per node: the share of the target */
  IG_CONTRIBUTION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_CONTRIBUTION_MAX_ENUM_ = 0x7fffffff
} ig_contribution_mode;

/* How flow and attribution (and funding) normalise a node's weights. */
typedef enum ig_normalization {
  IG_NORMALIZATION_POSITIVE = 0, /* trade-off (negative) edges carry nothing: w+ / sum(w+) (default) */
  IG_NORMALIZATION_SIGNED = 1,   /* w / sum(w); the sum must be > 0 */
  IG_NORMALIZATION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_NORMALIZATION_MAX_ENUM_ = 0x7fffffff
} ig_normalization;

/* How synergy and trade-off parts judge a path with negative edges. */
typedef enum ig_sign_rule {
  IG_SIGN_RULE_MULTIPLY = 0,     /* the sign of the product: two trade-offs make a synergy (default) */
  IG_SIGN_RULE_ANY_NEGATIVE = 1, /* any negative edge makes the path a trade-off, counted -|product| */
  IG_SIGN_RULE_MIN_ENUM_ = -0x7fffffff - 1,
  IG_SIGN_RULE_MAX_ENUM_ = 0x7fffffff
} ig_sign_rule;

/* The distribution of an uncertain edge weight on its range. */
typedef enum ig_weight_distribution {
  IG_DISTRIBUTION_UNIFORM = 0,    /* default */
  IG_DISTRIBUTION_TRIANGULAR = 1, /* peaked at the edge's weight */
  IG_DISTRIBUTION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_DISTRIBUTION_MAX_ENUM_ = 0x7fffffff
} ig_weight_distribution;

/* MICMAC class of a node from its influence and dependence against their means. */
typedef enum ig_micmac_class {
  IG_MICMAC_DRIVER = 0,     /* high influence, low dependence */
  IG_MICMAC_LINKAGE = 1,    /* both high */
  IG_MICMAC_DEPENDENT = 2,  /* low influence, high dependence */
  IG_MICMAC_AUTONOMOUS = 3, /* both low */
  IG_MICMAC_MIN_ENUM_ = -0x7fffffff - 1,
  IG_MICMAC_MAX_ENUM_ = 0x7fffffff
} ig_micmac_class;

/* "path", "flow", "attribution"; "positive", "signed"; "multiply", "any-negative";
 * "uniform", "triangular"; "driver", "linkage", "dependent", "autonomous". "" for a
 * value not listed; never NULL. */
IG_API const char *ig_contribution_mode_name(ig_contribution_mode mode);
IG_API const char *ig_normalization_name(ig_normalization normalization);
IG_API const char *ig_sign_rule_name(ig_sign_rule rule);
IG_API const char *ig_weight_distribution_name(ig_weight_distribution distribution);
IG_API const char *ig_micmac_class_name(ig_micmac_class micmac);

/* A set of nodes: every node on one of `levels`, in node order, then every node of
 * `ids`, in the given order, each once. NULL arrays with a zero count mean none; an
 * empty selection is an empty set. */
typedef struct ig_node_selection {
  size_t struct_size;        /* sizeof(ig_node_selection) */
  const char *const *levels; /* level names */
  size_t level_count;
  const char *const *ids;    /* node ids */
  size_t id_count;
} ig_node_selection;

#define IG_NODE_SELECTION_INIT {sizeof(ig_node_selection), NULL, 0, NULL, 0}

/* Options of ig_contributions_compute. NULL means the defaults. */
typedef struct ig_contribution_options {
  size_t struct_size; /* sizeof(ig_contribution_options) */
  ig_contribution_mode mode;       /* IG_CONTRIBUTION_PATH (default) */
  ig_normalization normalization;  /* flow and attribution; IG_NORMALIZATION_POSITIVE (default) */
  ig_sign_rule sign_rule;          /* IG_SIGN_RULE_MULTIPLY (default) */
  size_t samples;                  /* Monte-Carlo samples; 0 (default): none */
  uint64_t seed;                   /* the same seed gives the same result, whatever `threads` */
  size_t threads;                  /* 0 (default): every core */
  ig_weight_distribution distribution; /* IG_DISTRIBUTION_UNIFORM (default) */
  /* Relative range w +- r|w| of an edge without weight_range, by evidence level
   * (defaults 0.10, 0.25, 0.50, 1.00); each >= 0. */
  double range_strong, range_moderate, range_weak, range_none;
  int use_confidence; /* an edge with only a confidence c varies by +-(1 - c)|w| (default 1) */
} ig_contribution_options;

#define IG_CONTRIBUTION_OPTIONS_INIT                                                                  \
  {sizeof(ig_contribution_options), IG_CONTRIBUTION_PATH, IG_NORMALIZATION_POSITIVE, IG_SIGN_RULE_MULTIPLY, 0, 0, 0, \
   IG_DISTRIBUTION_UNIFORM, 0.10, 0.25, 0.50, 1.00, 1}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_contribution_options_init(ig_contribution_options *options, size_t struct_size);

typedef struct ig_contributions ig_contributions;

/* One (source, target) pair with a path from source to target. Strings borrowed from
 * the ig_contributions. */
typedef struct ig_contribution {
  size_t struct_size; /* sizeof(ig_contribution) */
  size_t source;      /* node indices */
  size_t target;
  const char *source_id;
  const char *target_id;
  double value;     /* sum over paths of the product of (normalised) weights */
  double synergy;   /* the paths judged positive (ig_sign_rule) */
  double trade_off; /* the paths judged negative; value = synergy + trade_off under MULTIPLY */
  int has_samples;  /* 1 with Monte Carlo: the fields below are set */
  double mean;
  double p05;       /* 5th and 95th percentiles of the sampled values (linear interpolation) */
  double p95;
  size_t rank;      /* among the sources of the same target: 1 = largest; ties share the smallest */
  size_t rank_low;  /* 5th and 95th percentiles of the sampled ranks (nearest rank) */
  size_t rank_high;
} ig_contribution;

/* Contributions of the `sources` to the `targets` (both required), ordered by target
 * (in selection order), then source. Pairs without a path are not listed; pairs whose
 * paths sum to 0 are. Time O((V + E) * min(|sources|, |targets|)) per sample.
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, a bad struct_size, an enum value or
 * range outside its set), IG_ERROR_NOT_FOUND (an unknown level or node id),
 * IG_ERROR_INVALID_MODEL (flow or attribution cannot normalise at a node, in the point
 * estimate or a Monte-Carlo sample: the message and ig_error_last_diagnostics name it,
 * code "cannot-normalise"), IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_contributions_compute(ig_contributions **out, const ig_model *m, const ig_node_selection *sources,
                                          const ig_node_selection *targets, const ig_contribution_options *options);
IG_API ig_status ig_contributions_count(size_t *out, const ig_contributions *c);
/* The number of Monte-Carlo samples behind the records (0 without). */
IG_API ig_status ig_contributions_samples(size_t *out, const ig_contributions *c);
/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_contributions_get(ig_contribution *out, const ig_contributions *c, size_t index);
IG_API void ig_contributions_destroy(ig_contributions **c);

/* ---- funding flow: money reaching nodes along the flow, per group and currency */

typedef struct ig_funding_options {
  size_t struct_size;             /* sizeof(ig_funding_options) */
  ig_normalization normalization; /* IG_NORMALIZATION_POSITIVE (default) */
  const char *group_by;           /* NULL or "" (default): the funding source; else a tag key, e.g. "area" */
  const char *const *periods;     /* only funding rows of these periods; none (default): all */
  size_t period_count;
} ig_funding_options;

#define IG_FUNDING_OPTIONS_INIT {sizeof(ig_funding_options), IG_NORMALIZATION_POSITIVE, NULL, NULL, 0}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_funding_options_init(ig_funding_options *options, size_t struct_size);

/* Money of one group and currency reaching one node (or, from ig_funding_flows_total,
 * put in: node IG_NO_INDEX, node_id ""). Strings borrowed from the ig_funding_flows. */
typedef struct ig_funding_flow {
  size_t struct_size; /* sizeof(ig_funding_flow) */
  size_t node;
  const char *node_id;
  const char *group;    /* the funding source, or the funded node's tag value ("" without the tag) */
  const char *currency;
  double amount;        /* reaching the node, its own funding included */
  double direct;        /* the node's own funding */
} ig_funding_flow;

typedef struct ig_funding_flows ig_funding_flows;

/* Money reaching the `nodes` (NULL or an empty selection: every node), by node, then
 * group and currency.
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_NOT_FOUND, IG_ERROR_INVALID_MODEL
 * (a node money reaches cannot split it: "cannot-normalise"), IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_funding_flows_compute(ig_funding_flows **out, const ig_model *m, const ig_node_selection *nodes,
                                          const ig_funding_options *options);
/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE (get). */
IG_API ig_status ig_funding_flows_count(size_t *out, const ig_funding_flows *f);
IG_API ig_status ig_funding_flows_get(ig_funding_flow *out, const ig_funding_flows *f, size_t index);
/* The money put in per group and currency. */
IG_API ig_status ig_funding_flows_total_count(size_t *out, const ig_funding_flows *f);
IG_API ig_status ig_funding_flows_total(ig_funding_flow *out, const ig_funding_flows *f, size_t index);
IG_API void ig_funding_flows_destroy(ig_funding_flows **f);

/* ---- influence among a node set (cross-impact style) */

typedef struct ig_influence_options {
  size_t struct_size;     /* sizeof(ig_influence_options) */
  ig_sign_rule sign_rule; /* how W^2 treats a trade-off of a trade-off; IG_SIGN_RULE_MULTIPLY (default) */
} ig_influence_options;

#define IG_INFLUENCE_OPTIONS_INIT {sizeof(ig_influence_options), IG_SIGN_RULE_MULTIPLY}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_influence_options_init(ig_influence_options *options, size_t struct_size);

/* One member of the set. */
typedef struct ig_influence_node {
  size_t struct_size; /* sizeof(ig_influence_node) */
  size_t node;        /* node index */
  const char *node_id;
  double influence;      /* row sum of |W + W^2| */
  double dependence;     /* column sum of |W + W^2| */
  double net_influence;  /* row sum of W + W^2 (signed) */
  double net_dependence; /* column sum of W + W^2 (signed) */
  ig_micmac_class micmac;
} ig_influence_node;

/* The influence of member `from` on member `to`. */
typedef struct ig_influence_pair {
  size_t struct_size; /* sizeof(ig_influence_pair) */
  size_t from;        /* node indices */
  size_t to;
  const char *from_id;
  const char *to_id;
  double first;     /* W: paths through no other member */
  double second;    /* W^2: through exactly one other member (per the sign rule) */
  double total;     /* first + second */
  double synergy;   /* its positive part */
  double trade_off; /* its negative part */
} ig_influence_pair;

typedef struct ig_influence ig_influence;

/* Influence among `nodes` (required; at most 2048 nodes: the matrices are dense).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, too many nodes, a bad option),
 * IG_ERROR_NOT_FOUND, IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_influence_compute(ig_influence **out, const ig_model *m, const ig_node_selection *nodes,
                                      const ig_influence_options *options);
/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE (an index past the set). */
IG_API ig_status ig_influence_node_count(size_t *out, const ig_influence *r);
IG_API ig_status ig_influence_node_get(ig_influence_node *out, const ig_influence *r, size_t index);
/* `from_index` and `to_index` are positions in the set (0 .. ig_influence_node_count - 1). */
IG_API ig_status ig_influence_pair_get(ig_influence_pair *out, const ig_influence *r, size_t from_index,
                                       size_t to_index);
/* The means MICMAC compares with (any out-parameter may be NULL). */
IG_API ig_status ig_influence_means(double *mean_influence, double *mean_dependence, const ig_influence *r);
IG_API void ig_influence_destroy(ig_influence **r);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_CONTRIBUTIONS_H */
