// The analyses of a frozen model through the C ABI, each as a digest string (every
// record's fields printed), for the thread test: equal digests, equal results.
#pragma once

#include <string>

#include "impactgraph.h"

namespace digests {

std::string contributions(const ig_model* m, ig_contribution_mode mode, std::size_t samples);
std::string funding_flows(const ig_model* m);
std::string influence(const ig_model* m);
std::string aggregate(const ig_model* m);
std::string sensitivity(const ig_model* m);
std::string gaps(const ig_model* m);

}  // namespace digests
