// SPDX-License-Identifier: MIT
// `saqbol play SCENARIO [--lang L] [--choices 2,1,3] [--json] [--player NICK --class C]` —
// the scenario in the terminal: events as text, numbered choices, the debrief and the score
// per tip. With --choices it plays those numbers in order; --json prints the play as one
// JSON object. With --player it records into the results store (results_store.h): each
// decision committed before the next moment shows, and an unfinished play resumed.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "catalog.h"
#include "commands.h"
#include "debrief.h"
#include "game_setup.h"
#include "paths.h"
#include "po_reader.h"
#include "record_check.h"
#include "results_store.h"
#include "scenario_loader.h"
#include "scenario_text.h"
#include "terminal_presenter.h"
#include "tips.h"
#include "ui_text.h"

namespace saqbol {
namespace {

constexpr const char* kPlayHelp = R"(usage: saqbol play SCENARIO [--lang kk|ru|en|xx] [--choices 1,3,2] [--json]
                    [--player NICK [--class C] [--restart]] [--scenarios DIR] [--data DIR]

Plays a scenario in the terminal. SCENARIO is a .lua file or the id of a shipped
scenario (for example code_1414). Type the number of a choice and press Enter;
q quits.

  --lang L        language: kk (default), ru, en; xx is a pseudo-language for testing
  --choices LIST  play these choice numbers in order (numbers count the choices shown)
  --json          print the play as one JSON object (steps, ending, outcome, score)
  --player NICK   record the play in the results store of the data folder, as
                  this student (a nickname or roster number: 1-32 characters);
                  if NICK left this scenario unfinished, the play resumes there
                  (--choices then go on from that moment)
  --class C       the student's class, e.g. 7B (the same class and nickname on
                  two PCs are one student); may be left out at a workshop
  --restart       with --player: start anew instead of resuming
  --scenarios DIR also look for scenario ids in DIR: a folder, a pack folder or a
                  pack .zip (unpacked in the data folder's packs/)
  --data DIR      the data folder instead of the user's (ids are also looked for
                  in DIR/scenarios)

Exit codes: 0 reached an ending, 1 the scenario has errors (also a when/effect
function that failed during play) or the choices ran out before an ending, 2 usage.
)";

struct PlayOptions {
    std::string scenario;
    std::string lang = "kk";
    std::vector<int> choices;
    bool scripted = false;
    bool json = false;
    std::vector<std::filesystem::path> scenario_dirs;
    std::optional<std::string> player;  // --player, normalized
    std::optional<std::string> class_name;  // --class, normalized
    bool restart = false;
};

nlohmann::json problemJson(const Problem& p) {
    return {{"file", p.file}, {"line", p.line}, {"code", p.code},
            {"severity", p.severity == Severity::Error ? "error" : "warning"}, {"message", p.message}};
}

nlohmann::json playJson(const Session& session, const std::string& lang, const std::vector<Problem>& problems) {
    nlohmann::json steps = nlohmann::json::array();
    for (const Decision& d : session.history())
        steps.push_back({{"node", d.node}, {"choice", d.choice}, {"verdict", nameOf(d.verdict)},
                         {"tip", d.tip.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.tip)}});
    nlohmann::json score = nlohmann::json::object();
    for (const TipScore& s : session.score())
        score[s.tip] = {{"decisions", s.decisions},
                        {"mastery", s.decisions > 0 ? nlohmann::json(s.mastery) : nlohmann::json(nullptr)}};
    nlohmann::json vars = nlohmann::json::object();
    for (const auto& [name, value] : session.vars()) {
        if (const bool* b = std::get_if<bool>(&value)) vars[name] = *b;
        else if (const double* d = std::get_if<double>(&value)) {
            if (std::floor(*d) == *d && std::fabs(*d) < 9e15) vars[name] = static_cast<long long>(*d);
            else vars[name] = *d;
        }
        else vars[name] = std::get<std::string>(value);
    }
    nlohmann::json out = {{"scenario", session.scenario().id}, {"lang", lang}, {"steps", steps},
                          {"ending", nullptr}, {"outcome", nullptr}, {"score", score}, {"vars", vars}};
    if (session.ended()) {
        out["ending"] = session.node().id;
        out["outcome"] = nameOf(session.node().outcome);
    } else {
        out["stopped_at"] = session.node().id;
    }
    nlohmann::json list = nlohmann::json::array();
    for (const Problem& p : problems) list.push_back(problemJson(p));
    out["problems"] = list;
    return out;
}

// Replays the recorded decisions of an unfinished play on a fresh session; false (and the
// session part-way) when the scenario no longer has one of those moments or choices.
bool replayDecisions(Session& session, const std::vector<DecisionRecord>& decisions) {
    for (const DecisionRecord& d : decisions) {
        if (session.ended() || session.node().id != d.node) return false;
        if (session.choose(d.choice) != Session::Result::Ok) return false;
    }
    return true;
}

}  // namespace

int runPlay(const Args& args) {
    PlayOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= args.size()) return std::nullopt;
            (void)name;
            return args[++i];
        };
        if (a == "--help" || a == "-h") {
            std::cout << kPlayHelp;
            return 0;
        } else if (a == "--json") {
            options.json = true;
        } else if (a == "--lang") {
            auto v = value("--lang");
            if (!v || !isKnownLanguage(*v)) return usageError("play", "--lang takes one of: kk, ru, en, xx");
            options.lang = *v;
        } else if (a == "--choices") {
            auto v = value("--choices");
            auto parsed = v ? parseChoiceList(*v) : std::nullopt;
            if (!parsed) return usageError("play", "--choices takes numbers separated by commas, e.g. --choices 2,1,3");
            options.choices = *parsed;
            options.scripted = true;
        } else if (a == "--player" || a == "--class") {
            const bool is_player = a == "--player";
            auto v = value(a.c_str());
            if (!v) return usageError("play", a + (is_player ? " takes a nickname or roster number" : " takes a class, e.g. 7B"));
            std::string why;
            auto name = is_player ? normalizeNickname(*v, &why) : normalizeClassName(*v, &why);
            if (!name) return usageError("play", a + " '" + *v + "': " + why);
            (is_player ? options.player : options.class_name) = *name;
        } else if (a == "--restart") {
            options.restart = true;
        } else if (a == "--scenarios") {
            auto v = value("--scenarios");
            if (!v) return usageError("play", "--scenarios takes a folder or a pack .zip");
            options.scenario_dirs.emplace_back(*v);
        } else if (a == "--data") {
            auto v = value("--data");
            if (!v) return usageError("play", "--data takes a folder");
            useDataFolder(*v);
        } else if (a.rfind("-", 0) == 0) {
            return usageError("play", "unknown option '" + a + "'");
        } else if (options.scenario.empty()) {
            options.scenario = a;
        } else {
            return usageError("play", "one scenario at a time ('" + a + "' is extra)");
        }
    }
    if (options.scenario.empty()) return usageError("play", "which scenario? e.g. saqbol play code_1414");
    if (!options.player && (options.class_name || options.restart))
        return usageError("play", std::string(options.restart ? "--restart" : "--class") + " goes with --player NICK");
    const auto file = resolveScenario(options.scenario, options.scenario_dirs);
    if (!file) return usageError("play", "no scenario file or shipped scenario id '" + options.scenario + "'");

    std::vector<Problem> runtime_problems;
    auto report = [&](const Problem& p) {
        runtime_problems.push_back(p);
        std::cerr << formatProblem(p) << "\n";
    };
    LoadResult loaded = loadScenario(*file, {}, report);
    for (const Problem& p : loaded.problems)
        if (p.severity == Severity::Error) std::cerr << formatProblem(p) << "\n";
    if (loaded.hasErrors()) {
        std::cerr << "saqbol play: " << file->string() << " has errors; fix them first (saqbol lint shows them all)\n";
        return 1;
    }
    const Scenario& scenario = loaded.host->scenario();
    const UiText ui = loadUiText(options.lang, dataRoot(), report);
    const Catalog catalog = loadScenarioCatalog(scenario, options.lang, report);
    const ScenarioText words(scenario, catalog, ui);
    const Presenter present(words);

    std::ostringstream quiet;  // --json keeps stdout for the JSON alone
    std::ostream& out = options.json ? static_cast<std::ostream&>(quiet) : std::cout;
    const bool interactive = !options.scripted && isatty(STDIN_FILENO);

    Session session(scenario, loaded.host.get());
    out << "\n=== " << present.meta(scenario.title) << " ===\n";
    if (!scenario.content_note.empty()) out << ui.tr("Note: %s", present.meta(scenario.content_note)) << "\n";

    // The results store: said once when it fails, and the play goes on.
    std::optional<PlayRecorder> recorder;
    if (options.player) {
        recorder.emplace(options.class_name.value_or(""), *options.player, [&](const std::string& why) {
            std::cerr << ui.tr("Your results are not being saved; the game goes on.") << " (" << why << ")\n";
        });
        std::optional<UnfinishedSession> left = recorder->unfinished(scenario.id);
        if (left && options.restart) {
            recorder->abandon(*left);
            left.reset();
        }
        if (left) {
            if (replayDecisions(session, left->decisions)) {
                recorder->resume(*left);
                out << ui.tr("Resuming where %s left off (decisions made: %s).", *options.player,
                             std::to_string(left->decisions.size()))
                    << "\n";
            } else {
                out << ui.tr("The scenario has changed since %s left it; starting again.", *options.player) << "\n";
                session = Session(scenario, loaded.host.get());
                recorder->abandon(*left);
                left.reset();
            }
        }
        if (!left) recorder->start(scenario.id, options.lang, "terminal");
    }
    std::size_t next_scripted = 0;
    int exit_code = 0;
    while (!session.ended()) {
        const Node& node = session.node();
        out << "\n";
        for (const Event& e : node.events) present.printEvent(out, node, e, session.vars());
        const auto shown = session.shownChoices();
        if (shown.empty()) {
            std::cerr << formatProblem({scenario.file, node.line, "SB009", Severity::Error,
                                        "node '" + node.id + "' shows no choice in this state; the story cannot go on"})
                      << "\n";
            exit_code = 1;
            break;
        }
        present.printChoices(out, node, shown, session.vars());
        int picked = 0;
        if (options.scripted) {
            if (next_scripted >= options.choices.size()) {
                std::cerr << "saqbol play: the choices ran out at node '" << node.id << "' ("
                          << shown.size() << " choices shown) before an ending\n";
                exit_code = 1;
                break;
            }
            picked = options.choices[next_scripted++];
            if (picked < 1 || static_cast<std::size_t>(picked) > shown.size()) {
                std::cerr << "saqbol play: choice " << picked << " at node '" << node.id << "': only "
                          << shown.size() << " choices are shown\n";
                exit_code = 1;
                break;
            }
            out << "> " << picked << "\n";
        } else {
            std::string line;
            while (picked == 0) {
                out << ui.tr("Your choice (1-%s), q to quit: ", std::to_string(shown.size())) << std::flush;
                if (!std::getline(std::cin, line) || line == "q") break;
                if (line.find_first_not_of("0123456789") == std::string::npos && !line.empty() && line.size() < 4) {
                    int n = std::stoi(line);
                    if (n >= 1 && static_cast<std::size_t>(n) <= shown.size()) picked = n;
                }
                if (picked == 0 && interactive) out << ui.tr("Type a number from the list.") << "\n";
                if (picked == 0 && !interactive) break;
            }
            if (picked == 0) {
                std::cerr << "saqbol play: stopped at node '" << node.id << "' before an ending\n";
                exit_code = 1;
                break;
            }
        }
        const Choice& choice = *shown[static_cast<std::size_t>(picked - 1)];
        session.choose(choice.id);
        // Committed before the next moment shows: a crash now loses nothing already chosen.
        if (recorder) recorder->decision(node.id, choice.id, choice.tip, nameOf(choice.verdict));
    }
    if (recorder && session.ended()) recorder->end(session.node().id);
    if (recorder && recorder->recording() && !options.json)
        out << ui.tr("Your place is saved: play again with the same nickname to go on.") << "\n";
    if (session.ended() && next_scripted < options.choices.size())
        std::cerr << "saqbol play: note: the ending came before " << options.choices.size() - next_scripted
                  << " more choice(s) in --choices\n";
    if (session.ended()) {
        for (const Event& e : session.node().events) present.printEvent(out, session.node(), e, session.vars());
        present.printDebrief(out, session);
    }
    if (options.json) std::cout << playJson(session, options.lang, runtime_problems).dump(2) << "\n";
    // A condition or effect that failed during play is a problem in the input: the play
    // went on, but a scripted check must see it.
    for (const Problem& p : runtime_problems)
        if (p.severity == Severity::Error && exit_code == 0) exit_code = 1;
    return exit_code;
}

}  // namespace saqbol
