"""Typed records: plain, frozen copies of what the library holds.

A record never borrows from its model: it stays valid after the model is closed.
Conventions: text is `str` and "" when absent (as in the C ABI); a reference to another
item that may be absent (an indicator's numerator, a geography's parent) and an
unspecified choice (direction, evidence, aggregation) are None; optional numbers are
None when absent. Enumerated choices are the words the model formats use ("increase",
"moderate", "weighted_mean", "level"...).
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field  # `field` is also a Diagnostic attribute
from typing import Any, Dict, Optional, Tuple

__all__ = ["Funding", "Node", "Edge", "Baseline", "Target", "Indicator", "Geography", "Observation",
           "Diagnostic"]


@dataclass(frozen=True)
class Funding:
    """Money for an activity: amount, currency, source (e.g. "ERUF", "ESF+") and period."""

    amount: float
    currency: str = ""
    source: str = ""
    period: str = ""


@dataclass(frozen=True)
class Node:
    """A node of the strategy graph (an activity, output, effect, goal, the vision...)."""

    index: int
    id: str
    level: str
    level_index: int
    label: str
    description: str
    start: str  # time span, periods; "" when open
    end: str
    tags: Dict[str, str]  # in input order
    funding: Tuple[Funding, ...]
    out_degree: int  # outgoing edges
    in_degree: int  # incoming edges


@dataclass(frozen=True)
class Edge:
    """"from contributes to to", with its weight (negative: a trade-off) and its evidence."""

    index: int
    from_id: str
    to_id: str
    from_index: int
    to_index: int
    weight: float
    weight_range: Optional[Tuple[float, float]]  # (min, max) for uncertainty
    confidence: Optional[float]  # 0..1
    assumption: str
    evidence: Optional[str]  # "strong", "moderate", "weak", "none"; None when unspecified


@dataclass(frozen=True)
class Baseline:
    """An indicator's baseline: its value in a period."""

    period: str
    value: float


@dataclass(frozen=True)
class Target:
    """One target of an indicator; `kind` says which fields count:

    - "level": `value` by `period` ("82 % by 2030");
    - "change": `value` (a fraction, -0.6 = -60 %) by `period` against `base_period`;
    - "threshold": `op` (">=", ">", "<=", "<") `value`;
    - "direction": the indicator's direction only;
    - "peers": better than the geographies `geos`, comparing `compare` ("level" or "growth");
    - "disparity": the gap between the breakdowns `between` shrinks (or reaches `value` by `period`).
    Also what Builder.add_indicator_target takes.
    """

    kind: str
    period: str = ""
    base_period: str = ""
    value: Optional[float] = None
    op: str = ""
    geos: Tuple[str, ...] = ()
    compare: str = ""
    between: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Indicator:
    """An indicator on a node, with its baseline, targets and how it aggregates."""

    index: int
    id: str
    node_id: str
    node_index: int
    label: str
    description: str
    unit: str
    direction: Optional[str]  # "increase", "decrease"; None when unspecified
    baseline: Optional[Baseline]
    targets: Tuple[Target, ...]
    source: str  # e.g. "kolada:N00914"
    measure: str  # "number", "percent", "ratio", "ordinal", "text"
    numerator: Optional[str]  # ratio: indicator ids
    denominator: Optional[str]
    factor: float  # ratio = numerator / denominator * factor
    scale: Optional[Tuple[float, float]]  # ordinal: (min, max)
    geo_aggregation: Optional[str]  # "sum", "mean", "weighted_mean", "min", "max", ...
    geo_weight: Optional[str]  # indicator id, for weighted_mean
    time_aggregation: Optional[str]  # "last", "sum", "mean", ...
    weight: float  # counts when its node's score is aggregated


@dataclass(frozen=True)
class Geography:
    """A geography: a municipality, county or country (Kolada ids such as "1880")."""

    index: int
    id: str
    name: str
    parent: Optional[str]  # parent id; None for a root
    parent_index: Optional[int]


@dataclass(frozen=True)
class Observation:
    """A value of an indicator in a geography, period and breakdown ("T", "K", "M")."""

    index: int
    indicator: str  # indicator id
    indicator_index: int
    geo: str  # geography id
    geo_index: int
    period: str  # "2019", "2019Q3", "2019-05"
    breakdown: str
    value: Optional[float]  # None when missing (kept with its status)
    text: str  # text measures: a qualitative assessment
    status: str


@dataclass(frozen=True)
class Diagnostic:
    """One finding: a stable code (docs/diagnostics.md), severity, message, where, ids."""

    code: str
    severity: str  # "error", "warning", "info"
    message: str
    file: str  # "" when unknown
    line: int  # 1-based JSON line or CSV physical line; 0 when unknown
    column: int  # 0 when unknown
    field: str  # JSON path ("nodes[3].level") or CSV column; "" when unknown
    ids: Tuple[str, ...]  # the ids involved, e.g. a cycle's nodes in cycle order
    formatted: str = _field(default="", repr=False, compare=False)  # the library's one-line form

    def __str__(self) -> str:
        return self.formatted or f"{self.message} [{self.code}]"

    def to_dict(self) -> Dict[str, Any]:
        """The diagnostic as the command line prints it with --json."""
        return {"code": self.code, "severity": self.severity, "message": self.message, "ids": list(self.ids),
                "location": {"file": self.file, "line": self.line, "column": self.column, "field": self.field}}
