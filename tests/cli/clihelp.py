"""Runs the impactgraph command for the CLI tests."""
import json
import os
import subprocess
import tempfile
from pathlib import Path

CLI = os.environ.get("IMPACTGRAPH_CLI", "impactgraph")
SOURCE = Path(os.environ.get("IMPACTGRAPH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
EXAMPLE = SOURCE / "examples" / "orebro" / "orebro.json"
CORPUS = SOURCE / "tests" / "bad_input"


def run(*args, expect=None):
    """Runs the command; returns (exit status, stdout, stderr)."""
    done = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=120)
    if expect is not None and done.returncode != expect:
        raise AssertionError(f"impactgraph {' '.join(map(str, args))}: exit {done.returncode}, "
                             f"expected {expect}\nstdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}")
    return done.returncode, done.stdout, done.stderr


def run_json(*args, expect=None):
    """Runs with --json; stdout must be exactly one JSON document."""
    status, out, err = run(*args, "--json", expect=expect)
    return status, json.loads(out), err


def scratch():
    base = Path(os.environ.get("IMPACTGRAPH_TEST_TMP", tempfile.gettempdir()))
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(dir=base))
