"""Every error path: each exception class from a real failure, with the library's code,
message and diagnostics; the whole bad-input corpus; the mapping of every status code."""
import copy
import ctypes
import json
import pickle
import unittest

from helpers import CORPUS, EXAMPLE, SMALL, SMALL_TEXT, scratch

import impactgraph as ig
from impactgraph import errors
from impactgraph._library import lib

S = ig.Status


class ErrorCase(unittest.TestCase):
    def assertFails(self, cls, code, function, *args, **kwargs):
        """Calls function, which must raise exactly `cls` with `code`; returns the exception."""
        with self.assertRaises(ig.Error) as caught:
            function(*args, **kwargs)
        e = caught.exception
        self.assertIs(type(e), cls, repr(e))
        self.assertEqual(e.code, code)
        self.assertEqual(e.code_name, "IG_" + S(code).name)
        self.assertTrue(e.message)
        self.assertEqual(str(e), e.message)
        return e

    def setUp(self):
        self.model = ig.load_json_string(SMALL_TEXT)

    def tearDown(self):
        self.model.close()


class EachClass(ErrorCase):
    def test_invalid_argument_from_the_library(self):
        e = self.assertFails(ig.InvalidArgumentError, S.ERROR_INVALID_ARGUMENT, self.model.write_string, "csv")
        self.assertEqual(e.message, lib.ig_error_last_message().decode())  # the library's own message
        self.assertIsInstance(e, ValueError)
        with ig.Builder() as b:
            b.add_node("a", "activity").add_node("g", "goal").add_edge("a", "g")
            e = self.assertFails(ig.InvalidArgumentError, S.ERROR_INVALID_ARGUMENT, b.set_edge_evidence, "a", "g", 99)
            self.assertIn("evidence", e.message)
        self.assertFails(ig.InvalidArgumentError, S.ERROR_INVALID_ARGUMENT, self.model.export, scratch() / "x", "auto")

    def test_invalid_argument_found_in_python(self):
        e = self.assertFails(ig.InvalidArgumentError, S.ERROR_INVALID_ARGUMENT, ig.load, "a\0b")
        self.assertIn("NUL", e.message)
        with ig.Builder() as b:
            e = self.assertFails(ig.InvalidArgumentError, S.ERROR_INVALID_ARGUMENT, b.add_node, "a\ud800", "goal")
            self.assertIn("lone surrogate", e.message)
        self.assertFails(ig.InvalidArgumentError, S.ERROR_INVALID_ARGUMENT, self.model.export, scratch() / "m.txt")
        self.assertFails(ig.InvalidArgumentError, S.ERROR_INVALID_ARGUMENT, self.model.export, scratch() / "m",
                         csv_style="excel")
        self.assertFails(ig.InvalidArgumentError, S.ERROR_INVALID_ARGUMENT, self.model.export, scratch() / "m",
                         csv_separator=";;")
        self.assertFails(ig.InvalidArgumentError, S.ERROR_INVALID_ARGUMENT, ig.load, EXAMPLE, format="xml")

    def test_io(self):
        e = self.assertFails(ig.InputOutputError, S.ERROR_IO, ig.load, "no/such/model.json")
        self.assertIn("no/such/model.json", e.message)
        self.assertIsInstance(e, OSError)
        self.assertIsNone(e.errno)  # not an OS errno: the library's status is in .code
        blocker = scratch() / "a-file"
        blocker.write_text("x")
        e = self.assertFails(ig.InputOutputError, S.ERROR_IO, self.model.export, blocker / "m.json")
        self.assertIn("a-file", e.message)

    def test_parse(self):
        text = '{"impactgraph": 1,\n "nodes": [\n  {"id": "a", "level": 3}\n ],\n "edges": []}'
        e = self.assertFails(ig.ParseError, S.ERROR_PARSE, ig.load_json_string, text, source_name="bad.json")
        self.assertEqual(len(e.diagnostics), 1)
        d = e.diagnostics[0]
        self.assertEqual((d.code, d.file, d.line, d.field), ("wrong-type", "bad.json", 3, "nodes[0].level"))
        self.assertTrue(e.message.startswith("bad.json:3:"), e.message)
        self.assertFails(ig.ParseError, S.ERROR_PARSE, ig.load_json_string, "{")
        # a lone surrogate cannot be UTF-8: the library's reader reports it at its line
        e = self.assertFails(ig.ParseError, S.ERROR_PARSE, ig.load_json_string,
                             '{"impactgraph": 1,\n "name": "\ud800", "nodes": [], "edges": []}')
        self.assertEqual((e.diagnostics[0].code, e.diagnostics[0].line), ("bad-encoding", 2))

    def test_invalid_model_carries_every_finding(self):
        e = self.assertFails(ig.InvalidModelError, S.ERROR_INVALID_MODEL, ig.load, CORPUS / "cases" / "cycle.json")
        cycles = [d for d in e.diagnostics if d.code == "cycle"]
        self.assertEqual(len(cycles), 1)
        ids = list(cycles[0].ids)
        start = ids.index("a")
        self.assertEqual(ids[start:] + ids[:start], ["a", "b", "c"])
        broken = copy.deepcopy(SMALL)
        broken["edges"][2]["to"] = "G9"
        for o in broken["observations"][3:]:
            o["geo"] = "0099"
        e = self.assertFails(ig.InvalidModelError, S.ERROR_INVALID_MODEL, ig.load_json_string, json.dumps(broken))
        self.assertEqual(sorted(d.code for d in e.diagnostics if d.severity == "error"),
                         ["unknown-geography", "unknown-geography", "unknown-node"])

    def test_not_found(self):
        e = self.assertFails(ig.NotFoundError, S.ERROR_NOT_FOUND, lambda: self.model.nodes["nope"])
        self.assertIn("nope", e.message)
        self.assertIsInstance(e, KeyError)
        self.assertEqual(str(e), e.message)  # not KeyError's quoted repr
        self.assertFails(ig.NotFoundError, S.ERROR_NOT_FOUND, lambda: self.model.indicators["nope"])
        self.assertFails(ig.NotFoundError, S.ERROR_NOT_FOUND, lambda: self.model.geographies["nope"])
        self.assertFails(ig.NotFoundError, S.ERROR_NOT_FOUND, self.model.level_index, "nope")
        self.assertFails(ig.NotFoundError, S.ERROR_NOT_FOUND, self.model.out_edges, "nope")
        self.assertFails(ig.NotFoundError, S.ERROR_NOT_FOUND, lambda: self.model.edges["V", "G1"])
        with ig.Builder() as b:
            self.assertFails(ig.NotFoundError, S.ERROR_NOT_FOUND, b.set_node_tag, "nope", "k", "v")
            self.assertFails(ig.NotFoundError, S.ERROR_NOT_FOUND, b.set_edge_confidence, "x", "y", 0.5)
            self.assertFails(ig.NotFoundError, S.ERROR_NOT_FOUND, b.set_indicator_unit, "nope", "%")

    def test_out_of_range(self):
        e = self.assertFails(ig.OutOfRangeError, S.ERROR_OUT_OF_RANGE, lambda: self.model.nodes[6])
        self.assertIsInstance(e, IndexError)
        self.assertFails(ig.OutOfRangeError, S.ERROR_OUT_OF_RANGE, lambda: self.model.edges[7])
        self.assertFails(ig.OutOfRangeError, S.ERROR_OUT_OF_RANGE, lambda: self.model.observations[-6])
        self.assertFails(ig.OutOfRangeError, S.ERROR_OUT_OF_RANGE, self.model.in_edges, 6)

    def test_state(self):
        b = ig.Builder().add_node("a", "goal")
        b.freeze().close()
        e = self.assertFails(ig.StateError, S.ERROR_STATE, b.add_level, "x")
        self.assertIsInstance(e, RuntimeError)
        b.close()
        self.assertFails(ig.StateError, S.ERROR_STATE, b.add_level, "x")  # closed on the Python side
        m = ig.load_json_string(SMALL_TEXT)
        m.close()
        e = self.assertFails(ig.StateError, S.ERROR_STATE, lambda: m.nodes[0])
        self.assertIn("closed", e.message)

    def test_buffer_too_small(self):
        # The package never passes a short buffer; this drives the C call directly.
        buffer = (ctypes.c_size_t * 2)()
        status = lib.ig_model_topological_order(buffer, 2, self.model._h)
        self.assertEqual(status, S.ERROR_BUFFER_TOO_SMALL)
        self.assertFails(ig.BufferTooSmallError, S.ERROR_BUFFER_TOO_SMALL, errors.check, status)

    def test_out_of_memory(self):
        with ig.Builder() as b:
            e = self.assertFails(ig.OutOfMemoryError, S.ERROR_OUT_OF_MEMORY, b.reserve, 2 ** 64 - 1, 1, 1, 1)
            self.assertIsInstance(e, MemoryError)
            b.add_node("still", "goal")  # the builder is still usable
            with b.freeze() as m:
                self.assertEqual(len(m.nodes), 1)

    def test_every_status_has_its_class(self):
        expected = {S.ERROR_INVALID_ARGUMENT: ig.InvalidArgumentError, S.ERROR_IO: ig.InputOutputError,
                    S.ERROR_PARSE: ig.ParseError, S.ERROR_INVALID_MODEL: ig.InvalidModelError,
                    S.ERROR_NOT_FOUND: ig.NotFoundError, S.ERROR_OUT_OF_RANGE: ig.OutOfRangeError,
                    S.ERROR_STATE: ig.StateError, S.ERROR_BUFFER_TOO_SMALL: ig.BufferTooSmallError,
                    S.ERROR_OUT_OF_MEMORY: ig.OutOfMemoryError, S.ERROR_INTERNAL: ig.InternalError}
        self.assertEqual(set(expected), set(S) - {S.OK})
        for code, cls in expected.items():
            with self.subTest(code=code):
                self.assertIs(errors.error_class(code), cls)
                e = cls("m")
                self.assertEqual((e.code, e.code_name), (code, "IG_" + code.name))
                self.assertTrue(issubclass(cls, ig.Error))

    def test_an_unknown_code_is_a_plain_error(self):
        e = errors.last_error(-99)
        self.assertIs(type(e), ig.Error)
        self.assertEqual((e.code, e.code_name), (-99, "IG_ERROR_UNKNOWN"))

    def test_errors_pickle(self):
        with self.assertRaises(ig.ParseError) as caught:
            ig.load_json_string("{", source_name="p.json")
        back = pickle.loads(pickle.dumps(caught.exception))
        self.assertIs(type(back), ig.ParseError)
        self.assertEqual((back.code, back.message, back.diagnostics),
                         (caught.exception.code, caught.exception.message, caught.exception.diagnostics))

    def test_ok_is_not_an_error(self):
        errors.check(0)


class Corpus(unittest.TestCase):
    """Each bad input: load() raises, with the expected first error (as the CLI reports it)."""

    def test_every_case(self):
        rows = [r for r in (CORPUS / "expected.tsv").read_text(encoding="utf-8").splitlines()
                if r and not r.startswith("#")]
        self.assertGreater(len(rows), 30)
        for row in rows:
            name, code, file, line, field = row.split("\t")
            with self.subTest(case=name):
                with self.assertRaises(ig.Error) as caught:
                    ig.load(CORPUS / "cases" / name)
                e = caught.exception
                if code == "io-error":
                    self.assertIsInstance(e, ig.InputOutputError)
                else:
                    self.assertIsInstance(e, (ig.ParseError, ig.InvalidModelError))
                first = [d for d in e.diagnostics if d.severity == "error"][0]
                self.assertEqual((first.code, first.line), (code, int(line)))
                if field != "*":
                    self.assertEqual(first.field, field)
                found = ig.validate_path(CORPUS / "cases" / name)
                self.assertFalse(found.valid)
                self.assertEqual(found.errors[0], first)

    def test_validate_path_of_a_missing_file_is_one_io_error(self):
        found = ig.validate_path("no/such/model.json")
        self.assertEqual(found.codes(), ["io-error"])
        self.assertEqual(found.error_count, 1)

    def test_validate_json_string(self):
        found = ig.validate_json_string('{"impactgraph": 1, "nodes": [], "edges": [{"from": "a", "to": "b"}]}',
                                        source_name="s.json")
        self.assertEqual(found.codes(), ["unknown-node", "unknown-node"])
        self.assertEqual({d.file for d in found}, {"s.json"})


if __name__ == "__main__":
    unittest.main()
