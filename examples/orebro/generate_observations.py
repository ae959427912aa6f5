#!/usr/bin/env python3
"""Regenerates the illustrative observations of orebro.json (the file beside this script).

Every value written here is INVENTED for the example: magnitudes and trends are meant to be
plausible for Örebro län and its twelve municipalities, but none of it is official statistics.
The model's structure (nodes, edges, indicators, targets, geographies) is kept as it is in the
file; only the "observations" array is replaced, and the whole file is rewritten in its
canonical layout (one node, edge, indicator, geography or observation per line).

Deterministic (fixed seeds), standard library only:
    python3 examples/orebro/generate_observations.py [MODEL.json]

Series are anchored so that the county's value in the baseline period equals the baseline the
indicator states: rates are shifted, counts are scaled.
"""

import json
import math
import os
import random
import sys

SEED = "orebro-2020"
YEARS = list(range(2015, 2024))

# Kolada id, name, inhabitants 2015, yearly growth, socio-economic profile (-1.2 .. +1.0):
# the profile sets where a municipality sits in most series (higher = more advantaged).
MUNICIPALITIES = [
    ("1814", "Lekeberg", 7450, 0.015, 1.0),
    ("1860", "Laxå", 5650, -0.003, -0.5),
    ("1861", "Hallsberg", 15500, 0.005, 0.2),
    ("1862", "Degerfors", 9800, 0.001, -0.6),
    ("1863", "Hällefors", 7000, -0.006, -1.0),
    ("1864", "Ljusnarsberg", 4900, -0.006, -1.2),
    ("1880", "Örebro", 146600, 0.012, 0.0),
    ("1881", "Kumla", 21100, 0.006, 0.5),
    ("1882", "Askersund", 11200, 0.003, 0.6),
    ("1883", "Karlskoga", 29900, 0.002, -0.3),
    ("1884", "Nora", 10500, 0.002, 0.3),
    ("1885", "Lindesberg", 23400, 0.001, -0.2),
]
MUNI_IDS = [m[0] for m in MUNICIPALITIES]
COUNTY = "0018"
RIKET = "0000"
# Comparable counties (targets "peers") and the seed's benchmark regions: inhabitants 2015, growth.
PEERS = {
    "0004": (285000, 0.009),   # Södermanland
    "0007": (193000, 0.009),   # Kronoberg
    "0014": (1650000, 0.010),  # Västra Götaland
    "0017": (277000, 0.003),   # Värmland
    "0019": (267000, 0.008),   # Västmanland
    "0021": (283000, 0.002),   # Gävleborg
    "0022": (244000, 0.000),   # Västernorrland
}
RIKET_POP = (9850000, 0.010)
# Pandemic years slow population growth a little.
POP_SHOCK = {2020: -0.004, 2021: -0.003}


def rng(*parts):
    """A generator seeded by the series it draws for, so that series do not disturb each other."""
    return random.Random(":".join([SEED, *map(str, parts)]))


def population():
    """Inhabitants per geography and year; the county and the country are sums or given totals."""
    pop = {}
    for geo, _name, start, growth, _profile in MUNICIPALITIES:
        r = rng("pop", geo)
        value = float(start)
        for year in YEARS:
            if year > YEARS[0]:
                value *= 1 + growth + POP_SHOCK.get(year, 0) + r.gauss(0, 0.002)
            pop[(geo, year)] = round(value)
    for year in YEARS:
        pop[(COUNTY, year)] = sum(pop[(g, year)] for g in MUNI_IDS)
    for geo, (start, growth) in [*PEERS.items(), (RIKET, RIKET_POP)]:
        r = rng("pop", geo)
        value = float(start)
        for year in YEARS:
            if year > YEARS[0]:
                value *= 1 + growth + POP_SHOCK.get(year, 0) + r.gauss(0, 0.001)
            pop[(geo, year)] = round(value, -2)
    return pop


POP = population()


def weighted_county(values, year):
    """Population-weighted mean over the municipalities (values: geo -> value for one year)."""
    total = sum(POP[(g, year)] for g in values)
    return sum(v * POP[(g, year)] for g, v in values.items()) / total


# --- Rates: percentages and other per-person figures, county = population-weighted mean ----------
#
# level     county level in the first year, before anchoring
# trend     yearly change (additive), or growth (multiplicative) for fast-growing series
# shocks    extra change in given years (the pandemic)
# relative  shocks and wobble are fractions of the value, and anchoring scales instead of shifts
# profile   how much one unit of a municipality's socio-economic profile moves its value
# special   extra offsets per municipality
# noise     size of the municipality's year-to-year wobble (larger for small municipalities)
# years     the periods observed (default every year 2015-2023)
# geos      the municipalities observed (default all twelve)
# peers     county-level series for other geographies: geo -> (level in the first year, trend)
# gap       K/M breakdowns: women minus men in the first year, and its yearly change
# drop      (geo, year) pairs not reported at all
# nulls     (geo, year, status): reported, value missing
# status    (geo, year) -> status of a reported value
RATES = {
    "I_forvarv": dict(level=77.8, trend=0.28, shocks={2020: -1.3, 2021: 0.4, 2022: 0.9}, profile=3.5,
                      special={"1880": -1.8, "1864": -2.0}, noise=0.4, decimals=1,
                      peers={"0004": (76.2, 0.30), "0007": (79.6, 0.30), "0014": (79.0, 0.35),
                             "0017": (77.6, 0.30), "0019": (77.0, 0.35), "0021": (76.4, 0.30),
                             "0022": (78.1, 0.30), "0000": (78.2, 0.32)}),
    "I_brp": dict(level=386.0, growth=0.030, shocks={2020: -14.0, 2021: 16.0}, county_only=True,
                  decimals=0, noise=3.0, years=list(range(2015, 2023)),
                  peers={"0004": (358.0, 0.030), "0007": (418.0, 0.038), "0014": (468.0, 0.036),
                         "0017": (376.0, 0.031), "0019": (402.0, 0.035), "0021": (368.0, 0.032),
                         "0022": (395.0, 0.034), "0000": (455.0, 0.035)},
                  status={(g, 2022): "preliminär" for g in
                          [COUNTY, "0004", "0007", "0014", "0017", "0019", "0021", "0022", "0000"]}),
    "I_nri": dict(level=58.0, trend=0.35, shocks={2021: -1.2}, county_only=True, noise=0.6, decimals=0,
                  years=[2015, 2017, 2019, 2021, 2023]),
    "I_halsa": dict(level=70.6, trend=0.15, shocks={2020: -0.6}, profile=3.0, noise=0.7, decimals=1,
                    years=[2016, 2018, 2020, 2022]),
    "I_vaxthusgas": dict(level=6.1, trend=-0.12, shocks={2020: -0.25, 2021: 0.15}, profile=0.0,
                         special={"1861": 3.2, "1883": 1.4, "1862": 1.1, "1814": 1.6, "1860": 2.0,
                                  "1880": -1.2},
                         noise=0.15, decimals=2, years=list(range(2015, 2023))),
    "I_ohalsotal": dict(level=27.9, trend=-0.55, shocks={2020: 0.6, 2021: 0.3}, profile=-4.5,
                        special={"1880": -2.5}, noise=0.9, decimals=1, gap=(11.2, -0.12)),
    "I_gymnexamen": dict(level=67.8, trend=0.45, profile=5.0, special={"1880": 1.5}, noise=2.5,
                         decimals=1),
    "I_behoriga_yrk": dict(level=84.0, trend=-0.45, shocks={2021: 0.8}, profile=4.0, noise=2.2,
                           decimals=1, nulls=[("1864", 2020, "för få elever")]),
    "I_eftergymn": dict(level=38.4, trend=0.62, profile=4.0, special={"1880": 8.0, "1881": -2.0},
                        noise=0.3, decimals=1),
    "I_langtidsarb": dict(level=2.6, trend=-0.08, shocks={2020: 0.3, 2021: 0.9, 2022: -0.3},
                          profile=-0.8, special={"1880": 0.3}, noise=0.15, decimals=1, clamp=(0.3, 9)),
    "I_syss_utrikes_kv": dict(level=53.5, trend=0.9, shocks={2020: -2.0, 2021: 0.5}, profile=4.0,
                              noise=1.0, decimals=1, geos=["1880", "1883", "1881", "1885", "1861"]),
    "I_valdeltagande": dict(level=84.6, trend=-0.85, profile=2.5, special={"1880": -0.8},
                            noise=0.4, decimals=1, years=[2018, 2022]),
    "I_barn_ekutsatta": dict(level=12.0, trend=-0.35, profile=-3.5, special={"1880": 2.5},
                             noise=0.5, decimals=1, years=list(range(2015, 2020))),
    "I_unga_mabra": dict(level=66.5, trend=-0.7, shocks={2021: -1.5}, profile=2.0, noise=2.0,
                         decimals=1, years=[2015, 2017, 2019, 2021, 2023],
                         nulls=[("1864", 2021, "för få svarande")]),
    "I_hushallsavfall": dict(level=482.0, trend=-4.5, shocks={2020: 12.0, 2021: -6.0}, profile=10.0,
                             special={"1882": 45.0, "1884": 25.0, "1863": 30.0}, noise=8.0,
                             decimals=0),
    "I_solel": dict(level=4.0, growth=0.62, profile=0.0,
                    special={"1814": 2.5, "1863": 3.5, "1882": 1.5, "1880": -0.8},
                    relative=True, noise=0.06, decimals=1, years=list(range(2016, 2024))),
    "I_bostader": dict(level=3.6, trend=0.25, shocks={2023: -1.6}, profile=1.0,
                       special={"1880": 1.6, "1814": 2.0, "1864": -1.5, "1860": -1.2},
                       noise=1.0, decimals=1, clamp=(0.0, 15),
                       drop=[("1860", 2017), ("1863", 2018)]),
    "I_koll_resor": dict(level=41.0, trend=0.9, shocks={2020: -0.36, 2021: -0.04, 2022: 0.33}, relative=True,
                         profile=0.0, special={"1880": 17.0, "1881": 2.0, "1861": 4.0, "1814": -16.0,
                                               "1864": -18.0, "1860": -14.0, "1882": -17.0},
                         noise=0.03, decimals=1),
    "I_arbetsloshet": dict(level=7.4, trend=-0.2, shocks={2020: 2.1, 2021: -0.4, 2022: -1.1},
                           profile=-2.2, special={"1880": 0.8, "1862": 1.0}, noise=0.35,
                           decimals=1),
    "I_flyttnetto": dict(level=3.0, trend=-0.25, profile=2.5, special={"1880": 3.5, "1814": 4.0},
                         noise=2.5, decimals=1),
    "I_uvas": dict(level=8.8, trend=-0.1, shocks={2020: 1.2, 2021: -0.3, 2022: -0.6}, profile=-2.0,
                   special={"1880": 0.5}, noise=0.8, decimals=1),
    "I_lag_ekstd": dict(level=13.2, trend=0.25, profile=-2.5, special={"1880": 2.0, "1863": 1.5},
                        noise=0.4, decimals=1),
    "I_materialatervinning": dict(level=37.5, trend=0.05, shocks={2020: -1.0}, profile=1.5,
                                  special={"1883": 6.0, "1880": -2.0}, noise=1.5, decimals=1),
}

# --- Counts: per-1000-inhabitant rates times population, county = sum (same keys as RATES, with
# "rate" for "level") -----------------------------------------------------------------------------
COUNTS = {
    "I_nyforetag_antal": dict(rate=4.4, trend=0.05, shocks={2020: 0.10, 2021: 0.04, 2022: -0.12},
                              relative=True, profile=0.4, special={"1880": 0.9, "1864": 0.3}, noise=0.07),
    "I_gastnatter": dict(rate=3800.0, trend=40.0, shocks={2020: -0.42, 2021: 0.25, 2022: 0.30},
                         relative=True,
                         profile=0.0,
                         special={"1880": 600.0, "1882": 1900.0, "1863": 2600.0, "1884": 900.0,
                                  "1860": 1400.0, "1864": -400.0, "1862": -2300.0, "1881": -2500.0},
                         noise=0.03),
}

# --- The forum's yearly ratings (ordinal 1-5) and its qualitative assessment (text) ----------------
FORUM_RATINGS = {  # area -> ratings 2020..2023; None = no rating that year
    "A01": [3, 3, 4, 4], "A02": [3, 4, 4, 4], "A03": [2, 2, 3, 3], "A04": [3, 3, 3, 4],
    "A05": [2, 2, 2, 3], "A06": [3, 2, 3, 3], "A07": [2, 2, 2, 2], "A08": [3, None, 3, 3],
    "A09": [4, 4, 3, 4], "A10": [4, 4, 4, 4],
}
FORUM_YEARS = [2020, 2021, 2022, 2023]
FORUM_NULL_STATUS = "forumet ställdes in"
ASSESSMENTS = {  # indicator I_bedomning_C4, county
    2020: "Pandemin slår hårdast mot dem som redan står långt från arbetsmarknaden. Forumet bedömer "
          "att utanförskapet riskerar att öka och att insatserna behöver samordnas över sakområdena.",
    2021: "Arbetslösheten bland unga och utrikes födda kvinnor är fortsatt hög. Förberedelserna inför "
          "ESF+ har gett en gemensam problembild, men kopplingen mellan kompetensförsörjning och social "
          "sammanhållning är svag.",
    2022: "Nya ESF+-projekt har startat i Örebro, Karlskoga och Lindesberg och fler deltagare går till "
          "arbete eller studier, men andelen invånare med låg ekonomisk standard fortsätter att öka.",
    2023: "Utvecklingen är blandad: sysselsättningen har återhämtat sig men skillnaderna mellan "
          "kommunerna består. Forumet föreslår att nästa expedition i Vägar till hållbar utveckling "
          "inriktas på unga som varken arbetar eller studerar.",
}


def noise_sd(noise, geo):
    """Small municipalities wobble more (standard error grows as 1/sqrt(population))."""
    size = POP[(geo, YEARS[0])]
    return noise * min(2.5, max(0.5, math.sqrt(15000.0 / size)))


def path(spec, start, years, r, sd):
    """A trajectory: level plus trend (or growth) plus shocks plus AR(1) noise, one value per year.

    With "relative" set, shocks are fractions and the wobble is a fraction of the value."""
    relative = spec.get("relative", False)
    values, value, wobble = {}, start, 0.0
    for year in range(YEARS[0], years[-1] + 1):
        if year > YEARS[0]:
            if "growth" in spec:
                value *= 1 + spec["growth"]
            else:
                value += spec.get("trend", 0.0)
            shock = spec.get("shocks", {}).get(year, 0.0)
            value = value * (1 + shock) if relative else value + shock
        wobble = 0.6 * wobble + r.gauss(0, sd)
        if year in years:
            values[year] = value * (1 + wobble) if relative else value + wobble
    return values


def rate_series(ind, spec, baseline):
    """Observations (geo, year, breakdown) -> value for a rate indicator, anchored on baseline."""
    years = spec.get("years", YEARS)
    out = {}
    if spec.get("county_only"):
        out.update({(COUNTY, y, "T"): v for y, v in
                    path(spec, spec["level"], years, rng(ind, COUNTY), spec["noise"]).items()})
    else:
        for geo, _name, _pop, _growth, profile in MUNICIPALITIES:
            start = spec["level"] + spec.get("profile", 0.0) * profile + spec.get("special", {}).get(geo, 0.0)
            for y, v in path(spec, start, years, rng(ind, geo), noise_sd(spec["noise"], geo)).items():
                out[(geo, y, "T")] = v
        for y in years:
            out[(COUNTY, y, "T")] = weighted_county({g: out[(g, y, "T")] for g in MUNI_IDS}, y)
    if baseline is not None:
        county = out[(COUNTY, int(baseline["period"]), "T")]
        if spec.get("relative"):  # relative series are scaled, the others shifted
            out = {k: v * baseline["value"] / county for k, v in out.items()}
        else:
            out = {k: v + baseline["value"] - county for k, v in out.items()}
    for geo, (start, trend) in spec.get("peers", {}).items():
        peer = dict(spec, trend=trend, growth=trend) if "growth" in spec else dict(spec, trend=trend)
        for y, v in path(peer, start, years, rng(ind, geo), spec["noise"] * 0.3).items():
            out[(geo, y, "T")] = v
    if "gap" in spec:  # women and men around the total, the gap narrowing slowly
        gap0, gap_trend = spec["gap"]
        for (geo, y, _b), v in list(out.items()):
            gap = gap0 + gap_trend * (y - YEARS[0]) + rng(ind, geo, y).gauss(0, 0.6)
            out[(geo, y, "K")] = v + gap / 2
            out[(geo, y, "M")] = v - gap / 2
    if "geos" in spec:  # the county still counts every municipality; only these report
        out = {k: v for k, v in out.items() if k[0] not in MUNI_IDS or k[0] in spec["geos"]}
    low, high = spec.get("clamp", (-math.inf, math.inf))
    return {k: min(high, max(low, v)) for k, v in out.items()}


def count_series(ind, spec, baseline):
    """Counts: a per-1000 rate per municipality times its population; the county is the sum."""
    out = {}
    for geo, _name, _pop, _growth, profile in MUNICIPALITIES:
        start = spec["rate"] + spec.get("profile", 0.0) * profile + spec.get("special", {}).get(geo, 0.0)
        rates = path(spec, start, YEARS, rng(ind, geo), noise_sd(spec["noise"], geo))
        for y, per_1000 in rates.items():
            out[(geo, y, "T")] = max(0.0, per_1000) * POP[(geo, y)] / 1000.0
    for y in YEARS:
        out[(COUNTY, y, "T")] = sum(out[(g, y, "T")] for g in MUNI_IDS)
    if baseline is not None:
        factor = baseline["value"] / out[(COUNTY, int(baseline["period"]), "T")]
        out = {k: v * factor for k, v in out.items()}
    return out


def rounded(value, decimals):
    value = round(value, decimals)
    return int(value) if decimals == 0 else value


def observations(model):
    """The observations, in indicator order, then geography order, breakdown, period."""
    geo_order = {g["id"]: i for i, g in enumerate(model["geographies"])}
    rows = []
    for ind in model["indicators"]:
        iid = ind["id"]
        baseline = ind.get("baseline")
        series, decimals, nulls, drop, status = {}, 1, [], set(), {}
        if iid == "I_befolkning":
            series = {(g, y, "T"): v for (g, y), v in POP.items()}
            decimals = 0
        elif iid in RATES:
            spec = RATES[iid]
            series, decimals = rate_series(iid, spec, baseline), spec["decimals"]
            nulls, drop, status = spec.get("nulls", []), set(spec.get("drop", [])), spec.get("status", {})
        elif iid in COUNTS:
            series, decimals = count_series(iid, COUNTS[iid], baseline), 0
        elif iid.startswith("I_forum_"):
            ratings = FORUM_RATINGS[iid[len("I_forum_"):]]
            for y, v in zip(FORUM_YEARS, ratings):
                row = {"indicator": iid, "geo": COUNTY, "period": str(y), "breakdown": "T", "value": v}
                if v is None:
                    row["status"] = FORUM_NULL_STATUS
                rows.append(row)
            continue
        elif iid == "I_bedomning_C4":
            for y, text in ASSESSMENTS.items():
                rows.append({"indicator": iid, "geo": COUNTY, "period": str(y), "breakdown": "T",
                             "text": text})
            continue
        else:
            continue  # ratios are computed from numerator and denominator; no series of their own
        null_at = {(g, y): s for g, y, s in nulls}
        ordered = sorted(series.items(),
                         key=lambda kv: (geo_order[kv[0][0]], "TKM".index(kv[0][2]), kv[0][1]))
        for (geo, year, breakdown), value in ordered:
            if (geo, year) in drop:
                continue
            row = {"indicator": iid, "geo": geo, "period": str(year), "breakdown": breakdown}
            if (geo, year) in null_at:
                row["value"] = None
                row["status"] = null_at[(geo, year)]
            else:
                row["value"] = rounded(value, decimals)
                if (geo, year) in status:
                    row["status"] = status[(geo, year)]
            rows.append(row)
    return rows


def dump(model, out):
    """Canonical layout: top-level keys one per line, each array item on one line."""
    def one(value):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    keys = list(model)
    out.write("{\n")
    for k_index, key in enumerate(keys):
        value = model[key]
        comma = "," if k_index + 1 < len(keys) else ""
        if isinstance(value, list) and value and isinstance(value[0], dict):
            out.write(f"  {one(key)}: [\n")
            for i, item in enumerate(value):
                out.write(f"    {one(item)}{',' if i + 1 < len(value) else ''}\n")
            out.write(f"  ]{comma}\n")
        else:
            out.write(f"  {one(key)}: {one(value)}{comma}\n")
    out.write("}\n")


def main(argv):
    target = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                       "orebro.json")
    with open(target, encoding="utf-8") as f:
        model = json.load(f)
    model["observations"] = observations(model)
    with open(target, "w", encoding="utf-8") as f:
        dump(model, f)
    print(f"{target}: {len(model['observations'])} observations")


if __name__ == "__main__":
    main(sys.argv)
