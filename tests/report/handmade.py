"""A small model whose report figures are worked out by hand in the tests.

Funding (SEK): A1 (area X) 100 from S1 and 50 from S2; A2 (area Y) 40 from S1; A3 (no area)
10 from S2 and no edges. Edges: A1->O1 3, A1->O2 1, A1->G3 -1 (a trade-off: carries no money),
O1->G1 1, O2->G1 1, O2->G2 1, A2->O2 1, goals -> V.
By hand: A1's 150 splits 3:1 over its positive edges: O1 112.5, O2 37.5; O2 gets A2's 40 too
and splits 1:1. G1 = 112.5 + (37.5 + 40) / 2 = 151.25, G2 = 38.75, G3 = 0; A3's 10 reaches no
goal. By area: X -> G1 112.5 + 18.75 = 131.25, X -> G2 18.75, Y -> G1 20, Y -> G2 20.

Geographies: R (root) > C (county) > M1, M2, M3. C has the most children: the focus.
"""

MODEL = {
    "impactgraph": 1,
    "name": "Handmade",
    "nodes": [
        {"id": "A1", "level": "activity", "label": "Activity one", "tags": {"area": "X"},
         "funding": [{"amount": 100, "currency": "SEK", "source": "S1"},
                     {"amount": 50, "currency": "SEK", "source": "S2"}]},
        {"id": "A2", "level": "activity", "label": "Activity two", "tags": {"area": "Y"},
         "funding": [{"amount": 40, "currency": "SEK", "source": "S1"}]},
        {"id": "A3", "level": "activity", "label": "Orphan activity",
         "funding": [{"amount": 10, "currency": "SEK", "source": "S2"}]},
        {"id": "O1", "level": "output", "label": "Output one"},
        {"id": "O2", "level": "output", "label": "Output two"},
        {"id": "G1", "level": "goal", "label": "Goal one"},
        {"id": "G2", "level": "goal", "label": "Goal two"},
        {"id": "G3", "level": "goal", "label": "Goal three"},
        {"id": "V", "level": "vision", "label": "Vision"},
    ],
    "edges": [
        {"from": "A1", "to": "O1", "weight": 3},
        {"from": "A1", "to": "O2", "weight": 1},
        {"from": "A1", "to": "G3", "weight": -1},
        {"from": "A2", "to": "O2", "weight": 1},
        {"from": "O1", "to": "G1", "weight": 1},
        {"from": "O2", "to": "G1", "weight": 1},
        {"from": "O2", "to": "G2", "weight": 1},
        {"from": "G1", "to": "V"},
        {"from": "G2", "to": "V"},
        {"from": "G3", "to": "V"},
    ],
    "indicators": [
        {"id": "I1", "node": "G1", "label": "Employment rate", "unit": "%", "direction": "increase",
         "baseline": {"period": "2020", "value": 50}, "target": {"period": "2030", "value": 70}},
        {"id": "I2", "node": "G2", "label": "Sick days", "direction": "decrease",
         "baseline": {"period": "2020", "value": 100},
         "targets": [{"kind": "change", "base_period": "2020", "period": "2030", "value": -0.2},
                     {"kind": "disparity", "between": ["K", "M"]}]},
        {"id": "I3", "node": "G3", "label": "Satisfaction", "direction": "increase",
         "targets": [{"kind": "threshold", "op": ">=", "value": 75}]},
        {"id": "I4", "node": "V", "label": "Forum assessment", "measure": "text"},
        {"id": "I5", "node": "G1", "label": "Start-ups per 1000", "measure": "ratio", "numerator": "I6",
         "denominator": "I7", "factor": 1000, "direction": "increase"},
        {"id": "I6", "node": "O1", "label": "Start-ups", "geo_aggregation": "sum"},
        {"id": "I7", "node": "O1", "label": "Inhabitants", "geo_aggregation": "sum"},
    ],
    "geographies": [
        {"id": "R", "name": "Realm"},
        {"id": "C", "name": "County", "parent": "R"},
        {"id": "M1", "name": "Muni one", "parent": "C"},
        {"id": "M2", "name": "Muni two", "parent": "C"},
        {"id": "M3", "name": "Muni three", "parent": "C"},
    ],
    "observations": [
        {"indicator": "I1", "geo": "C", "period": "2020", "value": 50},
        {"indicator": "I1", "geo": "C", "period": "2021", "value": 52},
        {"indicator": "I1", "geo": "C", "period": "2022", "value": 55},
        {"indicator": "I1", "geo": "C", "period": "2023", "value": 57},
        {"indicator": "I1", "geo": "M1", "period": "2023", "value": 40},
        {"indicator": "I1", "geo": "M2", "period": "2023", "value": 60},
        {"indicator": "I1", "geo": "M3", "period": "2023", "value": 55},
        {"indicator": "I1", "geo": "M3", "period": "2022", "value": 99},
        {"indicator": "I2", "geo": "C", "period": "2020", "value": 100},
        {"indicator": "I2", "geo": "C", "period": "2023", "value": 90},
        {"indicator": "I2", "geo": "C", "period": "2022", "breakdown": "K", "value": 33},
        {"indicator": "I2", "geo": "C", "period": "2023", "breakdown": "K", "value": 30},
        {"indicator": "I2", "geo": "C", "period": "2022", "breakdown": "M", "value": 21},
        {"indicator": "I2", "geo": "C", "period": "2023", "breakdown": "M", "value": 20},
        {"indicator": "I2", "geo": "M1", "period": "2023", "breakdown": "K", "value": 35},
        {"indicator": "I2", "geo": "M1", "period": "2023", "breakdown": "M", "value": 25},
        {"indicator": "I3", "geo": "C", "period": "2023", "value": 70},
        {"indicator": "I4", "geo": "C", "period": "2023", "value": None, "text": "Going <well> & on"},
        {"indicator": "I6", "geo": "C", "period": "2023", "value": 50},
        {"indicator": "I7", "geo": "C", "period": "2023", "value": 10000},
    ],
}
