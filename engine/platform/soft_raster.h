// SPDX-License-Identifier: MIT
// Our own software rasteriser for Dear ImGui's draw lists: it paints ImDrawData straight
// into 32-bit pixels (0xAARRGGBB), the way the software path of the game window and the
// headless screenshots draw every frame.
// Why: SDL's software renderer draws a glyph as a modulated, blended blit through a generic
// blitter, and ImGui's anti-aliased edges as triangles through an intermediate surface; a
// text-dense frame cost ~5 ms of CPU there. Here a glyph is one loop over its texels, a fill
// a row fill, an edge a span with interpolated colours (docs/performance.md).
// What it draws: triangles with per-vertex colour and texture coordinates, nearest texel,
// straight alpha "source over", clipped to each command's clip rectangle. A pixel belongs to
// a triangle when its centre is inside (left and top edges in, right and bottom edges out),
// so triangles that share an edge cover each pixel once. ImGui's rectangles (fills, shades,
// glyphs 1:1 with their texels) take faster paths that give the same pixels.
// Limits: one texture (the font atlas, RGBA32 as ImGui builds it); a frame with a command
// naming another texture, or a user callback, is refused whole and the caller draws it
// another way. The target's alpha is always written opaque. No SDL here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

struct ImDrawData;
struct ImDrawList;
typedef unsigned short ImDrawIdx;

namespace saqbol::platform {

// Where a frame is painted: `width` × `height` pixels 0xAARRGGBB, rows `pitch` pixels apart.
struct RasterTarget {
    std::uint32_t* pixels = nullptr;
    int width = 0;
    int height = 0;
    int pitch = 0;
};

// The texture ImGui's vertices sample: R,G,B,A bytes per texel, as GetTexDataAsRGBA32 gives.
struct RasterTexture {
    const unsigned char* rgba = nullptr;
    int width = 0;
    int height = 0;
    void* id = nullptr;  // the ImTextureID that names it in draw commands
};

class SoftRasterizer {
public:
    // The texture draw commands may name; its texels are read, not copied (keep them alive).
    void setTexture(const RasterTexture& texture);
    // Fills the whole target with an opaque colour (0-255 per channel).
    static void clear(const RasterTarget& target, int r, int g, int b);
    // Paints `data` over the target (pixel = (pos - DisplayPos) * FramebufferScale; at a
    // fractional scale positions snap to whole pixels, so glyphs stay 1:1 with their
    // texels). False, with nothing painted, when a command names a texture other than the
    // one set or has a user callback other than ImGui's reset: the caller draws that frame.
    bool draw(const ImDrawData& data, const RasterTarget& target);

private:
    struct Vertex {
        float x, y;          // target pixels
        float u, v;          // texels
        std::uint32_t color;  // ImU32
    };
    struct Clip {
        int x0, y0, x1, y1;  // pixels [x0, x1) × [y0, y1)
    };
    void drawList(const ImDrawList& list, float offsetX, float offsetY, float scaleX, float scaleY);
    // The 6 indices as one of ImGui's axis-aligned rectangles, drawn directly; false when they are not one.
    bool drawQuad(const Vertex* base, const ImDrawIdx* indices, const Clip& clip);
    // Where the fan of one flat colour starting at index `at` ends (at most `count`), or `at`.
    std::size_t fanEnd(const Vertex* base, const ImDrawIdx* indices, std::size_t at, std::size_t count) const;
    // Indices [at, end) as the convex polygon their fan covers, row by row.
    void drawFan(const Vertex* base, const ImDrawIdx* indices, std::size_t at, std::size_t end, const Clip& clip);
    void drawTriangle(const Vertex& a, const Vertex& b, const Vertex& c, const Clip& clip);
    // Straight-alpha colour (ImU32) of texel (u, v) tinted by `color`.
    std::uint32_t tinted(int u, int v, std::uint32_t color) const;

    RasterTarget target_{};
    RasterTexture texture_{};
    bool whiteTexels_ = true;  // every texel is white with some alpha (a font atlas): only alpha counts
    std::vector<Vertex> vertices_;  // the list being drawn, in target pixels and texels
    std::vector<const Vertex*> outline_;      // drawFan's polygon
    std::vector<float> spanLeft_, spanRight_;  // drawFan's crossings per row
};

}  // namespace saqbol::platform
