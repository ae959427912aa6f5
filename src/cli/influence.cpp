// impactgraph influence MODEL [--level LEVEL,... | --nodes ID,...] [--sign-rule multiply|any-negative]
//   [--json]: cross-impact style influence among a node set (first and second order, synergy
//   and trade-off parts, net influence, MICMAC classes). Default set: the levels named goal
//   and challenge.
#include <CLI/CLI.hpp>
#include <iostream>

#include "analysis_common.hpp"
#include "commands.hpp"

namespace ig_cli {

namespace {

struct InfluenceArgs {
  Common common;
  SelectionArgs set;
  std::string sign_rule = "multiply";
};

int run_influence(const InfluenceArgs& a) {
  const ig::model model = ig::model::load(a.common.model);
  SelectionArgs set = a.set;
  if (set.empty()) {
    for (const char* level : {"challenge", "goal"})
      if (model.find_level(level)) set.levels.emplace_back(level);
    if (set.empty())
      return usage_error("the model has no level named goal or challenge: choose the nodes with --level or --nodes",
                         a.common.json);
  }
  const ig::influence r = ig::influence::compute(model, set.selection(), parse_sign_rule(a.sign_rule));
  const std::size_t n = r.size();
  std::vector<ig_influence_node> nodes;
  for (std::size_t i = 0; i < n; ++i) nodes.push_back(r.node(i));
  // Pairs with any influence, row by row.
  std::vector<ig_influence_pair> pairs;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      const ig_influence_pair p = r.pair(i, j);
      if (p.first != 0.0 || p.second != 0.0) pairs.push_back(p);
    }
  const auto [mean_i, mean_d] = r.means();

  if (a.common.json) {
    json list = json::array();
    for (const auto& x : nodes)
      list.push_back(json{{"id", x.node_id}, {"level", model.node(x.node).level}, {"influence", x.influence},
                          {"dependence", x.dependence}, {"net_influence", x.net_influence},
                          {"net_dependence", x.net_dependence}, {"class", ig_micmac_class_name(x.micmac)}});
    json links = json::array();
    for (const auto& p : pairs)
      links.push_back(json{{"from", p.from_id}, {"to", p.to_id}, {"first", p.first}, {"second", p.second},
                           {"total", p.total}, {"synergy", p.synergy}, {"trade_off", p.trade_off}});
    std::cout << json{{"sign_rule", a.sign_rule}, {"mean_influence", mean_i}, {"mean_dependence", mean_d},
                      {"nodes", std::move(list)}, {"pairs", std::move(links)}}
                     .dump(2)
              << '\n';
    return exit_ok;
  }

  std::cout << "influence among " << n << " node" << (n == 1 ? "" : "s") << " (W + W^2, sign rule " << a.sign_rule
            << "); mean influence " << number(mean_i) << ", mean dependence " << number(mean_d) << "\n";
  std::vector<std::vector<std::string>> rows{
      {"node", "level", "influence", "dependence", "net influence", "net dependence", "class"}};
  for (const auto& x : nodes)
    rows.push_back({x.node_id, model.node(x.node).level, number(x.influence), number(x.dependence),
                    number(x.net_influence), number(x.net_dependence), ig_micmac_class_name(x.micmac)});
  print_table(rows, std::cout);
  if (!pairs.empty()) {
    std::cout << '\n';
    std::vector<std::vector<std::string>> links{{"from", "to", "first", "second", "total", "synergy", "trade-off"}};
    for (const auto& p : pairs)
      links.push_back({p.from_id, p.to_id, number(p.first), number(p.second), number(p.total), number(p.synergy),
                       number(p.trade_off)});
    print_table(links, std::cout);
  }
  return exit_ok;
}

}  // namespace

void add_influence(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("influence", "Signed influence among a node set: W, W^2, net influence, MICMAC class");
  auto a = std::make_shared<InfluenceArgs>();
  sub->add_option("MODEL", a->common.model, "JSON model file or CSV bundle folder")->required();
  sub->add_option("--level", a->set.levels, "The set: nodes of these levels (default: challenge and goal)")
      ->delimiter(',');
  sub->add_option("--nodes", a->set.ids, "The set: these nodes")->delimiter(',');
  sub->add_option("--sign-rule", a->sign_rule,
                  "multiply (default: a trade-off of a trade-off reinforces) or any-negative")
      ->check(CLI::IsMember({"multiply", "any-negative"}));
  sub->add_flag("--json", a->common.json, "Print one JSON document on stdout");
  sub->callback([&command, a] {
    command = [a] {
      try {
        return run_influence(*a);
      } catch (const ig::error& e) {
        return analysis_failure(e, a->common);
      }
    };
  });
}

}  // namespace ig_cli
