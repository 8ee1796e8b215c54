// SPDX-License-Identifier: MIT
// Fonts: finds a system font with full Kazakh Cyrillic, builds the Dear ImGui atlas from only
// the characters the game's strings use (plus Latin-1), and reports glyphs a font lacks.
// Owns no GPU state (ImGuiSdlRenderer uploads the atlas) and never includes SDL.
// Atlas layout: Fonts[0] = regular (ImGui's default font); Fonts[1] = bold, present only
// when a bold file was found (check atlas.Fonts.Size > 1).
// Limits: Debian's Dear ImGui uses 16-bit ImWchar, so only the Basic Multilingual Plane
// renders (no emoji); codepoints above U+FFFF count as missing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace saqbol::platform {

// The player's chosen text size (workshop projection uses L or XL).
enum class TextSize { S, M, L, XL };

// Parses "S", "M", "L" or "XL" (any case); false leaves `out` unchanged.
bool parseTextSize(std::string_view name, TextSize* out);
// The size's name: "S", "M", "L" or "XL".
const char* textSizeName(TextSize size);
// Font height in logical pixels for `size` at a display scale (1 = 96 dpi).
float textPixelSize(TextSize size, float displayScale);

// Kazakh and Russian alphabets, both cases: add to the atlas texts where players type.
extern const char* const kCyrillicAlphabets;

// Font files chosen on this system, and every path looked at.
struct FontFiles {
    std::string regular;                 // empty when no suitable font was found
    std::string bold;                    // empty when the family has no bold file
    std::vector<std::string> fallbacks;  // other regular fonts merged in for missing glyphs
    std::vector<std::string> boldFallbacks;  // the same for the bold face
    std::vector<std::string> tried;      // every path checked, in order
};

// Looks for Noto Sans, then DejaVu Sans in `extraDirs` first, then the standard font dirs.
FontFiles findFontFiles(const std::vector<std::string>& extraDirs = {});

// What buildFontAtlas() did.
struct FontReport {
    FontFiles files;
    bool builtinFallback = false;  // true: no usable font file, ImGui's ASCII-only font used
    std::string message;           // a warning for the user when builtinFallback, else empty
    float pixelSize = 0.0f;        // rasterised height in pixels
    int glyphCount = 0;            // glyphs in the regular font
};

// Clears `atlas` and fills it with regular + bold fonts at `pixelSize`, covering Latin-1 and
// the characters of `texts` (UTF-8); falls back to ImGui's built-in font, never fails.
FontReport buildFontAtlas(ImFontAtlas& atlas, const std::vector<std::string>& texts,
                          float pixelSize, const FontFiles& files);

// Codepoints of `utf8` (each once, in order) that `font` would draw as a fallback box;
// control characters are ignored, malformed UTF-8 reports U+FFFD.
std::vector<char32_t> missingGlyphs(const ImFont& font, std::string_view utf8);
// Formats codepoints for messages: "U+04D8 Ә, U+20B8 ₸".
std::string describeCodepoints(const std::vector<char32_t>& codepoints);
// Decodes UTF-8 into codepoints; malformed bytes become U+FFFD.
std::vector<char32_t> decodeUtf8(std::string_view utf8);

}  // namespace saqbol::platform
