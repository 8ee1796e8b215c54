// SPDX-License-Identifier: MIT
// Exploring a scenario: what `saqbol explore` reports about every path through it. Built on
// the walker's state graph (walker.h), where a state is a node with the variables' values.
//
// A *path* is a sequence of choices from the start to an ending that never comes back to a
// state it has already been in. Coming back to the same moment with the same variables
// (asking again, re-reading a message) repeats nothing the player could learn from, so a
// loop adds no path; a loop that changes a variable leads to new states, and those paths
// count. Two choices from one state to the same next state are two paths (the player did
// different things). Counts saturate at kPathCountCap.
//
// How: the state graph's strongly connected components, in topological order. Outside
// loops a state's path count and best paths flow forward to its successors, once each;
// inside a loop the paths from each entry to each exit are enumerated, so a path is
// simple by construction, under a work budget. Scores: each tip's lowest and highest mean
// (the debrief's mastery) over the paths, exactly, by Dinkelbach's method: a few passes,
// each keeping one best path per state and question (explore.cpp).
// Core only: data in, data out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "walker.h"

namespace saqbol {

// The path count saturates here (10^15: still exact in a JSON reader's double).
inline constexpr std::uint64_t kPathCountCap = 1'000'000'000'000'000ull;

struct ExploreOptions {
    std::size_t max_states = 1'000'000;         // states of the walk (StateGraph)
    std::uint64_t max_loop_steps = 50'000'000;  // work spent enumerating paths inside loops
};

// One ending: whether some path reaches it, the shortest choice numbers that do, and how
// many paths end there.
struct EndingReach {
    const Node* node = nullptr;
    bool reached = false;
    std::vector<int> choices;  // as `play --choices` takes them; empty when not reached
    std::uint64_t paths = 0;   // saturating, like ExploreReport::paths
};

// A node where the player gets stuck: no choice is shown in some state, or every choice
// of a loop stays inside the loop (no ending can be reached from it any more).
struct DeadEnd {
    enum class Kind { NoChoice, NoWayOut };
    const Node* node = nullptr;
    Kind kind = Kind::NoChoice;
    std::vector<int> choices;  // the shortest choice numbers to the first such state
    Variables vars;            // the variables in that state
};

// The range of one tip's (or rule's) mastery over all paths (mean of safe 1, risky 0.5,
// harmful 0 over the decisions that exercised it, as the debrief computes it).
struct TipRange {
    std::string tip;
    bool exercised = false;      // on at least one path; min and max are meaningful then
    bool on_every_path = false;  // every path exercises it
    double min = 0.0;
    double max = 0.0;
};

struct ExploreReport {
    std::size_t states = 0;
    bool states_capped = false;            // the walk stopped at max_states: what follows is partial
    std::uint64_t paths = 0;               // distinct paths from the start to an ending (see above)
    bool paths_capped = false;             // saturated at kPathCountCap, or the loop budget ran out
    std::vector<EndingReach> endings;      // every ending, in file order
    std::vector<const Node*> unreachable;  // nodes (not endings) in no state, file order
    std::vector<DeadEnd> dead_ends;        // one per node, file order
    std::vector<TipRange> scores;          // the five tips, then rules some path exercises

    bool allEndingsReached() const;
    // Every ending reached and no dead end: what `saqbol explore` exits 0 for.
    bool ok() const { return allEndingsReached() && dead_ends.empty(); }
};

ExploreReport exploreScenario(const Scenario& scenario, ScriptHooks* hooks,
                              const ExploreOptions& options = {});

// The same analysis on a state graph already built from `scenario` (options.max_states
// is not used: the graph is built).
ExploreReport exploreStateGraph(const Scenario& scenario, const StateGraph& graph,
                                const ExploreOptions& options = {});

}  // namespace saqbol
