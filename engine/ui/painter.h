// SPDX-License-Identifier: MIT
// Painter: how every screen puts text and shapes on an ImDrawList — wrapped text measured
// before it is drawn, single lines shortened with "…", and regions (the phone's screen,
// the panel beside it) that clip what is drawn and that every text is recorded against in
// a DrawLog, so tests can check that nothing runs outside and no glyph is missing.
// Dear ImGui only; no SDL, no game rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace saqbol::ui {

// An axis-aligned rectangle in window units.
struct Rect {
    ImVec2 min;
    ImVec2 max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    ImVec2 center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
    bool contains(const Rect& other, float slack = 0.5f) const;
    // This rectangle shrunk by `dx` left and right, `dy` top and bottom.
    Rect inset(float dx, float dy) const;
};

// One text as drawn: the string, where it went, and the region it had to stay inside.
struct DrawnText {
    std::string text;
    Rect rect;
    Rect region;
    std::string region_name;
};

// Everything a frame drew, for tests and screenshots to check.
struct DrawLog {
    std::vector<DrawnText> texts;
    std::vector<std::pair<std::string, Rect>> regions;
    std::vector<std::pair<std::string, Rect>> controls;  // what can be clicked ("choice:2", "keypad:7"…), in focus order
    int focused = -1;  // index into `controls` of the one with the keyboard focus; -1: none
};

enum class Face { Regular, Bold };

class Painter {
public:
    // Draws into `list` with the current ImGui fonts; `log` (may be null) records texts.
    Painter(ImDrawList* list, DrawLog* log);

    ImDrawList* list() const { return list_; }
    // The text height: the unit every size is derived from.
    float em() const { return em_; }
    // Distance between the tops of two wrapped lines.
    float lineHeight() const { return em_ * 1.25f; }

    // Clips drawing to `region` and records texts against it until popRegion().
    void pushRegion(const Rect& region, std::string name);
    void popRegion();
    // Records a control a pointer can press, so tests can click where it was drawn.
    void recordControl(std::string name, const Rect& rect);

    // Width and height of `text` on one line.
    ImVec2 measure(std::string_view text, Face face = Face::Regular) const;
    // `text` broken into lines no wider than `width` (words kept whole when they fit).
    std::vector<std::string> wrap(std::string_view text, float width, Face face = Face::Regular) const;
    // Height of `text` wrapped to `width`.
    float wrappedHeight(std::string_view text, float width, Face face = Face::Regular) const;
    // `text` cut to fit `width` on one line, with "…" when shortened.
    std::string fit(std::string_view text, float width, Face face = Face::Regular) const;
    // `text` shortened as needed and always ended with "…" (for text cut elsewhere).
    std::string ellipsize(std::string_view text, float width, Face face = Face::Regular) const;

    // Draws one line at `pos` (top-left); returns its width.
    float text(ImVec2 pos, ImU32 color, std::string_view text, Face face = Face::Regular);
    // Draws `text` wrapped to `width`, at most `max_lines` lines (0: all; the last shown
    // line ends in "…" when cut); returns the height used.
    float wrapped(ImVec2 pos, float width, ImU32 color, std::string_view text, Face face = Face::Regular,
                  int max_lines = 0);
    // Draws one line centred horizontally on `center_x`.
    void centered(float center_x, float y, ImU32 color, std::string_view text, Face face = Face::Regular);

    // Shapes used everywhere.
    void fillRect(const Rect& rect, ImU32 color, float rounding = 0.0f, ImDrawFlags flags = 0);
    void strokeRect(const Rect& rect, ImU32 color, float rounding = 0.0f, float thickness = 1.0f);
    void verticalGradient(const Rect& rect, ImU32 top, ImU32 bottom);
    // A filled circle with a digit or short label in it (choice numbers).
    void badge(ImVec2 center, float radius, ImU32 fill, ImU32 ink, std::string_view label);

private:
    ImFont* font(Face face) const;

    ImDrawList* list_;
    DrawLog* log_;
    ImFont* regular_;
    ImFont* bold_;
    float em_;
    std::vector<std::pair<Rect, std::string>> regions_;
};

}  // namespace saqbol::ui
