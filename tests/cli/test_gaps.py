"""impactgraph gaps: the JSON contract, both languages, exit codes, and values checked against
Open SDG's progress measure computed here."""
import json
import re
import unittest

from clihelp import CORPUS, EXAMPLE, SOURCE, run, run_json, scratch

DOCS = (SOURCE / "docs" / "gaps.md").read_text(encoding="utf-8")


def by_code(doc, code):
    return [g for g in doc["gaps"] if g["code"] == code]


def first_ids(doc, code):
    return {g["ids"][0] for g in by_code(doc, code)}


class GapsExample(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        _, cls.doc, _ = run_json("gaps", EXAMPLE, expect=0)

    def test_contract(self):
        doc = self.doc
        self.assertEqual(doc["as_of"], "2023")
        self.assertEqual(doc["region"], "0018")
        self.assertTrue(doc["gaps"])
        documented = set(re.findall(r"^\| `([a-z-]+)` \| [a-z]+ \| (?:error|warning|info) \|", DOCS, re.M))
        for g in doc["gaps"]:
            self.assertEqual(list(g), ["code", "severity", "message", "ids", "figures"])
            self.assertIn(g["code"], documented)
            self.assertIn(g["severity"], ("error", "warning", "info"))
            self.assertTrue(g["message"])
            self.assertTrue(all(isinstance(i, str) for i in g["ids"]))
            self.assertTrue(all(isinstance(v, (int, float, str)) for v in g["figures"].values()))
        counts = {s: sum(1 for g in doc["gaps"] if g["severity"] == s) for s in ("error", "warning", "info")}
        self.assertEqual(doc["summary"], {"errors": counts["error"], "warnings": counts["warning"],
                                          "infos": counts["info"]})

    def test_planted_findings(self):
        doc = self.doc
        self.assertEqual(first_ids(doc, "orphan-activity"), {"P39"})
        self.assertEqual(first_ids(doc, "unreached-effect"), {"E20"})
        self.assertEqual(first_ids(doc, "silo"), {"A10"})
        self.assertEqual(first_ids(doc, "stale-series"), {"I_barn_ekutsatta"})
        self.assertEqual(first_ids(doc, "low-coverage"), {"I_syss_utrikes_kv"})
        self.assertEqual(first_ids(doc, "gender-gap"), {"I_ohalsotal"})
        self.assertIn("A07", first_ids(doc, "priority-mismatch"))
        ranked = {p["node"] for p in doc["priorities"]}
        self.assertTrue({"C4", "C5"} <= ranked)
        off = {g["ids"][0]: g["figures"]["class"] for g in by_code(doc, "off-track")}
        self.assertEqual(off["I_materialatervinning"], "deteriorating")
        self.assertEqual(off["I_lag_ekstd"], "deteriorating")
        self.assertNotIn("I_forvarv", off)

    def test_performance_against_open_sdg(self):
        """Every county evaluation of a level target, recomputed from the model file."""
        model = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        values = {}
        for o in model["observations"]:
            if o.get("value") is not None and o.get("breakdown", "T") == "T" and o["geo"] == "0018":
                values.setdefault(o["indicator"], {})[int(o["period"])] = o["value"]
        checked = 0
        for ind in model["indicators"]:
            targets = ind.get("targets") or ([dict(ind["target"], kind="level")] if "target" in ind else [])
            for k, t in enumerate(targets):
                if t["kind"] != "level" or ind["id"] not in values:
                    continue
                series = values[ind["id"]]
                base = min(y for y in series if y >= int(ind["baseline"]["period"]))
                now = max(series)
                x0, x, v, big_t = series[base], series[now], t["value"], int(t["period"])
                d = 1 if ind["direction"] == "increase" else -1
                observed = (x / x0) ** (1 / (now - base)) - 1
                required = (v / x0) ** (1 / (big_t - base)) - 1
                ratio = d * observed / abs(required)
                achieved = x >= v if d > 0 else x <= v
                want = ("target_achieved" if achieved else "on_track" if ratio >= 0.95 else "moderate"
                        if ratio >= 0.6 else "limited" if ratio >= 0 else "deteriorating")
                got = [e for e in self.doc["performance"]
                       if e["indicator"] == ind["id"] and e["geo"] == "0018" and e["target"] == k]
                self.assertEqual(len(got), 1, ind["id"])
                self.assertEqual(got[0]["class"], want, ind["id"])
                if not achieved:
                    self.assertAlmostEqual(got[0]["value"], ratio, places=9)
                    line = x0 + (v - x0) * (now - base) / (big_t - base)
                    self.assertAlmostEqual(got[0]["line_value"], line, places=9)
                checked += 1
        self.assertGreaterEqual(checked, 10)

    def test_swedish(self):
        _, sv, _ = run_json("gaps", EXAMPLE, "--lang", "sv", expect=0)
        self.assertEqual(sv["language"], "sv")
        self.assertEqual([(g["code"], g["ids"]) for g in sv["gaps"]],
                         [(g["code"], g["ids"]) for g in self.doc["gaps"]])
        orphan = by_code(sv, "orphan-activity")[0]["message"]
        self.assertIn("parallellt spår", orphan)
        silo = by_code(sv, "silo")[0]["message"]
        self.assertTrue(silo.startswith("Område A10 arbetar i ett stuprör"))

    def test_human_output(self):
        _, out, _ = run("gaps", EXAMPLE, expect=0)
        lines = out.splitlines()
        self.assertRegex(lines[-1], r"\d+ errors?, \d+ warnings?, \d+ infos?, as of 2023, region 0018$")
        self.assertTrue(any(re.match(r"warning: .* \[orphan-activity\]$", line) for line in lines))
        _, out_sv, _ = run("gaps", EXAMPLE, "--lang", "sv", expect=0)
        self.assertIn("varningar", out_sv.splitlines()[-1])

    def test_csv_bundle_gives_the_same_gaps(self):
        _, csv, _ = run_json("gaps", SOURCE / "examples" / "orebro" / "csv", expect=0)
        self.assertEqual([(g["code"], g["ids"], g["message"]) for g in csv["gaps"]],
                         [(g["code"], g["ids"], g["message"]) for g in self.doc["gaps"]])


class GapsOptions(unittest.TestCase):
    def test_as_of(self):
        _, doc, _ = run_json("gaps", EXAMPLE, "--as-of", "2019", expect=0)
        self.assertEqual(doc["as_of"], "2019")
        self.assertNotIn("I_barn_ekutsatta", first_ids(doc, "stale-series"))

    def test_thresholds_and_levels(self):
        _, doc, _ = run_json("gaps", EXAMPLE, "--mismatch", "2", "--no-silos", "--measure-level", "vision",
                             expect=0)
        self.assertEqual(by_code(doc, "priority-mismatch"), [])
        self.assertEqual(by_code(doc, "silo"), [])
        self.assertEqual(doc["groups"], [])
        self.assertEqual(by_code(doc, "unmeasured-node"), [])  # the vision has indicators

    def test_a_small_model(self):
        """A goal nothing reaches is an error-severity gap, yet the command succeeds."""
        model = scratch() / "small.json"
        model.write_text(json.dumps({
            "impactgraph": 1,
            "nodes": [{"id": "A1", "level": "activity"}, {"id": "G1", "level": "goal"},
                      {"id": "G2", "level": "goal", "label": "Övergivet mål"}],
            "edges": [{"from": "A1", "to": "G1"}]}), encoding="utf-8")
        status, doc, _ = run_json("gaps", model, expect=0)
        unreached = by_code(doc, "unreached-goal")
        self.assertEqual([g["ids"] for g in unreached], [["G2"]])
        self.assertEqual(unreached[0]["severity"], "error")
        self.assertEqual(doc["summary"]["errors"], 1)
        self.assertIsNone(doc["as_of"])


class GapsErrors(unittest.TestCase):
    def test_unreadable_model_is_exit_2(self):
        run("gaps", "no/such/model.json", expect=2)

    def test_invalid_model_is_exit_1(self):
        status, doc, _ = run_json("gaps", CORPUS / "cases" / "cycle.json", expect=1)
        self.assertIn("cycle", [d["code"] for d in doc["diagnostics"]])

    def test_bad_options_are_exit_2(self):
        _, doc, _ = run_json("gaps", EXAMPLE, "--region", "9999", expect=2)
        self.assertIn("9999", doc["error"]["message"])
        run("gaps", EXAMPLE, "--lang", "fi", expect=2)
        run("gaps", EXAMPLE, "--as-of", "someday", expect=2)
        run("gaps", EXAMPLE, "--measure-level", "nope", expect=2)


if __name__ == "__main__":
    unittest.main()
