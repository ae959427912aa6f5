"""Building models in code: every setter, read back; freezing and sealing."""
import unittest

from helpers import SMALL_TEXT

import impactgraph as ig


def small_by_hand():
    """SMALL, built with the builder's keyword arguments."""
    b = ig.Builder(name="Liten modell", levels=["activity", "output", "goal", "vision"])
    b.add_node("V", "vision", "Visionen")
    b.add_node("G1", "goal", "Stark konkurrenskraft", description="Mål 1")
    b.add_node("G2", "goal", "Hög livskvalitet")
    b.add_node("O1", "output", "Utbildade")
    b.add_node("P1", "activity", "Företagslyft", start="2021", end="2023", tags={"area": "A1", "owner": "RU"},
               funding=[ig.Funding(1200000, "SEK", "ERUF", "2021"), (300000, "SEK", "own", "2022")])
    b.add_node("P2", "activity", "Kompetenslyft")
    b.add_edge("P1", "O1", 0.8, weight_range=(0.5, 1.0), assumption="Fler utbildade", evidence="moderate")
    b.add_edge("P2", "O1", 0.5, confidence=0.7)
    b.add_edge("O1", "G1")
    b.add_edge("O1", "G2", -0.2, evidence=ig.Evidence.WEAK)
    b.add_edge("G1", "V").add_edge("G2", "V").add_edge("G2", "G1", 0.3)
    b.add_indicator("I1", "G1", "Förvärvsfrekvens", unit="%", direction="increase", baseline=("2016", 78.1),
                    source="kolada:N00914", geo_aggregation="weighted_mean", geo_weight="I_pop",
                    time_aggregation="last",
                    targets=[ig.Target("level", period="2030", value=82.0),
                             ig.Target("change", base_period="2016", period="2030", value=0.05),
                             ig.Target("threshold", op=">=", value=80.0),
                             ig.Target("direction"),
                             ig.Target("peers", geos=["0019", "0007"], compare="level"),
                             ig.Target("disparity", between=("K", "M"), period="2030")])
    b.add_indicator("I_pop", "V", "Invånare", direction="increase", geo_aggregation="sum", weight=0)
    b.add_indicator("I_r", "G2", "Per tusen", ratio=("I1", "I_pop", 1000))
    b.add_indicator("I_ord", "G2", "Forumets bedömning", measure="ordinal", scale=(1, 5), direction="increase",
                    description="1–5")
    b.add_indicator("I_txt", "O1", "Lägesbild", measure=ig.Measure.TEXT)
    b.add_geography("0018", "Örebro län").add_geography("1880", "Örebro", parent="0018")
    b.add_geography("0019", "Västmanlands län").add_geography("0007", "Kronobergs län")
    b.add_observation("I1", "1880", "2019", 79.3)
    b.add_observation("I1", "1880", "2020", 77.0, breakdown="K")
    b.add_observation("I1", "1880", "2021", None, status="missing")
    b.add_observation("I_ord", "0018", "2022", 4)
    b.add_observation("I_txt", "0018", "2022", text="På god väg")
    return b


class BuildTheSmallModel(unittest.TestCase):
    def test_equals_the_same_model_read_from_json(self):
        with small_by_hand() as b, b.freeze() as built, ig.load_json_string(SMALL_TEXT) as read:
            self.assertTrue(built.equals(read), built.write_string() + "\n---\n" + read.write_string())
            self.assertEqual(built.write_string(), read.write_string())

    def test_validate_before_freezing(self):
        with small_by_hand() as b:
            found = b.validate()
            self.assertEqual(found.codes(), ["level-order"])


class Setters(unittest.TestCase):
    """The one-call setters, each read back from the frozen model."""

    def setUp(self):
        self.b = ig.Builder()
        self.b.add_node("a", "activity").add_node("g", "goal").add_edge("a", "g")
        self.b.add_indicator("i", "g").add_indicator("n", "g").add_indicator("d", "g").add_geography("se")

    def tearDown(self):
        self.b.close()

    def freeze(self):
        return self.b.freeze()

    def test_node_setters(self):
        self.b.set_node_description("a", "text").set_node_span("a", "2020Q1", None)
        self.b.set_node_tag("a", "owner", "RU").set_node_tag("a", "area", None).set_node_tag("a", "owner", "Region")
        self.b.add_node_funding("a", 10.5).add_node_funding("a", 2, "EUR", "ESF+", "2021-05")
        with self.freeze() as m:
            a = m.nodes["a"]
            self.assertEqual((a.description, a.start, a.end), ("text", "2020Q1", ""))
            self.assertEqual(a.tags, {"owner": "Region", "area": ""})
            self.assertEqual(a.funding, (ig.Funding(10.5, "", "", ""), ig.Funding(2.0, "EUR", "ESF+", "2021-05")))

    def test_edge_setters(self):
        self.b.set_edge_range("a", "g", 0.5, 2.0).set_edge_confidence("a", "g", 0.25)
        self.b.set_edge_assumption("a", "g", "why").set_edge_evidence("a", "g", "strong")
        with self.freeze() as m:
            e = m.edges["a", "g"]
            self.assertEqual((e.weight_range, e.confidence, e.assumption, e.evidence),
                             ((0.5, 2.0), 0.25, "why", "strong"))

    def test_evidence_none_is_unspecified(self):
        self.b.set_edge_evidence("a", "g", "weak").set_edge_evidence("a", "g", None)
        with self.freeze() as m:
            self.assertIsNone(m.edges["a", "g"].evidence)

    def test_indicator_setters(self):
        b = self.b
        b.set_indicator_unit("i", "kr").set_indicator_description("i", "def").set_indicator_direction("i", "decrease")
        b.set_indicator_baseline("i", "2019", -3.5).set_indicator_source("i", "scb:1")
        b.set_indicator_geo_aggregation("i", "weighted_mean", "n").set_indicator_time_aggregation("i", "mean")
        b.set_indicator_weight("i", 2.5)
        b.set_indicator_ratio("n", "i", "d", 100).set_indicator_measure("d", "percent")
        b.add_indicator("o", "g").set_indicator_measure("o", "ordinal").set_indicator_scale("o", 0, 10)
        b.add_indicator_target("i", ig.Target("threshold", op="<", value=1.0, period="2025"))
        with self.freeze() as m:
            i = m.indicators["i"]
            self.assertEqual((i.unit, i.description, i.direction, i.baseline, i.source),
                             ("kr", "def", "decrease", ig.Baseline("2019", -3.5), "scb:1"))
            self.assertEqual((i.geo_aggregation, i.geo_weight, i.time_aggregation, i.weight),
                             ("weighted_mean", "n", "mean", 2.5))
            self.assertEqual(i.targets, (ig.Target("threshold", op="<", value=1.0, period="2025"),))
            n = m.indicators["n"]
            self.assertEqual((n.measure, n.numerator, n.denominator, n.factor), ("ratio", "i", "d", 100.0))
            self.assertEqual(m.indicators["d"].measure, "percent")
            self.assertEqual((m.indicators["o"].measure, m.indicators["o"].scale), ("ordinal", (0.0, 10.0)))

    def test_geography_and_observation(self):
        self.b.add_geography("sub", "Del", "se")
        self.b.add_observation("i", "sub", "2019Q3", 1.25, breakdown="M", status="preliminary")
        with self.freeze() as m:
            self.assertEqual(m.geographies["sub"].parent, "se")
            o = m.observations[0]
            self.assertEqual((o.indicator, o.geo, o.period, o.breakdown, o.value, o.status),
                             ("i", "sub", "2019Q3", "M", 1.25, "preliminary"))

    def test_name_levels_reserve(self):
        b = ig.Builder().reserve(nodes=10, edges=10, indicators=1, observations=100)
        b.set_name("N").add_level("low").add_level("high")
        b.add_node("x", "low").add_node("y", "high").add_edge("x", "y")
        with b, b.freeze() as m:
            self.assertEqual((m.name, m.levels), ("N", ("low", "high")))

    def test_default_levels(self):
        with ig.Builder() as b:
            b.add_node("x", "outcome")
            with b.freeze() as m:
                self.assertEqual(m.levels, ("activity", "output", "outcome", "goal", "vision"))

    def test_the_latest_item_with_an_id_is_set(self):
        self.b.add_edge("a", "g", 2.0)  # a duplicate edge: setters act on this one
        self.b.set_edge_assumption("a", "g", "second")
        with self.freeze() as m:
            self.assertEqual([e.assumption for e in m.edges], ["", "second"])
            self.assertEqual(m.validate().codes(), ["duplicate-edge"])


class FreezeSeals(unittest.TestCase):
    def test_after_freeze_every_call_is_a_state_error(self):
        b = ig.Builder().add_node("a", "activity")
        m = b.freeze()
        with self.assertRaises(ig.StateError) as caught:
            b.add_node("b", "goal")
        self.assertEqual(caught.exception.code, ig.Status.ERROR_STATE)
        self.assertIn("sealed", str(caught.exception))
        with self.assertRaises(ig.StateError):
            b.freeze()
        m.close()
        b.close()

    def test_a_failed_freeze_leaves_the_builder_to_fix(self):
        with ig.Builder() as b:
            b.add_node("a", "activity").add_edge("a", "nowhere")
            with self.assertRaises(ig.InvalidModelError) as caught:
                b.freeze()
            self.assertEqual([d.code for d in caught.exception.diagnostics], ["unknown-node"])
            b.add_node("nowhere", "goal")
            with b.freeze() as m:
                self.assertEqual(m.edges.pairs(), [("a", "nowhere")])


class Arguments(unittest.TestCase):
    def test_wrong_python_types_are_type_errors(self):
        with ig.Builder() as b:
            with self.assertRaises(TypeError):
                b.add_node(1, "goal")
            with self.assertRaises(TypeError):
                b.add_node("a", "goal").add_node_funding("a", "12")
            with self.assertRaises(TypeError):
                b.add_edge("a", "a", True)
            with self.assertRaises(TypeError):
                b.add_indicator("i", "a").add_indicator_target("i", {"kind": "level"})
            with self.assertRaises(TypeError):
                b.add_indicator_target("i", ig.Target("peers", geos="0019"))

    def test_unknown_words_name_the_allowed_ones(self):
        with ig.Builder() as b:
            b.add_node("a", "goal").add_indicator("i", "a")
            with self.assertRaises(ig.InvalidArgumentError) as caught:
                b.set_indicator_direction("i", "up")
            self.assertIn("decrease, increase", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
