"""impactgraph: strategy impact graphs — from activities to goals, with indicators and data.

Python bindings over libimpactgraph's stable C ABI (ctypes; no compiler needed):

    import impactgraph
    with impactgraph.load("examples/orebro/orebro.json") as model:
        for goal in model.nodes.at_level("goal"):
            print(goal.id, goal.label, [i.id for i in model.indicators.of_node(goal.id)])
        print(model.validate().warning_count, "warnings")
        print(model.contributions("activity", "goal").of_target("G1")[:3])
        print(model.gaps().summary())
        model.export("orebro.graphml")

Errors raise impactgraph.Error subclasses carrying the library's code, message and
diagnostics. See docs/python.md.
"""
from __future__ import annotations

from ._constants import ABI_VERSION, VERSION, Aggregation, Composite, ContributionMode, Direction, Evidence, Format, \
    Imputation, Language, Measure, MicmacClass, NegativeWeights, Normalisation, Normalization, Outliers, PeriodGrain, \
    Progress, Severity, SignRule, Status, TargetKind, ValueFlag, WeightDistribution, WeightSampling
from ._handles import live_handles
from ._library import AbiVersionError, LibraryError, LibraryNotFoundError, lib as _lib, library_path
from ._results import Selection, Table
from .aggregation import AggregateOptions, AggregateResult, Assessment, IndicatorValue, NormalisationSpec, Score, \
    SensitivityResult, SobolIndex, UnitRanks
from .builder import Builder
from .contributions import Contribution, Contributions, FundingFlow, FundingFlows, FundingTotal, Influence, \
    InfluenceNode, InfluencePair
from .diagnostics import Diagnostics
from .errors import BufferTooSmallError, Error, InputOutputError, InternalError, InvalidArgumentError, \
    InvalidModelError, NotFoundError, OutOfMemoryError, OutOfRangeError, ParseError, StateError
from .gaps import Evaluation, Gap, GapCode, GapReport, GroupLinkage, NodeRollup, Priority, gap_codes
from .kolada import ImportResult, import_kolada
from .loading import load, load_csv, load_json, load_json_string, validate_path, validate_json_string
from .model import Model
from .records import Baseline, Diagnostic, Edge, Funding, Geography, Indicator, Node, Observation, Target

__version__ = VERSION


def library_version() -> str:
    """The loaded library's version, e.g. "0.1.0" (ig_version_string)."""
    return _lib.ig_version_string().decode("ascii")


def abi_version() -> int:
    """The loaded library's C ABI version (ig_abi_version); always ABI_VERSION."""
    return int(_lib.ig_abi_version())


__all__ = [
    "__version__", "ABI_VERSION", "library_version", "abi_version", "library_path", "live_handles",
    # reading and validating
    "load", "load_json", "load_csv", "load_json_string", "validate_path", "validate_json_string",
    # objects and records
    "Model", "Builder", "Diagnostics", "Diagnostic", "Node", "Edge", "Funding", "Indicator", "Baseline", "Target",
    "Geography", "Observation",
    # analyses
    "Selection", "Table", "Contributions", "Contribution", "FundingFlows", "FundingFlow", "FundingTotal", "Influence",
    "InfluenceNode", "InfluencePair", "AggregateOptions", "NormalisationSpec", "AggregateResult", "Score",
    "IndicatorValue", "Assessment", "SensitivityResult", "UnitRanks", "SobolIndex", "GapReport", "Gap", "Evaluation",
    "NodeRollup", "Priority", "GroupLinkage", "GapCode", "gap_codes", "ImportResult", "import_kolada",
    # enumerations (mirrored from impactgraph.h)
    "Status", "Format", "Severity", "Evidence", "Direction", "TargetKind", "Measure", "Aggregation",
    "ContributionMode", "Normalization", "SignRule", "WeightDistribution", "MicmacClass", "Normalisation",
    "Composite", "Outliers", "Imputation", "NegativeWeights", "PeriodGrain", "WeightSampling", "Language",
    "Progress", "ValueFlag",
    # errors
    "Error", "InvalidArgumentError", "InputOutputError", "ParseError", "InvalidModelError", "NotFoundError",
    "OutOfRangeError", "StateError", "BufferTooSmallError", "OutOfMemoryError", "InternalError",
    "LibraryError", "LibraryNotFoundError", "AbiVersionError",
]
