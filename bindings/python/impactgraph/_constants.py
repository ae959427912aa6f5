"""The C ABI's constants, mirrored from capi/impactgraph.h.

Every value here is the header's own; tests/test_header.py parses the header and fails
when one drifts. Enumerations are IntEnums so they print by name and pass to C as ints.
"""
from __future__ import annotations

import enum

#: The package's own version (released together with the library).
VERSION = "0.1.0"
#: The ABI major this package was made for; ig_abi_version() must return it.
ABI_VERSION = 0
#: The library version the package was made for (IG_VERSION_*).
VERSION_MAJOR = 0
VERSION_MINOR = 1
VERSION_PATCH = 0

#: IG_NO_INDEX, (size_t)-1: "no index", e.g. a root geography's parent.
NO_INDEX = (1 << 64) - 1


class Status(enum.IntEnum):
    """ig_status: IG_OK or a negative IG_ERROR_* code."""

    OK = 0
    ERROR_INVALID_ARGUMENT = -1
    ERROR_IO = -2
    ERROR_PARSE = -3
    ERROR_INVALID_MODEL = -4
    ERROR_NOT_FOUND = -5
    ERROR_OUT_OF_RANGE = -6
    ERROR_STATE = -7
    ERROR_BUFFER_TOO_SMALL = -8
    ERROR_OUT_OF_MEMORY = -9
    ERROR_INTERNAL = -10


class Format(enum.IntEnum):
    """ig_format: model file formats."""

    AUTO = 0
    JSON = 1
    CSV = 2
    DOT = 3
    GRAPHML = 4


class Severity(enum.IntEnum):
    """ig_severity of a diagnostic."""

    ERROR = 0
    WARNING = 1
    INFO = 2


class Evidence(enum.IntEnum):
    """ig_evidence: the evidence level of an edge."""

    UNSPECIFIED = 0
    STRONG = 1
    MODERATE = 2
    WEAK = 3
    NONE = 4


class Direction(enum.IntEnum):
    """ig_direction: which way an indicator improves."""

    UNSPECIFIED = 0
    INCREASE = 1
    DECREASE = 2


class TargetKind(enum.IntEnum):
    """ig_target_kind: the six ways a plan states a target."""

    LEVEL = 0
    CHANGE = 1
    THRESHOLD = 2
    DIRECTION = 3
    PEERS = 4
    DISPARITY = 5


class Measure(enum.IntEnum):
    """ig_measure: what an indicator's values are."""

    NUMBER = 0
    PERCENT = 1
    RATIO = 2
    ORDINAL = 3
    TEXT = 4


class Aggregation(enum.IntEnum):
    """ig_aggregation: how an indicator aggregates over geography or time."""

    UNSPECIFIED = 0
    SUM = 1
    MEAN = 2
    WEIGHTED_MEAN = 3
    MIN = 4
    MAX = 5
    FIRST = 6
    LAST = 7


class ContributionMode(enum.IntEnum):
    """ig_contribution_mode: how contributions are counted (docs/contributions.md)."""

    PATH = 0
    FLOW = 1
    ATTRIBUTION = 2


class Normalization(enum.IntEnum):
    """ig_normalization: how flow, attribution and funding normalise a node's weights."""

    POSITIVE = 0
    SIGNED = 1


class SignRule(enum.IntEnum):
    """ig_sign_rule: how a path with negative edges counts as synergy or trade-off."""

    MULTIPLY = 0
    ANY_NEGATIVE = 1


class WeightDistribution(enum.IntEnum):
    """ig_weight_distribution: how Monte Carlo draws an uncertain edge weight."""

    UNIFORM = 0
    TRIANGULAR = 1


class MicmacClass(enum.IntEnum):
    """ig_micmac_class: a node's MICMAC class from its influence and dependence."""

    DRIVER = 0
    LINKAGE = 1
    DEPENDENT = 2
    AUTONOMOUS = 3


class Normalisation(enum.IntEnum):
    """ig_normalisation: how aggregation normalises indicator values (COINr's methods)."""

    MINMAX = 0
    GOALPOSTS = 1
    ZSCORE = 2
    DIST_TO_TARGET = 3
    DIST_TO_MAX = 4
    DIST_TO_REF = 5
    FRAC_MAX = 6
    RANK = 7
    PERCENTILE_RANK = 8
    INDEX = 9
    NONE = 10


class Composite(enum.IntEnum):
    """ig_composite: how a node's score combines its inputs."""

    ARITHMETIC = 0
    GEOMETRIC = 1
    HARMONIC = 2
    GENERALISED = 3
    MINIMUM = 4
    MEDIAN = 5


class Outliers(enum.IntEnum):
    """ig_outliers: outlier treatment before normalisation."""

    NONE = 0
    WINSORISE = 1
    LOG = 2


class Imputation(enum.IntEnum):
    """ig_imputation: how missing indicator values are filled in."""

    NONE = 0
    CARRY_FORWARD = 1
    INTERPOLATE = 2
    GROUP_MEAN = 3


class NegativeWeights(enum.IntEnum):
    """ig_negative_weights: what a composite does with a negative edge weight."""

    EXCLUDE = 0
    INVERT = 1


class PeriodGrain(enum.IntEnum):
    """ig_period_grain: the periods aggregation scores."""

    AS_OBSERVED = 0
    YEAR = 1
    QUARTER = 2


class WeightSampling(enum.IntEnum):
    """ig_weight_sampling: how the sensitivity analysis varies weights."""

    NONE = 0
    UNIFORM = 1
    DIRICHLET = 2


class Language(enum.IntEnum):
    """ig_language: of the gap messages."""

    EN = 0
    SV = 1


class Progress(enum.IntEnum):
    """ig_progress: Open SDG's progress status of one target in one geography."""

    TARGET_ACHIEVED = 0
    ON_TRACK = 1
    MODERATE = 2
    LIMITED = 3
    DETERIORATING = 4
    NOT_AVAILABLE = 5


class ValueFlag(enum.IntFlag):
    """IG_VALUE_*: where an aggregated indicator value came from and what was done to it."""

    OBSERVED = 1
    RATIO = 2
    TIME_AGGREGATED = 4
    GEO_AGGREGATED = 8
    IMPUTED = 16
    WINSORISED = 32
    LOG_TRANSFORMED = 64


#: Each mirrored enumeration with the header's value prefix (IG_<prefix>_<NAME>); the
#: header test walks this table.
ENUMS = {
    "": Status,  # IG_OK, IG_ERROR_* share the status enum's unnamed block
    "FORMAT": Format,
    "SEVERITY": Severity,
    "EVIDENCE": Evidence,
    "DIRECTION": Direction,
    "TARGET": TargetKind,
    "MEASURE": Measure,
    "AGGREGATION": Aggregation,
    "CONTRIBUTION": ContributionMode,
    "NORMALIZATION": Normalization,
    "SIGN_RULE": SignRule,
    "DISTRIBUTION": WeightDistribution,
    "MICMAC": MicmacClass,
    "NORMALISATION": Normalisation,
    "COMPOSITE": Composite,
    "OUTLIERS": Outliers,
    "IMPUTATION": Imputation,
    "NEGATIVE_WEIGHTS": NegativeWeights,
    "PERIOD_GRAIN": PeriodGrain,
    "WEIGHT_SAMPLING": WeightSampling,
    "LANGUAGE": Language,
    "PROGRESS": Progress,
}
