// SPDX-License-Identifier: MIT
// UiContext: the part of a Dear ImGui frame shared by the game window and headless capture:
// the ImGui context (no imgui.ini), our SDL_Renderer backend, and the font atlas, rebuilt
// when the texts' letters, text size, display scale or pixel ratio change (never mid-frame).
// Does not own the SDL_Renderer, input, or presenting; Window and Headless do.
#pragma once

#include "platform/fonts.h"

#include <imgui.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct SDL_Renderer;
struct ImGuiContext;

namespace saqbol::platform {

class ImGuiSdlRenderer;

// One Dear ImGui context drawing through one SDL_Renderer.
class UiContext {
public:
    // Creates and makes current a new ImGui context bound to `renderer` (not owned).
    UiContext(SDL_Renderer* renderer, std::vector<std::string> fontDirs = {});
    // Destroys the ImGui context and the font texture.
    ~UiContext();
    UiContext(const UiContext&) = delete;
    UiContext& operator=(const UiContext&) = delete;

    // Sets the UTF-8 strings whose characters the atlas must hold (applied next frame).
    void setTexts(std::vector<std::string> texts);
    // Sets the text size (applied next frame).
    void setTextSize(TextSize size);
    // Sets the display scale: 1 = 96 dpi (applied next frame).
    void setDisplayScale(float scale);
    // Sets the colour the frame is cleared to (0-255 per channel).
    void setClearColor(int r, int g, int b);

    // Starts a frame of `width` x `height` window units at `pixelRatio` pixels per unit.
    void beginFrame(float width, float height, float pixelRatio, float deltaSeconds);
    // Ends the frame: clears the renderer's target and draws the UI into it (no present).
    void endFrame();

    // Makes this context the current ImGui context (for code outside begin/endFrame).
    void makeCurrent();
    // The underlying ImGui context.
    ImGuiContext* imguiContext() const { return context_; }
    // What the last font build found and did.
    const FontReport& fontReport() const { return fontReport_; }
    // Codepoints of `utf8` the regular font lacks (rendered as fallback boxes).
    std::vector<char32_t> missingGlyphs(std::string_view utf8);
    // Frames drawn since creation.
    unsigned long long framesDrawn() const { return framesDrawn_; }
    // Font atlases built since creation (each some milliseconds: docs/performance.md).
    int fontBuilds() const { return fontBuilds_; }

private:
    void rebuildFontsIfNeeded(float pixelRatio);

    ImGuiContext* context_ = nullptr;
    std::unique_ptr<ImGuiSdlRenderer> renderer_;
    SDL_Renderer* sdlRenderer_;
    FontFiles fontFiles_;
    FontReport fontReport_;
    std::vector<std::string> texts_;
    std::vector<ImWchar> letters_;  // the characters of texts_, as glyph ranges
    TextSize textSize_ = TextSize::M;
    float displayScale_ = 1.0f;
    bool fontsDirty_ = true;
    int fontBuilds_ = 0;
    float builtPixelRatio_ = 0.0f;
    float styleScale_ = 1.0f;
    bool warnedAboutFonts_ = false;
    int clear_[3] = {32, 34, 40};
    unsigned long long framesDrawn_ = 0;
};

}  // namespace saqbol::platform
