#!/usr/bin/python3
"""The benchmark's contribution computation done the way an analyst would in networkx.

Reads the edge list bench_contributions wrote (--edges), builds an nx.DiGraph, and for
each mode (path, flow, attribution) computes C(s, t) for every activity s and each of the
13 targets (the 3 goals and 10 areas) by dynamic programming over nx.topological_sort:

    D_t[t] = 1,  D_t[v] = sum over edges v -> u of w'(v, u) * D_t[u]   (reverse topological order)

so C(s, t) = D_t[s]. That is the fair way: enumerating paths (nx.all_simple_paths) would
never finish on these graphs. w' is the edge weight (path), max(w, 0) over the source's sum
of max(out-weight, 0) (flow), or max(w, 0) over the target's sum of max(in-weight, 0)
(attribution), as the library's positive normalisation; the analyst stores w' as an edge
attribute, as nx.set_edge_attributes would.

Times (wall clock and process CPU time) reading the file, building the graph (DiGraph plus its topological order, which the
library's freeze also computes) and each mode's propagation separately. With --check, compares
the library's per-target sums and sampled pairs (written by bench_contributions --check) with
these, to 1e-9 relative, and exits 1 naming every mismatch.

Run with Debian's interpreter and python3-networkx: /usr/bin/python3 networkx_baseline.py ...
"""

import argparse
import csv
import json
import resource
import sys
import time

import networkx as nx

TOLERANCE = 1e-9


def read_edges(path):
    edges, level = [], {}
    with open(path, newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        next(reader)
        for source, target, weight, level_from, level_to in reader:
            edges.append((source, target, float(weight)))
            level[source] = level_from
            level[target] = level_to
    return edges, level


def normalise(G, mode):
    """Stores the mode's edge weight w' as the edge attribute `mode`."""
    if mode == "path":
        for _, _, data in G.edges(data=True):
            data[mode] = data["weight"]
        return
    for v in G:
        incident = G.out_edges(v, data=True) if mode == "flow" else G.in_edges(v, data=True)
        total = sum(max(d["weight"], 0.0) for _, _, d in incident)
        for _, _, d in incident:
            d[mode] = max(d["weight"], 0.0) / total if total > 0 else 0.0


def contributions(G, order, sources, targets, mode):
    """{target: [C(s, target) for s in sources]} by one DP per target."""
    result = {}
    for t in targets:
        D = {}
        for v in reversed(order):
            if v == t:
                D[v] = 1.0
                continue
            total = 0.0
            for u, data in G.succ[v].items():
                total += data[mode] * D[u]
            D[v] = total
        result[t] = [D[s] for s in sources]
    return result


def close(a, b):
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b)) + 1e-300


def check(path, results, sources):
    """Compares the library's figures with ours; returns the list of mismatches."""
    index = {s: i for i, s in enumerate(sources)}
    bad, compared = [], 0
    with open(path, newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        next(reader)
        for kind, mode, source, target, value in reader:
            if mode not in results:
                continue
            theirs = float(value)
            if kind == "sum":
                ours = sum(results[mode][target])
            else:
                ours = results[mode][target][index[source]]
            compared += 1
            if not close(theirs, ours):
                bad.append(f"{mode} {kind} {source} -> {target}: library {theirs!r}, networkx {ours!r}")
    return bad, compared


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--edges", required=True, help="edge list from bench_contributions --edges")
    ap.add_argument("--check", help="check file from bench_contributions --check")
    ap.add_argument("--json", help="write the figures here (default: stdout)")
    ap.add_argument("--modes", default="path,flow,attribution")
    args = ap.parse_args()

    out = {"benchmark": "networkx", "networkx": nx.__version__, "python": sys.version.split()[0]}
    t0 = time.perf_counter()
    edges, level = read_edges(args.edges)
    out["read_s"] = time.perf_counter() - t0

    t0, c0 = time.perf_counter(), time.process_time()
    G = nx.DiGraph()
    G.add_weighted_edges_from(edges)
    order = list(nx.topological_sort(G))
    out["build_s"], out["build_cpu_s"] = time.perf_counter() - t0, time.process_time() - c0
    out["nodes"], out["edges"] = G.number_of_nodes(), G.number_of_edges()
    del edges

    sources = sorted(v for v, lv in level.items() if lv == "activity")
    targets = sorted(v for v, lv in level.items() if lv == "goal") + sorted(v for v, lv in level.items() if lv == "area")
    out["sources"], out["targets"] = len(sources), len(targets)

    results, modes = {}, []
    for mode in args.modes.split(","):
        t0, c0 = time.perf_counter(), time.process_time()
        normalise(G, mode)
        results[mode] = contributions(G, order, sources, targets, mode)
        modes.append({"mode": mode, "propagation_s": time.perf_counter() - t0,
                      "propagation_cpu_s": time.process_time() - c0})
    out["modes"] = modes
    out["peak_rss_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    status = 0
    if args.check:
        bad, compared = check(args.check, results, sources)
        out["check"] = {"compared": compared, "mismatches": len(bad), "tolerance": TOLERANCE}
        if bad or compared == 0:
            status = 1
            print("networkx_baseline: THE LIBRARY AND NETWORKX DISAGREE" if bad else
                  "networkx_baseline: nothing was compared", file=sys.stderr)
            for line in bad[:50]:
                print("  " + line, file=sys.stderr)
    text = json.dumps(out, indent=2)
    if args.json:
        with open(args.json, "w") as f:
            f.write(text + "\n")
    else:
        print(text)
    return status


if __name__ == "__main__":
    sys.exit(main())
