"""Arguments from Python to C: text, paths and enumeration words, checked before the call."""
from __future__ import annotations

import enum
import os
from typing import Dict, Optional, Type, Union

from ._constants import Aggregation, Composite, ContributionMode, Direction, Evidence, Format, Imputation, Language, \
    Measure, MicmacClass, NegativeWeights, Normalisation, Normalization, Outliers, PeriodGrain, Progress, Severity, \
    SignRule, TargetKind, WeightDistribution, WeightSampling
from ._library import lib
from .errors import argument_error

PathLike = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]

_NAME_FUNCTIONS = {
    Format: lib.ig_format_name,
    Severity: lib.ig_severity_name,
    Evidence: lib.ig_evidence_name,
    Direction: lib.ig_direction_name,
    TargetKind: lib.ig_target_kind_name,
    Measure: lib.ig_measure_name,
    Aggregation: lib.ig_aggregation_name,
    ContributionMode: lib.ig_contribution_mode_name,
    Normalization: lib.ig_normalization_name,
    SignRule: lib.ig_sign_rule_name,
    WeightDistribution: lib.ig_weight_distribution_name,
    MicmacClass: lib.ig_micmac_class_name,
    Normalisation: lib.ig_normalisation_name,
    Composite: lib.ig_composite_name,
    Outliers: lib.ig_outliers_name,
    Imputation: lib.ig_imputation_name,
    NegativeWeights: lib.ig_negative_weights_name,
    PeriodGrain: lib.ig_period_grain_name,
    WeightSampling: lib.ig_weight_sampling_name,
    Language: lib.ig_language_name,
    Progress: lib.ig_progress_name,
}

# The words for each value come from the library (ig_*_name), not retyped here.
_WORDS: Dict[Type[enum.IntEnum], Dict[int, str]] = {
    enum_type: {int(v): name(int(v)).decode("utf-8") for v in enum_type}
    for enum_type, name in _NAME_FUNCTIONS.items()
}
_VALUES: Dict[Type[enum.IntEnum], Dict[str, int]] = {
    enum_type: {word: value for value, word in words.items() if word}
    for enum_type, words in _WORDS.items()
}


def word(enum_type: Type[enum.IntEnum], value: int) -> Optional[str]:
    """The format's word for an enumeration value; None for an unspecified or unknown one."""
    return _WORDS[enum_type].get(int(value)) or None


def enum_value(enum_type: Type[enum.IntEnum], value: Union[str, int, None], argument: str,
               allow_none: bool = False) -> int:
    """An enumeration value from its word ("increase") or member (Direction.INCREASE).

    None means the unspecified value where the enumeration has one. Ints pass through
    unchecked: the library rejects values it does not know."""
    if value is None:
        if allow_none:
            return 0
        raise argument_error(f"argument '{argument}' is None")
    if isinstance(value, str):
        words = _VALUES[enum_type]
        if value in words:
            return words[value]
        raise argument_error(f"argument '{argument}' is \"{value}\", not one of {', '.join(sorted(words))}")
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"argument '{argument}' must be a str or {enum_type.__name__}, not {type(value).__name__}")
    return int(value)


def c_text(value: Optional[str], argument: str, allow_none: bool = True) -> Optional[bytes]:
    """UTF-8 bytes for a C string argument; None stays NULL where the C ABI allows it."""
    if value is None:
        if allow_none:
            return None
        raise argument_error(f"argument '{argument}' is None")
    if not isinstance(value, str):
        raise TypeError(f"argument '{argument}' must be a str, not {type(value).__name__}")
    if "\0" in value:
        raise argument_error(f"argument '{argument}' contains a NUL character")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        raise argument_error(f"argument '{argument}' is not valid Unicode text (it has a lone surrogate)") from None


def c_id(value: str, argument: str = "id") -> bytes:
    """An id: a str, never None."""
    encoded = c_text(value, argument, allow_none=False)
    assert encoded is not None
    return encoded


def c_path(path: PathLike, argument: str = "path") -> bytes:
    """A file system path as the bytes the OS uses."""
    try:
        encoded = os.fsencode(path)
    except TypeError:
        raise TypeError(f"argument '{argument}' must be a path (str or os.PathLike), "
                        f"not {type(path).__name__}") from None
    if b"\0" in encoded:
        raise argument_error(f"argument '{argument}' contains a NUL character")
    return encoded


def c_number(value: float, argument: str) -> float:
    """A C double from an int or float (bools are refused)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"argument '{argument}' must be a number, not {type(value).__name__}")
    return float(value)
