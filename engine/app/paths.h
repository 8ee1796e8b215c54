// SPDX-License-Identifier: MIT
// Where SaqBol finds its data (scenarios/, locales/), the user's data folder, and how a
// SCENARIO argument — a path to a .lua file or the id of a scenario — becomes a file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace saqbol {

// The folder holding scenarios/ and locales/: $SAQBOL_ROOT, else beside or above the
// executable, else the source tree the binary was built from.
std::filesystem::path dataRoot();

// The file for `argument`: an existing path, or <id>.lua in `extra_dirs` (folders, pack
// folders or pack .zip files, packs/packs.h), then in the shipped scenarios/, then in the
// user's scenarios folder <data>/scenarios. Zips are unpacked under `data`. When nothing is
// found, the errors of the broken packs met on the way are printed to stderr.
std::optional<std::filesystem::path> resolveScenario(const std::string& argument,
                                                     const std::vector<std::filesystem::path>& extra_dirs,
                                                     const std::filesystem::path& data);
// The same with the user's data folder (packs/data_folder.h).
std::optional<std::filesystem::path> resolveScenario(const std::string& argument,
                                                     const std::vector<std::filesystem::path>& extra_dirs);

// The data folder of this run: the one given with --data (useDataFolder), else the user's
// (packs::userDataFolder, the same folder as the window's SDL_GetPrefPath); empty when
// there is none. Packs given as .zip are unpacked in it.
std::filesystem::path dataFolder();
// --data DIR: `folder` is the data folder for the rest of this run.
void useDataFolder(const std::filesystem::path& folder);

}  // namespace saqbol
