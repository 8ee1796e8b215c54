// SPDX-License-Identifier: MIT
// ImGuiSdlRenderer: font texture upload; on the software renderer our rasteriser's frame
// copied in one blit, elsewhere one SDL_RenderGeometryRaw call per ImDrawCmd with its clip
// rect; and backup/restore of the renderer state it touches.
// Coordinates: ImGui emits positions in window units (DisplaySize); the renderer target is
// in pixels. We draw with render scale 1 and a full viewport, mapping
// pixel = (pos - DisplayPos) * FramebufferScale ourselves, so clip rects stay exact.
#include "platform/imgui_sdl_renderer.h"

#include "platform/soft_raster.h"

#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace saqbol::platform {
namespace {

constexpr const char* kBackendName = "saqbol_imgui_sdl_renderer";

// The renderer state render() changes, to put back afterwards.
struct SavedState {
    SDL_Rect viewport{};
    SDL_Rect clip{};
    bool clipEnabled = false;
    float scaleX = 1.0f;
    float scaleY = 1.0f;
    SDL_BlendMode blend = SDL_BLENDMODE_NONE;
};

SavedState saveState(SDL_Renderer* renderer) {
    SavedState s;
    SDL_RenderGetViewport(renderer, &s.viewport);
    s.clipEnabled = SDL_RenderIsClipEnabled(renderer) == SDL_TRUE;
    SDL_RenderGetClipRect(renderer, &s.clip);
    SDL_RenderGetScale(renderer, &s.scaleX, &s.scaleY);
    SDL_GetRenderDrawBlendMode(renderer, &s.blend);
    return s;
}

void restoreState(SDL_Renderer* renderer, const SavedState& s) {
    // Scale first: the viewport and clip rect are expressed in the scaled coordinates.
    SDL_RenderSetScale(renderer, s.scaleX, s.scaleY);
    SDL_RenderSetViewport(renderer, &s.viewport);
    SDL_RenderSetClipRect(renderer, s.clipEnabled ? &s.clip : nullptr);
    SDL_SetRenderDrawBlendMode(renderer, s.blend);
}

template <typename T>
const T* advanceBytes(const T* p, std::size_t bytes) {
    return reinterpret_cast<const T*>(reinterpret_cast<const char*>(p) + bytes);
}

}  // namespace

ImGuiSdlRenderer::ImGuiSdlRenderer(SDL_Renderer* renderer) : renderer_(renderer) {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = kBackendName;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    SDL_RendererInfo info{};
    const char* own = std::getenv("SAQBOL_SOFT_RASTER");
    useRasterizer_ = SDL_GetRendererInfo(renderer_, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0 &&
                     !(own != nullptr && std::strcmp(own, "0") == 0);
    if (useRasterizer_) rasterizer_ = std::make_unique<SoftRasterizer>();
    // SDL's software renderer for a window draws into the window's own surface
    // (SDL_GetWindowSurface, SDL 2's SW_CreateRenderer), which SDL_RenderPresent shows.
    paintWindowSurface_ = useRasterizer_ && SDL_RenderGetWindow(renderer_) != nullptr && info.name != nullptr &&
                          std::strcmp(info.name, "software") == 0;
}

ImGuiSdlRenderer::~ImGuiSdlRenderer() {
    destroyFontTexture();
    if (frame_ != nullptr) SDL_DestroyTexture(frame_);
    if (ImGui::GetCurrentContext() != nullptr) {
        ImGuiIO& io = ImGui::GetIO();
        io.BackendRendererName = nullptr;
        io.BackendFlags &= ~ImGuiBackendFlags_RendererHasVtxOffset;
    }
}

bool ImGuiSdlRenderer::createFontTexture() {
    destroyFontTexture();
    lastError_.clear();
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    if (pixels == nullptr || width <= 0 || height <= 0) {
        lastError_ = "the font atlas is empty (no font was added or building it failed)";
        return false;
    }
    // RGBA32 names the byte order R,G,B,A on every machine, as the atlas stores it.
    fontTexture_ = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_RGBA32,
                                     SDL_TEXTUREACCESS_STATIC, width, height);
    if (fontTexture_ == nullptr) {
        lastError_ = std::string("cannot create the ") + std::to_string(width) + "x" +
                     std::to_string(height) + " font texture: " + SDL_GetError();
        return false;
    }
    SDL_UpdateTexture(fontTexture_, nullptr, pixels, width * 4);
    SDL_SetTextureBlendMode(fontTexture_, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(fontTexture_, SDL_ScaleModeLinear);
    io.Fonts->SetTexID(static_cast<ImTextureID>(fontTexture_));
    // The rasteriser reads the atlas's own pixels, which ImGui keeps until it is rebuilt.
    if (rasterizer_) rasterizer_->setTexture({pixels, width, height, static_cast<void*>(fontTexture_)});
    return true;
}

void ImGuiSdlRenderer::destroyFontTexture() {
    if (fontTexture_ == nullptr) return;
    if (ImGui::GetCurrentContext() != nullptr) ImGui::GetIO().Fonts->SetTexID(nullptr);
    SDL_DestroyTexture(fontTexture_);
    if (rasterizer_) rasterizer_->setTexture({});
    fontTexture_ = nullptr;
}

void ImGuiSdlRenderer::setupRenderState() {
    SDL_RenderSetScale(renderer_, 1.0f, 1.0f);
    SDL_RenderSetViewport(renderer_, nullptr);
    SDL_RenderSetClipRect(renderer_, nullptr);
    // Untextured triangles blend with the draw blend mode; ImGui expects straight alpha.
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

void ImGuiSdlRenderer::render(const ImDrawData* data, int clearR, int clearG, int clearB) {
    const bool empty = data == nullptr || !data->Valid || data->CmdListsCount == 0;
    const float scaleX = empty ? 1.0f : data->FramebufferScale.x;
    const float scaleY = empty ? 1.0f : data->FramebufferScale.y;
    const int targetW = empty ? 0 : static_cast<int>(data->DisplaySize.x * scaleX);
    const int targetH = empty ? 0 : static_cast<int>(data->DisplaySize.y * scaleY);
    if (!empty && targetW > 0 && targetH > 0 && useRasterizer_ &&
        renderWithRasterizer(*data, targetW, targetH, clearR, clearG, clearB))
        return;
    SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(clearR), static_cast<Uint8>(clearG), static_cast<Uint8>(clearB), 255);
    SDL_RenderClear(renderer_);
    if (empty || targetW <= 0 || targetH <= 0) return;  // minimised window
    renderWithSdl(*data, targetW, targetH);
}

SDL_Surface* ImGuiSdlRenderer::windowSurface(int targetW, int targetH) const {
    if (!paintWindowSurface_ || SDL_GetRenderTarget(renderer_) != nullptr) return nullptr;
    SDL_Surface* surface = SDL_GetWindowSurface(SDL_RenderGetWindow(renderer_));
    if (surface == nullptr || surface->w != targetW || surface->h != targetH) return nullptr;
    // The rasteriser writes 0xAARRGGBB words: these two layouts take them as they are.
    const Uint32 format = surface->format->format;
    return format == SDL_PIXELFORMAT_ARGB8888 || format == SDL_PIXELFORMAT_RGB888 ? surface : nullptr;
}

bool ImGuiSdlRenderer::renderWithRasterizer(const ImDrawData& data, int targetW, int targetH, int clearR, int clearG,
                                            int clearB) {
    // Straight into the window's surface when the renderer draws there: no frame of our
    // own for SDL to copy (3.6 MB at 1280x720: a copy per frame, and on the VMs we measure
    // on 900 page faults before the first frame, docs/performance.md). Commands SDL has
    // queued are drawn first, so that nothing lands over our frame at present.
    if (SDL_Surface* surface = windowSurface(targetW, targetH);
        surface != nullptr && SDL_RenderFlush(renderer_) == 0 && (!SDL_MUSTLOCK(surface) || SDL_LockSurface(surface) == 0)) {
        const RasterTarget target{static_cast<std::uint32_t*>(surface->pixels), targetW, targetH, surface->pitch / 4};
        SoftRasterizer::clear(target, clearR, clearG, clearB);
        const bool drawn = rasterizer_->draw(data, target);
        if (SDL_MUSTLOCK(surface)) SDL_UnlockSurface(surface);
        return drawn;  // not drawn: the caller clears and draws it all with SDL
    }
    if (frame_ == nullptr || frameW_ != targetW || frameH_ != targetH) {
        if (frame_ != nullptr) SDL_DestroyTexture(frame_);
        // The window surface's own layout when it is 0x??RRGGBB (X11's usual), so the copy
        // to it is a plain memcpy of rows; ARGB8888 otherwise (headless).
        Uint32 format = SDL_PIXELFORMAT_ARGB8888;
        if (SDL_Window* window = SDL_RenderGetWindow(renderer_); window != nullptr) {
            if (SDL_GetWindowPixelFormat(window) == SDL_PIXELFORMAT_RGB888) format = SDL_PIXELFORMAT_RGB888;
        }
        frame_ = SDL_CreateTexture(renderer_, format, SDL_TEXTUREACCESS_STREAMING, targetW, targetH);
        frameW_ = targetW;
        frameH_ = targetH;
        if (frame_ == nullptr) {
            std::fprintf(stderr, "saqbol: cannot create the %dx%d frame texture, drawing with SDL: %s\n", targetW, targetH,
                         SDL_GetError());
            useRasterizer_ = false;
            return false;
        }
        SDL_SetTextureBlendMode(frame_, SDL_BLENDMODE_NONE);
    }
    void* pixels = nullptr;
    int pitch = 0;
    if (SDL_LockTexture(frame_, nullptr, &pixels, &pitch) != 0) return false;
    const RasterTarget target{static_cast<std::uint32_t*>(pixels), targetW, targetH, pitch / 4};
    SoftRasterizer::clear(target, clearR, clearG, clearB);
    const bool drawn = rasterizer_->draw(data, target);
    SDL_UnlockTexture(frame_);
    if (!drawn) return false;
    const SavedState saved = saveState(renderer_);
    setupRenderState();
    SDL_RenderCopy(renderer_, frame_, nullptr, nullptr);
    restoreState(renderer_, saved);
    return true;
}

void ImGuiSdlRenderer::renderWithSdl(const ImDrawData& data, int targetW, int targetH) {
    const SavedState saved = saveState(renderer_);
    setupRenderState();
    for (int n = 0; n < data.CmdListsCount; ++n) {
        renderList(*data.CmdLists[n], data.DisplayPos.x, data.DisplayPos.y, data.FramebufferScale.x,
                   data.FramebufferScale.y, targetW, targetH);
    }
    restoreState(renderer_, saved);
}

void ImGuiSdlRenderer::renderList(const ImDrawList& list, float offsetX, float offsetY,
                                  float scaleX, float scaleY, int targetW, int targetH) {
    const ImDrawVert* vtx = list.VtxBuffer.Data;
    const int vtxCount = list.VtxBuffer.Size;
    if (vtxCount == 0) return;

    const float* xy = &vtx->pos.x;
    int xyStride = static_cast<int>(sizeof(ImDrawVert));
    if (offsetX != 0.0f || offsetY != 0.0f || scaleX != 1.0f || scaleY != 1.0f) {
        // At fractional scales (1.25, 1.5) glyph quads would land between pixels and a
        // renderer that samples without filtering (software) draws uneven stems. Snapping
        // to whole pixels keeps each glyph 1:1 with its texels (its size is whole texels).
        const bool snap = scaleX != std::floor(scaleX) || scaleY != std::floor(scaleY);
        scaledXy_.resize(static_cast<std::size_t>(vtxCount) * 2);
        for (std::size_t i = 0; i < static_cast<std::size_t>(vtxCount); ++i) {
            const float x = (vtx[i].pos.x - offsetX) * scaleX;
            const float y = (vtx[i].pos.y - offsetY) * scaleY;
            scaledXy_[2 * i] = snap ? std::round(x) : x;
            scaledXy_[2 * i + 1] = snap ? std::round(y) : y;
        }
        xy = scaledXy_.data();
        xyStride = static_cast<int>(2 * sizeof(float));
    }

    // ImU32 colours are R,G,B,A in memory on little-endian machines, like SDL_Color.
    const SDL_Color* colors = reinterpret_cast<const SDL_Color*>(&vtx->col);
    int colorStride = static_cast<int>(sizeof(ImDrawVert));
#if SDL_BYTEORDER == SDL_BIG_ENDIAN
    rgbaColors_.resize(static_cast<std::size_t>(vtxCount) * 4);
    for (std::size_t i = 0; i < static_cast<std::size_t>(vtxCount); ++i) {
        const ImU32 c = vtx[i].col;
        rgbaColors_[4 * i + 0] = static_cast<unsigned char>(c >> IM_COL32_R_SHIFT);
        rgbaColors_[4 * i + 1] = static_cast<unsigned char>(c >> IM_COL32_G_SHIFT);
        rgbaColors_[4 * i + 2] = static_cast<unsigned char>(c >> IM_COL32_B_SHIFT);
        rgbaColors_[4 * i + 3] = static_cast<unsigned char>(c >> IM_COL32_A_SHIFT);
    }
    colors = reinterpret_cast<const SDL_Color*>(rgbaColors_.data());
    colorStride = 4;
#endif
    const float* uv = &vtx->uv.x;
    const int uvStride = static_cast<int>(sizeof(ImDrawVert));

    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.UserCallback != nullptr) {
            if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
                setupRenderState();
            } else {
                cmd.UserCallback(&list, &cmd);
            }
            continue;
        }
        const float x0 = std::max(0.0f, (cmd.ClipRect.x - offsetX) * scaleX);
        const float y0 = std::max(0.0f, (cmd.ClipRect.y - offsetY) * scaleY);
        const float x1 = std::min(static_cast<float>(targetW), (cmd.ClipRect.z - offsetX) * scaleX);
        const float y1 = std::min(static_cast<float>(targetH), (cmd.ClipRect.w - offsetY) * scaleY);
        if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
        const SDL_Rect clip{static_cast<int>(x0), static_cast<int>(y0),
                            static_cast<int>(std::ceil(x1 - x0)),
                            static_cast<int>(std::ceil(y1 - y0))};
        SDL_RenderSetClipRect(renderer_, &clip);

        // SDL looks at every vertex it is given: pass only those the command uses, its
        // indices rebased to them.
        const ImDrawIdx* indices = list.IdxBuffer.Data + cmd.IdxOffset;
        const auto [low, high] = std::minmax_element(indices, indices + cmd.ElemCount);
        const std::size_t base = cmd.VtxOffset + *low;
        runIndices_.resize(cmd.ElemCount);
        for (std::size_t i = 0; i < cmd.ElemCount; ++i) runIndices_[i] = static_cast<ImDrawIdx>(indices[i] - *low);
        SDL_RenderGeometryRaw(renderer_, static_cast<SDL_Texture*>(cmd.GetTexID()),
                              advanceBytes(xy, base * static_cast<std::size_t>(xyStride)), xyStride,
                              advanceBytes(colors, base * static_cast<std::size_t>(colorStride)), colorStride,
                              advanceBytes(uv, base * static_cast<std::size_t>(uvStride)), uvStride,
                              static_cast<int>(*high - *low) + 1, runIndices_.data(), static_cast<int>(cmd.ElemCount),
                              static_cast<int>(sizeof(ImDrawIdx)));
    }
}

}  // namespace saqbol::platform
