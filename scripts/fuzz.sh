#!/usr/bin/env bash
# Runs a libFuzzer target of fuzz/ (docs/reliability.md). Not part of CI: CI replays the
# corpora (ctest fuzz.*); this finds new inputs.
# Usage:
#   scripts/fuzz.sh TARGET [libFuzzer options]   e.g. scripts/fuzz.sh json_reader -runs=10000000
#   scripts/fuzz.sh --merge TARGET               minimise what fuzzing found into fuzz/corpus/TARGET
# TARGET is a fuzz/fuzz_TARGET.cpp (json_reader, csv_bundle, capi_sequence, ...). The build
# (build-fuzz/, clang 14, ASan + UBSan + libFuzzer) is made when needed. New inputs go
# to build-fuzz/corpus/TARGET (seeded from fuzz/corpus/TARGET), crashes to
# build-fuzz/crashes/; once fixed, a crash input is committed to fuzz/crashes/TARGET/.
# FUZZ_SANITIZE=undefined builds build-fuzz-ubsan/ without ASan instead (about twice the
# executions per second; the same working corpus): for long campaigns of the slow
# targets, whose corpus the ctest replay then runs under ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh fuzz
merge=0
if [ "${1:-}" = --merge ]; then merge=1; shift; fi
target=${1:?usage: scripts/fuzz.sh [--merge] TARGET [libFuzzer options]}
shift
[ -f "fuzz/fuzz_$target.cpp" ] || { echo "no fuzz target fuzz/fuzz_$target.cpp" >&2; exit 2; }

sanitize=${FUZZ_SANITIZE:-address,undefined}
case $sanitize in
  address,undefined) build=build-fuzz ;;
  undefined) build=build-fuzz-ubsan ;;
  *) echo "FUZZ_SANITIZE: address,undefined or undefined" >&2; exit 2 ;;
esac
CC=clang-14 CXX=clang++-14 cmake -S . -B $build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIMPACTGRAPH_BUILD_TESTS=OFF \
  -DIMPACTGRAPH_BUILD_CLI=OFF -DIMPACTGRAPH_FUZZ=ON -DIMPACTGRAPH_SANITIZE=$sanitize >/dev/null
cmake --build $build -j "${FUZZ_BUILD_JOBS:-$(nproc)}" --target "fuzz_$target"
binary=$build/fuzz/fuzz_$target
work=build-fuzz/corpus/$target
mkdir -p "$work" build-fuzz/crashes
# No allocation stacks: recording one per allocation (unwind + stack depot) took a sixth
# of the time (perf, csv_bundle). A report then lacks the allocation's stack; replaying
# the input (ctest fuzz.*, or the binary with malloc_context_size=30) gives it.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:malloc_context_size=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

if [ $merge = 1 ]; then
  # Keeps the committed corpus small: only inputs that add coverage survive.
  mkdir -p "fuzz/corpus/$target"
  "$binary" -merge=1 -dict="fuzz/dict/$target.dict" "fuzz/corpus/$target" "$work"
  exit 0
fi
# Short inputs run fast and still hold whole models; a C ABI call takes a few bytes.
case $target in capi_*) max_len=2048 ;; *) max_len=4096 ;; esac
# -entropic=0: with tens of thousands of features, the entropic schedule's bookkeeping
# took half the time (perf), for inputs this cheap.
"$binary" -dict="fuzz/dict/$target.dict" -max_len=$max_len -entropic=0 -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
  -artifact_prefix=build-fuzz/crashes/"$target"- "$@" "$work" "fuzz/corpus/$target"
