"""impactgraph contributions, funding and influence: numbers on the worked example of
docs/contributions.md (worked out by hand there), Monte Carlo, exit codes, and the laws
that must hold on the Örebro example."""
import json
import unittest
from collections import defaultdict

from clihelp import EXAMPLE, run, run_json, scratch

# docs/contributions.md, "The worked example".
TINY = {
    "impactgraph": 1,
    "name": "Worked example",
    "nodes": [
        {"id": "A1", "level": "activity", "tags": {"area": "X"},
         "funding": [{"amount": 600, "currency": "SEK", "source": "ERUF", "period": "2022"},
                     {"amount": 400, "currency": "SEK", "source": "ERUF", "period": "2023"}]},
        {"id": "A2", "level": "activity", "tags": {"area": "Y"},
         "funding": [{"amount": 500, "currency": "SEK", "source": "own", "period": "2023"}]},
        {"id": "E1", "level": "outcome"},
        {"id": "E2", "level": "outcome"},
        {"id": "G", "level": "goal"},
    ],
    "edges": [
        {"from": "A1", "to": "E1", "weight": 0.8, "weight_range": [0.6, 1.0]},
        {"from": "A1", "to": "E2", "weight": 0.2, "evidence": "weak"},
        {"from": "A2", "to": "E2", "weight": 0.6},
        {"from": "A2", "to": "G", "weight": -0.3},
        {"from": "E1", "to": "G", "weight": 1.0},
        {"from": "E2", "to": "G", "weight": 0.5},
    ],
}

# Three goals scored against each other (docs/contributions.md, "Influence").
GOALS = {
    "impactgraph": 1,
    "levels": ["goal"],
    "nodes": [{"id": "G1", "level": "goal"}, {"id": "G2", "level": "goal"}, {"id": "G3", "level": "goal"}],
    "edges": [{"from": "G1", "to": "G2", "weight": -2}, {"from": "G2", "to": "G3", "weight": -1},
              {"from": "G1", "to": "G3", "weight": 1}],
}


def write(model):
    path = scratch() / "model.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    return path


def values(doc):
    return {(r["source"], r["target"]): r["value"] for r in doc["contributions"]}


class Contributions(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tiny = write(TINY)

    def test_path(self):
        _, doc, _ = run_json("contributions", self.tiny, "--from", "activity", "--to", "outcome,goal", expect=0)
        self.assertEqual(doc["mode"], "path")
        # By target (E1, E2, G), then source; A2 has no path to E1.
        self.assertEqual([(r["source"], r["target"]) for r in doc["contributions"]],
                         [("A1", "E1"), ("A1", "E2"), ("A2", "E2"), ("A1", "G"), ("A2", "G")])
        for r in doc["contributions"]:
            self.assertEqual(set(r), {"source", "target", "value", "synergy", "trade_off"})
        v = values(doc)
        self.assertAlmostEqual(v[("A1", "G")], 0.8 * 1.0 + 0.2 * 0.5, places=12)
        self.assertAlmostEqual(v[("A2", "G")], 0.0, places=12)  # 0.6 * 0.5 - 0.3
        a2 = doc["contributions"][-1]
        self.assertAlmostEqual(a2["synergy"], 0.3, places=12)
        self.assertAlmostEqual(a2["trade_off"], -0.3, places=12)

    def test_flow_and_attribution(self):
        _, doc, _ = run_json("contributions", self.tiny, "--from", "activity", "--to", "goal", "--mode", "flow",
                             expect=0)
        self.assertEqual(doc["normalisation"], "positive")
        self.assertAlmostEqual(values(doc)[("A2", "G")], 1.0, places=12)
        _, doc, _ = run_json("contributions", self.tiny, "--sources", "A2", "--targets", "G", "--mode", "flow",
                             "--normalise", "signed", expect=0)
        (r,) = doc["contributions"]
        self.assertAlmostEqual(r["value"], 1.0, places=12)
        self.assertAlmostEqual(r["synergy"], 2.0, places=12)  # 0.6 / 0.3
        self.assertAlmostEqual(r["trade_off"], -1.0, places=12)
        _, doc, _ = run_json("contributions", self.tiny, "--from", "activity", "--to", "goal", "--mode",
                             "attribution", expect=0)
        v = values(doc)
        self.assertAlmostEqual(v[("A1", "G")], 0.75, places=12)
        self.assertAlmostEqual(v[("A2", "G")], 0.25, places=12)
        _, doc, _ = run_json("contributions", self.tiny, "--from", "activity", "--to", "goal", "--mode",
                             "attribution", "--normalize", "signed", expect=0)
        v = values(doc)
        self.assertAlmostEqual(v[("A1", "G")], 45 / 48, places=12)
        self.assertAlmostEqual(v[("A2", "G")], 3 / 48, places=12)

    def test_defaults_lowest_to_highest_level_with_nodes(self):  # no vision node: goal
        _, doc, _ = run_json("contributions", self.tiny, expect=0)
        self.assertEqual(sorted(values(doc)), [("A1", "G"), ("A2", "G")])

    def test_table(self):
        _, out, _ = run("contributions", self.tiny, "--to", "goal", expect=0)
        lines = out.splitlines()
        self.assertIn("path contributions, 2 pairs with a path", lines[0])
        self.assertEqual(lines[1].split(), ["target", "source", "value", "synergy", "trade-off"])
        self.assertEqual(lines[2].split(), ["G", "A1", "0.9", "0.9", "0"])
        self.assertEqual(lines[3].split(), ["G", "A2", "0", "0.3", "-0.3"])

    def test_monte_carlo(self):
        args = ("contributions", self.tiny, "--to", "goal", "--samples", "400", "--seed", "11")
        _, one, _ = run_json(*args, "--threads", "1", expect=0)
        _, two, _ = run_json(*args, "--threads", "2", expect=0)
        self.assertEqual(one, two)
        self.assertEqual(one["samples"], 400)
        a1 = one["contributions"][0]
        self.assertEqual(set(a1), {"source", "target", "value", "synergy", "trade_off", "mean", "p05", "p95",
                                   "rank", "rank_low", "rank_high"})
        # A1 -> G = w1 + 0.5 w2, w1 uniform on [0.6, 1], w2 on [0.1, 0.3] (weak: +-50 %).
        self.assertTrue(0.65 <= a1["p05"] <= a1["mean"] <= a1["p95"] <= 1.15)
        self.assertAlmostEqual(a1["mean"], 0.8 + 0.5 * 0.2, delta=0.02)
        self.assertEqual((a1["rank"], a1["rank_low"], a1["rank_high"]), (1, 1, 1))
        _, other, _ = run_json("contributions", self.tiny, "--to", "goal", "--samples", "400", "--seed", "12",
                               expect=0)
        self.assertNotEqual(other["contributions"][0]["mean"], a1["mean"])
        _, out, _ = run(*args, expect=0)
        self.assertIn("rank 5-95%", out)

    def test_errors(self):
        status, doc, _ = run_json("contributions", self.tiny, "--from", "activities", expect=2)
        self.assertIn("no level \"activities\"", doc["error"]["message"])
        run_json("contributions", self.tiny, "--targets", "nope", expect=2)
        run_json("contributions", self.tiny, "--mode", "paths", expect=2)
        run_json("contributions", "no/such/model.json", expect=2)
        # A node flow cannot normalise: E1 -> G 1 and E1 -> E2 -1 sum to 0.
        broken = json.loads(json.dumps(TINY))
        broken["edges"].append({"from": "E1", "to": "E2", "weight": -1})
        path = write(broken)
        status, doc, _ = run_json("contributions", path, "--sources", "E1", "--to", "goal", "--mode", "flow",
                                  "--normalise", "signed", expect=1)
        (d,) = doc["diagnostics"]
        self.assertEqual((d["code"], d["ids"]), ("cannot-normalise", ["E1"]))
        _, _, err = run("contributions", path, "--sources", "E1", "--to", "goal", "--mode", "flow",
                        "--normalise", "signed", expect=1)
        self.assertIn('node "E1"', err)


class Funding(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tiny = write(TINY)

    def test_by_source(self):
        _, doc, _ = run_json("funding", self.tiny, expect=0)
        self.assertEqual(doc["group_by"], "source")
        got = {(f["node"], f["group"]): (f["amount"], f["direct"]) for f in doc["funding"]}
        self.assertEqual(got, {("A1", "ERUF"): (1000, 1000), ("A2", "own"): (500, 500), ("E1", "ERUF"): (800, 0),
                               ("E2", "ERUF"): (200, 0), ("E2", "own"): (500, 0), ("G", "ERUF"): (1000, 0),
                               ("G", "own"): (500, 0)})
        self.assertEqual(doc["totals"], [{"group": "ERUF", "currency": "SEK", "amount": 1000.0},
                                         {"group": "own", "currency": "SEK", "amount": 500.0}])

    def test_group_by_tag_and_period(self):
        _, doc, _ = run_json("funding", self.tiny, "--to", "goal", "--group-by", "area", expect=0)
        self.assertEqual(doc["group_by"], "tag:area")
        self.assertEqual([(f["node"], f["level"], f["group"], f["amount"]) for f in doc["funding"]],
                         [("G", "goal", "X", 1000), ("G", "goal", "Y", 500)])
        _, doc, _ = run_json("funding", self.tiny, "--nodes", "E1,G", "--period", "2022", expect=0)
        self.assertEqual([(f["node"], f["amount"]) for f in doc["funding"]], [("E1", 480), ("G", 600)])
        _, out, _ = run("funding", self.tiny, "--to", "goal", expect=0)
        self.assertIn("put in:", out)

    def test_signed(self):
        _, doc, _ = run_json("funding", self.tiny, "--nodes", "E2", "--normalise", "signed", expect=0)
        self.assertEqual({f["group"]: f["amount"] for f in doc["funding"]}, {"ERUF": 200, "own": 1000})


class Influence(unittest.TestCase):
    def test_three_goals(self):
        path = write(GOALS)
        _, doc, _ = run_json("influence", path, expect=0)  # default set: the goal level
        pairs = {(p["from"], p["to"]): p for p in doc["pairs"]}
        g13 = pairs[("G1", "G3")]
        self.assertEqual((g13["first"], g13["second"], g13["total"]), (1, 2, 3))
        self.assertEqual({n["id"]: n["class"] for n in doc["nodes"]},
                         {"G1": "driver", "G2": "autonomous", "G3": "dependent"})  # G2: dependence 2 = the mean
        _, doc, _ = run_json("influence", path, "--sign-rule", "any-negative", expect=0)
        g13 = {(p["from"], p["to"]): p for p in doc["pairs"]}[("G1", "G3")]
        self.assertEqual((g13["second"], g13["synergy"], g13["trade_off"]), (-2, 1, -2))
        _, out, _ = run("influence", path, expect=0)
        self.assertIn("driver", out)

    def test_needs_a_set(self):
        path = write(TINY)  # levels activity..vision: goal exists, so this works
        run_json("influence", path, expect=0)
        no_goals = json.loads(json.dumps(TINY))
        no_goals["levels"] = ["activity", "outcome", "target"]
        no_goals["nodes"][-1]["level"] = "target"
        status, doc, _ = run_json("influence", write(no_goals), expect=2)
        self.assertIn("--level", doc["error"]["message"])
        _, doc, _ = run_json("influence", write(no_goals), "--level", "outcome,target", expect=0)
        self.assertEqual([n["id"] for n in doc["nodes"]], ["E1", "E2", "G"])


class OrebroExample(unittest.TestCase):
    def test_attribution_shares_of_each_goal_sum_to_1(self):
        # The sources must be a cut: every path into a goal starts at exactly one of them.
        # The example's roots are its 39 activities and one effect, E20, that no activity reaches.
        _, doc, _ = run_json("contributions", EXAMPLE, "--from", "activity", "--sources", "E20", "--to", "goal",
                             "--mode", "attribution", expect=0)
        share = defaultdict(float)
        for r in doc["contributions"]:
            share[r["target"]] += r["value"]
            self.assertGreaterEqual(r["value"], 0.0)
        self.assertEqual(sorted(share), ["G1", "G2", "G3"])
        for goal, total in share.items():
            self.assertAlmostEqual(total, 1.0, places=9, msg=goal)
        # Without E20 the activities account for less than the whole of each goal it feeds.
        _, doc, _ = run_json("contributions", EXAMPLE, "--from", "activity", "--to", "goal", "--mode",
                             "attribution", expect=0)
        share = defaultdict(float)
        for r in doc["contributions"]:
            share[r["target"]] += r["value"]
        self.assertTrue(all(total < 1.0 for total in share.values()))

    def test_flow_from_each_activity_to_the_sinks_sums_to_1(self):
        # The example's sinks: the vision and one output (O38) that leads nowhere.
        _, doc, _ = run_json("contributions", EXAMPLE, "--from", "activity", "--targets", "vision,O38",
                             "--mode", "flow", expect=0)
        total = defaultdict(float)
        for r in doc["contributions"]:
            total[r["source"]] += r["value"]
        self.assertEqual(len(total), 39)
        for source, t in total.items():
            self.assertAlmostEqual(t, 1.0, places=9, msg=source)

    def test_funding_is_conserved(self):
        _, doc, _ = run_json("funding", EXAMPLE, "--nodes", "vision,O38", expect=0)
        arrived = defaultdict(float)
        for f in doc["funding"]:
            arrived[(f["group"], f["currency"])] += f["amount"]
        self.assertEqual(len(doc["totals"]), 5)
        for t in doc["totals"]:
            self.assertAlmostEqual(arrived[(t["group"], t["currency"])], t["amount"], delta=1e-6 * t["amount"])

    def test_path_has_the_trade_off_apart(self):
        # E25 -> G3 weighs -0.4: activities that reach G3 through E25 carry a trade-off.
        _, doc, _ = run_json("contributions", EXAMPLE, "--from", "activity", "--to", "goal", expect=0)
        self.assertTrue(any(r["trade_off"] < 0 and r["target"] == "G3" for r in doc["contributions"]))
        for r in doc["contributions"]:
            self.assertAlmostEqual(r["value"], r["synergy"] + r["trade_off"], places=12)

    def test_monte_carlo_is_reproducible(self):
        args = ("contributions", EXAMPLE, "--from", "activity", "--to", "goal", "--mode", "attribution",
                "--samples", "200", "--seed", "7")
        _, a, _ = run_json(*args, expect=0)
        _, b, _ = run_json(*args, "--threads", "1", expect=0)
        self.assertEqual(a, b)
        for r in a["contributions"]:
            self.assertLessEqual(r["p05"], r["p95"])
            self.assertLessEqual(r["rank_low"], r["rank_high"])

    def test_signed_flow_fails_in_a_sample_and_says_which(self):
        # E25's out-weights (0.6 on [0.42, 0.78], -0.4 on [-0.7, -0.1]) can sum to < 0.
        status, doc, _ = run_json("contributions", EXAMPLE, "--from", "activity", "--to", "goal", "--mode", "flow",
                                  "--normalise", "signed", "--samples", "200", "--seed", "1", expect=1)
        (d,) = doc["diagnostics"]
        self.assertEqual(d["code"], "cannot-normalise")
        self.assertEqual(d["ids"], ["E25"])
        self.assertIn("Monte-Carlo sample", d["message"])


if __name__ == "__main__":
    unittest.main()
