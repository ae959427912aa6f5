#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, when missing.
# As root it runs apt-get itself; otherwise it says what to install and fails.
# Usage: scripts/deps.sh [build|test|fuzz]
set -euo pipefail

build_packages=(cmake make gcc g++ pkg-config libboost-graph-dev libeigen3-dev libmsgsl-dev catch2
                nlohmann-json3-dev libcli11-dev libfmt-dev)
# python3-venv: the fresh-venv pip install test; numpy and pandas: the Python package's
# optional table output (its tests skip them where they are missing); chromium: the report
# test that loads the HTML report in a headless browser (skipped where it is missing).
test_packages=(python3 python3-venv python3-numpy python3-pandas chromium)
# The reliability stages of scripts/test.sh (docs/reliability.md): g++ brings the ASan,
# UBSan and TSan runtimes; valgrind's memcheck; libabigail's abidiff for the ABI check.
reliability_packages=(valgrind abigail-tools)
# scripts/fuzz.sh only (not CI): clang 14 with the libFuzzer runtime.
fuzz_packages=(clang-14 libclang-rt-14-dev)

wanted=("${build_packages[@]}")
case "${1:-build}" in
  test) wanted+=("${test_packages[@]}" "${reliability_packages[@]}") ;;
  fuzz) wanted+=("${fuzz_packages[@]}") ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${missing[*]}" >&2
  echo "install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
