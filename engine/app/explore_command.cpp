// SPDX-License-Identifier: MIT
// `saqbol explore SCENARIO [--json] [--max-states N] [--scenarios DIR] [--data DIR] [--stats]`
// — every path of a scenario (core/explore.h): the number of distinct paths, each ending
// and whether it is reached (with the shortest --choices), nodes no path reaches, dead
// ends, and each tip's score range. Text for a trainer, or one JSON object. Exit 0 every
// ending reached and no dead end; 1 otherwise, or a when/effect that fails, or a scenario
// with errors; 2 usage. The clock (--stats) is read here, never in core.
// Sections: options · text · JSON · the command.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "commands.h"
#include "explore.h"
#include "paths.h"
#include "scenario_loader.h"

namespace saqbol {
namespace {

constexpr const char* kExploreHelp = R"(usage: saqbol explore SCENARIO [--json] [--max-states N] [--scenarios DIR]
                       [--data DIR] [--stats]

Plays every path of a scenario, with its variables and conditions, and reports:
how many distinct paths lead from the start to an ending; each ending and whether
some path reaches it (with the shortest --choices for saqbol play); nodes that no
path reaches; dead ends (a moment where no choice is shown, or a loop no choice
leaves); and the lowest and highest score of each tip over all paths.
SCENARIO is a .lua file or the id of a shipped scenario (for example code_1414).

A state is a node together with the values of the variables. A path never comes
back to a state it has already been in: a loop that changes nothing (asking again)
adds no path, a loop that changes a variable leads to new states and does. Two
choices leading to the same state are two paths. Path counts stop at
1,000,000,000,000,000 (paths_capped).

  --json          print one JSON object: paths, paths_capped, endings, reached,
                  unreachable_nodes, dead_ends, score_range, states, states_capped,
                  shortest_choices, paths_per_ending, problems
  --max-states N  stop after N states (default 1000000, at most 50000000); what lies
                  past them is unknown, and the report says so (states_capped)
  --scenarios DIR also look for scenario ids in DIR: a folder, a pack folder or a
                  pack .zip (unpacked in the data folder's packs/)
  --data DIR      the data folder instead of the user's (ids are also looked for
                  in DIR/scenarios)
  --stats         also print how long the walk and the path analysis took, to the
                  standard error (bench/explore-large uses it)

Exit codes: 0 every ending is reached and there is no dead end; 1 an ending is
not reached, a dead end, a when/effect function that fails, or the scenario has
errors (printed as file:line: CODE message); 2 usage.
)";

// ------------------------------------------------------------------------------- options

// Scores are summed in 32 bits (core/explore.cpp): paths no longer than this stay exact.
constexpr std::size_t kMaxStatesLimit = 50'000'000;

struct ExploreArgs {
    std::string scenario;
    bool json = false;
    bool stats = false;
    std::size_t max_states = ExploreOptions{}.max_states;
    std::vector<std::filesystem::path> scenario_dirs;
};

// Parses the arguments; returns an exit code when the command should stop (help, usage).
std::optional<int> parseArgs(const Args& args, ExploreArgs& out) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << kExploreHelp;
            return 0;
        } else if (a == "--json") {
            out.json = true;
        } else if (a == "--stats") {
            out.stats = true;
        } else if (a == "--max-states") {
            const std::string v = has_value ? args[++i] : "";
            if (v.empty() || v.size() > 8 || v.find_first_not_of("0123456789") != std::string::npos ||
                std::stoul(v) == 0 || std::stoul(v) > kMaxStatesLimit)
                return usageError("explore", "--max-states takes a whole number from 1 to 50000000");
            out.max_states = std::stoul(v);
        } else if (a == "--scenarios") {
            if (!has_value) return usageError("explore", "--scenarios takes a folder");
            out.scenario_dirs.emplace_back(args[++i]);
        } else if (a == "--data") {
            if (!has_value) return usageError("explore", "--data takes a folder");
            useDataFolder(args[++i]);
        } else if (a.rfind("-", 0) == 0) {
            return usageError("explore", "unknown option '" + a + "'");
        } else if (out.scenario.empty()) {
            out.scenario = a;
        } else {
            return usageError("explore", "one scenario at a time ('" + a + "' is extra)");
        }
    }
    if (out.scenario.empty()) return usageError("explore", "which scenario? e.g. saqbol explore code_1414");
    return std::nullopt;
}

// ---------------------------------------------------------------------------------- text

// 1234567 -> "1,234,567" (the trainer reads magnitudes at a glance).
std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string choiceList(const std::vector<int>& choices) {
    std::string out;
    for (int n : choices) out += (out.empty() ? "" : ",") + std::to_string(n);
    return out;
}

// How to replay a path: "--choices 1,3,4", or "(the start itself)".
std::string replay(const std::vector<int>& choices) {
    return choices.empty() ? "(the start itself)" : "--choices " + choiceList(choices);
}

std::string varsText(const Variables& vars) {
    std::string out;
    for (const auto& [name, value] : vars) {
        if (!out.empty()) out += ", ";
        out += name + " = ";
        out += std::holds_alternative<std::string>(value) ? "\"" + valueToString(value) + "\""
                                                          : valueToString(value);
    }
    return out;
}

std::string percent(double mastery) { return std::to_string(static_cast<int>(mastery * 100 + 0.5)) + "%"; }

std::string where(const Scenario& s, int line) { return s.file + ":" + std::to_string(line); }

// The choices that lead to each node id.
using WaysIn = std::map<std::string, std::vector<std::pair<const Node*, const Choice*>>>;

// Why nobody arrives at `target`: each choice that goes there, and what keeps it closed.
void printWaysIn(std::ostream& out, const Scenario& s, const Node& target, const WaysIn& ways_in,
                 const std::set<std::string>& visited) {
    auto it = ways_in.find(target.id);
    if (it == ways_in.end()) return;
    for (const auto& [node, choice] : it->second) {
        out << "      " << node->id << "/" << choice->id << " (" << where(s, choice->line) << "): ";
        if (!visited.count(node->id))
            out << "node '" << node->id << "' is never reached\n";
        else
            out << "never shown: its `when` is false every time '" << node->id << "' is reached\n";
    }
}

void printText(std::ostream& out, const Scenario& s, const ExploreReport& r, std::size_t max_states,
               const std::set<std::string>& visited) {
    WaysIn ways_in;
    for (const Node& node : s.nodes)
        for (const Choice& choice : node.choices) ways_in[choice.go].emplace_back(&node, &choice);
    out << "Exploring " << s.id << " (" << s.file << ")\n";
    out << "  states: " << grouped(r.states) << " (a state is a node with the variables' values)";
    if (r.states_capped)
        out << "\n  note: stopped at " << grouped(max_states)
            << " states (--max-states); what lies past them is not known, so the lists below may be "
               "incomplete";
    out << "\n  paths:  " << (r.paths_capped ? "at least " : "") << grouped(r.paths)
        << " from the start to an ending (a path never comes back to a state it has been in)\n";

    std::size_t reached = 0;
    for (const EndingReach& e : r.endings) reached += e.reached;
    out << "\nEndings: " << reached << " of " << r.endings.size() << " reached\n";
    for (const EndingReach& e : r.endings) {
        out << "  " << (e.reached ? "\u2713 " : "\u2717 ") << e.node->id << " (" << nameOf(e.node->outcome)
            << ")";
        if (e.reached)
            out << ": " << (r.paths_capped ? "at least " : "") << grouped(e.paths)
                << (e.paths == 1 ? " path" : " paths") << "; shortest: saqbol play " << s.id << " "
                << replay(e.choices) << "\n";
        else {
            out << ": not reached, " << where(s, e.node->line) << "\n";
            printWaysIn(out, s, *e.node, ways_in, visited);
        }
    }

    out << "\nUnreachable nodes: " << (r.unreachable.empty() ? "none" : std::to_string(r.unreachable.size()))
        << "\n";
    for (const Node* node : r.unreachable) {
        out << "  " << node->id << " (" << where(s, node->line) << ")\n";
        printWaysIn(out, s, *node, ways_in, visited);
    }

    out << "\nDead ends: " << (r.dead_ends.empty() ? "none" : std::to_string(r.dead_ends.size())) << "\n";
    for (const DeadEnd& d : r.dead_ends) {
        out << "  " << d.node->id << " (" << where(s, d.node->line) << "): ";
        if (d.kind == DeadEnd::Kind::NoChoice)
            out << "no choice is shown";
        else
            out << "every choice leads back into a loop with no ending";
        if (!d.vars.empty()) out << " when " << varsText(d.vars);
        out << "; reached by " << replay(d.choices) << "\n";
    }

    out << "\nScore per tip over all paths (lowest - highest):\n";
    for (const TipRange& t : r.scores) {
        out << "  " << t.tip << std::string(t.tip.size() < 18 ? 18 - t.tip.size() : 1, ' ');
        if (!t.exercised) {
            out << "not exercised\n";
            continue;
        }
        out << percent(t.min) << " - " << percent(t.max);
        if (!t.on_every_path) out << "  (some paths do not exercise it)";
        out << "\n";
    }
}

// ---------------------------------------------------------------------------------- JSON

nlohmann::json varsJson(const Variables& vars) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [name, value] : vars) {
        if (const bool* b = std::get_if<bool>(&value))
            out[name] = *b;
        else if (const double* d = std::get_if<double>(&value)) {
            if (std::floor(*d) == *d && std::fabs(*d) < 9e15)
                out[name] = static_cast<long long>(*d);
            else
                out[name] = *d;
        } else
            out[name] = std::get<std::string>(value);
    }
    return out;
}

nlohmann::json reportJson(const Scenario& s, const ExploreReport& r, const std::vector<Problem>& problems) {
    nlohmann::json endings = nlohmann::json::array(), reached = nlohmann::json::array();
    nlohmann::json shortest = nlohmann::json::object(), per_ending = nlohmann::json::object();
    for (const EndingReach& e : r.endings) {
        endings.push_back(e.node->id);
        per_ending[e.node->id] = e.paths;
        if (!e.reached) continue;
        reached.push_back(e.node->id);
        shortest[e.node->id] = e.choices;
    }
    nlohmann::json unreachable = nlohmann::json::array(), dead = nlohmann::json::array();
    nlohmann::json dead_details = nlohmann::json::array();
    for (const Node* node : r.unreachable) unreachable.push_back(node->id);
    for (const DeadEnd& d : r.dead_ends) {
        dead.push_back(d.node->id);
        dead_details.push_back({{"node", d.node->id},
                                {"line", d.node->line},
                                {"kind", d.kind == DeadEnd::Kind::NoChoice ? "no_choice" : "no_way_out"},
                                {"choices", d.choices},
                                {"vars", varsJson(d.vars)}});
    }
    nlohmann::json scores = nlohmann::json::object();
    for (const TipRange& t : r.scores)
        scores[t.tip] =
            t.exercised ? nlohmann::json{{"min", t.min}, {"max", t.max}, {"on_every_path", t.on_every_path}}
                        : nlohmann::json(nullptr);
    nlohmann::json list = nlohmann::json::array();
    for (const Problem& p : problems)
        list.push_back({{"file", p.file},
                        {"line", p.line},
                        {"code", p.code},
                        {"severity", p.severity == Severity::Error ? "error" : "warning"},
                        {"message", p.message}});
    return {{"scenario", s.id},
            {"file", s.file},
            {"states", r.states},
            {"states_capped", r.states_capped},
            {"paths", r.paths},
            {"paths_capped", r.paths_capped},
            {"endings", endings},
            {"reached", reached},
            {"unreachable_nodes", unreachable},
            {"dead_ends", dead},
            {"dead_end_details", dead_details},
            {"score_range", scores},
            {"shortest_choices", shortest},
            {"paths_per_ending", per_ending},
            {"problems", list}};
}

}  // namespace

// --------------------------------------------------------------------------- the command

int runExplore(const Args& args) {
    ExploreArgs options;
    if (auto stop = parseArgs(args, options)) return *stop;
    const auto file = resolveScenario(options.scenario, options.scenario_dirs);
    if (!file)
        return usageError("explore", "no scenario file or shipped scenario id '" + options.scenario + "'");

    // A failing when/effect would fail in many states: report each (line, message) once.
    std::vector<Problem> runtime;
    std::set<std::pair<int, std::string>> seen;
    LoadResult loaded = loadScenario(*file, {}, [&](const Problem& p) {
        if (seen.emplace(p.line, p.message).second) runtime.push_back(p);
    });
    if (loaded.hasErrors() || !loaded.host) {
        for (const Problem& p : loaded.problems)
            if (p.severity == Severity::Error) std::cerr << formatProblem(p) << "\n";
        std::cerr << "saqbol explore: " << file->string()
                  << " has errors; fix them first (saqbol lint shows them all)\n";
        return 1;
    }
    const Scenario& scenario = loaded.host->scenario();
    ExploreOptions explore_options;
    explore_options.max_states = options.max_states;
    // The clock is read here, at the edge: core takes no time.
    const auto t0 = std::chrono::steady_clock::now();
    const StateGraph graph = buildStateGraph(scenario, loaded.host.get(), explore_options.max_states);
    const auto t1 = std::chrono::steady_clock::now();
    const ExploreReport report = exploreStateGraph(scenario, graph, explore_options);
    const auto t2 = std::chrono::steady_clock::now();
    if (options.stats) {
        const auto ms = [](auto from, auto to) {
            return std::chrono::duration<double, std::milli>(to - from).count();
        };
        char line[200];
        std::snprintf(line, sizeof line,
                      "stats: states=%zu edges=%zu walk_ms=%.2f analysis_ms=%.2f states_per_s=%.0f\n",
                      graph.states.size(), graph.edges.size(), ms(t0, t1), ms(t1, t2),
                      static_cast<double>(graph.states.size()) / std::max(ms(t0, t2), 1e-3) * 1000.0);
        std::cerr << line;
    }

    for (const Problem& p : runtime) std::cerr << formatProblem(p) << "\n";
    if (options.json) {
        std::cout << reportJson(scenario, report, runtime).dump(2) << "\n";
    } else {
        std::set<std::string> visited;
        for (const StateGraph::State& state : graph.states) visited.insert(scenario.nodes[state.node].id);
        printText(std::cout, scenario, report, options.max_states, visited);
        std::cout << "\n";
        std::vector<std::string> wrong;
        if (!report.allEndingsReached()) wrong.emplace_back("an ending is not reached");
        if (!report.dead_ends.empty()) wrong.emplace_back("a path gets stuck (dead end)");
        if (!runtime.empty()) wrong.emplace_back("a when/effect function failed (see the messages above)");
        if (wrong.empty()) std::cout << "OK: every ending is reached and no path gets stuck.\n";
        for (std::size_t i = 0; i < wrong.size(); ++i)
            std::cout << (i == 0 ? "Problems: " : "; ") << wrong[i] << (i + 1 == wrong.size() ? ".\n" : "");
    }
    bool failed = !report.ok();
    for (const Problem& p : runtime) failed |= p.severity == Severity::Error;
    return failed ? 1 : 0;
}

}  // namespace saqbol
