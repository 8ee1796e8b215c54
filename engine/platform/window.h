// SPDX-License-Identifier: MIT
// Window: the game window. Owns the SDL window (resizable, HiDPI-aware, F11 = fullscreen),
// its SDL_Renderer (software by default, see docs/renderer.md), Dear ImGui's SDL2 platform
// backend (input, cursor, clipboard), a UiContext (our renderer backend + fonts) and the
// idle-friendly EventLoop. Needs a display; headless rendering lives in headless.h.
// With SAQBOL_FIRST_FRAME_MARKER=1 in the environment it prints "saqbol: first frame
// presented" on stdout once the first frame is on screen (bench/run times start-up by it).
// Limits: one Window per process (Dear ImGui's SDL2 backend keeps global state).
#pragma once

#include "platform/event_loop.h"
#include "platform/fonts.h"
#include "platform/keys.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct SDL_Window;
struct SDL_Renderer;
typedef union SDL_Event SDL_Event;

namespace saqbol::platform {

class UiContext;

// Which SDL renderer draws the window.
enum class RendererKind {
    Auto,         // the measured default (software), unless SDL_RENDER_DRIVER says otherwise
    Software,     // SDL's software renderer, blitted with SDL_FRAMEBUFFER_ACCELERATION=0
    Accelerated,  // the first GPU renderer SDL offers (OpenGL on Linux); software if none
};

// Parses "auto", "software" or "accelerated"/"opengl"/"gpu"; false leaves `out` unchanged.
bool parseRendererKind(const std::string& name, RendererKind* out);

// How to open the window.
struct WindowOptions {
    std::string title = "SaqBol";
    int width = 1280;                        // window units (points on HiDPI screens)
    int height = 800;
    RendererKind renderer = RendererKind::Auto;
    bool vsync = true;                       // accelerated renderers only
    TextSize textSize = TextSize::M;
    std::vector<std::string> texts;          // strings whose characters the font atlas needs
    std::vector<std::string> fontDirs;       // searched before the standard font directories
};

// The game window with its renderer, ImGui host and main loop.
class Window {
public:
    // A UI callback: draws one frame of ImGui; may call loop.animateFor()/wakeAfter().
    using UiFunction = std::function<void(EventLoop& loop)>;

    // Opens the window; null with `error` set when there is no display or SDL fails.
    static std::unique_ptr<Window> open(const WindowOptions& options, std::string* error);
    // Closes everything in reverse order and quits SDL's video subsystem.
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Runs the main loop until the window is closed, drawing with `ui`.
    void run(UiFunction ui);
    // Sets what the loop draws without running it (for driving loop().step() directly).
    void setUi(UiFunction ui) { runUi_ = std::move(ui); }
    // Feeds one SDL event to ImGui and handles F11, display changes and closing.
    void handleEvent(const SDL_Event& event);
    // Draws and presents one frame with `ui`; with a `pngPath`, also writes that frame to it
    // (read back before presenting). Returns false only when writing the PNG failed.
    bool drawFrame(const UiFunction& ui, const std::string& pngPath = {},
                   std::string* error = nullptr);

    // Switches between windowed and desktop fullscreen; returns the new state.
    bool toggleFullscreen();
    // Whether the window is fullscreen.
    bool isFullscreen() const;
    // Whether the user asked to close the window.
    bool closeRequested() const { return closeRequested_; }
    // The game keys pressed since the last call, oldest first (see keys.h).
    std::vector<GameKey> takeKeys();

    // The ImGui host: texts, text size, fonts, missing glyphs.
    UiContext& ui() { return *ui_; }
    // The main loop (counts frames; tests assert no redraw without input).
    EventLoop& loop() { return *loop_; }
    // SDL's name of the renderer in use ("software", "opengl", ...).
    const std::string& rendererName() const { return rendererName_; }
    // Display scale from the monitor's DPI (1 = 96 dpi) when the OS does not scale for us.
    float displayScale() const { return displayScale_; }
    // The SDL window, for the app layer only.
    SDL_Window* sdlWindow() const { return window_; }
    // The SDL renderer, for the app layer only.
    SDL_Renderer* sdlRenderer() const { return renderer_; }

private:
    Window() = default;
    bool createRenderer(const WindowOptions& options, std::string* error);
    void updateDisplayScale(float pixelRatio);

    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    std::unique_ptr<UiContext> ui_;
    std::unique_ptr<EventLoop> loop_;
    UiFunction runUi_;  // what run() draws
    bool platformBackend_ = false;
    bool closeRequested_ = false;
    std::vector<GameKey> keys_;  // pressed since takeKeys()
    std::string rendererName_;
    float displayScale_ = 1.0f;
    unsigned long long lastCounter_ = 0;
    bool firstFramePresented_ = false;  // SAQBOL_FIRST_FRAME_MARKER=1 prints a line then
};

}  // namespace saqbol::platform
