// SPDX-License-Identifier: MIT
// `saqbol lint PATH... [--json] [--strict]` — checks scenario files (every .lua file under
// a folder) and prints `file:line: CODE message`. Exit 0 clean or warnings only, 1 errors (or warnings
// with --strict), 2 usage.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "catalog.h"
#include "codes.h"
#include "commands.h"
#include "po_reader.h"
#include "scenario_loader.h"

namespace saqbol {
namespace {

constexpr const char* kLintHelp = R"(usage: saqbol lint PATH... [--json] [--strict]

Checks scenario files. A PATH is a .lua file or a folder (every .lua file in it,
recursively). Each problem is printed as  file:line: CODE message  (codes are
explained in docs/lint-codes.md).

  --json    print one JSON object: {"files": [{"file": ..., "problems": [...]}], ...}
  --strict  warnings count as errors

Exit codes: 0 clean (or warnings only), 1 errors, 2 usage.
)";

constexpr const char* kShippedLanguages[] = {"kk", "ru", "en"};

// Warns about strings that have no translation in a shipped language.
void checkTranslations(const Scenario& scenario, std::vector<Problem>& problems) {
    for (const char* lang : kShippedLanguages) {
        if (scenario.lang == lang) continue;
        Catalog catalog;
        const auto po = findScenarioPo(scenario.file, scenario.id, lang);
        if (!po) {
            problems.push_back({scenario.file, scenario.line, codes::kMissingTranslation, Severity::Warning,
                                std::string("no translation file locales/") + lang + "/" + scenario.id + ".po"});
            continue;
        }
        readPoFile(*po, catalog, [&](const Problem& p) { problems.push_back(p); });
        std::size_t missing = 0;
        int first_line = 0;
        for (const SourceString& s : scenarioStrings(scenario)) {
            if (catalog.contains(s.context, s.text)) continue;
            if (missing++ == 0) first_line = s.line;
        }
        if (missing > 0)
            problems.push_back({scenario.file, first_line, codes::kMissingTranslation, Severity::Warning,
                                std::to_string(missing) + " string(s) have no " + lang + " translation in " +
                                    po->string() + "; the first is on this line"});
    }
}

}  // namespace

int runLint(const Args& args) {
    bool json = false, strict = false;
    std::vector<std::filesystem::path> files;
    for (const std::string& a : args) {
        if (a == "--help" || a == "-h") {
            std::cout << kLintHelp;
            return 0;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--strict") {
            strict = true;
        } else if (a.rfind("-", 0) == 0) {
            return usageError("lint", "unknown option '" + a + "'");
        } else {
            std::error_code ec;
            if (std::filesystem::is_directory(a, ec)) {
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
    if (files.empty()) return usageError("lint", "which files? e.g. saqbol lint scenarios/");

    std::map<std::string, std::string> ids;  // scenario id -> first file
    nlohmann::json report = {{"files", nlohmann::json::array()}};
    std::size_t errors = 0, warnings = 0;
    for (const auto& file : files) {
        LoadResult loaded = loadScenario(file);
        const bool has_errors = loaded.hasErrors();
        std::vector<Problem> problems = std::move(loaded.problems);
        if (loaded.host) {
            const Scenario& s = loaded.host->scenario();
            if (auto [it, fresh] = ids.emplace(s.id, file.string()); !fresh && !s.id.empty())
                problems.push_back({file.string(), s.line, codes::kDuplicateId, Severity::Error,
                                    "scenario id '" + s.id + "' is also used by " + it->second});
            // Templates (files starting with "_") are copied, not shipped: no translations.
            if (!has_errors && file.filename().string().front() != '_') checkTranslations(s, problems);
        }
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
    report["errors"] = errors;
    report["warnings"] = warnings;
    if (json) std::cout << report.dump(2) << "\n";
    else std::cout << files.size() << " file(s) checked: " << errors << " error(s), " << warnings << " warning(s)\n";
    return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}

}  // namespace saqbol
