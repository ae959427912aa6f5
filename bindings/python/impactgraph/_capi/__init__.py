"""ctypes declarations of the C ABI (capi/impactgraph.h): structs and prototypes.

One module per part of the header (capi/impactgraph/capi/*.h; `base` mirrors base.h,
diagnostics.h, options.h and validation.h), each kept in its part's order and spelling
so the two can be compared side by side; tests/test_header.py parses the header and
its parts and checks every struct field and every prototype declared here against
them. This package gathers the parts: every name of theirs is one of its names, and
STRUCTS and PROTOTYPES hold all of them, in the header's order. Opaque handles
(ig_model, ig_builder, ig_diagnostics, ig_string and the analyses' results:
ig_contributions, ig_gaps, ...) are void pointers on this side.

A new area of the C ABI adds its structs, STRUCTS and an entry per function to
PROTOTYPES in the module of its part (or a new module, listed in PARTS); `bind` then
requires them of the library.
"""
from __future__ import annotations

import ctypes

from . import aggregation, base, builder, contributions, gaps, kolada, model, sensitivity
# Every part's names (the star imports also bring each part's own STRUCTS and
# PROTOTYPES, which those of the whole replace below).
from .base import *  # noqa: F401,F403
from .base import _double_p, _enum_p, _int_p, _size_p, _str_out, _strings  # noqa: F401
from .model import *  # noqa: F401,F403
from .builder import *  # noqa: F401,F403
from .kolada import *  # noqa: F401,F403
from .contributions import *  # noqa: F401,F403
from .aggregation import *  # noqa: F401,F403
from .sensitivity import *  # noqa: F401,F403
from .gaps import *  # noqa: F401,F403

#: The parts, in the header's order.
PARTS = (base, model, builder, kolada, contributions, aggregation, sensitivity, gaps)
#: Every mirrored struct, in the header's order.
STRUCTS = tuple(struct for part in PARTS for struct in part.STRUCTS)
#: name -> (restype, argtypes), in the header's order.
PROTOTYPES = {name: prototype for part in PARTS for name, prototype in part.PROTOTYPES.items()}


def bind(cdll: ctypes.CDLL) -> list:
    """Sets restype and argtypes of every prototype on `cdll`; returns the names it lacks."""
    missing = []
    for name, (restype, argtypes) in PROTOTYPES.items():
        try:
            function = getattr(cdll, name)
        except AttributeError:
            missing.append(name)
            continue
        function.restype = restype
        function.argtypes = argtypes
    return missing
