#!/usr/bin/env bash
# Writes the ABI of a built libimpactgraph.so as libabigail XML (abidw), as the baseline
# abi/libimpactgraph.abi is written: only what capi/ declares and the library exports,
# no machine paths. Usage: scripts/abi-dump.sh LIBRARY OUTPUT
# abidw tells public from private types by the file name of the header that declares
# them, not by its path: a header under capi/ named like one of the C++ core's (such as
# model.hpp) would make every type the core declares in its header of that name public
# in the dump. (So the wrapper's parts are named *_wrapper.hpp.)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
library=$1
output=$2
abidw --headers-dir "$root/capi" --drop-private-types --exported-interfaces-only \
  --suppressions "$root/abi/libimpactgraph.abignore" \
  --no-corpus-path --no-comp-dir-path --no-show-locs --type-id-style hash --out-file "$output" "$library"
# Translation units are named by absolute path; keep them relative to the source tree.
sed -i "s|path='$root/|path='|g" "$output"
