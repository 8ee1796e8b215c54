// SPDX-License-Identifier: MIT
// ImGuiSdlRenderer: font texture upload, one SDL_RenderGeometryRaw call per ImDrawCmd with
// its clip rect, and backup/restore of the renderer state it touches.
// Coordinates: ImGui emits positions in window units (DisplaySize); the renderer target is
// in pixels. We draw with render scale 1 and a full viewport, mapping
// pixel = (pos - DisplayPos) * FramebufferScale ourselves, so clip rects stay exact.
#include "platform/imgui_sdl_renderer.h"

#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>

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
    const char* fast = std::getenv("SAQBOL_RECT_FAST_PATH");
    rectFastPath_ = SDL_GetRendererInfo(renderer_, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0 &&
                    !(fast != nullptr && std::strcmp(fast, "0") == 0);
}

ImGuiSdlRenderer::~ImGuiSdlRenderer() {
    destroyFontTexture();
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
    return true;
}

void ImGuiSdlRenderer::destroyFontTexture() {
    if (fontTexture_ == nullptr) return;
    if (ImGui::GetCurrentContext() != nullptr) ImGui::GetIO().Fonts->SetTexID(nullptr);
    SDL_DestroyTexture(fontTexture_);
    if (tintedTexture_ == fontTexture_) tintedTexture_ = nullptr;
    fontTexture_ = nullptr;
}

void ImGuiSdlRenderer::setupRenderState() {
    SDL_RenderSetScale(renderer_, 1.0f, 1.0f);
    SDL_RenderSetViewport(renderer_, nullptr);
    SDL_RenderSetClipRect(renderer_, nullptr);
    // Untextured triangles blend with the draw blend mode; ImGui expects straight alpha.
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

void ImGuiSdlRenderer::render(const ImDrawData* data) {
    if (data == nullptr || !data->Valid || data->CmdListsCount == 0) return;
    const float scaleX = data->FramebufferScale.x;
    const float scaleY = data->FramebufferScale.y;
    const int targetW = static_cast<int>(data->DisplaySize.x * scaleX);
    const int targetH = static_cast<int>(data->DisplaySize.y * scaleY);
    if (targetW <= 0 || targetH <= 0) return;  // minimised window

    const SavedState saved = saveState(renderer_);
    setupRenderState();
    for (int n = 0; n < data->CmdListsCount; ++n) {
        renderList(*data->CmdLists[n], data->DisplayPos.x, data->DisplayPos.y, scaleX, scaleY,
                   targetW, targetH);
    }
    if (tintedTexture_ != nullptr) setTint(tintedTexture_, 255, 255, 255, 255);  // left as found
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

        const std::size_t first = cmd.VtxOffset;
        SDL_Texture* texture = static_cast<SDL_Texture*>(cmd.GetTexID());
        const ImDrawIdx* indices = list.IdxBuffer.Data + cmd.IdxOffset;
        // Indices [from, to) as triangles. SDL looks at every vertex it is given, so a run
        // between rectangles passes only the vertices it uses, its indices rebased to them.
        const auto run = [&](std::size_t from, std::size_t to, SDL_Texture* with) {
            if (to <= from) return;
            const auto [low, high] = std::minmax_element(indices + from, indices + to);
            const std::size_t base = first + *low;
            if (with != nullptr) setTint(with, 255, 255, 255, 255);  // vertex colours tint triangles
            runIndices_.resize(to - from);
            for (std::size_t i = from; i < to; ++i) runIndices_[i - from] = static_cast<ImDrawIdx>(indices[i] - *low);
            SDL_RenderGeometryRaw(renderer_, with, advanceBytes(xy, base * static_cast<std::size_t>(xyStride)), xyStride,
                                  advanceBytes(colors, base * static_cast<std::size_t>(colorStride)), colorStride,
                                  with != nullptr ? advanceBytes(uv, base * static_cast<std::size_t>(uvStride)) : nullptr,
                                  with != nullptr ? uvStride : 0, static_cast<int>(*high - *low) + 1, runIndices_.data(),
                                  static_cast<int>(to - from), static_cast<int>(sizeof(ImDrawIdx)));
        };
        // On the software renderer a textured triangle costs a texture lookup and a generic
        // blend per pixel, and a blended untextured one an intermediate surface; ImGui's plain
        // shapes (corners, circles, edges) sample only the atlas's white texel, so they are
        // drawn untextured, and the opaque ones without blending: the same colours, far cheaper.
        enum Kind { kTextured, kOpaque, kBlended };
        const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
        const auto kindAt = [&](std::size_t at) {
            bool opaque = true;
            for (std::size_t k = 0; k < 3; ++k) {
                const ImDrawVert& v = list.VtxBuffer.Data[first + indices[at + k]];
                if (v.uv.x != white.x || v.uv.y != white.y) return kTextured;
                opaque = opaque && ((v.col >> IM_COL32_A_SHIFT) & 0xFF) == 0xFF;
            }
            return opaque ? kOpaque : kBlended;
        };
        // A fan (a, b1, c1), (a, b2 = c1, c2), … of one solid colour, at least 4 triangles
        // (ImGui's convex fills): the index after it, or `at` when there is none here.
        const auto fanEnd = [&](std::size_t at, std::size_t to) {
            if (at + 12 > to) return at;
            const ImDrawVert& apex = list.VtxBuffer.Data[first + indices[at]];
            if (apex.uv.x != white.x || apex.uv.y != white.y) return at;
            std::size_t k = at;
            for (; k + 3 <= to; k += 3) {
                if (indices[k] != indices[at] || (k > at && indices[k + 1] != indices[k - 1])) break;
                const ImDrawVert& b = list.VtxBuffer.Data[first + indices[k + 1]];
                const ImDrawVert& c = list.VtxBuffer.Data[first + indices[k + 2]];
                if (b.col != apex.col || c.col != apex.col || c.uv.x != white.x || c.uv.y != white.y ||
                    b.uv.x != white.x || b.uv.y != white.y)
                    break;
            }
            return k - at >= 12 ? k : at;
        };
        const auto fillFan = [&](std::size_t at, std::size_t end) {
            const auto point = [&](ImDrawIdx i) { return advanceBytes(xy, (first + i) * static_cast<std::size_t>(xyStride)); };
            fanPoints_.clear();
            const float* a = point(indices[at]);
            fanPoints_.insert(fanPoints_.end(), {a[0], a[1]});
            const float* b = point(indices[at + 1]);
            fanPoints_.insert(fanPoints_.end(), {b[0], b[1]});
            for (std::size_t k = at; k < end; k += 3) {
                const float* c = point(indices[k + 2]);
                fanPoints_.insert(fanPoints_.end(), {c[0], c[1]});
            }
            fillConvex(fanPoints_, list.VtxBuffer.Data[first + indices[at]].col, clip.y, clip.y + clip.h);
        };
        const auto triangles = [&](std::size_t from, std::size_t to) {
            if (!rectFastPath_ || texture == nullptr) return run(from, to, texture);
            while (from < to) {
                if (const std::size_t fan = fanEnd(from, to); fan > from) {
                    fillFan(from, fan);
                    from = fan;
                    continue;
                }
                const Kind kind = kindAt(from);
                std::size_t end = from + 3;
                while (end < to && kindAt(end) == kind && fanEnd(end, to) == end) end += 3;
                if (kind == kOpaque) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
                run(from, end, kind == kTextured ? texture : nullptr);
                if (kind == kOpaque) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
                from = end;
            }
        };
        if (!rectFastPath_) {
            triangles(0, cmd.ElemCount);
            continue;
        }
        // Rectangles (ImGui's PrimRect/PrimRectUV: glyphs, fills, the phone's panels) take
        // SDL's rectangle paths; everything between them is drawn as triangles, in order.
        std::size_t pending = 0;  // the first index not drawn yet
        std::size_t at = 0;
        while (at + 6 <= cmd.ElemCount) {
            const std::optional<Rectangle> rect = rectangleAt(list, first, indices + at, xy, xyStride, texture);
            if (!rect) {
                at += 3;
                continue;
            }
            triangles(pending, at);
            drawRectangle(*rect, texture);
            at += 6;
            pending = at;
        }
        triangles(pending, cmd.ElemCount);
    }
}

std::optional<ImGuiSdlRenderer::Rectangle> ImGuiSdlRenderer::rectangleAt(const ImDrawList& list, std::size_t first,
                                                                         const ImDrawIdx* indices, const float* xy,
                                                                         int xyStride, SDL_Texture* texture) {
    const std::size_t a = first + indices[0];
    if (indices[1] != indices[0] + 1 || indices[2] != indices[0] + 2 || indices[3] != indices[0] ||
        indices[4] != indices[0] + 2 || indices[5] != indices[0] + 3)
        return std::nullopt;
    if (a + 3 >= static_cast<std::size_t>(list.VtxBuffer.Size)) return std::nullopt;
    const ImDrawVert* v = list.VtxBuffer.Data + a;
    // One colour, or a vertical shade: the top corners one colour, the bottom ones another.
    const bool shaded = v[1].col == v[0].col && v[2].col == v[3].col && v[2].col != v[0].col;
    if (!shaded && (v[1].col != v[0].col || v[2].col != v[0].col || v[3].col != v[0].col)) return std::nullopt;
    const auto at = [&](std::size_t i, int axis) {
        return advanceBytes(xy, (a + i) * static_cast<std::size_t>(xyStride))[axis];
    };
    // Corners clockwise from the top left, as PrimRect and PrimRectUV write them.
    const float x0 = at(0, 0), y0 = at(0, 1), x1 = at(2, 0), y1 = at(2, 1);
    if (at(1, 0) != x1 || at(1, 1) != y0 || at(3, 0) != x0 || at(3, 1) != y1 || !(x1 > x0) || !(y1 > y0))
        return std::nullopt;
    Rectangle rect{x0, y0, x1, y1, 0, 0, 0, 0, 0, 0, 0, 0};
    const ImU32 c = v[0].col;
    rect.r = static_cast<unsigned char>(c >> IM_COL32_R_SHIFT);
    rect.g = static_cast<unsigned char>(c >> IM_COL32_G_SHIFT);
    rect.b = static_cast<unsigned char>(c >> IM_COL32_B_SHIFT);
    rect.a = static_cast<unsigned char>(c >> IM_COL32_A_SHIFT);
    const ImVec2 t0 = v[0].uv, t2 = v[2].uv;
    const bool solid = v[1].uv.x == t0.x && v[1].uv.y == t0.y && t2.x == t0.x && t2.y == t0.y && v[3].uv.x == t0.x &&
                       v[3].uv.y == t0.y;
    if (shaded) {
        if (!solid) return std::nullopt;
        rect.bottom = v[2].col;
        return rect;
    }
    if (solid) return rect;  // ImGui fills with the atlas's white texel: a plain fill
    if (texture == nullptr || v[1].uv.x != t2.x || v[1].uv.y != t0.y || v[3].uv.x != t0.x || v[3].uv.y != t2.y)
        return std::nullopt;
    if (texture != sizedTexture_) {
        if (SDL_QueryTexture(texture, nullptr, nullptr, &textureW_, &textureH_) != 0) return std::nullopt;
        sizedTexture_ = texture;
    }
    // Texel edges; a part that is not whole texels, or is flipped, stays with the triangles.
    const float u0 = t0.x * static_cast<float>(textureW_), v0 = t0.y * static_cast<float>(textureH_);
    const float u1 = t2.x * static_cast<float>(textureW_), v1 = t2.y * static_cast<float>(textureH_);
    rect.u0 = static_cast<int>(std::lround(u0));
    rect.v0 = static_cast<int>(std::lround(v0));
    rect.u1 = static_cast<int>(std::lround(u1));
    rect.v1 = static_cast<int>(std::lround(v1));
    if (std::fabs(u0 - static_cast<float>(rect.u0)) > 0.01f || std::fabs(v0 - static_cast<float>(rect.v0)) > 0.01f ||
        std::fabs(u1 - static_cast<float>(rect.u1)) > 0.01f || std::fabs(v1 - static_cast<float>(rect.v1)) > 0.01f ||
        rect.u1 <= rect.u0 || rect.v1 <= rect.v0)
        return std::nullopt;
    return rect;
}

void ImGuiSdlRenderer::drawRectangle(const Rectangle& rect, SDL_Texture* texture) {
    const SDL_FRect target{rect.x0, rect.y0, rect.x1 - rect.x0, rect.y1 - rect.y0};
    if (rect.bottom != 0) {  // a shade, one pixel row at a time (SDL's triangles would interpolate per pixel)
        const int top = static_cast<int>(std::floor(rect.y0)), end = static_cast<int>(std::ceil(rect.y1));
        const float span = std::max(1.0f, rect.y1 - rect.y0);
        const auto channel = [](unsigned char from, ImU32 to_col, int shift, float t) {
            const float to = static_cast<float>((to_col >> shift) & 0xFF);
            return static_cast<Uint8>(std::lround(static_cast<float>(from) + (to - static_cast<float>(from)) * t));
        };
        const bool opaque = rect.a == 0xFF && ((rect.bottom >> IM_COL32_A_SHIFT) & 0xFF) == 0xFF;
        if (opaque) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
        for (int y = top; y < end; ++y) {
            const float t = std::clamp((static_cast<float>(y) + 0.5f - rect.y0) / span, 0.0f, 1.0f);
            SDL_SetRenderDrawColor(renderer_, channel(rect.r, rect.bottom, IM_COL32_R_SHIFT, t),
                                   channel(rect.g, rect.bottom, IM_COL32_G_SHIFT, t),
                                   channel(rect.b, rect.bottom, IM_COL32_B_SHIFT, t),
                                   channel(rect.a, rect.bottom, IM_COL32_A_SHIFT, t));
            const SDL_FRect row{rect.x0, static_cast<float>(y), rect.x1 - rect.x0, 1.0f};
            SDL_RenderFillRectF(renderer_, &row);
        }
        if (opaque) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
        return;
    }
    if (rect.u0 == rect.u1) {
        // An opaque fill needs no blending: SDL then fills whole rows instead of blending
        // pixel by pixel (most of what a frame paints: the desk, panels, buttons).
        SDL_SetRenderDrawColor(renderer_, rect.r, rect.g, rect.b, rect.a);
        if (rect.a == 0xFF) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
        SDL_RenderFillRectF(renderer_, &target);
        if (rect.a == 0xFF) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
        return;
    }
    const SDL_Rect source{rect.u0, rect.v0, rect.u1 - rect.u0, rect.v1 - rect.v0};
    setTint(texture, rect.r, rect.g, rect.b, rect.a);
    // A glyph 1:1 with its texels at a fractional position: SDL would round its two edges
    // apart and stretch it a pixel (its slow scaled blit). Placed at the rounded corner with
    // the texels' own size it takes the plain blit and looks the same.
    if (std::fabs(target.w - static_cast<float>(source.w)) < 0.01f && std::fabs(target.h - static_cast<float>(source.h)) < 0.01f) {
        const SDL_Rect whole{static_cast<int>(std::lround(target.x)), static_cast<int>(std::lround(target.y)), source.w, source.h};
        SDL_RenderCopy(renderer_, texture, &source, &whole);
    } else {
        SDL_RenderCopyF(renderer_, texture, &source, &target);
    }
}

void ImGuiSdlRenderer::setTint(SDL_Texture* texture, unsigned char r, unsigned char g, unsigned char b, unsigned char a) {
    // Only on a change: glyphs come in runs of one colour, and every change of a texture's
    // modulation makes SDL's software blitter look its blit function up again.
    const unsigned int tint = (static_cast<unsigned int>(r) << 24) | (g << 16) | (b << 8) | a;
    if (texture == tintedTexture_ && tint == tint_) return;
    SDL_SetTextureColorMod(texture, r, g, b);
    SDL_SetTextureAlphaMod(texture, a);
    tintedTexture_ = texture;
    tint_ = tint;
}

void ImGuiSdlRenderer::fillConvex(const std::vector<float>& points, unsigned int color, int clipTop, int clipBottom) {
    const std::size_t n = points.size() / 2;
    float top = points[1], bottom = points[1];
    for (std::size_t i = 1; i < n; ++i) {
        top = std::min(top, points[2 * i + 1]);
        bottom = std::max(bottom, points[2 * i + 1]);
    }
    // The pixels SDL's own rasteriser would fill: those whose bottom-right corner (x+1, y+1)
    // is inside — so the picture is the same, with ImGui's fringe where it was.
    const int first_row = std::max(clipTop, static_cast<int>(std::floor(top)));
    const int end_row = std::min(clipBottom, static_cast<int>(std::ceil(bottom - 1.0f)));
    const unsigned char alpha = static_cast<unsigned char>(color >> IM_COL32_A_SHIFT);
    SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(color >> IM_COL32_R_SHIFT), static_cast<Uint8>(color >> IM_COL32_G_SHIFT),
                           static_cast<Uint8>(color >> IM_COL32_B_SHIFT), alpha);
    if (alpha == 0xFF) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    int run_left = 0, run_right = 0, run_top = first_row;
    const auto flush = [&](int row_end) {
        if (run_right > run_left && row_end > run_top) {
            const SDL_Rect r{run_left, run_top, run_right - run_left, row_end - run_top};
            SDL_RenderFillRect(renderer_, &r);
        }
    };
    for (int y = first_row; y < end_row; ++y) {
        const float yc = static_cast<float>(y) + 1.0f;
        float left = std::numeric_limits<float>::max(), right = std::numeric_limits<float>::lowest();
        for (std::size_t i = 0; i < n; ++i) {  // where each edge crosses the row's centre
            const float x0 = points[2 * i], y0 = points[2 * i + 1];
            const float x1 = points[2 * ((i + 1) % n)], y1 = points[2 * ((i + 1) % n) + 1];
            if ((y0 <= yc) == (y1 <= yc)) continue;
            const float x = x0 + (yc - y0) * (x1 - x0) / (y1 - y0);
            left = std::min(left, x);
            right = std::max(right, x);
        }
        const int l = left <= right ? static_cast<int>(std::floor(left)) : 0;
        const int r = left <= right ? static_cast<int>(std::ceil(right - 1.0f)) : 0;
        if (l != run_left || r != run_right) {  // a new span: the rows above it go as one rectangle
            flush(y);
            run_left = l;
            run_right = r;
            run_top = y;
        }
    }
    flush(end_row);
    if (alpha == 0xFF) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

}  // namespace saqbol::platform
