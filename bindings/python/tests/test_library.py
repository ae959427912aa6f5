"""Finding the library and refusing the wrong one: another ABI, one lacking functions,
a file that does not load, none at all."""
import ctypes.util
import os
import subprocess
import sys
import unittest

from helpers import PACKAGE_ROOT

import impactgraph as ig
from impactgraph import _library

FAKE_OTHER_ABI = os.environ.get("IMPACTGRAPH_FAKE_ABI_LIBRARY")  # ig_abi_version() == 99
FAKE_OLD = os.environ.get("IMPACTGRAPH_FAKE_OLD_LIBRARY")  # ig_abi_version() == 0, nothing else


def import_in_a_child(**env):
    """Runs `import impactgraph` from these sources in a new interpreter with `env`
    (None values unset); returns (exit status, stderr)."""
    child_env = {k: v for k, v in os.environ.items() if k not in env}
    child_env.update({k: v for k, v in env.items() if v is not None})
    child_env["PYTHONPATH"] = str(PACKAGE_ROOT)
    done = subprocess.run([sys.executable, "-c", "import impactgraph; print(impactgraph.library_path())"],
                          capture_output=True, text=True, env=child_env, cwd=str(PACKAGE_ROOT.parent), timeout=60)
    return done.returncode, done.stdout.strip(), done.stderr


class Refusals(unittest.TestCase):
    @unittest.skipUnless(FAKE_OTHER_ABI, "IMPACTGRAPH_FAKE_ABI_LIBRARY not set (ctest sets it)")
    def test_another_abi_is_refused_naming_both_versions(self):
        with self.assertRaises(ig.AbiVersionError) as caught:
            _library.open_library(FAKE_OTHER_ABI)
        e = caught.exception
        self.assertIsInstance(e, ImportError)
        self.assertEqual((e.found, e.expected), (99, 0))
        self.assertIn("implements C ABI version 99", str(e))
        self.assertIn("made for ABI version 0", str(e))
        self.assertIn(FAKE_OTHER_ABI, str(e))

    @unittest.skipUnless(FAKE_OTHER_ABI, "IMPACTGRAPH_FAKE_ABI_LIBRARY not set (ctest sets it)")
    def test_importing_with_another_abi_fails(self):
        status, _, err = import_in_a_child(IMPACTGRAPH_LIBRARY=FAKE_OTHER_ABI)
        self.assertNotEqual(status, 0)
        self.assertIn("AbiVersionError", err)
        self.assertIn("implements C ABI version 99, but this Python package was made for ABI version 0", err)

    @unittest.skipUnless(FAKE_OLD, "IMPACTGRAPH_FAKE_OLD_LIBRARY not set (ctest sets it)")
    def test_a_library_lacking_functions_is_refused(self):
        with self.assertRaises(ig.LibraryError) as caught:
            _library.open_library(FAKE_OLD)
        self.assertNotIsInstance(caught.exception, ig.AbiVersionError)
        self.assertIn("lacks ig_version, ig_version_string", str(caught.exception))
        self.assertRegex(str(caught.exception), r"and \d+ more")

    def test_a_file_that_does_not_load(self):
        with self.assertRaises(ig.LibraryNotFoundError) as caught:
            _library.open_library("/no/such/dir/libimpactgraph.so.0")
        self.assertIn("cannot load the library /no/such/dir/libimpactgraph.so.0", str(caught.exception))
        status, _, err = import_in_a_child(IMPACTGRAPH_LIBRARY="/no/such/dir/libimpactgraph.so.0")
        self.assertNotEqual(status, 0)
        self.assertIn("LibraryNotFoundError", err)

    def test_a_library_that_is_not_impactgraph(self):
        libm = ctypes.util.find_library("m")
        if not libm:
            self.skipTest("no libm to try")
        with self.assertRaises(ig.LibraryError) as caught:
            _library.open_library(libm)
        self.assertIn("is not libimpactgraph", str(caught.exception))

    def test_none_found_says_what_to_set(self):
        if ctypes.util.find_library("impactgraph") or _library.BUNDLED.is_file():
            self.skipTest("a libimpactgraph is installed where the loader finds it")
        status, _, err = import_in_a_child(IMPACTGRAPH_LIBRARY=None, LD_LIBRARY_PATH=None)
        self.assertNotEqual(status, 0)
        self.assertIn("libimpactgraph was not found. Set IMPACTGRAPH_LIBRARY to the path of libimpactgraph.so.0",
                      err)


class Found(unittest.TestCase):
    def test_the_named_library_is_used(self):
        named = os.environ.get("IMPACTGRAPH_LIBRARY")
        if not named:
            self.skipTest("IMPACTGRAPH_LIBRARY not set")
        self.assertEqual(ig.library_path(), named)
        status, out, err = import_in_a_child(IMPACTGRAPH_LIBRARY=named)
        self.assertEqual((status, out), (0, named), err)

    def test_the_search_order(self):
        saved = os.environ.pop("IMPACTGRAPH_LIBRARY", None)
        try:
            order = _library.candidates()
            self.assertEqual(order[-1], ("system", "libimpactgraph.so.0"))
            os.environ["IMPACTGRAPH_LIBRARY"] = "/x/libimpactgraph.so.0"
            self.assertEqual(_library.candidates(), [("IMPACTGRAPH_LIBRARY", "/x/libimpactgraph.so.0")])
        finally:
            os.environ.pop("IMPACTGRAPH_LIBRARY", None)
            if saved is not None:
                os.environ["IMPACTGRAPH_LIBRARY"] = saved


if __name__ == "__main__":
    unittest.main()
