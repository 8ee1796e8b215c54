// SPDX-License-Identifier: MIT
// The walker: plays every path of a scenario with its variables and conditions (through
// the real Session), breadth first, merging paths that reach the same state (node and
// variables), so cycles end. Tells which endings are reached — with the shortest choice
// numbers that reach each, as `--choices` takes them — and which nodes leave the player
// with no shown choice. Tests and `saqbol explore` stand on it.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "session.h"

namespace saqbol {

struct WalkResult {
    // Ending id -> the shortest list of 1-based shown-choice numbers that reaches it.
    std::map<std::string, std::vector<int>> reached;
    // Non-ending nodes where, in some state, no choice is shown.
    std::vector<std::string> dead_ends;
    // Every node visited in some state.
    std::vector<std::string> visited;
    std::size_t states = 0;    // distinct (node, variables) states explored
    bool capped = false;       // true when `max_states` cut the walk short
};

// Walks `scenario` from its start. `hooks` runs the script functions (may be null).
WalkResult walkScenario(const Scenario& scenario, ScriptHooks* hooks,
                        std::size_t max_states = 100000);

}  // namespace saqbol
