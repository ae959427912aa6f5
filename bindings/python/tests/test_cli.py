"""The package gives what the command line gives: validate --json diagnostics, export
output byte for byte, and records equal to the exported JSON document, on the example."""
import json
import unittest

from helpers import CORPUS, EXAMPLE, EXAMPLE_CSV, cli_available, cli_json, run_cli, scratch

import impactgraph as ig


@unittest.skipUnless(cli_available(), "the impactgraph command is not built (set IMPACTGRAPH_CLI)")
class Validate(unittest.TestCase):
    def check_same(self, path):
        _, doc = cli_json("validate", path)
        found = ig.validate_path(path)
        self.assertEqual(found.to_dicts(), doc["diagnostics"])
        self.assertEqual((found.valid, found.error_count, found.warning_count),
                         (doc["valid"], doc["errors"], doc["warnings"]))
        return found

    def test_example(self):
        found = self.check_same(EXAMPLE)
        self.assertTrue(found.valid)
        self.check_same(EXAMPLE_CSV)

    def test_every_corpus_case(self):
        for case in sorted((CORPUS / "cases").iterdir()):
            with self.subTest(case=case.name):
                self.assertFalse(self.check_same(case).valid)

    def test_missing_file(self):
        self.assertEqual(self.check_same("no/such/model.json").codes(), ["io-error"])

    def test_frozen_model_warnings_are_the_validate_warnings(self):
        _, doc = cli_json("validate", EXAMPLE)
        with ig.load(EXAMPLE) as m:
            self.assertEqual(m.validate().to_dicts(), doc["diagnostics"])


@unittest.skipUnless(cli_available(), "the impactgraph command is not built (set IMPACTGRAPH_CLI)")
class Export(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = ig.load(EXAMPLE)

    @classmethod
    def tearDownClass(cls):
        cls.model.close()

    def test_text_formats_byte_for_byte(self):
        for fmt in ("json", "dot", "graphml"):
            with self.subTest(format=fmt):
                _, out, _ = run_cli("export", EXAMPLE, "--format", fmt, expect=0)
                self.assertEqual(self.model.write_string(fmt).encode("utf-8"), out)

    def test_files_byte_for_byte(self):
        where = scratch()
        for fmt, name in (("json", "m.json"), ("graphml", "m.graphml"), ("dot", "m.dot")):
            with self.subTest(format=fmt):
                run_cli("export", EXAMPLE, "--format", fmt, "--output", where / ("cli-" + name), expect=0)
                self.model.export(where / ("py-" + name))
                self.assertEqual((where / ("py-" + name)).read_bytes(), (where / ("cli-" + name)).read_bytes())

    def test_csv_bundles_file_for_file(self):
        where = scratch()
        for style in ("comma", "swedish"):
            with self.subTest(style=style):
                _, doc = cli_json("export", EXAMPLE, "--format", "csv", "--csv-style", style,
                                  "--output", where / ("cli-" + style), expect=0)
                self.model.export(where / ("py-" + style), "csv", csv_style=style)
                cli_files = sorted(p.name for p in (where / ("cli-" + style)).iterdir())
                self.assertEqual(sorted(p.name for p in (where / ("py-" + style)).iterdir()), cli_files)
                self.assertIn("observations.csv", cli_files)
                for name in cli_files:
                    self.assertEqual((where / ("py-" + style) / name).read_bytes(),
                                     (where / ("cli-" + style) / name).read_bytes(), name)
                self.assertEqual((doc["nodes"], doc["edges"], doc["indicators"], doc["observations"]),
                                 (len(self.model.nodes), len(self.model.edges), len(self.model.indicators),
                                  len(self.model.observations)))


@unittest.skipUnless(cli_available(), "the impactgraph command is not built (set IMPACTGRAPH_CLI)")
class RecordsMatchTheExportedDocument(unittest.TestCase):
    """Every record field of the example against the JSON the command exports (defaults
    are left out of that document, so they are filled in here as docs/format.md says)."""

    @classmethod
    def setUpClass(cls):
        _, out, _ = run_cli("export", EXAMPLE, "--format", "json", expect=0)
        cls.doc = json.loads(out.decode("utf-8"))
        cls.model = ig.load(EXAMPLE)

    @classmethod
    def tearDownClass(cls):
        cls.model.close()

    def test_name_and_levels(self):
        self.assertEqual(self.model.name, self.doc["name"])
        self.assertEqual(list(self.model.levels), self.doc["levels"])

    def test_nodes(self):
        self.assertEqual(len(self.model.nodes), len(self.doc["nodes"]))
        for n, d in zip(self.model.nodes, self.doc["nodes"]):
            self.assertEqual((n.id, n.level, n.label, n.description, n.start, n.end),
                             (d["id"], d["level"], d.get("label", ""), d.get("description", ""),
                              d.get("start", ""), d.get("end", "")))
            self.assertEqual(n.tags, d.get("tags", {}))
            self.assertEqual([(f.amount, f.currency, f.source, f.period) for f in n.funding],
                             [(f["amount"], f.get("currency", ""), f.get("source", ""), f.get("period", ""))
                              for f in d.get("funding", [])])

    def test_edges(self):
        def key(e):
            return (e["from"], e["to"], e.get("weight", 1), tuple(e.get("weight_range", ())), e.get("confidence"),
                    e.get("assumption", ""), e.get("evidence"))

        mine = sorted((e.from_id, e.to_id, e.weight, tuple(e.weight_range or ()), e.confidence, e.assumption,
                       e.evidence) for e in self.model.edges)
        self.assertEqual(mine, sorted(key(e) for e in self.doc["edges"]))
        self.assertTrue(any(e.weight < 0 for e in self.model.edges))

    def test_indicators(self):
        self.assertEqual(len(self.model.indicators), len(self.doc["indicators"]))
        for i, d in zip(self.model.indicators, self.doc["indicators"]):
            targets = d.get("targets", [d["target"]] if "target" in d else [])
            self.assertEqual(
                (i.id, i.node_id, i.label, i.description, i.unit, i.direction, i.source, i.measure, i.numerator,
                 i.denominator, i.factor, i.scale, i.geo_aggregation, i.geo_weight, i.time_aggregation, i.weight),
                (d["id"], d["node"], d.get("label", ""), d.get("description", ""), d.get("unit", ""),
                 d.get("direction"), d.get("source", ""), d.get("measure", "number"), d.get("numerator"),
                 d.get("denominator"), d.get("factor", 1), tuple(d["scale"]) if "scale" in d else None,
                 d.get("geo_aggregation"), d.get("geo_weight"), d.get("time_aggregation"), d.get("weight", 1)))
            self.assertEqual(i.baseline, ig.Baseline(**d["baseline"]) if "baseline" in d else None)
            self.assertEqual(i.targets, tuple(
                ig.Target(t.get("kind", "level"), t.get("period", ""), t.get("base_period", ""), t.get("value"),
                          t.get("op", ""), tuple(t.get("geos", ())), t.get("compare", ""),
                          tuple(t.get("between", ()))) for t in targets))
        kinds = {t.kind for i in self.model.indicators for t in i.targets}
        self.assertEqual(kinds, {"level", "change", "threshold", "direction", "peers", "disparity"})

    def test_geographies_and_observations(self):
        self.assertEqual([(g.id, g.name, g.parent) for g in self.model.geographies],
                         [(g["id"], g.get("name", ""), g.get("parent")) for g in self.doc["geographies"]])
        self.assertEqual(
            [(o.indicator, o.geo, o.period, o.breakdown, o.value, o.text, o.status) for o in self.model.observations],
            [(o["indicator"], o["geo"], o["period"], o.get("breakdown", "T"), o.get("value"), o.get("text", ""),
              o.get("status", "")) for o in self.doc["observations"]])


if __name__ == "__main__":
    unittest.main()
