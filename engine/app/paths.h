// SPDX-License-Identifier: MIT
// Where SaqBol finds its data (scenarios/, locales/) and how a SCENARIO argument — a path
// to a .lua file or the id of a shipped scenario — becomes a file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace saqbol {

// The folder holding scenarios/ and locales/: $SAQBOL_ROOT, else beside or above the
// executable, else the source tree the binary was built from.
std::filesystem::path dataRoot();

// The file for `argument`: an existing path, or <dir>/<id>.lua in `extra_dirs` and then
// in the shipped scenarios/.
std::optional<std::filesystem::path> resolveScenario(const std::string& argument,
                                                     const std::vector<std::filesystem::path>& extra_dirs);

}  // namespace saqbol
