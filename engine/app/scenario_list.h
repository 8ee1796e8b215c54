// SPDX-License-Identifier: MIT
// The scenarios the picker offers: every .lua file in the shipped scenarios/ folder, then in
// each --scenarios place, then in the user's scenarios folder (<data>/scenarios). A place may
// be a folder, a pack folder or a pack .zip, and a folder's packs and zips count too
// (packs/packs.h); files starting with "_" are templates: skipped. Each scenario is loaded
// once in its own sandbox; a file that fails keeps its first error ("file:line: CODE
// message"), a broken pack is one entry with its first error, and the others still load.
// Cards are rebuilt in the player's language from the loaded scenarios (titles through each
// scenario's PO catalog; a pack's name and author). Loading happens here, not in ui.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "manifest.h"
#include "scenario_loader.h"
#include "shell.h"
#include "ui_text.h"

namespace saqbol {

struct FoundScenario {
    std::filesystem::path file;  // the scenario file; for a broken pack, the pack (folder or .zip)
    LoadResult loaded;
    std::string error;                    // empty: playable
    std::optional<packs::Manifest> pack;  // the pack it came from (also a broken pack's, when readable)
};

// Loads every scenario in `places` (folders, pack folders, pack .zip files), in order, files
// sorted by name within a folder, then packs and zips inside it by name. With a `data`
// folder, the user's scenarios folder <data>/scenarios follows (created when missing in an
// existing data folder) and
// zips are unpacked under <data>/packs; without one, a zip is listed as broken.
std::vector<FoundScenario> findScenarios(const std::vector<std::filesystem::path>& places,
                                         const std::filesystem::path& data = {});

// The picker's cards for `found`, in `ui`'s language.
std::vector<ui::ScenarioCard> scenarioCards(const std::vector<FoundScenario>& found, const UiText& ui);

}  // namespace saqbol
