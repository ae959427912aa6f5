"""examples/python/followup.py runs end to end; what it prints is checked against the
example model's JSON, read here with the json module alone."""
import json
import os
import subprocess
import sys
import unittest

import csv
import shutil

from helpers import CORPUS, EXAMPLE, PACKAGE_ROOT, SOURCE, cli_available, cli_json, scratch

import impactgraph as ig

SCRIPT = SOURCE / "examples" / "python" / "followup.py"


def run(*args):
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_ROOT))
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, env=env,
                          timeout=120)


def swedish(value, unit=""):
    """The script's number format, written out independently: 1 234,5."""
    whole, fraction = f"{value:.1f}".split(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:]] + groups
    text = " ".join([whole] + groups) + ("," + fraction if abs(value) < 1e6 else "")
    return f"{text} {unit}".strip()


class Followup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = scratch()
        cls.done = run("--output", cls.out)
        cls.doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))

    def test_runs(self):
        self.assertEqual(self.done.returncode, 0, self.done.stderr)
        self.assertIn("123 nodes on 7 levels, 198 edges, 38 indicators, 2956 observations", self.done.stdout)

    def test_every_goal_with_its_indicators_and_latest_county_value(self):
        goals = [n for n in self.doc["nodes"] if n["level"] == "goal"]
        self.assertEqual(len(goals), 3)
        for goal in goals:
            self.assertIn(f"{goal['id']}  {goal['label']}", self.done.stdout)
            for indicator in (i for i in self.doc["indicators"] if i["node"] == goal["id"]):
                series = [o for o in self.doc["observations"]
                          if o["indicator"] == indicator["id"] and o["geo"] == "0018"
                          and o.get("breakdown", "T") == "T" and o.get("value") is not None]
                latest = max(series, key=lambda o: o["period"])
                self.assertIn(f"{indicator['id']}: {indicator['label']}", self.done.stdout)
                self.assertIn(f"latest   {swedish(latest['value'], indicator.get('unit', ''))} ({latest['period']})",
                              self.done.stdout)

    def test_funding_in_all(self):
        total = sum(f["amount"] for n in self.doc["nodes"] if n["level"] == "activity" for f in n.get("funding", []))
        self.assertIn(f"in all               {swedish(total)}", self.done.stdout)

    def test_exports_read_back_as_the_example(self):
        with ig.load(EXAMPLE) as original:
            for exported in ("orebro.json", "orebro-csv"):
                with self.subTest(exported=exported), ig.load(self.out / exported) as back:
                    self.assertTrue(back.equals(original))
        self.assertTrue((self.out / "orebro.graphml").read_text(encoding="utf-8").startswith("<?xml"))
        self.assertTrue((self.out / "orebro-csv" / "nodes.csv").read_bytes().startswith(b"\xef\xbb\xbf"))

    @unittest.skipUnless(cli_available(), "the impactgraph command is not built")
    def test_the_analyses_are_the_commands(self):
        _, doc = cli_json("contributions", EXAMPLE, "--from", "activity", "--to", "goal", "--samples", "500",
                          "--seed", "1", expect=0)
        for goal in ("G1", "G2", "G3"):
            top = sorted((c for c in doc["contributions"] if c["target"] == goal), key=lambda c: -c["value"])[0]
            self.assertIn(f"    {top['source']:<5} {top['value']:6.3f}  [{top['p05']:.2f}, {top['p95']:.2f}], "
                          f"rank {top['rank_low']}–{top['rank_high']}", self.done.stdout)
        _, gaps = cli_json("gaps", EXAMPLE, expect=0)
        gaps.pop("model")
        self.assertEqual(json.loads((self.out / "gaps.json").read_text(encoding="utf-8")), gaps)
        self.assertIn(f"{gaps['summary']['warnings']} warnings", self.done.stdout)
        _, scores = cli_json("aggregate", EXAMPLE, expect=0)
        with open(self.out / "scores.csv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual([(r["node_id"], r["geo_id"], r["period"]) for r in rows],
                         [(s["node"], s["geo"], s["period"]) for s in scores["scores"]])
        g1 = [s for s in scores["scores"] if (s["node"], s["geo"]) == ("G1", "0018") and s["value"] is not None]
        latest = max(g1, key=lambda s: s["period"])
        self.assertIn(f"G1: {swedish(latest['value'])} ({latest['period']}", self.done.stdout)

    @unittest.skipUnless(cli_available(), "the impactgraph command is not built")
    def test_kolada_data_merged_first(self):
        kolada = SOURCE / "tests" / "data" / "kolada" / "v2_page1.json"
        copy = scratch() / "orebro.json"
        shutil.copy(EXAMPLE, copy)
        _, doc = cli_json("import", "kolada", kolada, "--model", copy, expect=0)
        done = run("--data", kolada, "--samples", "0")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn(f"Kolada: {doc['added']} observations added, {doc['changed']} changed", done.stdout)
        self.assertIn(f"{2956 + doc['added']} observations", done.stdout)

    def test_an_invalid_model_is_exit_1_with_its_findings(self):
        done = run(CORPUS / "cases" / "cycle.json")
        self.assertEqual(done.returncode, 1)
        self.assertIn("[cycle]", done.stderr)


if __name__ == "__main__":
    unittest.main()
