// SPDX-License-Identifier: MIT
// `saqbol list [--json] [--lang L] [--scenarios DIR]` — every scenario and lesson a teacher
// can run: id, title, audience, minutes, the tips trained, the languages it can be played
// in, and its endings (scenarios) or its steps (lessons). Broken files are listed with
// their first problem; exit 1 then, so a pipeline notices.
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "course_files.h"
#include "course_text.h"
#include "packs.h"
#include "paths.h"
#include "po_reader.h"
#include "scenario_loader.h"

namespace saqbol {
namespace {

constexpr const char* kListHelp = R"(usage: saqbol list [--json] [--lang kk|ru|en] [--scenarios DIR] [--data DIR]

Lists every scenario (shipped, in the user's scenarios folder, and in each
--scenarios DIR: folders, pack folders, pack .zip files) and every shipped lesson:
id, title, audience, minutes, tips trained, languages, endings or steps.

  --json          print one JSON object: {"scenarios": [...], "lessons": [...]}
  --lang L        titles in this language (default kk)
  --scenarios DIR also list the scenarios in DIR
  --data DIR      the data folder instead of the user's

Exit codes: 0 listed, 1 some file is broken (listed with its problem), 2 usage.
)";

constexpr const char* kLanguages[] = {"kk", "ru", "en"};

std::string joinedList(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace

int runList(const Args& args) {
    bool json = false;
    std::string lang = "kk";
    std::vector<std::filesystem::path> places{dataRoot() / "scenarios"};
    std::vector<std::filesystem::path> extra;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << kListHelp;
            return 0;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--lang") {
            if (!has_value || !isKnownLanguage(args[i + 1]) || args[i + 1] == "xx")
                return usageError("list", "--lang takes one of: kk, ru, en");
            lang = args[++i];
        } else if (a == "--scenarios") {
            if (!has_value) return usageError("list", "--scenarios takes a folder or a pack .zip");
            extra.emplace_back(args[++i]);
        } else if (a == "--data") {
            if (!has_value) return usageError("list", "--data takes a folder");
            useDataFolder(args[++i]);
        } else {
            return usageError("list", "unknown option '" + a + "'");
        }
    }
    const std::filesystem::path data = dataFolder();
    std::error_code ec;  // the user's scenarios folder exists once something was put there
    if (!data.empty() && std::filesystem::is_directory(data / "scenarios", ec)) places.push_back(data / "scenarios");
    places.insert(places.end(), extra.begin(), extra.end());

    bool broken = false;
    nlohmann::json out = {{"scenarios", nlohmann::json::array()}, {"lessons", nlohmann::json::array()}};
    std::vector<std::string> scenario_ids;
    for (const packs::ScenarioFolder& folder : packs::expandPlaces(places, data)) {
        for (const Problem& p : folder.problems) {
            if (p.severity != Severity::Error) continue;
            broken = true;
            out["scenarios"].push_back({{"file", folder.origin.string()}, {"error", formatProblem(p)}});
        }
        if (folder.broken()) continue;
        for (const packs::ScenarioFile& found : packs::scenarioFiles(folder.folder)) {
            if (found.refused) {
                broken = true;
                out["scenarios"].push_back({{"file", found.file.string()}, {"error", formatProblem(*found.refused)}});
                continue;
            }
            if (isCourseFile(found.file)) continue;
            LoadResult loaded = loadScenario(found.file);
            if (loaded.hasErrors()) {
                broken = true;
                std::string first;
                for (const Problem& p : loaded.problems)
                    if (p.severity == Severity::Error && first.empty()) first = formatProblem(p);
                out["scenarios"].push_back({{"file", found.file.string()}, {"error", first}});
                continue;
            }
            const Scenario& s = loaded.host->scenario();
            scenario_ids.push_back(s.id);
            const Catalog catalog = loadScenarioCatalog(s, lang, nullptr);
            nlohmann::json entry = {{"id", s.id}, {"file", found.file.string()},
                                    {"title", std::string(catalog.lookup(s.id + ":@meta", s.title))},
                                    {"minutes", s.minutes}, {"tips", s.tips}, {"audience", nlohmann::json::array()},
                                    {"languages", nlohmann::json::array()}, {"endings", nlohmann::json::array()}};
            if (folder.manifest) entry["pack"] = folder.manifest->name.in(lang, folder.manifest->languages);
            for (Audience a : s.audience) entry["audience"].push_back(nameOf(a));
            for (const char* l : kLanguages)
                if (s.lang == l || findScenarioPo(s.file, s.id, l)) entry["languages"].push_back(l);
            for (const Node* ending : s.endings())
                entry["endings"].push_back({{"id", ending->id}, {"outcome", nameOf(ending->outcome)}});
            out["scenarios"].push_back(entry);
        }
    }
    for (const std::filesystem::path& file : shippedLessonFiles()) {
        CourseLoad loaded = loadCourseFile(file);
        std::vector<Problem> problems = loaded.problems;
        if (loaded.lesson) {
            std::vector<Problem> more = validateLesson(*loaded.lesson, scenario_ids);
            problems.insert(problems.end(), more.begin(), more.end());
        }
        std::string first;
        for (const Problem& p : problems)
            if (p.severity == Severity::Error && first.empty()) first = formatProblem(p);
        if (!loaded.lesson || !first.empty()) {
            broken = true;
            out["lessons"].push_back({{"file", file.string()}, {"error", first.empty() ? "not a lesson" : first}});
            continue;
        }
        const Lesson& l = *loaded.lesson;
        const Catalog catalog = loadCourseCatalog(file, l.id, l.lang, lessonStrings(l), lang, nullptr);
        nlohmann::json entry = {{"id", l.id}, {"file", file.string()},
                                {"title", std::string(catalog.lookup(l.id + ":@meta", l.title))},
                                {"minutes", l.minutes}, {"audience", nlohmann::json::array()},
                                {"languages", nlohmann::json::array()}, {"steps", nlohmann::json::array()},
                                {"quiz", nullptr}};
        for (Audience a : l.audience) entry["audience"].push_back(nameOf(a));
        for (const char* language : kLanguages)
            if (l.lang == language || findScenarioPo(file.parent_path(), l.id, language)) entry["languages"].push_back(language);
        for (const LessonStep& step : l.steps) entry["steps"].push_back({{"scenario", step.scenario}, {"minutes", step.minutes}});
        if (l.quiz_before || l.quiz_after)
            entry["quiz"] = {{"before", l.quiz_before ? nlohmann::json(std::string(1, *l.quiz_before)) : nlohmann::json(nullptr)},
                             {"after", l.quiz_after ? nlohmann::json(std::string(1, *l.quiz_after)) : nlohmann::json(nullptr)}};
        out["lessons"].push_back(entry);
    }

    if (json) {
        std::cout << out.dump(2) << "\n";
        return broken ? 1 : 0;
    }
    std::cout << "Scenarios\n";
    for (const auto& s : out["scenarios"]) {
        if (s.contains("error")) {
            std::cout << "  ! " << s["file"].get<std::string>() << ": " << s["error"].get<std::string>() << "\n";
            continue;
        }
        std::vector<std::string> audience, tips, languages, endings;
        for (const auto& a : s["audience"]) audience.push_back(a);
        for (const auto& t : s["tips"]) tips.push_back(t);
        for (const auto& l : s["languages"]) languages.push_back(l);
        for (const auto& e : s["endings"]) endings.push_back(e["id"].get<std::string>() + " (" + e["outcome"].get<std::string>() + ")");
        std::cout << "  " << s["id"].get<std::string>() << " — " << s["title"].get<std::string>() << "\n"
                  << "      " << joinedList(audience) << " · " << s["minutes"].get<int>() << " min · tips: "
                  << joinedList(tips) << " · " << joinedList(languages) << "\n"
                  << "      endings: " << joinedList(endings) << "\n";
    }
    std::cout << "Lessons\n";
    for (const auto& l : out["lessons"]) {
        if (l.contains("error")) {
            std::cout << "  ! " << l["file"].get<std::string>() << ": " << l["error"].get<std::string>() << "\n";
            continue;
        }
        std::vector<std::string> audience, languages, steps;
        for (const auto& a : l["audience"]) audience.push_back(a);
        for (const auto& x : l["languages"]) languages.push_back(x);
        for (const auto& st : l["steps"]) steps.push_back(st["scenario"].get<std::string>());
        std::cout << "  " << l["id"].get<std::string>() << " — " << l["title"].get<std::string>() << "\n"
                  << "      " << joinedList(audience) << " · " << l["minutes"].get<int>() << " min · "
                  << joinedList(languages) << (l["quiz"].is_null() ? "" : " · quiz before/after") << "\n"
                  << "      " << joinedList(steps) << "\n";
    }
    return broken ? 1 : 0;
}

}  // namespace saqbol
