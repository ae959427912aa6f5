"""numpy arrays and pandas DataFrames when those are installed; plain lists when not."""
import math
import sys
import unittest
from unittest import mock

from helpers import SMALL_TEXT

import impactgraph as ig
from impactgraph import _tables

try:
    import numpy
except ImportError:
    numpy = None
try:
    import pandas
except ImportError:
    pandas = None


class Setup(unittest.TestCase):
    def setUp(self):
        self.model = ig.load_json_string(SMALL_TEXT)

    def tearDown(self):
        self.model.close()


class WithoutNumpyOrPandas(Setup):
    def setUp(self):
        super().setUp()
        patcher = mock.patch.dict(sys.modules, {"numpy": None, "pandas": None})  # import fails
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_numbers_are_lists(self):
        weights = self.model.edges.weights()
        self.assertIsInstance(weights, list)
        self.assertEqual(weights, [1.0, 1.0, 0.3, 1.0, -0.2, 0.8, 0.5])
        values = self.model.observations.values()
        self.assertEqual(values[:2], [79.3, 77.0])
        self.assertTrue(math.isnan(values[2]) and math.isnan(values[4]))
        offsets, targets, _ = self.model.adjacency()
        self.assertEqual((offsets, targets), ([0, 0, 1, 3, 5, 6, 7], [0, 0, 1, 1, 2, 3, 3]))
        self.assertEqual(self.model.nodes.column("id"), ["V", "G1", "G2", "O1", "P1", "P2"])

    def test_to_pandas_says_what_is_missing(self):
        with self.assertRaises(ImportError) as caught:
            self.model.nodes.to_pandas()
        self.assertIn("to_pandas() needs pandas", str(caught.exception))
        with self.assertRaises(ImportError):
            self.model.validate().to_pandas()

    def test_an_unknown_column(self):
        with self.assertRaises(KeyError):
            self.model.nodes.column("colour")


@unittest.skipUnless(numpy is not None, "numpy is not installed")
class WithNumpy(Setup):
    def test_arrays(self):
        weights = self.model.edges.weights()
        self.assertIsInstance(weights, numpy.ndarray)
        self.assertEqual(weights.dtype, numpy.float64)
        self.assertEqual(weights.tolist(), [1.0, 1.0, 0.3, 1.0, -0.2, 0.8, 0.5])
        values = self.model.observations.values()
        self.assertEqual(numpy.isnan(values).tolist(), [False, False, True, False, True])
        offsets, targets, _ = self.model.adjacency()
        self.assertEqual((offsets.dtype, targets.dtype), (numpy.int64, numpy.int64))
        self.assertEqual(offsets.tolist(), [0, 0, 1, 3, 5, 6, 7])
        self.assertEqual(self.model.nodes.column("in_degree").tolist(), [2, 2, 1, 2, 0, 0])
        self.assertEqual(self.model.nodes.column("label")[0], "Visionen")  # text stays a list

    def test_numpy_integers_index(self):
        _, targets, _ = self.model.adjacency()
        self.assertEqual(self.model.nodes[targets[2]].id, "G1")
        self.assertEqual(self.model.successors(numpy.int64(2)), ["V", "G1"])


@unittest.skipUnless(pandas is not None, "pandas is not installed")
class WithPandas(Setup):
    def test_nodes(self):
        frame = self.model.nodes.to_pandas()
        self.assertEqual(frame.shape, (6, 12))
        self.assertEqual(list(frame.columns)[:4], ["index", "id", "level", "level_index"])
        self.assertEqual(frame.loc[4, "tags"], {"area": "A1", "owner": "RU"})
        self.assertEqual(frame["out_degree"].sum(), 7)

    def test_observations_have_nan_for_missing(self):
        frame = self.model.observations.to_pandas()
        self.assertEqual(frame["value"].dtype, numpy.float64)
        self.assertEqual(frame["value"].isna().tolist(), [False, False, True, False, True])
        self.assertEqual(frame.groupby("indicator")["value"].count().to_dict(), {"I1": 2, "I_ord": 1, "I_txt": 0})

    def test_optional_ints_stay_ints(self):
        frame = self.model.geographies.to_pandas()
        self.assertEqual(str(frame["parent_index"].dtype), "Int64")
        self.assertEqual(frame["parent_index"].isna().tolist(), [True, False, True, True])

    def test_diagnostics(self):
        frame = self.model.validate().to_pandas()
        self.assertEqual(list(frame["code"]), ["level-order"])
        self.assertNotIn("formatted", frame.columns)

    def test_edges_and_indicators(self):
        self.assertAlmostEqual(self.model.edges.to_pandas()["weight"].sum(), 4.4)  # 1+1+0.3+1-0.2+0.8+0.5
        self.assertEqual(self.model.indicators.to_pandas().set_index("id").loc["I_r", "factor"], 1000.0)


class Helpers(unittest.TestCase):
    def test_float_array_turns_none_into_nan(self):
        out = list(_tables.float_array([1, None, 2.5]))
        self.assertEqual(out[0], 1.0)
        self.assertTrue(math.isnan(out[1]))


if __name__ == "__main__":
    unittest.main()
