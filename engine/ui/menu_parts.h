// SPDX-License-Identifier: MIT
// Pieces the menu screens share (start menu, picker, settings, help): the centred page
// card, moving a highlight with the keys, a large title, plain buttons, and a row of
// segments (one of several values, e.g. the languages). Internal to engine_ui.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "painter.h"
#include "screens.h"

namespace saqbol::ui {

// The height of a menu button and of a row of segments.
inline float controlHeight(const Painter& p) { return p.em() * 2.0f; }

// Paints the page card centred on the desk — at most `max_width_em` text heights wide and
// `height` tall (clamped to the window) — and pushes it as the region "page"; returns the
// area inside its padding. Call endPage() after drawing.
Rect beginPage(Painter& p, float max_width_em, float height);
void endPage(Painter& p);

// The height a page needs for `content` inside its padding.
float pageHeight(const Painter& p, float content);

// Up, Down and Tab move `highlighted` over `count` controls, wrapping around.
void moveHighlight(int& highlighted, int count, const ScreenInput& input);

// `text` `scale` times the text height, bold, centred on `center_x`; recorded in `log`
// against `region`. Returns its height.
float bigText(Painter& p, DrawLog* log, const Rect& region, float center_x, float y, float scale, ImU32 color,
              const std::string& text);

// Lines of `text` wrapped to `width`, each centred in it. Returns the height used.
float centeredParagraph(Painter& p, const Rect& area, float y, ImU32 color, const std::string& text,
                        Face face = Face::Regular);

// A button with centred text (cut with "…" if it cannot fit); `primary` is filled with the
// accent colour. True when clicked.
bool menuButton(Painter& p, const Rect& rect, const std::string& text, bool highlighted, const char* id,
                bool primary = false);

// A one-line text field (Dear ImGui's text input over `buffer`) styled like the page, its
// text recorded in `log` against `page`. The highlight gives it the keyboard; it lets go
// when the keys move the highlight on. `clicked` is set when the mouse clicked into it
// while not highlighted. Returns whether it has the keyboard now (pass it back next frame
// as `was_typing`).
bool textField(Painter& p, DrawLog* log, const Rect& page, const Rect& rect, char* buffer, std::size_t size,
               const char* id, bool highlighted, bool was_typing, bool* clicked);

// A row of segments at `rect`, `selected` filled; the whole row framed when highlighted.
// Returns the segment clicked.
std::optional<int> segments(Painter& p, const Rect& rect, const std::vector<std::string>& options,
                            int selected, bool highlighted, const char* id);

}  // namespace saqbol::ui
