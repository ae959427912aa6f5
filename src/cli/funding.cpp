// impactgraph funding MODEL [--to LEVEL,... | --nodes ID,...] [--group-by TAG] [--period P,...]
//   [--normalise positive|signed] [--json]: money reaching nodes along the flow, per funding
//   source (or tag of the funded node) and currency.
#include <CLI/CLI.hpp>
#include <iostream>

#include "analysis_common.hpp"
#include "commands.hpp"

namespace ig_cli {

namespace {

struct FundingArgs {
  Common common;
  SelectionArgs to;
  std::string group_by;
  std::vector<std::string> periods;
  std::string normalise = "positive";
};

int run_funding(const FundingArgs& a) {
  const ig::model model = ig::model::load(a.common.model);
  std::vector<const char*> periods;
  for (const auto& p : a.periods) periods.push_back(p.c_str());
  ig_funding_options o = ig::funding_options(a.group_by.empty() ? nullptr : a.group_by.c_str());
  o.normalization = parse_normalization(a.normalise);
  o.periods = periods.empty() ? nullptr : periods.data();
  o.period_count = periods.size();
  const ig::node_selection chosen = a.to.selection();
  const ig::funding_flows flows = ig::funding_flows::compute(model, a.to.empty() ? nullptr : &chosen, &o);
  const std::string group_by = a.group_by.empty() ? "source" : "tag:" + a.group_by;
  const std::size_t n = flows.size();

  if (a.common.json) {
    json list = json::array();
    for (std::size_t i = 0; i < n; ++i) {
      const ig_funding_flow f = flows[i];
      list.push_back(json{{"node", f.node_id}, {"level", model.node(f.node).level}, {"group", f.group},
                          {"currency", f.currency}, {"amount", f.amount}, {"direct", f.direct}});
    }
    json totals = json::array();
    for (std::size_t i = 0; i < flows.total_count(); ++i) {
      const ig_funding_flow t = flows.total(i);
      totals.push_back(json{{"group", t.group}, {"currency", t.currency}, {"amount", t.amount}});
    }
    std::cout << json{{"group_by", group_by}, {"normalisation", a.normalise}, {"periods", a.periods},
                      {"funding", std::move(list)}, {"totals", std::move(totals)}}
                     .dump(2)
              << '\n';
    return exit_ok;
  }

  std::cout << "funding by " << (a.group_by.empty() ? "funding source" : "tag " + a.group_by) << " and currency ("
            << a.normalise << " normalisation" << (a.periods.empty() ? "" : ", selected periods") << ")\n";
  std::vector<std::vector<std::string>> rows{{"node", "level", a.group_by.empty() ? "source" : a.group_by,
                                              "currency", "amount", "of which own"}};
  for (std::size_t i = 0; i < n; ++i) {
    const ig_funding_flow f = flows[i];
    rows.push_back({f.node_id, model.node(f.node).level, f.group[0] ? f.group : "-", f.currency, number(f.amount),
                    number(f.direct)});
  }
  print_table(rows, std::cout);
  std::cout << "\nput in:\n";
  std::vector<std::vector<std::string>> totals{{a.group_by.empty() ? "source" : a.group_by, "currency", "amount"}};
  for (std::size_t i = 0; i < flows.total_count(); ++i) {
    const ig_funding_flow t = flows.total(i);
    totals.push_back({t.group[0] ? t.group : "-", t.currency, number(t.amount)});
  }
  print_table(totals, std::cout);
  return exit_ok;
}

}  // namespace

void add_funding(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("funding", "Money reaching each node along the flow, per funding source and currency");
  auto a = std::make_shared<FundingArgs>();
  sub->add_option("MODEL", a->common.model, "JSON model file or CSV bundle folder")->required();
  sub->add_option("--to", a->to.levels, "Report nodes of these levels (default: every node)")->delimiter(',');
  sub->add_option("--nodes", a->to.ids, "Report these nodes")->delimiter(',');
  sub->add_option("--group-by", a->group_by, "Group by this tag of the funded node (e.g. area, owner) "
                                             "instead of the funding source");
  sub->add_option("--period", a->periods, "Only funding rows of these periods")->delimiter(',');
  sub->add_option("--normalise,--normalize", a->normalise,
                  "positive (default; trade-offs carry no money) or signed")
      ->check(CLI::IsMember({"positive", "signed"}));
  sub->add_flag("--json", a->common.json, "Print one JSON document on stdout");
  sub->callback([&command, a] {
    command = [a] {
      try {
        return run_funding(*a);
      } catch (const ig::error& e) {
        return analysis_failure(e, a->common);
      }
    };
  });
}

}  // namespace ig_cli
