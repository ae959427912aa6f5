"""The Python examples in README.md and docs/python.md run as written."""
import os
import re
import subprocess
import sys
import unittest

from helpers import PACKAGE_ROOT, SOURCE, scratch


def python_blocks(path, section=None):
    text = path.read_text(encoding="utf-8")
    if section:
        text = text.split(section, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", text, re.S)


def run_snippet(test, code):
    where = scratch()
    (where / "examples").symlink_to(SOURCE / "examples")  # the snippets use repository-relative paths
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_ROOT))
    done = subprocess.run([sys.executable, "-c", code], cwd=where, env=env, capture_output=True, text=True,
                          timeout=120)
    test.assertEqual(done.returncode, 0, f"{code}\n{done.stderr}")
    return done.stdout


class Snippets(unittest.TestCase):
    def test_readme_quick_start(self):
        blocks = python_blocks(SOURCE / "README.md", "## Quick start: Python")
        self.assertEqual(len(blocks), 1)
        out = run_snippet(self, blocks[0])
        self.assertIn("Stark konkurrenskraft | Förvärvsarbetande invånare 20–64 år, andel", out)

    def test_docs_python_md(self):
        blocks = [b for b in python_blocks(SOURCE / "docs" / "python.md") if "strategy.json" not in b]
        self.assertGreaterEqual(len(blocks), 2)
        for code in blocks:
            with self.subTest(code=code.splitlines()[0]):
                run_snippet(self, code)


if __name__ == "__main__":
    unittest.main()
