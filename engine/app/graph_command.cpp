// SPDX-License-Identifier: MIT
// `saqbol graph SCENARIO [--format dot|mermaid] [--lang L] [--out FILE] [--scenarios DIR]
// [--data DIR]` — the story graph as written (core/story_graph.h): Graphviz DOT (default)
// or a Mermaid flowchart, to stdout or a file. Labels in the scenario's source language, or
// in a translation with --lang. Exit 0 written, 1 the scenario has errors, 2 usage (also
// an --out file that cannot be written).
#include <fstream>
#include <iostream>

#include "catalog.h"
#include "commands.h"
#include "game_setup.h"
#include "paths.h"
#include "story_graph.h"

namespace saqbol {
namespace {

constexpr const char* kGraphHelp = R"(usage: saqbol graph SCENARIO [--format dot|mermaid] [--lang kk|ru|en|xx]
                     [--out FILE] [--scenarios DIR] [--data DIR]

Prints the story graph of a scenario as written: one box per node, coloured by the
phone app of its first event (call, sms, chat, web, ad, game, bank, notify; white
when it only narrates), one octagon per ending, coloured by outcome (green safe,
yellow recovered, red loss, purple legal), and one arrow per choice, labelled with
its text and coloured by verdict (green safe, orange risky, red harmful, grey
neutral); dashed when a `when` condition can hide it. The start has a thick border.
SCENARIO is a .lua file or the id of a shipped scenario (for example code_1414).

  --format F      dot (Graphviz, the default) or mermaid (a flowchart for Markdown)
  --lang L        label the texts in this language (default: the scenario's own)
  --out FILE      write to FILE instead of the standard output
  --scenarios DIR also look for scenario ids in DIR: a folder, a pack folder or a
                  pack .zip (unpacked in the data folder's packs/)
  --data DIR      the data folder instead of the user's (ids are also looked for
                  in DIR/scenarios)

To draw it:  saqbol graph code_1414 | dot -Tsvg -o code_1414.svg
(dot is in Debian's graphviz package.)

Exit codes: 0 written, 1 the scenario has errors, 2 usage or FILE cannot be written.
)";

}  // namespace

int runGraph(const Args& args) {
    std::string scenario_arg, format = "dot", lang, out_file;
    std::vector<std::filesystem::path> scenario_dirs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << kGraphHelp;
            return 0;
        } else if (a == "--format") {
            format = has_value ? args[++i] : "";
            if (format != "dot" && format != "mermaid")
                return usageError("graph", "--format takes dot or mermaid");
        } else if (a == "--lang") {
            lang = has_value ? args[++i] : "";
            if (!isKnownLanguage(lang)) return usageError("graph", "--lang takes one of: kk, ru, en, xx");
        } else if (a == "--out") {
            if (!has_value) return usageError("graph", "--out takes a file name");
            out_file = args[++i];
        } else if (a == "--scenarios") {
            if (!has_value) return usageError("graph", "--scenarios takes a folder");
            scenario_dirs.emplace_back(args[++i]);
        } else if (a == "--data") {
            if (!has_value) return usageError("graph", "--data takes a folder");
            useDataFolder(args[++i]);
        } else if (a.rfind("-", 0) == 0) {
            return usageError("graph", "unknown option '" + a + "'");
        } else if (scenario_arg.empty()) {
            scenario_arg = a;
        } else {
            return usageError("graph", "one scenario at a time ('" + a + "' is extra)");
        }
    }
    if (scenario_arg.empty()) return usageError("graph", "which scenario? e.g. saqbol graph code_1414");

    // The scenario's own language unless --lang names another; the catalog then has the
    // translations (a missing one shows the source text, as in the game).
    int exit_code = 0;
    const auto game = loadGame(scenario_arg, lang.empty() ? "en" : lang, scenario_dirs, "graph", &exit_code);
    if (!game) return exit_code;
    const Scenario& scenario = game->scenario();
    const bool translate = !lang.empty() && lang != scenario.lang;
    const GraphText text = [&](std::string_view node_id, const std::string& source) {
        if (!translate) return source;
        return std::string(game->catalog.lookup(textContext(scenario, node_id), source));
    };
    const std::string graph = format == "dot" ? dotGraph(scenario, text) : mermaidGraph(scenario, text);

    if (out_file.empty()) {
        std::cout << graph;
        return 0;
    }
    std::ofstream out(out_file, std::ios::binary);
    out << graph;
    out.close();
    if (!out) return usageError("graph", "cannot write '" + out_file + "'");
    return 0;
}

}  // namespace saqbol
