// SPDX-License-Identifier: MIT
// Pieces the presenter's screens share (the room voting on a scenario's moments,
// presenter_screen.cpp, and on the quiz's, room_quiz_screen.cpp): the layout with the phone
// large, the panel's body as blocks that page whole, bars, and the facilitator's keys for
// counting hands. Internal to engine_ui.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "painter.h"
#include "presenter_screen.h"

namespace saqbol::ui {

struct PresenterLayout {
    Rect phone;
    Rect panel;
};
// The phone as tall as the window, the panel taking the rest (a projector is wide).
PresenterLayout presenterLayout(float em);

// One piece of the panel's body: its height, the space above it, and how to draw it at a top.
struct Block {
    float height = 0.0f;
    float gap = 0.0f;
    std::function<void(Painter&, float top)> draw;
};
// A paragraph of wrapped text as one block.
Block paragraph(const Painter& p, std::string text, float width, ImU32 color, Face face, float gap, float left);

// Draws the blocks that fit in `body` from where its page was left (PageUp/PageDown, the
// wheel), whole, with a cue when some are hidden; a new phase or moment starts at the top;
// `selected_block` (-1: none) is brought into view when Up/Down/Enter moved the highlight.
void drawBlocks(Painter& p, const UiText& ui, const Rect& body, const std::vector<Block>& blocks,
                const ScreenInput& input, PresenterState& state, int selected_block);

// The paused screen: blank but for how to go on (P) — the room talks, the screen waits.
void drawPaused(Painter& p, const UiText& ui);

// A horizontal bar: the track, the share filled, and `label` after it.
void bar(Painter& p, ImVec2 at, float width, float share, ImU32 color, const std::string& label);
// "64%" of part in whole (0% of nothing).
std::string percent(int part, int whole);

// The Vote phase's keys over `count` options: Up/Down choose the option being counted,
// digits type its hands (typing again replaces them), Space/+ adds one, Backspace takes a
// digit off, Esc clears every count, Enter shows the bars (the first leader selected).
// True when Esc found nothing to clear: the facilitator wants to leave.
bool countHands(const ScreenInput& input, PresenterState& state, int count);
// The Bars phase's keys: Up/Down settle a tie among `leaders` (state.selected), Esc goes
// back to counting. True when Enter goes on with state.selected.
bool settleTie(const ScreenInput& input, PresenterState& state, const std::vector<int>& leaders);

}  // namespace saqbol::ui
