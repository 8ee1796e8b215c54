// SPDX-License-Identifier: MIT
// `saqbol play SCENARIO [--lang L] [--choices 2,1,3] [--json]` — the scenario in the
// terminal: events as text, numbered choices, the debrief and the score per tip. With
// --choices it plays those numbers in order; --json prints the play as one JSON object.
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
#include "scenario_loader.h"
#include "scenario_text.h"
#include "tips.h"
#include "ui_text.h"

namespace saqbol {
namespace {

constexpr const char* kPlayHelp = R"(usage: saqbol play SCENARIO [--lang kk|ru|en|xx] [--choices 1,3,2] [--json]
                    [--scenarios DIR]

Plays a scenario in the terminal. SCENARIO is a .lua file or the id of a shipped
scenario (for example code_1414). Type the number of a choice and press Enter;
q quits.

  --lang L        language: kk (default), ru, en; xx is a pseudo-language for testing
  --choices LIST  play these choice numbers in order (numbers count the choices shown)
  --json          print the play as one JSON object (steps, ending, outcome, score)
  --scenarios DIR also look for scenario ids in DIR

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
};

// Prints one scenario's events, choices and debrief as terminal text.
class Presenter {
public:
    explicit Presenter(const ScenarioText& words) : words_(words), ui_(words.ui()) {}

    std::string text(const std::string& node_id, const std::string& source, const Variables& vars) const {
        return words_.text(node_id, source, vars);
    }
    std::string meta(const std::string& source) const { return words_.meta(source); }
    std::string contactName(const std::string& id) const { return words_.contactLabel(id); }

    void printEvent(std::ostream& out, const Node& node, const Event& e, const Variables& vars) const {
        const std::string body = text(node.id, e.text, vars);
        switch (e.kind) {
            case EventKind::Narrate: out << "  » " << body << "\n"; break;
            case EventKind::Sms: out << "  [" << ui_.tr("SMS from %s", contactName(e.who)) << "] " << body << "\n"; break;
            case EventKind::Call:
                if (e.outgoing) out << "  [" << ui_.tr("You call %s", contactName(e.who)) << "]\n";
                else if (e.video) out << "  [" << ui_.tr("Incoming video call: %s", contactName(e.who)) << "]\n";
                else out << "  [" << ui_.tr("Incoming call: %s", contactName(e.who)) << "]\n";
                break;
            case EventKind::Say:
                out << "    " << (e.who == "me" ? ui_.tr("You") : contactName(e.who)) << ": «" << body << "»\n";
                break;
            case EventKind::Chat:
                out << "  [" << ui_.tr("Message from %s", contactName(e.who)) << "] " << body << "\n";
                if (!e.link.empty()) out << "    " << ui_.tr("Link: %s", e.link) << "\n";
                if (!e.photo.empty()) out << "    " << ui_.tr("[photo: %s]", text(node.id, e.photo, vars)) << "\n";
                break;
            case EventKind::Web:
                out << "  [" << ui_.tr("Browser") << " | " << e.url << "]\n    " << text(node.id, e.title, vars) << "\n";
                if (!e.text.empty()) out << "    " << body << "\n";
                for (const std::string& f : e.fields) out << "    [ " << text(node.id, f, vars) << ": ________ ]\n";
                break;
            case EventKind::Ad:
                out << "  [" << ui_.tr("Sponsored post: %s", text(node.id, e.title, vars)) << "] " << body << "\n";
                if (!e.photo.empty()) out << "    " << ui_.tr("[photo: %s]", text(node.id, e.photo, vars)) << "\n";
                if (!e.link.empty()) out << "    " << ui_.tr("Link: %s", e.link) << "\n";
                break;
            case EventKind::Game:
                out << "  [" << ui_.tr("Game chat: %s", text(node.id, e.title, vars)) << "] " << body << "\n";
                break;
            case EventKind::Bank: {
                out << "  [" << ui_.tr("Bank app") << "] " << body << "\n";
                const std::string lang = ui_.numberLang();
                if (auto it = vars.find("balance"); it != vars.end() && std::holds_alternative<double>(it->second))
                    out << "    " << ui_.tr("Balance: %s ₸", groupNumber(std::get<double>(it->second), lang)) << "\n";
                if (auto it = vars.find("loans"); it != vars.end() && std::holds_alternative<double>(it->second) &&
                                                  std::get<double>(it->second) != 0)
                    out << "    " << ui_.tr("Loans: %s ₸", groupNumber(std::get<double>(it->second), lang)) << "\n";
                break;
            }
            case EventKind::Notify:
                out << "  [" << ui_.tr("Notification: %s", text(node.id, e.title, vars)) << "] " << body << "\n";
                break;
        }
    }

    std::string actionLabel(const std::string& action) const { return words_.actionLabel(action); }
    std::string verdictLabel(Verdict v) const { return words_.verdictLabel(v); }
    std::string outcomeLabel(Outcome o) const { return words_.outcomeLabel(o); }

    void printDebrief(std::ostream& out, const Session& session) const {
        const Debrief d = buildDebrief(session);
        const Variables& vars = session.vars();
        if (d.ending != nullptr) {
            out << "\n== " << text(d.ending->id, d.ending->title, vars) << " ==\n";
            out << outcomeLabel(d.ending->outcome) << "\n\n" << text(d.ending->id, d.ending->debrief, vars) << "\n";
        }
        out << "\n-- " << ui_.tr("Debrief: the moments that mattered") << " --\n";
        int number = 0;
        for (const DebriefMoment& m : d.moments) {
            out << "\n" << ++number << ". " << ui_.tr("You chose: %s", text(m.node->id, m.chosen->text, vars))
                << " (" << verdictLabel(m.chosen->verdict) << ")\n";
            out << "   " << text(m.node->id, m.chosen->why, vars) << "\n";
            if (!m.was_safe() && !m.safe_moves.empty())
                out << "   " << ui_.tr("The safe move: %s", text(m.node->id, m.safe_moves.front()->text, vars)) << "\n";
            if (const TipInfo* tip = findTip(m.chosen->tip))
                out << "   " << ui_.tr("Tip: %s", ui_.tr(tip->name)) << " — " << ui_.tr(tip->advice) << "\n";
        }
        if (d.moments.empty()) out << ui_.tr("No scored decisions in this play.") << "\n";
        out << "\n-- " << ui_.tr("Your score per tip") << " --\n";
        for (const TipScore& score : d.scores) {
            const TipInfo* tip = findTip(score.tip);
            out << "  " << ui_.tr(tip->name) << ": ";
            if (score.decisions == 0) {
                out << ui_.tr("not exercised in this scenario") << "\n";
                continue;
            }
            const int filled = static_cast<int>(score.mastery * 10 + 0.5);
            out << "[" << std::string(static_cast<std::size_t>(filled), '#')
                << std::string(static_cast<std::size_t>(10 - filled), '.') << "] "
                << static_cast<int>(score.mastery * 100 + 0.5) << "%\n";
        }
        out << "\n-- " << ui_.tr("If it already happened") << " --\n";
        int step = 0;
        for (const std::string_view line : damageControlSteps()) out << "  " << ++step << ". " << ui_.tr(line) << "\n";
        out << "\n-- " << ui_.tr("Where to get help") << " --\n"
            << "  " << ui_.tr("Police: 102 (emergency: 112).") << "\n"
            << "  " << ui_.tr("Your bank: call the number printed on the back of your card and ask to block operations.") << "\n";
    }

    void printChoices(std::ostream& out, const Node& node, const std::vector<const Choice*>& shown,
                      const Variables& vars) const {
        out << "\n" << ui_.tr("What do you do?") << "\n";
        for (std::size_t i = 0; i < shown.size(); ++i) {
            out << "  " << i + 1 << ") " << text(node.id, shown[i]->text, vars);
            if (!shown[i]->action.empty()) out << "  [" << actionLabel(shown[i]->action) << "]";
            out << "\n";
        }
    }

private:
    const ScenarioText& words_;
    const UiText& ui_;
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
        } else if (a == "--scenarios") {
            auto v = value("--scenarios");
            if (!v) return usageError("play", "--scenarios takes a folder");
            options.scenario_dirs.emplace_back(*v);
        } else if (a.rfind("-", 0) == 0) {
            return usageError("play", "unknown option '" + a + "'");
        } else if (options.scenario.empty()) {
            options.scenario = a;
        } else {
            return usageError("play", "one scenario at a time ('" + a + "' is extra)");
        }
    }
    if (options.scenario.empty()) return usageError("play", "which scenario? e.g. saqbol play code_1414");
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
        session.choose(shown[static_cast<std::size_t>(picked - 1)]->id);
    }
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
