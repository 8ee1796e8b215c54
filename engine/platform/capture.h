// SPDX-License-Identifier: MIT
// Frame capture: reads the pixels of an SDL_Renderer's current target and writes a PNG
// (stb_image_write). Used by the headless screenshot mode and the window's screenshot.
#pragma once

#include <string>

struct SDL_Renderer;

namespace saqbol::platform {

// Writes the renderer's current target (window, surface or target texture) to `path` as an
// RGB PNG; on failure returns false and sets `error` (if given) to a readable reason.
bool saveRenderTargetPng(SDL_Renderer* renderer, const std::string& path, std::string* error);

}  // namespace saqbol::platform
