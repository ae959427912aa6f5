"""impactgraph export: every format, to a file and to stdout, atomic writes, round trips."""
import json
import unittest
import xml.etree.ElementTree as ET

from clihelp import EXAMPLE, run, run_json, scratch

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def example_counts():
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return len(doc["nodes"]), len(doc["edges"])


class Export(unittest.TestCase):
    def test_json_round_trip_is_stable(self):
        out = scratch()
        run("export", EXAMPLE, "--format", "json", "--output", out / "a.json", expect=0)
        run("export", out / "a.json", "--format", "json", "--output", out / "b.json", expect=0)
        self.assertEqual((out / "a.json").read_bytes(), (out / "b.json").read_bytes())
        nodes, edges = example_counts()
        doc = json.loads((out / "a.json").read_text(encoding="utf-8"))
        self.assertEqual((len(doc["nodes"]), len(doc["edges"])), (nodes, edges))

    def test_json_to_stdout(self):
        _, out, _ = run("export", EXAMPLE, "--format", "json", expect=0)
        self.assertEqual(json.loads(out)["impactgraph"], 1)

    def test_csv_bundle_loads_back_to_the_same_model(self):
        out = scratch()
        run("export", EXAMPLE, "--format", "csv", "--output", out / "bundle", expect=0)
        self.assertTrue((out / "bundle" / "nodes.csv").is_file())
        run("export", out / "bundle", "--format", "json", "--output", out / "from_csv.json", expect=0)
        run("export", EXAMPLE, "--format", "json", "--output", out / "from_json.json", expect=0)
        a = json.loads((out / "from_csv.json").read_text(encoding="utf-8"))
        b = json.loads((out / "from_json.json").read_text(encoding="utf-8"))
        for key in ("nodes", "edges", "indicators", "geographies", "observations"):
            self.assertEqual(len(a.get(key, [])), len(b.get(key, [])), key)
        self.assertEqual([n["id"] for n in a["nodes"]], [n["id"] for n in b["nodes"]])

    def test_swedish_csv_style(self):
        out = scratch()
        run("export", EXAMPLE, "--format", "csv", "--csv-style", "swedish", "--output", out / "sv", expect=0)
        raw = (out / "sv" / "edges.csv").read_bytes()
        self.assertTrue(raw.startswith(b"\xef\xbb\xbf"))
        self.assertIn(b";", raw.splitlines()[0])
        run("validate", out / "sv", expect=0)

    def test_dot(self):
        _, out, _ = run("export", EXAMPLE, "--format", "dot", expect=0)
        self.assertTrue(out.lstrip().startswith("digraph"))
        self.assertEqual(out.count("->"), example_counts()[1])

    def test_graphml(self):
        out = scratch() / "m.graphml"
        run("export", EXAMPLE, "--format", "graphml", "--output", out, expect=0)
        root = ET.parse(out).getroot()
        nodes, edges = example_counts()
        self.assertEqual(len(root.findall(f".//{GRAPHML}node")), nodes)
        self.assertEqual(len(root.findall(f".//{GRAPHML}edge")), edges)

    def test_json_summary_with_output(self):
        out = scratch() / "m.dot"
        _, doc, _ = run_json("export", EXAMPLE, "--format", "dot", "--output", out, expect=0)
        self.assertEqual(doc["nodes"], example_counts()[0])


class ExportErrors(unittest.TestCase):
    def test_csv_needs_output(self):
        run("export", EXAMPLE, "--format", "csv", expect=2)

    def test_unknown_format(self):
        run("export", EXAMPLE, "--format", "xml", expect=2)

    def test_missing_format(self):
        run("export", EXAMPLE, expect=2)

    def test_invalid_model_exits_1_and_writes_nothing(self):
        out = scratch()
        bad = out / "cycle.json"
        bad.write_text('{"impactgraph": 1, "nodes": [{"id": "a", "level": "goal"}, {"id": "b", "level": "goal"}],'
                       ' "edges": [{"from": "a", "to": "b"}, {"from": "b", "to": "a"}]}')
        status, doc, _ = run_json("export", bad, "--format", "json", "--output", out / "x.json", expect=1)
        self.assertIn("cycle", [d["code"] for d in doc["diagnostics"]])
        self.assertFalse((out / "x.json").exists())

    def test_unwritable_output_exits_2(self):
        out = scratch()
        run("export", EXAMPLE, "--format", "json", "--output", out / "missing-dir" / "x.json", expect=2)
        self.assertFalse((out / "missing-dir").exists())

    def test_failed_export_leaves_the_old_file(self):
        out = scratch()
        target = out / "keep.json"
        target.write_text("old")
        bad = out / "bad.json"
        bad.write_text('{"impactgraph": 1, "nodes": [{"id": "a", "level": "nowhere"}], "edges": []}')
        run("export", bad, "--format", "json", "--output", target, expect=1)
        self.assertEqual(target.read_text(), "old")
        self.assertEqual(sorted(p.name for p in out.iterdir()), ["bad.json", "keep.json"])

if __name__ == "__main__":
    unittest.main()
