// SPDX-License-Identifier: MIT
// Our Dear ImGui renderer backend on SDL_Renderer (SDL >= 2.0.18, SDL_RenderGeometryRaw);
// on SDL's software renderer it paints with our own rasteriser (soft_raster.h) instead.
// Owns: the font atlas texture, and drawing ImDrawData with clip rects and HiDPI scale.
// Works on every SDL renderer, including the software one used for headless capture.
// Does not own the SDL_Renderer, the ImGui context or input; restores the renderer's
// viewport, clip rect, scale and draw blend mode after each render().
// Limits: one ImGui context at a time (the current one); textures passed to ImGui::Image
// must be SDL_Texture* cast to ImTextureID (a frame with one takes SDL's path).
#pragma once

#include <memory>
#include <string>
#include <vector>

struct SDL_Renderer;
struct SDL_Texture;
struct SDL_Surface;
struct ImDrawData;
struct ImDrawList;
typedef unsigned short ImDrawIdx;

namespace saqbol::platform {

class SoftRasterizer;

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
    // Clears the renderer's current target to an opaque colour (0-255 per channel) and
    // draws `data` over it; a null or empty frame leaves the target cleared.
    void render(const ImDrawData* data, int clearR, int clearG, int clearB);
    // Why the last createFontTexture() failed (SDL's message), empty when it did not.
    const std::string& lastError() const { return lastError_; }

private:
    void setupRenderState();
    // SDL's own path: one SDL_RenderGeometryRaw per command, over a cleared target.
    void renderWithSdl(const ImDrawData& data, int targetW, int targetH);
    void renderList(const ImDrawList& list, float offsetX, float offsetY, float scaleX,
                    float scaleY, int targetW, int targetH);
    // The software renderer's path: our rasteriser paints the frame straight into the
    // window's surface when the renderer draws there (windowSurface), else into a streaming
    // texture of the target's size, copied over the target in one blit. False when it
    // cannot (no texture, or a frame the rasteriser refuses): the caller then draws it all.
    bool renderWithRasterizer(const ImDrawData& data, int targetW, int targetH, int clearR, int clearG, int clearB);
    // The window surface SDL's software renderer draws into, when the frame can be painted
    // there: a window renderer, no render target set, the frame's size, a 0x??RRGGBB layout.
    SDL_Surface* windowSurface(int targetW, int targetH) const;

    SDL_Renderer* renderer_;
    SDL_Texture* fontTexture_ = nullptr;
    std::vector<float> scaledXy_;             // positions when a DisplayPos/HiDPI scale applies
    std::vector<unsigned char> rgbaColors_;  // colours re-ordered on big-endian machines
    std::vector<ImDrawIdx> runIndices_;      // one command's indices, rebased to its first vertex
    std::string lastError_;
    // On SDL's software renderer our own rasteriser draws the frame (soft_raster.h): SDL's
    // costs several times more per frame (docs/performance.md). SAQBOL_SOFT_RASTER=0 turns it off.
    bool useRasterizer_ = false;
    std::unique_ptr<SoftRasterizer> rasterizer_;
    bool paintWindowSurface_ = false;  // SDL's software renderer for a window (windowSurface)
    SDL_Texture* frame_ = nullptr;     // the rasteriser's frame, the target's size, when not
    int frameW_ = 0, frameH_ = 0;
};

}  // namespace saqbol::platform
