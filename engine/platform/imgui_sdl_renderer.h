// SPDX-License-Identifier: MIT
// Our Dear ImGui renderer backend on SDL_Renderer (SDL >= 2.0.18, SDL_RenderGeometryRaw).
// Owns: the font atlas texture, and drawing ImDrawData with clip rects and HiDPI scale.
// Works on every SDL renderer, including the software one used for headless capture.
// Does not own the SDL_Renderer, the ImGui context or input; restores the renderer's
// viewport, clip rect, scale and draw blend mode after each render().
// Limits: one ImGui context at a time (the current one); textures passed to ImGui::Image
// must be SDL_Texture* cast to ImTextureID.
#pragma once

#include <string>
#include <vector>

struct SDL_Renderer;
struct SDL_Texture;
struct ImDrawData;
struct ImDrawList;

namespace saqbol::platform {

// Draws Dear ImGui frames with an SDL_Renderer.
class ImGuiSdlRenderer {
public:
    // Binds to `renderer` (not owned) and registers as the current context's renderer backend.
    explicit ImGuiSdlRenderer(SDL_Renderer* renderer);
    // Destroys the font texture and unregisters from the current ImGui context.
    ~ImGuiSdlRenderer();
    ImGuiSdlRenderer(const ImGuiSdlRenderer&) = delete;
    ImGuiSdlRenderer& operator=(const ImGuiSdlRenderer&) = delete;

    // Uploads the current context's font atlas (built on demand) as an RGBA texture.
    bool createFontTexture();
    // Frees the font texture (call before rebuilding the atlas, then createFontTexture()).
    void destroyFontTexture();
    // Draws `data` onto the renderer's current target; a null or empty frame is a no-op.
    void render(const ImDrawData* data);
    // Why the last createFontTexture() failed (SDL's message), empty when it did not.
    const std::string& lastError() const { return lastError_; }

private:
    void setupRenderState();
    void renderList(const ImDrawList& list, float offsetX, float offsetY, float scaleX,
                    float scaleY, int targetW, int targetH);

    SDL_Renderer* renderer_;
    SDL_Texture* fontTexture_ = nullptr;
    std::vector<float> scaledXy_;             // positions when a DisplayPos/HiDPI scale applies
    std::vector<unsigned char> rgbaColors_;  // colours re-ordered on big-endian machines
    std::string lastError_;
};

}  // namespace saqbol::platform
