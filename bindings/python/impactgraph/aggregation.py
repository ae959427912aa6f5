"""Indicator aggregation and its sensitivity analysis (the C ABI's aggregation and
sensitivity sections); Model.aggregate() and Model.sensitivity() call these.

Every method and default is in docs/aggregation.md. Options left as None take the
library's defaults (ig_aggregate_options_init, ig_normalisation_spec_init), so the
package never restates them.
"""
from __future__ import annotations

import ctypes
import dataclasses
from ctypes import byref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from . import _capi
from ._args import c_text, enum_value
from ._constants import Composite, Imputation, NegativeWeights, Normalisation, Outliers, PeriodGrain, ValueFlag, \
    WeightSampling
from ._handles import text
from ._library import lib
from ._results import Table, c_int_arg, c_strings, count_of, finite_or_none, number, optional_number, result_handle, \
    size
from .diagnostics import Diagnostics, call_for_diagnostics
from .errors import NotFoundError, argument_error, check

if TYPE_CHECKING:
    from .model import Model

__all__ = ["NormalisationSpec", "AggregateOptions", "Score", "IndicatorValue", "Assessment", "AggregateResult",
           "UnitRanks", "SobolIndex", "SensitivityResult"]

Word = Union[str, int]


@dataclass(frozen=True)
class NormalisationSpec:
    """A normalisation method and its parameters (ig_normalisation_spec); None = the
    library's default. Parameters a method does not use are ignored.

    method: "minmax" (default), "goalposts", "zscore", "dist_to_target", "dist_to_max",
    "dist_to_ref", "frac_max", "rank", "percentile_rank", "index", "none"."""

    method: Optional[Word] = None
    across_periods: Optional[bool] = None  # one pool of all periods (default: per period)
    by_level: Optional[bool] = None  # pools per level of the geography hierarchy
    lower: Optional[float] = None  # minmax interval (default [0, 100])
    upper: Optional[float] = None
    goalposts: Optional[Tuple[float, float]] = None  # (low, high); default: an ordinal's scale, else baseline..target
    truncate: Optional[bool] = None  # goalposts: clip to [0, 1] (default True)
    mean: Optional[float] = None  # zscore (default 0 and 1)
    sd: Optional[float] = None
    target: Optional[float] = None  # dist_to_target (default: the indicator's own target)
    cap: Optional[bool] = None  # dist_to_target, dist_to_ref: cap at 1
    reference_geo: Optional[str] = None  # dist_to_ref
    base_period: Optional[str] = None  # index (default: the indicator's baseline period)
    scale: Optional[float] = None  # the [0, 1] methods times this (default 100)


_SPEC_FIELDS = tuple(f.name for f in dataclasses.fields(NormalisationSpec) if f.name != "method")


@dataclass(frozen=True)
class AggregateOptions:
    """Everything ig_aggregate_options holds, flat; None = the library's default.

    normalisation: a method word or a NormalisationSpec; the spec's parameters given here
    (across_periods, lower, ..., scale) apply on top of it. indicator_normalisation: per
    indicator id, a method word (the main spec with that method, as the command's
    --indicator-normalise) or a NormalisationSpec. node_methods: per node id, a composite
    word, or (word, p) for a generalised mean of its own exponent."""

    normalisation: Union[Word, NormalisationSpec, None] = None
    across_periods: Optional[bool] = None
    by_level: Optional[bool] = None
    lower: Optional[float] = None
    upper: Optional[float] = None
    goalposts: Optional[Tuple[float, float]] = None
    truncate: Optional[bool] = None
    mean: Optional[float] = None
    sd: Optional[float] = None
    target: Optional[float] = None
    cap: Optional[bool] = None
    reference_geo: Optional[str] = None
    base_period: Optional[str] = None
    scale: Optional[float] = None
    indicator_normalisation: Optional[Mapping[str, Union[Word, NormalisationSpec]]] = None
    outliers: Optional[Word] = None  # "none", "winsorise", "log"
    winmax: Optional[int] = None
    skew_threshold: Optional[float] = None
    kurtosis_threshold: Optional[float] = None
    log_fallback: Optional[bool] = None
    imputation: Optional[Word] = None  # "none", "carry_forward", "interpolate", "group_mean"
    max_gap: Optional[int] = None
    method: Optional[Word] = None  # "arithmetic", "geometric", "harmonic", "generalised", "minimum", "median"
    p: Optional[float] = None
    node_methods: Optional[Mapping[str, Union[Word, Tuple[Word, float]]]] = None
    min_coverage: Optional[float] = None
    negative_weights: Optional[Word] = None  # "exclude", "invert"
    breakdown: Optional[str] = None  # default "T"
    grain: Optional[Word] = None  # "as_observed", "year", "quarter"
    window: Optional[int] = None
    geo_min_coverage: Optional[float] = None
    geos: Optional[Sequence[str]] = None  # list only these geographies
    periods: Optional[Sequence[str]] = None  # list only these periods

    def replace(self, **changes: Any) -> "AggregateOptions":
        """A copy with some options changed."""
        return dataclasses.replace(self, **changes)


def options_from(options: Optional[AggregateOptions], keywords: Mapping[str, Any]) -> AggregateOptions:
    """AggregateOptions from an optional base and keyword overrides (unknown keywords: TypeError)."""
    if options is not None and not isinstance(options, AggregateOptions):
        raise TypeError(f"argument 'options' must be an AggregateOptions, not {type(options).__name__}")
    base = options or AggregateOptions()
    known = {f.name for f in dataclasses.fields(AggregateOptions)}
    unknown = sorted(set(keywords) - known)
    if unknown:
        raise TypeError(f"unknown aggregation option(s) {', '.join(unknown)}; see AggregateOptions")
    return dataclasses.replace(base, **keywords) if keywords else base


# ------------------------------------------------------------------ records


@dataclass(frozen=True)
class Score:
    """One node's score in one geography and period; `value` None when missing (coverage
    below the minimum, or an undefined mean)."""

    node_id: str
    node_index: int
    geo_id: str
    geo_index: int
    period: str
    value: Optional[float]
    coverage: float  # share of the node's input weight that had a value, 0..1
    imputed: bool  # an imputed value fed the score


@dataclass(frozen=True)
class IndicatorValue:
    """One indicator value the aggregation used: the data value (before outlier treatment)
    and its normalised value (None when it could not be normalised); `flags` the IG_VALUE_*
    bits (ValueFlag), `flag_words` their names."""

    indicator_id: str
    indicator_index: int
    geo_id: str
    geo_index: int
    period: str
    value: Optional[float]
    normalised: Optional[float]
    flags: int

    @property
    def flag_words(self) -> Tuple[str, ...]:
        """"observed", "ratio", "time_aggregated", "geo_aggregated", "imputed", "winsorised",
        "log_transformed": those set, in that order."""
        return tuple(f.name.lower() for f in ValueFlag if self.flags & f)


@dataclass(frozen=True)
class Assessment:
    """A qualitative assessment (a text measure), as written: never averaged."""

    indicator_id: str
    indicator_index: int
    node_id: str
    geo_id: str
    geo_index: int
    period: str
    breakdown: str
    text: str
    status: str


@dataclass(frozen=True)
class UnitRanks:
    """One unit's (geography's) ranks over the sensitivity runs: 1 = the highest score."""

    geo_id: str
    geo_index: int
    nominal_score: Optional[float]
    nominal_rank: Optional[float]
    mean_rank: Optional[float]
    median_rank: Optional[float]
    p05: Optional[float]  # 5th and 95th percentiles (R's quantile type 7)
    p95: Optional[float]


@dataclass(frozen=True)
class SobolIndex:
    """A varied input ("weights", "normalisation", "aggregation") and its first-order and
    total Sobol index (None without Sobol indices)."""

    input: str
    first_order: Optional[float]
    total: Optional[float]


# ------------------------------------------------------------------ results


class AggregateResult:
    """Node scores, indicator values, text assessments and notes of one aggregation.

    `scores`, `values`, `assessments` are Tables (to_pandas, column); `periods` the period
    axis, ascending; `diagnostics` the run's notes (warnings such as zero-range)."""

    def __init__(self, scores: Sequence[Score], values: Sequence[IndicatorValue], assessments: Sequence[Assessment],
                 periods: Sequence[str], diagnostics: Diagnostics) -> None:
        self.scores: Table[Score] = Table(Score, scores)
        self.values: Table[IndicatorValue] = Table(IndicatorValue, values)
        self.assessments: Table[Assessment] = Table(Assessment, assessments)
        self.periods: Tuple[str, ...] = tuple(periods)
        self.diagnostics = diagnostics
        self._scores = {(s.node_id, s.geo_id, s.period): s for s in scores}
        self._values = {(v.indicator_id, v.geo_id, v.period): v for v in values}

    def __repr__(self) -> str:
        return (f"<AggregateResult: {len(self.scores)} scores, {len(self.values)} indicator values, "
                f"{len(self.periods)} periods>")

    def score(self, node: str, geo: str, period: str) -> Score:
        """The score row of a node, geography and period; NotFoundError when there is none."""
        try:
            return self._scores[(node, geo, period)]
        except KeyError:
            raise NotFoundError(f"no score of node \"{node}\" in \"{geo}\" for \"{period}\"") from None

    def value(self, indicator: str, geo: str, period: str) -> IndicatorValue:
        """The indicator value row; NotFoundError when there is none."""
        try:
            return self._values[(indicator, geo, period)]
        except KeyError:
            raise NotFoundError(f"no value of indicator \"{indicator}\" in \"{geo}\" for \"{period}\"") from None

    def to_dict(self, indicators: bool = False) -> Dict[str, Any]:
        """The document `impactgraph aggregate --json` prints (with --indicators when
        `indicators`)."""
        doc: Dict[str, Any] = {"scores": [{"node": s.node_id, "geo": s.geo_id, "period": s.period, "value": s.value,
                                           "coverage": s.coverage, "imputed": s.imputed} for s in self.scores]}
        if indicators:
            doc["indicators"] = [{"indicator": v.indicator_id, "geo": v.geo_id, "period": v.period, "value": v.value,
                                  "normalised": v.normalised, "flags": list(v.flag_words)} for v in self.values]
        doc["assessments"] = [{"indicator": a.indicator_id, "node": a.node_id, "geo": a.geo_id, "period": a.period,
                               "breakdown": a.breakdown, "text": a.text, "status": a.status}
                              for a in self.assessments]
        doc["diagnostics"] = self.diagnostics.to_dicts()
        return doc


class SensitivityResult:
    """An uncertainty and sensitivity analysis of one node's composite: per unit the
    nominal score and rank and the ranks over the runs (`units`), per varied input its
    Sobol indices (`sobol`, empty without them)."""

    def __init__(self, summary: "_capi.ig_sensitivity_summary", units: Sequence[UnitRanks],
                 inputs: Sequence[SobolIndex], diagnostics: Diagnostics) -> None:
        self.target_id: str = text(summary.target_id)
        self.target_index: int = summary.target
        self.period: str = text(summary.period)
        self.runs: int = summary.runs
        self.has_sobol: bool = bool(summary.has_sobol)
        self.output_variance: Optional[float] = finite_or_none(summary.output_variance)
        self.units: Table[UnitRanks] = Table(UnitRanks, units)
        self.inputs: Tuple[str, ...] = tuple(x.input for x in inputs)
        self.sobol: Table[SobolIndex] = Table(SobolIndex, inputs if self.has_sobol else ())
        self.diagnostics = diagnostics

    def __repr__(self) -> str:
        return f"<SensitivityResult of {self.target_id} in {self.period}: {self.runs} runs, {len(self.units)} units>"

    def to_dict(self) -> Dict[str, Any]:
        """The "sensitivity" object of `impactgraph aggregate --sensitivity K --json`."""
        return {"target": self.target_id, "period": self.period, "runs": self.runs, "inputs": list(self.inputs),
                "output_variance": self.output_variance,
                "units": [{"geo": u.geo_id, "nominal_score": u.nominal_score, "nominal_rank": u.nominal_rank,
                           "mean_rank": u.mean_rank, "median_rank": u.median_rank, "p05": u.p05, "p95": u.p95}
                          for u in self.units],
                "sobol": [{"input": x.input, "first_order": x.first_order, "total": x.total} for x in self.sobol]}


# ------------------------------------------------------------------ C options


class _COptions:
    """An ig_aggregate_options for AggregateOptions, with everything it points to kept alive."""

    def __init__(self, o: AggregateOptions) -> None:
        self._keep: List[Any] = []
        c = _capi.ig_aggregate_options()
        check(lib.ig_aggregate_options_init(byref(c), ctypes.sizeof(c)))
        main = o.normalisation if isinstance(o.normalisation, NormalisationSpec) \
            else NormalisationSpec(method=o.normalisation)
        overrides = {name: getattr(o, name) for name in _SPEC_FIELDS if getattr(o, name) is not None}
        main = dataclasses.replace(main, **overrides)
        self.main = self._spec(main, "normalisation")
        c.normalisation = ctypes.pointer(self.main)
        if o.indicator_normalisation:
            exceptions = _mapping(o.indicator_normalisation, "indicator_normalisation")
            ids = c_strings(list(exceptions), "indicator_normalisation")
            specs = [self._spec(spec if isinstance(spec, NormalisationSpec)
                                else dataclasses.replace(main, method=spec), f"indicator_normalisation[{key!r}]")
                     for key, spec in exceptions.items()]
            pointers = (ctypes.POINTER(_capi.ig_normalisation_spec) * len(specs))(*[ctypes.pointer(s) for s in specs])
            self._keep += [ids, specs, pointers]
            c.indicator_normalisation_count = len(specs)
            c.indicator_normalisation_ids = ids.pointer
            c.indicator_normalisations = ctypes.cast(pointers, ctypes.POINTER(ctypes.POINTER(
                _capi.ig_normalisation_spec)))
        if o.outliers is not None:
            c.outliers = enum_value(Outliers, o.outliers, "outliers")
        if o.winmax is not None:
            c.winmax = c_int_arg(o.winmax, "winmax")
        if o.skew_threshold is not None:
            c.skew_threshold = number(o.skew_threshold, "skew_threshold")
        if o.kurtosis_threshold is not None:
            c.kurtosis_threshold = number(o.kurtosis_threshold, "kurtosis_threshold")
        if o.log_fallback is not None:
            c.log_fallback = 1 if o.log_fallback else 0
        if o.imputation is not None:
            c.imputation = enum_value(Imputation, o.imputation, "imputation")
        if o.max_gap is not None:
            c.max_gap = c_int_arg(o.max_gap, "max_gap")
        if o.method is not None:
            c.method = enum_value(Composite, o.method, "method")
        if o.p is not None:
            c.p = number(o.p, "p")
        if o.node_methods:
            methods = _mapping(o.node_methods, "node_methods")
            ids = c_strings(list(methods), "node_methods")
            words, exponents = [], []
            for key, value in methods.items():
                method, p = value if isinstance(value, tuple) else (value, None)
                words.append(enum_value(Composite, method, f"node_methods[{key!r}]"))
                exponents.append(c.p if p is None else number(p, f"node_methods[{key!r}]"))
            c_methods = (ctypes.c_int * len(words))(*words)
            self._keep += [ids, c_methods]
            c.node_method_count = len(words)
            c.node_method_ids = ids.pointer
            c.node_methods = ctypes.cast(c_methods, ctypes.POINTER(ctypes.c_int))
            if any(isinstance(v, tuple) for v in methods.values()):
                c_p = (ctypes.c_double * len(exponents))(*exponents)
                self._keep.append(c_p)
                c.node_p = ctypes.cast(c_p, ctypes.POINTER(ctypes.c_double))
        if o.min_coverage is not None:
            c.min_coverage = number(o.min_coverage, "min_coverage")
        if o.negative_weights is not None:
            c.negative_weights = enum_value(NegativeWeights, o.negative_weights, "negative_weights")
        if o.breakdown is not None:
            self._keep.append(c_text(o.breakdown, "breakdown"))
            c.breakdown = self._keep[-1]
        if o.grain is not None:
            c.grain = enum_value(PeriodGrain, o.grain, "grain")
        if o.window is not None:
            c.window = c_int_arg(o.window, "window")
        if o.geo_min_coverage is not None:
            c.geo_min_coverage = number(o.geo_min_coverage, "geo_min_coverage")
        for name in ("geos", "periods"):
            items = c_strings(getattr(o, name), name)
            self._keep.append(items)
            setattr(c, name, items.pointer)
            setattr(c, name[:-1] + "_count", items.count)
        self.struct = c

    def _spec(self, spec: NormalisationSpec, argument: str) -> "_capi.ig_normalisation_spec":
        if not isinstance(spec, NormalisationSpec):
            raise TypeError(f"argument '{argument}' must be a method word or a NormalisationSpec")
        s = _capi.ig_normalisation_spec()
        check(lib.ig_normalisation_spec_init(byref(s), ctypes.sizeof(s)))
        if spec.method is not None:
            s.method = enum_value(Normalisation, spec.method, argument)
        for name in ("across_periods", "by_level", "truncate", "cap"):
            value = getattr(spec, name)
            if value is not None:
                setattr(s, name, 1 if value else 0)
        for name in ("lower", "upper", "mean", "sd", "scale"):
            value = getattr(spec, name)
            if value is not None:
                setattr(s, name, number(value, name))
        if spec.goalposts is not None:
            try:
                low, high = spec.goalposts
            except (TypeError, ValueError):
                raise argument_error(f"argument 'goalposts' must be a pair (low, high), not {spec.goalposts!r}") \
                    from None
            s.has_goalposts, s.goal_low, s.goal_high = 1, number(low, "goalposts"), number(high, "goalposts")
        if spec.target is not None:
            s.has_target, s.target = 1, number(spec.target, "target")
        for name in ("reference_geo", "base_period"):
            value = getattr(spec, name)
            if value is not None:
                self._keep.append(c_text(value, name))
                setattr(s, name, self._keep[-1])
        return s

    def ref(self) -> Any:
        return byref(self.struct)


def _mapping(value: Any, argument: str) -> Dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"argument '{argument}' must be a mapping of ids, not {type(value).__name__}")
    return dict(value)


# ------------------------------------------------------------------ calls


def aggregate(model: "Model", options: AggregateOptions) -> AggregateResult:
    """See Model.aggregate."""
    c = _COptions(options)
    with result_handle("aggregate_result") as r:
        check(lib.ig_aggregate(byref(r), model._h, c.ref()))
        scores, values, assessments, periods = [], [], [], []
        raw_s = _capi.ig_score()
        for i in range(count_of(lib.ig_aggregate_result_score_count, r)):
            check(lib.ig_aggregate_result_score(byref(raw_s), r, i))
            scores.append(Score(node_id=text(raw_s.node_id), node_index=raw_s.node, geo_id=text(raw_s.geo_id),
                                geo_index=raw_s.geo, period=text(raw_s.period),
                                value=optional_number(raw_s.has_value, raw_s.value), coverage=raw_s.coverage,
                                imputed=bool(raw_s.imputed)))
        raw_v = _capi.ig_indicator_value()
        for i in range(count_of(lib.ig_aggregate_result_value_count, r)):
            check(lib.ig_aggregate_result_value(byref(raw_v), r, i))
            values.append(IndicatorValue(indicator_id=text(raw_v.indicator_id), indicator_index=raw_v.indicator,
                                         geo_id=text(raw_v.geo_id), geo_index=raw_v.geo, period=text(raw_v.period),
                                         value=finite_or_none(raw_v.value),
                                         normalised=optional_number(raw_v.has_normalised, raw_v.normalised),
                                         flags=raw_v.flags))
        raw_a = _capi.ig_assessment()
        for i in range(count_of(lib.ig_aggregate_result_assessment_count, r)):
            check(lib.ig_aggregate_result_assessment(byref(raw_a), r, i))
            assessments.append(Assessment(indicator_id=text(raw_a.indicator_id), indicator_index=raw_a.indicator,
                                          node_id=text(raw_a.node_id), geo_id=text(raw_a.geo_id),
                                          geo_index=raw_a.geo, period=text(raw_a.period),
                                          breakdown=text(raw_a.breakdown), text=text(raw_a.text),
                                          status=text(raw_a.status)))
        out = ctypes.c_char_p()
        for i in range(count_of(lib.ig_aggregate_result_period_count, r)):
            check(lib.ig_aggregate_result_period(byref(out), r, i))
            periods.append(text(out.value))
        notes = call_for_diagnostics(lib.ig_aggregate_result_diagnostics, r)
    return AggregateResult(scores, values, assessments, periods, notes)


#: The command's alternatives drawn by --sensitivity (its --alt-normalise, --alt-aggregation).
DEFAULT_NORMALISATIONS = ("minmax", "percentile_rank")
DEFAULT_METHODS = ("arithmetic", "geometric")


def sensitivity(model: "Model", options: AggregateOptions, samples: Optional[int], seed: Optional[int],
                weights: Optional[Word], weight_noise: Optional[float], concentration: Optional[float],
                normalisations: Iterable[Word], methods: Iterable[Word], sobol: Optional[bool],
                target: Optional[str], period: Optional[str]) -> SensitivityResult:
    """See Model.sensitivity."""
    c = _COptions(options)
    s = _capi.ig_sensitivity_options()
    check(lib.ig_sensitivity_options_init(byref(s), ctypes.sizeof(s)))
    if samples is not None:
        s.samples = size(samples, "samples")
    if seed is not None:
        s.seed = size(seed, "seed")
    if weights is not None:
        s.weights = enum_value(WeightSampling, weights, "weights")
    if weight_noise is not None:
        s.weight_noise = number(weight_noise, "weight_noise")
    if concentration is not None:
        s.dirichlet_concentration = number(concentration, "concentration")
    norm_list = [enum_value(Normalisation, w, "normalisations") for w in _word_list(normalisations, "normalisations")]
    method_list = [enum_value(Composite, w, "methods") for w in _word_list(methods, "methods")]
    c_norms = (ctypes.c_int * max(len(norm_list), 1))(*norm_list)
    c_methods = (ctypes.c_int * max(len(method_list), 1))(*method_list)
    s.normalisation_count = len(norm_list)
    s.normalisations = ctypes.cast(c_norms, ctypes.POINTER(ctypes.c_int)) if norm_list else None
    s.method_count = len(method_list)
    s.methods = ctypes.cast(c_methods, ctypes.POINTER(ctypes.c_int)) if method_list else None
    if sobol is not None:
        s.sobol = 1 if sobol else 0
    c_target, c_period = c_text(target, "target"), c_text(period, "period")
    s.target_node = c_target or None
    s.period = c_period or None
    with result_handle("sensitivity_result") as r:
        check(lib.ig_sensitivity(byref(r), model._h, c.ref(), byref(s)))
        summary = _capi.ig_sensitivity_summary()
        check(lib.ig_sensitivity_result_summary(byref(summary), r))
        units, inputs = [], []
        u = _capi.ig_unit_ranks()
        for i in range(summary.unit_count):
            check(lib.ig_sensitivity_result_unit(byref(u), r, i))
            units.append(UnitRanks(geo_id=text(u.geo_id), geo_index=u.geo,
                                   **{name: finite_or_none(getattr(u, name)) for name in
                                      ("nominal_score", "nominal_rank", "mean_rank", "median_rank", "p05", "p95")}))
        x = _capi.ig_sobol_index()
        for i in range(summary.input_count):
            check(lib.ig_sensitivity_result_input(byref(x), r, i))
            inputs.append(SobolIndex(input=text(x.input), first_order=finite_or_none(x.first_order),
                                     total=finite_or_none(x.total)))
        notes = call_for_diagnostics(lib.ig_sensitivity_result_diagnostics, r)
        result = SensitivityResult(summary, units, inputs, notes)  # reads the summary's strings while r lives
    return result


def _word_list(items: Iterable[Word], argument: str) -> List[Word]:
    if isinstance(items, (str, int)):
        return [items]
    if items is None:
        return []
    return list(items)
