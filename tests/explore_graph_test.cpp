// SPDX-License-Identifier: MIT
// `saqbol explore` and `saqbol graph` through the real binary: exit codes, the text a
// trainer reads, the JSON fields by name, problems with file:line, --scenarios, and the
// DOT drawn by Graphviz's own `dot` (one SVG node per scenario node, one edge per choice).
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "catalog.h"
#include "po_reader.h"
#include "scenario_loader.h"

using namespace saqbol;
namespace fs = std::filesystem;

namespace {

struct Output {
    int code;
    std::string out, err;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A folder of this test process's own (ctest runs test cases as parallel processes).
fs::path scratch() {
    const fs::path dir = fs::temp_directory_path() / ("saqbol-explore-test-" + std::to_string(getpid()));
    fs::create_directories(dir);
    return dir;
}

// Runs `shell` (a command line; SAQBOL is replaced by the binary) from the source folder.
Output run(const std::string& shell) {
    const fs::path dir = scratch(), out = dir / "out", err = dir / "err";
    std::string command = shell;
    for (std::size_t at; (at = command.find("SAQBOL")) != std::string::npos;)
        command.replace(at, 6, "'" SAQBOL_BINARY "'");
    command = "cd '" SAQBOL_SOURCE_DIR "' && { " + command + "; } </dev/null >'" + out.string() + "' 2>'" +
              err.string() + "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

Output runSaqbol(const std::string& args) { return run("SAQBOL " + args); }

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

std::size_t lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// Writes a scenario (English, one ending behind a condition nobody can meet) for the tests.
fs::path writeScenario(const std::string& name, const std::string& body) {
    const fs::path file = scratch() / name;
    std::ofstream(file) << body;
    return file;
}

constexpr const char* kHidden = R"(return scenario {
  format = 1, id = "test_hidden", lang = "en", title = "Hidden", summary = "An ending nobody reaches.",
  audience = { "adult" }, minutes = 1, tips = { "codes" }, facts = { "test" }, reviewed = "2026-11-28",
  vars = { code_given = false },
  start = "a",
  node "a" {
    narrate "A call.",
    choice "hang" { "Hang up", go = "safe", verdict = "safe", tip = "codes", why = "Right." },
    choice "tell" { "Tell the code", go = "b", verdict = "harmful", tip = "codes", why = "Wrong." },
  },
  node "b" {
    narrate "Later.",
    choice "secret" { "Use the secret", when = { code_given = true },
      go = "secret_end", verdict = "safe", tip = "codes", why = "Never shown." },
    choice "on" { "Go on", go = "safe", verdict = "neutral" },
    choice "wait" { "Wait", go = "stuck", verdict = "neutral" },
  },
  node "stuck" {
    narrate "Nothing happens.",
    choice "only" { "Leave", when = { code_given = true }, go = "safe", verdict = "neutral" },
  },
  ending "safe" { outcome = "safe", title = "Safe", debrief = "Fine." },
  ending "secret_end" { outcome = "safe", title = "Secret", debrief = "Never." },
}
)";

}  // namespace

TEST_CASE("explore and graph: --help exits 0; usage errors are one line and exit 2") {
    for (const char* args : {"explore --help", "graph --help", "explore -h"}) {
        INFO(args);
        const Output o = runSaqbol(args);
        CHECK(o.code == 0);
        CHECK(o.out.rfind("usage: saqbol ", 0) == 0);
    }
    for (const char* args : {"explore", "explore --bogus code_1414", "explore no_such_scenario",
                             "explore code_1414 extra", "explore code_1414 --max-states x",
                             "explore code_1414 --max-states 0", "explore code_1414 --max-states 60000000",
                             "graph", "graph code_1414 --format svg", "graph code_1414 --lang de",
                             "graph no_such_scenario", "graph code_1414 --out /no/such/folder/g.dot"}) {
        INFO(args);
        const Output o = runSaqbol(args);
        CHECK(o.code == 2);
        CHECK(lines(o.err) == 1);
        CHECK(o.err.rfind("saqbol ", 0) == 0);
        if (std::string(args).find("--out") == std::string::npos) CHECK(o.out.empty());
    }
}

TEST_CASE("explore code_1414: all six endings reached, no dead end, exit 0") {
    const Output o = runSaqbol("explore scenarios/code_1414.lua");
    CHECK(o.code == 0);
    CHECK(o.err.empty());
    CHECK(o.out.find("Endings: 6 of 6 reached") != std::string::npos);
    for (const char* ending :
         {"safe_calm", "safe_checked", "recovered", "savings_lost", "loan_stopped", "loans_taken"})
        CHECK_MESSAGE(o.out.find(std::string("\u2713 ") + ending + " (") != std::string::npos, ending);
    CHECK(o.out.find("\u2717") == std::string::npos);
    CHECK(o.out.find("Unreachable nodes: none") != std::string::npos);
    CHECK(o.out.find("Dead ends: none") != std::string::npos);
    CHECK(o.out.find("shortest: saqbol play code_1414 --choices 1,3,4") != std::string::npos);  // safe_calm
    CHECK(std::regex_search(o.out, std::regex("\n  codes +[0-9]+% - 100%\n")));
}

TEST_CASE("explore --json: the fields by name, consistent with each other and with play") {
    const Output o = runSaqbol("explore code_1414 --json");
    CHECK(o.code == 0);
    const auto j = nlohmann::json::parse(o.out);
    for (const char* key : {"paths", "paths_capped", "endings", "reached", "unreachable_nodes", "dead_ends",
                            "score_range", "states", "states_capped"})
        CHECK_MESSAGE(j.contains(key), key);
    CHECK(j["paths"].is_number_unsigned());
    CHECK(j["paths"].get<std::uint64_t>() >= 6);
    CHECK(j["paths_capped"] == false);
    CHECK(j["states_capped"] == false);
    CHECK(j["endings"].size() == 6);
    CHECK(j["reached"] == j["endings"]);
    CHECK(j["unreachable_nodes"].empty());
    CHECK(j["dead_ends"].empty());
    std::uint64_t sum = 0;
    for (const auto& [ending, paths] : j["paths_per_ending"].items()) sum += paths.get<std::uint64_t>();
    CHECK(sum == j["paths"].get<std::uint64_t>());
    const auto& codes = j["score_range"]["codes"];
    CHECK(codes["min"].get<double>() < codes["max"].get<double>());
    CHECK(codes["max"].get<double>() == 1.0);
    CHECK(j["score_range"]["links"].is_null());  // code_1414 does not exercise it
    // Each shortest path, played, ends where explore says.
    for (const auto& [ending, choices] : j["shortest_choices"].items()) {
        std::string list;
        for (const auto& n : choices) list += (list.empty() ? "" : ",") + std::to_string(n.get<int>());
        const Output play = runSaqbol("play code_1414 --json --choices " + list);
        CHECK(play.code == 0);
        CHECK(nlohmann::json::parse(play.out)["ending"] == ending);
    }
}

TEST_CASE("explore: an ending nobody can reach and a dead end exit 1, named with file:line") {
    const fs::path file = writeScenario("hidden.lua", kHidden);
    const Output o = runSaqbol("explore '" + file.string() + "'");
    CHECK(o.code == 1);
    CHECK(o.out.find("Endings: 1 of 2 reached") != std::string::npos);
    CHECK(o.out.find("\u2717 secret_end (safe): not reached, " + file.string() + ":23") != std::string::npos);
    CHECK(o.out.find("b/secret (" + file.string() + ":13): never shown") != std::string::npos);
    CHECK(o.out.find("stuck (" + file.string() +
                     ":18): no choice is shown when code_given = false; reached by --choices 2,2") !=
          std::string::npos);

    const Output json = runSaqbol("explore --json '" + file.string() + "'");
    CHECK(json.code == 1);
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["endings"] == nlohmann::json::array({"safe", "secret_end"}));
    CHECK(j["reached"] == nlohmann::json::array({"safe"}));
    CHECK(j["dead_ends"] == nlohmann::json::array({"stuck"}));
    CHECK(j["unreachable_nodes"].empty());
    CHECK(j["score_range"]["codes"]["min"] == 0.0);
    CHECK(j["score_range"]["codes"]["max"] == 1.0);
}

TEST_CASE("explore: a when function that fails is reported once with its line, and exits 1") {
    const fs::path file = writeScenario("failing.lua", R"(return scenario {
  format = 1, id = "test_failing", lang = "en", title = "Failing", summary = "A function that fails.",
  audience = { "adult" }, minutes = 1, tips = { "codes" }, facts = { "test" }, reviewed = "2026-11-28",
  vars = { n = 0 },
  start = "a",
  node "a" {
    narrate "A call.",
    choice "again" { "Again", go = "a", verdict = "neutral", add = { n = 1 } },
    choice "odd" { "Odd", when = function(v) return v.n > 2 and v.nothing.x end, go = "done", verdict = "safe", tip = "codes", why = "w" },
    choice "out" { "Out", when = function(v) return v.n == 3 end, go = "done", verdict = "safe", tip = "codes", why = "w" },
  },
  ending "done" { outcome = "safe", title = "Done", debrief = "Fine." },
}
)");
    // `again` counts without end: the walk stops at the cap, and says so.
    const Output o = runSaqbol("explore '" + file.string() + "' --max-states 50");
    CHECK(o.code == 1);
    CHECK(count(o.err, file.string() + ":9: SB020 ") == 1);  // failed in many states, said once
    CHECK(o.out.find("stopped at 50 states") != std::string::npos);
    CHECK(o.out.find("shortest: saqbol play test_failing --choices 1,1,1,2") != std::string::npos);
    const auto j =
        nlohmann::json::parse(runSaqbol("explore '" + file.string() + "' --max-states 50 --json").out);
    REQUIRE(j["problems"].size() == 1);
    CHECK(j["problems"][0]["code"] == "SB020");
    CHECK(j["problems"][0]["line"] == 9);
    CHECK(j["states_capped"] == true);
}

TEST_CASE("explore: a scenario with errors prints them as file:line: CODE and exits 1") {
    const Output o = runSaqbol("explore tests/data/broken.lua");
    CHECK(o.code == 1);
    CHECK(o.out.empty());
    CHECK(o.err.find("tests/data/broken.lua:8: SB007 ") != std::string::npos);
    CHECK(o.err.find("tests/data/broken.lua has errors") != std::string::npos);
    const Output g = runSaqbol("graph tests/data/broken.lua");
    CHECK(g.code == 1);
    CHECK(g.err.find("tests/data/broken.lua:8: SB007 ") != std::string::npos);
}

TEST_CASE("explore and graph find a scenario id in --scenarios DIR and --data DIR") {
    const fs::path dir = scratch() / "pack";
    fs::create_directories(dir);
    std::ofstream(dir / "test_hidden.lua") << kHidden;
    CHECK(runSaqbol("explore test_hidden").code == 2);
    const Output o = runSaqbol("explore test_hidden --json --scenarios '" + dir.string() + "'");
    CHECK(o.code == 1);
    CHECK(nlohmann::json::parse(o.out)["scenario"] == "test_hidden");
    CHECK(runSaqbol("graph test_hidden --scenarios '" + dir.string() + "'").code == 0);

    // --data DIR: ids are also looked for in DIR/scenarios.
    const fs::path data = scratch() / "data";
    fs::create_directories(data / "scenarios");
    std::ofstream(data / "scenarios" / "test_hidden.lua") << kHidden;
    CHECK(nlohmann::json::parse(runSaqbol("explore test_hidden --json --data '" + data.string() + "'").out)["scenario"] ==
          "test_hidden");
    CHECK(runSaqbol("graph test_hidden --data '" + data.string() + "'").out.rfind("digraph \"test_hidden\"", 0) == 0);
}

TEST_CASE("explore: the state cap is reported honestly") {
    const Output o = runSaqbol("explore code_1414 --json --max-states 5");
    const auto j = nlohmann::json::parse(o.out);
    CHECK(j["states"] == 5);
    CHECK(j["states_capped"] == true);
    const Output text = runSaqbol("explore code_1414 --max-states 5");
    CHECK(text.out.find("stopped at 5 states") != std::string::npos);
}

TEST_CASE("graph: Graphviz's dot draws one node per scenario node and ending, one edge per choice") {
    LoadResult loaded = loadScenario(fs::path(SAQBOL_SOURCE_DIR) / "scenarios" / "code_1414.lua");
    REQUIRE_FALSE(loaded.hasErrors());
    const Scenario& s = loaded.host->scenario();
    std::size_t choices = 0;
    for (const Node& node : s.nodes) choices += node.choices.size();

    const Output svg = run("SAQBOL graph code_1414 | '" SAQBOL_DOT "' -Tsvg");
    REQUIRE(svg.code == 0);
    CHECK(svg.err.empty());
    CHECK(count(svg.out, "class=\"node\"") == s.nodes.size());
    CHECK(count(svg.out, "class=\"edge\"") == choices);
    for (const Node& node : s.nodes)
        CHECK_MESSAGE(svg.out.find("<title>" + node.id + "</title>") != std::string::npos, node.id);
    for (const Node* ending : s.endings())  // Kazakh survives as UTF-8
        CHECK_MESSAGE(svg.out.find(">" + ending->title + "</text>") != std::string::npos, ending->title);
    // Edges coloured by verdict: red for a harmful choice, dashed for a conditional one.
    CHECK(svg.out.find("stroke=\"#cf222e\"") != std::string::npos);
    CHECK(svg.out.find("stroke-dasharray") != std::string::npos);

    // --out writes the same graph to a file.
    const fs::path file = scratch() / "g.dot";
    CHECK(runSaqbol("graph code_1414 --out '" + file.string() + "'").code == 0);
    CHECK(slurp(file) == runSaqbol("graph code_1414 --format dot").out);
}

TEST_CASE("graph: hard labels (quotes, backslashes, line breaks, the id `end`) still draw") {
    const fs::path file = writeScenario("tricky.lua", R"(return scenario {
  format = 1, id = "test_tricky", lang = "kk", title = "Тырнақша \"осында\"", summary = "s",
  audience = { "adult" }, minutes = 1, tips = { "codes" }, facts = { "test" }, reviewed = "2026-11-28",
  contacts = { x = { name = "X", number = "1" } },
  start = "graph",
  node "graph" {
    narrate "n",
    choice "a" { "Айтамын: \"5823\" \\ енді\nжаңа жол | <b> #1 & `x`", go = "end", verdict = "harmful", tip = "codes", why = "w" },
    choice "b" { "Қоямын", go = "subgraph", verdict = "safe", tip = "codes", why = "w" },
  },
  node "subgraph" { sms { from = "x", text = "t" }, choice "c" { "Әрі қарай", go = "end", verdict = "neutral" } },
  ending "end" { outcome = "loss", title = "Соңы", debrief = "d" },
}
)");
    // `graph`, `subgraph` (DOT keywords) and `end` (Mermaid's) as node ids.
    const Output dot = run("SAQBOL graph '" + file.string() + "' | '" SAQBOL_DOT "' -Tsvg");
    if (dot.code != 0) INFO(dot.err);
    REQUIRE(dot.code == 0);
    CHECK(count(dot.out, "class=\"node\"") == 3);
    CHECK(count(dot.out, "class=\"edge\"") == 3);
    CHECK(dot.out.find("Айтамын: &quot;5823&quot; \\ енді") != std::string::npos);

    const Output mermaid = runSaqbol("graph '" + file.string() + "' --format mermaid");
    REQUIRE(mermaid.code == 0);
    CHECK(mermaid.out.find("  n_graph -->|\"Айтамын: #quot;5823#quot; \\ енді<br/>жаңа жол #124; #lt;b#gt; "
                           "#35;1 #amp; #96;x#96;\"| n_end\n") != std::string::npos);
}

TEST_CASE("graph --format mermaid: every node and every choice, valid ids, classes per kind and verdict") {
    LoadResult loaded = loadScenario(fs::path(SAQBOL_SOURCE_DIR) / "scenarios" / "code_1414.lua");
    REQUIRE_FALSE(loaded.hasErrors());
    const Scenario& s = loaded.host->scenario();
    const Output o = runSaqbol("graph code_1414 --format mermaid");
    REQUIRE(o.code == 0);
    CHECK(o.out.find("\nflowchart TD\n") != std::string::npos);
    std::size_t choices = 0;
    for (const Node& node : s.nodes) {
        const std::string open = node.is_ending ? "{{\"" : "[\"";
        CHECK_MESSAGE(o.out.find("\n  n_" + node.id + open + node.id + "<br/>") != std::string::npos,
                      node.id);
        for (const Choice& c : node.choices) {
            ++choices;
            const std::regex edge("\n  n_" + node.id + (c.when.empty() ? " -->" : " -\\.->") +
                                  "\\|\"[^\"\n]+\"\\| n_" + c.go + "\n");
            CHECK_MESSAGE(std::regex_search(o.out, edge), node.id, "/", c.id);
        }
    }
    CHECK(count(o.out, "-->|") + count(o.out, "-.->|") == choices);
    // Ids are n_ plus the scenario's [a-z0-9_] ids: valid Mermaid ids, never a keyword.
    std::smatch m;
    const std::regex id_line("\n  ([^ \\[{]+)(\\[|\\{\\{)");
    for (auto it = std::sregex_iterator(o.out.begin(), o.out.end(), id_line); it != std::sregex_iterator();
         ++it)
        CHECK(std::regex_match((*it)[1].str(), std::regex("n_[a-z][a-z0-9_]*")));
    CHECK(o.out.find("classDef k_call ") != std::string::npos);
    CHECK(o.out.find("classDef o_loss ") != std::string::npos);
    CHECK(o.out.find("linkStyle ") != std::string::npos);
    CHECK(o.out.find("stroke:#cf222e") != std::string::npos);  // harmful
}

TEST_CASE("graph --lang: labels in a translation") {
    LoadResult loaded = loadScenario(fs::path(SAQBOL_SOURCE_DIR) / "scenarios" / "code_1414.lua");
    REQUIRE_FALSE(loaded.hasErrors());
    const Scenario& s = loaded.host->scenario();
    const Catalog ru = loadScenarioCatalog(s, "ru", [](const Problem& p) { FAIL(formatProblem(p)); });
    const Choice& first = s.nodes.front().choices.front();
    const std::string translated(ru.lookup(textContext(s, s.nodes.front().id), first.text));
    REQUIRE(translated != first.text);
    const Output o = runSaqbol("graph code_1414 --lang ru --format mermaid");
    CHECK(o.code == 0);
    const std::string head = translated.substr(0, translated.find(' '));
    CHECK(o.out.find(head) != std::string::npos);
    CHECK(o.out.find(first.text.substr(0, first.text.find(' '))) == std::string::npos);
    CHECK(runSaqbol("graph code_1414 --lang kk").out == runSaqbol("graph code_1414").out);
}
