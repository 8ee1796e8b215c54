// SPDX-License-Identifier: MIT
// The walker: plays every path of a scenario with its variables and conditions, breadth
// first, merging paths that reach the same state (node and variables), so cycles end. It
// builds the state graph — every state reachable from the start and the choices between
// them — that `saqbol explore` analyses (explore.h), and answers the simple questions
// directly: which endings are reached, with the shortest choice numbers that reach each (as
// `--choices` takes them), and which nodes leave the player with no shown choice.
//
// It takes each step by the session's rules (session.h): a choice is shown when its `when`
// holds; choosing applies `set`, then `add`, then the `effect` function, all or nothing.
// It does not copy a Session per state (a session carries its whole history, which made
// long stories quadratic): states are interned (node index, variables index) pairs, and a
// choice with no effect keeps its variables' index without copying them. Lua is called only
// for choices that have a function. A test replays every state's path through the real
// Session and compares (tests/unit/explore_test.cpp). Limits: `max_states` states.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "session.h"

namespace saqbol {

// Every state reachable from the start (up to a cap) and the choices between them.
struct StateGraph {
    static constexpr std::uint32_t kNone = 0xffffffffu;

    struct State {
        std::uint32_t node = 0;        // index into Scenario::nodes
        std::uint32_t vars = 0;        // index into `vars`
        std::uint32_t parent = kNone;  // the state this one was first reached from (BFS tree)
        std::uint32_t via = 0;         // the shown-choice number taken there (1-based)
        std::uint32_t shown = 0;       // how many choices are shown in this state
        bool truncated = false;        // some choice led past the cap and is missing from `edges`
    };
    // One choice taken in one state. (Its number among the choices shown is the `via` of
    // the state it first led to; nothing else asks for it.)
    struct Edge {
        std::uint32_t to = 0;      // the next state
        std::uint32_t choice = 0;  // index into the node's `choices`
    };

    std::vector<State> states;              // breadth-first order; states[0] is the start
    std::vector<std::uint32_t> first_edge;  // edges of state i: [first_edge[i], first_edge[i + 1])
    std::vector<Edge> edges;
    std::deque<Variables> vars;  // each distinct set of variable values, once
    bool capped = false;         // true when `max_states` cut the walk short

    std::size_t edgeCount(std::uint32_t state) const { return first_edge[state + 1] - first_edge[state]; }
    const Edge* edgesOf(std::uint32_t state) const { return edges.data() + first_edge[state]; }
    // The shortest list of shown-choice numbers from the start to `state`.
    std::vector<int> choicesTo(std::uint32_t state) const;
};

// Builds the state graph of `scenario` from its start. `hooks` runs the script functions
// (may be null: then a `when` function is false and an `effect` function does nothing, as
// in a Session without hooks). At most `max_states` states; past that `capped` is set.
StateGraph buildStateGraph(const Scenario& scenario, ScriptHooks* hooks, std::size_t max_states);

struct WalkResult {
    // Ending id -> the shortest list of 1-based shown-choice numbers that reaches it.
    std::map<std::string, std::vector<int>> reached;
    // Non-ending nodes where, in some state, no choice is shown.
    std::vector<std::string> dead_ends;
    // Every node visited in some state.
    std::vector<std::string> visited;
    std::size_t states = 0;  // distinct (node, variables) states explored
    bool capped = false;     // true when `max_states` cut the walk short
};

// Walks `scenario` from its start. `hooks` runs the script functions (may be null).
WalkResult walkScenario(const Scenario& scenario, ScriptHooks* hooks, std::size_t max_states = 100000);

}  // namespace saqbol
