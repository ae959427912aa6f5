"""The report of the Örebro example: one self-contained file with every section and chart,
checked against figures worked out from the model file itself."""
import json
import re
import unittest
from collections import defaultdict

from reporthelp import EXAMPLE, EXAMPLE_CSV, SECTIONS, number, parse, report, run, scratch, shapes


class ExampleReport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        cls.path_sv, cls.html_sv = report(EXAMPLE, "--lang", "sv")
        cls.path_en, cls.html_en = report(EXAMPLE, "--lang", "en")
        cls.dom_sv = parse(cls.html_sv)
        cls.dom_en = parse(cls.html_en)

    def test_one_file_that_needs_no_network(self):
        self.assertEqual([p.name for p in self.path_sv.parent.iterdir()], ["report.html"])
        for html, dom in ((self.html_sv, self.dom_sv), (self.html_en, self.dom_en)):
            self.assertNotRegex(html, r"(?i)https?://")
            self.assertNotRegex(html, r"(?i)url\(|@import|//[a-z0-9.-]+\.[a-z]{2,}/")
            for tag in ("link", "img", "iframe", "object", "embed", "audio", "video", "base"):
                self.assertEqual(dom.find_all(tag), [], tag)
            for e in dom.iter():
                for attr in ("src", "href", "xlink:href", "action", "srcset"):
                    if attr in e.attrs:
                        self.assertTrue(e.attrs[attr].startswith("#"), f"<{e.tag} {attr}={e.attrs[attr]}>")
            scripts = dom.find_all("script")
            self.assertEqual(len(scripts), 1)
            self.assertNotIn("src", scripts[0].attrs)
            self.assertNotRegex(scripts[0].text(), r"fetch\(|XMLHttpRequest|import\(")

    def test_well_formed(self):
        from reporthelp import Dom
        self.assertEqual(Dom(self.html_sv).errors, [])
        self.assertTrue(self.html_sv.startswith("<!DOCTYPE html>"))

    def test_every_section_in_order(self):
        found = [s.attrs["id"] for s in self.dom_sv.find_all("section", cls="report-section")]
        self.assertEqual(found, SECTIONS)
        toc = [a.attrs["href"] for a in self.dom_sv.find("nav").find_all("a")]
        self.assertEqual(toc, ["#" + s for s in SECTIONS])

    def test_every_chart_has_content(self):
        charts = self.dom_sv.find_all("figure", cls="chart")
        self.assertGreater(len(charts), 40)
        ids = [c.attrs["data-chart"] for c in charts]
        self.assertEqual(len(ids), len(set(ids)), "chart ids are unique")
        for chart in charts:
            svg = chart.find("svg")
            self.assertIsNotNone(svg, chart.attrs["data-chart"])
            self.assertGreaterEqual(len(shapes(svg)), 3, chart.attrs["data-chart"])
            for attr in ("width", "height"):
                self.assertGreater(float(svg.attrs[attr]), 0)

    def test_no_nan_or_undefined(self):
        for html in (self.html_sv, self.html_en):
            self.assertNotRegex(html, r"\bNaN\b|\bundefined\b|\binf\b|\bInfinity\b|-nan\b|\bnull\b")

    def test_graph_draws_every_node_and_edge(self):
        graph = self.dom_sv.find("figure", data_chart="graph")
        nodes = graph.find_all("g", cls="node")
        self.assertEqual(sorted(n.attrs["data-node"] for n in nodes), sorted(n["id"] for n in self.model["nodes"]))
        edges = graph.find_all("path", cls="edge")
        self.assertEqual(len(edges), len(self.model["edges"]))
        negative = [e for e in edges if "negative" in e.classes]
        self.assertEqual(len(negative), sum(1 for e in self.model["edges"] if e.get("weight", 1) < 0))
        # Width 0.6 + 3.4 |w| / max |w|: the heaviest edges are 4 wide.
        top = max(abs(e.get("weight", 1)) for e in self.model["edges"])
        widths = defaultdict(set)
        for e in edges:
            ids = e.tooltip().split(":")[0].split(" \u2192 ")
            widths[tuple(ids)].add(float(e.attrs["stroke-width"]))
        for e in self.model["edges"]:
            expected = 0.6 + 3.4 * abs(e.get("weight", 1)) / top
            self.assertAlmostEqual(widths[(e["from"], e["to"])].pop(), expected, delta=0.006)
        # One column per level, lowest on the left: every edge goes to a column to the right.
        x = {n.attrs["data-node"]: float(n.find("rect").attrs["x"]) for n in nodes}
        for e in self.model["edges"]:
            self.assertLess(x[e["from"]], x[e["to"]], (e["from"], e["to"]))

    def test_funding_sources_match_the_model(self):
        totals = defaultdict(float)
        for n in self.model["nodes"]:
            for f in n.get("funding", []):
                totals[f["source"]] += f["amount"]
        sankey = self.dom_en.find("figure", data_chart="funding-SEK")
        found = {}
        for rect in sankey.find_all("rect", cls="sankey-node"):
            name, amount = rect.tooltip().rsplit(": ", 1)
            found.setdefault(name, amount)
        for source, amount in totals.items():
            self.assertIn(source, found)
            self.assertAlmostEqual(number(found[source].split()[0]), round(amount / 1e6, 1), places=6, msg=source)
        caption = sankey.find("figcaption").text()
        self.assertAlmostEqual(number(caption.split(":")[1].split()[0]), round(sum(totals.values()) / 1e6, 1))

    def test_trend_chart_per_indicator_with_values(self):
        observed = {o["indicator"] for o in self.model["observations"] if o.get("value") is not None}
        for ind in self.model["indicators"]:
            chart = self.dom_sv.find("figure", data_chart="trend-" + ind["id"])
            if ind.get("measure") == "text":
                self.assertIsNone(chart)
            elif ind["id"] in observed or ind.get("measure") == "ratio":
                self.assertIsNotNone(chart, ind["id"])
                self.assertIn(ind["label"], chart.find("h3").text())

    def test_change_target_and_required_trajectory(self):
        # I_vaxthusgas: -50 % by 2030 against 2015, whose value is the baseline 6.1 -> 3.05.
        chart = self.dom_sv.find("figure", data_chart="trend-I_vaxthusgas")
        target = chart.find("path", cls="target")
        self.assertEqual(target.tooltip(), "Målvärde: 3,05")
        baseline = chart.find("rect", cls="baseline")
        self.assertEqual(baseline.tooltip(), "Basår 2015: 6,1")
        line = chart.find("line", cls="trajectory")
        bx = float(baseline.attrs["x"]) + 4
        by = float(baseline.attrs["y"]) + 4
        tx, ty = map(float, re.match(r"M([\d.]+),([\d.]+)", target.attrs["d"]).groups())
        self.assertAlmostEqual(float(line.attrs["x1"]), bx, delta=0.11)
        self.assertAlmostEqual(float(line.attrs["y1"]), by, delta=0.11)
        self.assertAlmostEqual(float(line.attrs["x2"]), tx, delta=0.11)
        self.assertAlmostEqual(float(line.attrs["y2"]), ty + 6, delta=0.11)

    def test_threshold_and_text_assessments(self):
        chart = self.dom_sv.find("figure", data_chart="trend-I_halsa")
        self.assertIsNotNone(chart.find("line", cls="threshold"))
        self.assertIn("\u2265 75", chart.text())
        texts = [o["text"] for o in self.model["observations"] if o["indicator"] == "I_bedomning_C4"]
        trends = self.dom_sv.find("section", id="trends").text()
        for t in texts:
            self.assertIn(t, trends)

    def test_equality_municipalities_side_by_side(self):
        counties = {g["id"] for g in self.model["geographies"] if g.get("parent") == "0018"}
        self.assertEqual(len(counties), 12)
        obs = [o for o in self.model["observations"] if o["indicator"] == "I_forvarv" and o["breakdown"] == "T"
               and o["geo"] in counties and o.get("value") is not None]
        latest = max(o["period"] for o in obs)
        values = sorted((o["value"] for o in obs if o["period"] == latest), reverse=True)
        chart = self.dom_en.find("figure", data_chart="equality-I_forvarv")
        dots = chart.find_all("circle", cls="dot")
        self.assertEqual([number(d.tooltip().rsplit(": ", 1)[1]) for d in dots], values)
        county = next(o["value"] for o in self.model["observations"] if o["indicator"] == "I_forvarv"
                      and o["geo"] == "0018" and o["period"] == latest and o["breakdown"] == "T")
        for d in dots:
            v = number(d.tooltip().rsplit(": ", 1)[1])
            self.assertIn("better" if v > county else "worse" if v < county else "dot", d.classes)
        caption = chart.find("figcaption").text()
        self.assertIn(f"Gap: {round(values[0] - values[-1], 2):g}", caption)

    def test_women_and_men(self):
        gendered = {o["indicator"] for o in self.model["observations"] if o["breakdown"] in ("K", "M")}
        for ind in gendered:
            over_time = self.dom_sv.find("figure", data_chart="gender-" + ind)
            self.assertEqual(len(over_time.find_all("path", cls="women")), 1)
            self.assertEqual(len(over_time.find_all("path", cls="men")), 1)
            bars = self.dom_sv.find("figure", data_chart="gender-bars-" + ind)
            self.assertEqual(len(bars.find_all("rect", cls="women")), 12)
            self.assertEqual(len(bars.find_all("rect", cls="men")), 12)

    def test_both_languages(self):
        self.assertEqual(self.dom_sv.find("html").attrs["lang"], "sv")
        self.assertEqual(self.dom_en.find("html").attrs["lang"], "en")
        heads_sv = [s.find("h2").text() for s in self.dom_sv.find_all("section")]
        heads_en = [s.find("h2").text() for s in self.dom_en.find_all("section")]
        self.assertEqual(heads_sv[0], "Sammanfattning")
        self.assertEqual(heads_en[0], "Summary")
        self.assertTrue(all(a != b for a, b in zip(heads_sv, heads_en)))
        self.assertIn("239,8\u00a0mn\u00a0SEK", self.html_sv)
        self.assertIn("239.8\u00a0M\u00a0SEK", self.html_en)

    def test_same_model_same_bytes(self):
        _, again = report(EXAMPLE, "--lang", "sv")
        self.assertEqual(again, self.html_sv)
        _, from_csv = report(EXAMPLE_CSV, "--lang", "sv")
        self.assertEqual(from_csv, self.html_sv)

    def test_every_css_variable_is_defined(self):
        style = self.dom_sv.find("style").text()
        defined = set(re.findall(r"(--[a-z-]+)\s*:", style))
        used = set(re.findall(r"var\((--[a-z-]+)", style))
        self.assertEqual(used - defined, set())

    def test_print_styles(self):
        style = self.dom_sv.find("style").text()
        self.assertIn("@media print", style)
        self.assertIn("break-before: page", style)
        self.assertIn("@page", style)

    def test_diagnostics_are_validation_and_gap_findings(self):
        _, out, _ = run("validate", EXAMPLE, "--json", expect=0)
        diagnostics = json.loads(out)["diagnostics"]
        _, out, _ = run("gaps", EXAMPLE, "--json", "--lang", "en", expect=0)
        gaps = json.loads(out)["gaps"]
        self.assertGreater(len(gaps), 0)
        section = self.dom_en.find("section", id="diagnostics")
        rows = section.find("tbody").find_all("tr")
        self.assertEqual(len(rows), len(diagnostics) + len(gaps))
        messages = {r.find_all("td")[2].text() for r in rows}
        for g in gaps:
            self.assertIn(g["message"], messages)
        order = [r.attrs["class"] for r in rows]
        self.assertEqual(order, sorted(order), "errors first, then warnings, then infos")

    def test_status_and_gaps_from_the_gap_analysis(self):
        _, out, _ = run("gaps", EXAMPLE, "--json", "--lang", "sv", expect=0)
        doc = json.loads(out)
        # Every node's colour bin is its rolled-up share on track: 0-20 % -> sh-0 ... 80-100 % -> sh-4.
        share = {r["node"]: r.get("share") for r in doc["rollup"]}
        graph = self.dom_sv.find("figure", data_chart="graph")
        for g in graph.find_all("g", cls="node"):
            s = share.get(g.attrs["data-node"])
            expected = "sh-none" if s is None else f"sh-{min(int(s * 5), 4)}"
            self.assertIn(expected, g.classes, g.attrs["data-node"])
        self.assertEqual(len({c for g in graph.find_all("g", cls="node") for c in g.classes if c.startswith("sh-")}) > 2,
                         True)
        # The summary's mismatch table is the library's ranking, in order.
        ranking = [p["node"] for p in doc["priorities"]][:10]
        table = self.dom_sv.find("table", cls="mismatch")
        self.assertEqual([r.find("small").text().split(" \u00b7 ")[0] for r in table.find("tbody").find_all("tr")],
                         ranking)
        # A badge per target of every indicator evaluated in the focus geography.
        badges = sum(len(self.dom_sv.find("figure", data_chart="trend-" + i["id"]).find_all("span", cls="badge"))
                     for i in self.model["indicators"]
                     if self.dom_sv.find("figure", data_chart="trend-" + i["id"]) is not None)
        headline = [e for e in doc["performance"] if e.get("headline")]
        self.assertEqual(badges, len(headline))

    def test_stdout_when_no_output_file(self):
        _, out, _ = run("report", EXAMPLE, "--lang", "sv", expect=0)
        self.assertEqual(out, self.html_sv)

    def test_json_summary_of_the_run(self):
        out = scratch() / "r.html"
        _, text, _ = run("report", EXAMPLE, "-o", out, "--json", expect=0)
        doc = json.loads(text)
        self.assertEqual(doc["output"], str(out))
        self.assertEqual(doc["bytes"], out.stat().st_size)


if __name__ == "__main__":
    unittest.main(verbosity=2)
