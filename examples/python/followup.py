#!/usr/bin/env python3
"""A follow-up of the Örebro strategy, done end to end from Python.

Loads the model (the Örebro example by default), validates it, lists each overarching
goal with its indicators — baseline, target and the latest observed value in the county,
with women and men where the data has them — sums the funding reaching activities per
source, and exports the model as JSON, GraphML and a Swedish-style CSV bundle.

    python3 examples/python/followup.py [MODEL] [--output FOLDER] [--geo 0018]

Needs the impactgraph package (pip install ./bindings/python) or, from the sources,
PYTHONPATH=bindings/python and IMPACTGRAPH_LIBRARY=build/lib/libimpactgraph.so.0.
The example's data are illustrative (see examples/orebro/README).
"""
import argparse
import sys
from collections import defaultdict
from pathlib import Path

import impactgraph as ig

DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "orebro" / "orebro.json"


def number(value, unit=""):
    """A value as Swedish reports write it: thin spaces between thousands, decimal comma."""
    if value is None:
        return "–"
    text = f"{value:,.1f}" if abs(value) < 1e6 else f"{value:,.0f}"
    text = text.replace(",", " ").replace(".", ",")
    return f"{text} {unit}".strip()


def target_text(model, indicator):
    """The indicator's targets in one short phrase each."""
    phrases = []
    for t in indicator.targets:
        if t.kind == "level":
            phrases.append(f"{number(t.value, indicator.unit)} by {t.period}")
        elif t.kind == "change":
            phrases.append(f"{t.value:+.0%} by {t.period} against {t.base_period}")
        elif t.kind == "threshold":
            phrases.append(f"{t.op} {number(t.value, indicator.unit)}")
        elif t.kind == "direction":
            phrases.append(f"shall {indicator.direction or 'change'}")
        elif t.kind == "peers":
            peers = ", ".join(model.geographies[g].name for g in t.geos)
            phrases.append(f"better {t.compare} than {peers}")
        elif t.kind == "disparity":
            phrases.append(f"gap {'/'.join(t.between)} shall shrink" + (f" by {t.period}" if t.period else ""))
    return "; ".join(phrases) or "no target"


def report_goals(model, geo):
    print(f"\nGoals and their indicators ({model.geographies[geo].name}, latest observed value)")
    for goal in model.nodes.at_level("goal"):
        print(f"\n{goal.id}  {goal.label}")
        for indicator in model.indicators.of_node(goal.id):
            latest = model.observations.latest(indicator.id, geo)
            baseline = indicator.baseline
            print(f"  {indicator.id}: {indicator.label}")
            print(f"      baseline {number(baseline.value, indicator.unit) + ' (' + baseline.period + ')' if baseline else '–'}"
                  f"; target {target_text(model, indicator)}")
            if latest is None:
                print("      latest   no data")
                continue
            print(f"      latest   {number(latest.value, indicator.unit)} ({latest.period})")
            women = model.observations.latest(indicator.id, geo, breakdown="K")
            men = model.observations.latest(indicator.id, geo, breakdown="M")
            if women and men:
                print(f"      women {number(women.value, indicator.unit)}, men {number(men.value, indicator.unit)}"
                      f" ({women.period})")


def report_funding(model):
    by_source = defaultdict(float)
    currencies = set()
    for node in model.nodes.at_level("activity"):
        for f in node.funding:
            by_source[f.source or "(no source)"] += f.amount
            currencies.add(f.currency)
    print(f"\nFunding of activities by source ({', '.join(sorted(currencies))})")
    for source, amount in sorted(by_source.items(), key=lambda item: -item[1]):
        print(f"  {source:<20} {number(amount)}")
    print(f"  {'in all':<20} {number(sum(by_source.values()))}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", default=str(DEFAULT_MODEL), help="JSON model file or CSV folder")
    parser.add_argument("--output", help="folder to export the model into (JSON, GraphML, CSV)")
    parser.add_argument("--geo", default="0018", help="geography to report (default 0018, Örebro län)")
    args = parser.parse_args(argv)

    found = ig.validate_path(args.model)
    for d in found:
        print(d, file=sys.stderr)
    if not found.valid:
        print(f"{args.model}: {found.error_count} errors; nothing more to do", file=sys.stderr)
        return 1

    with ig.load(args.model) as model:
        print(f"{model.name}: {len(model.nodes)} nodes on {len(model.levels)} levels, {len(model.edges)} edges, "
              f"{len(model.indicators)} indicators, {len(model.observations)} observations")
        print(f"validation: {found.error_count} errors, {found.warning_count} warnings")
        report_goals(model, args.geo)
        report_funding(model)
        if args.output:
            out = Path(args.output)
            out.mkdir(parents=True, exist_ok=True)
            model.export(out / "orebro.json")
            model.export(out / "orebro.graphml")
            model.export(out / "orebro-csv", "csv", csv_style="swedish")
            print(f"\nexported to {out}: orebro.json, orebro.graphml, orebro-csv/ (semicolons, decimal commas)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
