"""impactgraph import kolada: counts against an independent computation, both model formats."""
import json
import shutil
import unittest

from clihelp import EXAMPLE, SOURCE, run, run_json, scratch

KOLADA = SOURCE / "tests" / "data" / "kolada"


def expected_counts(model, kolada_files):
    """What the import must report, computed here from the files themselves."""
    latest = {}
    for path in kolada_files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        items = doc["values"] if isinstance(doc, dict) else doc
        for item in items:
            for v in item["values"]:
                key = (item["kpi"], item["municipality"], str(item["period"]), v["gender"])
                latest.pop(key, None)
                latest[key] = (v.get("value"), v.get("status") or "")
    by_kpi = {}
    for ind in model["indicators"]:
        if ind.get("source", "").startswith("kolada:"):
            by_kpi.setdefault(ind["source"][len("kolada:"):], []).append(ind["id"])
    geos = {g["id"] for g in model["geographies"]}
    have = {(o["indicator"], o["geo"], o["period"], o.get("breakdown", "T")): (o.get("value"), o.get("status", ""))
            for o in model.get("observations", [])}
    counts = dict(read=len(latest), added=0, changed=0, unchanged=0, skipped_kpi=0, skipped_geo=0)
    for (kpi, geo, period, gender), value in latest.items():
        if kpi not in by_kpi:
            counts["skipped_kpi"] += 1
        elif geo not in geos:
            counts["skipped_geo"] += 1
        else:
            for ind in by_kpi[kpi]:
                old = have.get((ind, geo, period, gender))
                counts["added" if old is None else "unchanged" if old == value else "changed"] += 1
    return counts


class ImportKolada(unittest.TestCase):
    def test_json_model_counts_and_revisions(self):
        out = scratch()
        model = out / "orebro.json"
        shutil.copy(EXAMPLE, model)
        files = [KOLADA / "v2_page1.json", KOLADA / "v3_revised.json"]
        before = json.loads(model.read_text(encoding="utf-8"))
        _, doc, _ = run_json("import", "kolada", *files, "--model", model, expect=0)
        want = expected_counts(before, files)
        for key, value in want.items():
            self.assertEqual(doc[key], value, key)
        self.assertIn("N99999", doc["unmapped_kpis"])
        after = json.loads(model.read_text(encoding="utf-8"))
        self.assertEqual(len(after["observations"]), len(before["observations"]) + want["added"])
        run("validate", model, expect=0)
        # The same files again: everything unchanged.
        _, again, _ = run_json("import", "kolada", *files, "--model", model, expect=0)
        self.assertEqual((again["added"], again["changed"]), (0, 0))

    def test_human_output_says_what_changed(self):
        out = scratch()
        model = out / "orebro.json"
        shutil.copy(EXAMPLE, model)
        _, text, _ = run("import", "kolada", KOLADA / "v2_page1.json", "--model", model, expect=0)
        self.assertRegex(text, r"\d+ observations? added, \d+ changed")

    def test_swedish_csv_bundle_keeps_its_style(self):
        out = scratch()
        bundle = out / "csv"
        shutil.copytree(SOURCE / "examples" / "orebro" / "csv", bundle)
        run("import", "kolada", KOLADA / "v2_page1.json", "--model", bundle, expect=0)
        header = (bundle / "observations.csv").read_bytes().splitlines()[0]
        self.assertTrue(header.startswith(b"\xef\xbb\xbfindicator;"))
        run("validate", bundle, expect=0)

    def test_bad_kolada_file_leaves_model(self):
        out = scratch()
        model = out / "orebro.json"
        shutil.copy(EXAMPLE, model)
        original = model.read_bytes()
        status, doc, _ = run_json("import", "kolada", KOLADA / "bad_period.json", "--model", model, expect=1)
        self.assertEqual(doc["diagnostics"][0]["code"], "bad-period")
        self.assertEqual(doc["diagnostics"][0]["location"]["line"], 2)
        self.assertEqual(model.read_bytes(), original)

    def test_usage(self):
        run("import", "scb", KOLADA / "v2_page1.json", "--model", EXAMPLE, expect=2)
        run("import", "kolada", KOLADA / "v2_page1.json", expect=2)
        run("import", "kolada", KOLADA / "v2_page1.json", "--model", "no/such/model.json", expect=2)


if __name__ == "__main__":
    unittest.main()
