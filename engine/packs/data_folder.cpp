// SPDX-License-Identifier: MIT
#include "data_folder.h"

#include <cstdlib>

namespace saqbol::packs {

std::filesystem::path userDataFolder(std::string* error) {
    // As SDL2's unix SDL_GetPrefPath: XDG_DATA_HOME if set, else HOME + .local/share; then
    // org/app. (SDL also takes an empty XDG_DATA_HOME as set; the XDG spec says unset. We
    // follow the spec and treat empty as unset: SDL would then build a relative path.)
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
        base = xdg;
    } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        base = std::filesystem::path(home) / ".local" / "share";
    } else {
        if (error != nullptr) *error = "neither XDG_DATA_HOME nor HOME is set";
        return {};
    }
    return base / "saqbol" / "saqbol";
}

std::filesystem::path userScenariosFolder(const std::filesystem::path& data) { return data / "scenarios"; }

std::filesystem::path unpackedPacksFolder(const std::filesystem::path& data) { return data / "packs"; }

}  // namespace saqbol::packs
