"""The analyses give what the command line gives, on the Örebro example: contributions
(each mode, Monte Carlo with a seed), funding, influence, aggregate (with indicators and a
sensitivity analysis), gaps (both languages) and Kolada import; and figures worked out by
hand on small models."""
import json
import math
import shutil
import unittest

from helpers import EXAMPLE, EXAMPLE_CSV, SMALL, SMALL_TEXT, SOURCE, cli_available, cli_json, scratch

import impactgraph as ig

KOLADA = SOURCE / "tests" / "data" / "kolada"


@unittest.skipUnless(cli_available(), "the impactgraph command is not built (set IMPACTGRAPH_CLI)")
class SameAsTheCommand(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = ig.load(EXAMPLE)

    @classmethod
    def tearDownClass(cls):
        cls.model.close()

    def same(self, python_doc, *command, expect=0):
        _, doc = cli_json(*command, expect=expect)
        self.assertEqual(python_doc, doc)
        return doc

    def test_contributions_each_mode(self):
        m = self.model
        for mode in ("path", "flow", "attribution"):
            with self.subTest(mode=mode):
                doc = self.same(m.contributions(mode=mode).to_dict(), "contributions", EXAMPLE, "--mode", mode)
                self.assertGreater(len(doc["contributions"]), 0)
        self.same(m.contributions("activity", "goal", "flow", normalisation="signed").to_dict(),
                  "contributions", EXAMPLE, "--from", "activity", "--to", "goal", "--mode", "flow",
                  "--normalise", "signed")
        self.same(m.contributions(["P01", "P02"], ["G1", "G3"], sign_rule="any-negative").to_dict(),
                  "contributions", EXAMPLE, "--sources", "P01,P02", "--targets", "G1,G3", "--sign-rule", "any-negative")
        self.same(m.contributions(ig.Selection(levels="output", ids="P01"), "vision").to_dict(),
                  "contributions", EXAMPLE, "--from", "output", "--sources", "P01", "--to", "vision")

    def test_contributions_monte_carlo_with_a_seed(self):
        m = self.model
        found = m.contributions(samples=300, seed=42, threads=2)
        doc = self.same(found.to_dict(), "contributions", EXAMPLE, "--samples", "300", "--seed", "42")
        self.assertEqual(doc["samples"], 300)
        for c in found:
            self.assertLessEqual(c.p05, c.p95)
            self.assertLessEqual(c.rank_low, c.rank_high)
        self.same(m.contributions("activity", "goal", "attribution", samples=100, seed=7,
                                  distribution="triangular").to_dict(),
                  "contributions", EXAMPLE, "--from", "activity", "--to", "goal", "--mode", "attribution",
                  "--samples", "100", "--seed", "7", "--distribution", "triangular")
        # the same seed gives the same result, another seed another
        self.assertEqual(m.contributions(samples=50, seed=1), m.contributions(samples=50, seed=1, threads=1))
        self.assertNotEqual(m.contributions(samples=50, seed=1), m.contributions(samples=50, seed=2))

    def test_funding(self):
        m = self.model
        self.same(m.funding().to_dict(), "funding", EXAMPLE)
        self.same(m.funding("goal", group_by="area").to_dict(), "funding", EXAMPLE, "--to", "goal", "--group-by", "area")
        self.same(m.funding(["G1", "G2"], periods=["2022", "2023"], normalisation="signed").to_dict(),
                  "funding", EXAMPLE, "--nodes", "G1,G2", "--period", "2022,2023", "--normalise", "signed")

    def test_influence(self):
        m = self.model
        doc = self.same(m.influence().to_dict(), "influence", EXAMPLE)
        self.assertGreater(len(doc["pairs"]), 0)
        self.same(m.influence(["effect", "goal"], sign_rule="any-negative").to_dict(),
                  "influence", EXAMPLE, "--level", "effect,goal", "--sign-rule", "any-negative")

    def test_aggregate(self):
        m = self.model
        self.same(m.aggregate().to_dict(indicators=True), "aggregate", EXAMPLE, "--indicators")
        self.same(m.aggregate(normalisation="zscore", imputation="carry_forward", method="geometric",
                              min_coverage=0.5, geos=["0018", "1880"]).to_dict(),
                  "aggregate", EXAMPLE, "--normalise", "zscore", "--impute", "carry_forward", "--aggregation",
                  "geometric", "--min-coverage", "0.5", "--geo", "0018", "--geo", "1880")
        options = ig.AggregateOptions(normalisation="percentile_rank", across_periods=True,
                                      indicator_normalisation={"I_nri": "rank"}, grain="year", window=2,
                                      outliers="winsorise", negative_weights="invert", node_methods={"G1": "median"})
        self.same(m.aggregate(options).to_dict(indicators=True),
                  "aggregate", EXAMPLE, "--normalise", "percentile_rank", "--across-periods",
                  "--indicator-normalise", "I_nri=rank", "--grain", "year", "--window", "2", "--outliers",
                  "winsorise", "--negative-weights", "invert", "--node-method", "G1=median", "--indicators")

    def test_aggregate_with_sensitivity(self):
        m = self.model
        doc = m.aggregate().to_dict()
        doc["sensitivity"] = m.sensitivity(20, seed=3).to_dict()
        self.same(doc, "aggregate", EXAMPLE, "--sensitivity", "20", "--seed", "3")
        found = m.sensitivity(10, weights="dirichlet", methods=(), sobol=False, period="2022")
        doc = m.aggregate().to_dict()
        doc["sensitivity"] = found.to_dict()
        self.same(doc, "aggregate", EXAMPLE, "--sensitivity", "10", "--weights", "dirichlet", "--alt-aggregation", "",
                  "--no-sobol", "--sensitivity-period", "2022")
        self.assertEqual(found.sobol.to_list(), [])
        self.assertEqual(found.period, "2022")

    def test_gaps(self):
        m = self.model
        for lang in ("en", "sv"):
            with self.subTest(lang=lang):
                self.same(m.gaps(lang).to_dict(model=str(EXAMPLE)), "gaps", EXAMPLE, "--lang", lang)
        self.same(m.gaps(as_of="2021", region="0018", stale_after=1, coverage_threshold=0.8, cv_threshold=0.1,
                         max_min_threshold=1.2, gender_gap_threshold=0.05, mismatch_threshold=0.1,
                         measured_levels=["goal"], priority_levels=["goal", "effect"], silo_tags=["area"])
                  .to_dict(model=str(EXAMPLE)),
                  "gaps", EXAMPLE, "--as-of", "2021", "--region", "0018", "--stale-after", "1", "--coverage", "0.8",
                  "--cv", "0.1", "--max-min", "1.2", "--gender-gap", "0.05", "--mismatch", "0.1",
                  "--measure-level", "goal", "--priority-level", "goal", "--priority-level", "effect",
                  "--silo-tag", "area")
        self.same(m.gaps(silo_tags=[]).to_dict(model=str(EXAMPLE)), "gaps", EXAMPLE, "--no-silos")

    def test_kolada_import_json_and_csv(self):
        files = [KOLADA / "v2_page1.json", KOLADA / "v3_revised.json"]
        where = scratch()
        for name, source in (("orebro.json", EXAMPLE), ("csv", EXAMPLE_CSV)):
            with self.subTest(model=name):
                mine, theirs = where / ("py-" + name), where / ("cli-" + name)
                for target in (mine, theirs):
                    (shutil.copytree if source.is_dir() else shutil.copy)(source, target)
                result = ig.import_kolada(mine, files)
                _, doc = cli_json("import", "kolada", *files, "--model", theirs, expect=0)
                self.assertEqual(result.to_dict(), {k: v for k, v in doc.items()
                                                    if k not in ("model", "source", "files")})
                with ig.load(mine) as a, ig.load(theirs) as b:
                    self.assertTrue(a.equals(b))
        # Model.import_kolada: the same observations, in a new model; the old one unchanged.
        with ig.load(EXAMPLE) as m, ig.load(where / "py-orebro.json") as written:
            merged, result = m.import_kolada(files)
            with merged:
                self.assertTrue(merged.equals(written))
                self.assertEqual(len(merged.observations), len(m.observations) + result.added)


class HandComputed(unittest.TestCase):
    """SMALL's graph: P1 -0.8-> O1, P2 -0.5-> O1, O1 -1-> G1, O1 -(-0.2)-> G2, G2 -0.3-> G1,
    G1 -1-> V, G2 -1-> V."""

    def setUp(self):
        self.m = ig.load_json_string(SMALL_TEXT)
        self.addCleanup(self.m.close)

    def test_path_contributions(self):
        c = self.m.contributions("activity", "goal")
        # by target in selection order (G1, G2), then source
        self.assertEqual([(x.source_id, x.target_id) for x in c], [("P1", "G1"), ("P2", "G1"), ("P1", "G2"),
                                                                  ("P2", "G2")])
        p1g1 = c.get("P1", "G1")
        # P1-O1-G1 = 0.8; P1-O1-G2-G1 = 0.8 * -0.2 * 0.3 = -0.048
        self.assertAlmostEqual(p1g1.value, 0.752, places=12)
        self.assertAlmostEqual(p1g1.synergy, 0.8, places=12)
        self.assertAlmostEqual(p1g1.trade_off, -0.048, places=12)
        self.assertAlmostEqual(c.get("P2", "G1").value, 0.5 - 0.03, places=12)
        self.assertAlmostEqual(c.get("P1", "G2").value, -0.16, places=12)
        self.assertIsNone(c.get("P1", "P2"))
        self.assertIsNone(p1g1.mean)
        self.assertEqual(c.samples, 0)
        # defaults: the lowest level with nodes to the highest: P1 -> V = 0.752 - 0.16
        default = self.m.contributions()
        self.assertEqual([(x.source_id, x.target_id) for x in default], [("P1", "V"), ("P2", "V")])
        self.assertAlmostEqual(default[0].value, 0.592, places=12)
        self.assertAlmostEqual(default[0].trade_off, -0.048 - 0.16, places=12)

    def test_flow_positive_and_signed(self):
        # positive: O1 passes everything to G1 (G2's edge is a trade-off); signed: 1/0.8 and -0.2/0.8
        flow = self.m.contributions("P1", ["G1", "V"], "flow")
        self.assertAlmostEqual(flow.get("P1", "G1").value, 1.0, places=12)
        self.assertAlmostEqual(flow.get("P1", "V").value, 1.0, places=12)
        signed = self.m.contributions("P1", "G1", "flow", normalisation="signed")
        self.assertAlmostEqual(signed[0].value, 1.25 + (-0.25) * (0.3 / 1.3), places=12)
        self.assertEqual((signed.mode, signed.normalisation), ("flow", "signed"))

    def test_monte_carlo_intervals_hold_the_ranges(self):
        c = self.m.contributions("P1", "O1", samples=200, seed=5)
        # one edge, 0.8 on [0.5, 1.0]: every sample lies in that range
        x = c[0]
        self.assertEqual(c.samples, 200)
        self.assertTrue(0.5 <= x.p05 <= x.mean <= x.p95 <= 1.0)
        self.assertEqual((x.rank, x.rank_low, x.rank_high), (1, 1, 1))

    def test_matrix(self):
        sources, targets, matrix = self.m.contributions("activity", "goal").matrix()
        self.assertEqual((sources, targets), (["P1", "P2"], ["G1", "G2"]))
        self.assertAlmostEqual(float(matrix[1][1]), -0.1, places=12)

    def test_funding(self):
        f = self.m.funding()
        o1 = {(x.group, x.currency): x for x in f.of_node("O1")}
        # all of P1's money flows on to O1 and G1 (G2 gets nothing under positive normalisation)
        self.assertEqual(o1[("ERUF", "SEK")].amount, 1_200_000)
        self.assertEqual(o1[("own", "SEK")].amount, 300_000)
        self.assertEqual(o1[("ERUF", "SEK")].direct, 0)
        self.assertEqual(sum(x.amount for x in f.of_node("G1")), 1_500_000)
        self.assertEqual(sum(x.amount for x in f.of_node("G2")), 0)
        p1 = {x.group: x for x in f.of_node("P1")}
        self.assertEqual((p1["ERUF"].direct, p1["ERUF"].level), (1_200_000, "activity"))
        self.assertEqual({(t.group, t.amount) for t in f.totals}, {("ERUF", 1_200_000), ("own", 300_000)})
        only_2022 = self.m.funding("V", periods="2022")
        self.assertEqual([(x.group, x.amount) for x in only_2022], [("own", 300_000)])
        by_area = self.m.funding("V", group_by="area")
        self.assertEqual([(x.group, x.amount) for x in by_area], [("A1", 1_500_000)])
        self.assertEqual(by_area.to_dict()["group_by"], "tag:area")

    def test_influence(self):
        i = self.m.influence()  # SMALL has no challenge level: the goals G1, G2
        self.assertEqual(i.ids, ["G1", "G2"])
        self.assertEqual([(p.from_id, p.to_id, p.first, p.second) for p in i.pairs], [("G2", "G1", 0.3, 0.0)])
        self.assertEqual(i.classes(), {"G1": "dependent", "G2": "driver"})
        self.assertAlmostEqual(i.mean_influence, 0.15, places=12)
        self.assertEqual(i.pair("G1", "G2").total, 0.0)
        wider = self.m.influence(["O1", "G1", "G2", "V"])
        # W^2 of O1 on V: through G1 (1 * 1) and through G2 (-0.2 * 1)
        self.assertAlmostEqual(wider.pair("O1", "V").second, 0.8, places=12)
        self.assertEqual(wider.pair("O1", "V").first, 0.0)
        self.assertAlmostEqual(wider.pair("O1", "G1").second, -0.2 * 0.3, places=12)
        self.assertAlmostEqual(wider.matrix("total")[0][1], 1.0 - 0.06, places=12)

    def test_aggregate(self):
        # two municipalities, two indicators on G: I_up (10 and 30, increase, weight 3) and I_down
        # (5 and 15, decrease, weight 1). Min-max: I_up A 0, B 100; I_down A 100, B 0.
        # G = weighted mean: A (3*0 + 100) / 4 = 25, B (300 + 0) / 4 = 75.
        b = (ig.Builder(levels=["activity", "goal"]).add_node("G", "goal").add_node("P", "activity")
             .add_edge("P", "G")
             .add_indicator("I_up", "G", direction="increase", weight=3)
             .add_indicator("I_down", "G", direction="decrease", weight=1)
             .add_geography("L", "Län").add_geography("A", parent="L").add_geography("B", parent="L")
             .add_observation("I_up", "A", "2020", 10).add_observation("I_up", "B", "2020", 30)
             .add_observation("I_down", "A", "2020", 5).add_observation("I_down", "B", "2020", 15))
        with b.freeze() as m:
            r = m.aggregate(geos=["A", "B"])
            self.assertEqual([(s.geo_id, s.value, s.coverage) for s in r.scores], [("A", 25.0, 1.0), ("B", 75.0, 1.0)])
            self.assertEqual(r.value("I_up", "B", "2020").normalised, 100.0)
            self.assertEqual(r.value("I_down", "B", "2020").normalised, 0.0)
            self.assertIn("observed", r.value("I_up", "A", "2020").flag_words)
            self.assertEqual(r.periods, ("2020",))
            self.assertEqual(r.score("G", "A", "2020").value, 25.0)
            with self.assertRaises(ig.NotFoundError):
                r.score("G", "A", "2019")
            # lower/upper of min-max; a per-node composite (minimum: A min(0, 100) = 0, B 0)
            r = m.aggregate(lower=1, upper=2, geos=["A", "B"])
            self.assertEqual([s.value for s in r.scores], [1.25, 1.75])
            r = m.aggregate(node_methods={"G": "minimum"}, geos=["A", "B"])
            self.assertEqual([s.value for s in r.scores], [0.0, 0.0])
            # a generalised mean of exponent 1 is the arithmetic mean
            r = m.aggregate(node_methods={"G": ("generalised", 1.0)}, geos=["A", "B"])
            self.assertEqual([s.value for s in r.scores], [25.0, 75.0])
            # goalposts [0, 40] for I_up alone: A 10 -> 25, B 30 -> 75; G: A (3*25 + 100) / 4, B (3*75 + 0) / 4
            spec = ig.NormalisationSpec(method="goalposts", goalposts=(0, 40))
            r = m.aggregate(indicator_normalisation={"I_up": spec}, geos=["A", "B"])
            self.assertEqual([s.value for s in r.scores], [43.75, 56.25])
            r = m.aggregate(ig.AggregateOptions(normalisation=spec), indicator_normalisation={"I_down": "minmax"},
                            geos=["A", "B"])
            self.assertEqual([s.value for s in r.scores], [43.75, 56.25])

    def test_gaps(self):
        g = self.m.gaps()
        self.assertEqual(g.as_of, "2022")  # the latest period with a value
        self.assertEqual(g.region, "0018")  # the geography with the most children
        self.assertEqual(g.language, "en")
        self.assertEqual(len(g.rollup), len(SMALL["nodes"]))
        self.assertEqual(sum(g.summary().values()), len(g.gaps))
        codes = {c.code for c in ig.gap_codes()}
        self.assertTrue(set(g.codes()) <= codes)
        sv = self.m.gaps("sv")
        self.assertEqual(sv.codes(), g.codes())
        self.assertNotEqual([x.message for x in sv], [x.message for x in g])

    def test_kolada_into_a_builder_and_a_model(self):
        # v2_page1: N00914 in 1880, 2019: T 79.3 (SMALL has it), K and M (new); 1881 is not in
        # SMALL; N99999 maps to no indicator.
        files = [KOLADA / "v2_page1.json"]
        b = ig.Builder.from_model(self.m)
        r = b.import_kolada(files)
        self.assertEqual((r.read, r.added, r.changed, r.unchanged, r.skipped_kpi, r.skipped_geo), (5, 2, 0, 1, 1, 1))
        self.assertEqual((r.unmapped_kpis, r.unknown_geographies), (("N99999",), ("1881",)))
        with b.freeze() as merged:
            self.assertEqual(merged.observations.latest("I1", "1880", "M").value, 80.6)
        merged, again = self.m.import_kolada(KOLADA / "v2_page1.json")
        with merged:
            self.assertEqual(again, r)
            self.assertEqual(len(merged.observations), len(self.m.observations) + 2)
        path = scratch() / "small.json"
        path.write_text(SMALL_TEXT, encoding="utf-8")
        self.assertEqual(ig.import_kolada(path, files), r)
        written = json.loads(path.read_text(encoding="utf-8"))
        self.assertEqual(len(written["observations"]), len(SMALL["observations"]) + 2)

    def test_results_outlive_their_model(self):
        m = ig.load_json_string(SMALL_TEXT)
        c, g, a = m.contributions(), m.gaps(), m.aggregate()
        m.close()
        self.assertEqual(c[0].source_id, "P1")
        self.assertEqual(g.region, "0018")
        self.assertTrue(all(math.isfinite(s.coverage) for s in a.scores))
        with self.assertRaises(ig.StateError):
            m.contributions()


if __name__ == "__main__":
    unittest.main()
