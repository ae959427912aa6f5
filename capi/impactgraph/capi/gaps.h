/* impactgraph C ABI, part "gaps": gap detection.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_GAPS_H
#define IMPACTGRAPH_CAPI_GAPS_H

#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==================================================================== gap detection */

/* What a strategy's follow-up should look at first (docs/gaps.md): structural gaps,
 * indicators off track against their targets (Open SDG's progress measure, all six target
 * kinds), inequality between municipalities and between women and men, data gaps,
 * priority mismatch (a large gap, little effort), and the share of indicators on track
 * carried up the graph. Every gap has a stable code, a severity, a message in English or
 * Swedish, the ids involved and named figures. Gaps are findings about the strategy, not
 * errors of the call. */

typedef enum ig_language {
  IG_LANGUAGE_EN = 0,
  IG_LANGUAGE_SV = 1,
  IG_LANGUAGE_MIN_ENUM_ = -0x7fffffff - 1,
  IG_LANGUAGE_MAX_ENUM_ = 0x7fffffff
} ig_language;

/* Open SDG's progress status of one target in one geography. */
typedef enum ig_progress {
  IG_PROGRESS_TARGET_ACHIEVED = 0,
  IG_PROGRESS_ON_TRACK = 1,     /* ratio of observed to required growth >= 0.95 */
  IG_PROGRESS_MODERATE = 2,     /* 0.6 <= ratio < 0.95 */
  IG_PROGRESS_LIMITED = 3,      /* 0 <= ratio < 0.6 */
  IG_PROGRESS_DETERIORATING = 4, /* ratio < 0: moving away from the target */
  IG_PROGRESS_NOT_AVAILABLE = 5, /* cannot be evaluated */
  IG_PROGRESS_MIN_ENUM_ = -0x7fffffff - 1,
  IG_PROGRESS_MAX_ENUM_ = 0x7fffffff
} ig_progress;

/* "en", "sv"; "target_achieved", "on_track", "moderate", "limited", "deteriorating",
 * "not_available"; "" for a value not listed. Never NULL. */
IG_API const char *ig_language_name(ig_language language);
IG_API const char *ig_progress_name(ig_progress progress);

/* Options of gap detection. NULL means the defaults; initialise with
 * IG_GAP_OPTIONS_INIT or ig_gap_options_init. Strings and arrays are borrowed for the
 * call. A level list that is NULL (count 0) means its default; `silo_tags` NULL means
 * "area" and "owner", non-NULL with count 0 means none. */
typedef struct ig_gap_options {
  size_t struct_size;           /* sizeof(ig_gap_options) */
  ig_language language;         /* of the messages (default English) */
  const char *as_of;            /* NULL or "": the latest period with a value */
  const char *region;           /* geography id; NULL or "": the geography with the most children */
  size_t stale_after;           /* periods without a value before a series is stale (2) */
  double coverage_threshold;    /* low coverage: share of the region's municipalities below this (0.5) */
  double cv_threshold;          /* unequal municipalities: coefficient of variation (0.15) */
  double max_min_threshold;     /* ... or the largest value over the smallest (1.5) */
  double gender_gap_threshold;  /* |women - men| / their mean (0.10) */
  double mismatch_threshold;    /* priority mismatch index (0.25) */
  double silo_share;            /* a group is a silo at or below this share of shared nodes (0) */
  const char *activity_level;   /* NULL: the lowest level */
  const char *goal_level;       /* NULL: "goal", else the level below the top */
  const char *const *effect_levels;
  size_t effect_level_count;
  const char *const *measured_levels; /* levels whose nodes need an indicator */
  size_t measured_level_count;
  const char *const *priority_levels; /* levels ranked for priority mismatch */
  size_t priority_level_count;
  const char *const *silo_tags;       /* activity tags grouped for silos */
  size_t silo_tag_count;
  const char *single_source_tag;      /* NULL: "area"; "": activities only */
  const char *women;                  /* NULL: "K" */
  const char *men;                    /* NULL: "M" */
  double ratio_on_track;              /* Open SDG thresholds on the growth ratio (0.95, 0.6, 0) */
  double ratio_moderate;
  double ratio_limited;
  double growth_on_track;             /* ... and on the growth itself (0.015, 0.005, 0) */
  double growth_moderate;
  double growth_limited;
} ig_gap_options;

#define IG_GAP_OPTIONS_INIT                                                                            \
  {sizeof(ig_gap_options), IG_LANGUAGE_EN, NULL, NULL, 2, 0.5, 0.15, 1.5, 0.10, 0.25, 0.0, NULL, NULL,   \
   NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL, NULL, NULL, 0.95, 0.6, 0.0, 0.015, 0.005, 0.0}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_gap_options_init(ig_gap_options *options, size_t struct_size);

/* The result of a gap detection; read-only, safe to read from many threads. Strings are
 * borrowed from it and stay valid while it lives (also after the model is destroyed). */
typedef struct ig_gaps ig_gaps;

/* Runs every gap analysis on `m`; `*out` is the caller's (ig_gaps_destroy).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, an enum value not listed, a level,
 * region or as-of period the model lacks or cannot parse, a threshold not finite),
 * IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_gaps_detect(ig_gaps **out, const ig_model *m, const ig_gap_options *options);
IG_API void ig_gaps_destroy(ig_gaps **g);

/* One gap; strings borrowed from the ig_gaps. */
typedef struct ig_gap {
  size_t struct_size;   /* sizeof(ig_gap) */
  const char *code;     /* stable, e.g. "off-track" (docs/gaps.md) */
  ig_severity severity;
  const char *message;  /* in the language of the options */
  size_t id_count;      /* ig_gaps_id */
  size_t figure_count;  /* ig_gaps_figure */
} ig_gap;

/* A named figure of a gap: a number or a text. */
typedef struct ig_figure {
  size_t struct_size; /* sizeof(ig_figure) */
  const char *name;   /* e.g. "class", "current_value" */
  int is_text;
  double number;      /* NaN for a text */
  const char *text;   /* "" for a number */
} ig_figure;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE; ig_gaps_find_figure
 * also IG_ERROR_NOT_FOUND. */
IG_API ig_status ig_gaps_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_get(ig_gap *out, const ig_gaps *g, size_t index);
IG_API ig_status ig_gaps_id(const char **out, const ig_gaps *g, size_t index, size_t id_index);
IG_API ig_status ig_gaps_figure(ig_figure *out, const ig_gaps *g, size_t index, size_t figure_index);
IG_API ig_status ig_gaps_find_figure(ig_figure *out, const ig_gaps *g, size_t index, const char *name);

/* The as-of period ("" when the model has no observations), the region (geography
 * index, IG_NO_INDEX when none) and the currency funding was counted in ("" without
 * funding). Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_gaps_as_of(const char **out, const ig_gaps *g);
IG_API ig_status ig_gaps_region(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_main_currency(const char **out, const ig_gaps *g);

/* How one target of one indicator stands in one geography (every evaluation, on track
 * or not, in indicator, geography, target order). Periods are "" when absent. For
 * disparity and peers by level, base_value and current_value are the gap. */
typedef struct ig_evaluation {
  size_t struct_size; /* sizeof(ig_evaluation) */
  size_t indicator;
  const char *indicator_id;
  size_t geo;
  const char *geo_id;
  size_t target;      /* index among the indicator's targets */
  ig_target_kind kind;
  ig_progress progress;
  int headline;       /* the region (or any geography when there is none) */
  int has_value;
  double value;       /* progress ratio, direction-adjusted growth, or share of peers bettered */
  int has_shortfall;
  double shortfall;   /* in [0, 1] */
  const char *base_period;
  int has_base_value;
  double base_value;
  const char *current_period;
  int has_current_value;
  double current_value;
  int has_target_value;
  double target_value;
  const char *target_period;
  int has_line_value;
  double line_value;  /* the straight line base -> target at the current period */
  int has_projected_year;
  double projected_year; /* when the least-squares trend reaches the target */
  const char *reason; /* why not available, e.g. "no-data"; "" otherwise */
} ig_evaluation;

/* Share of indicators on track, rolled up the graph; one per node, in node order. */
typedef struct ig_node_rollup {
  size_t struct_size; /* sizeof(ig_node_rollup) */
  size_t node;
  const char *node_id;
  size_t evaluated;   /* own indicators evaluated */
  size_t on_track;    /* of those, on track or achieved */
  int has_own_share;
  double own_share;
  int has_share;
  double share;       /* rolled up over the node and what contributes to it */
  int has_shortfall;
  double shortfall;
} ig_node_rollup;

/* One node of the priority-mismatch ranking, by rank. */
typedef struct ig_priority {
  size_t struct_size; /* sizeof(ig_priority) */
  size_t node;
  const char *node_id;
  size_t rank;        /* 1 = the largest mismatch */
  double gap;         /* rolled-up shortfall in [0, 1] */
  double contribution;       /* path contribution from all activities */
  double funding;            /* money reaching the node, main currency */
  double contribution_score; /* over the largest of its level */
  double funding_score;
  double effort;
  double mismatch;    /* gap * (1 - effort) */
} ig_priority;

/* How a group of activities (an area, an owner) meets other groups below the goals. */
typedef struct ig_group_linkage {
  size_t struct_size; /* sizeof(ig_group_linkage) */
  const char *tag;
  const char *group;
  size_t activities;
  size_t downstream;  /* nodes below the goal level its activities reach */
  size_t shared;      /* of those, reached by another group too */
  double share;       /* shared / downstream */
} ig_group_linkage;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_gaps_evaluation_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_evaluation(ig_evaluation *out, const ig_gaps *g, size_t index);
IG_API ig_status ig_gaps_rollup_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_rollup(ig_node_rollup *out, const ig_gaps *g, size_t index);
IG_API ig_status ig_gaps_priority_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_priority(ig_priority *out, const ig_gaps *g, size_t index);
IG_API ig_status ig_gaps_group_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_group(ig_group_linkage *out, const ig_gaps *g, size_t index);

/* The table of gap codes (docs/gaps.md): code, family, severity and the message
 * templates; static strings. */
typedef struct ig_gap_code {
  size_t struct_size; /* sizeof(ig_gap_code) */
  const char *code;
  const char *family; /* structural, performance, equality, data, priority, rollup */
  ig_severity severity;
  const char *message_en;
  const char *message_sv;
} ig_gap_code;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_gap_code_count(size_t *out);
IG_API ig_status ig_gap_code_get(ig_gap_code *out, size_t index);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_GAPS_H */
