#!/usr/bin/env bash
# The aggregation benchmark (issue 4, item 8; docs/performance.md, "Aggregation"): builds
# bench_aggregate in Release in build-bench/, runs it (10 million generated observations,
# 1 and 2 threads), writes the numpy baseline's inputs and a check sample, runs the numpy
# baseline (Debian's python3-numpy) on the same data and checks that both give the same
# numbers. Writes build-bench/results/aggregate.json, aggregate-numpy.json and
# aggregate.md (a summary with the load average of every timing).
#
# Environment (all optional):
#   REPS=7                     timed repetitions of each (median reported)
#   THREADS=1,2                thread counts of the C++ runs
#   INDICATORS=1000 YEARS=34   the data's size (1,000 x 300 geographies x 34 years)
#   MAX_LOAD=1.0 LOAD_WAIT_S=600   before each measured run, wait up to LOAD_WAIT_S for the
#                              1-minute load average to fall below MAX_LOAD; recorded either way
set -euo pipefail
cd "$(dirname "$0")/.."

REPS=${REPS:-7}
THREADS=${THREADS:-1,2}
INDICATORS=${INDICATORS:-1000}
YEARS=${YEARS:-34}
MAX_LOAD=${MAX_LOAD:-1.0}
LOAD_WAIT_S=${LOAD_WAIT_S:-600}
BUILD=build-bench
OUT=$BUILD/results
PY=/usr/bin/python3

if ! $PY -c 'import numpy' 2>/dev/null; then
  echo "run_aggregate.sh: the numpy baseline needs Debian's python3-numpy (apt-get install python3-numpy)" >&2
  exit 2
fi

cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DIMPACTGRAPH_BUILD_BENCHMARKS=ON \
  -DIMPACTGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target bench_aggregate >/dev/null
mkdir -p "$OUT"
DATA=$OUT/aggregate-inputs
mkdir -p "$DATA"

wait_for_quiet() {
  local waited=0 load
  while :; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if awk -v l="$load" -v m="$MAX_LOAD" 'BEGIN { exit !(l < m) }' || [ "$waited" -ge "$LOAD_WAIT_S" ]; then
      echo "  load average $load" >&2
      return
    fi
    sleep 15
    waited=$((waited + 15))
  done
}

echo "bench_aggregate ($INDICATORS indicators, $YEARS years, threads $THREADS, $REPS reps)" >&2
wait_for_quiet
"$BUILD/bin/bench_aggregate" --indicators "$INDICATORS" --years "$YEARS" --reps "$REPS" --threads "$THREADS" \
  --numpy-dir "$DATA" --check "$DATA/check.tsv" --json "$OUT/aggregate.json"

echo "numpy baseline ($REPS reps)" >&2
wait_for_quiet
status=0
$PY benchmarks/numpy_baseline.py --dir "$DATA" --check "$DATA/check.tsv" --reps "$REPS" \
  --json "$OUT/aggregate-numpy.json" || status=$?

$PY - "$OUT/aggregate.json" "$OUT/aggregate-numpy.json" >"$OUT/aggregate.md" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
n = json.load(open(sys.argv[2]))
m = c["model"]
print(f"{m['observations']:,} observations; model {m['bytes_per_observation']:.2f} bytes/observation "
      f"({m['observation_bytes_per_observation']:.2f} of them the observations' own)")
print()
print("| run | median wall s | median CPU s | load (1 min) | working memory B/obs | identical |")
print("|---|---|---|---|---|---|")
for r in c["aggregate"]:
    t = r["time"]
    print(f"| impactgraph, {r['threads']} thread(s) | {t['median_s']:.3f} | {t['cpu_median_s']:.3f} | "
          f"{r['load']:.2f} | {r['peak_rss_rise_bytes_per_observation']:.1f} | {r['identical_to_first']} |")
t = n["time"]
print(f"| numpy | {t['median_s']:.3f} | {t['cpu_median_s']:.3f} | {n['load']:.2f} | - | "
      f"{n['checked']} checked, {n['mismatches']} mismatches, max rel. diff {n.get('max_relative_difference', 0):.1e} |")
best = min(r["time"]["median_s"] for r in c["aggregate"])
print()
print(f"numpy / impactgraph (best thread count), wall: {t['median_s'] / best:.2f}x")
EOF
cat "$OUT/aggregate.md" >&2
exit $status
