#!/usr/bin/env bash
# The main job on the default example: builds impactgraph, then validates the Örebro
# strategy and exports it (JSON, CSV bundle, DOT, GraphML) into build/example/.
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
