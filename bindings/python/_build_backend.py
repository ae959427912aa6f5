"""A PEP 517 / PEP 660 build backend for the impactgraph package, standard library only.

pip cannot fetch setuptools on an offline machine, so the package builds itself: this
module writes the wheel (zipfile, hashlib, base64) from pyproject.toml's [project]
table and the files under impactgraph/. It bundles libimpactgraph.so.<abi> into the
wheel, as impactgraph/_lib/, when it finds one, in this order:

1. config setting `library` (pip install --config-settings library=PATH) or the
   environment variable IMPACTGRAPH_LIBRARY: that file, which must exist;
2. config setting `build-dir` or IMPACTGRAPH_BUILD_DIR: <dir>/lib/libimpactgraph.so.<abi>,
   which must exist;
3. ../../build/lib/libimpactgraph.so.<abi> beside these sources, if it exists.

IMPACTGRAPH_NO_BUNDLE=1 (or config setting bundle=0) bundles nothing. The bundled copy
has its debug sections stripped when `strip` is installed (IMPACTGRAPH_NO_STRIP=1 keeps them). A wheel with the
library is tagged for this platform (py3-none-linux_x86_64); one without is pure
(py3-none-any) and finds the library at run time (IMPACTGRAPH_LIBRARY or the system
loader). The library's ABI is checked before it is bundled.

Wheels are reproducible: entries are sorted and dated SOURCE_DATE_EPOCH (or 1980).
"""
from __future__ import annotations

import ast
import base64
import ctypes
import hashlib
import io
import os
import re
import shutil
import subprocess
import sysconfig
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = "impactgraph"
GENERATOR = "impactgraph-build-backend"


class BackendError(RuntimeError):
    """A build that cannot be done as asked."""


# ---------------------------------------------------------------- pyproject.toml


def _parse_toml(text: str) -> dict:
    """The tables of pyproject.toml. tomllib where it exists (Python 3.11+); otherwise a
    reader for the subset this file uses: [tables], and key = string, list or inline table."""
    try:
        import tomllib
    except ImportError:
        pass
    else:
        return tomllib.loads(text)
    data: dict = {}
    table = data
    pending = ""
    for raw in text.splitlines():
        line = raw.strip() if not pending else raw
        if not pending and (not line or line.startswith("#")):
            continue
        if not pending and line.startswith("["):
            table = data
            for part in line.strip("[]").split("."):
                table = table.setdefault(part.strip(), {})
            continue
        pending += line + "\n"
        key, _, value = pending.partition("=")
        value = value.strip()
        if value.count("[") > value.count("]") or value.count("{") > value.count("}"):
            continue  # a value over several lines
        pending = ""
        value = re.sub(r"([{,]\s*)([A-Za-z_][\w-]*)\s*=", r'\1"\2":', value)  # inline table keys
        value = re.sub(r"(?m)\s+#.*$", "", value)
        table[key.strip()] = ast.literal_eval(value.replace("true", "True").replace("false", "False"))
    return data


def _project() -> dict:
    return _parse_toml((HERE / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _abi_version() -> int:
    text = (HERE / PACKAGE / "_constants.py").read_text(encoding="utf-8")
    return int(re.search(r"^ABI_VERSION = (\d+)$", text, re.M).group(1))


def _metadata(project: dict) -> str:
    lines = ["Metadata-Version: 2.1", f"Name: {project['name']}", f"Version: {project['version']}"]
    if "description" in project:
        lines.append(f"Summary: {project['description']}")
    if "requires-python" in project:
        lines.append(f"Requires-Python: {project['requires-python']}")
    license_ = project.get("license", {})
    if isinstance(license_, dict) and "text" in license_:
        lines.append(f"License: {license_['text']}")
    if project.get("keywords"):
        lines.append(f"Keywords: {','.join(project['keywords'])}")
    lines += [f"Classifier: {c}" for c in project.get("classifiers", [])]
    lines += [f"Requires-Dist: {d}" for d in project.get("dependencies", [])]
    for extra, requirements in project.get("optional-dependencies", {}).items():
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {r}; extra == "{extra}"' for r in requirements]
    readme = project.get("readme")
    body = ""
    if isinstance(readme, str) and (HERE / readme).is_file():
        lines.append("Description-Content-Type: text/markdown")
        body = "\n" + (HERE / readme).read_text(encoding="utf-8")
    return "\n".join(lines) + "\n" + body


# ---------------------------------------------------------------- the library


def _user_path(value: str) -> Path:
    """A path the user gave: relative ones are taken from where pip was started (PWD),
    when the file is there, else from the source folder pip runs this backend in."""
    path = Path(value).expanduser()
    if not path.is_absolute():
        started = os.environ.get("PWD")
        if started and (Path(started) / path).exists():
            return (Path(started) / path).resolve()
    return path.resolve()


def find_library(config_settings: dict | None = None) -> Path | None:
    """The libimpactgraph file to bundle, or None (see the module comment)."""
    settings = config_settings or {}
    soname = f"libimpactgraph.so.{_abi_version()}"
    if os.environ.get("IMPACTGRAPH_NO_BUNDLE", "") not in ("", "0") or settings.get("bundle") in ("0", "false"):
        return None
    named = settings.get("library") or os.environ.get("IMPACTGRAPH_LIBRARY")
    if named:
        path = _user_path(named)
        if not path.is_file():
            raise BackendError(f"IMPACTGRAPH_LIBRARY names {named}, which is not a file (use an absolute path "
                               f"to the built {soname}, e.g. <build>/lib/{soname})")
        return path
    build_dir = settings.get("build-dir") or os.environ.get("IMPACTGRAPH_BUILD_DIR")
    if build_dir:
        path = _user_path(build_dir) / "lib" / soname
        if not path.is_file():
            raise BackendError(f"IMPACTGRAPH_BUILD_DIR is {build_dir}, but {path} does not exist "
                               "(build the library first: cmake --build <build>)")
        return path
    default = HERE.parent.parent / "build" / "lib" / soname
    return default.resolve() if default.is_file() else None


def _check_library(path: Path) -> None:
    """Refuses to bundle a library of another ABI than the package's."""
    expected = _abi_version()
    try:
        found = ctypes.CDLL(str(path)).ig_abi_version()
    except (OSError, AttributeError) as e:
        raise BackendError(f"{path} is not a loadable libimpactgraph: {e}") from None
    if found != expected:
        raise BackendError(f"{path} implements C ABI {found}; this package is made for ABI {expected}")


def _library_bytes(path: Path) -> bytes:
    """The library's bytes, without debug sections when `strip` is at hand (a
    RelWithDebInfo build is ten times the size of what runs); else as built."""
    strip = shutil.which("strip")
    if strip and os.environ.get("IMPACTGRAPH_NO_STRIP", "") in ("", "0"):
        with tempfile.TemporaryDirectory() as scratch:
            stripped = Path(scratch) / path.name
            done = subprocess.run([strip, "--strip-debug", "-o", str(stripped), str(path)], capture_output=True)
            if done.returncode == 0 and stripped.is_file():
                return stripped.read_bytes()
    return path.read_bytes()


# ---------------------------------------------------------------- wheels


def _platform_tag() -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", sysconfig.get_platform())


def _epoch_seconds() -> int:
    return max(int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")), 315532800)  # zip cannot go before 1980


def _epoch() -> tuple:
    return time.gmtime(_epoch_seconds())[:6]


def _digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")


class _Wheel:
    """Collects files, then writes them with a RECORD into a .whl zip."""

    def __init__(self) -> None:
        self.files: dict = {}

    def add(self, name: str, data: bytes, executable: bool = False) -> None:
        self.files[name] = (data, executable)

    def write(self, path: Path, dist_info: str) -> None:
        record = [f"{name},{_digest(data)},{len(data)}" for name, (data, _) in sorted(self.files.items())]
        record.append(f"{dist_info}/RECORD,,")
        self.add(f"{dist_info}/RECORD", ("\n".join(record) + "\n").encode("utf-8"))
        stamp = _epoch()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            # dist-info last, RECORD at the very end, as the wheel spec recommends
            names = sorted(self.files, key=lambda n: (n.startswith(dist_info), n.endswith("/RECORD"), n))
            for name in names:
                data, executable = self.files[name]
                info = zipfile.ZipInfo(name, stamp)
                info.external_attr = (0o100755 if executable else 0o100644) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)


def _package_files() -> list:
    root = HERE / PACKAGE
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and (p.suffix == ".py" or p.name == "py.typed") and "__pycache__" not in p.parts
                  and "_lib" not in p.relative_to(root).parts)


def _dist_info(wheel: _Wheel, project: dict, tag: str, pure: bool) -> str:
    name, version = project["name"], project["version"]
    dist_info = f"{name}-{version}.dist-info"
    wheel.add(f"{dist_info}/METADATA", _metadata(project).encode("utf-8"))
    wheel.add(f"{dist_info}/WHEEL", (f"Wheel-Version: 1.0\nGenerator: {GENERATOR} ({version})\n"
                                     f"Root-Is-Purelib: {'true' if pure else 'false'}\nTag: {tag}\n").encode())
    wheel.add(f"{dist_info}/top_level.txt", f"{PACKAGE}\n".encode())
    licence = HERE.parent.parent / "LICENSE"
    if licence.is_file():
        wheel.add(f"{dist_info}/LICENSE", licence.read_bytes())
    return dist_info


def build_wheel(wheel_directory: str, config_settings: dict | None = None,
                metadata_directory: str | None = None) -> str:
    """PEP 517: builds the wheel into wheel_directory; returns its file name."""
    project = _project()
    library = find_library(config_settings)
    if library is not None:
        _check_library(library)
    tag = f"py3-none-{_platform_tag()}" if library else "py3-none-any"
    wheel = _Wheel()
    for path in _package_files():
        wheel.add(path.relative_to(HERE).as_posix(), path.read_bytes())
    if library is not None:
        wheel.add(f"{PACKAGE}/_lib/libimpactgraph.so.{_abi_version()}", _library_bytes(library), executable=True)
    dist_info = _dist_info(wheel, project, tag, pure=library is None)
    filename = f"{project['name']}-{project['version']}-{tag}.whl"
    wheel.write(Path(wheel_directory) / filename, dist_info)
    return filename


def build_editable(wheel_directory: str, config_settings: dict | None = None,
                   metadata_directory: str | None = None) -> str:
    """PEP 660: a wheel whose .pth file puts these sources on sys.path. Nothing is
    bundled: the library comes from IMPACTGRAPH_LIBRARY or the system loader."""
    project = _project()
    wheel = _Wheel()
    wheel.add(f"_{PACKAGE}_editable.pth", (str(HERE) + "\n").encode("utf-8"))
    dist_info = _dist_info(wheel, project, "py3-none-any", pure=True)
    filename = f"{project['name']}-{project['version']}-py3-none-any.whl"
    wheel.write(Path(wheel_directory) / filename, dist_info)
    return filename


def build_sdist(sdist_directory: str, config_settings: dict | None = None) -> str:
    """PEP 517: a source archive of the package (never with the library in it)."""
    project = _project()
    base = f"{project['name']}-{project['version']}"
    files = [HERE / "pyproject.toml", HERE / "_build_backend.py", HERE / "README.md", *_package_files()]
    pkg_info = _metadata(project).encode("utf-8")
    stamp = _epoch_seconds()
    path = Path(sdist_directory) / f"{base}.tar.gz"
    with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as tar:
        entries = [(f"{base}/{p.relative_to(HERE).as_posix()}", p.read_bytes()) for p in files if p.is_file()]
        entries.append((f"{base}/PKG-INFO", pkg_info))
        for name, data in sorted(entries):
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), stamp, 0o644
            tar.addfile(info, io.BytesIO(data))
    return path.name


def get_requires_for_build_wheel(config_settings: dict | None = None) -> list:
    return []


def get_requires_for_build_editable(config_settings: dict | None = None) -> list:
    return []


def get_requires_for_build_sdist(config_settings: dict | None = None) -> list:
    return []
