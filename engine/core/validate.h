// SPDX-License-Identifier: MIT
// Structural checks of a loaded scenario that need no Lua: every jump lands, every node
// is reachable, no dead ends, choices carry tip/verdict/why, endings carry a debrief,
// contacts and variables exist, ids are unique. The loader checks field names and types;
// this checks how the pieces fit together.
// Cascades: one misspelt `go` must not bury the trainer in follow-on problems. When a
// missing target is close to the id of a node that cannot be reached ("scond_call" for
// "second_call"), the SB007 says "did you mean" and the nodes that the fix would reach get
// no SB008 of their own. The remaining unreachable nodes are reported once per island:
// the node where the island is entered, listing the nodes behind it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"
#include "scenario.h"

namespace saqbol {

// Where a field was written, when the caller knows it (the loader reads the source):
// (builder kind, id, the table's line, path such as "go" or "set.code_given") → line; 0
// when unknown, and the problem keeps the table's line.
using FieldLines = std::function<int(std::string_view kind, std::string_view id, int line, std::string_view path)>;

// All problems found in `scenario` (errors and warnings), in file order.
std::vector<Problem> validateScenario(const Scenario& scenario, const FieldLines& lines = nullptr);

// True if `id` matches [a-z][a-z0-9_]*.
bool isValidId(std::string_view id);

// The edit distance between two strings (insertions, deletions, substitutions, and swaps
// of neighbouring letters).
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate closest to `wrong` when it is a likely typo of it (at most 2 edits, and
// fewer than half the letters), else empty.
std::string closestName(std::string_view wrong, const std::vector<std::string>& candidates);

}  // namespace saqbol
