// The funding flow as a Sankey diagram: funding source -> priority area -> goal, one per
// currency. Node heights and band widths are proportional to the amounts.
#include <algorithm>
#include <array>
#include <map>

#include "report/sections.hpp"

namespace ig_cli::report {

namespace {

constexpr double width = 1180.0, bar = 14.0, gap = 10.0, top = 26.0;
constexpr double column_x[3] = {190.0, 560.0, 930.0};
// Sources in strong colours, areas in a second, lighter set, so the two never look alike.
constexpr const char* source_palette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
                                          "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
constexpr const char* area_palette[] = {"#8cd17d", "#b6992d", "#499894", "#d37295", "#f1ce63", "#86bcb6",
                                        "#a0cbe8", "#d4a6c8", "#9d7660", "#ffbe7d", "#79706e", "#fabfd2"};

struct SNode {
  std::string key, label;
  double amount = 0.0;
  double y = 0.0, h = 0.0;
  double in_used = 0.0, out_used = 0.0;  // how much of the height bands have taken
  std::string colour;
  bool lost = false;  // the "reaches no goal" node
};

SNode make(std::string key, std::string label, double amount, bool lost = false) {
  SNode n;
  n.key = std::move(key);
  n.label = std::move(label);
  n.amount = amount;
  n.lost = lost;
  return n;
}

using Column = std::vector<SNode>;

SNode* find(Column& col, const std::string& key) {
  for (auto& n : col)
    if (n.key == key) return &n;
  return nullptr;
}

std::string area_label(const Page& p, const std::string& key) {
  if (key.empty()) return std::string(p.t.no_area);
  for (const Node& n : p.data.nodes)
    if (n.id == key) return n.name();
  return key;
}

// The diagram's columns, in drawing order (see the file comment of section_funding).
std::array<Column, 3> columns(const Page& p, const CurrencyFlow& f) {
  std::array<Column, 3> c;
  for (const FlowLink& l : f.source_area) {
    if (SNode* n = find(c[0], l.from)) n->amount += l.amount;
    else c[0].push_back(make(l.from, l.from, l.amount));
  }
  std::stable_sort(c[0].begin(), c[0].end(), [](const SNode& a, const SNode& b) {
    return a.amount != b.amount ? a.amount > b.amount : a.key < b.key;
  });
  // Areas: those that are node ids in node order, then other tag values by name, "" last.
  std::map<std::string, double> area_amount;
  for (const FlowLink& l : f.source_area) area_amount[l.to] += l.amount;
  for (const Node& n : p.data.nodes)
    if (auto it = area_amount.find(n.id); it != area_amount.end()) {
      c[1].push_back(make(n.id, n.name(), it->second));
      area_amount.erase(it);
    }
  for (const auto& [key, amount] : area_amount)
    if (!key.empty()) c[1].push_back(make(key, area_label(p, key), amount));
  if (auto it = area_amount.find(""); it != area_amount.end()) c[1].push_back(make("", area_label(p, ""), it->second));
  for (const Node& n : p.data.nodes) {
    double amount = 0.0;
    for (const FlowLink& l : f.area_goal) amount += l.to == n.id ? l.amount : 0.0;
    if (amount > 0.0) c[2].push_back(make(n.id, n.name(), amount));
  }
  double lost = 0.0;
  for (const FlowLink& l : f.area_lost) lost += l.amount;
  if (lost > 0.0) c[2].push_back(make("", std::string(p.t.reaches_no_goal), lost, true));
  for (std::size_t i = 0; i < c[0].size(); ++i) c[0][i].colour = source_palette[i % 10];
  for (std::size_t i = 0; i < c[1].size(); ++i) c[1][i].colour = area_palette[i % 12];
  for (auto& n : c[2]) n.colour = "#8a8f98";
  return c;
}

void place(std::array<Column, 3>& c, double height) {
  double scale = 1e300;
  for (const Column& col : c) {
    double sum = 0.0;
    for (const SNode& n : col) sum += n.amount;
    if (sum > 0.0) scale = std::min(scale, (height - gap * (static_cast<double>(col.size()) - 1.0)) / sum);
  }
  for (Column& col : c) {
    double sum = 0.0;
    for (const SNode& n : col) sum += n.amount;
    const double used = sum * scale + gap * (static_cast<double>(col.size()) - 1.0);
    double y = top + (height - used) / 2.0;
    for (SNode& n : col) {
      n.y = y;
      n.h = n.amount * scale;
      y += n.h + gap;
    }
  }
}

void band(Svg& svg, double x0, double x1, SNode& a, SNode& b, double amount, double scale, const std::string& tip) {
  const double h = amount * scale;
  const double y0 = a.y + a.out_used, y1 = b.y + b.in_used;
  a.out_used += h;
  b.in_used += h;
  const double mx = (x0 + x1) / 2.0;
  const std::string d = "M" + coord(x0) + "," + coord(y0) + " C" + coord(mx) + "," + coord(y0) + " " + coord(mx) +
                        "," + coord(y1) + " " + coord(x1) + "," + coord(y1) + " L" + coord(x1) + "," +
                        coord(y1 + h) + " C" + coord(mx) + "," + coord(y1 + h) + " " + coord(mx) + "," +
                        coord(y0 + h) + " " + coord(x0) + "," + coord(y0 + h) + " Z";
  svg.path(d, "class=\"band\" fill=\"" + a.colour + "\"", tip);
}

void diagram(std::string& out, const Page& p, const CurrencyFlow& f) {
  auto c = columns(p, f);
  std::size_t most = 1;
  for (const Column& col : c) most = std::max(most, col.size());
  const double height = std::max(360.0, 34.0 * static_cast<double>(most));
  place(c, height);
  double scale = 0.0;
  for (const Column& col : c)
    for (const SNode& n : col)
      if (n.amount > 0.0) scale = std::max(scale, n.h / n.amount);

  open_chart(out, "funding-" + f.currency, "wide");
  Svg svg(out);
  svg.open(width, height + top + 10, "sankey", std::string(p.t.funding) + " (" + f.currency + ")");
  const std::string_view heads[3] = {p.t.funding_source, p.t.area, p.t.goal};
  for (int k = 0; k < 3; ++k)
    svg.text(column_x[k] + bar / 2.0, 14, heads[k], "class=\"column-head\" text-anchor=\"middle\"");
  svg.group("class=\"bands\"");
  // Bands in the order of both ends, so that they do not cross at the nodes.
  for (SNode& a : c[0])
    for (SNode& b : c[1])
      for (const FlowLink& l : f.source_area)
        if (l.from == a.key && l.to == b.key)
          band(svg, column_x[0] + bar, column_x[1], a, b, l.amount, scale,
               a.label + " \u2192 " + b.label + ": " + money(l.amount, f.currency, p.lang));
  // Area -> goal bands in goal order per area, then what reaches no goal.
  for (SNode& a : c[1]) {
    for (SNode& g : c[2]) {
      double amount = 0.0;
      const bool lost = g.lost;
      for (const FlowLink& l : lost ? f.area_lost : f.area_goal)
        if (l.from == a.key && (lost || l.to == g.key)) amount += l.amount;
      if (amount > 0.0)
        band(svg, column_x[1] + bar, column_x[2], a, g, amount, scale,
             a.label + " \u2192 " + g.label + ": " + money(amount, f.currency, p.lang));
    }
  }
  svg.end_group();
  for (int k = 0; k < 3; ++k)
    for (const SNode& n : c[k]) {
      const std::string tip = n.label + ": " + money(n.amount, f.currency, p.lang);
      svg.rect(column_x[k], n.y, bar, std::max(n.h, 1.0), "class=\"sankey-node\" fill=\"" + n.colour + "\"", tip);
      const bool left = k == 0;
      const double x = left ? column_x[k] - 6 : column_x[k] + bar + 6;
      const std::string anchor = left ? "end" : "start";
      const std::string label = shorten(n.label, k == 2 ? 34 : 30);
      const std::string amount = money(n.amount, f.currency, p.lang);
      if (n.h >= 24.0) {  // room for two lines
        svg.text(x, n.y + n.h / 2.0 - 1, label, "class=\"sankey-label\" text-anchor=\"" + anchor + "\"");
        svg.text(x, n.y + n.h / 2.0 + 10, amount, "class=\"sankey-amount\" text-anchor=\"" + anchor + "\"");
      } else {
        svg.text(x, n.y + n.h / 2.0 + 3.5, label + " \u00b7 " + amount,
                 "class=\"sankey-label\" text-anchor=\"" + anchor + "\"");
      }
    }
  svg.close();
  close_chart(out, std::string(p.t.total) + ": " + money(f.total, f.currency, p.lang));
}

}  // namespace

void section_funding(std::string& out, const Page& p) {
  open_section(out, "funding", p.t.funding, p.t.funding_intro);
  if (!p.analyses.has_funding) missing_note(out, p, "funding");
  else if (p.analyses.funding.empty()) note(out, p.t.no_funding);
  for (const CurrencyFlow& f : p.analyses.funding) diagram(out, p, f);
  close_section(out);
}

}  // namespace ig_cli::report
