"""Contribution scoring, funding flow and influence (the C ABI's contributions section).

Model.contributions(), Model.funding() and Model.influence() call these. Every formula is
in docs/contributions.md. Results are copies: the C result handle is destroyed before the
call returns.
"""
from __future__ import annotations

import ctypes
from ctypes import byref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from . import _capi
from ._args import c_text, enum_value, word
from ._constants import ContributionMode, MicmacClass, Normalization, SignRule, WeightDistribution
from ._handles import text
from ._library import lib
from ._results import CSelection, Selection, SelectionLike, Table, c_strings, count_of, number, result_handle, \
    selection, size
from ._tables import numpy
from .errors import argument_error, check

if TYPE_CHECKING:
    from .model import Model

__all__ = ["Contribution", "Contributions", "FundingFlow", "FundingTotal", "FundingFlows", "InfluenceNode",
           "InfluencePair", "Influence"]


# ------------------------------------------------------------------ records


@dataclass(frozen=True)
class Contribution:
    """What one source contributes to one target (a pair with a path between them).

    `value` = `synergy` + `trade_off` under the "multiply" sign rule. With Monte Carlo
    (samples > 0) `mean`, `p05`, `p95` summarise the sampled values and `rank` (1 = the
    largest among the sources of the same target; ties share the smallest), `rank_low` and
    `rank_high` (5th and 95th percentiles of the sampled ranks) are set; without, they are None.
    """

    source_id: str
    target_id: str
    source_index: int
    target_index: int
    value: float
    synergy: float
    trade_off: float
    mean: Optional[float] = None
    p05: Optional[float] = None
    p95: Optional[float] = None
    rank: Optional[int] = None
    rank_low: Optional[int] = None
    rank_high: Optional[int] = None


@dataclass(frozen=True)
class FundingFlow:
    """Money of one group (funding source, or tag value) and currency reaching one node,
    its own funding (`direct`) included."""

    node_id: str
    node_index: int
    level: str
    group: str  # the funding source, or the funded node's tag value ("" without the tag)
    currency: str
    amount: float
    direct: float


@dataclass(frozen=True)
class FundingTotal:
    """Money put in, per group and currency."""

    group: str
    currency: str
    amount: float


@dataclass(frozen=True)
class InfluenceNode:
    """One member of an influence set: row and column sums of |W + W²| and of W + W², and
    its MICMAC class ("driver", "linkage", "dependent", "autonomous")."""

    node_id: str
    node_index: int
    level: str
    influence: float
    dependence: float
    net_influence: float
    net_dependence: float
    micmac: str


@dataclass(frozen=True)
class InfluencePair:
    """The influence of member `from_id` on member `to_id`: `first` (W, through no other
    member), `second` (W², through exactly one), `total`, and its synergy and trade-off parts."""

    from_id: str
    to_id: str
    from_index: int
    to_index: int
    first: float
    second: float
    total: float
    synergy: float
    trade_off: float


# ------------------------------------------------------------------ results


class Contributions(Table[Contribution]):
    """The contributions of a set of sources to a set of targets, ordered by target (in
    selection order), then source. Pairs without a path are not listed.

    Attributes: `mode`, `normalisation` (None for "path"), `sign_rule`, `samples` (0
    without Monte Carlo), `seed`, `distribution`."""

    def __init__(self, items: Iterable[Contribution], *, mode: str, normalisation: Optional[str], sign_rule: str,
                 samples: int, seed: int, distribution: str) -> None:
        super().__init__(Contribution, items)
        self.mode = mode
        self.normalisation = normalisation
        self.sign_rule = sign_rule
        self.samples = samples
        self.seed = seed
        self.distribution = distribution

    def __repr__(self) -> str:
        extra = f", {self.samples} samples (seed {self.seed})" if self.samples else ""
        return f"<Contributions ({self.mode}): {len(self)} pairs{extra}>"

    def get(self, source: str, target: str) -> Optional[Contribution]:
        """The pair's record; None when there is no path from source to target."""
        for c in self:
            if c.source_id == source and c.target_id == target:
                return c
        return None

    def of_target(self, target: str) -> List[Contribution]:
        """The sources' contributions to `target`, largest value first."""
        return sorted((c for c in self if c.target_id == target), key=lambda c: -c.value)

    def matrix(self, field: str = "value") -> Tuple[List[str], List[str], Any]:
        """(sources, targets, M) with M[i][j] the `field` of source i to target j: a numpy
        array when numpy is installed, else a list of lists. Pairs without a path are 0
        (NaN for the Monte-Carlo fields)."""
        sources: Dict[str, int] = {}
        targets: Dict[str, int] = {}
        for c in self:
            sources.setdefault(c.source_id, len(sources))
            targets.setdefault(c.target_id, len(targets))
        empty = float("nan") if field in ("mean", "p05", "p95", "rank", "rank_low", "rank_high") else 0.0
        rows = [[empty] * len(targets) for _ in sources]
        for c in self:
            value = getattr(c, field)
            rows[sources[c.source_id]][targets[c.target_id]] = empty if value is None else float(value)
        np = numpy()
        return list(sources), list(targets), (np.array(rows, dtype=np.float64).reshape(len(sources), len(targets))
                                              if np is not None else rows)

    def to_dict(self) -> Dict[str, Any]:
        """The document `impactgraph contributions --json` prints for the same options."""
        doc: Dict[str, Any] = {"mode": self.mode}
        if self.normalisation is not None:
            doc["normalisation"] = self.normalisation
        doc["sign_rule"] = self.sign_rule
        if self.samples:
            doc.update(samples=self.samples, seed=self.seed, distribution=self.distribution)
        rows = []
        for c in self:
            row: Dict[str, Any] = {"source": c.source_id, "target": c.target_id, "value": c.value,
                                   "synergy": c.synergy, "trade_off": c.trade_off}
            if self.samples:
                row.update(mean=c.mean, p05=c.p05, p95=c.p95, rank=c.rank, rank_low=c.rank_low,
                           rank_high=c.rank_high)
            rows.append(row)
        doc["contributions"] = rows
        return doc


class FundingFlows(Table[FundingFlow]):
    """Money reaching the chosen nodes, by node, then group and currency; `totals` is the
    money put in per group and currency. Attributes: `group_by` (None: the funding
    source), `normalisation`, `periods`."""

    def __init__(self, items: Iterable[FundingFlow], totals: Iterable[FundingTotal], *, group_by: Optional[str],
                 normalisation: str, periods: Tuple[str, ...]) -> None:
        super().__init__(FundingFlow, items)
        self.totals: Table[FundingTotal] = Table(FundingTotal, totals)
        self.group_by = group_by
        self.normalisation = normalisation
        self.periods = periods

    def __repr__(self) -> str:
        return f"<FundingFlows: {len(self)} rows, {len(self.totals)} totals>"

    def of_node(self, node: str) -> List[FundingFlow]:
        """The rows of one node."""
        return [f for f in self if f.node_id == node]

    def to_dict(self) -> Dict[str, Any]:
        """The document `impactgraph funding --json` prints for the same options."""
        return {"group_by": "source" if not self.group_by else "tag:" + self.group_by,
                "normalisation": self.normalisation, "periods": list(self.periods),
                "funding": [{"node": f.node_id, "level": f.level, "group": f.group, "currency": f.currency,
                             "amount": f.amount, "direct": f.direct} for f in self],
                "totals": [{"group": t.group, "currency": t.currency, "amount": t.amount} for t in self.totals]}


class Influence:
    """Influence among a node set (cross-impact style): `nodes` (a Table of InfluenceNode,
    in set order), `pairs` (the pairs with any first- or second-order influence, row by
    row), the matrices `first` (W), `second` (W²), `total` (W + W²), `synergy` and
    `trade_off` (n × n numpy arrays when numpy is installed, else lists of lists; row =
    from, column = to, in `ids` order), `mean_influence`, `mean_dependence` (what MICMAC
    compares with) and `sign_rule`."""

    def __init__(self, nodes: Sequence[InfluenceNode], all_pairs: Sequence[Sequence[InfluencePair]],
                 mean_influence: float, mean_dependence: float, sign_rule: str) -> None:
        self.nodes: Table[InfluenceNode] = Table(InfluenceNode, nodes)
        self._all = all_pairs
        self.pairs: Table[InfluencePair] = Table(
            InfluencePair, [p for row in all_pairs for p in row if p.first != 0.0 or p.second != 0.0])
        self.mean_influence = mean_influence
        self.mean_dependence = mean_dependence
        self.sign_rule = sign_rule

    def __repr__(self) -> str:
        return f"<Influence among {len(self.nodes)} nodes, {len(self.pairs)} pairs with influence>"

    @property
    def ids(self) -> List[str]:
        """The members' ids: the rows and columns of the matrices."""
        return [n.node_id for n in self.nodes]

    def pair(self, from_id: str, to_id: str) -> InfluencePair:
        """The record of one ordered pair of members (zeros included)."""
        ids = self.ids
        try:
            return self._all[ids.index(from_id)][ids.index(to_id)]
        except ValueError:
            from .errors import NotFoundError

            raise NotFoundError(f"\"{from_id}\" or \"{to_id}\" is not a member of the set: {', '.join(ids)}") from None

    def matrix(self, field: str = "total") -> Any:
        """One field of every pair as an n × n matrix (row = from, column = to)."""
        if field not in ("first", "second", "total", "synergy", "trade_off"):
            raise argument_error(f"argument 'field' is \"{field}\", not first, second, total, synergy or trade_off")
        rows = [[getattr(p, field) for p in row] for row in self._all]
        np = numpy()
        n = len(rows)
        return np.array(rows, dtype=np.float64).reshape(n, n) if np is not None else rows

    first = property(lambda self: self.matrix("first"), doc="W: influence through no other member.")
    second = property(lambda self: self.matrix("second"), doc="W²: through exactly one other member.")
    total = property(lambda self: self.matrix("total"), doc="W + W².")
    synergy = property(lambda self: self.matrix("synergy"), doc="The positive part of W + W².")
    trade_off = property(lambda self: self.matrix("trade_off"), doc="The negative part of W + W².")

    def classes(self) -> Dict[str, str]:
        """Each member's MICMAC class, by id."""
        return {n.node_id: n.micmac for n in self.nodes}

    def to_dict(self) -> Dict[str, Any]:
        """The document `impactgraph influence --json` prints for the same set."""
        return {"sign_rule": self.sign_rule, "mean_influence": self.mean_influence,
                "mean_dependence": self.mean_dependence,
                "nodes": [{"id": n.node_id, "level": n.level, "influence": n.influence, "dependence": n.dependence,
                           "net_influence": n.net_influence, "net_dependence": n.net_dependence, "class": n.micmac}
                          for n in self.nodes],
                "pairs": [{"from": p.from_id, "to": p.to_id, "first": p.first, "second": p.second, "total": p.total,
                           "synergy": p.synergy, "trade_off": p.trade_off} for p in self.pairs]}


# ------------------------------------------------------------------ calls


def _node_level(h: ctypes.c_void_p, node: int, cache: Dict[int, str]) -> str:
    if node not in cache:
        raw = _capi.ig_node()
        check(lib.ig_model_node(byref(raw), h, node))
        cache[node] = text(raw.level)
    return cache[node]


def _used_levels(model: "Model") -> List[str]:
    """The model's levels that have nodes, lowest first."""
    h = model._h
    used = set()
    cache: Dict[int, str] = {}
    for v in range(count_of(lib.ig_model_node_count, h)):
        used.add(_node_level(h, v, cache))
    return [level for level in model.levels if level in used]


def contributions(model: "Model", sources: Optional[SelectionLike] = None, targets: Optional[SelectionLike] = None,
                  mode: Union[str, int] = "path", *, normalisation: Union[str, int, None] = None,
                  sign_rule: Union[str, int, None] = None, samples: Optional[int] = None, seed: Optional[int] = None,
                  threads: Optional[int] = None, distribution: Union[str, int, None] = None,
                  range_strong: Optional[float] = None, range_moderate: Optional[float] = None,
                  range_weak: Optional[float] = None, range_none: Optional[float] = None,
                  use_confidence: Optional[bool] = None) -> Contributions:
    """See Model.contributions."""
    h = model._h
    levels = model.levels
    chosen_sources = selection(levels, sources, "sources")
    chosen_targets = selection(levels, targets, "targets")
    if chosen_sources is None or chosen_targets is None:
        used = _used_levels(model)  # the command's defaults: the lowest and highest levels with nodes
        if chosen_sources is None:
            chosen_sources = Selection(levels=used[:1])
        if chosen_targets is None:
            chosen_targets = Selection(levels=used[-1:])
    o = _capi.ig_contribution_options()
    check(lib.ig_contribution_options_init(byref(o), ctypes.sizeof(o)))
    o.mode = enum_value(ContributionMode, mode, "mode")
    if normalisation is not None:
        o.normalization = enum_value(Normalization, normalisation, "normalisation")
    if sign_rule is not None:
        o.sign_rule = enum_value(SignRule, sign_rule, "sign_rule")
    if samples is not None:
        o.samples = size(samples, "samples")
    if seed is not None:
        o.seed = size(seed, "seed")
    if threads is not None:
        o.threads = size(threads, "threads")
    if distribution is not None:
        o.distribution = enum_value(WeightDistribution, distribution, "distribution")
    for name, value in (("range_strong", range_strong), ("range_moderate", range_moderate),
                        ("range_weak", range_weak), ("range_none", range_none)):
        if value is not None:
            setattr(o, name, number(value, name))
    if use_confidence is not None:
        o.use_confidence = 1 if use_confidence else 0
    c_sources, c_targets = CSelection(chosen_sources, "sources"), CSelection(chosen_targets, "targets")
    with result_handle("contributions") as r:
        check(lib.ig_contributions_compute(byref(r), h, c_sources.ref(), c_targets.ref(), byref(o)))
        sampled = count_of(lib.ig_contributions_samples, r)
        records = []
        raw = _capi.ig_contribution()
        for i in range(count_of(lib.ig_contributions_count, r)):
            check(lib.ig_contributions_get(byref(raw), r, i))
            extra: Dict[str, Any] = {}
            if raw.has_samples:
                extra = dict(mean=raw.mean, p05=raw.p05, p95=raw.p95, rank=raw.rank, rank_low=raw.rank_low,
                             rank_high=raw.rank_high)
            records.append(Contribution(source_id=text(raw.source_id), target_id=text(raw.target_id),
                                        source_index=raw.source, target_index=raw.target, value=raw.value,
                                        synergy=raw.synergy, trade_off=raw.trade_off, **extra))
    mode_word = word(ContributionMode, o.mode) or str(o.mode)
    return Contributions(records, mode=mode_word,
                         normalisation=None if o.mode == ContributionMode.PATH
                         else word(Normalization, o.normalization),
                         sign_rule=word(SignRule, o.sign_rule) or "", samples=sampled, seed=o.seed,
                         distribution=word(WeightDistribution, o.distribution) or "")


def funding(model: "Model", nodes: Optional[SelectionLike] = None, *, group_by: Optional[str] = None,
            periods: Union[None, str, Iterable[str]] = None,
            normalisation: Union[str, int, None] = None) -> FundingFlows:
    """See Model.funding."""
    h = model._h
    chosen = selection(model.levels, nodes, "nodes")
    o = _capi.ig_funding_options()
    check(lib.ig_funding_options_init(byref(o), ctypes.sizeof(o)))
    if normalisation is not None:
        o.normalization = enum_value(Normalization, normalisation, "normalisation")
    group = c_text(group_by, "group_by")
    o.group_by = group
    c_periods = c_strings(periods, "periods")
    o.periods = c_periods.pointer
    o.period_count = c_periods.count
    c_chosen = CSelection(chosen, "nodes") if chosen is not None else None
    cache: Dict[int, str] = {}
    with result_handle("funding_flows") as r:
        check(lib.ig_funding_flows_compute(byref(r), h, c_chosen.ref() if c_chosen else None, byref(o)))
        raw = _capi.ig_funding_flow()
        flows = []
        for i in range(count_of(lib.ig_funding_flows_count, r)):
            check(lib.ig_funding_flows_get(byref(raw), r, i))
            flows.append(FundingFlow(node_id=text(raw.node_id), node_index=raw.node,
                                     level=_node_level(h, raw.node, cache), group=text(raw.group),
                                     currency=text(raw.currency), amount=raw.amount, direct=raw.direct))
        totals = []
        for i in range(count_of(lib.ig_funding_flows_total_count, r)):
            check(lib.ig_funding_flows_total(byref(raw), r, i))
            totals.append(FundingTotal(group=text(raw.group), currency=text(raw.currency), amount=raw.amount))
    return FundingFlows(flows, totals, group_by=group_by or None,
                        normalisation=word(Normalization, o.normalization) or "",
                        periods=tuple([] if periods is None else [periods] if isinstance(periods, str) else periods))


def influence(model: "Model", nodes: Optional[SelectionLike] = None, *,
              sign_rule: Union[str, int, None] = None) -> Influence:
    """See Model.influence."""
    h = model._h
    levels = model.levels
    chosen = selection(levels, nodes, "nodes")
    if chosen is None:  # the command's default set: the levels named challenge and goal
        chosen = Selection(levels=[level for level in ("challenge", "goal") if level in levels])
        if chosen.empty:
            raise argument_error("the model has no level named goal or challenge: choose the nodes with nodes=")
    o = _capi.ig_influence_options()
    check(lib.ig_influence_options_init(byref(o), ctypes.sizeof(o)))
    if sign_rule is not None:
        o.sign_rule = enum_value(SignRule, sign_rule, "sign_rule")
    c_chosen = CSelection(chosen, "nodes")
    cache: Dict[int, str] = {}
    with result_handle("influence") as r:
        check(lib.ig_influence_compute(byref(r), h, c_chosen.ref(), byref(o)))
        n = count_of(lib.ig_influence_node_count, r)
        raw = _capi.ig_influence_node()
        members = []
        for i in range(n):
            check(lib.ig_influence_node_get(byref(raw), r, i))
            members.append(InfluenceNode(node_id=text(raw.node_id), node_index=raw.node,
                                         level=_node_level(h, raw.node, cache), influence=raw.influence,
                                         dependence=raw.dependence, net_influence=raw.net_influence,
                                         net_dependence=raw.net_dependence,
                                         micmac=word(MicmacClass, raw.micmac) or str(raw.micmac)))
        pair = _capi.ig_influence_pair()
        rows = []
        for i in range(n):
            row = []
            for j in range(n):
                check(lib.ig_influence_pair_get(byref(pair), r, i, j))
                row.append(InfluencePair(from_id=text(pair.from_id), to_id=text(pair.to_id),
                                         from_index=getattr(pair, "from"), to_index=pair.to, first=pair.first,
                                         second=pair.second, total=pair.total, synergy=pair.synergy,
                                         trade_off=pair.trade_off))
            rows.append(row)
        mean_i, mean_d = ctypes.c_double(), ctypes.c_double()
        check(lib.ig_influence_means(byref(mean_i), byref(mean_d), r))
    return Influence(members, rows, mean_i.value, mean_d.value, word(SignRule, o.sign_rule) or "")
