// SPDX-License-Identifier: MIT
#include "scenario_lint.h"

#include <string>

#include "catalog.h"
#include "codes.h"
#include "po_catalog.h"
#include "po_reader.h"
#include "translation_coverage.h"
#include "walker.h"

namespace saqbol {
namespace {
constexpr const char* kShippedLanguages[] = {"kk", "ru", "en"};
}  // namespace

bool isTemplateFile(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    return !name.empty() && name.front() == '_';
}

void checkTranslations(const Scenario& scenario, std::vector<Problem>& problems) {
    const PoCatalog pot = scenarioTemplate(scenario, scenario.file, "");
    for (const char* lang : kShippedLanguages) {
        if (scenario.lang == lang) continue;
        const auto po = findScenarioPo(scenario.file, scenario.id, lang);
        if (!po) {
            problems.push_back({scenario.file, scenario.line, codes::kMissingTranslation, Severity::Warning,
                                std::string("no translation file locales/") + lang + "/" + scenario.id + ".po"});
            continue;
        }
        const auto catalog = readPoCatalog(*po, [&](const Problem& p) { problems.push_back(p); });
        if (!catalog) continue;  // SB021 says why
        const TranslationCoverage c = translationCoverage(pot, &*catalog);
        if (c.missing > 0)
            problems.push_back({scenario.file, c.first_missing ? c.first_missing->line : 0, codes::kMissingTranslation,
                                Severity::Warning,
                                std::to_string(c.missing) + " string(s) have no " + lang + " translation in " +
                                    po->string() + "; the first is on this line"});
        // A fuzzy entry was translated for an older source text: the game shows the source
        // language for it, so it is as good as missing until a translator reviews it.
        if (c.fuzzy > 0)
            problems.push_back({scenario.file, c.first_fuzzy ? c.first_fuzzy->line : 0, codes::kMissingTranslation,
                                Severity::Warning,
                                std::to_string(c.fuzzy) + " string(s) have a fuzzy (stale) " + lang +
                                    " translation in " + po->string() +
                                    ", made for an older text, so the game shows the " + scenario.lang +
                                    " text instead; review each and remove its fuzzy mark; the first is on this line"});
    }
}

void checkCourseTranslations(const std::filesystem::path& file, const std::string& id, const std::string& source_lang,
                             int line, const std::vector<SourceString>& strings, std::vector<Problem>& problems) {
    for (const char* lang : kShippedLanguages) {
        if (source_lang == lang) continue;
        const auto po = findScenarioPo(file.parent_path(), id, lang);  // scenarios/quiz/ → locales/ at the root
        if (!po) {
            problems.push_back({file.string(), line, codes::kMissingTranslation, Severity::Warning,
                                std::string("no translation file locales/") + lang + "/" + id + ".po"});
            continue;
        }
        Catalog catalog;  // fuzzy entries are not read: they count as missing, as the game shows the source
        readPoFile(*po, catalog, [&](const Problem& p) { problems.push_back(p); });
        std::size_t missing = 0;
        int first = 0;
        for (const SourceString& s : strings)
            if (!catalog.contains(s.context, s.text) && missing++ == 0) first = s.line;
        if (missing > 0)
            problems.push_back({file.string(), first, codes::kMissingTranslation, Severity::Warning,
                                std::to_string(missing) + " string(s) have no " + lang + " translation (or only a fuzzy one) in " +
                                    po->string() + "; the first is on this line"});
    }
}

void checkPlaythroughs(const LoadResult& loaded, std::vector<Problem>& problems, std::vector<std::string>* notes) {
    const Scenario& s = loaded.host->scenario();
    const WalkResult walk = walkScenario(s, loaded.host.get());
    for (const std::string& id : walk.dead_ends) {
        const Node* node = s.findNode(id);
        if (node == nullptr || node->choices.empty()) continue;  // already SB009 from the loader
        problems.push_back({s.file, node->line, codes::kDeadEnd, Severity::Error,
                            "on some path through the story no choice of node '" + id +
                                "' is shown (each one's `when` is false); add a choice without `when`, "
                                "or make the conditions cover every case"});
    }
    if (walk.capped && notes != nullptr)
        notes->push_back(s.file + ": the story has too many different states to play every path; "
                                  "SB009 and SB020 were checked on the first " + std::to_string(walk.states));
}

std::vector<Problem> lintLoaded(const std::filesystem::path& file, const LoadResult& loaded,
                                std::vector<std::string>* notes) {
    std::vector<Problem> problems = loaded.problems;
    if (!loaded.host || loaded.hasErrors()) return problems;
    if (!isTemplateFile(file)) checkTranslations(loaded.host->scenario(), problems);
    checkPlaythroughs(loaded, problems, notes);
    return problems;
}

}  // namespace saqbol
