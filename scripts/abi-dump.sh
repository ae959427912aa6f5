#!/usr/bin/env bash
# Writes the ABI of a built libimpactgraph.so as libabigail XML (abidw), as the baseline
# abi/libimpactgraph.abi is written: only what capi/ declares and the library exports,
# no machine paths. Usage: scripts/abi-dump.sh LIBRARY OUTPUT
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
library=$1
output=$2
abidw --headers-dir "$root/capi" --drop-private-types --exported-interfaces-only \
  --suppressions "$root/abi/libimpactgraph.abignore" \
  --no-corpus-path --no-comp-dir-path --no-show-locs --type-id-style hash --out-file "$output" "$library"
# Translation units are named by absolute path; keep them relative to the source tree.
sed -i "s|path='$root/|path='|g" "$output"
