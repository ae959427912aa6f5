#!/usr/bin/env bash
# Builds the benchmarks (Release, in build-bench/), runs them on every scale, runs the
# networkx baseline on the same graphs, and writes build-bench/results/: one JSON file per
# run and results.md (the tables of docs/performance.md). Inputs are deterministic; the
# figures depend on the machine and on what else runs on it.
#
# Environment (all optional):
#   SCALES="region mc national million eu"   the scales to run (see benchmarks/generator.cpp)
#   NX_SCALES="region national million"       scales the networkx baseline runs on
#   NX_MODES_million=path                     networkx modes on the million scale (all three
#                                             take about half an hour in pure Python)
#   REPS=7                                    timed repetitions (median reported)
#   MAX_LOAD=1.0 LOAD_WAIT_S=600              before each measured run, wait up to LOAD_WAIT_S
#                                             for the 1-minute load average to fall below
#                                             MAX_LOAD; the load is recorded either way
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=${SCALES:-"region mc national million eu"}
NX_SCALES=${NX_SCALES:-"region national million"}
NX_MODES_million=${NX_MODES_million:-path}
REPS=${REPS:-7}
MAX_LOAD=${MAX_LOAD:-1.0}
LOAD_WAIT_S=${LOAD_WAIT_S:-600}
BUILD=build-bench
OUT=$BUILD/results
PY=/usr/bin/python3

if ! $PY -c 'import networkx' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y python3-networkx >/dev/null || { apt-get update >/dev/null && apt-get install -y python3-networkx >/dev/null; }
  else
    echo "run.sh: the networkx baseline needs python3-networkx (apt-get install python3-networkx)" >&2
    exit 2
  fi
fi

cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DIMPACTGRAPH_BUILD_BENCHMARKS=ON \
  -DIMPACTGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target bench_contributions >/dev/null
mkdir -p "$OUT"

wait_for_quiet() {
  local waited=0 load
  while :; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if awk -v l="$load" -v m="$MAX_LOAD" 'BEGIN { exit !(l < m) }' || [ "$waited" -ge "$LOAD_WAIT_S" ]; then
      echo "  load average $load"
      return
    fi
    sleep 15
    waited=$((waited + 15))
  done
}

contains() { case " $1 " in *" $2 "*) return 0 ;; *) return 1 ;; esac; }

for scale in $SCALES; do
  extra=()
  [ "$scale" = mc ] && extra+=(--monte-carlo)
  [ "$scale" = million ] && extra+=(--breakdown)
  if contains "$NX_SCALES" "$scale"; then
    extra+=(--edges "$OUT/$scale.edges.tsv" --check "$OUT/$scale.check.tsv")
  fi
  echo "== $scale"
  wait_for_quiet
  "$BUILD/bin/bench_contributions" --scale "$scale" --reps "$REPS" --json "$OUT/$scale.json" "${extra[@]}"
  if contains "$NX_SCALES" "$scale"; then
    modes_var="NX_MODES_$scale"
    modes=${!modes_var:-path,flow,attribution}
    echo "== $scale: networkx ($modes)"
    wait_for_quiet
    $PY benchmarks/networkx_baseline.py --edges "$OUT/$scale.edges.tsv" --check "$OUT/$scale.check.tsv" \
      --modes "$modes" --json "$OUT/$scale.networkx.json"
    rm -f "$OUT/$scale.edges.tsv"
  fi
done

$PY benchmarks/summarise.py "$OUT" >"$OUT/results.md"
echo "results: $OUT/results.md"
