// SPDX-License-Identifier: MIT
// Plays a scenario through the real screens with simulated input only, the way the window
// does: each frame draws the GameView with the keys of that frame (or with the mouse
// where Dear ImGui reads it), and a choice the screen returns is applied with
// Session::choose — the engine decides, the input only drives. Mouse clicks go to the
// middle of a control as the last frame recorded it (DrawLog::controls), never to
// hard-coded pixels. Test helper only.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "game_fixture.h"
#include "platform/headless.h"

namespace saqbol::test {

class InputDriver {
public:
    InputDriver(const Game& game, platform::TextSize size = platform::TextSize::M);

    // One frame with `input` (nothing pressed by default); applies a returned choice.
    ui::GameView::Action key(const ui::ScreenInput& input = {});
    // Presses a number key / Enter / Tab / Shift+Tab, one frame each.
    ui::GameView::Action digit(int number);
    ui::GameView::Action enter();
    ui::GameView::Action tab(bool back = false);
    // Types `keys` for the phone's keypad, one key a frame ('0'-'9', '+').
    void type(const std::string& keys);
    // Clicks the control the last frame recorded as `name` ("choice:2", "keypad:7"…): moves
    // the mouse there, presses and releases it. False when no such control was drawn.
    bool click(const std::string& name);
    // Turns the mouse wheel `notches` (> 0: up, as Dear ImGui counts) over the middle of the
    // region the last frame recorded as `name` ("subtitles", "story"). False when none was drawn.
    bool wheel(const std::string& region, float notches);
    // Presses Tab until the focus is on the control called `name` (at most one round).
    bool focus(const std::string& name);

    Session& session() { return *session_; }
    const ui::GameView& view() const { return view_; }
    const ui::DrawLog& log() const { return log_; }
    // The focused control's name ("" when none), from the last frame.
    std::string focused() const;
    // Whether the last frame drew `text`.
    bool drew(const std::string& text) const;
    // Whether the last frame drew a line starting with `text` (wrapped texts are logged by line).
    bool drewStart(const std::string& text) const;
    bool hasControl(const std::string& name) const;
    // Checks the last frame as a player's eye would (no missing letter, every text inside
    // its region), saves it as `png` under outputDir(); returns the problems found.
    std::vector<std::string> check(const std::string& png, Image* image = nullptr);

private:
    ui::GameView::Action frame(const ui::ScreenInput& input, bool settle = true);

    const Game& game_;
    std::unique_ptr<platform::Headless> host_;
    std::optional<Session> session_;
    ui::GameView view_;
    ui::DrawLog log_;
};

}  // namespace saqbol::test
