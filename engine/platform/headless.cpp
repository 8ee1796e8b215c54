// SPDX-License-Identifier: MIT
// Headless: SDL_CreateRGBSurfaceWithFormat + SDL_CreateSoftwareRenderer, a UiContext on
// top, fixed-step frames, PNG capture through capture.h.
#include "platform/headless.h"

#include "platform/capture.h"
#include "platform/ui_context.h"

#include <SDL.h>

#include <cmath>

namespace saqbol::platform {

std::unique_ptr<Headless> Headless::create(const HeadlessOptions& options, std::string* error) {
    const auto fail = [&](const std::string& why) {
        if (error != nullptr) *error = why;
        return std::unique_ptr<Headless>();
    };
    if (options.width <= 0 || options.height <= 0 || options.pixelRatio <= 0.0f) {
        return fail("invalid headless frame size " + std::to_string(options.width) + "x" +
                    std::to_string(options.height) + " (width, height and ratio must be > 0)");
    }
    std::unique_ptr<Headless> self(new Headless());
    self->options_ = options;
    self->pixelWidth_ = static_cast<int>(std::lround(static_cast<double>(options.width) * options.pixelRatio));
    self->pixelHeight_ = static_cast<int>(std::lround(static_cast<double>(options.height) * options.pixelRatio));
    // ARGB8888 is the software renderer's native format: no conversion per pixel.
    self->surface_ = SDL_CreateRGBSurfaceWithFormat(0, self->pixelWidth_, self->pixelHeight_, 32,
                                                    SDL_PIXELFORMAT_ARGB8888);
    if (self->surface_ == nullptr) {
        return fail(std::string("cannot allocate the headless frame: ") + SDL_GetError());
    }
    self->renderer_ = SDL_CreateSoftwareRenderer(self->surface_);
    if (self->renderer_ == nullptr) {
        return fail(std::string("cannot create the software renderer: ") + SDL_GetError());
    }
    self->ui_ = std::make_unique<UiContext>(self->renderer_, options.fontDirs);
    self->ui_->setTexts(options.texts);
    self->ui_->setTextSize(options.textSize);
    self->ui_->setDisplayScale(options.displayScale);
    return self;
}

Headless::~Headless() {
    ui_.reset();
    if (renderer_ != nullptr) SDL_DestroyRenderer(renderer_);
    if (surface_ != nullptr) SDL_FreeSurface(surface_);
}

void Headless::renderFrames(int frames, const std::function<void()>& ui) {
    for (int i = 0; i < frames; ++i) {
        ui_->beginFrame(static_cast<float>(options_.width), static_cast<float>(options_.height),
                        options_.pixelRatio, 1.0f / 60.0f);
        if (ui) ui();
        ui_->endFrame();
        SDL_RenderPresent(renderer_);
    }
}

bool Headless::savePng(const std::string& path, std::string* error) {
    if (ui_->framesDrawn() == 0) {
        if (error != nullptr) *error = "nothing to save: no frame was rendered yet";
        return false;
    }
    return saveRenderTargetPng(renderer_, path, error);
}

unsigned long long Headless::framesDrawn() const { return ui_->framesDrawn(); }

}  // namespace saqbol::platform
