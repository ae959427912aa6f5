// Private to the C ABI: the result handles of the analyses (contributions, funding flow,
// influence) and the helpers their functions share. Each handle keeps a copy of the
// Model (shared data), so the ids it lends outlive the caller's ig_model.
#pragma once

#include <string>
#include <vector>

#include "impactgraph/contribution.hpp"
#include "impactgraph/funding.hpp"
#include "impactgraph/influence.hpp"
#include "internal.hpp"

struct ig_contributions {
  impactgraph::Model model;
  impactgraph::ContributionResult result;
};

struct ig_funding_flows {
  impactgraph::Model model;
  impactgraph::FundingResult result;
};

struct ig_influence {
  impactgraph::Model model;
  impactgraph::InfluenceResult result;
};

namespace ig_capi {

/// The nodes of a selection (ig_node_selection), in its documented order. An unknown level
/// or id is IG_ERROR_NOT_FOUND naming it; a bad struct or array is IG_ERROR_INVALID_ARGUMENT.
std::vector<impactgraph::NodeIndex> select(const impactgraph::Model& model, const ig_node_selection* selection,
                                           const char* function, const char* name);

/// Runs an analysis; its impactgraph::Error (cannot-normalise) is a model problem:
/// IG_ERROR_INVALID_MODEL with the diagnostics.
template <class Body>
auto analysis(Body&& body) {
  try {
    return body();
  } catch (const impactgraph::Error& e) {
    throw InvalidModel(e);
  }
}

/// An enum argument within [0, count).
inline void require_enum(int value, int count, const char* function, const char* name) {
  if (value < 0 || value >= count)
    fail(IG_ERROR_INVALID_ARGUMENT, function,
         std::string("argument '") + name + "' is " + std::to_string(value) + ", not a value of its enumeration");
}

/// Checks the struct size of an options struct and reads it over the defaults.
template <class T>
T read_options(const T* options, const T& defaults, std::size_t v0, const char* function) {
  if (options == nullptr) return defaults;
  require_struct(options, v0, function, "options");
  return read_struct(options, defaults);
}

/// Fills the first struct_size bytes of an options struct with its defaults.
template <class T>
void init_options(T* options, std::size_t struct_size, const T& defaults, std::size_t v0, const char* function) {
  require(options, function, "options");
  if (struct_size < v0)
    fail(IG_ERROR_INVALID_ARGUMENT, function,
         "argument 'struct_size' is " + std::to_string(struct_size) + ", less than the v0 struct");
  // Fields of a newer header than this library knows are zeroed.
  std::memset(static_cast<void*>(options), 0, struct_size);
  std::memcpy(static_cast<void*>(options), &defaults, struct_size < sizeof defaults ? struct_size : sizeof defaults);
  options->struct_size = struct_size;
}

}  // namespace ig_capi
