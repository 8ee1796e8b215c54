// SPDX-License-Identifier: MIT
// Our Dear ImGui renderer backend on SDL_Renderer (SDL >= 2.0.18, SDL_RenderGeometryRaw).
// Owns: the font atlas texture, and drawing ImDrawData with clip rects and HiDPI scale.
// Works on every SDL renderer, including the software one used for headless capture.
// Does not own the SDL_Renderer, the ImGui context or input; restores the renderer's
// viewport, clip rect, scale and draw blend mode after each render().
// Limits: one ImGui context at a time (the current one); textures passed to ImGui::Image
// must be SDL_Texture* cast to ImTextureID.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

struct SDL_Renderer;
struct SDL_Texture;
struct ImDrawData;
struct ImDrawList;
typedef unsigned short ImDrawIdx;

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
    // An axis-aligned rectangle of one colour: a solid fill, or a part of a texture (a glyph).
    struct Rectangle {
        float x0, y0, x1, y1;        // target pixels
        int u0, v0, u1, v1;          // texels; u0 == u1 for a solid fill
        unsigned char r, g, b, a;    // straight alpha, as ImGui gives it
        unsigned int bottom = 0;     // (ImU32) a solid fill shaded from the top's colour to this one (0: none)
    };
    // The rectangle that the 6 indices at `indices` draw (ImGui's quad pattern a,a+1,a+2,
    // a,a+2,a+3 with one colour — or a solid one shaded top to bottom, as
    // AddRectFilledMultiColor draws the desk — and aligned corners), or none.
    std::optional<Rectangle> rectangleAt(const ImDrawList& list, std::size_t first, const ImDrawIdx* indices,
                                         const float* xy, int xyStride, SDL_Texture* texture);
    void drawRectangle(const Rectangle& rect, SDL_Texture* texture);
    // Sets the texture's colour and alpha modulation, when it is not already that.
    void setTint(SDL_Texture* texture, unsigned char r, unsigned char g, unsigned char b, unsigned char a);
    // A convex polygon of one colour that ImGui drew as a fan of triangles (a rounded
    // rectangle's body, a circle), filled as rows of pixels merged into rectangles — SDL's
    // fill path, where its software triangles cost per pixel. `points` are x,y pairs.
    void fillConvex(const std::vector<float>& points, unsigned int color, int clipTop, int clipBottom);

    SDL_Renderer* renderer_;
    SDL_Texture* fontTexture_ = nullptr;
    std::vector<float> scaledXy_;             // positions when a DisplayPos/HiDPI scale applies
    std::vector<unsigned char> rgbaColors_;  // colours re-ordered on big-endian machines
    std::vector<ImDrawIdx> runIndices_;      // one run of triangles, rebased to its first vertex
    std::vector<float> fanPoints_;           // one fan's corners (fillConvex)
    std::string lastError_;
    // SDL's software renderer rasterises triangles pixel by pixel (a full-window rectangle
    // costs milliseconds); its fill and blit paths are an order of magnitude faster, so on
    // it rectangles take those (docs/performance.md). SAQBOL_RECT_FAST_PATH=0 turns it off.
    bool rectFastPath_ = false;
    SDL_Texture* sizedTexture_ = nullptr;     // the texture whose size is below
    SDL_Texture* tintedTexture_ = nullptr;    // the texture whose modulation is tint_ (RGBA)
    unsigned int tint_ = 0xFFFFFFFF;
    int textureW_ = 0, textureH_ = 0;
};

}  // namespace saqbol::platform
