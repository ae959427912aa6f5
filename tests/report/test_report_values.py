"""Report figures on a small hand-made model (handmade.py works them out)."""
import json
import re
import unittest

from handmade import MODEL
from reporthelp import number, parse, report, run, scratch, shapes, write_model


def band_height(path):
    """A Sankey band's height: its d is M x0,y0 C ... x1,y1 L x1,y1+h C ... Z."""
    coords = [tuple(map(float, p.split(","))) for p in re.findall(r"-?[\d.]+,-?[\d.]+", path.attrs["d"])]
    return coords[4][1] - coords[3][1]


class HandmadeReport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model_path = write_model(scratch(), MODEL)
        _, cls.html = report(cls.model_path, "--lang", "en")
        cls.dom = parse(cls.html)

    def chart(self, name):
        found = self.dom.find("figure", data_chart=name)
        self.assertIsNotNone(found, name)
        return found

    def test_focus_is_the_geography_with_most_children(self):
        self.assertIn("Focus geography: County", self.dom.find("header").text())
        _, other = report(self.model_path, "--lang", "en", "--geo", "R")
        self.assertIn("Focus geography: Realm", parse(other).find("header").text())

    def test_sankey_bands_are_proportional_to_the_flow(self):
        sankey = self.chart("funding-SEK")
        bands = {b.tooltip().split(": ")[0]: band_height(b) for b in sankey.find_all("path", cls="band")}
        # Source -> area: direct funding. Area -> goal: the flow worked out in handmade.py.
        expected = {"S1 \u2192 X": 100, "S2 \u2192 X": 50, "S1 \u2192 Y": 40, "S2 \u2192 No area": 10,
                    "X \u2192 Goal one": 131.25, "X \u2192 Goal two": 18.75, "Y \u2192 Goal one": 20,
                    "Y \u2192 Goal two": 20, "No area \u2192 Reaches no goal": 10}
        self.assertEqual(set(bands), set(expected))
        unit = bands["S1 \u2192 X"] / 100
        for name, amount in expected.items():
            self.assertAlmostEqual(bands[name], amount * unit, delta=0.25, msg=name)
        goals = {r.tooltip().split(": ")[0] for r in sankey.find_all("rect", cls="sankey-node")}
        self.assertNotIn("Goal three", goals)  # reached only by a trade-off edge: no money

    def test_required_trajectory_and_scale(self):
        chart = self.chart("trend-I1")
        baseline = chart.find("rect", cls="baseline")
        bx, by = float(baseline.attrs["x"]) + 4, float(baseline.attrs["y"]) + 4
        tx, ty = map(float, re.match(r"M([\d.]+),([\d.]+)", chart.find("path", cls="target").attrs["d"]).groups())
        ty += 6
        line = chart.find("line", cls="trajectory")
        self.assertEqual([round(float(line.attrs[k])) for k in ("x1", "y1", "x2", "y2")],
                         [round(bx), round(by), round(tx), round(ty)])
        # The county's points lie on the scale that maps (2020, 50) -> baseline, (2030, 70) -> target.
        focus = chart.find("path", cls="focus")
        points = [tuple(map(float, p.split(","))) for p in re.findall(r"[\d.]+,[\d.]+", focus.attrs["d"])]
        for (x, y), (year, value) in zip(points, [(2020, 50), (2021, 52), (2022, 55), (2023, 57)]):
            self.assertAlmostEqual(x, bx + (year - 2020) * (tx - bx) / 10, delta=0.15)
            self.assertAlmostEqual(y, by + (value - 50) * (ty - by) / 20, delta=0.15)
        # Where the trajectory stands in 2023: 50 + 20 * 3 / 10 = 56, below the observed 57.
        y_2023 = by + (ty - by) * 3 / 10
        self.assertAlmostEqual(y_2023, by + (56 - 50) * (ty - by) / 20, delta=1e-9)
        self.assertLess(points[3][1], y_2023)  # SVG y grows downwards: 57 is above the line
        # Every other geography has a line; those with one value (M1, M2) a dot as well.
        self.assertEqual(len(chart.find_all("path", cls="other")), 3)
        self.assertEqual([c.tooltip() for c in chart.find_all("circle", cls="lone")],
                         ["Muni one 2023: 40", "Muni two 2023: 60"])

    def test_change_target_threshold_and_targets_text(self):
        chart = self.chart("trend-I2")
        self.assertEqual(chart.find("path", cls="target").tooltip(), "Target: 80")  # 100 * (1 - 0.2)
        self.assertIn("\u221220% 2030 against 2020", chart.find("p", cls="targets").text())
        i3 = self.chart("trend-I3")
        self.assertIsNotNone(i3.find("line", cls="threshold"))
        self.assertIn("\u2265 75", i3.find("p", cls="targets").text())

    def test_ratio_is_computed_from_numerator_and_denominator(self):
        chart = self.chart("trend-I5")
        self.assertIn("ratio computed from I6 / I7", chart.find("p", cls="meta").text())
        self.assertEqual(chart.find("circle", cls="point").tooltip(), "County 2023: 5")  # 50 / 10000 * 1000

    def test_text_measure_as_assessment_table(self):
        self.assertIsNone(self.dom.find("figure", data_chart="trend-I4"))
        self.assertIn("Going <well> & on", self.dom.find("section", id="trends").text())
        self.assertIn("Going &lt;well&gt; &amp; on", self.html)

    def test_municipalities_side_by_side(self):
        chart = self.chart("equality-I1")
        dots = [(d.tooltip(), d.classes) for d in chart.find_all("circle", cls="dot")]
        # Latest period 2023; county 57; increase is better.
        self.assertEqual([t for t, _ in dots], ["Muni two 2023: 60", "Muni three 2023: 55", "Muni one 2023: 40"])
        self.assertEqual([("better" in c, "worse" in c) for _, c in dots], [(True, False), (False, True), (False, True)])
        self.assertEqual(chart.find("figcaption").text(),
                         "Gap: 20 (Muni one 40 \u2013 Muni two 60); Reference line: County 57")
        self.assertIsNone(self.dom.find("figure", data_chart="equality-I6"))  # sums are sizes, not equality

    def test_women_and_men(self):
        chart = self.chart("gender-I2")
        self.assertEqual(chart.find("figcaption").text(), "Gap 2023: 10 (Women \u2212 Men)")
        self.assertIn("the gap between K\u2013M", chart.text())
        bars = self.chart("gender-bars-I2")
        self.assertEqual([r.tooltip() for r in bars.find_all("rect", cls="bar")],
                         ["Muni one Women: 35", "Muni one Men: 25"])

    def test_progress_classes_worked_out_by_hand(self):
        # I1 (increase): 50 in 2020, 57 in 2023, target 70 by 2030. Observed growth
        # (57/50)^(1/3) - 1 = 4.46 %/year against the required (70/50)^(1/10) - 1 = 3.42 %/year:
        # ratio 1.30 >= 0.95, on track. I2 (decrease), -20 % by 2030 from 100 in 2020, is 90 in
        # 2023: (100/90)^(1/3) - 1 = 3.57 %/year down against (100/80)^(1/10) - 1 = 2.26 %: on track.
        i1 = self.chart("trend-I1").find("p", cls="targets")
        self.assertEqual([b.text() for b in i1.find_all("span", cls="badge")], ["On track"])
        i2 = self.chart("trend-I2").find("p", cls="targets")
        self.assertEqual(i2.find_all("span", cls="badge")[0].text(), "On track")
        # Goal one's own indicator is on track and nothing below it is assessed: 100 %.
        g1 = self.chart("graph").find("g", data_node="G1")
        self.assertIn("sh-4", g1.classes)
        self.assertIn("100%", g1.tooltip())

    def test_contributions_worked_out_by_hand(self):
        # Attribution: G1's in-weights O1 1, O2 1 -> 1/2 each; O1 is all A1's; O2 is half A1's,
        # half A2's. A1 -> G1 = 1/2 + 1/4 = 75 %, A2 -> G1 = 25 %; G2 (only O2) 50 % each.
        g1 = self.chart("contrib-G1-activity")
        self.assertEqual([r.tooltip() for r in g1.find_all("rect", cls="bar")],
                         ["A1 \u2014 Activity one: 75.0%", "A2 \u2014 Activity two: 25.0%"])
        g2 = self.chart("contrib-G2-activity")
        self.assertEqual([r.tooltip() for r in g2.find_all("rect", cls="bar")],
                         ["A1 \u2014 Activity one: 50.0%", "A2 \u2014 Activity two: 50.0%"])
        # G3 is fed by a trade-off only: the library cannot attribute it, and the page says why.
        self.assertIsNone(self.dom.find("figure", data_chart="contrib-G3-activity"))
        self.assertIn("cannot normalise at node \"G3\"", self.dom.find("section", id="contributions").text())

    def test_priority_ranking_and_largest_gaps(self):
        summary = self.dom.find("section", id="summary")
        table = summary.find("table", cls="mismatch")
        self.assertIsNotNone(table)
        self.assertIn("No findings.", summary.find("div", cls="columns").text())  # no target is behind


class AnalysesThatCannotRun(unittest.TestCase):
    """A trade-off as a funded activity's only edge: money cannot split there, and the goal
    has no positive in-weight to share out. The sections say so, with the library's reason."""

    def test_reasons_are_shown_not_made_up(self):
        model = {"impactgraph": 1, "nodes": [
            {"id": "A", "level": "activity", "funding": [{"amount": 5, "currency": "SEK", "source": "S"}]},
            {"id": "G", "level": "goal"}], "edges": [{"from": "A", "to": "G", "weight": -1}]}
        _, html = report(write_model(scratch(), model))
        dom = parse(html)
        for section in ("funding", "contributions"):
            text = dom.find("section", id=section).text()
            self.assertIn("Not available: ", text)
            self.assertIn("cannot normalise", text)
            self.assertEqual(dom.find("section", id=section).find_all("figure"), [])
        _, out, _ = run("analyze", write_model(scratch(), model), "--json", expect=0)
        reasons = {m["analysis"]: m["reason"] for m in json.loads(out)["not_computed"]}
        self.assertEqual(set(reasons), {"funding", "contributions"})


class EdgeCases(unittest.TestCase):
    def test_minimal_model(self):
        model = {"impactgraph": 1, "nodes": [{"id": "a", "level": "activity"}], "edges": []}
        path = write_model(scratch(), model)
        for lang in ("sv", "en"):
            _, html = report(path, "--lang", lang)
            dom = parse(html)
            self.assertEqual(len(dom.find_all("section", cls="report-section")), 7)
            self.assertNotRegex(html, r"\bNaN\b|\bundefined\b|\binf\b|\bnull\b")
            self.assertEqual([f.attrs["data-chart"] for f in dom.find_all("figure", cls="chart")], ["graph"])
            self.assertEqual(len(shapes(dom.find("figure", cls="chart"))), 1)

    def test_unusual_text_is_escaped(self):
        model = {"impactgraph": 1, "name": "<script>alert(1)</script>",
                 "nodes": [{"id": "a\"b", "level": "activity", "label": "x</svg><b>"},
                           {"id": "g", "level": "goal", "label": "' onmouseover='x"}],
                 "edges": [{"from": "a\"b", "to": "g", "weight": 0.5}]}
        _, html = report(write_model(scratch(), model))
        self.assertNotIn("<script>alert", html)
        self.assertNotIn("</svg><b>", html)
        self.assertEqual(len(parse(html).find_all("script")), 1)
        self.assertIn('data-node="a&quot;b"', html)

    def test_usage_and_model_errors(self):
        example = write_model(scratch(), MODEL)
        self.assertEqual(run("report", example, "--lang", "fi")[0], 2)
        self.assertEqual(run("report", example, "--geo", "nowhere", "-o", scratch() / "r.html")[0], 2)
        self.assertEqual(run("report", scratch() / "missing.json", "-o", scratch() / "r.html")[0], 2)
        status, out, _ = run("report", example, "--json")
        self.assertEqual(status, 2)
        self.assertIn("needs --output", out)
        bad = write_model(scratch(), {"impactgraph": 1, "nodes": [{"id": "a", "level": "activity"}],
                                      "edges": [{"from": "a", "to": "zz"}]})
        target = scratch() / "r.html"
        self.assertEqual(run("report", bad, "-o", target)[0], 1)
        self.assertFalse(target.exists())

    def test_data_files_are_merged_in_memory(self):
        folder = scratch()
        model = dict(MODEL, indicators=[dict(i) for i in MODEL["indicators"]])
        model["indicators"][0]["source"] = "kolada:N00914"
        path = write_model(folder, model)
        before = path.read_bytes()
        kolada = folder / "kolada.json"
        kolada.write_text('{"count": 1, "values": [{"kpi": "N00914", "municipality": "C", "period": 2024,'
                          ' "values": [{"gender": "T", "count": 1, "status": "", "value": 61.5}]}]}')
        _, html = report(path, "--data", kolada, "--lang", "en")
        chart = parse(html).find("figure", data_chart="trend-I1")
        self.assertIn("County 2024: 61.5", [c.tooltip() for c in chart.find_all("circle", cls="point")])
        self.assertEqual(path.read_bytes(), before)


if __name__ == "__main__":
    unittest.main(verbosity=2)
