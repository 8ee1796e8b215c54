// SPDX-License-Identifier: MIT
// Headless: renders Dear ImGui frames with no window and no display at all. SDL's software
// renderer draws into an in-memory SDL_Surface (no video driver is initialised, so DISPLAY,
// SDL_VIDEODRIVER and GPUs do not matter); the last frame can be saved as a PNG.
// This is what `saqbol screenshot` and rendering tests use. Time is fixed (1/60 s per
// frame) so captures are reproducible. Limits: no input yet beyond what a UI callback sets
// on ImGuiIO itself.
#pragma once

#include "platform/fonts.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

struct SDL_Renderer;
struct SDL_Surface;

namespace saqbol::platform {

class UiContext;

// What to render headless.
struct HeadlessOptions {
    int width = 1280;                    // frame width in window units
    int height = 800;                    // frame height in window units
    float pixelRatio = 1.0f;             // pixels per unit: 2 renders like a HiDPI screen
    TextSize textSize = TextSize::M;     // the player's text size
    float displayScale = 1.0f;           // 1 = 96 dpi
    std::vector<std::string> texts;      // strings whose characters the font atlas needs
    std::vector<std::string> fontDirs;   // searched before the standard font directories
};

// An offscreen ImGui host drawing with the software renderer.
class Headless {
public:
    // Creates the surface, renderer and ImGui context; null with `error` set on failure.
    static std::unique_ptr<Headless> create(const HeadlessOptions& options, std::string* error);
    // Frees the ImGui context, renderer and surface.
    ~Headless();
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // Renders `frames` frames of `ui` (which calls ImGui between NewFrame and Render).
    void renderFrames(int frames, const std::function<void()>& ui);
    // Writes the last rendered frame to `path` as PNG; false with `error` set on failure.
    bool savePng(const std::string& path, std::string* error);
    // The ImGui host: fonts, missing-glyph checks, clear colour.
    UiContext& ui() { return *ui_; }
    // Frames rendered so far.
    unsigned long long framesDrawn() const;
    // Width of the captured image in pixels (width x pixelRatio).
    int pixelWidth() const { return pixelWidth_; }
    // Height of the captured image in pixels (height x pixelRatio).
    int pixelHeight() const { return pixelHeight_; }

private:
    Headless() = default;

    HeadlessOptions options_;
    SDL_Surface* surface_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    std::unique_ptr<UiContext> ui_;
    int pixelWidth_ = 0;
    int pixelHeight_ = 0;
};

}  // namespace saqbol::platform
