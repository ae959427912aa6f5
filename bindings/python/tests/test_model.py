"""Reading a model: every record field of a small hand-made model, views, the graph."""
import copy
import json
import math
import pickle
import unittest

from helpers import EXAMPLE, EXAMPLE_CSV, SMALL_TEXT, scratch

import impactgraph as ig


class SmallModel(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = ig.load_json_string(SMALL_TEXT, source_name="small.json")

    @classmethod
    def tearDownClass(cls):
        cls.model.close()

    def test_name_and_levels(self):
        self.assertEqual(self.model.name, "Liten modell")
        self.assertEqual(self.model.levels, ("activity", "output", "goal", "vision"))
        self.assertEqual(self.model.level_index("goal"), 2)

    def test_counts(self):
        m = self.model
        self.assertEqual((len(m.nodes), len(m.edges), len(m.indicators), len(m.geographies), len(m.observations)),
                         (6, 7, 5, 4, 5))

    def test_node_records(self):
        p1 = self.model.nodes["P1"]
        self.assertEqual(p1, ig.Node(index=4, id="P1", level="activity", level_index=0, label="Företagslyft",
                                     description="", start="2021", end="2023", tags={"area": "A1", "owner": "RU"},
                                     funding=(ig.Funding(1200000.0, "SEK", "ERUF", "2021"),
                                              ig.Funding(300000.0, "SEK", "own", "2022")),
                                     out_degree=1, in_degree=0))
        self.assertEqual(list(p1.tags), ["area", "owner"])  # input order
        g1 = self.model.nodes[1]
        self.assertEqual((g1.id, g1.description, g1.level_index, g1.out_degree, g1.in_degree),
                         ("G1", "Mål 1", 2, 1, 2))
        self.assertEqual(self.model.nodes.ids(), ["V", "G1", "G2", "O1", "P1", "P2"])

    def test_edges_grouped_by_source_in_node_order(self):
        self.assertEqual(self.model.edges.pairs(),
                         [("G1", "V"), ("G2", "V"), ("G2", "G1"), ("O1", "G1"), ("O1", "G2"), ("P1", "O1"),
                          ("P2", "O1")])

    def test_edge_records(self):
        e = self.model.edges["P1", "O1"]
        self.assertEqual(e, ig.Edge(index=5, from_id="P1", to_id="O1", from_index=4, to_index=3, weight=0.8,
                                    weight_range=(0.5, 1.0), confidence=None, assumption="Fler utbildade",
                                    evidence="moderate"))
        p2 = self.model.edges["P2", "O1"]
        self.assertEqual((p2.weight, p2.confidence, p2.weight_range, p2.evidence), (0.5, 0.7, None, None))
        self.assertEqual(self.model.edges["O1", "G2"].weight, -0.2)
        self.assertEqual(self.model.edges["O1", "G1"].weight, 1.0)
        self.assertIn(("G2", "G1"), self.model.edges)
        self.assertNotIn(("G1", "G2"), self.model.edges)
        self.assertEqual(self.model.edges.between("V", "G1"), [])

    def test_indicator_records(self):
        i1 = self.model.indicators["I1"]
        self.assertEqual((i1.index, i1.node_id, i1.node_index, i1.label, i1.unit, i1.direction),
                         (0, "G1", 1, "Förvärvsfrekvens", "%", "increase"))
        self.assertEqual(i1.baseline, ig.Baseline("2016", 78.1))
        self.assertEqual(i1.targets, (
            ig.Target("level", period="2030", value=82.0),
            ig.Target("change", period="2030", base_period="2016", value=0.05),
            ig.Target("threshold", op=">=", value=80.0),
            ig.Target("direction"),
            ig.Target("peers", geos=("0019", "0007"), compare="level"),
            ig.Target("disparity", between=("K", "M"), period="2030"),
        ))
        self.assertEqual((i1.source, i1.measure, i1.geo_aggregation, i1.geo_weight, i1.time_aggregation),
                         ("kolada:N00914", "number", "weighted_mean", "I_pop", "last"))
        self.assertEqual((i1.numerator, i1.denominator, i1.factor, i1.scale, i1.weight), (None, None, 1.0, None, 1.0))
        pop = self.model.indicators["I_pop"]
        self.assertEqual((pop.weight, pop.geo_aggregation, pop.time_aggregation, pop.baseline, pop.targets),
                         (0.0, "sum", None, None, ()))
        ratio = self.model.indicators["I_r"]
        self.assertEqual((ratio.measure, ratio.numerator, ratio.denominator, ratio.factor, ratio.direction),
                         ("ratio", "I1", "I_pop", 1000.0, None))
        ordinal = self.model.indicators["I_ord"]
        self.assertEqual((ordinal.measure, ordinal.scale, ordinal.description), ("ordinal", (1.0, 5.0), "1–5"))
        self.assertEqual(self.model.indicators["I_txt"].measure, "text")
        self.assertEqual([i.id for i in self.model.indicators.of_node("G2")], ["I_r", "I_ord"])

    def test_geographies(self):
        g = self.model.geographies
        self.assertEqual(g["0018"], ig.Geography(index=0, id="0018", name="Örebro län", parent=None, parent_index=None))
        self.assertEqual(g["1880"], ig.Geography(index=1, id="1880", name="Örebro", parent="0018", parent_index=0))
        self.assertEqual([x.id for x in g.children(None)], ["0018", "0019", "0007"])
        self.assertEqual([x.id for x in g.children("0018")], ["1880"])

    def test_observations(self):
        obs = self.model.observations
        self.assertEqual(obs[0], ig.Observation(index=0, indicator="I1", indicator_index=0, geo="1880", geo_index=1,
                                                period="2019", breakdown="T", value=79.3, text="", status=""))
        self.assertEqual((obs[1].breakdown, obs[1].value), ("K", 77.0))
        self.assertEqual((obs[2].value, obs[2].status), (None, "missing"))
        self.assertEqual((obs[3].value, obs[3].geo_index), (4.0, 0))
        self.assertEqual((obs[4].value, obs[4].text), (None, "På god väg"))
        self.assertEqual([o.index for o in obs.where(indicator="I1")], [0, 1, 2])
        self.assertEqual([o.index for o in obs.where(indicator="I1", breakdown="T")], [0, 2])
        self.assertEqual(obs.latest("I1", "1880").period, "2019")  # 2021 is missing
        self.assertEqual(obs.latest("I1", "1880", breakdown="K").value, 77.0)
        self.assertEqual(obs.latest("I_txt", "0018").text, "På god väg")
        self.assertIsNone(obs.latest("I1", "0018"))

    def test_graph(self):
        m = self.model
        # Kahn, first-in first-out, seeded in index order (worked out by hand)
        self.assertEqual(m.topological_order(), ["P1", "P2", "O1", "G2", "G1", "V"])
        self.assertEqual(m.topological_order(as_index=True), [4, 5, 3, 2, 1, 0])
        self.assertEqual([e.index for e in m.out_edges("G2")], [1, 2])
        self.assertEqual([e.index for e in m.in_edges("G1")], [2, 3])
        self.assertEqual([e.index for e in m.in_edges(0)], [0, 1])
        self.assertEqual(m.in_edges("P1"), [])
        self.assertEqual(m.successors("O1"), ["G1", "G2"])
        self.assertEqual(m.predecessors("O1"), ["P1", "P2"])
        offsets, targets, weights = m.adjacency()
        self.assertEqual(list(offsets), [0, 0, 1, 3, 5, 6, 7])
        self.assertEqual(list(targets), [0, 0, 1, 1, 2, 3, 3])
        self.assertEqual(list(weights), [1.0, 1.0, 0.3, 1.0, -0.2, 0.8, 0.5])

    def test_views_index_like_sequences(self):
        nodes = self.model.nodes
        self.assertEqual(nodes[-1].id, "P2")
        self.assertEqual([n.id for n in nodes[1:3]], ["G1", "G2"])
        self.assertIn("G1", nodes)
        self.assertNotIn("G9", nodes)
        self.assertIsNone(nodes.get("G9"))
        self.assertEqual(nodes.index_of("O1"), 3)
        self.assertEqual([n.id for n in nodes.at_level("goal")], ["G1", "G2"])
        self.assertEqual(len(nodes.to_dicts()), 6)
        self.assertEqual(nodes.to_dicts()[4]["funding"][0], {"amount": 1200000.0, "currency": "SEK",
                                                             "source": "ERUF", "period": "2021"})
        with self.assertRaises(TypeError):
            nodes[1.5]
        with self.assertRaises(TypeError):
            self.model.observations.ids()

    def test_validate_gives_the_sideways_warning(self):
        found = self.model.validate()
        self.assertEqual(found.codes(), ["level-order"])
        self.assertEqual(found[0].severity, "warning")
        self.assertEqual(set(found[0].ids), {"G2", "G1"})
        self.assertTrue(found.valid)
        self.assertEqual((found.error_count, found.warning_count), (0, 1))

    def test_json_round_trip(self):
        text = self.model.write_string("json")
        again = ig.load_json_string(text)
        self.assertTrue(again.equals(self.model))
        self.assertEqual(json.loads(text)["name"], "Liten modell")
        with ig.load_json_string(SMALL_TEXT.replace("Liten modell", "Annan")) as other:
            self.assertFalse(other.equals(self.model))

    def test_pickles_and_copies_as_an_equal_model(self):
        for again in (pickle.loads(pickle.dumps(self.model)), copy.deepcopy(self.model)):
            with again:
                self.assertIsNot(again, self.model)
                self.assertTrue(again.equals(self.model))

    def test_bytes_and_str_text_load_alike(self):
        with ig.load_json_string(SMALL_TEXT.encode("utf-8")) as m:
            self.assertTrue(m.equals(self.model))

    def test_to_builder_keeps_everything(self):
        builder = self.model.to_builder()
        builder.add_node("P3", "activity", "Ny insats").add_edge("P3", "O1")
        with builder.freeze() as bigger:
            self.assertEqual(len(bigger.nodes), 7)
            self.assertEqual(bigger.nodes["P1"], self.model.nodes["P1"])
            self.assertEqual(bigger.indicators["I1"], self.model.indicators["I1"])

    def test_repr(self):
        self.assertEqual(repr(self.model),
                         "<impactgraph.Model 'Liten modell': 6 nodes, 7 edges, 5 indicators, 5 observations>")


class Export(unittest.TestCase):
    def setUp(self):
        self.model = ig.load_json_string(SMALL_TEXT)
        self.dir = scratch()

    def tearDown(self):
        self.model.close()

    def test_every_format_by_suffix(self):
        for name, head in (("m.json", b"{"), ("m.dot", b"digraph"), ("m.gv", b"digraph"), ("m.graphml", b"<?xml")):
            with self.subTest(name=name):
                self.model.export(self.dir / name)
                self.assertTrue((self.dir / name).read_bytes().startswith(head))
        self.model.export(self.dir / "bundle")
        self.assertTrue((self.dir / "bundle" / "nodes.csv").is_file())
        with ig.load(self.dir / "bundle") as back, ig.load_json(self.dir / "m.json") as json_back:
            self.assertTrue(back.equals(self.model))
            self.assertTrue(json_back.equals(self.model))

    def test_csv_styles(self):
        self.model.export(self.dir / "sv", "csv", csv_style="swedish")
        edges = (self.dir / "sv" / "edges.csv").read_bytes()
        self.assertTrue(edges.startswith(b"\xef\xbb\xbf"))  # the BOM
        self.assertIn(b"0,8", edges)  # decimal comma
        self.assertIn(b";", edges.splitlines()[0])
        self.model.export(self.dir / "mixed", "csv", csv_style="swedish", csv_bom=False)
        self.assertFalse((self.dir / "mixed" / "edges.csv").read_bytes().startswith(b"\xef\xbb\xbf"))
        with ig.load_csv(self.dir / "sv") as back:
            self.assertTrue(back.equals(self.model))

    def test_write_string_formats(self):
        self.assertTrue(self.model.write_string("dot").startswith("digraph"))
        self.assertIn("graphml", self.model.write_string(ig.Format.GRAPHML))


class Example(unittest.TestCase):
    def test_json_and_csv_bundle_are_the_same_model(self):
        with ig.load(EXAMPLE) as a, ig.load(EXAMPLE_CSV) as b, ig.load(EXAMPLE_CSV, format="csv") as c:
            self.assertTrue(a.equals(b))
            self.assertTrue(a.equals(c))
            self.assertEqual((len(a.nodes), len(a.edges), len(a.indicators), len(a.observations)),
                             (123, 198, 38, 2956))

    def test_missing_values_are_none(self):
        with ig.load(EXAMPLE) as m:
            values = [o.value for o in m.observations]
            self.assertTrue(any(v is None for v in values))
            self.assertFalse(any(isinstance(v, float) and math.isnan(v) for v in values))


if __name__ == "__main__":
    unittest.main()
