"""impactgraph aggregate: the hand model of docs/aggregation.md against its hand-worked
scores, options, errors, and the Örebro example (scores within [0, 100] under min-max,
coverage within [0, 1]); --sensitivity."""
import json
import math
import unittest

from clihelp import EXAMPLE, SOURCE, run, run_json, scratch

HAND = SOURCE / "tests" / "capi" / "data" / "hand.json"
CSV_EXAMPLE = SOURCE / "examples" / "orebro" / "csv"


def scores(doc):
    return {(s["node"], s["geo"], s["period"]): s for s in doc["scores"]}


class HandModel(unittest.TestCase):
    def test_scores_as_worked_by_hand(self):
        _, doc, _ = run_json("aggregate", HAND, expect=0)
        self.assertEqual(set(doc), {"scores", "assessments", "diagnostics"})
        s = scores(doc)
        for key in s.values():
            self.assertEqual(set(key), {"node", "geo", "period", "value", "coverage", "imputed"})
        self.assertAlmostEqual(s[("E1", "R", "2020")]["value"], 50.0)
        self.assertAlmostEqual(s[("E1", "M2", "2020")]["value"], 75.0)
        self.assertAlmostEqual(s[("G", "M1", "2020")]["value"], 0.0)
        self.assertAlmostEqual(s[("G", "M2", "2020")]["value"], 43.75)
        self.assertAlmostEqual(s[("G", "M3", "2020")]["value"], 250 / 3)
        self.assertAlmostEqual(s[("G", "M3", "2020")]["coverage"], 0.75)
        self.assertAlmostEqual(s[("G", "R", "2020")]["value"], 175 / 3)
        self.assertNotIn(("E2", "M3", "2020"), s)  # no input there
        self.assertEqual(len(s), 11)
        self.assertEqual(doc["assessments"], [{"indicator": "T1", "node": "G", "geo": "R", "period": "2020",
                                               "breakdown": "T", "text": "Good progress.", "status": ""}])

    def test_min_coverage_leaves_a_missing_value(self):
        _, doc, _ = run_json("aggregate", HAND, "--min-coverage", "0.8", expect=0)
        row = scores(doc)[("G", "M3", "2020")]
        self.assertIsNone(row["value"])
        self.assertAlmostEqual(row["coverage"], 0.75)

    def test_methods(self):
        _, doc, _ = run_json("aggregate", HAND, "--node-method", "G=minimum", expect=0)
        self.assertAlmostEqual(scores(doc)[("G", "M3", "2020")]["value"], 75.0)
        _, doc, _ = run_json("aggregate", HAND, "--aggregation", "generalised", "--p", "2", expect=0)
        self.assertAlmostEqual(scores(doc)[("E1", "M2", "2020")]["value"], math.sqrt(6250))

    def test_selection_and_indicator_values(self):
        _, doc, _ = run_json("aggregate", HAND, "--geo", "M2", "--indicators", expect=0)
        self.assertEqual({s["geo"] for s in doc["scores"]}, {"M2"})
        values = {(v["indicator"], v["geo"]): v for v in doc["indicators"]}
        self.assertAlmostEqual(values[("I1", "M2")]["normalised"], 50.0)
        self.assertEqual(values[("I1", "M2")]["flags"], ["observed"])
        _, doc, _ = run_json("aggregate", HAND, "--geo", "R", "--indicators", expect=0)
        values = {(v["indicator"], v["geo"]): v for v in doc["indicators"]}
        self.assertEqual(values[("I1", "R")]["value"], 20.0)
        self.assertEqual(values[("I1", "R")]["flags"], ["geo_aggregated"])

    def test_table_output(self):
        _, out, _ = run("aggregate", HAND, expect=0)
        self.assertIn("coverage", out.splitlines()[0])
        self.assertIn("43.75", out)
        self.assertIn("Good progress.", out)


class Errors(unittest.TestCase):
    def test_unknown_method_is_a_usage_error(self):
        status, doc, _ = run_json("aggregate", HAND, "--normalise", "sideways", expect=2)
        self.assertEqual(doc["error"]["code"], "usage")
        run("aggregate", HAND, "--aggregation", "mean", expect=2)
        run("aggregate", HAND, "--node-method", "G", expect=2)

    def test_unknown_ids_are_usage_errors(self):
        _, doc, _ = run_json("aggregate", HAND, "--geo", "nowhere", expect=2)
        self.assertIn("nowhere", doc["error"]["message"])
        run("aggregate", HAND, "--node-method", "X=minimum", expect=2)
        run("aggregate", HAND, "--period", "1999", expect=2)

    def test_invalid_model_exits_1(self):
        run("aggregate", SOURCE / "tests" / "capi" / "data" / "cyclic.json", expect=1)

    def test_missing_file_exits_2(self):
        run("aggregate", scratch() / "missing.json", expect=2)


class Orebro(unittest.TestCase):
    def test_minmax_scores_within_0_100_and_coverage_within_0_1(self):
        _, doc, _ = run_json("aggregate", EXAMPLE, expect=0)
        self.assertGreater(len(doc["scores"]), 1000)
        for s in doc["scores"]:
            if s["value"] is not None:
                self.assertGreaterEqual(s["value"], 0.0)
                self.assertLessEqual(s["value"], 100.0)
            self.assertGreater(s["coverage"], 0.0)
            self.assertLessEqual(s["coverage"], 1.0)
        nodes = {s["node"] for s in doc["scores"]}
        self.assertTrue({"vision", "G1", "G2", "G3", "C4", "A01"} <= nodes)
        self.assertNotIn("P39", nodes)  # an activity with no data below or at it
        codes = {d["code"] for d in doc["diagnostics"]}
        self.assertIn("negative-weight", codes)  # E25 -> G3 and E21 -> C5
        self.assertTrue(any(a["indicator"] == "I_bedomning_C4" for a in doc["assessments"]))

    def test_csv_bundle_scores_the_same(self):
        _, a, _ = run_json("aggregate", EXAMPLE, "--geo", "0018", expect=0)
        _, b, _ = run_json("aggregate", CSV_EXAMPLE, "--geo", "0018", expect=0)
        self.assertEqual(len(a["scores"]), len(b["scores"]))
        for x, y in zip(a["scores"], b["scores"]):
            self.assertEqual((x["node"], x["period"]), (y["node"], y["period"]))
            if x["value"] is None:
                self.assertIsNone(y["value"])
            else:
                self.assertAlmostEqual(x["value"], y["value"], places=9)

    def test_options_keep_the_bounds(self):
        _, doc, _ = run_json("aggregate", EXAMPLE, "--impute", "carry_forward", "--outliers", "winsorise",
                             "--aggregation", "geometric", "--min-coverage", "0.5", "--indicators", expect=0)
        self.assertTrue(any(s["imputed"] for s in doc["scores"]))
        self.assertTrue(any("imputed" in v["flags"] for v in doc["indicators"]))
        for s in doc["scores"]:
            if s["value"] is not None:
                self.assertTrue(0.0 <= s["value"] <= 100.0)
                self.assertGreaterEqual(s["coverage"], 0.5)

    def test_sensitivity(self):
        args = ("aggregate", EXAMPLE, "--period", "2023", "--sensitivity", "20", "--seed", "3")
        _, doc, _ = run_json(*args, expect=0)
        sa = doc["sensitivity"]
        self.assertEqual(sa["target"], "vision")
        self.assertEqual(sa["period"], "2023")
        self.assertEqual(sa["inputs"], ["weights", "normalisation", "aggregation"])
        self.assertEqual(sa["runs"], 20 * 5)
        self.assertGreater(len(sa["units"]), 10)
        for u in sa["units"]:
            self.assertTrue(1 <= u["p05"] <= u["median_rank"] <= u["p95"] <= len(sa["units"]))
        self.assertEqual([s["input"] for s in sa["sobol"]], sa["inputs"])
        _, again, _ = run_json(*args, expect=0)
        self.assertEqual(again["sensitivity"], sa)  # the same seed, the same analysis
        _, out, _ = run(*args, expect=0)
        self.assertIn("median", out)

    def test_sensitivity_needs_two_units(self):
        run("aggregate", EXAMPLE, "--geo", "1880", "--sensitivity", "10", expect=2)


if __name__ == "__main__":
    unittest.main()
