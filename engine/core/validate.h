// SPDX-License-Identifier: MIT
// Structural checks of a loaded scenario that need no Lua: every jump lands, every node
// is reachable, no dead ends, choices carry tip/verdict/why, endings carry a debrief,
// contacts and variables exist. The loader checks field names and types; this checks
// how the pieces fit together.
#pragma once

#include <vector>

#include "problem.h"
#include "scenario.h"

namespace saqbol {

// All problems found in `scenario` (errors and warnings), in file order.
std::vector<Problem> validateScenario(const Scenario& scenario);

// True if `id` matches [a-z][a-z0-9_]*.
bool isValidId(std::string_view id);

}  // namespace saqbol
