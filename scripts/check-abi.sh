#!/usr/bin/env bash
# The ABI check (docs/reliability.md, "ABI stability"): compares a built
# libimpactgraph.so with the committed baseline abi/libimpactgraph.abi using libabigail's
# abidiff, and fails only on what abidiff classes as incompatible (removed functions or
# variables, symbol changes: exit bit 8) or on an error (bits 1, 2). Compatible changes
# (added functions, fields appended to struct_size structs: bit 4) are printed and pass;
# scripts/update-abi-baseline.sh records them deliberately.
# Usage: scripts/check-abi.sh [LIBRARY]   (default build/lib/libimpactgraph.so)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
library=${1:-$root/build/lib/libimpactgraph.so}
current=$(mktemp --suffix=.abi)
trap 'rm -f "$current"' EXIT
"$root/scripts/abi-dump.sh" "$library" "$current" || exit 1
abidiff --suppressions "$root/abi/libimpactgraph.abignore" "$root/abi/libimpactgraph.abi" "$current"
rc=$?
if (( rc & 3 )); then
  echo "abidiff failed (exit $rc)" >&2
  exit 1
fi
if (( rc & 8 )); then
  echo "INCOMPATIBLE change of the C ABI (above). Either undo it, or make it a new ABI version:" >&2
  echo "bump IG_ABI_VERSION / IMPACTGRAPH_ABI_VERSION (the SONAME) and run scripts/update-abi-baseline.sh." >&2
  exit 1
fi
if (( rc & 4 )); then
  echo "The C ABI changed compatibly (above: additions). Review it; record it with scripts/update-abi-baseline.sh."
else
  echo "The C ABI is the baseline's."
fi
exit 0
