#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets into fuzz/corpus/<target>/seed-*.

Seeds come from the repository's own models (the test data, the bad-input corpus, a
slice of the Örebro example), so they start the fuzzer from valid and almost-valid
inputs. Run from anywhere: python3 fuzz/seeds.py. The output is deterministic; the
seeds are committed, and so is what fuzzing added (fuzz/corpus/<target>/ minimised with
libFuzzer's -merge=1, see docs/reliability.md).
"""
import json
import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
BUNDLE_FILES = ["model.json", "nodes.csv", "edges.csv", "funding.csv", "indicators.csv", "targets.csv",
                "geographies.csv", "observations.csv"]


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("seed-" + name)).write_bytes(data)


def orebro_slice(nodes=12):
    """The first `nodes` nodes of the Örebro example with everything that refers to them."""
    model = json.loads((ROOT / "examples/orebro/orebro.json").read_text(encoding="utf-8"))
    keep = {n["id"] for n in model["nodes"][:nodes]}
    model["nodes"] = model["nodes"][:nodes]
    model["edges"] = [e for e in model["edges"] if e["from"] in keep and e["to"] in keep]
    model["indicators"] = [i for i in model["indicators"] if i.get("node") in keep][:4]
    ids = {i["id"] for i in model["indicators"]}
    for indicator in model["indicators"]:  # drop references to indicators left out
        for key in ("numerator", "denominator", "geo_weight"):
            if indicator.get(key) not in (None, *ids):
                del indicator[key]
        if indicator.get("geo_aggregation") == "weighted_mean" and "geo_weight" not in indicator:
            del indicator["geo_aggregation"]
    model["observations"] = [o for o in model["observations"] if o["indicator"] in ids][:40]
    return model


def json_seeds():
    for path in sorted((ROOT / "tests/capi/data").glob("*.json")):
        write("json_reader", path.name, path.read_bytes())
    for path in sorted((ROOT / "tests/bad_input/cases").glob("*.json")):
        if path.is_file() and path.stat().st_size <= 4096:
            write("json_reader", "bad-" + path.name, path.read_bytes())
    write("json_reader", "orebro-slice.json",
          json.dumps(orebro_slice(), ensure_ascii=False, indent=1).encode("utf-8"))


def bundle_bytes(folder):
    """A CSV bundle folder in the csv_bundle target's input format."""
    out = b""
    for name in BUNDLE_FILES:
        path = folder / name
        if path.is_file():
            out += b"#@" + name.encode() + b"\n" + path.read_bytes() + b"\n"
    return out


def csv_seeds():
    folders = [ROOT / "tests/capi/data/small_csv"]
    folders += sorted(p for p in (ROOT / "tests/data/csv").glob("*/*") if p.is_dir())
    folders += sorted(p for p in (ROOT / "tests/data/csv").glob("*") if p.is_dir() and any(p.glob("*.csv")))
    folders += sorted(p for p in (ROOT / "tests/bad_input/cases").glob("csv_*") if p.is_dir())
    for folder in folders:
        data = bundle_bytes(folder)
        if data and len(data) <= 8192:
            write("csv_bundle", folder.relative_to(ROOT).as_posix().replace("/", "_"), data)
    # A slice of the Örebro bundle: the first rows of each table.
    folder = ROOT / "examples/orebro/csv"
    out = b""
    for name in BUNDLE_FILES:
        lines = (folder / name).read_bytes().splitlines(keepends=True)
        out += b"#@" + name.encode() + b"\n" + b"".join(lines[:6 if name != "model.json" else None])
    write("csv_bundle", "orebro-slice", out)


# The capi_sequence target's encoding (fuzz/fuzz_capi_sequence.cpp): a byte below 240
# is a builder call (next byte % 27 chooses which), 240-249 validates and freezes, 250+
# loads the rest of the input as JSON text. Strings are indices into its pool, numbers
# into its table.
POOL = ["", "A", "B", "C", "G", "V", "I1", "I2", "0018", "1880", "2019", "2020Q3", "2021-05", "activity", "output",
        "outcome", "goal", "vision", "T", "K", "M", ">=", "level", "growth", 'x"y\\', "é", "(bytes ff fe)",
        "kolada:N00914"]
NUMBERS = [0.0, 1.0, -1.0, 0.5, 2.0, -3.0, 3.0, 100.0, 1e308, -1e308, 5e-324, 2019.0, 82.5, "nan", "inf", "-inf"]


def s(text):
    return bytes([POOL.index(text)])


def n(value):
    if value in NUMBERS:
        return bytes([NUMBERS.index(value)])
    return b"\xf0" + struct.pack("<d", value)  # 240 and above: raw bits follow


def call(kind, *args):
    return bytes([0, kind]) + b"".join(args)


def observation(indicator, geo, period, value):
    # struct_size choice 3 = sizeof; has_value 1; text and status ""
    return call(24, b"\x03", s(indicator), s(geo), s(period), s("T"), b"\x01", n(value), s(""), s(""))


def capi_seeds():
    small = (call(1, s("A"), s("activity"), s("")) + call(1, s("G"), s("goal"), s("")) +
             call(1, s("V"), s("vision"), s("")) + call(6, s("A"), s("G"), n(0.5)) + call(6, s("G"), s("V"), n(1.0)) +
             call(12, s("I1"), s("G"), s("")) + call(23, s("0018"), s(""), s("")) +
             call(23, s("1880"), s(""), s("0018")) + observation("I1", "1880", "2019", 82.5) +
             observation("I1", "0018", "2020Q3", 3.0))
    write("capi_sequence", "build-freeze", small + b"\xf0" + b"\x00\x00")
    # A cycle: freezing fails with every error; then fixing nothing and freezing again.
    cyclic = call(1, s("A"), s("goal"), s("")) + call(1, s("B"), s("goal"), s("")) + call(6, s("A"), s("B"), n(1.0)) + \
        call(6, s("B"), s("A"), n(1.0))
    write("capi_sequence", "cycle", cyclic + b"\xf0\x00\x00" + b"\xf1\x00\x00")
    # Build, freeze, edit the copy, freeze again, then load a JSON model.
    edit = small + b"\xf0\x00\x00" + call(7, s("A"), s("V"), n(-3.0)) + call(8, s("A"), s("V"), n(-3.0), n(3.0)) + \
        b"\xf2\x00\x00"
    write("capi_sequence", "edit-copy", edit)
    write("capi_sequence", "load-json", b"\xfa" + (ROOT / "tests/capi/data/small.json").read_bytes())


def kolada_seeds():
    for path in sorted((ROOT / "tests/data/kolada").glob("*.json")):
        write("kolada_reader", path.name, path.read_bytes())


if __name__ == "__main__":
    json_seeds()
    csv_seeds()
    capi_seeds()
    kolada_seeds()
