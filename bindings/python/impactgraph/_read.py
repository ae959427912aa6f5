"""Copies items out of a frozen model (ig_model_*) into records."""
from __future__ import annotations

import ctypes
from ctypes import byref, c_char_p, c_size_t
from typing import Optional, Tuple

from . import _capi
from ._args import word
from ._constants import NO_INDEX, Aggregation, Direction, Evidence, Measure, TargetKind
from ._handles import text
from ._library import lib
from .errors import check
from .records import Baseline, Edge, Funding, Geography, Indicator, Node, Observation, Target


def count(function, handle: ctypes.c_void_p) -> int:
    n = c_size_t()
    check(function(byref(n), handle))
    return n.value


def _optional(value: bytes) -> Optional[str]:
    return text(value) or None


def _strings(array, n: int) -> Tuple[str, ...]:
    return tuple(text(array[k]) for k in range(n))


def node(h: ctypes.c_void_p, index: int) -> Node:
    raw = _capi.ig_node()
    check(lib.ig_model_node(byref(raw), h, index))
    tags = {}
    for k in range(raw.tag_count):
        key, value = c_char_p(), c_char_p()
        check(lib.ig_model_node_tag(byref(key), byref(value), h, index, k))
        tags[text(key.value)] = text(value.value)
    funding = []
    for k in range(raw.funding_count):
        f = _capi.ig_funding()
        check(lib.ig_model_node_funding(byref(f), h, index, k))
        funding.append(Funding(f.amount, text(f.currency), text(f.source), text(f.period)))
    return Node(index=raw.index, id=text(raw.id), level=text(raw.level), level_index=raw.level_index,
                label=text(raw.label), description=text(raw.description), start=text(raw.start), end=text(raw.end),
                tags=tags, funding=tuple(funding), out_degree=raw.out_edge_count, in_degree=raw.in_edge_count)


def edge(h: ctypes.c_void_p, index: int) -> Edge:
    raw = _capi.ig_edge()
    check(lib.ig_model_edge(byref(raw), h, index))
    return Edge(index=raw.index, from_id=text(raw.from_id), to_id=text(raw.to_id),
                from_index=getattr(raw, "from"), to_index=raw.to, weight=raw.weight,
                weight_range=(raw.weight_min, raw.weight_max) if raw.has_weight_range else None,
                confidence=raw.confidence if raw.has_confidence else None, assumption=text(raw.assumption),
                evidence=word(Evidence, raw.evidence))


def target(h: ctypes.c_void_p, indicator: int, k: int) -> Target:
    raw = _capi.ig_target()
    check(lib.ig_model_indicator_target(byref(raw), h, indicator, k))
    return Target(kind=word(TargetKind, raw.kind) or str(raw.kind), period=text(raw.period),
                  base_period=text(raw.base_period), value=raw.value if raw.has_value else None, op=text(raw.op),
                  geos=_strings(raw.geos, raw.geo_count), compare=text(raw.compare),
                  between=_strings(raw.between, raw.between_count))


def indicator(h: ctypes.c_void_p, index: int) -> Indicator:
    raw = _capi.ig_indicator()
    check(lib.ig_model_indicator(byref(raw), h, index))
    return Indicator(
        index=raw.index, id=text(raw.id), node_id=text(raw.node_id), node_index=raw.node, label=text(raw.label),
        description=text(raw.description), unit=text(raw.unit), direction=word(Direction, raw.direction),
        baseline=Baseline(text(raw.baseline_period), raw.baseline_value) if raw.has_baseline else None,
        targets=tuple(target(h, index, k) for k in range(raw.target_count)), source=text(raw.source),
        measure=word(Measure, raw.measure) or str(raw.measure), numerator=_optional(raw.numerator),
        denominator=_optional(raw.denominator), factor=raw.factor,
        scale=(raw.scale_min, raw.scale_max) if raw.has_scale else None,
        geo_aggregation=word(Aggregation, raw.geo_aggregation), geo_weight=_optional(raw.geo_weight),
        time_aggregation=word(Aggregation, raw.time_aggregation), weight=raw.weight)


def geography(h: ctypes.c_void_p, index: int) -> Geography:
    raw = _capi.ig_geography()
    check(lib.ig_model_geography(byref(raw), h, index))
    root = raw.parent == NO_INDEX
    return Geography(index=raw.index, id=text(raw.id), name=text(raw.name),
                     parent=None if root else text(raw.parent_id), parent_index=None if root else raw.parent)


def observation(h: ctypes.c_void_p, index: int) -> Observation:
    raw = _capi.ig_observation()
    check(lib.ig_model_observation(byref(raw), h, index))
    return Observation(index=raw.index, indicator=text(raw.indicator_id), indicator_index=raw.indicator,
                       geo=text(raw.geo_id), geo_index=raw.geo, period=text(raw.period),
                       breakdown=text(raw.breakdown), value=raw.value if raw.has_value else None,
                       text=text(raw.text), status=text(raw.status))
