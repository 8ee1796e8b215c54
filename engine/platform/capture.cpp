// SPDX-License-Identifier: MIT
// Frame capture: SDL_RenderReadPixels into RGB24 rows, then stbi_write_png.
// stb_image_write's implementation comes from Debian's libstb, so no STB_*_IMPLEMENTATION here.
#include "platform/capture.h"

#include <SDL.h>
#include <stb_image_write.h>

#include <vector>

namespace saqbol::platform {

bool saveRenderTargetPng(SDL_Renderer* renderer, const std::string& path, std::string* error) {
    const auto fail = [&](const std::string& why) {
        if (error != nullptr) *error = why;
        return false;
    };
    int width = 0;
    int height = 0;
    if (SDL_Texture* target = SDL_GetRenderTarget(renderer); target != nullptr) {
        SDL_QueryTexture(target, nullptr, nullptr, &width, &height);
    } else if (SDL_GetRendererOutputSize(renderer, &width, &height) != 0) {
        return fail(std::string("cannot query the frame size: ") + SDL_GetError());
    }
    if (width <= 0 || height <= 0) return fail("the frame is empty (minimised window?)");

    const int pitch = width * 3;
    std::vector<unsigned char> pixels(static_cast<std::size_t>(pitch) *
                                      static_cast<std::size_t>(height));
    // Read the whole target: the viewport may have been narrowed by whoever drew last.
    SDL_Rect viewport;
    SDL_RenderGetViewport(renderer, &viewport);
    SDL_RenderSetViewport(renderer, nullptr);
    const int read = SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGB24,
                                          pixels.data(), pitch);
    SDL_RenderSetViewport(renderer, &viewport);
    if (read != 0) return fail(std::string("cannot read the frame's pixels: ") + SDL_GetError());
    if (stbi_write_png(path.c_str(), width, height, 3, pixels.data(), pitch) == 0) {
        return fail("cannot write " + path + " (is the folder there and writable?)");
    }
    return true;
}

}  // namespace saqbol::platform
