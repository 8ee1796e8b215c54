// SPDX-License-Identifier: MIT
#include "scenario_lint.h"

#include <string>

#include "catalog.h"
#include "codes.h"
#include "po_catalog.h"
#include "po_reader.h"
#include "translation_coverage.h"

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

std::vector<Problem> lintLoaded(const std::filesystem::path& file, const LoadResult& loaded) {
    std::vector<Problem> problems = loaded.problems;
    if (loaded.host && !loaded.hasErrors() && !isTemplateFile(file))
        checkTranslations(loaded.host->scenario(), problems);
    return problems;
}

}  // namespace saqbol
