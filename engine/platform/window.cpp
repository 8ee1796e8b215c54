// SPDX-License-Identifier: MIT
// Window: SDL video start-up, renderer selection (docs/renderer.md has the measurement),
// the Dear ImGui SDL2 platform backend, per-frame sizes (window units vs pixels), display
// scale from DPI, F11 fullscreen, and the wiring of the EventLoop.
#include "platform/window.h"

#include "platform/capture.h"
#include "platform/ui_context.h"

#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace saqbol::platform {

bool parseRendererKind(const std::string& name, RendererKind* out) {
    if (name == "auto") {
        *out = RendererKind::Auto;
    } else if (name == "software") {
        *out = RendererKind::Software;
    } else if (name == "accelerated" || name == "opengl" || name == "gpu") {
        *out = RendererKind::Accelerated;
    } else {
        return false;
    }
    return true;
}

std::unique_ptr<Window> Window::open(const WindowOptions& options, std::string* error) {
    const auto fail = [&](const std::string& why) {
        if (error != nullptr) *error = why;
        return std::unique_ptr<Window>();
    };
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        return fail(std::string("no display to open a window on (SDL: ") + SDL_GetError() + ")");
    }
    // SDL falls back to its invisible "offscreen" driver when no display can be opened; a
    // window nobody sees is an error unless SDL_VIDEODRIVER asked for it (tests do).
    const char* current = SDL_GetCurrentVideoDriver();
    const std::string driver = current != nullptr ? current : "";
    const char* requested = SDL_GetHint(SDL_HINT_VIDEODRIVER);
    const bool invisible = driver == "offscreen" || driver == "dummy";
    if (invisible && (requested == nullptr || *requested == '\0')) {
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        return fail("no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset or "
                    "cannot be opened)");
    }
    std::unique_ptr<Window> self(new Window());
    // A windowed app: keep the desktop compositor running; show the IME candidate window.
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
    const Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_HIDDEN;
    self->window_ = SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED,
                                     SDL_WINDOWPOS_CENTERED, options.width, options.height, flags);
    if (self->window_ == nullptr) {
        return fail(std::string("cannot create the window: ") + SDL_GetError());
    }
    SDL_SetWindowMinimumSize(self->window_, 480, 360);
    if (!self->createRenderer(options, error)) return nullptr;

    self->ui_ = std::make_unique<UiContext>(self->renderer_, options.fontDirs);
    self->ui_->setTexts(options.texts);
    self->ui_->setTextSize(options.textSize);
    self->platformBackend_ = ImGui_ImplSDL2_InitForSDLRenderer(self->window_);
    Window* raw = self.get();
    self->loop_ = std::make_unique<EventLoop>(
        [raw](const SDL_Event& event) { raw->handleEvent(event); },
        [raw] { raw->drawFrame(raw->runUi_); });
    SDL_ShowWindow(self->window_);
    return self;
}

bool Window::createRenderer(const WindowOptions& options, std::string* error) {
    // Auto = software: it starts faster and uses far less memory than Mesa's GL stack and
    // draws our UI well within a frame (docs/renderer.md). SDL_RENDER_DRIVER overrides.
    const bool software = options.renderer != RendererKind::Accelerated;
    if (software) {
        // Blit the software frame with XShm etc., not through a hidden GL texture.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
    } else {
        const Uint32 vsync = options.vsync ? SDL_RENDERER_PRESENTVSYNC : 0;
        renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED | vsync);
        if (renderer_ == nullptr) {  // no usable GPU driver: old machines, remote sessions
            SDL_Log("saqbol: no accelerated renderer (%s); using software", SDL_GetError());
            SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
            renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
        }
    }
    if (renderer_ == nullptr) {
        if (error != nullptr) *error = std::string("cannot create a renderer: ") + SDL_GetError();
        return false;
    }
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(renderer_, &info);
    rendererName_ = info.name != nullptr ? info.name : "unknown";
    return true;
}

Window::~Window() {
    loop_.reset();
    if (ui_ != nullptr) {
        ui_->makeCurrent();
        if (platformBackend_) ImGui_ImplSDL2_Shutdown();
        ui_.reset();
    }
    if (renderer_ != nullptr) SDL_DestroyRenderer(renderer_);
    if (window_ != nullptr) SDL_DestroyWindow(window_);
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    // Last SDL user gone: SDL_Quit also frees what subsystems leave behind (D-Bus etc.).
    if (SDL_WasInit(SDL_INIT_EVERYTHING) == 0) SDL_Quit();
}

void Window::run(UiFunction ui) {
    runUi_ = std::move(ui);
    closeRequested_ = false;
    loop_->run();
}

void Window::handleEvent(const SDL_Event& event) {
    ui_->makeCurrent();
    if (platformBackend_) ImGui_ImplSDL2_ProcessEvent(&event);
    switch (event.type) {
        case SDL_QUIT:
            closeRequested_ = true;
            break;
        case SDL_WINDOWEVENT:
            if (event.window.windowID != SDL_GetWindowID(window_)) break;
            if (event.window.event == SDL_WINDOWEVENT_CLOSE) {
                closeRequested_ = true;
                loop_->quit();
            } else if (event.window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED) {
                updateDisplayScale(0.0f);
            }
            break;
        case SDL_KEYDOWN:
            if (event.key.keysym.sym == SDLK_F11 && event.key.repeat == 0) toggleFullscreen();
            if (const GameKey key = gameKeyOf(event); key != GameKey::None) keys_.push_back(key);
            break;
        default:
            break;
    }
}

void Window::updateDisplayScale(float pixelRatio) {
    if (pixelRatio <= 0.0f) {
        int w = 0;
        int pw = 0;
        SDL_GetWindowSize(window_, &w, nullptr);
        SDL_GetRendererOutputSize(renderer_, &pw, nullptr);
        pixelRatio = w > 0 ? static_cast<float>(pw) / static_cast<float>(w) : 1.0f;
    }
    float scale = 1.0f;
    // Where the OS already maps window units to more pixels (macOS, Wayland) we must not
    // scale again; on X11 and Windows the DPI tells us. EDID DPI is often wrong (projectors),
    // so round down to a quarter and keep it within 1..2.
    float ddpi = 0.0f;
    if (pixelRatio < 1.25f &&
        SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(window_), &ddpi, nullptr, nullptr) == 0 &&
        ddpi > 0.0f) {
        scale = std::clamp(std::floor(ddpi / 96.0f * 4.0f) / 4.0f, 1.0f, 2.0f);
    }
    if (const char* forced = std::getenv("SAQBOL_UI_SCALE"); forced != nullptr) {
        const float value = static_cast<float>(std::atof(forced));
        if (value >= 0.5f && value <= 4.0f) scale = value;
    }
    displayScale_ = scale;
    ui_->setDisplayScale(scale);
}

bool Window::drawFrame(const UiFunction& ui, const std::string& pngPath, std::string* error) {
    ui_->makeCurrent();
    int width = 0;
    int height = 0;
    int pixelWidth = 0;
    int pixelHeight = 0;
    SDL_GetWindowSize(window_, &width, &height);
    SDL_GetRendererOutputSize(renderer_, &pixelWidth, &pixelHeight);
    if ((SDL_GetWindowFlags(window_) & SDL_WINDOW_MINIMIZED) != 0) width = height = 0;
    const float pixelRatio =
        width > 0 ? static_cast<float>(pixelWidth) / static_cast<float>(width) : 1.0f;
    if (ui_->framesDrawn() == 0) updateDisplayScale(pixelRatio);

    const Uint64 now = SDL_GetPerformanceCounter();
    const float dt = lastCounter_ == 0 ? 1.0f / 60.0f
                                       : static_cast<float>(now - lastCounter_) /
                                             static_cast<float>(SDL_GetPerformanceFrequency());
    lastCounter_ = now;

    if (platformBackend_) ImGui_ImplSDL2_NewFrame();  // input, cursor; sizes are ours below
    ui_->beginFrame(static_cast<float>(width), static_cast<float>(height), pixelRatio, dt);
    if (ui) ui(*loop_);
    ui_->endFrame();
    bool saved = true;
    if (!pngPath.empty()) saved = saveRenderTargetPng(renderer_, pngPath, error);
    SDL_RenderPresent(renderer_);
    // bench/run times the start-up to here: the first frame the player can see.
    if (!firstFramePresented_) {
        firstFramePresented_ = true;
        if (const char* marker = std::getenv("SAQBOL_FIRST_FRAME_MARKER"); marker != nullptr && *marker == '1') {
            std::fputs("saqbol: first frame presented\n", stdout);
            std::fflush(stdout);
        }
    }
    return saved;
}

std::vector<GameKey> Window::takeKeys() {
    std::vector<GameKey> keys;
    keys.swap(keys_);
    return keys;
}

bool Window::toggleFullscreen() {
    const Uint32 mode = isFullscreen() ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(window_, mode);
    return isFullscreen();
}

bool Window::isFullscreen() const {
    return (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
}

}  // namespace saqbol::platform
