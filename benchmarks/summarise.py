#!/usr/bin/python3
"""Turns the JSON files of benchmarks/run.sh into the markdown tables of docs/performance.md.

usage: summarise.py RESULTS_DIR > results.md
"""

import glob
import json
import os
import sys

ORDER = ["region", "mc", "national", "million", "eu"]
TARGET_S = 0.1  # per mode, million scale, one core; Monte Carlo, mc scale, two cores


def ms(s):
    return f"{s * 1e3:.1f} ms" if s < 10 else f"{s:.1f} s"


def mib(b):
    return f"{b / 2**20:.0f} MiB"


def probe(machine):
    if "core_probe_start" not in machine:
        return "-"
    return f"{ms(machine['core_probe_start']['median_s'])} / {ms(machine['core_probe_end']['median_s'])}"


def load(results_dir):
    runs, nx = {}, {}
    for path in glob.glob(os.path.join(results_dir, "*.json")):
        name = os.path.basename(path)[:-5]
        with open(path) as f:
            data = json.load(f)
        if name.endswith(".networkx"):
            nx[name[: -len(".networkx")]] = data
        else:
            runs[name] = data
    key = lambda s: ORDER.index(s) if s in ORDER else len(ORDER)
    return {s: runs[s] for s in sorted(runs, key=key)}, {s: nx[s] for s in sorted(nx, key=key)}


def main():
    runs, nx = load(sys.argv[1])
    if not runs:
        sys.exit("summarise.py: no results")
    m = next(iter(runs.values()))["machine"]
    print("## Machine\n")
    print(f"- CPU: {m['cpu']}, {m['hardware_threads']} hardware threads")
    print(f"- last-level cache: {mib(m['last_level_cache_bytes'])}; memory: {m['memory_bytes'] / 2**30:.1f} GiB")
    bws = [r["machine"]["read_bandwidth_bytes_per_s"] / 1e9 for r in runs.values()]
    print(f"- streaming read bandwidth, one core (best of 7 passes over {mib(m['bandwidth_buffer_bytes'])}, "
          f"measured in each run): {min(bws):.1f} to {max(bws):.1f} GB/s")
    probes = [r["machine"][k] for r in runs.values() for k in ("core_probe_start", "core_probe_end")
              if k in r["machine"]]
    if probes:
        print(f"- core probe (benchmarks/core_probe.hpp: the same arithmetic each time, {probes[0]['runs']} timings at "
              f"the start and at the end of each run): {ms(min(p['min_s'] for p in probes))} to "
              f"{ms(max(p['max_s'] for p in probes))}")
    print()

    print("## Models\n")
    print("| scale | fingerprint | nodes | edges | freeze, wall | freeze, CPU | memory | bytes/edge | larger than LLC | "
          "peak RSS | read bandwidth | core probe, start / end (median) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|")
    for s, r in runs.items():
        md = r["model"]
        llc = r["machine"]["last_level_cache_bytes"]
        print(f"| {s} | `{md.get('fingerprint', '-')}` | {md['nodes']:,} | {md['edges']:,} | {ms(md['freeze_s'])} | {ms(md.get('freeze_cpu_s', 0))} | "
              f"{mib(md['memory_bytes'])} | "
              f"{md['bytes_per_edge']:.1f} | {'yes' if md['memory_bytes'] > llc else 'no'} | {mib(r['peak_rss_bytes'])} | "
              f"{r['machine']['read_bandwidth_bytes_per_s'] / 1e9:.1f} GB/s | {probe(r['machine'])} |")

    print("\n## Contributions: all activities -> 13 targets, one core\n")
    print("| scale | mode | records | compute, wall (median) | compute, CPU | one sweep (kernel) | sweep bound | "
          "bound / kernel | load |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for s, r in runs.items():
        for c in r["contributions"]:
            k = c.get("kernel", {})
            kernel = ms(k["sweep_median_s"]) if k else "-"
            frac = f"{k['fraction_of_bound'] * 100:.0f} %" if k else "-"
            bound = ms(k["bandwidth_bound_s"]) if k else "-"
            cpu = ms(c["time"]["cpu_median_s"]) if "cpu_median_s" in c["time"] else "-"
            print(f"| {s} | {c['mode']} | {c['records']:,} | {ms(c['time']['median_s'])} | {cpu} | {kernel} | {bound} | "
                  f"{frac} | {c['load']:.1f} |")

    for s, r in runs.items():
        if s not in ("million", "eu"):
            continue
        print(f"\n## Where one call's CPU time goes, {s} scale (medians of separate timings)\n")
        print("| mode | reach from the sources | rows: masks, values, record counts, reach to the targets | factor check | records and the rest | "
              "whole call | call bound | once per model: factors, order |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for c in r["contributions"]:
            k = c.get("kernel")
            if not k or "mark_reach" not in k:
                continue
            parts = [k["mark_reach"]["cpu_median_s"], k["sweep_cpu_median_s"],
                     k["normalising_factors_check"]["cpu_median_s"]]
            call = c["time"]["cpu_median_s"]
            rest = max(call - sum(parts), 0.0)
            once = k["normalising_factors_once"]["cpu_median_s"] + k["layered_order_once"]["cpu_median_s"]
            print(f"| {c['mode']} | " + " | ".join(ms(x) for x in parts) +
                  f" | {ms(rest)} | {ms(call)} | {ms(c['bandwidth_bound_s'])} | {ms(once)} |")

    floors = [(s, r) for s, r in runs.items() if "access_floor" in r]
    if floors:
        print("\n## The access floor: only the accesses a sweep cannot avoid (see benchmarks/access_floor.hpp)\n")
        print("| scale | floor: sweep | floor: records | floor: call | library: path call | library / floor | "
              "call bound (bandwidth) |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for s, r in floors:
            f = r["access_floor"]
            path = next(c for c in r["contributions"] if c["mode"] == "path")
            call = path["time"]["cpu_median_s"]
            print(f"| {s} | {ms(f['sweep_cpu_median_s'])} | {ms(f['records_cpu_median_s'])} | {ms(f['total_cpu_s'])} | "
                  f"{ms(call)} | {call / f['total_cpu_s']:.1f} | {ms(path['bandwidth_bound_s'])} |")

    for s, r in runs.items():
        if "memory_breakdown" in r:
            print(f"\n## Bytes per edge, {s} scale\n")
            print("| model | memory | bytes/edge | added per edge |")
            print("|---|---:|---:|---:|")
            for b in r["memory_breakdown"]:
                print(f"| {b['variant']} | {mib(b['memory_bytes'])} | {b['bytes_per_edge']:.1f} | "
                      f"{b['added_per_edge']:+.1f} |")

    print("\n## Funding flow (every node)\n")
    print("| scale | grouped by | channels | flows | time (median) |")
    print("|---|---|---:|---:|---:|")
    for s, r in runs.items():
        for f in r["funding"]:
            print(f"| {s} | {f['group_by']} | {f['channels']} | {f['flows']:,} | {ms(f['time']['median_s'])} |")

    for s, r in runs.items():
        mc = r.get("monte_carlo")
        if not mc:
            continue
        print(f"\n## Monte Carlo, {s} scale ({mc['nodes']:,} nodes, {mc['edges']:,} edges, "
              f"{mc['uncertain_edges']:,} uncertain)\n")
        print(f"{mc['samples']} samples of path contributions, {mc['records']:,} records; the point estimate "
              f"takes {ms(mc['point_estimate']['median_s'])}; drawing the {mc['random_draws']['draws']:,} random "
              f"weights alone takes {ms(mc['random_draws']['time']['median_s'])} on one core.\n")
        print("| threads | wall (median) | CPU, all threads | target | load |")
        print("|---:|---:|---:|---:|---:|")
        for run in mc["runs"]:
            print(f"| {run['threads']} | {ms(run['time']['median_s'])} | {ms(run['time'].get('cpu_median_s', 0))} | "
                  f"{ms(TARGET_S)} (2 threads) | {run['load']:.1f} |")

    if nx:
        print("\n## networkx, the same computation (see benchmarks/networkx_baseline.py)\n")
        print("Ratios are networkx time / library time, each side's process CPU time (wall-clock ratios in "
              "brackets); \"incl. build\" adds the networkx DiGraph and topological sort and the library's freeze.\n")
        print("| scale | mode | networkx build | networkx propagation | library freeze | library compute | "
              "propagation ratio | ratio incl. build | check |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---|")
        for s, n in nx.items():
            r = runs.get(s)
            if not r:
                continue
            lib = {c["mode"]: c["time"] for c in r["contributions"]}
            md = r["model"]
            chk = n.get("check", {})
            verdict = f"{chk.get('compared', 0)} compared, {chk.get('mismatches', '?')} differ"
            nb, nbc = n["build_s"], n.get("build_cpu_s", n["build_s"])
            fz, fzc = md["freeze_s"], md.get("freeze_cpu_s", md["freeze_s"])
            for mode in n["modes"]:
                p, pc = mode["propagation_s"], mode.get("propagation_cpu_s", mode["propagation_s"])
                c, cc = lib[mode["mode"]]["median_s"], lib[mode["mode"]].get("cpu_median_s", lib[mode["mode"]]["median_s"])
                print(f"| {s} | {mode['mode']} | {ms(nbc)} | {ms(pc)} | {ms(fzc)} | {ms(cc)} | "
                      f"{pc / cc:,.0f}x ({p / c:,.0f}x) | {(nbc + pc) / (fzc + cc):,.0f}x ({(nb + p) / (fz + c):,.0f}x) | "
                      f"{verdict} |")

if __name__ == "__main__":
    main()
