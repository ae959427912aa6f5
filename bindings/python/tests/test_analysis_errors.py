"""Every error path of the analyses raises the right impactgraph.Error subclass, with the
library's code and a message naming the bad argument; and repeated analyses (failing ones
too) leave the process no bigger."""
import os
import unittest

from helpers import SMALL_TEXT, SOURCE
from test_lifetime import SLACK, growth

import impactgraph as ig

KOLADA = SOURCE / "tests" / "data" / "kolada"
IA, NF, IM = ig.Status.ERROR_INVALID_ARGUMENT, ig.Status.ERROR_NOT_FOUND, ig.Status.ERROR_INVALID_MODEL


class Errors(unittest.TestCase):
    def setUp(self):
        self.m = ig.load_json_string(SMALL_TEXT)
        self.addCleanup(self.m.close)

    def fails(self, cls, code, call, *words):
        with self.assertRaises(cls) as caught:
            call()
        e = caught.exception
        self.assertEqual((e.code, e.code_name), (code, "IG_" + ig.Status(code).name))
        for w in words:
            self.assertIn(w, e.message)
        return e

    def test_contributions(self):
        m = self.m
        # words the library does not know: found before the call, the allowed ones listed
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(mode="paths"), "mode", "attribution")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(sign_rule="add"), "sign_rule", "any-negative")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(normalisation="both"), "normalisation")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(samples=5, distribution="normal"),
                   "distribution", "triangular")
        # values the library refuses
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(mode=7), "options->mode", "7")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(mode="flow", normalisation=9),
                   "options->normalization")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(sign_rule=-1), "options->sign_rule")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(samples=3, distribution=5),
                   "options->distribution")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(samples=3, range_weak=-0.5), "range")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(samples=3, range_none=float("nan")), "range")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(samples=-1), "samples")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.contributions(seed=-3), "seed")
        # unknown levels and ids
        self.fails(ig.NotFoundError, NF, lambda: m.contributions(ig.Selection(levels="effect"), "goal"),
                   "sources", "effect")
        self.fails(ig.NotFoundError, NF, lambda: m.contributions("activity", "G9"), "targets", "G9")
        self.fails(ig.NotFoundError, NF, lambda: m.contributions(["P1", "nope"]), "nope")
        with self.assertRaises(TypeError):
            m.contributions(samples=2.5)
        with self.assertRaises(TypeError):
            m.contributions(["P1", 3])

    def test_cannot_normalise(self):
        # a's out-weights sum to 0: signed flow cannot share a unit out; the diagnostics name it
        b = (ig.Builder(levels=["activity", "goal"])
             .add_node("a", "activity", funding=[ig.Funding(100.0, "SEK", "own", "2021")]).add_node("g", "goal")
             .add_node("h", "goal").add_edge("a", "g", 0.5).add_edge("a", "h", -0.5))
        with b.freeze() as m:
            e = self.fails(ig.InvalidModelError, IM, lambda: m.contributions(mode="flow", normalisation="signed"))
            self.assertIn("cannot-normalise", [d.code for d in e.diagnostics])
            self.assertIn("a", e.diagnostics[0].ids)
            e = self.fails(ig.InvalidModelError, IM, lambda: m.funding(normalisation="signed"))
            self.assertEqual(self.m.contributions(mode="flow").samples, 0)  # the other model is fine

    def test_funding_and_influence(self):
        m = self.m
        self.fails(ig.NotFoundError, NF, lambda: m.funding("P9"), "P9")
        self.fails(ig.NotFoundError, NF, lambda: m.funding(ig.Selection(levels="effect")), "effect")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.funding(normalisation="none"), "normalisation")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.funding(normalisation=4), "normalization")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.funding(group_by="a\0b"), "NUL")
        self.fails(ig.NotFoundError, NF, lambda: m.influence(["G1", "X"]), "X")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.influence(sign_rule=3), "sign_rule")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.influence(sign_rule="none"), "sign_rule")
        no_goals = ig.Builder(levels=["a", "b"]).add_node("x", "a").add_node("y", "b").add_edge("x", "y").freeze()
        with no_goals:
            self.fails(ig.InvalidArgumentError, IA, lambda: no_goals.influence(), "goal or challenge")
            self.assertEqual(len(no_goals.influence(["x", "y"]).pairs), 1)
        with self.assertRaises(ig.InvalidArgumentError):
            m.influence().matrix("weight")

    def test_aggregate(self):
        m = self.m
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(normalisation="minimax"), "normalisation",
                   "percentile_rank")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(method="mean"), "method", "geometric")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(imputation="zero"), "imputation")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(outliers="clip"), "outliers")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(grain="week"), "grain")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(negative_weights="keep"), "negative_weights")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(normalisation=99), "normalisation method")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(imputation=9), "imputation")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(min_coverage=1.5), "min_coverage")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(window=0), "window")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(method="generalised", p=float("nan")), "p")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(indicator_normalisation={"I9": "rank"}), "I9")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(node_methods={"X": "median"}), "X")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(node_methods={"G1": "middle"}), "node_methods")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(geos=["9999"]), "9999")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(periods=["1850"]), "1850")
        self.fails(ig.InvalidArgumentError, IA,
                   lambda: m.aggregate(normalisation="dist_to_ref", reference_geo="9999"), "9999")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(goalposts=(1, 2, 3)), "goalposts")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.aggregate(max_gap=1 << 40), "max_gap")
        with self.assertRaises(TypeError):
            m.aggregate(normalise="rank")  # not an option's name
        with self.assertRaises(TypeError):
            m.aggregate(options={"method": "median"})
        with self.assertRaises(TypeError):
            m.aggregate(node_methods=["G1"])

    def test_sensitivity(self):
        m = ig.load(SOURCE / "examples" / "orebro" / "orebro.json")
        self.addCleanup(m.close)
        self.fails(ig.InvalidArgumentError, IA, lambda: m.sensitivity(1), "samples")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.sensitivity(5, target="nope"), "nope")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.sensitivity(5, weight_noise=1.5), "weight_noise")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.sensitivity(5, weights="random"), "weights", "dirichlet")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.sensitivity(5, normalisations=["minmax", "x"]),
                   "normalisations")
        self.fails(ig.InvalidArgumentError, IA,
                   lambda: m.sensitivity(5, weights="none", normalisations=(), methods=()), "nothing to vary")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.sensitivity(5, method="x"), "method")
        # the small model has too few scored units
        self.fails(ig.InvalidArgumentError, IA, lambda: self.m.sensitivity(5))

    def test_gaps(self):
        m = self.m
        self.fails(ig.InvalidArgumentError, IA, lambda: m.gaps("de"), "language", "sv")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.gaps(7), "language")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.gaps(region="9999"), "9999")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.gaps(as_of="last year"), "as_of")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.gaps(measured_levels=["effect"]), "effect")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.gaps(goal_level="target"), "target")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.gaps(cv_threshold=float("inf")), "finite")
        self.fails(ig.InvalidArgumentError, IA, lambda: m.gaps(stale_after=-1), "stale_after")
        with self.assertRaises(TypeError):
            m.gaps(threshold=0.2)
        with self.assertRaises(TypeError):
            m.gaps(cv_threshold="high")

    def test_kolada(self):
        m = self.m
        e = self.fails(ig.ParseError, ig.Status.ERROR_PARSE, lambda: m.import_kolada(KOLADA / "bad_period.json"),
                       "bad_period.json")
        self.assertEqual((e.diagnostics[0].code, e.diagnostics[0].line), ("bad-period", 2))
        e = self.fails(ig.ParseError, ig.Status.ERROR_PARSE, lambda: m.import_kolada([KOLADA / "not_kolada.json"]))
        self.assertEqual(e.diagnostics[0].code, "wrong-type")
        self.fails(ig.InputOutputError, ig.Status.ERROR_IO, lambda: m.import_kolada(["no/such/kolada.json"]),
                   "no/such/kolada.json")
        self.fails(ig.InputOutputError, ig.Status.ERROR_IO,
                   lambda: ig.import_kolada("no/such/model.json", KOLADA / "v2_page1.json"), "no/such/model.json")
        frozen = ig.Builder().add_node("a", "goal")
        frozen.freeze().close()
        self.fails(ig.StateError, ig.Status.ERROR_STATE, lambda: frozen.import_kolada(KOLADA / "v2_page1.json"))
        with self.assertRaises(TypeError):
            m.import_kolada([3])


@unittest.skipUnless(os.path.exists("/proc/self/statm"), "needs /proc")
@unittest.skipIf("libasan" in os.environ.get("LD_PRELOAD", ""),
                 "AddressSanitizer keeps freed memory in quarantine; the plain build checks growth")
class NoGrowth(unittest.TestCase):
    def test_repeated_analyses(self):
        m = ig.load_json_string(SMALL_TEXT)
        self.addCleanup(m.close)

        def body():
            m.contributions(samples=4, seed=1)
            m.funding()
            m.influence()
            m.aggregate()
            m.gaps()
            try:
                m.contributions("nope")
            except ig.NotFoundError:
                pass
            try:
                m.aggregate(geos=["9999"])
            except ig.InvalidArgumentError:
                pass

        grew = growth(body, 2000)
        self.assertLess(grew, SLACK, f"{grew} bytes more after 2000 rounds")


if __name__ == "__main__":
    unittest.main()
