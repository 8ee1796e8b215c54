// SPDX-License-Identifier: MIT
#include "scenario_list.h"

#include <algorithm>
#include <system_error>

#include "po_reader.h"
#include "scenario_text.h"

namespace saqbol {

std::vector<FoundScenario> findScenarios(const std::vector<std::filesystem::path>& dirs) {
    std::vector<FoundScenario> found;
    for (const std::filesystem::path& dir : dirs) {
        std::error_code ec;
        std::vector<std::filesystem::path> files;
        for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const std::filesystem::path& file = it->path();
            const std::string name = file.filename().string();
            if (file.extension() == ".lua" && !name.starts_with("_") && it->is_regular_file(ec))
                files.push_back(file);
        }
        std::sort(files.begin(), files.end());
        for (const std::filesystem::path& file : files) {
            FoundScenario entry{file, loadScenario(file), ""};
            for (const Problem& p : entry.loaded.problems)
                if (p.severity == Severity::Error) {
                    entry.error = formatProblem(p);
                    break;
                }
            if (entry.error.empty() && !entry.loaded.host)
                entry.error = file.string() + ": could not be loaded";
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
