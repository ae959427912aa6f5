"""impactgraph analyze: the report's summary as terminal tables or one JSON document."""
import json
import unittest

from handmade import MODEL
from reporthelp import EXAMPLE, run, scratch, write_model


class Analyze(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.path = write_model(scratch(), MODEL)

    def test_json_funding_worked_out_by_hand(self):
        _, out, err = run("analyze", self.path, "--json", expect=0)
        self.assertEqual(err, "")  # no progress display with --json
        doc = json.loads(out)
        self.assertEqual(doc["model"], "Handmade")
        self.assertEqual(doc["counts"], {"nodes": 9, "edges": 10, "indicators": 7, "observations": 20,
                                         "geographies": 5})
        self.assertEqual(doc["periods"], ["2020", "2023"])
        self.assertEqual(doc["focus_geography"], "C")
        funding = doc["funding"]
        self.assertEqual(len(funding), 1)
        sek = funding[0]
        self.assertEqual(sek["currency"], "SEK")
        self.assertEqual(sek["total"], 200)
        self.assertEqual(sek["by_source"], [{"source": "S1", "amount": 140}, {"source": "S2", "amount": 60}])
        goals = {g["goal"]: g["amount"] for g in sek["reaching_goals"]}
        self.assertEqual(set(goals), {"G1", "G2"})
        self.assertAlmostEqual(goals["G1"], 151.25, places=9)
        self.assertAlmostEqual(goals["G2"], 38.75, places=9)
        self.assertAlmostEqual(sek["reaching_no_goal"], 10, places=9)
        self.assertEqual(doc["levels"][0], {"level": "vision", "nodes": 1})
        self.assertEqual(doc["levels"][-1], {"level": "activity", "nodes": 3})

    def test_json_status_and_contributions(self):
        _, out, _ = run("analyze", self.path, "--json", expect=0)
        doc = json.loads(out)
        # handmade.py: I1's level and I2's change targets are on track (worked out in
        # test_report_values); I2's disparity target too; I3 has one observation.
        self.assertEqual(doc["status"]["as_of"], "2023")
        self.assertEqual(doc["status"]["targets"]["on-track"], 3)
        self.assertEqual(doc["status"]["targets"]["not-available"], 1)
        self.assertEqual(doc["status"]["on_track_share"], 1.0)
        self.assertEqual(doc["largest_gaps"], [])
        shares = {(c["source"], c["target"]): c["value"] for c in doc["contributions"]["activities"]}
        self.assertAlmostEqual(shares[("A1", "G1")], 0.75, places=12)
        self.assertAlmostEqual(shares[("A2", "G1")], 0.25, places=12)
        self.assertAlmostEqual(shares[("A1", "G2")], 0.5, places=12)
        self.assertEqual(doc["contributions"]["areas"], [])
        self.assertEqual([m["analysis"] for m in doc["not_computed"]], ["contributions"])  # G3: trade-off only
        self.assertIn('"G3"', doc["not_computed"][0]["reason"])

    def test_not_computed_is_said(self):
        _, out, _ = run("analyze", self.path, "--json", expect=0)
        doc = json.loads(out)
        for key in ("status", "largest_gaps", "priority_mismatches", "contributions"):
            if doc[key] is None:
                self.assertTrue(doc["not_computed"], key)

    def test_tables(self):
        _, out, err = run("analyze", self.path, expect=0)
        self.assertEqual(err, "")  # stderr is not a terminal here: no progress display
        lines = out.splitlines()
        self.assertEqual(lines[0], "Handmade")
        start = lines.index("Funding by source (SEK)")
        self.assertEqual(lines[start + 3].split(), ["S1", "140", "70.0", "%"])
        self.assertEqual(lines[start + 4].split(), ["S2", "60", "30.0", "%"])
        self.assertEqual(lines[start + 5].split(), ["total", "200", "100.0", "%"])
        goals = lines.index("Funding reaching each goal (SEK)")
        self.assertEqual(lines[goals + 3].split(), ["G1", "Goal", "one", "151", "75.6", "%"])
        self.assertEqual(lines[goals + 4].split(), ["G2", "Goal", "two", "39", "19.4", "%"])
        self.assertEqual(lines[goals + 5].split(), ["-", "reaches", "no", "goal", "10", "5.0", "%"])
        self.assertTrue(any(l.startswith("Validation: 0 errors") for l in lines))
        for line in lines:
            self.assertEqual(line, line.rstrip(), "no trailing blanks")

    def test_example(self):
        _, out, _ = run("analyze", EXAMPLE, "--json", expect=0)
        doc = json.loads(out)
        model = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        total = sum(f["amount"] for n in model["nodes"] for f in n.get("funding", []))
        self.assertEqual(doc["funding"][0]["total"], total)
        reached = sum(g["amount"] for g in doc["funding"][0]["reaching_goals"])
        self.assertAlmostEqual(reached + doc["funding"][0]["reaching_no_goal"], total, delta=1e-6 * total)
        self.assertEqual(doc["counts"]["nodes"], len(model["nodes"]))

    def test_errors(self):
        status, out, _ = run("analyze", scratch() / "missing.json", "--json")
        self.assertEqual(status, 2)
        self.assertIn("error", json.loads(out))
        self.assertEqual(run("analyze", self.path, "--geo", "nowhere")[0], 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
