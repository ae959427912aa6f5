#!/usr/bin/env bash
# Records the current C ABI as the baseline (abi/libimpactgraph.abi), deliberately: run
# it when an ABI change is intended, commit the new baseline with the change, and say
# in the commit what changed. An incompatible change also bumps the ABI version
# (IG_ABI_VERSION in capi/impactgraph.h and IMPACTGRAPH_ABI_VERSION in CMakeLists.txt,
# which is the SONAME). Builds build/ first (RelWithDebInfo: abidw needs debug info).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
scripts/abi-dump.sh build/lib/libimpactgraph.so abi/libimpactgraph.abi
echo "abi/libimpactgraph.abi updated; review it with git diff and commit it."
