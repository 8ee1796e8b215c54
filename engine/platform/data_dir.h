// SPDX-License-Identifier: MIT
// The user's data folder (settings now, results later): SDL_GetPrefPath("saqbol", "saqbol"),
// e.g. ~/.local/share/saqbol/saqbol/ on Linux, %APPDATA%\saqbol\saqbol\ on Windows.
#pragma once

#include <filesystem>
#include <string>

namespace saqbol::platform {

// The folder (created if needed); empty with `error` set when SDL cannot find one.
std::filesystem::path userDataDir(std::string* error);

}  // namespace saqbol::platform
