"""`pip install ./bindings/python` in a fresh venv, offline, then the package used from
outside the source tree: with the library bundled into the wheel (IMPACTGRAPH_LIBRARY
set while installing), and as a pure wheel that finds the library at run time.

Run by ctest as python.venv_install:  python3 venv_install.py
Environment: IMPACTGRAPH_LIBRARY (the built library, to bundle), IMPACTGRAPH_SOURCE_DIR,
IMPACTGRAPH_TEST_TMP (where the venv goes). Exits non-zero on the first failure.
"""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE_ROOT = HERE.parent
SOURCE = Path(os.environ.get("IMPACTGRAPH_SOURCE_DIR", PACKAGE_ROOT.parent.parent))
EXAMPLE = SOURCE / "examples" / "orebro" / "orebro.json"
LIBRARY = os.environ["IMPACTGRAPH_LIBRARY"]

SMOKE = r"""
import sys
import impactgraph as ig
where = ig.library_path()
print("library:", where)
assert sys.argv[2] in where, f"expected the library from {sys.argv[2]}, got {where}"
with ig.load(sys.argv[1]) as m:
    assert (len(m.nodes), len(m.edges), len(m.indicators)) == (123, 198, 38), m
    assert m.nodes["G1"].label == "Stark konkurrenskraft"
    assert m.validate().valid
    text = m.write_string("json")
with ig.load_json_string(text) as again:
    assert again.name == "RUS Örebroregionen 2030 (exempel)"
m = ig.Builder().add_node("a", "activity").add_node("g", "goal").add_edge("a", "g", 0.5).freeze()
assert m.edges["a", "g"].weight == 0.5
try:
    ig.load("no/such/model.json")
except ig.InputOutputError as e:
    assert e.code == ig.Status.ERROR_IO
else:
    raise AssertionError("no error")
print("impactgraph", ig.__version__, "works")
"""


def run(args, env=None, cwd=None, expect=0):
    print("$", " ".join(a if len(a) < 100 else a.strip().splitlines()[0] + " ..." for a in map(str, args)),
          flush=True)
    done = subprocess.run(list(map(str, args)), env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    print(done.stdout[-3000:], done.stderr[-3000:], sep="", flush=True)
    if expect is not None and done.returncode != expect:
        sys.exit(f"FAILED: exit {done.returncode}, expected {expect}")
    return done


def clean_env(**extra):
    """The environment without anything pointing into the build or source tree."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("IMPACTGRAPH_LIBRARY", "IMPACTGRAPH_BUILD_DIR", "PYTHONPATH", "LD_LIBRARY_PATH")}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1", PYTHONDONTWRITEBYTECODE="1", **extra)
    return env


def main():
    base = Path(os.environ.get("IMPACTGRAPH_TEST_TMP", tempfile.gettempdir()))
    base.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=base, prefix="venv-"))
    venv = work / "venv"
    outside = work / "elsewhere"  # not the source tree: the installed package must be used
    outside.mkdir()
    python = venv / "bin" / "python"

    run([sys.executable, "-m", "venv", venv])
    # 1. Bundled: the library named by IMPACTGRAPH_LIBRARY goes into the wheel.
    run([python, "-m", "pip", "install", "--no-index", "--no-cache-dir", PACKAGE_ROOT],
        env=clean_env(IMPACTGRAPH_LIBRARY=LIBRARY), cwd=outside)
    site = run([python, "-c", "import impactgraph, os; print(os.path.dirname(impactgraph.__file__))"],
               env=clean_env(), cwd=outside).stdout.strip()
    if not site.startswith(str(venv)):
        sys.exit(f"FAILED: impactgraph imported from {site}, not from the venv")
    if not (Path(site) / "_lib" / "libimpactgraph.so.0").is_file():
        sys.exit("FAILED: the library was not bundled")
    run([python, "-c", SMOKE, EXAMPLE, site], env=clean_env(), cwd=outside)

    # 2. Pure: nothing bundled; the library is found at run time, or a clear error says what to set.
    run([python, "-m", "pip", "install", "--no-index", "--no-cache-dir", "--force-reinstall", PACKAGE_ROOT],
        env=clean_env(IMPACTGRAPH_NO_BUNDLE="1"), cwd=outside)
    if (Path(site) / "_lib").exists():
        sys.exit("FAILED: the pure wheel left a bundled library behind")
    refused = run([python, "-c", "import impactgraph"], env=clean_env(), cwd=outside, expect=None)
    if refused.returncode == 0 or "Set IMPACTGRAPH_LIBRARY" not in refused.stderr:
        sys.exit("FAILED: importing without a library did not say what to set")
    run([python, "-c", SMOKE, EXAMPLE, LIBRARY], env=clean_env(IMPACTGRAPH_LIBRARY=LIBRARY), cwd=outside)

    shutil.rmtree(work)
    print("venv install: OK")


if __name__ == "__main__":
    main()
