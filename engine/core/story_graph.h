// SPDX-License-Identifier: MIT
// The story graph as text: Graphviz DOT or a Mermaid flowchart, for `saqbol graph`. One
// graph node per scenario node (boxes coloured by the phone app of the moment's first phone
// event) and per ending (octagons coloured by outcome); one edge per choice, labelled with
// its text, coloured by verdict, dashed when a `when` condition can hide it. The graph is
// the scenario as written — no walk, no variables — so it shows what a trainer wrote, every
// choice included. Texts come through a translator so a graph can be labelled in any
// language; they are wrapped, never cut. Core only: returns strings.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "scenario.h"

namespace saqbol {

// A scenario string as the graph shows it: (the id of the node it belongs to, or "@meta"
// for the scenario's own strings; the source text) -> the text in the wanted language.
using GraphText = std::function<std::string(std::string_view node_id, const std::string& source)>;

// What a node looks like in the graph: "ending", or the phone app of its first event that
// is not narration — "call" (also `say`), "sms", "chat", "web", "ad", "game", "bank",
// "notify" — or "narrate" when it only narrates.
std::string_view graphKind(const Node& node);

// A digraph for Graphviz (`dot -Tsvg`): UTF-8, every label escaped.
std::string dotGraph(const Scenario& scenario, const GraphText& text);

// A Mermaid `flowchart TD`: node ids prefixed `n_` (so `end` and friends stay valid),
// labels as quoted strings with Mermaid's entity codes, a classDef per kind and outcome,
// linkStyle colours per verdict.
std::string mermaidGraph(const Scenario& scenario, const GraphText& text);

}  // namespace saqbol
