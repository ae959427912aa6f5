"""The report in a real browser: headless Chromium loads it with no console output and no
script error, the page's own render check finds every chart drawn with a size, and a
screenshot and a PDF print are written under the build folder. Skipped (exit 77) where
Chromium is not installed."""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest

from handmade import MODEL
from reporthelp import EXAMPLE, OUT, parse, run, scratch, write_model


def chromium():
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


# Everything that could reach a network or a profile is off; each run gets a new profile.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars"]


def browse(page, *extra):
    """Runs Chromium on `page`; returns (stdout, stderr)."""
    profile = tempfile.mkdtemp(prefix="impactgraph-chromium-")
    try:
        done = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr",
                               "--v=0", *extra, page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=240)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if done.returncode != 0:
        raise AssertionError(f"chromium exit {done.returncode}\n{done.stderr[-3000:]}")
    return done.stdout, done.stderr


def console_lines(stderr):
    # Chromium logs every console message (log, warning, error, uncaught exception) as
    # "...:INFO:CONSOLE(...)" or ":CONSOLE:"; the page writes none on purpose.
    return [line for line in stderr.splitlines() if re.search(r":CONSOLE[(:]", line)]


def png_size(path):
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


class Browser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        OUT.mkdir(parents=True, exist_ok=True)
        cls.pages = {}
        for lang in ("sv", "en"):
            page = OUT / f"report-{lang}.html"
            run("report", EXAMPLE, "-o", page, "--lang", lang, expect=0)
            cls.pages[lang] = page

    def check_loads_cleanly(self, page):
        dom, err = browse(page, "--dump-dom")
        self.assertEqual(console_lines(err), [], "the page wrote to the console")
        root = parse(dom).find("html")
        self.assertNotIn("data-render-errors", root.attrs, root.attrs.get("data-render-errors"))
        self.assertEqual(root.attrs.get("data-empty-charts"), "")
        self.assertEqual(root.attrs.get("data-render"), "ok")
        static = parse(page.read_text(encoding="utf-8"))
        charts = len(static.find_all("figure", cls="chart"))
        self.assertEqual(int(root.attrs["data-charts"]), charts)
        # The script ran: it added a show/hide button to every section heading.
        self.assertEqual(len(parse(dom).find_all("button", cls="toggle")), 7)
        return charts

    def test_example_loads_with_every_chart_drawn(self):
        for lang, page in self.pages.items():
            with self.subTest(lang=lang):
                self.assertGreater(self.check_loads_cleanly(page), 40)

    def test_handmade_and_minimal_models(self):
        folder = scratch()
        minimal = {"impactgraph": 1, "nodes": [{"id": "a", "level": "activity"}], "edges": []}
        for name, model in (("handmade", MODEL), ("minimal", minimal)):
            page = folder / f"{name}.html"
            run("report", write_model(folder, model, f"{name}.json"), "-o", page, expect=0)
            with self.subTest(model=name):
                self.check_loads_cleanly(page)

    def test_screenshot(self):
        shot = OUT / "report-sv.png"
        shot.unlink(missing_ok=True)
        _, err = browse(self.pages["sv"], "--window-size=1280,4000", f"--screenshot={shot}")
        self.assertEqual(console_lines(err), [])
        self.assertEqual(png_size(shot), (1280, 4000))
        # A blank or unstyled page compresses to far less than a page full of charts.
        self.assertGreater(shot.stat().st_size, 150_000)

    def test_prints_to_pdf(self):
        pdf = OUT / "report-sv.pdf"
        pdf.unlink(missing_ok=True)
        browse(self.pages["sv"], "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
        data = pdf.read_bytes()
        self.assertTrue(data.startswith(b"%PDF-"))
        pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
        # Every section after the summary starts a new page.
        self.assertGreaterEqual(pages, 7)


if __name__ == "__main__":
    if chromium() is None:
        print("skipped: Chromium is not installed (scripts/deps.sh test installs it)")
        sys.exit(77)
    unittest.main(verbosity=2)
