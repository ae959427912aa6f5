"""Gap detection (the C ABI's gap detection section); Model.gaps() calls it.

What a strategy's follow-up should look at first: structural gaps, indicators off track
against their targets (Open SDG's progress measure), inequality, data gaps, priority
mismatch and the share of indicators on track rolled up the graph. Codes, formulas and
thresholds are in docs/gaps.md. Gaps are findings about the strategy, not errors.
"""
from __future__ import annotations

import ctypes
import math
from ctypes import byref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple, Union

from . import _capi
from ._args import c_text, enum_value, word
from ._constants import NO_INDEX, Language, Progress, Severity, TargetKind
from ._handles import text
from ._library import lib
from ._results import Table, c_strings, count_of, number, optional_number, result_handle, size
from .errors import check

if TYPE_CHECKING:
    from .model import Model

__all__ = ["Gap", "Evaluation", "NodeRollup", "Priority", "GroupLinkage", "GapCode", "GapReport", "gap_codes"]


@dataclass(frozen=True)
class Gap:
    """One gap: a stable `code` (docs/gaps.md), `severity` ("error", "warning", "info"), a
    `message` in the chosen language, the `ids` involved and named `figures` (numbers or
    texts; a number the library reports as NaN is None)."""

    code: str
    severity: str
    message: str
    ids: Tuple[str, ...]
    figures: Dict[str, Union[float, str, None]]


@dataclass(frozen=True)
class Evaluation:
    """How one target of one indicator stands in one geography. `progress` is Open SDG's
    class ("target_achieved", "on_track", "moderate", "limited", "deteriorating",
    "not_available"); absent numbers are None and absent periods "". For disparity and
    peers by level, base_value and current_value are the gap."""

    indicator_id: str
    indicator_index: int
    geo_id: str
    geo_index: int
    target: int  # index among the indicator's targets
    kind: str
    progress: str
    headline: bool  # the region (or any geography when there is none)
    value: Optional[float]  # progress ratio, direction-adjusted growth, or share of peers bettered
    shortfall: Optional[float]  # in [0, 1]
    base_period: str
    base_value: Optional[float]
    current_period: str
    current_value: Optional[float]
    target_value: Optional[float]
    target_period: str
    line_value: Optional[float]  # the straight line base -> target at the current period
    projected_year: Optional[float]  # when the least-squares trend reaches the target
    reason: str  # why not available, e.g. "no-data"; "" otherwise


@dataclass(frozen=True)
class NodeRollup:
    """The share of a node's indicators on track, its own and rolled up over what contributes to it."""

    node_id: str
    node_index: int
    evaluated: int
    on_track: int
    own_share: Optional[float]
    share: Optional[float]
    shortfall: Optional[float]


@dataclass(frozen=True)
class Priority:
    """One node of the priority-mismatch ranking (1 = the largest mismatch = gap × (1 - effort))."""

    node_id: str
    node_index: int
    rank: int
    gap: float
    contribution: float
    funding: float  # money reaching the node, in the report's currency
    contribution_score: float
    funding_score: float
    effort: float
    mismatch: float


@dataclass(frozen=True)
class GroupLinkage:
    """How a group of activities (an area, an owner) meets other groups below the goals."""

    tag: str
    group: str
    activities: int
    downstream: int
    shared: int
    share: float  # shared / downstream


@dataclass(frozen=True)
class GapCode:
    """One entry of the table of gap codes."""

    code: str
    family: str  # structural, performance, equality, data, priority, rollup
    severity: str
    message_en: str
    message_sv: str


class GapReport:
    """The result of gap detection: `gaps` (a Table of Gap), `evaluations`, `rollup`,
    `priorities`, `groups` (Tables), `as_of` (None without observations), `region` (a
    geography id, None when none), `currency` ("" without funding) and `language`."""

    def __init__(self, gaps: Sequence[Gap], evaluations: Sequence[Evaluation], rollup: Sequence[NodeRollup],
                 priorities: Sequence[Priority], groups: Sequence[GroupLinkage], as_of: Optional[str],
                 region: Optional[str], currency: str, language: str) -> None:
        self.gaps: Table[Gap] = Table(Gap, gaps)
        self.evaluations: Table[Evaluation] = Table(Evaluation, evaluations)
        self.rollup: Table[NodeRollup] = Table(NodeRollup, rollup)
        self.priorities: Table[Priority] = Table(Priority, priorities)
        self.groups: Table[GroupLinkage] = Table(GroupLinkage, groups)
        self.as_of = as_of
        self.region = region
        self.currency = currency
        self.language = language

    def __repr__(self) -> str:
        counts = self.summary()
        return (f"<GapReport: {counts['errors']} errors, {counts['warnings']} warnings, {counts['infos']} infos; "
                f"as of {self.as_of}, region {self.region}>")

    def __len__(self) -> int:
        return len(self.gaps)

    def __iter__(self):
        return iter(self.gaps)

    def summary(self) -> Dict[str, int]:
        """The number of gaps per severity: {"errors", "warnings", "infos"}."""
        return {"errors": sum(g.severity == "error" for g in self.gaps),
                "warnings": sum(g.severity == "warning" for g in self.gaps),
                "infos": sum(g.severity == "info" for g in self.gaps)}

    def codes(self) -> List[str]:
        """The gaps' codes, in order."""
        return [g.code for g in self.gaps]

    def of_code(self, code: str) -> List[Gap]:
        """The gaps of one code."""
        return [g for g in self.gaps if g.code == code]

    def to_dict(self, model: Optional[str] = None) -> Dict[str, Any]:
        """The document `impactgraph gaps --json` prints; its "model" entry (the path the
        command was given) only when `model` is."""
        doc: Dict[str, Any] = {} if model is None else {"model": model}
        doc.update(language=self.language, as_of=self.as_of, region=self.region, summary=self.summary())
        doc["gaps"] = [{"code": g.code, "severity": g.severity, "message": g.message, "ids": list(g.ids),
                        "figures": {k: v for k, v in g.figures.items() if v is not None}} for g in self.gaps]
        doc["performance"] = [_evaluation_dict(e) for e in self.evaluations]
        doc["rollup"] = [_present({"node": n.node_id, "evaluated": n.evaluated, "on_track": n.on_track,
                                   "own_share": n.own_share, "share": n.share, "shortfall": n.shortfall})
                         for n in self.rollup]
        doc["priorities"] = [{"node": p.node_id, "rank": p.rank, "gap": p.gap, "contribution": p.contribution,
                              "funding": p.funding, "contribution_score": p.contribution_score,
                              "funding_score": p.funding_score, "effort": p.effort, "mismatch": p.mismatch}
                             for p in self.priorities]
        doc["currency"] = self.currency
        doc["groups"] = [{"tag": g.tag, "group": g.group, "activities": g.activities, "downstream": g.downstream,
                          "shared": g.shared, "share": g.share} for g in self.groups]
        return doc


def _present(d: Dict[str, Any]) -> Dict[str, Any]:
    """Without the absent entries (None, or "" for text), as the command leaves them out."""
    return {k: v for k, v in d.items() if v is not None and v != ""}


def _evaluation_dict(e: Evaluation) -> Dict[str, Any]:
    head = {"indicator": e.indicator_id, "geo": e.geo_id, "target": e.target, "kind": e.kind, "class": e.progress,
            "headline": e.headline}
    head.update(_present({"value": e.value, "shortfall": e.shortfall, "base_period": e.base_period,
                          "base_value": e.base_value, "current_period": e.current_period,
                          "current_value": e.current_value, "target_value": e.target_value,
                          "target_period": e.target_period, "line_value": e.line_value,
                          "projected_year": e.projected_year, "reason": e.reason}))
    return head


def _finite(has: int, value: float) -> Optional[float]:
    return optional_number(has, value) if math.isfinite(value) else None


def _severity(value: int) -> str:
    return word(Severity, value) or str(value)


class _CGapOptions:
    def __init__(self, language: Union[str, int], keywords: Dict[str, Any]) -> None:
        self._keep: List[Any] = []
        o = _capi.ig_gap_options()
        check(lib.ig_gap_options_init(byref(o), ctypes.sizeof(o)))
        o.language = enum_value(Language, language, "language")
        for name in ("as_of", "region", "activity_level", "goal_level", "single_source_tag", "women", "men"):
            value = keywords.pop(name, None)
            if value is not None:
                self._keep.append(c_text(value, name))
                setattr(o, name, self._keep[-1])
        stale = keywords.pop("stale_after", None)
        if stale is not None:
            o.stale_after = size(stale, "stale_after")
        for name in ("coverage_threshold", "cv_threshold", "max_min_threshold", "gender_gap_threshold",
                     "mismatch_threshold", "silo_share", "ratio_on_track", "ratio_moderate", "ratio_limited",
                     "growth_on_track", "growth_moderate", "growth_limited"):
            value = keywords.pop(name, None)
            if value is not None:
                setattr(o, name, number(value, name))
        for name, count in (("effect_levels", "effect_level_count"), ("measured_levels", "measured_level_count"),
                            ("priority_levels", "priority_level_count"), ("silo_tags", "silo_tag_count")):
            value = keywords.pop(name, None)
            if value is None:
                continue
            items = c_strings(value, name)
            self._keep.append(items)
            pointer = items.pointer
            if pointer is None and name == "silo_tags":
                # An empty, non-NULL list means "no silo tags" (NULL means the default, area and owner).
                empty = (ctypes.c_char_p * 1)(b"")
                self._keep.append(empty)
                pointer = ctypes.cast(empty, _capi._strings)
            setattr(o, name, pointer)
            setattr(o, count, items.count)
        if keywords:
            raise TypeError(f"gaps() got unknown option(s) {', '.join(sorted(keywords))}")
        self.struct = o


def gaps(model: "Model", language: Union[str, int] = "en", **options: Any) -> GapReport:
    """See Model.gaps."""
    h = model._h
    c = _CGapOptions(language, dict(options))
    with result_handle("gaps") as r:
        check(lib.ig_gaps_detect(byref(r), h, byref(c.struct)))
        found = []
        raw = _capi.ig_gap()
        fig = _capi.ig_figure()
        out = ctypes.c_char_p()
        for i in range(count_of(lib.ig_gaps_count, r)):
            check(lib.ig_gaps_get(byref(raw), r, i))
            ids = []
            for k in range(raw.id_count):
                check(lib.ig_gaps_id(byref(out), r, i, k))
                ids.append(text(out.value))
            figures: Dict[str, Union[float, str, None]] = {}
            for k in range(raw.figure_count):
                check(lib.ig_gaps_figure(byref(fig), r, i, k))
                figures[text(fig.name)] = text(fig.text) if fig.is_text else \
                    (fig.number if math.isfinite(fig.number) else None)
            found.append(Gap(code=text(raw.code), severity=_severity(raw.severity), message=text(raw.message),
                             ids=tuple(ids), figures=figures))
        evaluations = []
        e = _capi.ig_evaluation()
        for i in range(count_of(lib.ig_gaps_evaluation_count, r)):
            check(lib.ig_gaps_evaluation(byref(e), r, i))
            evaluations.append(Evaluation(
                indicator_id=text(e.indicator_id), indicator_index=e.indicator, geo_id=text(e.geo_id),
                geo_index=e.geo, target=e.target, kind=word(TargetKind, e.kind) or str(e.kind),
                progress=word(Progress, e.progress) or str(e.progress), headline=bool(e.headline),
                value=_finite(e.has_value, e.value), shortfall=_finite(e.has_shortfall, e.shortfall),
                base_period=text(e.base_period), base_value=_finite(e.has_base_value, e.base_value),
                current_period=text(e.current_period), current_value=_finite(e.has_current_value, e.current_value),
                target_value=_finite(e.has_target_value, e.target_value), target_period=text(e.target_period),
                line_value=_finite(e.has_line_value, e.line_value),
                projected_year=_finite(e.has_projected_year, e.projected_year), reason=text(e.reason)))
        rollup = []
        n = _capi.ig_node_rollup()
        for i in range(count_of(lib.ig_gaps_rollup_count, r)):
            check(lib.ig_gaps_rollup(byref(n), r, i))
            rollup.append(NodeRollup(node_id=text(n.node_id), node_index=n.node, evaluated=n.evaluated,
                                     on_track=n.on_track, own_share=_finite(n.has_own_share, n.own_share),
                                     share=_finite(n.has_share, n.share),
                                     shortfall=_finite(n.has_shortfall, n.shortfall)))
        priorities = []
        p = _capi.ig_priority()
        for i in range(count_of(lib.ig_gaps_priority_count, r)):
            check(lib.ig_gaps_priority(byref(p), r, i))
            priorities.append(Priority(node_id=text(p.node_id), node_index=p.node, rank=p.rank, gap=p.gap,
                                       contribution=p.contribution, funding=p.funding,
                                       contribution_score=p.contribution_score, funding_score=p.funding_score,
                                       effort=p.effort, mismatch=p.mismatch))
        groups = []
        g = _capi.ig_group_linkage()
        for i in range(count_of(lib.ig_gaps_group_count, r)):
            check(lib.ig_gaps_group(byref(g), r, i))
            groups.append(GroupLinkage(tag=text(g.tag), group=text(g.group), activities=g.activities,
                                       downstream=g.downstream, shared=g.shared, share=g.share))
        check(lib.ig_gaps_as_of(byref(out), r))
        as_of = text(out.value) or None
        region_index = ctypes.c_size_t()
        check(lib.ig_gaps_region(byref(region_index), r))
        check(lib.ig_gaps_main_currency(byref(out), r))
        currency = text(out.value)
    region = None
    if region_index.value != NO_INDEX:
        geo = _capi.ig_geography()
        check(lib.ig_model_geography(byref(geo), h, region_index.value))
        region = text(geo.id)
    return GapReport(found, evaluations, rollup, priorities, groups, as_of, region, currency,
                     word(Language, c.struct.language) or "")


def gap_codes() -> Table[GapCode]:
    """The table of gap codes (docs/gaps.md): code, family, severity and message templates."""
    n = ctypes.c_size_t()
    check(lib.ig_gap_code_count(byref(n)))
    raw = _capi.ig_gap_code()
    codes = []
    for i in range(n.value):
        check(lib.ig_gap_code_get(byref(raw), i))
        codes.append(GapCode(code=text(raw.code), family=text(raw.family), severity=_severity(raw.severity),
                             message_en=text(raw.message_en), message_sv=text(raw.message_sv)))
    return Table(GapCode, codes)
