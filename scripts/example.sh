#!/usr/bin/env bash
# The main job on the default example: builds impactgraph, then validates the Örebro
# strategy, exports it (JSON, CSV bundle, DOT, GraphML), prints its summary (analyze) and
# writes the HTML follow-up report into build/example/.
# Usage: scripts/example.sh [MODEL]   (default: examples/orebro/orebro.json)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
scripts/build.sh
model=${1:-examples/orebro/orebro.json}
bin=build/bin/impactgraph
out=build/example
mkdir -p "$out"
echo "== impactgraph validate $model"
"$bin" validate "$model"
for format in json csv dot graphml; do
  case $format in csv) target=$out/orebro-csv ;; *) target=$out/orebro.$format ;; esac
  "$bin" export "$model" --format "$format" --output "$target"
done
echo "== impactgraph analyze $model"
"$bin" analyze "$model"
"$bin" report "$model" --lang sv -o "$out/report.html"
"$bin" report "$model" --lang en -o "$out/report-en.html"
echo "== the report: $out/report.html (in English: $out/report-en.html); open it in a browser"
