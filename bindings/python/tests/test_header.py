"""What the package mirrors from capi/impactgraph.h is what the header says: every
constant and enumeration value, every field of every struct (name, order, type) and the
signature of every function, so the two cannot drift apart. The header is read with the
parts it includes (capi/impactgraph/capi/*.h) in their places, as the compiler reads it."""
import ctypes
import re
import unittest
from ctypes import POINTER, c_char, c_char_p, c_double, c_int, c_size_t, c_uint, c_uint32, c_uint64, c_void_p

from helpers import HEADER, HEADER_PARTS, PACKAGE_ROOT, read_header

import impactgraph as ig
from impactgraph import _capi, _constants

# The header's sections (its "=== name" banners) the package binds completely. A
# section added later (contributions, gaps, ...) is bound when the package grows.
BOUND_SECTIONS = {"versions", "status", "last error", "enumerations", "strings", "diagnostics", "options",
                  "validation", "model", "builder", "Kolada import", "contributions", "aggregation", "sensitivity",
                  "gap detection"}
# Deliberate differences: ig_string_data's text may hold NULs, so it is read as a
# pointer plus ig_string_size rather than as a NUL-terminated c_char_p.
RESTYPE_EXCEPTIONS = {"ig_string_data": c_void_p}


def strip_comments(text: str) -> str:
    return re.sub(r"//[^\n]*", "", re.sub(r"/\*.*?\*/", "", text, flags=re.S))


class Header:
    def __init__(self, text: str) -> None:
        self.text = text
        code = strip_comments(text)
        self.defines = dict(re.findall(r"^#define (IG_\w+) (.+)$", code, re.M))
        self.enums = {}  # C enum name (None: the status block) -> {constant: value}
        for name, body in re.findall(r"(?:typedef )?enum (\w*)\s*\{(.*?)\}", code, re.S):
            values = {k: int(v, 0) for k, v in re.findall(r"(IG_\w+)\s*=\s*(-?\w+)", body)}
            self.enums[name or None] = {k: v for k, v in values.items() if not k.endswith(("_MAX_ENUM_", "_MIN_ENUM_"))}
        self.structs = {}
        for name, body in re.findall(r"typedef struct (ig_\w+)\s*\{(.*?)\}\s*\1;", code, re.S):
            fields = []
            for decl in filter(None, (d.strip() for d in body.split(";"))):
                first, *more = " ".join(decl.split()).split(",")  # "double a, b, c" declares three
                m = re.fullmatch(r"(.+?)\s*\b(\w+)", first)
                c_type = m.group(1).replace(" *", "*").replace("* ", "*")
                fields.append((m.group(2), c_type))
                fields += [(name.strip(), c_type) for name in more]
            self.structs[name] = fields
        self.opaque = set(re.findall(r"typedef struct (ig_\w+) \1;", code))
        self.enum_types = set(re.findall(r"typedef enum (ig_\w+)", code)) | {"ig_status"}
        self.functions = {}  # name -> (section, return type, [param types])
        section = None
        for piece in re.split(r"(/\* =+ [^*]*?\*/)", text):
            banner = re.fullmatch(r"/\* =+ (.*?) \*/", piece)
            if banner:
                section = banner.group(1).strip()
                continue
            for ret, name, params in re.findall(r"IG_API\s+([\w\s\*]+?)\s*\b(ig_\w+)\(([^)]*)\);",
                                                strip_comments(piece)):
                types = [] if params.strip() == "void" else [self.param_type(p) for p in params.split(",")]
                self.functions[name] = (section, " ".join(ret.split()).replace(" *", "*"), types)

    @staticmethod
    def param_type(param: str) -> str:
        m = re.fullmatch(r"(.+?)\s*\b(\w+)", " ".join(param.split()))
        return m.group(1).replace(" *", "*").replace("* ", "*")

    def ctype(self, c_type: str):
        """The ctypes type the package must use for a C type."""
        base = c_type.replace("const ", "").replace("const*", "*").strip()
        stars = base.count("*")
        name = base.replace("*", "").strip()
        if name in self.opaque:
            return {1: c_void_p, 2: POINTER(c_void_p)}[stars]
        if name == "char":
            return {0: c_char, 1: c_char_p, 2: POINTER(c_char_p)}[stars]
        scalar = {"void": None, "int": c_int, "unsigned": c_uint, "double": c_double, "size_t": c_size_t,
                  "uint32_t": c_uint32, "uint64_t": c_uint64}.get(name)
        if name in self.enum_types:
            scalar = c_int
        if name in self.structs:
            scalar = getattr(_capi, name)
        self_type = scalar
        for _ in range(stars):
            self_type = POINTER(self_type)
        return self_type


class MirrorsTheHeader(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not HEADER.is_file():
            raise unittest.SkipTest(f"no header at {HEADER} (set IMPACTGRAPH_SOURCE_DIR)")
        text, cls.files = read_header(HEADER)
        cls.h = Header(text)

    def test_the_header_includes_every_part(self):
        parts = sorted(p.resolve() for p in HEADER_PARTS.glob("*.h"))
        self.assertGreater(len(parts), 1)
        self.assertEqual(sorted(self.files[1:]), parts)

    def test_the_parser_found_the_header(self):
        self.assertEqual(len(self.h.functions), len(re.findall(r"^IG_API ", self.h.text, re.M)))
        self.assertGreater(len(self.h.functions), 90)
        self.assertGreaterEqual(len(self.h.structs), 10)
        self.assertIn("IG_ABI_VERSION", self.h.defines)

    def test_versions_and_constants(self):
        d = self.h.defines
        self.assertEqual(_constants.ABI_VERSION, int(d["IG_ABI_VERSION"]))
        self.assertEqual((_constants.VERSION_MAJOR, _constants.VERSION_MINOR, _constants.VERSION_PATCH),
                         (int(d["IG_VERSION_MAJOR"]), int(d["IG_VERSION_MINOR"]), int(d["IG_VERSION_PATCH"])))
        self.assertEqual(f'"{_constants.VERSION}"', d["IG_VERSION_STRING"])
        self.assertEqual(d["IG_NO_INDEX"], "((size_t)-1)")
        self.assertEqual(_constants.NO_INDEX, c_size_t(-1).value)

    def test_pyproject_version_is_the_package_version(self):
        text = (PACKAGE_ROOT / "pyproject.toml").read_text(encoding="utf-8")
        self.assertEqual(re.search(r'^version = "(.+)"$', text, re.M).group(1), _constants.VERSION)

    def test_every_mirrored_enumeration_value(self):
        c_names = {"": None, "FORMAT": "ig_format", "SEVERITY": "ig_severity", "EVIDENCE": "ig_evidence",
                   "DIRECTION": "ig_direction", "TARGET": "ig_target_kind", "MEASURE": "ig_measure",
                   "AGGREGATION": "ig_aggregation", "CONTRIBUTION": "ig_contribution_mode",
                   "NORMALIZATION": "ig_normalization", "SIGN_RULE": "ig_sign_rule",
                   "DISTRIBUTION": "ig_weight_distribution", "MICMAC": "ig_micmac_class",
                   "NORMALISATION": "ig_normalisation", "COMPOSITE": "ig_composite", "OUTLIERS": "ig_outliers",
                   "IMPUTATION": "ig_imputation", "NEGATIVE_WEIGHTS": "ig_negative_weights",
                   "PERIOD_GRAIN": "ig_period_grain", "WEIGHT_SAMPLING": "ig_weight_sampling",
                   "LANGUAGE": "ig_language", "PROGRESS": "ig_progress"}
        self.assertEqual(set(c_names), set(_constants.ENUMS))
        for prefix, enum_type in _constants.ENUMS.items():
            with self.subTest(enum=enum_type.__name__):
                header = self.h.enums[c_names[prefix]]
                start = "IG_" + (prefix + "_" if prefix else "")
                mirrored = {start + member.name: member.value for member in enum_type}
                self.assertEqual(mirrored, header)

    def test_every_struct_field(self):
        for struct in _capi.STRUCTS:
            with self.subTest(struct=struct.__name__):
                header = self.h.structs[struct.__name__]
                self.assertEqual([name for name, _ in struct._fields_], [name for name, _ in header])
                for (name, ctype), (_, c_type) in zip(struct._fields_, header):
                    self.assertIs(ctype, self.h.ctype(c_type), f"{struct.__name__}.{name}: {c_type}")

    def test_every_prototype(self):
        for name, (restype, argtypes) in _capi.PROTOTYPES.items():
            with self.subTest(function=name):
                self.assertIn(name, self.h.functions, "bound but not declared in the header")
                _, c_ret, c_params = self.h.functions[name]
                self.assertIs(restype, RESTYPE_EXCEPTIONS.get(name, self.h.ctype(c_ret)), c_ret)
                self.assertEqual(len(argtypes), len(c_params), c_params)
                for k, (mine, c_type) in enumerate(zip(argtypes, c_params)):
                    self.assertIs(mine, self.h.ctype(c_type), f"parameter {k}: {c_type}")

    def test_every_function_of_a_bound_section_is_bound(self):
        unbound = sorted(name for name, (section, _, _) in self.h.functions.items()
                         if section in BOUND_SECTIONS and name not in _capi.PROTOTYPES)
        self.assertEqual(unbound, [])
        self.assertTrue(BOUND_SECTIONS <= {s for s, _, _ in self.h.functions.values()} | {"enumerations"})


class TheLoadedLibrary(unittest.TestCase):
    def test_is_the_abi_and_version_the_package_was_made_for(self):
        self.assertEqual(ig.abi_version(), ig.ABI_VERSION)
        self.assertEqual(ig.library_version(), ig.__version__)

    def test_status_names_come_from_the_library(self):
        for status in ig.Status:
            self.assertEqual(ig.Error("x", status).code_name, "IG_" + status.name)

    def test_the_words_come_from_the_library(self):
        from impactgraph._args import word

        self.assertEqual(word(ig.Aggregation, ig.Aggregation.WEIGHTED_MEAN), "weighted_mean")
        self.assertIsNone(word(ig.Direction, ig.Direction.UNSPECIFIED))
        self.assertEqual(word(ig.TargetKind, 4), "peers")
        self.assertIsNone(word(ig.Measure, 99))

    def test_struct_sizes_are_accepted(self):
        # the library refuses a struct_size below its v0 struct: every mirrored struct passes
        h = ig.load_json_string('{"impactgraph": 1, "nodes": [{"id": "a", "level": "goal"}], "edges": []}')
        node = _capi.ig_node()
        self.assertEqual(node.struct_size, ctypes.sizeof(_capi.ig_node))
        self.assertEqual(ig._lib.ig_model_node(ctypes.byref(node), h._h, 0), 0)
        h.close()


if __name__ == "__main__":
    unittest.main()
