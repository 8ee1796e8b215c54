// SPDX-License-Identifier: MIT
#include "scenario_list.h"

#include <algorithm>
#include <system_error>

#include "data_folder.h"
#include "packs.h"
#include "po_reader.h"
#include "scenario_text.h"

namespace saqbol {
namespace {

const Problem* firstError(const std::vector<Problem>& problems) {
    auto it = std::find_if(problems.begin(), problems.end(),
                           [](const Problem& p) { return p.severity == Severity::Error; });
    return it == problems.end() ? nullptr : &*it;
}

// A pack's message as its card shows it: named from the folder the pack was found in
// ("shymkent.zip/scenarios/a.lua:3: ..."), not from the data folder it was unpacked into.
std::string packMessage(const std::string& text, const packs::ScenarioFolder& pack) {
    std::string out = packs::shownAsZip(text, pack);
    const std::string parent = pack.origin.parent_path().string();
    if (!parent.empty() && out.rfind(parent + "/", 0) == 0) out = out.substr(parent.size() + 1);
    return out;
}

}  // namespace

std::vector<FoundScenario> findScenarios(const std::vector<std::filesystem::path>& places,
                                         const std::filesystem::path& data) {
    std::vector<std::filesystem::path> all = places;
    if (!data.empty()) {
        const std::filesystem::path user = packs::userScenariosFolder(data);
        std::error_code ec;
        // Made when missing, so a teacher finds where to drop packs; but only in a data
        // folder that exists (the window's SDL_GetPrefPath makes it), so a headless
        // screenshot on a fresh machine leaves the user's home as it was.
        if (std::filesystem::is_directory(data, ec)) std::filesystem::create_directory(user, ec);
        if (std::filesystem::is_directory(user, ec)) all.push_back(user);
    }
    std::vector<FoundScenario> found;
    for (const packs::ScenarioFolder& folder : packs::expandPlaces(all, data)) {
        if (folder.broken()) {
            FoundScenario entry;
            entry.file = folder.origin;
            entry.pack = folder.manifest;
            const Problem* problem = firstError(folder.problems);
            entry.error = problem != nullptr ? packMessage(formatProblem(*problem), folder)
                                             : folder.origin.string() + ": could not be read";
            found.push_back(std::move(entry));
            continue;
        }
        for (const packs::ScenarioFile& file : packs::scenarioFiles(folder.folder)) {
            if (!file.refused && isCourseFile(file.file)) continue;  // the quiz and lessons have their own screens
            FoundScenario entry;
            entry.file = file.file;
            entry.pack = folder.manifest;
            if (file.refused) {
                entry.error = formatProblem(*file.refused);
            } else {
                entry.loaded = loadScenario(file.file);
                if (const Problem* problem = firstError(entry.loaded.problems))
                    entry.error = formatProblem(*problem);
                if (entry.error.empty() && !entry.loaded.host)
                    entry.error = file.file.string() + ": could not be loaded";
            }
            if (folder.isPack()) entry.error = packMessage(entry.error, folder);
            found.push_back(std::move(entry));
        }
    }
    return found;
}

std::vector<ui::ScenarioCard> scenarioCards(const std::vector<FoundScenario>& found, const UiText& ui) {
    std::vector<ui::ScenarioCard> cards;
    for (const FoundScenario& entry : found) {
        ui::ScenarioCard card;
        card.file = entry.file.string();
        card.error = entry.error;
        card.title = entry.file.filename().string();
        if (entry.pack) {
            card.pack = entry.pack->nameIn(ui.lang()) + " " + entry.pack->version;
            card.author = entry.pack->author;
        }
        if (entry.error.empty()) {
            const Scenario& scenario = entry.loaded.host->scenario();
            const Catalog catalog = loadScenarioCatalog(scenario, ui.lang(), nullptr);
            card.title = ScenarioText(scenario, catalog, ui).meta(scenario.title);
            card.audience = scenario.audience;
            card.minutes = scenario.minutes;
            card.tips = scenario.tips;
        }
        cards.push_back(std::move(card));
    }
    return cards;
}

}  // namespace saqbol
