#!/usr/bin/env python3
"""A follow-up of the Örebro strategy, done end to end from Python.

Loads the model (the Örebro example by default), optionally merges new Kolada data into
it, validates it, lists each overarching goal with its indicators — baseline, target and
the latest observed value in the county, with women and men where the data has them —
then the analyses: the funding put in per source, each goal's composite score in the
county and how its municipalities compare, which activities contribute most to each goal
(with Monte-Carlo intervals over the uncertain edge weights), and the gaps the follow-up
should look at first. With --output it exports the model (JSON, GraphML, a Swedish-style
CSV bundle) and the results (contributions.csv, scores.csv, gaps.json).

    python3 examples/python/followup.py [MODEL] [--output FOLDER] [--geo 0018]
        [--data KOLADA.json ...] [--lang sv|en] [--samples 500]

Needs the impactgraph package (pip install ./bindings/python) or, from the sources,
PYTHONPATH=bindings/python and IMPACTGRAPH_LIBRARY=build/lib/libimpactgraph.so.0.
The example's data are illustrative (see examples/orebro/README).
"""
import argparse
import csv
import json
import sys
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
    """The money put in per source (the library's funding flow: what each node's own funding is)."""
    flows = model.funding()
    currencies = sorted({t.currency for t in flows.totals})
    print(f"\nFunding of activities by source ({', '.join(currencies)})")
    for t in sorted(flows.totals, key=lambda t: -t.amount):
        print(f"  {t.group or '(no source)':<20} {number(t.amount)}")
    print(f"  {'in all':<20} {number(sum(t.amount for t in flows.totals))}")
    reaching = {f.node_id: 0.0 for f in flows if f.level == "goal"}
    for f in flows:
        if f.level == "goal":
            reaching[f.node_id] += f.amount
    for goal, amount in reaching.items():
        print(f"  reaching {goal:<11} {number(amount)}")
    return flows


def report_scores(model, geo):
    """Each goal's composite score (min-max to 0-100, weighted mean; docs/aggregation.md) in
    `geo` for the latest period, and its municipalities' spread."""
    result = model.aggregate()
    for note in result.diagnostics.warnings[:3]:
        print(f"  note: {note.message} [{note.code}]", file=sys.stderr)
    children = {g.id for g in model.geographies.children(geo)}
    print(f"\nComposite scores (0-100) in {model.geographies[geo].name}")
    for goal in model.nodes.at_level("goal"):
        own = [s for s in result.scores if s.node_id == goal.id and s.geo_id == geo and s.value is not None]
        if not own:
            print(f"  {goal.id}: no score")
            continue
        latest = max(own, key=lambda s: s.period)
        peers = sorted((s for s in result.scores if s.node_id == goal.id and s.geo_id in children
                        and s.period == latest.period and s.value is not None), key=lambda s: -s.value)
        line = f"  {goal.id}: {number(latest.value)} ({latest.period}, coverage {latest.coverage:.0%})"
        if peers:
            line += (f"; municipalities {number(peers[-1].value)}–{number(peers[0].value)}, "
                     f"highest {model.geographies[peers[0].geo_id].name}")
        print(line)
    return result


def report_contributions(model, samples):
    """The three activities contributing most to each goal along the graph (path mode), with
    the 5-95 % interval over `samples` draws of the uncertain edge weights."""
    found = model.contributions("activity", "goal", mode="path", samples=samples, seed=1)
    print(f"\nLargest contributions to each goal ({samples} samples of the edge weights)")
    for goal in model.nodes.at_level("goal"):
        print(f"  {goal.id}")
        for c in found.of_target(goal.id)[:3]:
            label = model.nodes[c.source_id].label
            interval = f"  [{c.p05:.2f}, {c.p95:.2f}], rank {c.rank_low}–{c.rank_high}" if samples else ""
            print(f"    {c.source_id:<5} {c.value:6.3f}{interval}  {label}")
    return found


def report_gaps(model, language):
    """What to look at first: the gap summary, the largest priority mismatches, the warnings."""
    report = model.gaps(language)
    counts = report.summary()
    print(f"\nGaps as of {report.as_of} (region {report.region}): {counts['errors']} errors, "
          f"{counts['warnings']} warnings, {counts['infos']} infos")
    for p in report.priorities[:3]:
        print(f"  priority mismatch #{p.rank}: {p.node_id} (gap {p.gap:.2f}, effort {p.effort:.2f})")
    for gap in [g for g in report.gaps if g.severity != "info"][:8]:
        print(f"  {gap.severity}: {gap.message} [{gap.code}]")
    return report


def write_csv(path, rows):
    rows = list(rows)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else [])
        writer.writeheader()
        writer.writerows(rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", default=str(DEFAULT_MODEL), help="JSON model file or CSV folder")
    parser.add_argument("--output", help="folder to export the model into (JSON, GraphML, CSV)")
    parser.add_argument("--geo", default="0018", help="geography to report (default 0018, Örebro län)")
    parser.add_argument("--data", nargs="*", default=[], help="Kolada JSON files merged in first (later ones win)")
    parser.add_argument("--lang", default="en", choices=["en", "sv"], help="language of the gap messages")
    parser.add_argument("--samples", type=int, default=500, help="Monte-Carlo samples of the edge weights")
    args = parser.parse_args(argv)

    found = ig.validate_path(args.model)
    for d in found:
        print(d, file=sys.stderr)
    if not found.valid:
        print(f"{args.model}: {found.error_count} errors; nothing more to do", file=sys.stderr)
        return 1

    model = ig.load(args.model)
    if args.data:
        with model:
            model, merged = model.import_kolada(args.data)  # a new model; the file is unchanged
        print(f"Kolada: {merged.added} observations added, {merged.changed} changed, {merged.unchanged} unchanged"
              + (f"; skipped KPIs {', '.join(merged.unmapped_kpis)}" if merged.unmapped_kpis else ""))
    with model:
        print(f"{model.name}: {len(model.nodes)} nodes on {len(model.levels)} levels, {len(model.edges)} edges, "
              f"{len(model.indicators)} indicators, {len(model.observations)} observations")
        print(f"validation: {found.error_count} errors, {found.warning_count} warnings")
        report_goals(model, args.geo)
        report_funding(model)
        scores = report_scores(model, args.geo)
        contributions = report_contributions(model, args.samples)
        gaps = report_gaps(model, args.lang)
        if args.output:
            out = Path(args.output)
            out.mkdir(parents=True, exist_ok=True)
            model.export(out / "orebro.json")
            model.export(out / "orebro.graphml")
            model.export(out / "orebro-csv", "csv", csv_style="swedish")
            write_csv(out / "contributions.csv", contributions.to_dicts())
            write_csv(out / "scores.csv", scores.scores.to_dicts())
            (out / "gaps.json").write_text(json.dumps(gaps.to_dict(), ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
            print(f"\nexported to {out}: orebro.json, orebro.graphml, orebro-csv/ (semicolons, decimal commas), "
                  "contributions.csv, scores.csv, gaps.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
