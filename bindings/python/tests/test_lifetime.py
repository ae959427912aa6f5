"""Handles are freed: by close(), at the end of `with`, and on garbage collection; and
10,000 load/free cycles leave the process no bigger (resident size from /proc)."""
import ctypes
import gc
import os
import unittest
import weakref

from helpers import SMALL_TEXT

import impactgraph as ig
from impactgraph._library import lib

CYCLES = 10_000
# Growth allowed over a run of cycles: malloc may keep a few freed pages around. A
# model of the small example is several KB, so leaking one per cycle would show as
# tens of MB; even a leaked diagnostics list (a few hundred bytes) per cycle exceeds it.
SLACK = 1 << 20


def resident_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def growth(body, cycles: int) -> int:
    """Resident bytes gained over `cycles` calls of body, after a warm-up (the allocator
    settles over the first thousand or so)."""
    for _ in range(1000):
        body()
    gc.collect()
    before = resident_bytes()
    for _ in range(cycles):
        body()
    gc.collect()
    return resident_bytes() - before


@unittest.skipUnless(os.path.exists("/proc/self/statm"), "needs /proc")
class NoGrowth(unittest.TestCase):
    def test_load_free_cycles(self):
        flip = [False]

        def body():
            flip[0] = not flip[0]
            if flip[0]:
                with ig.load_json_string(SMALL_TEXT) as m:  # freed at the end of the block
                    m.nodes["P1"], m.indicators[0]
            else:
                m = ig.load_json_string(SMALL_TEXT)  # freed when the last reference goes
                m.edges[0]

        grew = growth(body, CYCLES)
        self.assertLess(grew, SLACK, f"{grew} bytes more after {CYCLES} cycles")
        self.assertEqual(ig.live_handles("model"), 0)

    def test_failed_loads_and_builders(self):
        def body():
            try:
                ig.load_json_string('{"impactgraph": 1, "nodes": [{"id": "a", "level": "x"}], "edges": []}')
            except ig.InvalidModelError as e:
                assert e.diagnostics[0].code == "unknown-level"
            try:
                ig.load_json_string("{")
            except ig.ParseError:
                pass
            b = ig.Builder().add_node("a", "activity").add_node("g", "goal").add_edge("a", "g")
            with b.freeze() as m:
                m.validate(), m.write_string("json")

        grew = growth(body, CYCLES // 5)
        self.assertLess(grew, SLACK, f"{grew} bytes more after {CYCLES // 5} cycles")
        self.assertEqual((ig.live_handles("model"), ig.live_handles("builder")), (0, 0))

    def test_the_measure_sees_a_real_leak(self):
        """The check above can fail: models loaded and never destroyed do show."""
        text = SMALL_TEXT.encode("utf-8")

        def leak():
            handle = ctypes.c_void_p()
            assert lib.ig_model_load_json_string(ctypes.byref(handle), text, len(text), None) == 0

        self.assertGreater(growth(leak, 2000), SLACK)


class Freed(unittest.TestCase):
    def test_with_closes(self):
        before = ig.live_handles("model")
        with ig.load_json_string(SMALL_TEXT) as m:
            self.assertEqual(ig.live_handles("model"), before + 1)
            self.assertFalse(m.closed)
        self.assertTrue(m.closed)
        self.assertEqual(ig.live_handles("model"), before)
        self.assertEqual(repr(m), "<impactgraph.Model (closed)>")
        m.close()  # twice is harmless
        with self.assertRaises(ig.StateError):
            m.nodes[0]

    def test_with_closes_on_an_exception(self):
        with self.assertRaises(ZeroDivisionError):
            with ig.load_json_string(SMALL_TEXT) as m:
                1 / 0
        self.assertTrue(m.closed)

    def test_garbage_collection_frees(self):
        before = ig.live_handles("model")
        m = ig.load_json_string(SMALL_TEXT)
        finalizer, ref = m._finalizer, weakref.ref(m)
        del m
        self.assertIsNone(ref())
        self.assertFalse(finalizer.alive)
        self.assertEqual(ig.live_handles("model"), before)

    def test_a_reference_cycle_is_freed_by_the_collector(self):
        m = ig.load_json_string(SMALL_TEXT)
        m.me = m
        finalizer = m._finalizer
        del m
        gc.collect()
        self.assertFalse(finalizer.alive)

    def test_builders_too(self):
        before = ig.live_handles("builder")
        with ig.Builder() as b:
            self.assertEqual(ig.live_handles("builder"), before + 1)
        self.assertTrue(b.closed)
        b2 = ig.Builder()
        finalizer = b2._finalizer
        del b2
        self.assertFalse(finalizer.alive)
        self.assertEqual(ig.live_handles("builder"), before)

    def test_records_outlive_their_model(self):
        with ig.load_json_string(SMALL_TEXT) as m:
            node, diagnostics = m.nodes["P1"], m.validate()
        self.assertEqual((node.id, node.tags["owner"], node.funding[0].amount), ("P1", "RU", 1200000.0))
        self.assertEqual(diagnostics.codes(), ["level-order"])

    def test_a_view_keeps_its_model_alive(self):
        nodes = ig.load_json_string(SMALL_TEXT).nodes
        gc.collect()
        self.assertEqual(nodes[0].id, "V")


if __name__ == "__main__":
    unittest.main()
