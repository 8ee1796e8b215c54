// SPDX-License-Identifier: MIT
// `saqbol quiz [--form A|B] [--lang L] [--json] [--answers LIST] [--quiz FILE]` — the
// before/after quiz in the terminal: each item of one form as a phone moment, the player
// calls it a scam (1) or real (2); nothing is revealed until the end, then the score as
// discernment (and d′ for the teacher) and, item by item, the cue that gives it away.
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "course_files.h"
#include "course_text.h"
#include "paths.h"
#include "po_reader.h"
#include "quiz.h"
#include "scenario_loader.h"
#include "terminal_presenter.h"

namespace saqbol {
namespace {

constexpr const char* kQuizHelp = R"(usage: saqbol quiz [--form A|B] [--lang kk|ru|en|xx] [--json] [--answers LIST]
                    [--quiz FILE]

The before/after quiz: short phone moments, about half of them real. Call each one
a scam (1) or real (2); the score comes at the end with, for each moment, the sign
that gives it away or shows it is real. Form A is taken before a lesson and form B
after it: no moment is in both.

  --form A|B      which form (default A)
  --lang L        language: kk (default), ru, en; xx is a pseudo-language for testing
  --answers LIST  answer in order without asking: s (or 1) scam, r (or 2) real,
                  e.g. --answers s,r,r,s
  --json          print the result as one JSON object
  --quiz FILE     another item bank instead of the shipped scenarios/quiz/quiz.lua

The score is discernment: the share of scams caught minus the share of real moments
wrongly called scams (from -100 to 100; guessing, and calling everything a scam,
both score about 0), with d' for teachers (log-linear correction).
Exit codes: 0 finished, 1 the quiz file has errors or the answers ran out, 2 usage.
)";

std::optional<QuizCall> parseCall(std::string text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.erase(0, 1);
    if (text == "1" || text == "s" || text == "S") return QuizCall::Scam;
    if (text == "2" || text == "r" || text == "R") return QuizCall::Real;
    return std::nullopt;
}

std::string percent(double share) {
    std::ostringstream out;
    out << static_cast<int>(share * 100 + (share < 0 ? -0.5 : 0.5));
    return out.str();
}

}  // namespace

int runQuiz(const Args& args) {
    char form = 'A';
    std::string lang = "kk";
    bool json = false;
    std::optional<std::vector<QuizCall>> scripted;
    std::filesystem::path file = shippedQuizFile();
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << kQuizHelp;
            return 0;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--form") {
            if (!has_value || (args[i + 1] != "A" && args[i + 1] != "B")) return usageError("quiz", "--form takes A or B");
            form = args[++i][0];
        } else if (a == "--lang") {
            if (!has_value || !isKnownLanguage(args[i + 1])) return usageError("quiz", "--lang takes one of: kk, ru, en, xx");
            lang = args[++i];
        } else if (a == "--answers") {
            if (!has_value) return usageError("quiz", "--answers takes a list such as s,r,r,s");
            scripted.emplace();
            std::stringstream list(args[++i]);
            for (std::string one; std::getline(list, one, ',');) {
                auto call = parseCall(one);
                if (!call) return usageError("quiz", "--answers: '" + one + "' is neither s (scam) nor r (real)");
                scripted->push_back(*call);
            }
        } else if (a == "--quiz") {
            if (!has_value) return usageError("quiz", "--quiz takes a quiz file");
            file = args[++i];
        } else {
            return usageError("quiz", "unknown option '" + a + "'");
        }
    }

    CourseLoad loaded = loadCourseFile(file);
    for (const Problem& p : loaded.problems) std::cerr << formatProblem(p) << "\n";
    if (loaded.hasErrors() || !loaded.quiz) {
        std::cerr << "saqbol quiz: " << file.string() << " cannot be used (see above)\n";
        return 1;
    }
    const Quiz& quiz = *loaded.quiz;
    const Scenario as_scenario = quizAsScenario(quiz);
    auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
    const Catalog catalog = loadCourseCatalog(file, quiz.id, quiz.lang, quizStrings(quiz), lang, report);
    const UiText ui = loadUiText(lang, dataRoot(), report);
    const ScenarioText words(as_scenario, catalog, ui);
    const Presenter presenter(words);
    const std::vector<const QuizItem*> items = quiz.form(form);

    if (!json) {
        std::cout << words.meta(quiz.title) << " — " << ui.tr("form %s", std::string(1, form)) << "\n"
                  << ui.tr("For each moment, type 1 if it is a scam or 2 if it is real, then press Enter.") << "\n";
    }
    std::vector<QuizAnswer> answers;
    for (std::size_t n = 0; n < items.size(); ++n) {
        const QuizItem& item = *items[n];
        const Node& node = *as_scenario.findNode(item.id);
        if (!json) {
            std::cout << "\n" << ui.tr("Moment %s of %s", std::to_string(n + 1), std::to_string(items.size())) << "\n";
            for (const Event& e : node.events) presenter.printEvent(std::cout, node, e, as_scenario.vars);
            std::cout << "  1) " << ui.tr("A scam") << "\n  2) " << ui.tr("Real") << "\n";
        }
        std::optional<QuizCall> call;
        if (scripted) {
            if (n < scripted->size()) call = (*scripted)[n];
        } else {
            for (std::string line; !call && std::getline(std::cin, line);) {
                call = parseCall(line);
                if (!call && !json) std::cout << ui.tr("Type 1 (a scam) or 2 (real).") << "\n";
            }
        }
        if (!call) {
            std::cerr << "saqbol quiz: the answers ran out at moment " << n + 1 << " of " << items.size() << "\n";
            return 1;
        }
        answers.push_back({&item, *call});
    }

    const Discernment score = scoreQuiz(answers);
    if (json) {
        nlohmann::json out = {{"quiz", quiz.id}, {"form", std::string(1, form)}, {"lang", lang},
                              {"items", nlohmann::json::array()}, {"scams", score.scams}, {"legit", score.legit},
                              {"hits", score.hits}, {"false_alarms", score.false_alarms},
                              {"correct", score.correct()}, {"hit_rate", score.hit_rate},
                              {"false_alarm_rate", score.false_alarm_rate}, {"discernment", score.discernment},
                              {"d_prime", score.d_prime}};
        for (const QuizAnswer& a : answers)
            out["items"].push_back({{"id", a.item->id}, {"legit", a.item->legit},
                                    {"answer", a.call == QuizCall::Scam ? "scam" : "real"}, {"correct", a.correct()},
                                    {"tip", a.item->tip}});
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    std::cout << "\n== " << ui.tr("Your result") << " ==\n"
              << ui.tr("Correct: %s of %s.", std::to_string(score.correct()), std::to_string(answers.size())) << "\n"
              << ui.tr("Scams you spotted: %s of %s.", std::to_string(score.hits), std::to_string(score.scams)) << "\n"
              << ui.tr("Real moments you called scams: %s of %s.", std::to_string(score.false_alarms),
                       std::to_string(score.legit))
              << "\n"
              << ui.tr("Discernment: %s (from -100 to 100; guessing, or calling everything a scam, scores about 0).",
                       percent(score.discernment))
              << "\n";
    std::ostringstream d;
    d << std::fixed << std::setprecision(2) << score.d_prime;
    std::cout << ui.tr("For the teacher: d′ = %s.", d.str()) << "\n\n-- " << ui.tr("Moment by moment") << " --\n";
    for (std::size_t n = 0; n < answers.size(); ++n) {
        const QuizAnswer& a = answers[n];
        std::cout << n + 1 << ". " << (a.correct() ? ui.tr("Right") : ui.tr("Not right")) << " — "
                  << (a.item->legit ? ui.tr("it was real") : ui.tr("it was a scam")) << "\n   "
                  << words.text(a.item->id, a.item->cue, as_scenario.vars) << "\n";
    }
    return 0;
}

}  // namespace saqbol
