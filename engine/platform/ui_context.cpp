// SPDX-License-Identifier: MIT
// UiContext: ImGui context lifetime, lazy font atlas rebuilds (HiDPI: the atlas is
// rasterised at text size x pixel ratio and drawn at 1/pixel ratio, so text stays sharp),
// style scaling with the text size, and the clear + draw of each frame.
#include "platform/ui_context.h"

#include "platform/imgui_sdl_renderer.h"

#include <SDL.h>
#include <imgui.h>

#include <cstdio>
#include <utility>

namespace saqbol::platform {

namespace {
// Style sizes (padding, spacing, rounding) are tuned for this text height in pixels.
constexpr float kStyleReferencePixels = 18.0f;
}  // namespace

UiContext::UiContext(SDL_Renderer* renderer, std::vector<std::string> fontDirs)
    : sdlRenderer_(renderer), fontFiles_(findFontFiles(fontDirs)) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layouts come from code; never write imgui.ini into the cwd
    io.LogFilename = nullptr;
    renderer_ = std::make_unique<ImGuiSdlRenderer>(renderer);
}

UiContext::~UiContext() {
    ImGui::SetCurrentContext(context_);
    renderer_.reset();
    ImGui::DestroyContext(context_);
}

void UiContext::setTexts(std::vector<std::string> texts) {
    // The atlas is rebuilt (~10 ms) only when the letters change, not for every new text:
    // most screens and scenarios of one language use the same alphabet. The letters are
    // gathered as buildFontAtlas() gathers them.
    ImFontGlyphRangesBuilder builder;
    for (const std::string& text : texts) builder.AddText(text.data(), text.data() + text.size());
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);
    std::vector<ImWchar> letters(ranges.begin(), ranges.end());
    texts_ = std::move(texts);
    if (letters == letters_) return;
    letters_ = std::move(letters);
    fontsDirty_ = true;
}

void UiContext::setTextSize(TextSize size) {
    if (size == textSize_) return;
    textSize_ = size;
    fontsDirty_ = true;
}

void UiContext::setDisplayScale(float scale) {
    if (scale == displayScale_) return;
    displayScale_ = scale;
    fontsDirty_ = true;
}

void UiContext::setClearColor(int r, int g, int b) {
    clear_[0] = r;
    clear_[1] = g;
    clear_[2] = b;
}

void UiContext::makeCurrent() { ImGui::SetCurrentContext(context_); }

void UiContext::rebuildFontsIfNeeded(float pixelRatio) {
    if (!fontsDirty_ && pixelRatio == builtPixelRatio_) return;
    const float logicalPixels = textPixelSize(textSize_, displayScale_);
    ImGuiIO& io = ImGui::GetIO();
    renderer_->destroyFontTexture();
    fontReport_ = buildFontAtlas(*io.Fonts, texts_, logicalPixels * pixelRatio, fontFiles_);
    ++fontBuilds_;
    io.FontGlobalScale = 1.0f / pixelRatio;
    if (!renderer_->createFontTexture()) {
        std::fprintf(stderr, "saqbol: %s\n", renderer_->lastError().c_str());
    }
    if (!fontReport_.message.empty() && !warnedAboutFonts_) {
        std::fprintf(stderr, "saqbol: %s\n", fontReport_.message.c_str());
        warnedAboutFonts_ = true;
    }
    const float styleScale = logicalPixels / kStyleReferencePixels;
    ImGui::GetStyle().ScaleAllSizes(styleScale / styleScale_);
    styleScale_ = styleScale;
    builtPixelRatio_ = pixelRatio;
    fontsDirty_ = false;
}

void UiContext::beginFrame(float width, float height, float pixelRatio, float deltaSeconds) {
    ImGui::SetCurrentContext(context_);
    if (pixelRatio <= 0.0f) pixelRatio = 1.0f;
    rebuildFontsIfNeeded(pixelRatio);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width > 0.0f ? width : 0.0f, height > 0.0f ? height : 0.0f);
    io.DisplayFramebufferScale = ImVec2(pixelRatio, pixelRatio);
    io.DeltaTime = deltaSeconds > 0.0f ? deltaSeconds : 1.0f / 60.0f;
    ImGui::NewFrame();
}

void UiContext::endFrame() {
    ImGui::SetCurrentContext(context_);
    ImGui::Render();
    renderer_->render(ImGui::GetDrawData(), clear_[0], clear_[1], clear_[2]);
    ++framesDrawn_;
}

std::vector<char32_t> UiContext::missingGlyphs(std::string_view utf8) {
    ImGui::SetCurrentContext(context_);
    rebuildFontsIfNeeded(builtPixelRatio_ > 0.0f ? builtPixelRatio_ : 1.0f);
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (atlas.Fonts.Size == 0) return decodeUtf8(utf8);
    return platform::missingGlyphs(*atlas.Fonts[0], utf8);
}

}  // namespace saqbol::platform
