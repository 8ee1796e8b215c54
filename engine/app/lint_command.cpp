// SPDX-License-Identifier: MIT
// `saqbol lint PATH... [--json] [--strict]` — checks scenario files (every .lua file under
// a folder) and prints `file:line: CODE message`. Exit 0 clean or warnings only, 1 errors (or warnings
// with --strict), 2 usage.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "codes.h"
#include "course_text.h"
#include "commands.h"
#include "pack_command.h"
#include "scenario_lint.h"
#include "paths.h"
#include "scenario_loader.h"
#include "walker.h"
#ifdef SAQBOL_GUI
#include "text_fit.h"
#endif

namespace saqbol {
namespace {

constexpr const char* kLintHelp = R"(usage: saqbol lint PATH... [--json] [--strict] [--data DIR]

Checks scenario files. A PATH is a .lua file or a folder (every .lua file in it,
recursively). Each problem is printed as  file:line: CODE message  (codes are
explained in docs/lint-codes.md). A PATH may also be a scenario pack — a folder
holding pack.json, or a pack .zip (unpacked in the data folder's packs/) — whose
manifest and contents are checked too (SB1xx codes: docs/packs.md).

  --json    print one JSON object: {"files": [{"file": ..., "problems": [...]}], ...}
  --strict  warnings count as errors
  --data DIR  the data folder to unpack a pack .zip in (default: the user's)

Besides each file's fields and structure, lint plays every path of a scenario
(a when/effect that fails, a moment where every choice is hidden) and, in the
build with the game window, draws every moment at text size XL in kk, ru and en
to find texts that do not fit the phone (SB022).

Exit codes: 0 clean (or warnings only), 1 errors, 2 usage.
)";

// What playing every path finds: a `when`/`effect` that fails (SB020, reported by the
// sandbox into `play` while walking) and a moment where every choice is hidden by its
// `when` (SB009). Repeats of one failure on many paths are reported once.
nlohmann::json problemJson(const Problem& p) {
    return {{"file", p.file}, {"line", p.line}, {"code", p.code},
            {"severity", p.severity == Severity::Error ? "error" : "warning"}, {"message", p.message}};
}

}  // namespace

int runLint(const Args& args) {
    bool json = false, strict = false;
    std::vector<std::filesystem::path> files;
    std::vector<Problem> pack_problems;  // of a PATH that is a pack: its manifest, links, zip entries
    for (std::size_t i = 0; i + 1 < args.size(); ++i)  // where a pack .zip given below is unpacked
        if (args[i] == "--data") useDataFolder(args[i + 1]);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kLintHelp;
            return 0;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--strict") {
            strict = true;
        } else if (a == "--data") {  // used by the paths before it too: see the loop above
            if (i + 1 >= args.size()) return usageError("lint", "--data takes a folder");
            ++i;
        } else if (a.rfind("-", 0) == 0) {
            return usageError("lint", "unknown option '" + a + "'");
        } else {
            std::error_code ec;
            if (lintPackPath(a, dataFolder(), &files, &pack_problems)) {
                // a pack (.zip or a folder with pack.json): its scenarios/ are linted
            } else if (std::filesystem::is_directory(a, ec)) {
                std::vector<std::filesystem::path> found;
                for (const auto& entry : std::filesystem::recursive_directory_iterator(a, ec))
                    if (entry.is_regular_file() && entry.path().extension() == ".lua") found.push_back(entry.path());
                std::sort(found.begin(), found.end());
                files.insert(files.end(), found.begin(), found.end());
            } else if (std::filesystem::is_regular_file(a, ec)) {
                files.emplace_back(a);
            } else {
                return usageError("lint", "no such file or folder '" + a + "'");
            }
        }
    }
    if (files.empty() && pack_problems.empty()) return usageError("lint", "which files? e.g. saqbol lint scenarios/");

    std::map<std::string, std::string> ids;  // scenario id -> first file
    nlohmann::json report = {{"files", nlohmann::json::array()}};
    std::size_t errors = 0, warnings = 0;
    std::vector<std::string> notes;
#ifndef SAQBOL_GUI
    notes.emplace_back("text length at XL (SB022) not checked: this saqbol was built without the game window");
#endif
    for (const Problem& p : pack_problems) {
        (p.severity == Severity::Error ? errors : warnings)++;
        if (!json) std::cout << formatProblem(p) << "\n";
        report["files"].push_back({{"file", p.file}, {"problems", nlohmann::json::array({
            {{"file", p.file}, {"line", p.line}, {"code", p.code},
             {"severity", p.severity == Severity::Error ? "error" : "warning"}, {"message", p.message}}})}});
    }
    std::vector<std::pair<std::filesystem::path, Lesson>> lessons;  // checked once every scenario id is known
    std::vector<std::size_t> lesson_entries;                          // their places in report["files"]
    for (const auto& file : files) {
        if (isCourseFile(file)) {  // the quiz's item bank or a lesson
            CourseLoad loaded = loadCourseFile(file);
            std::vector<Problem> problems = loaded.problems;
            if (!loaded.hasErrors()) {
                if (loaded.quiz) checkCourseTranslations(file, loaded.quiz->id, loaded.quiz->lang, loaded.quiz->line,
                                                         quizStrings(*loaded.quiz), problems);
                if (loaded.lesson) {
                    checkCourseTranslations(file, loaded.lesson->id, loaded.lesson->lang, loaded.lesson->line,
                                            lessonStrings(*loaded.lesson), problems);
                    lessons.emplace_back(file, *loaded.lesson);
                    lesson_entries.push_back(report["files"].size());
                }
            }
            nlohmann::json entry = {{"file", file.string()}, {"problems", nlohmann::json::array()}};
            for (const Problem& p : problems) {
                (p.severity == Severity::Error ? errors : warnings)++;
                if (!json) std::cout << formatProblem(p) << "\n";
                entry["problems"].push_back(problemJson(p));
            }
            report["files"].push_back(entry);
            continue;
        }
        std::vector<Problem> play;  // what goes wrong while the story is walked
        LoadResult loaded = loadScenario(file, {}, [&play](const Problem& p) { play.push_back(p); });
        const bool has_errors = loaded.hasErrors();
        // Load problems, then (when it loaded cleanly) translations and every path played.
        std::vector<Problem> problems = lintLoaded(file, loaded, &notes);
        if (loaded.host) {
            const Scenario& s = loaded.host->scenario();
            if (auto [it, fresh] = ids.emplace(s.id, file.string()); !fresh && !s.id.empty())
                problems.push_back({file.string(), s.line, codes::kDuplicateId, Severity::Error,
                                    "scenario id '" + s.id + "' is also used by " + it->second});
            if (!has_errors) {
                std::set<std::pair<int, std::string>> seen;   // a failing function, once per line
                for (const Problem& p : play)
                    if (seen.emplace(p.line, p.message).second) problems.push_back(p);
#ifdef SAQBOL_GUI
                TextFitOptions fit;
                fit.root = dataRoot();
                const TextFitResult fitted = checkTextFit(*loaded.host, fit);
                problems.insert(problems.end(), fitted.problems.begin(), fitted.problems.end());
                if (!fitted.crowded.empty()) notes.push_back(fitted.crowded);
                if (!fitted.note.empty() && std::find(notes.begin(), notes.end(), fitted.note) == notes.end())
                    notes.push_back(fitted.note);
#endif
            }
        }
        std::stable_sort(problems.begin(), problems.end(),
                         [](const Problem& a, const Problem& b) { return a.line < b.line; });
        nlohmann::json entry = {{"file", file.string()}, {"problems", nlohmann::json::array()}};
        for (const Problem& p : problems) {
            (p.severity == Severity::Error ? errors : warnings)++;
            if (!json) std::cout << formatProblem(p) << "\n";
            entry["problems"].push_back({{"file", p.file}, {"line", p.line}, {"code", p.code},
                                         {"severity", p.severity == Severity::Error ? "error" : "warning"},
                                         {"message", p.message}});
        }
        report["files"].push_back(entry);
    }
    // A lesson names scenarios: the ones linted here, and the shipped ones.
    std::error_code ec;
    std::vector<std::string> known;
    for (const auto& [id, file] : ids) known.push_back(id);
    for (const auto& entry : std::filesystem::directory_iterator(dataRoot() / "scenarios", ec))
        if (entry.path().extension() == ".lua") known.push_back(entry.path().stem().string());
    for (std::size_t i = 0; i < lessons.size(); ++i) {
        for (const Problem& p : validateLesson(lessons[i].second, known)) {
            (p.severity == Severity::Error ? errors : warnings)++;
            if (!json) std::cout << formatProblem(p) << "\n";
            report["files"][lesson_entries[i]]["problems"].push_back(problemJson(p));
        }
    }
    report["errors"] = errors;
    report["warnings"] = warnings;
    report["notes"] = notes;
    if (!json)
        for (const std::string& note : notes) std::cout << "note: " << note << "\n";
    if (json) std::cout << report.dump(2) << "\n";
    else std::cout << files.size() << " file(s) checked: " << errors << " error(s), " << warnings << " warning(s)\n";
    return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}

}  // namespace saqbol
