// SPDX-License-Identifier: MIT
// The scenarios the picker offers: every .lua file in the shipped scenarios/ folder, then in
// each --scenarios DIR (files starting with "_" are templates: skipped). Each is loaded once
// in its own sandbox; a file that fails keeps its first error ("file:line: CODE message")
// and the others still load. Cards are rebuilt in the player's language from the loaded
// scenarios (titles through each scenario's PO catalog). Loading happens here, not in ui.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "scenario_loader.h"
#include "shell.h"
#include "ui_text.h"

namespace saqbol {

struct FoundScenario {
    std::filesystem::path file;
    LoadResult loaded;
    std::string error;  // empty: playable
};

// Loads every scenario in `dirs`, in order, files sorted by name within a folder.
std::vector<FoundScenario> findScenarios(const std::vector<std::filesystem::path>& dirs);

// The picker's cards for `found`, in `ui`'s language.
std::vector<ui::ScenarioCard> scenarioCards(const std::vector<FoundScenario>& found, const UiText& ui);

}  // namespace saqbol
