// SPDX-License-Identifier: MIT
#include "platform/data_dir.h"

#include <SDL.h>

namespace saqbol::platform {

std::filesystem::path userDataDir(std::string* error) {
    char* path = SDL_GetPrefPath("saqbol", "saqbol");
    if (path == nullptr) {
        *error = SDL_GetError();
        return {};
    }
    std::filesystem::path dir(path);
    SDL_free(path);
    return dir;
}

}  // namespace saqbol::platform
