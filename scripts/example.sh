#!/usr/bin/env bash
# The main job on the default example: builds impactgraph, then validates the Örebro
# strategy, exports it (JSON, CSV bundle, DOT, GraphML), aggregates its indicators into
# node scores (with a sensitivity analysis), runs the contribution, funding and influence
# analyses, lists its gaps, prints its summary (analyze) and writes the HTML follow-up
# report, all into build/example/.
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
echo "== impactgraph aggregate $model"
"$bin" aggregate "$model" --json >"$out/aggregate.json"
"$bin" aggregate "$model" --sensitivity 100 --json >"$out/sensitivity.json"
if [ "$model" = examples/orebro/orebro.json ]; then
  "$bin" aggregate "$model" --geo 0018 --period 2023   # Örebro län's scores in 2023
fi
echo "== impactgraph contributions $model (activities -> goals: attribution shares, 1000 Monte-Carlo samples)"
if "$bin" contributions "$model" --from activity --to goal --mode attribution --samples 1000 --seed 1 --json \
     > "$out/contributions.json"; then
  echo "wrote $out/contributions.json"
else
  echo "(skipped: the model needs levels named activity and goal)"
fi
echo "== impactgraph funding $model (money reaching each goal, by priority area)"
"$bin" funding "$model" --to goal --group-by area || echo "(skipped: the model needs a level named goal)"
echo "== impactgraph influence $model (challenges and goals: W + W², MICMAC classes)"
"$bin" influence "$model" || echo "(skipped: the model needs levels named challenge or goal)"
echo "== impactgraph gaps $model (structure, targets, equality, data, priorities; in Swedish)"
"$bin" gaps "$model" --json >"$out/gaps.json"
"$bin" gaps "$model" --lang sv
echo "== impactgraph analyze $model"
"$bin" analyze "$model"
"$bin" report "$model" --lang sv -o "$out/report.html"
"$bin" report "$model" --lang en -o "$out/report-en.html"
echo "== the report: $out/report.html (in English: $out/report-en.html); open it in a browser"
