// SPDX-License-Identifier: MIT
// Pieces the screens share: the full-window ImGui host every screen draws in (with the
// desk behind), the panel card, and the numbered button used for choices and for "play
// again". Internal to engine_ui.
#pragma once

#include <string>
#include <vector>

#include "painter.h"
#include "scenario.h"
#include "ui_text.h"

namespace saqbol::ui {

// Opens the borderless full-window ImGui window a screen draws in and paints the desk.
ImDrawList* beginScreen(const char* id);
void endScreen();

// How a numbered button looks and what it says.
struct ButtonContent {
    std::string number;       // in the round badge ("1"); empty: no badge
    std::string text;         // wrapped
    std::string action;       // a phone action id for the icon, or empty
    std::string action_label; // shown under the text with the icon
};

// The height a numbered button needs at `width`; `tight` keeps less room around its text
// (the play screen's choices when they would not all fit otherwise).
float buttonHeight(const Painter& p, const ButtonContent& content, float width, bool tight = false);
// Draws a numbered button at `rect` (its height from buttonHeight); true when clicked.
bool numberedButton(Painter& p, const Rect& rect, const ButtonContent& content, bool highlighted, const char* id,
                    bool tight = false);

// The colour of a verdict (safe green, risky amber, harmful red) and of an outcome.
ImU32 verdictColor(Verdict verdict);
ImU32 outcomeColor(Outcome outcome);

// Text seen through a window that scrolls by whole rows (the call's subtitles, the
// story panel's narration): no row is ever cut, so every drawn line stays inside its region.
struct ScrollRow {
    std::string text;
    ImU32 color = 0;
    Face face = Face::Regular;
    float height = 0.0f;  // the row itself
    float gap = 0.0f;     // space above it (between paragraphs or boxes)
    int group = 0;        // the paragraph or subtitle it belongs to
};

// Where the rows are seen from this frame.
struct ScrollView {
    int first = 0;        // the first row shown
    int last = -1;        // the last row shown (rows first..last fit)
    bool above = false;   // rows hidden above
    bool below = false;   // rows hidden below
    std::vector<float> y; // each shown row's top, by row index (others: undefined)
};

// The total height of `rows` (gaps included, the first row's gap not).
float scrollContentHeight(const std::vector<ScrollRow>& rows);
// Works out which rows show in `height` from `first` (-1: the default, rows from
// `start_row` on, as far down as the end allows), moves it by PageUp/PageDown
// (`page` -1/+1) and by wheel notches (`wheel` > 0 scrolls up), and stores it back. Rows
// are laid out from `top`.
ScrollView scrollRows(const std::vector<ScrollRow>& rows, float top, float height, int& first, int start_row, int page,
                      float wheel);
// The "more" cue on one line at `at`, `width` wide: the words for what is hidden and a
// small arrow per hidden side.
void scrollCue(Painter& p, const UiText& ui, ImVec2 at, float width, const ScrollView& view, ImU32 color);

}  // namespace saqbol::ui
