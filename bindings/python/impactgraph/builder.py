"""Building a model in code: add items, validate, freeze into a Model.

Every C setter has a method of the same name (set_node_description for
ig_builder_set_node_description, ...), and the add_* methods take keyword arguments
that call those setters for you. Methods return the builder, so calls chain:

    model = (impactgraph.Builder(name="RUS")
             .add_node("P7", "activity", "Företagslyft", tags={"area": "A1"})
             .add_node("G1", "goal", "Stark konkurrenskraft")
             .add_edge("P7", "G1", 0.8, evidence="moderate")
             .freeze())

Setters act on the most recently added item with that id (an edge: with those ends)
and raise NotFoundError when there is none. Nothing beyond the arguments is checked
until validate() or freeze(). A successful freeze seals the builder (later calls raise
StateError); a failed one raises InvalidModelError with every finding in .diagnostics
and leaves the builder as it was. A builder is for one thread at a time.
"""
from __future__ import annotations

import ctypes
from ctypes import byref
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Sequence, Tuple, Union

from . import _capi
from ._args import c_id, c_number, c_text, enum_value
from ._constants import Aggregation, Direction, Evidence, Measure, TargetKind
from ._handles import own
from ._library import lib
from .diagnostics import Diagnostics, call_for_diagnostics
from .errors import StateError, argument_error, check
from .model import Model
from .records import Baseline, Funding, Target

if TYPE_CHECKING:
    from .kolada import ImportResult

__all__ = ["Builder"]

Choice = Union[str, int, None]  # an enumeration word ("increase"), member, or None


class Builder:
    """Builds a model in memory (ig_builder)."""

    def __init__(self, name: Optional[str] = None, levels: Optional[Iterable[str]] = None) -> None:
        """A new, empty builder, optionally with the model's name and declared levels
        (lowest first; without any, the model uses activity, output, outcome, goal, vision)."""
        handle = ctypes.c_void_p()
        check(lib.ig_builder_create(byref(handle)))
        self._adopt(handle)
        if name is not None:
            self.set_name(name)
        for level in levels or ():
            self.add_level(level)

    def _adopt(self, handle: ctypes.c_void_p) -> None:
        self._handle = handle
        self._finalizer = own(self, handle, "builder")

    @classmethod
    def from_model(cls, model: Model) -> "Builder":
        """A builder holding everything `model` holds (to edit a frozen model)."""
        handle = ctypes.c_void_p()
        check(lib.ig_builder_create_from_model(byref(handle), model._h))
        builder = cls.__new__(cls)
        builder._adopt(handle)
        return builder

    @property
    def _h(self) -> ctypes.c_void_p:
        if not self._finalizer.alive:
            raise StateError("the builder is closed")
        return self._handle

    def close(self) -> None:
        """Frees the builder now. Safe to call twice."""
        self._finalizer()

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def __enter__(self) -> "Builder":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<impactgraph.Builder{' (closed)' if self.closed else ''}>"

    def _call(self, function: Any, *args: Any) -> "Builder":
        check(function(self._h, *args))
        return self

    # ---- the model

    def reserve(self, nodes: int = 0, edges: int = 0, indicators: int = 0, observations: int = 0) -> "Builder":
        """Reserves room for that many items (a hint; never needed)."""
        counts = (nodes, edges, indicators, observations)
        if any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in counts):
            raise argument_error(f"reserve() takes counts that are ints >= 0, not {counts}")
        return self._call(lib.ig_builder_reserve, *counts)

    def set_name(self, name: Optional[str]) -> "Builder":
        return self._call(lib.ig_builder_set_name, c_text(name, "name"))

    def add_level(self, level: str) -> "Builder":
        """Appends a level to the declared order (lowest first)."""
        return self._call(lib.ig_builder_add_level, c_id(level, "level"))

    # ---- nodes

    def add_node(self, id: str, level: str, label: Optional[str] = None, *, description: Optional[str] = None,
                 start: Optional[str] = None, end: Optional[str] = None, tags: Optional[Mapping[str, str]] = None,
                 funding: Iterable[Union[Funding, Tuple[Any, ...]]] = ()) -> "Builder":
        """Adds a node; the keywords call the node setters. `funding` holds Funding
        records or (amount, currency, source, period) tuples."""
        self._call(lib.ig_builder_add_node, c_id(id), c_id(level, "level"), c_text(label, "label"))
        if description is not None:
            self.set_node_description(id, description)
        if start is not None or end is not None:
            self.set_node_span(id, start, end)
        for key, value in (tags or {}).items():
            self.set_node_tag(id, key, value)
        for item in funding:
            f = item if isinstance(item, Funding) else Funding(*item)
            self.add_node_funding(id, f.amount, f.currency, f.source, f.period)
        return self

    def set_node_description(self, id: str, description: Optional[str]) -> "Builder":
        return self._call(lib.ig_builder_set_node_description, c_id(id), c_text(description, "description"))

    def set_node_span(self, id: str, start: Optional[str], end: Optional[str]) -> "Builder":
        """The node's time span (periods; None for an open end)."""
        return self._call(lib.ig_builder_set_node_span, c_id(id), c_text(start, "start"), c_text(end, "end"))

    def set_node_tag(self, id: str, key: str, value: Optional[str]) -> "Builder":
        """Sets tag `key` (replacing its value if the node has it already)."""
        return self._call(lib.ig_builder_set_node_tag, c_id(id), c_id(key, "key"), c_text(value, "value"))

    def add_node_funding(self, id: str, amount: float, currency: Optional[str] = None, source: Optional[str] = None,
                         period: Optional[str] = None) -> "Builder":
        return self._call(lib.ig_builder_add_node_funding, c_id(id), c_number(amount, "amount"),
                          c_text(currency, "currency"), c_text(source, "source"), c_text(period, "period"))

    # ---- edges

    def add_edge(self, from_id: str, to_id: str, weight: float = 1.0, *,
                 weight_range: Optional[Tuple[float, float]] = None, confidence: Optional[float] = None,
                 assumption: Optional[str] = None, evidence: Choice = None) -> "Builder":
        """Adds an edge "from_id contributes to to_id"; the keywords call the edge setters."""
        self._call(lib.ig_builder_add_edge, c_id(from_id, "from_id"), c_id(to_id, "to_id"),
                   c_number(weight, "weight"))
        if weight_range is not None:
            self.set_edge_range(from_id, to_id, *weight_range)
        if confidence is not None:
            self.set_edge_confidence(from_id, to_id, confidence)
        if assumption is not None:
            self.set_edge_assumption(from_id, to_id, assumption)
        if evidence is not None:
            self.set_edge_evidence(from_id, to_id, evidence)
        return self

    def set_edge_range(self, from_id: str, to_id: str, weight_min: float, weight_max: float) -> "Builder":
        return self._call(lib.ig_builder_set_edge_range, c_id(from_id, "from_id"), c_id(to_id, "to_id"),
                          c_number(weight_min, "weight_min"), c_number(weight_max, "weight_max"))

    def set_edge_confidence(self, from_id: str, to_id: str, confidence: float) -> "Builder":
        return self._call(lib.ig_builder_set_edge_confidence, c_id(from_id, "from_id"), c_id(to_id, "to_id"),
                          c_number(confidence, "confidence"))

    def set_edge_assumption(self, from_id: str, to_id: str, assumption: Optional[str]) -> "Builder":
        return self._call(lib.ig_builder_set_edge_assumption, c_id(from_id, "from_id"), c_id(to_id, "to_id"),
                          c_text(assumption, "assumption"))

    def set_edge_evidence(self, from_id: str, to_id: str, evidence: Choice) -> "Builder":
        """"strong", "moderate", "weak", "none" (or an Evidence member; None: unspecified)."""
        return self._call(lib.ig_builder_set_edge_evidence, c_id(from_id, "from_id"), c_id(to_id, "to_id"),
                          enum_value(Evidence, evidence, "evidence", allow_none=True))

    # ---- indicators

    def add_indicator(self, id: str, node_id: str, label: Optional[str] = None, *, unit: Optional[str] = None,
                      description: Optional[str] = None, direction: Choice = None,
                      baseline: Union[Baseline, Tuple[str, float], None] = None, source: Optional[str] = None,
                      measure: Choice = None, ratio: Optional[Tuple[str, str, float]] = None,
                      scale: Optional[Tuple[float, float]] = None, geo_aggregation: Choice = None,
                      geo_weight: Optional[str] = None, time_aggregation: Choice = None,
                      weight: Optional[float] = None, targets: Iterable[Target] = ()) -> "Builder":
        """Adds an indicator on node `node_id`; the keywords call the indicator setters.
        `baseline` is (period, value); `ratio` is (numerator, denominator, factor)."""
        self._call(lib.ig_builder_add_indicator, c_id(id), c_id(node_id, "node_id"), c_text(label, "label"))
        if unit is not None:
            self.set_indicator_unit(id, unit)
        if description is not None:
            self.set_indicator_description(id, description)
        if direction is not None:
            self.set_indicator_direction(id, direction)
        if baseline is not None:
            period, value = (baseline.period, baseline.value) if isinstance(baseline, Baseline) else baseline
            self.set_indicator_baseline(id, period, value)
        if source is not None:
            self.set_indicator_source(id, source)
        if measure is not None:
            self.set_indicator_measure(id, measure)
        if ratio is not None:
            self.set_indicator_ratio(id, *ratio)
        if scale is not None:
            self.set_indicator_scale(id, *scale)
        if geo_aggregation is not None or geo_weight is not None:
            self.set_indicator_geo_aggregation(id, geo_aggregation, geo_weight)
        if time_aggregation is not None:
            self.set_indicator_time_aggregation(id, time_aggregation)
        if weight is not None:
            self.set_indicator_weight(id, weight)
        for target in targets:
            self.add_indicator_target(id, target)
        return self

    def set_indicator_unit(self, id: str, unit: Optional[str]) -> "Builder":
        return self._call(lib.ig_builder_set_indicator_unit, c_id(id), c_text(unit, "unit"))

    def set_indicator_description(self, id: str, description: Optional[str]) -> "Builder":
        return self._call(lib.ig_builder_set_indicator_description, c_id(id), c_text(description, "description"))

    def set_indicator_direction(self, id: str, direction: Choice) -> "Builder":
        """"increase" or "decrease" (or a Direction member; None: unspecified)."""
        return self._call(lib.ig_builder_set_indicator_direction, c_id(id),
                          enum_value(Direction, direction, "direction", allow_none=True))

    def set_indicator_baseline(self, id: str, period: str, value: float) -> "Builder":
        return self._call(lib.ig_builder_set_indicator_baseline, c_id(id), c_id(period, "period"),
                          c_number(value, "value"))

    def set_indicator_source(self, id: str, source: Optional[str]) -> "Builder":
        return self._call(lib.ig_builder_set_indicator_source, c_id(id), c_text(source, "source"))

    def set_indicator_measure(self, id: str, measure: Choice) -> "Builder":
        """"number", "percent", "ratio", "ordinal" or "text" (or a Measure member)."""
        return self._call(lib.ig_builder_set_indicator_measure, c_id(id), enum_value(Measure, measure, "measure"))

    def set_indicator_ratio(self, id: str, numerator: str, denominator: str, factor: float = 1.0) -> "Builder":
        """Makes the indicator a ratio: numerator / denominator * factor (indicator ids)."""
        return self._call(lib.ig_builder_set_indicator_ratio, c_id(id), c_id(numerator, "numerator"),
                          c_id(denominator, "denominator"), c_number(factor, "factor"))

    def set_indicator_scale(self, id: str, scale_min: float, scale_max: float) -> "Builder":
        """The scale of an ordinal indicator, e.g. 1 to 5."""
        return self._call(lib.ig_builder_set_indicator_scale, c_id(id), c_number(scale_min, "scale_min"),
                          c_number(scale_max, "scale_max"))

    def set_indicator_geo_aggregation(self, id: str, aggregation: Choice,
                                      geo_weight: Optional[str] = None) -> "Builder":
        """How the indicator aggregates over geography ("sum", "mean", "weighted_mean" by
        the indicator `geo_weight`, "min", "max", ...; None: unspecified)."""
        return self._call(lib.ig_builder_set_indicator_geo_aggregation, c_id(id),
                          enum_value(Aggregation, aggregation, "aggregation", allow_none=True),
                          c_text(geo_weight, "geo_weight"))

    def set_indicator_time_aggregation(self, id: str, aggregation: Choice) -> "Builder":
        """How the indicator aggregates over time ("last", "sum", "mean", ...; None: unspecified)."""
        return self._call(lib.ig_builder_set_indicator_time_aggregation, c_id(id),
                          enum_value(Aggregation, aggregation, "aggregation", allow_none=True))

    def set_indicator_weight(self, id: str, weight: float) -> "Builder":
        return self._call(lib.ig_builder_set_indicator_weight, c_id(id), c_number(weight, "weight"))

    def add_indicator_target(self, id: str, target: Target) -> "Builder":
        """Appends a target (a Target record; see its kinds)."""
        if not isinstance(target, Target):
            raise TypeError(f"add_indicator_target takes a Target, not {type(target).__name__}")
        raw = _capi.ig_target()
        raw.kind = enum_value(TargetKind, target.kind, "target.kind")
        raw.period = c_text(target.period, "target.period")
        raw.base_period = c_text(target.base_period, "target.base_period")
        raw.has_value = target.value is not None
        raw.value = c_number(target.value, "target.value") if target.value is not None else float("nan")
        raw.op = c_text(target.op, "target.op")
        geos = _c_strings(target.geos, "target.geos")
        raw.geos, raw.geo_count = geos, len(target.geos)
        between = _c_strings(target.between, "target.between")
        raw.between, raw.between_count = between, len(target.between)
        raw.compare = c_text(target.compare, "target.compare")
        return self._call(lib.ig_builder_add_indicator_target, c_id(id), byref(raw))

    # ---- geographies and observations

    def add_geography(self, id: str, name: Optional[str] = None, parent: Optional[str] = None) -> "Builder":
        return self._call(lib.ig_builder_add_geography, c_id(id), c_text(name, "name"), c_text(parent, "parent"))

    def add_observation(self, indicator: str, geo: str, period: str, value: Optional[float] = None, *,
                        breakdown: Optional[str] = None, text: Optional[str] = None,
                        status: Optional[str] = None) -> "Builder":
        """Appends an observation; `value` None is a missing value (kept, with its
        status); `breakdown` None is "T" (total), "K" women, "M" men."""
        raw = _capi.ig_observation()
        raw.indicator_id = c_id(indicator, "indicator")
        raw.geo_id = c_id(geo, "geo")
        raw.period = c_id(period, "period")
        raw.breakdown = c_text(breakdown, "breakdown")
        raw.has_value = value is not None
        raw.value = c_number(value, "value") if value is not None else float("nan")
        raw.text = c_text(text, "text")
        raw.status = c_text(status, "status")
        return self._call(lib.ig_builder_add_observation, byref(raw))

    # ---- data

    def import_kolada(self, files: Any) -> "ImportResult":
        """Merges Kolada files (a path or a list of paths; v2 or v3 responses or bare
        arrays, in order, later ones win) into the builder's observations
        (ig_builder_import_kolada; docs/kolada.md). The builder keeps what was merged only
        when the call succeeds. Raises ParseError for a bad file, StateError when frozen."""
        from .kolada import builder_import_kolada

        return builder_import_kolada(self, files)

    # ---- checking and freezing

    def validate(self) -> Diagnostics:
        """Every finding for the model built so far."""
        return call_for_diagnostics(lib.ig_builder_validate, self._h)

    def freeze(self) -> Model:
        """Validates and freezes the model. Seals the builder on success; on failure raises
        InvalidModelError (every finding in .diagnostics) and leaves the builder as it was."""
        handle = ctypes.c_void_p()
        check(lib.ig_builder_freeze(byref(handle), self._h))
        return Model(handle)


def _c_strings(values: Sequence[str], argument: str) -> Any:
    if isinstance(values, str):
        raise TypeError(f"argument '{argument}' is a list of str, not one str")
    array = (ctypes.c_char_p * max(len(values), 1))()
    for k, value in enumerate(values):
        array[k] = c_id(value, f"{argument}[{k}]")
    return ctypes.cast(array, ctypes.POINTER(ctypes.c_char_p))
