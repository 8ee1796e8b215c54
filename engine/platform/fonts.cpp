// SPDX-License-Identifier: MIT
// Fonts: search of the standard font directories, atlas building from the used characters
// only, UTF-8 decoding and the missing-glyph report. Reads font files itself (instead of
// ImFontAtlas::AddFontFromFileTTF) so a missing or corrupt file is an error we report,
// not an ImGui assertion.
#include "platform/fonts.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <vector>

#include <stb_truetype.h>

namespace saqbol::platform {

const char* const kCyrillicAlphabets =
    "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
    "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

namespace {

// A font family in order of preference; both have every Kazakh letter, ₸ and typographic quotes.
struct Family {
    const char* regular;
    const char* bold;
};
constexpr Family kFamilies[] = {
    {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
    {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"},
};

std::vector<std::string> standardFontDirs() {
    std::vector<std::string> dirs;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data != '\0') {
        dirs.push_back(std::string(data) + "/fonts");
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        dirs.push_back(std::string(home) + "/.local/share/fonts");
        dirs.push_back(std::string(home) + "/.fonts");
    }
    for (const char* dir : {"/usr/local/share/fonts", "/usr/share/fonts/truetype/noto",
                            "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/noto",
                            "/usr/share/fonts/google-noto", "/usr/share/fonts/dejavu",
                            "/usr/share/fonts/dejavu-sans-fonts", "/usr/share/fonts/TTF"}) {
        dirs.emplace_back(dir);
    }
    return dirs;
}

std::uint32_t readBigEndian(const unsigned char* p, int bytes) {
    std::uint32_t value = 0;
    for (int i = 0; i < bytes; ++i) value = (value << 8) | p[i];
    return value;
}

// True when the `size` bytes at `data` have a TrueType/OpenType table directory whose
// tables lie inside the file and include the ones stb_truetype reads. stb_truetype does not
// bounds-check, so a truncated or corrupt file must be refused before it reaches ImGui.
bool plausibleFontData(const unsigned char* data, std::size_t size) {
    if (size < 12) return false;
    const std::uint32_t version = readBigEndian(data, 4);
    if (version != 0x00010000u && version != 0x74727565u /* true */ &&
        version != 0x4F54544Fu /* OTTO */) {
        return false;
    }
    const std::uint32_t tables = readBigEndian(data + 4, 2);
    if (tables == 0 || 12 + 16 * static_cast<std::size_t>(tables) > size) return false;
    int required = 0;  // cmap, head, hhea, hmtx, maxp
    for (std::uint32_t i = 0; i < tables; ++i) {
        const unsigned char* record = data + 12 + 16 * i;
        const std::uint64_t offset = readBigEndian(record + 8, 4);
        const std::uint64_t length = readBigEndian(record + 12, 4);
        if (offset + length > size) return false;
        const std::string tag(reinterpret_cast<const char*>(record), 4);
        if (tag == "cmap" || tag == "head" || tag == "hhea" || tag == "hmtx" || tag == "maxp") {
            ++required;
        }
    }
    return required == 5;
}

// A font file's bytes in memory from IM_ALLOC, so that the atlas can own them.
struct FontData {
    void* bytes = nullptr;  // null: unreadable, or not a plausible font
    int size = 0;
};

// Reads the font file at `path` straight into memory the atlas will own: one read, no copy
// (a font is half a megabyte or more; at start-up copies and page faults cost more than the
// read; docs/performance.md).
FontData readFontFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    if (size <= 0 || size >= (1 << 30)) return {};
    void* bytes = IM_ALLOC(static_cast<std::size_t>(size));
    in.seekg(0);
    if (!in.read(static_cast<char*>(bytes), size) ||
        !plausibleFontData(static_cast<const unsigned char*>(bytes), static_cast<std::size_t>(size))) {
        IM_FREE(bytes);
        return {};
    }
    return {bytes, static_cast<int>(size)};
}

// The codepoints of `ranges` (ImGui's pairs, 0-terminated) that `font` has no glyph for,
// as ranges of the same kind; just {0} when it has them all. Control characters (which
// ImGui's default ranges include and no font draws) are not counted as lacked.
std::vector<ImWchar> lackedBy(const FontData& font, const ImWchar* ranges) {
    std::vector<ImWchar> lacked;
    const auto* bytes = static_cast<const unsigned char*>(font.bytes);
    stbtt_fontinfo info;
    const bool readable = stbtt_InitFont(&info, bytes, stbtt_GetFontOffsetForIndex(bytes, 0)) != 0;
    for (const ImWchar* range = ranges; range[0] != 0; range += 2) {
        for (unsigned cp = range[0]; cp <= range[1]; ++cp) {
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) continue;
            if (readable && stbtt_FindGlyphIndex(&info, static_cast<int>(cp)) != 0) continue;
            if (!lacked.empty() && lacked.back() + 1u == cp) {
                lacked.back() = static_cast<ImWchar>(cp);
            } else {
                lacked.push_back(static_cast<ImWchar>(cp));
                lacked.push_back(static_cast<ImWchar>(cp));
            }
        }
    }
    lacked.push_back(0);
    return lacked;
}

// True when `path` is readable and starts like a font (full checks happen when loading).
bool looksLikeFont(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char magic[4] = {};
    if (!in.read(reinterpret_cast<char*>(magic), 4)) return false;
    const std::uint32_t version = readBigEndian(magic, 4);
    return version == 0x00010000u || version == 0x74727565u || version == 0x4F54544Fu;
}

std::string findIn(const std::vector<std::string>& dirs, const char* file,
                   std::vector<std::string>* tried) {
    for (const std::string& dir : dirs) {
        std::string path = dir + "/" + file;
        if (tried != nullptr) tried->push_back(path);
        if (looksLikeFont(path)) return path;
    }
    return {};
}

// Adds a font file read by readFontFile() to the atlas, which takes its bytes.
ImFont* addFont(ImFontAtlas& atlas, FontData font, const std::string& path, float pixelSize,
                const ImWchar* ranges, bool merge) {
    ImFontConfig cfg;
    cfg.MergeMode = merge;
    // One texel per pixel: the software renderer samples without filtering.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    const std::size_t slash = path.find_last_of('/');
    std::snprintf(cfg.Name, sizeof(cfg.Name), "%s, %.0fpx", path.c_str() + slash + 1, pixelSize);
    return atlas.AddFontFromMemoryTTF(font.bytes, font.size, pixelSize, &cfg, ranges);
}

// Characters a font may lack that another of its own glyphs stands in for, rather than
// reading a whole fallback font for one character: Debian's Noto Sans has no U+2212 MINUS
// SIGN, which most scenarios use for money leaving an account ("−50 000 ₸"), and its
// EN DASH is nearly the same line. Loading DejaVu Sans and its bold for it cost a
// scenario's first frame about 1.5 MB read and 10 ms (docs/performance.md), and the minus
// would have been drawn in another typeface than the digits next to it.
struct StandIn {
    ImWchar lacked;
    ImWchar drawn_as;
};
constexpr StandIn kStandIns[] = {{0x2212, 0x2013}};

// `ranges` (ImGui's pairs, 0-terminated) without `cp`.
std::vector<ImWchar> without(const std::vector<ImWchar>& ranges, ImWchar cp) {
    std::vector<ImWchar> out;
    for (std::size_t i = 0; ranges[i] != 0; i += 2) {
        const ImWchar first = ranges[i], last = ranges[i + 1];
        if (cp < first || cp > last) {
            out.insert(out.end(), {first, last});
            continue;
        }
        if (cp > first) out.insert(out.end(), {first, static_cast<ImWchar>(cp - 1)});
        if (cp < last) out.insert(out.end(), {static_cast<ImWchar>(cp + 1), last});
    }
    out.push_back(0);
    return out;
}

bool inRanges(const std::vector<ImWchar>& ranges, ImWchar cp) {
    for (std::size_t i = 0; ranges[i] != 0; i += 2)
        if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
    return false;
}

// A stand-in to apply once the atlas is built (ImFont::AddRemapChar needs the glyph index).
struct Remap {
    ImFont* font;
    StandIn stand_in;
};

// Adds `primary` with `ranges`, then, merged into it, each of `fallbacks` for what the
// fonts before it lack. A fallback is read only when something is lacking: Noto Sans has
// every letter of the three languages, so DejaVu Sans is usually not read at all, and a
// character kStandIns covers is drawn by the primary's own glyph (put in `remaps`; the
// stand-in glyph must be in `ranges`). `kept` holds the fallbacks' ranges, which must
// outlive atlas.Build(). Null when `primary` cannot be read.
ImFont* addFamily(ImFontAtlas& atlas, const std::string& primary, const std::vector<std::string>& fallbacks,
                  float pixelSize, const ImWchar* ranges, std::vector<std::vector<ImWchar>>& kept,
                  std::vector<Remap>& remaps) {
    const FontData font = readFontFile(primary);
    if (font.bytes == nullptr) return nullptr;
    ImFont* added = addFont(atlas, font, primary, pixelSize, ranges, false);
    if (added == nullptr) return nullptr;
    std::vector<ImWchar> lacked = lackedBy(font, ranges);
    for (const StandIn& stand_in : kStandIns) {
        if (!inRanges(lacked, stand_in.lacked) || inRanges(lacked, stand_in.drawn_as)) continue;
        lacked = without(lacked, stand_in.lacked);
        remaps.push_back({added, stand_in});
    }
    for (const std::string& path : fallbacks) {
        if (lacked.size() <= 1) break;  // nothing lacked
        const FontData fallback = readFontFile(path);
        if (fallback.bytes == nullptr) continue;
        std::vector<ImWchar> still = lackedBy(fallback, lacked.data());
        kept.push_back(std::move(lacked));
        addFont(atlas, fallback, path, pixelSize, kept.back().data(), true);
        lacked = std::move(still);
    }
    return added;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace

bool parseTextSize(std::string_view name, TextSize* out) {
    std::string upper;
    for (char c : name) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    for (TextSize size : {TextSize::S, TextSize::M, TextSize::L, TextSize::XL}) {
        if (upper == textSizeName(size)) {
            *out = size;
            return true;
        }
    }
    return false;
}

const char* textSizeName(TextSize size) {
    static const char* const kNames[] = {"S", "M", "L", "XL"};
    return kNames[static_cast<int>(size)];
}

float textPixelSize(TextSize size, float displayScale) {
    static const float kBasePixels[] = {15.0f, 18.0f, 24.0f, 32.0f};  // S, M, L, XL at 96 dpi
    return std::round(kBasePixels[static_cast<int>(size)] * std::max(displayScale, 0.5f));
}

FontFiles findFontFiles(const std::vector<std::string>& extraDirs) {
    std::vector<std::string> dirs = extraDirs;
    const std::vector<std::string> standard = standardFontDirs();
    dirs.insert(dirs.end(), standard.begin(), standard.end());

    FontFiles files;
    for (const Family& family : kFamilies) {
        std::string regular = findIn(dirs, family.regular, &files.tried);
        if (regular.empty()) continue;
        std::string bold = findIn(dirs, family.bold, nullptr);
        if (files.regular.empty()) {
            files.regular = std::move(regular);
            files.bold = std::move(bold);
        } else {
            files.fallbacks.push_back(std::move(regular));
            if (!bold.empty()) files.boldFallbacks.push_back(std::move(bold));
        }
    }
    return files;
}

FontReport buildFontAtlas(ImFontAtlas& atlas, const std::vector<std::string>& texts,
                          float pixelSize, const FontFiles& files) {
    FontReport report;
    report.files = files;
    report.pixelSize = pixelSize;
    atlas.Clear();

    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());  // ASCII + Latin-1
    builder.AddChar(0x2026);                             // … for ImGui's own ellipsis
    builder.AddChar(0xFFFD);                             // � marks text the atlas lacks
    for (const StandIn& stand_in : kStandIns) builder.AddChar(stand_in.drawn_as);
    for (const std::string& text : texts) builder.AddText(text.data(), text.data() + text.size());
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);  // must outlive atlas.Build() below

    std::vector<std::vector<ImWchar>> fallbackRanges;  // must outlive atlas.Build() too
    std::vector<Remap> remaps;
    ImFont* regular = nullptr;
    if (!files.regular.empty()) {
        regular =
            addFamily(atlas, files.regular, files.fallbacks, pixelSize, ranges.Data, fallbackRanges, remaps);
        if (regular != nullptr && !files.bold.empty()) {
            addFamily(atlas, files.bold, files.boldFallbacks, pixelSize, ranges.Data, fallbackRanges, remaps);
        }
    }
    if (regular != nullptr && atlas.Build()) {
        for (const Remap& remap : remaps)
            remap.font->AddRemapChar(remap.stand_in.lacked, remap.stand_in.drawn_as);
    } else {
        atlas.Clear();
        ImFontConfig cfg;
        cfg.SizePixels = pixelSize;
        regular = atlas.AddFontDefault(&cfg);
        atlas.Build();
        report.builtinFallback = true;
        std::string tried;
        for (const std::string& path : files.tried) tried += "\n  " + path;
        report.message =
            "No font with Kazakh letters could be loaded. Paths tried:" + tried +
            "\nInstall one with: sudo apt install fonts-noto-core   (or: fonts-dejavu-core)"
            "\nUsing Dear ImGui's built-in font for now: it has ASCII only, so Kazakh and "
            "Russian text shows as '?'.";
    }
    report.glyphCount = regular->Glyphs.Size;
    return report;
}

std::vector<char32_t> decodeUtf8(std::string_view utf8) {
    std::vector<char32_t> out;
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto b0 = static_cast<unsigned char>(utf8[i]);
        std::size_t length = 0;
        char32_t cp = 0;
        if (b0 < 0x80) { length = 1; cp = b0; }
        else if ((b0 & 0xE0) == 0xC0) { length = 2; cp = b0 & 0x1F; }
        else if ((b0 & 0xF0) == 0xE0) { length = 3; cp = b0 & 0x0F; }
        else if ((b0 & 0xF8) == 0xF0) { length = 4; cp = b0 & 0x07; }
        bool ok = length > 0 && i + length <= utf8.size();
        for (std::size_t k = 1; ok && k < length; ++k) {
            const auto b = static_cast<unsigned char>(utf8[i + k]);
            ok = (b & 0xC0) == 0x80;
            cp = (cp << 6) | (b & 0x3F);
        }
        static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
        ok = ok && cp >= kMinForLength[length] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        out.push_back(ok ? cp : 0xFFFD);
        i += ok ? length : 1;
    }
    return out;
}

std::vector<char32_t> missingGlyphs(const ImFont& font, std::string_view utf8) {
    std::vector<char32_t> missing;
    for (char32_t cp : decodeUtf8(utf8)) {
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) continue;  // control characters
        const bool present =
            cp <= 0xFFFF && font.FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr;
        if (!present && std::find(missing.begin(), missing.end(), cp) == missing.end()) {
            missing.push_back(cp);
        }
    }
    return missing;
}

std::string describeCodepoints(const std::vector<char32_t>& codepoints) {
    std::string out;
    for (char32_t cp : codepoints) {
        char hex[16];
        std::snprintf(hex, sizeof(hex), "U+%04X ", static_cast<unsigned>(cp));
        if (!out.empty()) out += ", ";
        out += hex;
        appendUtf8(out, cp);
    }
    return out;
}

}  // namespace saqbol::platform
