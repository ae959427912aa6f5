"""The frozen model: an immutable, validated strategy graph with its indicators and data.

Get one from impactgraph.load(...) (or load_json_string, load_csv) or Builder.freeze().
It owns a C handle, freed by close(), at the end of a `with` block, or when the object
is garbage collected. Every record it returns is a copy that outlives it.

A model may be read from many threads at once (the C model is immutable and the calls
release the GIL); do not close it while other threads still read it.
"""
from __future__ import annotations

import ctypes
import operator
import os
from ctypes import byref, c_size_t
from typing import TYPE_CHECKING, Any, Iterable, List, Optional, Sequence, Tuple, Union

from . import _capi, _read
from ._args import PathLike, c_id, c_path, enum_value
from ._constants import Format
from ._handles import own, take_bytes, text
from ._library import lib
from ._results import SelectionLike
from ._tables import float_array, int_array
from .diagnostics import Diagnostics, call_for_diagnostics
from .errors import StateError, argument_error, check
from .records import Edge
from .views import EdgeView, GeographyView, IndicatorView, NodeView, ObservationView

if TYPE_CHECKING:
    from .aggregation import AggregateOptions, AggregateResult, SensitivityResult
    from .builder import Builder
    from .contributions import Contributions, FundingFlows, Influence
    from .gaps import GapReport
    from .kolada import ImportResult

__all__ = ["Model", "save_options"]

NodeKey = Union[str, int]  # a node id, or its index

#: File suffixes export() recognises when no format is given.
SUFFIX_FORMATS = {".json": "json", ".dot": "dot", ".gv": "dot", ".graphml": "graphml"}
CSV_STYLES = {"comma": (",", ".", False), "swedish": (";", ",", True)}


def save_options(csv_style: Optional[str] = None, csv_separator: Optional[str] = None,
                 csv_decimal: Optional[str] = None, csv_bom: Optional[bool] = None) -> _capi.ig_save_options:
    """An ig_save_options: a named CSV style ("comma", the default, or "swedish":
    semicolons, decimal commas and a BOM), with any of its three parts overridden."""
    if csv_style is not None and csv_style not in CSV_STYLES:
        raise argument_error(f"argument 'csv_style' is \"{csv_style}\", not comma or swedish")
    separator, decimal, bom = CSV_STYLES[csv_style or "comma"]
    separator = separator if csv_separator is None else csv_separator
    decimal = decimal if csv_decimal is None else csv_decimal
    bom = bom if csv_bom is None else csv_bom
    for name, char in (("csv_separator", separator), ("csv_decimal", decimal)):
        if not isinstance(char, str) or len(char) != 1 or not char.isascii():
            raise argument_error(f"argument '{name}' must be one ASCII character, not {char!r}")
    options = _capi.ig_save_options()
    check(lib.ig_save_options_init(byref(options), ctypes.sizeof(options)))
    options.csv_separator = separator.encode("ascii")
    options.csv_decimal = decimal.encode("ascii")
    options.csv_bom = 1 if bom else 0
    return options


class Model:
    """A validated, immutable model (ig_model).

    Items: `nodes`, `edges`, `indicators`, `geographies`, `observations` (views that
    index by position or id), `levels`, `name`. Graph: `out_edges`, `in_edges`,
    `topological_order`, `adjacency`. Checks and output: `validate`, `export`,
    `write_string`, `equals`, `to_builder`.
    """

    def __init__(self, handle: ctypes.c_void_p) -> None:
        """Takes ownership of an ig_model handle; use impactgraph.load() or Builder.freeze()."""
        self._handle = handle
        self._finalizer = own(self, handle, "model")

    # ---- life cycle

    @property
    def _h(self) -> ctypes.c_void_p:
        if not self._finalizer.alive:
            raise StateError("the model is closed")
        return self._handle

    def close(self) -> None:
        """Frees the model now (later calls raise StateError). Safe to call twice."""
        self._finalizer()

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def __enter__(self) -> "Model":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __reduce__(self) -> Tuple[Any, Tuple[str]]:
        # Pickled as its JSON text, which reads back to an equal model (docs/format.md).
        from .loading import load_json_string

        return load_json_string, (self.write_string("json"),)

    def __repr__(self) -> str:
        if self.closed:
            return "<impactgraph.Model (closed)>"
        return (f"<impactgraph.Model {self.name!r}: {len(self.nodes)} nodes, {len(self.edges)} edges, "
                f"{len(self.indicators)} indicators, {len(self.observations)} observations>")

    # ---- items

    @property
    def name(self) -> str:
        """The model's name ("" when it has none)."""
        out = ctypes.c_char_p()
        check(lib.ig_model_name(byref(out), self._h))
        return text(out.value)

    @property
    def levels(self) -> Tuple[str, ...]:
        """The levels, lowest first (declared, or activity, output, outcome, goal, vision)."""
        h = self._h
        out = ctypes.c_char_p()
        levels = []
        for i in range(_read.count(lib.ig_model_level_count, h)):
            check(lib.ig_model_level(byref(out), h, i))
            levels.append(text(out.value))
        return tuple(levels)

    def level_index(self, level: str) -> int:
        """The position of `level` in `levels`; NotFoundError for an unknown level."""
        out = c_size_t()
        check(lib.ig_model_find_level(byref(out), self._h, c_id(level, "level")))
        return out.value

    @property
    def nodes(self) -> NodeView:
        """Every node (input order); nodes["G1"] by id, nodes[0] by index."""
        return NodeView(self)

    @property
    def edges(self) -> EdgeView:
        """Every edge, grouped by source node; edges["P7", "G1"] by its ends."""
        return EdgeView(self)

    @property
    def indicators(self) -> IndicatorView:
        """Every indicator (input order); indicators["I1"] by id."""
        return IndicatorView(self)

    @property
    def geographies(self) -> GeographyView:
        """Every geography (input order); geographies["1880"] by id."""
        return GeographyView(self)

    @property
    def observations(self) -> ObservationView:
        """Every observation (input order)."""
        return ObservationView(self)

    # ---- graph

    def _node_index(self, node: NodeKey) -> int:
        if isinstance(node, str):
            return self.nodes.index_of(node)
        try:
            node = operator.index(node)  # ints, and numpy's integers too
        except TypeError:
            raise TypeError(f"a node is a str id or an int index, not {type(node).__name__}") from None
        if node < 0:
            raise argument_error(f"node index {node} is negative")
        return node

    def out_edges(self, node: NodeKey) -> List[Edge]:
        """The edges from `node` (id or index), in input order."""
        h, v = self._h, self._node_index(node)
        first, last = c_size_t(), c_size_t()
        check(lib.ig_model_out_edges(byref(first), byref(last), h, v))
        return [_read.edge(h, e) for e in range(first.value, last.value)]

    def in_edges(self, node: NodeKey) -> List[Edge]:
        """The edges into `node` (id or index), by edge index."""
        h, v = self._h, self._node_index(node)
        n, e = c_size_t(), c_size_t()
        check(lib.ig_model_in_edge_count(byref(n), h, v))
        edges = []
        for k in range(n.value):
            check(lib.ig_model_in_edge(byref(e), h, v, k))
            edges.append(_read.edge(h, e.value))
        return edges

    def successors(self, node: NodeKey) -> List[str]:
        """The ids of the nodes `node` has an edge to."""
        return [e.to_id for e in self.out_edges(node)]

    def predecessors(self, node: NodeKey) -> List[str]:
        """The ids of the nodes with an edge to `node`."""
        return [e.from_id for e in self.in_edges(node)]

    def topological_order(self, as_index: bool = False) -> List[Any]:
        """Every node, each before all nodes it has an edge to (deterministic): node ids,
        or node indices with as_index=True."""
        h = self._h
        n = _read.count(lib.ig_model_node_count, h)
        buffer = (c_size_t * max(n, 1))()
        check(lib.ig_model_topological_order(buffer, n, h))
        order = list(buffer[:n])
        if as_index:
            return order
        ids = self.nodes.ids()
        return [ids[v] for v in order]

    def adjacency(self) -> Tuple[Any, Any, Any]:
        """The weighted graph in CSR form: (offsets, targets, weights), where the edges of
        node v are offsets[v]:offsets[v+1] and edge e goes to node targets[e] with weight
        weights[e]. numpy arrays when numpy is installed (e.g. for scipy.sparse.csr_matrix
        ((weights, targets, offsets))), lists otherwise."""
        h = self._h
        n = _read.count(lib.ig_model_node_count, h)
        first, last = c_size_t(), c_size_t()
        offsets = [0]
        for v in range(n):
            check(lib.ig_model_out_edges(byref(first), byref(last), h, v))
            offsets.append(last.value)
        edges = list(self.edges)
        return int_array(offsets), int_array([e.to_index for e in edges]), float_array([e.weight for e in edges])

    # ---- checks and output

    def validate(self) -> Diagnostics:
        """The model's warnings and infos (a frozen model has no errors)."""
        return call_for_diagnostics(lib.ig_model_validate, self._h)

    def equals(self, other: "Model") -> bool:
        """True when both models have equal content (what a save and reload keeps)."""
        if not isinstance(other, Model):
            raise TypeError(f"equals() compares with a Model, not {type(other).__name__}")
        out = ctypes.c_int()
        check(lib.ig_model_equal(byref(out), self._h, other._h))
        return bool(out.value)

    def write_string(self, format: Union[str, Format] = "json", *, csv_style: Optional[str] = None) -> str:
        """The model as text: "json" (model v1), "dot" or "graphml" (CSV is a folder: use export)."""
        options = save_options(csv_style)
        out = ctypes.c_void_p()
        check(lib.ig_model_write_string(byref(out), self._h, enum_value(Format, format, "format"), byref(options)))
        return take_bytes(out).decode("utf-8")

    def export(self, path: PathLike, format: Union[str, Format, None] = None, *, csv_style: Optional[str] = None,
               csv_separator: Optional[str] = None, csv_decimal: Optional[str] = None,
               csv_bom: Optional[bool] = None) -> None:
        """Writes the model to `path`, atomically: "json", "csv" (a folder, created if
        missing), "dot" or "graphml". Without a format, the suffix decides (.json, .dot,
        .gv, .graphml); a path without a suffix, or an existing folder, is a CSV bundle.
        csv_style "swedish" writes semicolons, decimal commas and a BOM."""
        if format is None:
            format = _format_for(path)
        options = save_options(csv_style, csv_separator, csv_decimal, csv_bom)
        check(lib.ig_model_save(self._h, c_path(path), enum_value(Format, format, "format"), byref(options)))

    # ---- analyses (docs/contributions.md, docs/aggregation.md, docs/gaps.md)

    def contributions(self, sources: Optional[SelectionLike] = None, targets: Optional[SelectionLike] = None,
                      mode: Union[str, int] = "path", *, normalisation: Union[str, int, None] = None,
                      sign_rule: Union[str, int, None] = None, samples: Optional[int] = None,
                      seed: Optional[int] = None, threads: Optional[int] = None,
                      distribution: Union[str, int, None] = None, range_strong: Optional[float] = None,
                      range_moderate: Optional[float] = None, range_weak: Optional[float] = None,
                      range_none: Optional[float] = None, use_confidence: Optional[bool] = None) -> "Contributions":
        """What each source contributes to each target along the graph
        (ig_contributions_compute; `impactgraph contributions`).

        sources, targets: a level name, a node id, a list of them (a name the model has
        as a level is a level, anything else a node id), or a Selection; None: the lowest
        (sources) and the highest (targets) level that has nodes, as the command.
        mode: "path" (sum over paths of the product of weights), "flow" (out-weights
        normalised: the share of a unit put in at the source) or "attribution" (in-weights
        normalised: the share of the target). normalisation (flow, attribution):
        "positive" (trade-offs carry nothing; default) or "signed". sign_rule:
        "multiply" (default) or "any-negative". samples > 0: Monte Carlo over the edges'
        weight ranges, with `seed` (default 0; the same seed gives the same result,
        whatever `threads`), `distribution` "uniform" or "triangular", the relative
        ranges of edges without one by evidence (range_strong .. range_none) and
        use_confidence. None leaves the library's default.

        Returns Contributions, a Table of Contribution ordered by target, then source.
        Raises InvalidArgumentError (a bad word or value), NotFoundError (an unknown level
        or node id), InvalidModelError (flow or attribution cannot normalise at a node:
        code "cannot-normalise" in .diagnostics)."""
        from .contributions import contributions

        return contributions(self, sources, targets, mode, normalisation=normalisation, sign_rule=sign_rule,
                             samples=samples, seed=seed, threads=threads, distribution=distribution,
                             range_strong=range_strong, range_moderate=range_moderate, range_weak=range_weak,
                             range_none=range_none, use_confidence=use_confidence)

    def funding(self, nodes: Optional[SelectionLike] = None, *, group_by: Optional[str] = None,
                periods: Union[None, str, Sequence[str]] = None,
                normalisation: Union[str, int, None] = None) -> "FundingFlows":
        """Money reaching nodes along the flow, per funding source (or `group_by`, a tag of
        the funded node such as "area") and currency (ig_funding_flows_compute;
        `impactgraph funding`). nodes: levels or ids as in contributions(); None: every
        node. periods: only funding rows of these periods. normalisation: "positive"
        (default) or "signed".

        Returns FundingFlows, a Table of FundingFlow (by node, then group and currency)
        with `.totals`, the money put in. Raises NotFoundError (unknown level or id),
        InvalidModelError (a node money reaches cannot split it), InvalidArgumentError."""
        from .contributions import funding

        return funding(self, nodes, group_by=group_by, periods=periods, normalisation=normalisation)

    def influence(self, nodes: Optional[SelectionLike] = None, *,
                  sign_rule: Union[str, int, None] = None) -> "Influence":
        """Signed influence among a node set, cross-impact style: W (paths through no other
        member), W² (through exactly one), their sum, synergy and trade-off parts, net
        influence and dependence and each member's MICMAC class (ig_influence_compute;
        `impactgraph influence`). nodes: levels or ids as in contributions(); None: the
        levels named "challenge" and "goal" (InvalidArgumentError when the model has
        neither). At most 2048 nodes. Returns Influence."""
        from .contributions import influence

        return influence(self, nodes, sign_rule=sign_rule)

    def aggregate(self, options: Optional["AggregateOptions"] = None, **keywords: Any) -> "AggregateResult":
        """Normalises the indicators and scores every node per geography and period
        (ig_aggregate; `impactgraph aggregate`). The options are AggregateOptions' fields,
        as keywords or an AggregateOptions (keywords override it); e.g.
        aggregate(normalisation="zscore", imputation="carry_forward", method="geometric",
        min_coverage=0.5). Left out, an option takes the library's default (COINr's:
        min-max to [0, 100] per period, weighted arithmetic mean, no imputation).

        Returns AggregateResult (scores, values, assessments, periods, diagnostics).
        Raises InvalidArgumentError for a bad word or value, or options naming ids or
        periods the model lacks; TypeError for an unknown keyword."""
        from .aggregation import aggregate, options_from

        return aggregate(self, options_from(options, keywords))

    def sensitivity(self, samples: Optional[int] = None, *, seed: Optional[int] = None,
                    weights: Union[str, int, None] = None, weight_noise: Optional[float] = None,
                    concentration: Optional[float] = None,
                    normalisations: Iterable[Union[str, int]] = ("minmax", "percentile_rank"),
                    methods: Iterable[Union[str, int]] = ("arithmetic", "geometric"), sobol: Optional[bool] = None,
                    target: Optional[str] = None, period: Optional[str] = None,
                    options: Optional["AggregateOptions"] = None, **keywords: Any) -> "SensitivityResult":
        """Uncertainty and sensitivity analysis of one node's composite around the
        aggregation `options` (plus keywords, as in aggregate()) (ig_sensitivity;
        `impactgraph aggregate --sensitivity K`): `samples` base samples (library default
        100; with Sobol indices samples × (d + 2) runs), `seed` (default 1), `weights`
        "uniform" (± weight_noise, default 0.25), "dirichlet" (`concentration`, default 20)
        or "none"; the normalisations and composite methods drawn from (defaults as the
        command's: minmax and percentile_rank; arithmetic and geometric; () = not varied);
        `sobol` False for plain runs; `target` node (default: the first scored node of the
        top level) and `period` (default: the latest with two or more scores).

        Returns SensitivityResult. Raises InvalidArgumentError for bad values, unknown ids,
        nothing to vary or fewer than two scored units."""
        from .aggregation import options_from, sensitivity

        return sensitivity(self, options_from(options, keywords), samples, seed, weights, weight_noise,
                           concentration, normalisations, methods, sobol, target, period)

    def gaps(self, language: Union[str, int] = "en", **options: Any) -> "GapReport":
        """Gap detection (ig_gaps_detect; `impactgraph gaps`): structural gaps, targets off
        track, inequality, data gaps, priority mismatch and the roll-up, with messages in
        `language` ("en" or "sv").

        Options (None or left out: the library's default; docs/gaps.md): as_of (period),
        region (geography id), stale_after, coverage_threshold, cv_threshold,
        max_min_threshold, gender_gap_threshold, mismatch_threshold, silo_share,
        activity_level, goal_level, effect_levels, measured_levels, priority_levels,
        silo_tags ([] = no silo analysis), single_source_tag, women, men, ratio_on_track,
        ratio_moderate, ratio_limited, growth_on_track, growth_moderate, growth_limited.

        Returns GapReport. Raises InvalidArgumentError (a level, region or as-of period the
        model lacks, a threshold not finite, a bad word); TypeError for an unknown option."""
        from .gaps import gaps

        return gaps(self, language, **options)

    def import_kolada(self, files: Any) -> Tuple["Model", "ImportResult"]:
        """A new model: this one with Kolada files merged into its observations (a path or
        a list; later files win), and what the import did. This model is unchanged (it is
        immutable). To update a model file in place, use impactgraph.import_kolada().
        Raises ParseError (a bad file: .diagnostics say where), InvalidModelError."""
        builder = self.to_builder()
        try:
            result = builder.import_kolada(files)
            return builder.freeze(), result
        finally:
            builder.close()

    def to_builder(self) -> "Builder":
        """A new Builder holding everything this model holds, to edit and freeze anew."""
        from .builder import Builder

        return Builder.from_model(self)


def _format_for(path: PathLike) -> str:
    name = os.fsdecode(path)
    suffix = os.path.splitext(name.rstrip("/\\"))[1].lower()
    if suffix in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[suffix]
    if not suffix or os.path.isdir(name):
        return "csv"
    raise argument_error(f"cannot tell the format of \"{name}\" from its suffix; pass format= "
                         "(json, csv, dot or graphml)")
