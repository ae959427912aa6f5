"""Live, read-only views of a model's items: sequences by index, lookups by id.

A view reads from the model on each access (nothing is copied until you ask), so it
costs nothing to create; the records it returns are copies. Iterating is in the
model's order: input order for nodes, indicators, geographies and observations, and
grouped by source node for edges.
"""
from __future__ import annotations

import ctypes
import operator
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterator, List, Optional, Tuple, Type, TypeVar, Union

from . import _read
from ._args import c_id
from ._library import lib
from ._tables import column, records_to_dicts, records_to_pandas
from .errors import NotFoundError, OutOfRangeError, check
from .records import Edge, Geography, Indicator, Node, Observation

if TYPE_CHECKING:
    from .model import Model

__all__ = ["ItemView", "NodeView", "EdgeView", "IndicatorView", "GeographyView", "ObservationView"]

R = TypeVar("R")


class ItemView(Generic[R]):
    """The items of one kind in a model: len(), [index], [id], iteration, `in`, tables."""

    _record: Type[Any]
    _count: str  # the ig_model_*_count function
    _read: Callable[[ctypes.c_void_p, int], Any]
    _find: Optional[str] = None  # the ig_model_find_* function, for kinds with ids

    def __init__(self, model: "Model") -> None:
        self._model = model

    def __len__(self) -> int:
        return _read.count(getattr(lib, self._count), self._model._h)

    def __getitem__(self, key: Union[int, str, slice]) -> Any:
        if isinstance(key, slice):
            return [self._item(i) for i in range(*key.indices(len(self)))]
        if isinstance(key, str):
            return self._item(self.index_of(key))
        try:
            key = operator.index(key)  # ints, and numpy's integers too
        except TypeError:
            raise TypeError(f"{type(self).__name__} indices are int or str ids, not {type(key).__name__}") from None
        if key < 0:
            n = len(self)
            if key + n < 0:
                raise OutOfRangeError(f"index {key} is out of range for {n} items")
            key += n
        return self._item(key)

    def _item(self, index: int) -> Any:
        return type(self)._read(self._model._h, index)

    def __iter__(self) -> Iterator[R]:
        h = self._model._h
        read = type(self)._read
        for i in range(len(self)):
            yield read(h, i)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and self._find:
            return self.get(key) is not None
        return any(item == key for item in self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {len(self)} {self._record.__name__.lower()}s>"

    def index_of(self, id: str) -> int:
        """The index of the item with this id; NotFoundError when there is none."""
        if not self._find:
            raise TypeError(f"{self._record.__name__}s have no ids")
        out = ctypes.c_size_t()
        check(getattr(lib, self._find)(ctypes.byref(out), self._model._h, c_id(id)))
        return out.value

    def get(self, id: str, default: Any = None) -> Any:
        """The item with this id, or `default`."""
        try:
            return self[id]
        except NotFoundError:
            return default

    def ids(self) -> List[str]:
        """Every item's id, in order."""
        return [item.id for item in self]

    def to_list(self) -> List[R]:
        """Every item as a record."""
        return list(self)

    def to_dicts(self) -> List[dict]:
        """Every item as a plain dict."""
        return records_to_dicts(list(self))

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per item, one column per record field (needs pandas)."""
        return records_to_pandas(list(self), self._record)

    def column(self, name: str) -> Any:
        """One field of every item: a numpy array for numbers when numpy is installed
        (NaN for missing values), a list otherwise."""
        return column(list(self), self._record, name)


class NodeView(ItemView[Node]):
    """model.nodes: every Node; model.nodes["G1"] finds one by id."""

    _record = Node
    _count = "ig_model_node_count"
    _read = staticmethod(_read.node)
    _find = "ig_model_find_node"

    def at_level(self, level: str) -> List[Node]:
        """The nodes of one level, in order."""
        return [n for n in self if n.level == level]


class EdgeView(ItemView[Edge]):
    """model.edges: every Edge; model.edges["P7", "G1"] finds one by its ends."""

    _record = Edge
    _count = "ig_model_edge_count"
    _read = staticmethod(_read.edge)

    def __getitem__(self, key: Union[int, slice, Tuple[str, str]]) -> Any:
        if isinstance(key, tuple):
            found = self.between(*key)
            if not found:
                raise NotFoundError(f"no edge from \"{key[0]}\" to \"{key[1]}\"")
            return found[0]
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, tuple) and len(key) == 2:
            return bool(self.between(*key))
        return super().__contains__(key)

    def between(self, from_id: str, to_id: str) -> List[Edge]:
        """The edges from `from_id` to `to_id` (usually one; none when not linked)."""
        return [e for e in self._model.out_edges(from_id) if e.to_id == to_id]

    def ids(self) -> List[str]:  # type: ignore[override]
        raise TypeError("edges have no ids; use pairs()")

    def pairs(self) -> List[Tuple[str, str]]:
        """(from_id, to_id) of every edge, in order."""
        return [(e.from_id, e.to_id) for e in self]

    def weights(self) -> Any:
        """Every edge's weight, in edge order: a numpy array when numpy is installed."""
        return self.column("weight")


class IndicatorView(ItemView[Indicator]):
    """model.indicators: every Indicator; model.indicators["I1"] finds one by id."""

    _record = Indicator
    _count = "ig_model_indicator_count"
    _read = staticmethod(_read.indicator)
    _find = "ig_model_find_indicator"

    def of_node(self, node: str) -> List[Indicator]:
        """The indicators on node `node` (an id), in order."""
        return [i for i in self if i.node_id == node]


class GeographyView(ItemView[Geography]):
    """model.geographies: every Geography; model.geographies["1880"] finds one by id."""

    _record = Geography
    _count = "ig_model_geography_count"
    _read = staticmethod(_read.geography)
    _find = "ig_model_find_geography"

    def children(self, id: Optional[str]) -> List[Geography]:
        """The geographies whose parent is `id` (None: the roots)."""
        return [g for g in self if g.parent == id]


class ObservationView(ItemView[Observation]):
    """model.observations: every Observation, in input order."""

    _record = Observation
    _count = "ig_model_observation_count"
    _read = staticmethod(_read.observation)

    def ids(self) -> List[str]:  # type: ignore[override]
        raise TypeError("observations have no ids; use where()")

    def where(self, indicator: Optional[str] = None, geo: Optional[str] = None, period: Optional[str] = None,
              breakdown: Optional[str] = None) -> List[Observation]:
        """The observations matching every criterion given (None matches anything)."""
        return [o for o in self
                if (indicator is None or o.indicator == indicator) and (geo is None or o.geo == geo)
                and (period is None or o.period == period) and (breakdown is None or o.breakdown == breakdown)]

    def latest(self, indicator: str, geo: str, breakdown: str = "T") -> Optional[Observation]:
        """The observation in the latest period of one series that has a value (or, for
        text measures, a text), or None.

        Periods of one series share a form ("2019", "2019Q3" or "2019-05"), which sorts
        as text in time order."""
        found = [o for o in self.where(indicator, geo, breakdown=breakdown) if o.value is not None or o.text]
        return max(found, key=lambda o: o.period) if found else None

    def values(self) -> Any:
        """Every observation's value, NaN where missing: a numpy array when numpy is installed."""
        return self.column("value")
