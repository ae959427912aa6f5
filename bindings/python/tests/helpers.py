"""Shared pieces of the Python binding tests: paths, the CLI, a small hand-made model.

The package is imported from these sources (bindings/python) unless
IMPACTGRAPH_TEST_INSTALLED=1 asks for the installed one. The library comes from
IMPACTGRAPH_LIBRARY (ctest sets it to the build tree's libimpactgraph).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional, Tuple

HERE = Path(__file__).resolve().parent
PACKAGE_ROOT = HERE.parent
SOURCE = Path(os.environ.get("IMPACTGRAPH_SOURCE_DIR", PACKAGE_ROOT.parent.parent))
EXAMPLE = SOURCE / "examples" / "orebro" / "orebro.json"
EXAMPLE_CSV = SOURCE / "examples" / "orebro" / "csv"
CORPUS = SOURCE / "tests" / "bad_input"
HEADER = SOURCE / "capi" / "impactgraph.h"
HEADER_PARTS = SOURCE / "capi" / "impactgraph" / "capi"  # the parts impactgraph.h includes
CLI = os.environ.get("IMPACTGRAPH_CLI", str(SOURCE / "build" / "bin" / "impactgraph"))

if os.environ.get("IMPACTGRAPH_TEST_INSTALLED") != "1" and str(PACKAGE_ROOT) not in sys.path:
    sys.path.insert(0, str(PACKAGE_ROOT))


def read_header(path: Path = HEADER, files: Optional[list] = None) -> Tuple[str, list]:
    """The C header as the compiler reads it: its text with each `#include "..."` of a
    file beside it (the parts, and the parts they include) put in place of the line,
    each file once. Returns the text and the files read, in order."""
    files = [] if files is None else files
    path = path.resolve()
    if path in files:
        return "", files
    files.append(path)

    def expand(include: re.Match) -> str:
        return read_header(path.parent / include.group(1), files)[0]

    return re.sub(r'^#include "([^"]+)".*$', expand, path.read_text(encoding="utf-8"), flags=re.M), files


def scratch() -> Path:
    """A new empty folder for one test's files."""
    base = Path(os.environ.get("IMPACTGRAPH_TEST_TMP", tempfile.gettempdir()))
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(dir=base, prefix="py-"))


def run_cli(*args, expect=None):
    """Runs the impactgraph command; returns (exit status, stdout bytes, stderr text)."""
    done = subprocess.run([CLI, *map(str, args)], capture_output=True, timeout=120)
    if expect is not None and done.returncode != expect:
        raise AssertionError(f"impactgraph {' '.join(map(str, args))}: exit {done.returncode}, expected {expect}\n"
                             f"{done.stderr.decode(errors='replace')[-2000:]}")
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


def cli_json(*args, expect=None):
    """Runs the command with --json; stdout must be one JSON document."""
    status, out, _ = run_cli(*args, "--json", expect=expect)
    return status, json.loads(out.decode("utf-8"))


def cli_available() -> bool:
    return Path(CLI).is_file()


# A small model whose every value is known: 6 nodes, 7 edges (one sideways: a
# level-order warning), 5 indicators with all six target kinds, 4 geographies and 5
# observations. Tests check what the package reads against these literals.
SMALL = {
    "impactgraph": 1,
    "name": "Liten modell",
    "levels": ["activity", "output", "goal", "vision"],
    "nodes": [
        {"id": "V", "level": "vision", "label": "Visionen"},
        {"id": "G1", "level": "goal", "label": "Stark konkurrenskraft", "description": "Mål 1"},
        {"id": "G2", "level": "goal", "label": "Hög livskvalitet"},
        {"id": "O1", "level": "output", "label": "Utbildade"},
        {"id": "P1", "level": "activity", "label": "Företagslyft", "start": "2021", "end": "2023",
         "tags": {"area": "A1", "owner": "RU"},
         "funding": [{"amount": 1200000, "currency": "SEK", "source": "ERUF", "period": "2021"},
                     {"amount": 300000, "currency": "SEK", "source": "own", "period": "2022"}]},
        {"id": "P2", "level": "activity", "label": "Kompetenslyft"},
    ],
    "edges": [
        {"from": "P1", "to": "O1", "weight": 0.8, "weight_range": [0.5, 1.0], "assumption": "Fler utbildade",
         "evidence": "moderate"},
        {"from": "P2", "to": "O1", "weight": 0.5, "confidence": 0.7},
        {"from": "O1", "to": "G1"},
        {"from": "O1", "to": "G2", "weight": -0.2, "evidence": "weak"},
        {"from": "G1", "to": "V"},
        {"from": "G2", "to": "V"},
        {"from": "G2", "to": "G1", "weight": 0.3},
    ],
    "indicators": [
        {"id": "I1", "node": "G1", "label": "Förvärvsfrekvens", "unit": "%", "direction": "increase",
         "baseline": {"period": "2016", "value": 78.1},
         "targets": [{"kind": "level", "period": "2030", "value": 82.0},
                     {"kind": "change", "base_period": "2016", "period": "2030", "value": 0.05},
                     {"kind": "threshold", "op": ">=", "value": 80.0},
                     {"kind": "direction"},
                     {"kind": "peers", "geos": ["0019", "0007"], "compare": "level"},
                     {"kind": "disparity", "between": ["K", "M"], "period": "2030"}],
         "source": "kolada:N00914", "geo_aggregation": "weighted_mean", "geo_weight": "I_pop",
         "time_aggregation": "last"},
        {"id": "I_pop", "node": "V", "label": "Invånare", "direction": "increase", "geo_aggregation": "sum",
         "weight": 0},
        {"id": "I_r", "node": "G2", "label": "Per tusen", "measure": "ratio", "numerator": "I1",
         "denominator": "I_pop", "factor": 1000},
        {"id": "I_ord", "node": "G2", "label": "Forumets bedömning", "measure": "ordinal", "scale": [1, 5],
         "direction": "increase", "description": "1–5"},
        {"id": "I_txt", "node": "O1", "label": "Lägesbild", "measure": "text"},
    ],
    "geographies": [
        {"id": "0018", "name": "Örebro län"},
        {"id": "1880", "name": "Örebro", "parent": "0018"},
        {"id": "0019", "name": "Västmanlands län"},
        {"id": "0007", "name": "Kronobergs län"},
    ],
    "observations": [
        {"indicator": "I1", "geo": "1880", "period": "2019", "value": 79.3},
        {"indicator": "I1", "geo": "1880", "period": "2020", "breakdown": "K", "value": 77.0},
        {"indicator": "I1", "geo": "1880", "period": "2021", "value": None, "status": "missing"},
        {"indicator": "I_ord", "geo": "0018", "period": "2022", "value": 4},
        {"indicator": "I_txt", "geo": "0018", "period": "2022", "text": "På god väg"},
    ],
}
SMALL_TEXT = json.dumps(SMALL, ensure_ascii=False, indent=1)
