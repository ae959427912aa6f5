"""A model read from many threads at once gives what one thread reads; each thread's
errors are its own (the library's last error is per thread)."""
import threading
import unittest

from helpers import EXAMPLE

import impactgraph as ig

THREADS = 8


def read_everything(model):
    return (model.nodes.to_list(), model.edges.to_list(), model.indicators.to_list(),
            model.observations.to_list(), model.validate().to_dicts(), model.topological_order(),
            model.write_string("json"))


def run_threads(target):
    results, failures = [None] * THREADS, []

    def run(k):
        try:
            results[k] = target(k)
        except BaseException as e:  # reported by the test, not lost in the thread
            failures.append(e)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, failures


def analyse(model, k):
    """Each thread runs every analysis; odd threads also fail one (their own error)."""
    if k % 2:
        try:
            model.contributions("activity", "G9")
        except ig.NotFoundError as e:
            assert "G9" in e.message, e.message
    return (model.contributions(samples=20, seed=3, threads=1).to_dict(), model.funding().to_dict(),
            model.influence().to_dict(), model.aggregate().to_dict(), model.gaps().to_dict())


class Threads(unittest.TestCase):
    def test_analyses_from_many_threads(self):
        with ig.load(EXAMPLE) as model:
            expected = analyse(model, 0)
            results, failures = run_threads(lambda k: analyse(model, k))
        self.assertEqual(failures, [])
        for k, result in enumerate(results):
            self.assertEqual(result, expected, f"thread {k}")

    def test_one_model_read_from_many_threads(self):
        with ig.load(EXAMPLE) as model:
            expected = read_everything(model)
            results, failures = run_threads(lambda k: read_everything(model))
        self.assertEqual(failures, [])
        for result in results:
            self.assertEqual(result, expected)

    def test_each_thread_sees_its_own_errors(self):
        with ig.load(EXAMPLE) as model:
            def fail_often(k):
                seen = []
                for i in range(200):
                    try:
                        if k % 2:
                            model.nodes[f"missing-{k}-{i}"]
                        else:
                            ig.load_json_string("{", source_name=f"t{k}-{i}.json")
                    except ig.Error as e:
                        seen.append((type(e), e.message))
                return seen

            results, failures = run_threads(fail_often)
        self.assertEqual(failures, [])
        for k, seen in enumerate(results):
            self.assertEqual(len(seen), 200)
            for i, (cls, message) in enumerate(seen):
                if k % 2:
                    self.assertIs(cls, ig.NotFoundError)
                    self.assertIn(f"missing-{k}-{i}", message)
                else:
                    self.assertIs(cls, ig.ParseError)
                    self.assertTrue(message.startswith(f"t{k}-{i}.json:"), message)

    def test_builders_on_separate_threads(self):
        def build(k):
            with ig.Builder(name=f"m{k}") as b:
                for i in range(50):
                    b.add_node(f"a{i}", "activity").add_node(f"g{i}", "goal").add_edge(f"a{i}", f"g{i}", k)
                with b.freeze() as m:
                    return m.name, len(m.nodes), {float(w) for w in m.edges.weights()}

        results, failures = run_threads(build)
        self.assertEqual(failures, [])
        self.assertEqual(results, [(f"m{k}", 100, {float(k)}) for k in range(THREADS)])


if __name__ == "__main__":
    unittest.main()
