// Private to the C ABI: the aggregation options and sensitivity options of the C structs
// turned into the C++ ones, every enum and id checked.
#pragma once

#include "impactgraph/aggregate.hpp"
#include "impactgraph/sensitivity.hpp"
#include "internal.hpp"

namespace ig_capi {

/// `options` may be NULL (the defaults); `function` names the C function in messages.
impactgraph::AggregateOptions aggregate_options(const ig_aggregate_options* options, const char* function);
impactgraph::SensitivityOptions sensitivity_options(const ig_sensitivity_options* options, const char* function);

/// Runs `body` (which calls aggregate or sensitivity): an impactgraph::Error about the
/// options is the caller's bad argument, IG_ERROR_INVALID_ARGUMENT with its message.
template <class Body>
auto options_checked(const char* function, Body&& body) {
  try {
    return body();
  } catch (const impactgraph::Error& e) {
    fail(IG_ERROR_INVALID_ARGUMENT, function, e.what());
  }
}

}  // namespace ig_capi
