"""The in-tree build backend: wheels with and without the bundled library, their RECORD,
refusals, reproducibility, the sdist and the editable wheel."""
import base64
import ctypes
import hashlib
import importlib
import os
import sys
import tarfile
import unittest
import zipfile
from pathlib import Path
from unittest import mock

from helpers import PACKAGE_ROOT, scratch

sys.path.insert(0, str(PACKAGE_ROOT))
backend = importlib.import_module("_build_backend")

LIBRARY = os.environ.get("IMPACTGRAPH_LIBRARY")
FAKE_OTHER_ABI = os.environ.get("IMPACTGRAPH_FAKE_ABI_LIBRARY")
CLEAN = {"IMPACTGRAPH_LIBRARY": "", "IMPACTGRAPH_BUILD_DIR": "", "IMPACTGRAPH_NO_BUNDLE": ""}


def build(env, **settings):
    out = scratch()
    with mock.patch.dict(os.environ, {**CLEAN, **env}):
        name = backend.build_wheel(str(out), settings or None)
    return out / name


def check_record(test, wheel: Path):
    """Every file is in RECORD with its sha256 and size, and RECORD lists nothing else."""
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        record_name = [n for n in names if n.endswith(".dist-info/RECORD")][0]
        rows = [r.split(",") for r in z.read(record_name).decode().splitlines()]
        listed = {path: (digest, size) for path, digest, size in rows}
        test.assertEqual(set(listed), set(names))
        test.assertEqual(listed[record_name], ("", ""))
        for name in names:
            if name == record_name:
                continue
            data = z.read(name)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            test.assertEqual(listed[name], (f"sha256={digest}", str(len(data))), name)
        test.assertEqual(names[-1], record_name)
        return names, z.read(record_name.replace("RECORD", "WHEEL")).decode(), \
            z.read(record_name.replace("RECORD", "METADATA")).decode()


class Wheels(unittest.TestCase):
    @unittest.skipUnless(LIBRARY, "IMPACTGRAPH_LIBRARY not set (ctest sets it)")
    def test_with_the_library_bundled(self):
        wheel = build({"IMPACTGRAPH_LIBRARY": LIBRARY})
        self.assertRegex(wheel.name, r"^impactgraph-0\.1\.0-py3-none-linux_[a-z0-9_]+\.whl$")
        names, wheel_file, metadata = check_record(self, wheel)
        self.assertIn("impactgraph/_lib/libimpactgraph.so.0", names)
        self.assertIn("impactgraph/py.typed", names)
        self.assertIn("Root-Is-Purelib: false", wheel_file)
        self.assertIn("Tag: py3-none-linux_", wheel_file)
        for line in ("Name: impactgraph", "Version: 0.1.0", "Requires-Python: >=3.9", "Provides-Extra: pandas",
                     'Requires-Dist: numpy; extra == "numpy"'):
            self.assertIn(line + "\n", metadata)
        with zipfile.ZipFile(wheel) as z:
            info = z.getinfo("impactgraph/_lib/libimpactgraph.so.0")
            self.assertEqual(info.external_attr >> 16, 0o100755)
            target = scratch() / "libimpactgraph.so.0"
            target.write_bytes(z.read(info))
        self.assertEqual(ctypes.CDLL(str(target)).ig_abi_version(), 0)  # the bundled copy loads

    @unittest.skipUnless(LIBRARY, "IMPACTGRAPH_LIBRARY not set (ctest sets it)")
    def test_from_a_build_dir(self):
        build_dir = Path(LIBRARY).resolve().parent.parent  # <build>/lib/libimpactgraph.so...
        if not (build_dir / "lib" / "libimpactgraph.so.0").exists():
            self.skipTest("the library is not in a CMake build tree")
        names, _, _ = check_record(self, build({"IMPACTGRAPH_BUILD_DIR": str(build_dir)}))
        self.assertIn("impactgraph/_lib/libimpactgraph.so.0", names)

    def test_pure_without_the_library(self):
        wheel = build({"IMPACTGRAPH_NO_BUNDLE": "1"})
        self.assertEqual(wheel.name, "impactgraph-0.1.0-py3-none-any.whl")
        names, wheel_file, _ = check_record(self, wheel)
        self.assertFalse([n for n in names if "/_lib/" in n])
        self.assertIn("Root-Is-Purelib: true", wheel_file)
        package = PACKAGE_ROOT / "impactgraph"  # its modules and subpackages' (impactgraph._capi)
        self.assertEqual(sorted(n for n in names if n.endswith(".py")),
                         sorted("impactgraph/" + p.relative_to(package).as_posix() for p in package.rglob("*.py")))
        self.assertIn("impactgraph/_capi/__init__.py", names)

    def test_reproducible(self):
        first, second = build({"IMPACTGRAPH_NO_BUNDLE": "1"}), build({"IMPACTGRAPH_NO_BUNDLE": "1"})
        self.assertEqual(first.read_bytes(), second.read_bytes())

    def test_a_named_library_must_exist(self):
        with self.assertRaises(backend.BackendError) as caught:
            build({"IMPACTGRAPH_LIBRARY": "/no/such/libimpactgraph.so.0"})
        self.assertIn("not a file", str(caught.exception))
        with self.assertRaises(backend.BackendError):
            build({"IMPACTGRAPH_BUILD_DIR": "/no/such/build"})
        with self.assertRaises(backend.BackendError):
            build({}, library="/no/such/libimpactgraph.so.0")

    @unittest.skipUnless(FAKE_OTHER_ABI, "IMPACTGRAPH_FAKE_ABI_LIBRARY not set (ctest sets it)")
    def test_a_library_of_another_abi_is_not_bundled(self):
        with self.assertRaises(backend.BackendError) as caught:
            build({"IMPACTGRAPH_LIBRARY": FAKE_OTHER_ABI})
        self.assertIn("implements C ABI 99", str(caught.exception))


class Other(unittest.TestCase):
    def test_sdist(self):
        out = scratch()
        name = backend.build_sdist(str(out))
        self.assertEqual(name, "impactgraph-0.1.0.tar.gz")
        with tarfile.open(out / name) as tar:
            names = tar.getnames()
        for expected in ("PKG-INFO", "pyproject.toml", "_build_backend.py", "impactgraph/__init__.py"):
            self.assertIn("impactgraph-0.1.0/" + expected, names)
        self.assertFalse([n for n in names if n.endswith((".so", ".so.0"))])

    def test_editable(self):
        out = scratch()
        name = backend.build_editable(str(out))
        with zipfile.ZipFile(out / name) as z:
            self.assertEqual(z.read("_impactgraph_editable.pth").decode().strip(), str(PACKAGE_ROOT))

    def test_no_build_requirements(self):
        self.assertEqual((backend.get_requires_for_build_wheel(), backend.get_requires_for_build_sdist(),
                          backend.get_requires_for_build_editable()), ([], [], []))

    def test_the_toml_subset_reader_agrees_with_tomllib(self):
        text = (PACKAGE_ROOT / "pyproject.toml").read_text(encoding="utf-8")
        try:
            import tomllib
        except ImportError:
            self.skipTest("no tomllib to compare with")
        with mock.patch.dict(sys.modules, {"tomllib": None}):
            mine = backend._parse_toml(text)
        self.assertEqual(mine, tomllib.loads(text))


if __name__ == "__main__":
    unittest.main()
