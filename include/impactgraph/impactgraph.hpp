// Umbrella header of the C++ API (source-level; the stable binary interface is capi/impactgraph.h).
#pragma once

#include "impactgraph/contribution.hpp"
#include "impactgraph/diagnostic.hpp"
#include "impactgraph/funding.hpp"
#include "impactgraph/influence.hpp"
#include "impactgraph/io.hpp"
#include "impactgraph/model.hpp"
#include "impactgraph/model_spec.hpp"
#include "impactgraph/period.hpp"
#include "impactgraph/version.hpp"
