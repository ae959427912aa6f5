"""impactgraph validate: diagnostics, exit codes, --json, the bad-input corpus."""
import unittest

from clihelp import CORPUS, EXAMPLE, run, run_json, scratch


class ValidateExample(unittest.TestCase):
    def test_example_is_valid(self):
        status, out, _ = run("validate", EXAMPLE, expect=0)
        self.assertIn("valid, 0 errors", out)

    def test_json_document(self):
        _, doc, _ = run_json("validate", EXAMPLE, expect=0)
        self.assertTrue(doc["valid"])
        self.assertEqual(doc["errors"], 0)
        for d in doc["diagnostics"]:
            self.assertEqual(set(d), {"code", "severity", "message", "ids", "location"})
            self.assertNotEqual(d["severity"], "error")


class ValidateErrors(unittest.TestCase):
    def test_missing_file_is_exit_2(self):
        status, doc, _ = run_json("validate", "no/such/model.json", expect=2)
        self.assertEqual(doc["diagnostics"][0]["code"], "io-error")

    def test_cycle_names_its_nodes_in_order(self):
        status, doc, _ = run_json("validate", CORPUS / "cases" / "cycle.json", expect=1)
        cycles = [d for d in doc["diagnostics"] if d["code"] == "cycle"]
        self.assertEqual(len(cycles), 1)
        ids = cycles[0]["ids"]
        # a -> b -> c -> a, reported from any starting node but in edge order
        start = ids.index("a")
        self.assertEqual(ids[start:] + ids[:start], ["a", "b", "c"])

    def test_warnings_alone_exit_0(self):
        model = scratch() / "sideways.json"
        model.write_text('{"impactgraph": 1, "nodes": [{"id": "g", "level": "goal"},'
                         ' {"id": "a", "level": "activity"}], "edges": [{"from": "g", "to": "a"}]}')
        status, doc, _ = run_json("validate", model, expect=0)
        self.assertEqual([d["code"] for d in doc["diagnostics"]], ["level-order"])
        self.assertEqual(doc["warnings"], 1)

    def test_every_corpus_case(self):
        """Each bad input: exit 1 (2 for unreadable input) and its expected first error."""
        for row in (CORPUS / "expected.tsv").read_text(encoding="utf-8").splitlines():
            if not row or row.startswith("#"):
                continue
            name, code, file, line, field = row.split("\t")
            with self.subTest(case=name):
                status, doc, _ = run_json("validate", CORPUS / "cases" / name)
                self.assertEqual(status, 2 if code == "io-error" else 1)
                errors = [d for d in doc["diagnostics"] if d["severity"] == "error"]
                self.assertTrue(errors)
                first = errors[0]
                self.assertEqual(first["code"], code)
                self.assertEqual(first["location"]["line"], int(line))
                if field != "*":
                    self.assertEqual(first["location"]["field"], field)


class Usage(unittest.TestCase):
    def test_no_command(self):
        run(expect=2)

    def test_unknown_command(self):
        status, doc, _ = run_json("frobnicate", EXAMPLE, expect=2)
        self.assertEqual(doc["error"]["code"], "usage")

    def test_missing_model_argument(self):
        run("validate", expect=2)

    def test_version(self):
        _, out, _ = run("--version", expect=0)
        self.assertRegex(out, r"impactgraph \d+\.\d+\.\d+")


if __name__ == "__main__":
    unittest.main()
