#!/usr/bin/env bash
# Builds and runs every test (C++, C ABI, CLI, packaging) under ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh -DIMPACTGRAPH_BUILD_TESTS=ON
ctest --test-dir build --output-on-failure -j "$(nproc)"
