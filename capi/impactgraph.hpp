// impactgraph.hpp — a header-only C++17 wrapper over the C ABI (impactgraph.h) for C++
// programs that want the stable binary libimpactgraph.so rather than the source-level
// C++ API. Handles are move-only RAII objects; a failing call throws ig::error carrying
// the status code, the message and every diagnostic of the failure.
//
// Borrowed strings (std::string_view, the const char* fields of ig_node, ig_edge, ...)
// stay valid while the object they came from lives. ig::model is read-only and may be
// shared between threads; ig::builder is for one thread at a time.
//
// The wrapper lives by area in impactgraph/capi/ beside this header, each part next to
// the C part it wraps (model_wrapper.hpp wraps model.h); programs include this header.
#ifndef IMPACTGRAPH_HPP
#define IMPACTGRAPH_HPP

#include "impactgraph.h"

#include "impactgraph/capi/base_wrapper.hpp"
#include "impactgraph/capi/model_wrapper.hpp"
#include "impactgraph/capi/builder_wrapper.hpp"
#include "impactgraph/capi/kolada_wrapper.hpp"
#include "impactgraph/capi/aggregation_wrapper.hpp"
#include "impactgraph/capi/sensitivity_wrapper.hpp"
#include "impactgraph/capi/contributions_wrapper.hpp"
#include "impactgraph/capi/gaps_wrapper.hpp"

#endif  // IMPACTGRAPH_HPP
