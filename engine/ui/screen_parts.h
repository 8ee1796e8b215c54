// SPDX-License-Identifier: MIT
// Pieces the screens share: the full-window ImGui host every screen draws in (with the
// desk behind), the panel card, and the numbered button used for choices and for "play
// again". Internal to engine_ui.
#pragma once

#include <string>

#include "painter.h"
#include "scenario.h"

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

// The height a numbered button needs at `width`.
float buttonHeight(const Painter& p, const ButtonContent& content, float width);
// Draws a numbered button at `rect` (its height from buttonHeight); true when clicked.
bool numberedButton(Painter& p, const Rect& rect, const ButtonContent& content, bool highlighted, const char* id);

// The colour of a verdict (safe green, risky amber, harmful red) and of an outcome.
ImU32 verdictColor(Verdict verdict);
ImU32 outcomeColor(Outcome outcome);

}  // namespace saqbol::ui
