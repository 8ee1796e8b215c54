// SPDX-License-Identifier: MIT
// The whitelist environment of a scenario: which parts of Lua's standard library a
// scenario may use, each library function that can do unbounded work wrapped so that it
// first charges that work to the step budget, and the shared string metatable locked.
#pragma once

#include <cstddef>

struct lua_State;

namespace saqbol {

// lua_CFunction: replaces the state's globals with the whitelist. Call once, protected.
int openSafeStdlib(lua_State* L);

// The worst-case step cost of a Lua pattern match of `pattern` on a subject of
// `subject_length` bytes (exposed for tests).
double patternCost(const char* pattern, std::size_t pattern_length, std::size_t subject_length);

}  // namespace saqbol
