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
}
