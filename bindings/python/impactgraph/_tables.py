"""numpy and pandas when they are installed; plain lists when they are not.

Neither is required: the package imports them lazily, on first use of a method that
returns an array or a DataFrame.
"""
from __future__ import annotations

import dataclasses
import math
from typing import Any, List, Optional, Sequence, Type


def numpy() -> Optional[Any]:
    """The numpy module, or None when it is not installed."""
    try:
        import numpy as np
    except ImportError:
        return None
    return np


def pandas() -> Any:
    """The pandas module; ImportError with what to do when it is not installed."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("impactgraph: to_pandas() needs pandas, which is not installed "
                          "(pip install pandas, or apt-get install python3-pandas); "
                          "to_dicts() gives the same rows as plain dicts") from None
    return pd


def float_array(values: Sequence[Optional[float]]) -> Any:
    """A numpy float64 array (None becomes NaN) when numpy is there, else a list of floats."""
    floats = [math.nan if v is None else float(v) for v in values]
    np = numpy()
    return np.asarray(floats, dtype=np.float64) if np is not None else floats


def int_array(values: Sequence[int]) -> Any:
    """A numpy int64 array when numpy is there, else a list of ints."""
    ints = [int(v) for v in values]
    np = numpy()
    return np.asarray(ints, dtype=np.int64) if np is not None else ints


def column(records: Sequence[Any], record_type: Type[Any], name: str) -> Any:
    """One field of every record: a numpy array for numeric fields when numpy is installed
    (float64 with NaN for None; int64 for whole numbers), a list otherwise."""
    fields = {f.name: f for f in dataclasses.fields(record_type)}
    if name not in fields:
        raise KeyError(f"{record_type.__name__} has no field {name!r}; fields: {', '.join(fields)}")
    values = [getattr(r, name) for r in records]
    kind = str(fields[name].type)
    if kind == "int":
        return int_array(values)
    if kind in ("float", "Optional[float]"):
        return float_array(values)
    return values


def records_to_dicts(records: Sequence[Any]) -> List[dict]:
    """Records as plain dicts (nested records too)."""
    return [dataclasses.asdict(r) for r in records]


def records_to_pandas(records: Sequence[Any], record_type: Type[Any]) -> Any:
    """A DataFrame with one column per field of `record_type`, one row per record.
    Missing numbers (None) become NaN in numeric columns."""
    pd = pandas()
    data = {}
    for f in dataclasses.fields(record_type):
        if f.name == "formatted":
            continue
        values = [getattr(r, f.name) for r in records]
        if str(f.type) in ("float", "Optional[float]"):
            values = column(records, record_type, f.name)
        elif str(f.type) == "Optional[int]":
            values = pd.array(values, dtype="Int64")
        data[f.name] = values
    return pd.DataFrame(data, columns=list(data))
