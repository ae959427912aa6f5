#!/usr/bin/env python3
"""The aggregation benchmark's baseline: the same default aggregation in numpy, on the
inputs bench_aggregate wrote (--numpy-dir), checked against its sample (--check).

The computation, as impactgraph's aggregate() does it with default options (see
docs/aggregation.md):
  1. observations onto a dense (indicator, period, geography) grid (NaN = missing);
  2. a parent geography without a value takes its children's mean where at least half of
     them have one (deepest parents first);
  3. min-max per (indicator, period) across all geographies, to [0, 100], inverted for
     indicators where lower is better; an all-equal pool has no normalised values;
  4. node scores level by level up the graph: the weighted arithmetic mean of a node's own
     indicators (indicator weight) and its scored predecessors (edge weight; negative
     weights left out), weights renormalised over the inputs present, kept within the
     least and the largest input.
Timed from the loaded columns to the scores (the file reads are timed apart). Exits 1,
naming every mismatch, when a checked value differs by more than 1e-9 relative (to the
larger magnitude, or absolute below 1).

Usage: numpy_baseline.py --dir DIR --check FILE [--reps N] [--json FILE]
"""
import argparse
import contextlib
import io
import json
import math
import os
import statistics
import sys
import time

import numpy as np


def load(d):
    with open(os.path.join(d, "meta.json")) as f:
        meta = json.load(f)
    cols = {
        "indicator": np.fromfile(os.path.join(d, "obs_indicator.u32"), dtype="<u4"),
        "geo": np.fromfile(os.path.join(d, "obs_geo.u32"), dtype="<u4"),
        "period": np.fromfile(os.path.join(d, "obs_period.u16"), dtype="<u2"),
        "value": np.fromfile(os.path.join(d, "obs_value.f64"), dtype="<f8"),
    }
    return meta, cols


def plan_graph(meta):
    """Scored nodes, their depth and inputs (pure Python over 5,000 nodes; timed too)."""
    n = meta["nodes"]
    src, dst, w = meta["edge_source"], meta["edge_target"], meta["edge_weight"]
    in_edges = [[] for _ in range(n)]
    for e in range(len(src)):
        in_edges[dst[e]].append(e)
    own = [[] for _ in range(n)]
    for i, (v, wi) in enumerate(zip(meta["indicator_node"], meta["indicator_weight"])):
        if wi > 0:
            own[v].append(i)
    depth = [-1] * n
    inputs = {}
    for v in meta["topological_order"]:
        ins = [("i", i, meta["indicator_weight"][i]) for i in own[v]]
        ins += [("n", src[e], w[e]) for e in in_edges[v] if depth[src[e]] >= 0 and w[e] > 0]
        if not ins:
            continue
        depth[v] = 1 + max([depth[u] for kind, u, _ in ins if kind == "n"], default=-1)
        inputs[v] = ins
    return depth, inputs


def aggregate(meta, cols):
    t = {}
    t0 = time.perf_counter()
    I, G, P = len(meta["indicator_node"]), len(meta["geo_parent"]), len(meta["periods"])
    X = np.full((I, P, G), np.nan)
    X[cols["indicator"], cols["period"], cols["geo"]] = cols["value"]
    t["grid"] = time.perf_counter() - t0

    # Parents without a value: their children's mean, deepest parents first.
    t0 = time.perf_counter()
    parent = np.array(meta["geo_parent"])
    gdepth = np.zeros(G, dtype=int)
    for g in range(G):
        p, d = parent[g], 0
        while p >= 0:
            p, d = parent[p], d + 1
        gdepth[g] = d
    for d in range(int(gdepth.max()) - 1, -1, -1):
        kids = np.where((parent >= 0) & (gdepth == d + 1))[0]
        if kids.size == 0:
            continue
        kids = kids[np.argsort(parent[kids], kind="stable")]
        owners, starts, sizes = np.unique(parent[kids], return_index=True, return_counts=True)
        if not np.isnan(X[:, :, np.unique(parent[kids])]).any():
            continue  # every parent has its own values
        Xk = X[:, :, kids]
        have = ~np.isnan(Xk)
        sums = np.add.reduceat(np.where(have, Xk, 0.0), starts, axis=2)
        count = np.add.reduceat(have, starts, axis=2)
        fill = np.isnan(X[:, :, owners]) & (count > 0) & (count / sizes + 1e-12 >= 0.5)
        with np.errstate(invalid="ignore", divide="ignore"):
            X[:, :, owners] = np.where(fill, sums / count, X[:, :, owners])
    t["geo"] = time.perf_counter() - t0

    # Min-max per (indicator, period) across geographies; lower-is-better inverted.
    t0 = time.perf_counter()
    with np.errstate(invalid="ignore", divide="ignore"):
        lo = np.fmin.reduce(X, axis=2, keepdims=True)
        hi = np.fmax.reduce(X, axis=2, keepdims=True)
        span = hi - lo
        span[span == 0] = np.nan  # all values equal: no normalised values
        # x - lo, or hi - x where lower is better, as sign * x + offset (the same bits).
        dec = np.array(meta["indicator_decrease"], dtype=bool)[:, None, None]
        N = X * np.where(dec, -1.0, 1.0)
        N += np.where(dec, hi, -lo)
        N /= span
        N *= 100.0
    t["normalise"] = time.perf_counter() - t0

    # Node scores, level by level: gather the inputs' rows, weight and sum per target.
    t0 = time.perf_counter()
    depth, inputs = plan_graph(meta)
    scored = [v for v in range(meta["nodes"]) if depth[v] >= 0]
    slot = {v: k for k, v in enumerate(scored)}
    cells = P * G
    Nf = N.reshape(I, cells)
    S = np.full((len(scored), cells), np.nan)
    C = np.zeros((len(scored), cells))
    t["plan"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in range(max(depth) + 1):
        # Targets by falling input count: the targets with a j-th input are a prefix, so
        # each step works on views and temporaries of at most one row per target.
        targets = sorted((v for v in scored if depth[v] == d), key=lambda v: -len(inputs[v]))
        n = len(targets)
        num, den = np.zeros((n, cells)), np.zeros((n, cells))
        least, most = np.full((n, cells), np.inf), np.full((n, cells), -np.inf)
        total = np.array([sum(wu for _, _, wu in inputs[v]) for v in targets])[:, None]
        for j in range(len(inputs[targets[0]])):
            m = sum(1 for v in targets if len(inputs[v]) > j)
            picks = [inputs[v][j] for v in targets[:m]]
            is_node = np.array([kind == "n" for kind, _, _ in picks])
            x = np.empty((m, cells))
            x[~is_node] = Nf[[u for kind, u, _ in picks if kind != "n"]]
            if is_node.any():
                x[is_node] = S[[slot[u] for kind, u, _ in picks if kind == "n"]]
            w = np.array([wu for _, _, wu in picks])[:, None]
            np.fmin(least[:m], x, out=least[:m])  # fmin/fmax skip NaN
            np.fmax(most[:m], x, out=most[:m])
            have = ~np.isnan(x)
            x[~have] = 0.0
            x *= w
            num[:m] += x
            den[:m] += have * w
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.minimum(np.maximum(num / den, least), most)
        rows = [slot[v] for v in targets]
        S[rows] = np.where(den > 0, mean, np.nan)
        C[rows] = den / total
    t["composite"] = time.perf_counter() - t0
    return N, S, C, slot, t


def check(meta, N, S, slot, path):
    node = {x: k for k, x in enumerate(meta["node_ids"])}
    ind = {x: k for k, x in enumerate(meta["indicator_ids"])}
    geo = {x: k for k, x in enumerate(meta["geo_ids"])}
    per = {x: k for k, x in enumerate(meta["periods"])}
    G = len(geo)
    checked, bad, worst = 0, [], 0.0
    with open(path) as f:
        next(f)
        for line in f:
            kind, id_, g, p, value = line.rstrip("\n").split("\t")
            want = float(value)
            cell = per[p] * G + geo[g]
            if kind == "score":
                got = S[slot[node[id_]], cell] if node[id_] in slot else float("nan")
            else:
                got = N.reshape(N.shape[0], -1)[ind[id_], cell]
            checked += 1
            # Relative to the larger magnitude, 1e-9 (absolute below 1: scores lie in [0, 100]).
            if math.isnan(want) or math.isnan(got):
                same = math.isnan(want) and math.isnan(got)
            else:
                rel = abs(want - got) / max(abs(want), abs(got), 1.0)
                worst = max(worst, rel)
                same = rel <= 1e-9
            if not same:
                bad.append(f"{kind} {id_} {g} {p}: impactgraph {want!r}, numpy {got!r}")
    return checked, bad, worst


def kernel_info():
    info = {"numpy": np.__version__}
    try:
        import threadpoolctl

        info["threadpools"] = threadpoolctl.threadpool_info()
    except ImportError:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            np.show_config()
        info["show_config"] = buf.getvalue()
    info["OPENBLAS_CORETYPE"] = os.environ.get("OPENBLAS_CORETYPE")
    info["OPENBLAS_L2_SIZE"] = os.environ.get("OPENBLAS_L2_SIZE")
    return info


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--check", required=True)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--json")
    a = ap.parse_args()

    t0 = time.perf_counter()
    meta, cols = load(a.dir)
    load_s = time.perf_counter() - t0

    wall, cpu, steps = [], [], []
    for _ in range(a.reps):
        c0, t0 = time.process_time(), time.perf_counter()
        N, S, C, slot, t = aggregate(meta, cols)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        steps.append(t)
        load_avg = os.getloadavg()[0]
        del C
    checked, bad, worst = check(meta, N, S, slot, a.check)
    out = {
        "benchmark": "aggregate-numpy",
        "observations": int(cols["value"].size),
        "load_s": load_s,
        "time": {"median_s": statistics.median(wall), "min_s": min(wall), "max_s": max(wall),
                 "cpu_median_s": statistics.median(cpu), "runs": len(wall)},
        "steps_median_s": {k: statistics.median(s[k] for s in steps) for k in steps[0]},
        "load": load_avg,
        "checked": checked,
        "mismatches": len(bad),
        "max_relative_difference": worst,
        "kernel": kernel_info(),
    }
    text = json.dumps(out, indent=2)
    if a.json:
        with open(a.json, "w") as f:
            f.write(text + "\n")
    else:
        print(text)
    print(f"numpy: median {out['time']['median_s']:.3f} s wall, {out['time']['cpu_median_s']:.3f} s CPU; "
          f"{checked} values checked, {len(bad)} mismatches", file=sys.stderr)
    if bad:
        for b in bad[:50]:
            print("MISMATCH " + b, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
