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


class AnalysesWithoutNumpyOrPandas(WithoutNumpyOrPandas):
    def test_results_are_lists(self):
        c = self.model.contributions("activity", "goal")
        self.assertIsInstance(c.column("value"), list)
        sources, targets, matrix = c.matrix()
        self.assertEqual(len(matrix), 2)
        self.assertAlmostEqual(matrix[0][1], -0.16, places=12)  # P1 -> G2
        self.assertEqual(self.model.influence().matrix("first"), [[0.0, 0.0], [0.3, 0.0]])
        with self.assertRaises(ImportError):
            c.to_pandas()
        with self.assertRaises(ImportError):
            self.model.aggregate().scores.to_pandas()
        self.assertEqual(c.to_dicts()[0]["source_id"], "P1")


@unittest.skipUnless(numpy is not None, "numpy is not installed")
class AnalysesWithNumpy(Setup):
    def test_columns_and_matrices(self):
        c = self.model.contributions("activity", "goal")
        values = c.column("value")
        self.assertIsInstance(values, numpy.ndarray)
        self.assertEqual(values.dtype, numpy.float64)
        self.assertEqual(c.column("source_index").dtype, numpy.int64)
        _, _, matrix = c.matrix("synergy")
        self.assertEqual(matrix.shape, (2, 2))
        self.assertEqual(matrix[1, 0], 0.5)  # P2 -> G1
        first = self.model.influence().first
        self.assertEqual(first.tolist(), [[0.0, 0.0], [0.3, 0.0]])
        sampled = self.model.contributions("activity", "goal", samples=20, seed=1)
        self.assertEqual(sampled.column("p05").dtype, numpy.float64)
        scores = self.model.aggregate().scores.column("value")
        self.assertIsInstance(scores, numpy.ndarray)


@unittest.skipUnless(pandas is not None, "pandas is not installed")
class AnalysesWithPandas(Setup):
    def test_frames(self):
        frame = self.model.contributions("activity", "goal").to_pandas()
        self.assertEqual(list(frame.columns)[:3], ["source_id", "target_id", "source_index"])
        self.assertAlmostEqual(frame.set_index(["source_id", "target_id"]).loc[("P1", "G1"), "value"], 0.752)
        self.assertTrue(frame["mean"].isna().all())  # no Monte Carlo
        self.assertEqual(str(frame["rank"].dtype), "Int64")
        sampled = self.model.contributions("activity", "goal", samples=20, seed=1).to_pandas()
        self.assertFalse(sampled["rank"].isna().any())
        funding = self.model.funding()
        self.assertEqual(funding.to_pandas().groupby("node_id")["amount"].sum()["G1"], 1_500_000)
        self.assertEqual(funding.totals.to_pandas()["amount"].sum(), 1_500_000)
        influence = self.model.influence().nodes.to_pandas()
        self.assertEqual(influence.set_index("node_id").loc["G2", "micmac"], "driver")
        report = self.model.gaps()
        self.assertEqual(len(report.gaps.to_pandas()), len(report.gaps))
        self.assertEqual(len(report.rollup.to_pandas()), 6)
        scores = self.model.aggregate().scores.to_pandas()
        self.assertEqual(scores["value"].dtype, numpy.float64)
        self.assertEqual(len(ig.gap_codes().to_pandas()), len(ig.gap_codes()))


class Helpers(unittest.TestCase):
    def test_float_array_turns_none_into_nan(self):
        out = list(_tables.float_array([1, None, 2.5]))
        self.assertEqual(out[0], 1.0)
        self.assertTrue(math.isnan(out[1]))


if __name__ == "__main__":
    unittest.main()
