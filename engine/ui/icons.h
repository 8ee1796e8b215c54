// SPDX-License-Identifier: MIT
// Icons drawn in code with ImDrawList shapes: no image files, no third-party art, and no
// faces (a person is a head-and-shoulders silhouette). Each fits a square of `size`
// centred on `c`. Dear ImGui only.
#pragma once

#include <imgui.h>

#include "phone.h"

namespace saqbol::ui::icons {

// A phone handset; `hang_up` turns it to the "end call" position.
void handset(ImDrawList* list, ImVec2 c, float size, ImU32 color, bool hang_up = false);
// A video camera (video calls).
void video(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A closed padlock (lock screen).
void padlock(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A bank building with columns.
void bank(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A globe (the browser).
void globe(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A speech bubble (the messenger).
void bubble(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// An envelope (SMS).
void envelope(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A game controller (game chat).
void gamepad(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A news card with lines (the social feed).
void feed(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A bell (notifications).
void bell(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A picture frame with a hill and a sun (photo placeholders).
void photo(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A head-and-shoulders silhouette in a circle (avatars; never a face).
void person(ImDrawList* list, ImVec2 c, float size, ImU32 background, ImU32 color);
// Signal bars and a battery (the status bar).
void signal(ImDrawList* list, ImVec2 c, float size, ImU32 color);
void battery(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A shield with a tick (safe moves, help lines).
void shield(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A chain link (links in messages).
void link(ImDrawList* list, ImVec2 c, float size, ImU32 color);
// A keypad-and-code mark (typing a code), a card with an arrow (paying), a "no" circle
// (blocking), a flag (reporting), a download arrow (installing).
void code(ImDrawList* list, ImVec2 c, float size, ImU32 color);
void pay(ImDrawList* list, ImVec2 c, float size, ImU32 color);
void block(ImDrawList* list, ImVec2 c, float size, ImU32 color);
void flag(ImDrawList* list, ImVec2 c, float size, ImU32 color);
void download(ImDrawList* list, ImVec2 c, float size, ImU32 color);

// The icon of a phone app.
void app(ImDrawList* list, App app, ImVec2 c, float size, ImU32 color);
// The icon of a choice's phone action ("hang_up", "pay", "dial:7111", …); false if none.
bool action(ImDrawList* list, const std::string& action, ImVec2 c, float size, ImU32 color);

}  // namespace saqbol::ui::icons
