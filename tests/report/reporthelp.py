"""Runs the impactgraph command for the report tests and reads the HTML it writes."""
import json
import os
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

CLI = os.environ.get("IMPACTGRAPH_CLI", "impactgraph")
SOURCE = Path(os.environ.get("IMPACTGRAPH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
EXAMPLE = SOURCE / "examples" / "orebro" / "orebro.json"
EXAMPLE_CSV = SOURCE / "examples" / "orebro" / "csv"
OUT = Path(os.environ.get("IMPACTGRAPH_REPORT_OUT", Path(tempfile.gettempdir()) / "impactgraph-report-out"))

SECTIONS = ["summary", "graph", "contributions", "funding", "trends", "equality", "diagnostics"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SVG_SELF_CLOSING = {"rect", "circle", "line", "path", "ellipse", "polyline", "polygon", "use"}


def run(*args, expect=None):
    """Runs the command; returns (exit status, stdout, stderr)."""
    done = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=120)
    if expect is not None and done.returncode != expect:
        raise AssertionError(f"impactgraph {' '.join(map(str, args))}: exit {done.returncode}, "
                             f"expected {expect}\nstdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}")
    return done.returncode, done.stdout, done.stderr


def scratch():
    base = Path(os.environ.get("IMPACTGRAPH_TEST_TMP", tempfile.gettempdir()))
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(dir=base))


def write_model(folder, model, name="model.json"):
    path = Path(folder) / name
    path.write_text(json.dumps(model, ensure_ascii=False), encoding="utf-8")
    return path


def report(model, *extra):
    """Writes the report of `model` into a scratch folder; returns (path, text)."""
    out = scratch() / "report.html"
    run("report", model, "-o", out, *extra, expect=0)
    return out, out.read_text(encoding="utf-8")


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []
        self.texts = []

    @property
    def classes(self):
        return set((self.attrs.get("class") or "").split())

    def iter(self):
        yield self
        for child in self.children:
            yield from child.iter()

    def find_all(self, tag=None, cls=None, **attrs):
        found = []
        for e in self.iter():
            if tag is not None and e.tag != tag:
                continue
            if cls is not None and cls not in e.classes:
                continue
            if any(e.attrs.get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            found.append(e)
        return found

    def find(self, tag=None, cls=None, **attrs):
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    def text(self):
        return "".join(self.texts) + "".join(c.text() for c in self.children)

    def tooltip(self):
        """The text of the element's own <title> child ("" without one)."""
        for child in self.children:
            if child.tag == "title":
                return child.text()
        return ""


class Dom(HTMLParser):
    """A small DOM: enough to walk sections, figures and SVG shapes."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root
        self.errors = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is None:
            self.errors.append(f"stray </{tag}>")
            return
        if node is not self.current:
            self.errors.append(f"</{tag}> closes unclosed <{self.current.tag}>")
        self.current = node.parent

    def handle_data(self, data):
        self.current.texts.append(data)


def parse(text):
    return Dom(text).root


def shapes(element):
    """The drawn SVG shapes inside `element`."""
    return [e for e in element.iter() if e.tag in SVG_SELF_CLOSING]


def number(text, lang="en"):
    """A number as the report writes it: "1 234,5" (sv), "1,234.5" (en), "−3"."""
    t = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "")
    return float(t.replace(",", ".") if lang == "sv" else t.replace(",", ""))
