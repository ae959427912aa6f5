// The strategy graph drawn in layers, nodes coloured by status, edge width by |weight|,
// trade-offs (negative weights) dashed.
#include <algorithm>
#include <cmath>

#include "report/graph_layout.hpp"
#include "report/sections.hpp"

namespace ig_cli::report {

namespace {

constexpr double width = 1180.0;

std::string edge_tip(const Page& p, const Edge& e) {
  const auto& d = p.data;
  std::string tip = d.nodes[e.from].id + " \u2192 " + d.nodes[e.to].id + ": " + std::string(p.t.weight) + " " +
                    number_auto(e.weight, 3, p.lang);
  if (e.has_range)
    tip += " (" + std::string(p.t.range) + " " + number_auto(e.weight_min, 3, p.lang) + "\u2026" +
           number_auto(e.weight_max, 3, p.lang) + ")";
  if (!e.evidence.empty()) tip += ", " + std::string(p.t.evidence) + " " + e.evidence;
  if (!e.assumption.empty()) tip += "\n" + e.assumption;
  return tip;
}

void draw_edges(Svg& svg, const Page& p, const GraphLayout& g) {
  double max_abs = 0.0;
  for (const Edge& e : p.data.edges) max_abs = std::max(max_abs, std::fabs(e.weight));
  if (!(max_abs > 0.0)) max_abs = 1.0;
  svg.group("class=\"edges\"");
  for (const Edge& e : p.data.edges) {
    const NodePlace& a = g.nodes[e.from];
    const NodePlace& b = g.nodes[e.to];
    const double x1 = a.x + g.box_width, y1 = a.y + g.box_height / 2.0;
    const double x2 = b.x, y2 = b.y + g.box_height / 2.0;
    const double dx = std::max(std::fabs(x2 - x1) / 2.0, 30.0);
    const std::string d = "M" + coord(x1) + "," + coord(y1) + " C" + coord(x1 + dx) + "," + coord(y1) + " " +
                          coord(x2 - dx) + "," + coord(y2) + " " + coord(x2) + "," + coord(y2);
    const double w = 0.6 + 3.4 * std::fabs(e.weight) / max_abs;
    svg.path(d, "class=\"edge" + std::string(e.weight < 0 ? " negative" : "") + "\" stroke-width=\"" + coord(w, 2) + "\"",
             edge_tip(p, e));
  }
  svg.end_group();
}

void draw_nodes(Svg& svg, const Page& p, const GraphLayout& g) {
  const auto& d = p.data;
  const std::size_t chars = static_cast<std::size_t>(g.box_width / 5.6);
  svg.group("class=\"nodes\"");
  for (std::size_t v = 0; v < d.nodes.size(); ++v) {
    const Node& node = d.nodes[v];
    const NodePlace& at = g.nodes[v];
    const std::optional<double> share = p.analyses.node_share.empty() ? std::nullopt : p.analyses.node_share[v];
    const int bin = share_bin(share);
    std::string tip = node.id + " \u2014 " + node.name() + " (" + level_name(node.level, p.lang) + ")";
    if (share) tip += "\n" + std::string(p.t.share_legend) + ": " + percent(*share, 0, p.lang);
    svg.raw() += "<g class=\"node " + (bin < 0 ? std::string("sh-none") : "sh-" + std::to_string(bin)) +
                 "\" data-node=\"" + esc(node.id) + "\"><title>" + esc(tip) + "</title>";
    svg.rect(at.x, at.y, g.box_width, g.box_height, "rx=\"4\"");
    svg.text(at.x + 5, at.y + g.box_height - 5.5, shorten(node.name(), chars), "");
    svg.raw() += "</g>\n";
  }
  svg.end_group();
}

void legend(std::string& out, const Page& p) {
  out += "<ul class=\"legend\">";
  if (p.analyses.has_gaps) {
    out += "<li>" + esc(p.t.share_legend) + ":</li>";
    static const char* const ranges[] = {"0\u201320", "20\u201340", "40\u201360", "60\u201380", "80\u2013100"};
    for (int b = 0; b < 5; ++b)
      out += "<li><span class=\"swatch sh-" + std::to_string(b) + "\"></span>" + ranges[b] +
             (p.lang == Lang::sv ? "\u00a0%" : "%") + "</li>";
  }
  out += "<li><span class=\"swatch sh-none\"></span>" + esc(p.t.share_none) + "</li>";
  out += "<li><span class=\"swatch-line negative\"></span>" + esc(p.t.trade_off) + "</li>";
  out += "<li><span class=\"swatch-line\"></span>" + esc(p.t.edge_width) + "</li></ul>\n";
}

}  // namespace

void section_graph(std::string& out, const Page& p) {
  open_section(out, "graph", p.t.graph, p.t.graph_intro);
  const GraphLayout g = layout_graph(p.data, width);
  legend(out, p);
  if (!p.analyses.has_gaps) missing_note(out, p, "gaps");
  open_chart(out, "graph", "wide");
  Svg svg(out);
  svg.open(g.width, g.height, "graph", p.t.graph);
  for (std::size_t c = 0; c < g.column_level.size(); ++c)
    svg.text(g.column_x[c] + g.box_width / 2.0, 14, level_name(p.data.levels[g.column_level[c]], p.lang),
             "class=\"column-head\" text-anchor=\"middle\"");
  draw_edges(svg, p, g);
  draw_nodes(svg, p, g);
  svg.close();
  close_chart(out, p.data.name);
  close_section(out);
}

}  // namespace ig_cli::report
