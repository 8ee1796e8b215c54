// SPDX-License-Identifier: MIT
// SoftRasterizer: ImGui's triangles as spans of pixels whose centres are inside, with
// ImGui's rectangles (fills, vertical shades, glyphs) as direct row loops.
// Colours: ImU32 vertex colours (straight alpha) are blended "source over" into opaque
// 0xFFRRGGBB pixels; a texel tints a vertex colour channel by channel.
#include "platform/soft_raster.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <utility>

namespace saqbol::platform {
namespace {

constexpr std::uint32_t channel(std::uint32_t color, int shift) { return (color >> shift) & 0xFFu; }

// a × b / 255, rounded, for a and b in 0..255.
constexpr std::uint32_t mul255(std::uint32_t a, std::uint32_t b) {
    const std::uint32_t x = a * b + 128u;
    return (x + (x >> 8)) >> 8;
}

// ImU32 (straight alpha) → 0x00RRGGBB.
constexpr std::uint32_t rgbOf(std::uint32_t color) {
    return (channel(color, IM_COL32_R_SHIFT) << 16) | (channel(color, IM_COL32_G_SHIFT) << 8) |
           channel(color, IM_COL32_B_SHIFT);
}

// `rgb` (0x00RRGGBB) with alpha `a` (0-255) over the opaque pixel `dst`: two channels per multiply.
inline std::uint32_t blend(std::uint32_t dst, std::uint32_t rgb, std::uint32_t a) {
    if (a >= 255u) return 0xFF000000u | rgb;
    const std::uint32_t in = a + (a >> 7);  // 0..256
    const std::uint32_t out = 256u - in;
    const std::uint32_t rb = (((rgb & 0xFF00FFu) * in + (dst & 0xFF00FFu) * out) >> 8) & 0xFF00FFu;
    const std::uint32_t g = (((rgb & 0x00FF00u) * in + (dst & 0x00FF00u) * out) >> 8) & 0x00FF00u;
    return 0xFF000000u | rb | g;
}

// One row of pixels [x0, x1) in one straight-alpha colour.
inline void paintRow(std::uint32_t* row, int x0, int x1, std::uint32_t color) {
    const std::uint32_t a = channel(color, IM_COL32_A_SHIFT);
    if (a == 0u || x1 <= x0) return;
    const std::uint32_t rgb = rgbOf(color);
    if (a == 255u) {
        std::fill(row + x0, row + x1, 0xFF000000u | rgb);
        return;
    }
    for (int x = x0; x < x1; ++x) row[x] = blend(row[x], rgb, a);
}

// The first pixel whose centre is at or past `edge`: pixels [first(a), first(b)) have
// their centres in [a, b).
inline int firstPixel(float edge) { return static_cast<int>(std::ceil(edge - 0.5f)); }

}  // namespace

void SoftRasterizer::setTexture(const RasterTexture& texture) {
    texture_ = texture;
    whiteTexels_ = true;
    if (texture.rgba == nullptr) return;
    const std::size_t texels = static_cast<std::size_t>(texture.width) * static_cast<std::size_t>(texture.height);
    for (std::size_t i = 0; i < texels && whiteTexels_; ++i) {
        const unsigned char* t = texture.rgba + 4 * i;
        whiteTexels_ = t[0] == 255 && t[1] == 255 && t[2] == 255;
    }
}

void SoftRasterizer::clear(const RasterTarget& target, int r, int g, int b) {
    const std::uint32_t pixel = 0xFF000000u | (static_cast<std::uint32_t>(r & 0xFF) << 16) |
                                (static_cast<std::uint32_t>(g & 0xFF) << 8) | static_cast<std::uint32_t>(b & 0xFF);
    for (int y = 0; y < target.height; ++y) {
        std::uint32_t* row = target.pixels + static_cast<std::ptrdiff_t>(y) * target.pitch;
        std::fill(row, row + target.width, pixel);
    }
}

bool SoftRasterizer::draw(const ImDrawData& data, const RasterTarget& target) {
    if (!data.Valid || target.pixels == nullptr || target.width <= 0 || target.height <= 0) return true;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        for (const ImDrawCmd& cmd : data.CmdLists[n]->CmdBuffer) {
            if (cmd.UserCallback != nullptr) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) return false;
                continue;
            }
            if (cmd.ElemCount != 0 && (cmd.GetTexID() != texture_.id || texture_.rgba == nullptr)) return false;
        }
    }
    target_ = target;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        drawList(*data.CmdLists[n], data.DisplayPos.x, data.DisplayPos.y, data.FramebufferScale.x,
                 data.FramebufferScale.y);
    }
    return true;
}

void SoftRasterizer::drawList(const ImDrawList& list, float offsetX, float offsetY, float scaleX, float scaleY) {
    const int count = list.VtxBuffer.Size;
    if (count == 0) return;
    const bool snap = scaleX != std::floor(scaleX) || scaleY != std::floor(scaleY);
    const float texW = static_cast<float>(texture_.width), texH = static_cast<float>(texture_.height);
    vertices_.resize(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const ImDrawVert& in = list.VtxBuffer.Data[i];
        const float x = (in.pos.x - offsetX) * scaleX, y = (in.pos.y - offsetY) * scaleY;
        vertices_[static_cast<std::size_t>(i)] = {snap ? std::round(x) : x, snap ? std::round(y) : y, in.uv.x * texW,
                                                  in.uv.y * texH, in.col};
    }
    const float width = static_cast<float>(target_.width), height = static_cast<float>(target_.height);
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.UserCallback != nullptr || cmd.ElemCount == 0) continue;
        // ImGui's clip rectangle in target pixels, as SDL backends round it.
        const float x0 = std::max(0.0f, (cmd.ClipRect.x - offsetX) * scaleX);
        const float y0 = std::max(0.0f, (cmd.ClipRect.y - offsetY) * scaleY);
        const float x1 = std::min(width, (cmd.ClipRect.z - offsetX) * scaleX);
        const float y1 = std::min(height, (cmd.ClipRect.w - offsetY) * scaleY);
        if (x1 <= x0 || y1 <= y0) continue;
        Clip clip{static_cast<int>(x0), static_cast<int>(y0), 0, 0};
        clip.x1 = std::min(target_.width, clip.x0 + static_cast<int>(std::ceil(x1 - x0)));
        clip.y1 = std::min(target_.height, clip.y0 + static_cast<int>(std::ceil(y1 - y0)));

        const ImDrawIdx* indices = list.IdxBuffer.Data + cmd.IdxOffset;
        const Vertex* base = vertices_.data() + cmd.VtxOffset;
        std::size_t at = 0;
        while (at + 3 <= cmd.ElemCount) {
            if (at + 6 <= cmd.ElemCount && drawQuad(base, indices + at, clip)) {
                at += 6;
                continue;
            }
            if (const std::size_t end = fanEnd(base, indices, at, cmd.ElemCount); end > at) {
                drawFan(base, indices, at, end, clip);
                at = end;
                continue;
            }
            drawTriangle(base[indices[at]], base[indices[at + 1]], base[indices[at + 2]], clip);
            at += 3;
        }
    }
}

std::uint32_t SoftRasterizer::tinted(int u, int v, std::uint32_t color) const {
    u = std::clamp(u, 0, texture_.width - 1);
    v = std::clamp(v, 0, texture_.height - 1);
    const unsigned char* t =
        texture_.rgba + 4 * (static_cast<std::size_t>(v) * static_cast<std::size_t>(texture_.width) + static_cast<std::size_t>(u));
    const std::uint32_t a = mul255(t[3], channel(color, IM_COL32_A_SHIFT));
    if (whiteTexels_) return (color & ~(0xFFu << IM_COL32_A_SHIFT)) | (a << IM_COL32_A_SHIFT);
    return (mul255(t[0], channel(color, IM_COL32_R_SHIFT)) << IM_COL32_R_SHIFT) |
           (mul255(t[1], channel(color, IM_COL32_G_SHIFT)) << IM_COL32_G_SHIFT) |
           (mul255(t[2], channel(color, IM_COL32_B_SHIFT)) << IM_COL32_B_SHIFT) | (a << IM_COL32_A_SHIFT);
}

bool SoftRasterizer::drawQuad(const Vertex* base, const ImDrawIdx* indices, const Clip& clip) {
    // ImGui's PrimRect / PrimRectUV: corners a (top left), a+1, a+2, a+3 clockwise, as a,a+1,a+2, a,a+2,a+3.
    const ImDrawIdx first = indices[0];
    if (indices[1] != first + 1 || indices[2] != first + 2 || indices[3] != first || indices[4] != first + 2 ||
        indices[5] != first + 3)
        return false;
    const Vertex* v = base + first;
    if (v[1].x != v[2].x || v[0].x != v[3].x || v[0].y != v[1].y || v[2].y != v[3].y || !(v[2].x > v[0].x) ||
        !(v[2].y > v[0].y))
        return false;
    // One colour, or a vertical shade (AddRectFilledMultiColor: the top corners one colour, the bottom another).
    const bool oneColor = v[1].color == v[0].color && v[2].color == v[0].color && v[3].color == v[0].color;
    const bool shaded = !oneColor && v[1].color == v[0].color && v[3].color == v[2].color;
    if (!oneColor && !shaded) return false;
    const bool oneTexel = v[1].u == v[0].u && v[2].u == v[0].u && v[3].u == v[0].u && v[1].v == v[0].v &&
                          v[2].v == v[0].v && v[3].v == v[0].v;
    if (shaded && !oneTexel) return false;

    const int px0 = std::max(clip.x0, firstPixel(v[0].x)), px1 = std::min(clip.x1, firstPixel(v[2].x));
    const int py0 = std::max(clip.y0, firstPixel(v[0].y)), py1 = std::min(clip.y1, firstPixel(v[2].y));
    if (px1 <= px0 || py1 <= py0) return true;
    const auto row = [&](int y) { return target_.pixels + static_cast<std::ptrdiff_t>(y) * target_.pitch; };
    const int texelU = static_cast<int>(std::floor(v[0].u)), texelV = static_cast<int>(std::floor(v[0].v));

    if (oneTexel && oneColor) {  // a fill (ImGui samples its white texel)
        const std::uint32_t color = tinted(texelU, texelV, v[0].color);
        for (int y = py0; y < py1; ++y) paintRow(row(y), px0, px1, color);
        return true;
    }
    if (shaded) {  // each row its colour, interpolated at the row's centre
        const float span = v[2].y - v[0].y;
        for (int y = py0; y < py1; ++y) {
            const float t = std::clamp((static_cast<float>(y) + 0.5f - v[0].y) / span, 0.0f, 1.0f);
            std::uint32_t color = 0;
            for (const int shift : {IM_COL32_R_SHIFT, IM_COL32_G_SHIFT, IM_COL32_B_SHIFT, IM_COL32_A_SHIFT}) {
                const float top = static_cast<float>(channel(v[0].color, shift));
                const float bottom = static_cast<float>(channel(v[2].color, shift));
                color |= static_cast<std::uint32_t>(std::lround(top + (bottom - top) * t)) << shift;
            }
            paintRow(row(y), px0, px1, tinted(texelU, texelV, color));
        }
        return true;
    }
    // A part of the texture 1:1 with pixels (a glyph): whole texels, not flipped, not scaled.
    if (v[1].u != v[2].u || v[3].u != v[0].u || v[1].v != v[0].v || v[3].v != v[2].v) return false;
    const float u0 = v[0].u, v0 = v[0].v;
    if (std::fabs((v[2].u - u0) - (v[2].x - v[0].x)) > 0.01f || std::fabs((v[2].v - v0) - (v[2].y - v[0].y)) > 0.01f ||
        std::fabs(u0 - std::round(u0)) > 0.01f || std::fabs(v0 - std::round(v0)) > 0.01f)
        return false;
    // Texel (u0, v0) lands on the first pixel the rectangle covers.
    const int du = static_cast<int>(std::lround(u0)) - firstPixel(v[0].x);
    const int dv = static_cast<int>(std::lround(v0)) - firstPixel(v[0].y);
    if (px0 + du < 0 || px1 + du > texture_.width || py0 + dv < 0 || py1 + dv > texture_.height) return false;
    const std::uint32_t color = v[0].color;
    const std::uint32_t alpha = channel(color, IM_COL32_A_SHIFT);
    const std::uint32_t rgb = rgbOf(color);
    for (int y = py0; y < py1; ++y) {
        std::uint32_t* out = row(y);
        const unsigned char* texel =
            texture_.rgba + 4 * (static_cast<std::size_t>(y + dv) * static_cast<std::size_t>(texture_.width) +
                                 static_cast<std::size_t>(px0 + du));
        for (int x = px0; x < px1; ++x, texel += 4) {
            if (texel[3] == 0) continue;
            if (whiteTexels_) {
                out[x] = blend(out[x], rgb, mul255(texel[3], alpha));
            } else {
                const std::uint32_t c = tinted(x + du, y + dv, color);
                out[x] = blend(out[x], rgbOf(c), channel(c, IM_COL32_A_SHIFT));
            }
        }
    }
    return true;
}

std::size_t SoftRasterizer::fanEnd(const Vertex* base, const ImDrawIdx* indices, std::size_t at, std::size_t count) const {
    // (a, b1, c1), (a, b2 = c1, c2), … : ImGui's convex fills (rounded rectangles, circles).
    constexpr std::size_t kLeast = 4 * 3;  // below this, triangle by triangle costs no more
    if (at + kLeast > count) return at;
    const Vertex& apex = base[indices[at]];
    std::size_t k = at;
    for (; k + 3 <= count; k += 3) {
        if (indices[k] != indices[at] || (k > at && indices[k + 1] != indices[k - 1])) break;
        const Vertex& b = base[indices[k + 1]];
        const Vertex& c = base[indices[k + 2]];
        if (b.color != apex.color || c.color != apex.color || b.u != apex.u || b.v != apex.v || c.u != apex.u ||
            c.v != apex.v)
            break;
    }
    return k - at >= kLeast ? k : at;
}

void SoftRasterizer::drawFan(const Vertex* base, const ImDrawIdx* indices, std::size_t at, std::size_t end,
                             const Clip& clip) {
    // The fan's outline a, b1, c1, c2, …; a row's span runs between the outline's two crossings
    // at the row's centre, each computed as drawTriangle computes it for the same edge, so the
    // anti-aliased fringe around the fan meets it without a gap or a double pixel.
    const Vertex& apex = base[indices[at]];
    outline_.clear();
    outline_.push_back(&apex);
    outline_.push_back(&base[indices[at + 1]]);
    for (std::size_t k = at; k < end; k += 3) outline_.push_back(&base[indices[k + 2]]);
    float top = apex.y, bottom = apex.y;
    for (const Vertex* p : outline_) {
        top = std::min(top, p->y);
        bottom = std::max(bottom, p->y);
    }
    const int rowFirst = std::max(clip.y0, firstPixel(top));
    const int rowEnd = std::min(clip.y1, firstPixel(bottom));
    if (rowEnd <= rowFirst) return;
    const std::size_t rows = static_cast<std::size_t>(rowEnd - rowFirst);
    spanLeft_.assign(rows, std::numeric_limits<float>::max());
    spanRight_.assign(rows, std::numeric_limits<float>::lowest());
    for (std::size_t i = 0; i < outline_.size(); ++i) {
        const Vertex* p = outline_[i];
        const Vertex* q = outline_[(i + 1) % outline_.size()];
        if (p->y > q->y || (p->y == q->y && p->x > q->x)) std::swap(p, q);
        if (p->y == q->y) continue;
        const float slope = (q->x - p->x) / (q->y - p->y);
        const int first = std::max(rowFirst, firstPixel(p->y)), last = std::min(rowEnd, firstPixel(q->y));
        for (int y = first; y < last; ++y) {
            const float x = p->x + ((static_cast<float>(y) + 0.5f) - p->y) * slope;
            const std::size_t r = static_cast<std::size_t>(y - rowFirst);
            spanLeft_[r] = std::min(spanLeft_[r], x);
            spanRight_[r] = std::max(spanRight_[r], x);
        }
    }
    const std::uint32_t color = tinted(static_cast<int>(std::floor(apex.u)), static_cast<int>(std::floor(apex.v)), apex.color);
    for (std::size_t r = 0; r < rows; ++r) {
        if (!(spanLeft_[r] < spanRight_[r])) continue;
        const int x0 = std::max(clip.x0, firstPixel(spanLeft_[r])), x1 = std::min(clip.x1, firstPixel(spanRight_[r]));
        paintRow(target_.pixels + static_cast<std::ptrdiff_t>(rowFirst + static_cast<int>(r)) * target_.pitch, x0, x1, color);
    }
}

void SoftRasterizer::drawTriangle(const Vertex& a, const Vertex& b, const Vertex& c, const Clip& clip) {
    const float area = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
    if (!(std::fabs(area) > 1e-6f)) return;  // degenerate (or NaN): covers no pixel centre
    const int rowFirst = std::max(clip.y0, firstPixel(std::min({a.y, b.y, c.y})));
    const int rowEnd = std::min(clip.y1, firstPixel(std::max({a.y, b.y, c.y})));
    if (rowEnd <= rowFirst) return;

    // Each edge from its upper end to its lower one, so that two triangles sharing an edge
    // compute the same crossings bit for bit; horizontal edges cross no row centre.
    struct Edge {
        float x0, y0, y1, slope;
    };
    Edge edges[3];
    int edgeCount = 0;
    for (const auto& [p, q] : {std::pair{&a, &b}, std::pair{&b, &c}, std::pair{&c, &a}}) {
        const Vertex* top = p;
        const Vertex* bottom = q;
        if (top->y > bottom->y || (top->y == bottom->y && top->x > bottom->x)) std::swap(top, bottom);
        if (top->y == bottom->y) continue;
        edges[edgeCount++] = {top->x, top->y, bottom->y, (bottom->x - top->x) / (bottom->y - top->y)};
    }

    const bool oneTexel = a.u == b.u && a.u == c.u && a.v == b.v && a.v == c.v;
    const bool flat = oneTexel && a.color == b.color && a.color == c.color;
    const std::uint32_t flatColor =
        flat ? tinted(static_cast<int>(std::floor(a.u)), static_cast<int>(std::floor(a.v)), a.color) : 0u;
    // Otherwise colour and texel coordinates are planes over the triangle: f = f(a) + fx·dx + fy·dy.
    struct Plane {
        float at, dx, dy;
    };
    const auto plane = [&](float fa, float fb, float fc) {
        return Plane{fa, ((fb - fa) * (c.y - a.y) - (fc - fa) * (b.y - a.y)) / area,
                     ((fc - fa) * (b.x - a.x) - (fb - fa) * (c.x - a.x)) / area};
    };
    Plane planes[6]{};  // r, g, b, a, u, v
    if (!flat) {
        const int shifts[4] = {IM_COL32_R_SHIFT, IM_COL32_G_SHIFT, IM_COL32_B_SHIFT, IM_COL32_A_SHIFT};
        for (int k = 0; k < 4; ++k) {
            planes[k] = plane(static_cast<float>(channel(a.color, shifts[k])), static_cast<float>(channel(b.color, shifts[k])),
                              static_cast<float>(channel(c.color, shifts[k])));
        }
        planes[4] = plane(a.u, b.u, c.u);
        planes[5] = plane(a.v, b.v, c.v);
    }

    for (int y = rowFirst; y < rowEnd; ++y) {
        const float centre = static_cast<float>(y) + 0.5f;
        float left = 0.0f, right = 0.0f;
        int crossings = 0;
        for (int e = 0; e < edgeCount; ++e) {
            const Edge& edge = edges[e];
            if (centre < edge.y0 || centre >= edge.y1) continue;
            const float x = edge.x0 + (centre - edge.y0) * edge.slope;
            left = crossings == 0 ? x : std::min(left, x);
            right = crossings == 0 ? x : std::max(right, x);
            ++crossings;
        }
        if (crossings < 2) continue;
        const int x0 = std::max(clip.x0, firstPixel(left)), x1 = std::min(clip.x1, firstPixel(right));
        if (x1 <= x0) continue;
        std::uint32_t* out = target_.pixels + static_cast<std::ptrdiff_t>(y) * target_.pitch;
        if (flat) {
            paintRow(out, x0, x1, flatColor);
            continue;
        }
        const float dy = centre - a.y;
        const float dx0 = static_cast<float>(x0) + 0.5f - a.x;
        float f[6];
        for (int k = 0; k < 6; ++k) f[k] = planes[k].at + planes[k].dx * dx0 + planes[k].dy * dy;
        for (int x = x0; x < x1; ++x) {
            const auto byte = [](float value) {
                return static_cast<std::uint32_t>(std::clamp(static_cast<int>(value + 0.5f), 0, 255));
            };
            const std::uint32_t color = (byte(f[0]) << IM_COL32_R_SHIFT) | (byte(f[1]) << IM_COL32_G_SHIFT) |
                                        (byte(f[2]) << IM_COL32_B_SHIFT) | (byte(f[3]) << IM_COL32_A_SHIFT);
            const std::uint32_t src = oneTexel ? tinted(static_cast<int>(std::floor(a.u)), static_cast<int>(std::floor(a.v)), color)
                                               : tinted(static_cast<int>(std::floor(f[4])), static_cast<int>(std::floor(f[5])), color);
            const std::uint32_t alpha = channel(src, IM_COL32_A_SHIFT);
            if (alpha != 0u) out[x] = blend(out[x], rgbOf(src), alpha);
            for (int k = 0; k < 6; ++k) f[k] += planes[k].dx;
        }
    }
}

}  // namespace saqbol::platform
