// SPDX-License-Identifier: MIT
// The game window's screens: the phone with the story panel beside it, and the debrief.
// A screen draws the state it is given and RETURNS what the player did (a choice id, "show
// the debrief", "play again"); it never changes the session. What a screen keeps between
// frames is only how it is looked at (which choice is highlighted, how far a list is
// scrolled). Dear ImGui + core only: no SDL, no disk, no clock.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "painter.h"
#include "phone.h"
#include "scenario_text.h"
#include "session.h"

namespace saqbol::ui {

// The keys pressed this frame, by meaning; the app maps physical keys onto these (the
// number row counts by position: a Kazakh layout types letters there).
struct ScreenInput {
    int digit = 0;       // 1-9: pick that numbered item; 0: none
    bool enter = false;  // activate the highlighted item
    bool back = false;   // Esc or Backspace: go back
    bool up = false;     // move the highlight
    bool down = false;
    bool next = false;   // Tab: move the focus to the next control (phone buttons, then choices)
    bool previous = false;  // Shift+Tab: move the focus back
    bool left = false;      // Left/Right: move the focus (across the phone's keypad)
    bool right = false;
    bool erase = false;     // Backspace (it also sets `back`): delete the last digit on the keypad
    bool page_up = false;   // PageUp/PageDown: scroll what scrolls (the phone app's list, the call's subtitles, the story panel) by a page
    bool page_down = false;
    std::string dial;       // keys for the phone's keypad, in order: '0'-'9', '+' (1-9 also set `digit`)
    bool hand = false;      // Space or +: one more raised hand (presenter mode)
    bool notes = false;     // N: the facilitator's notes on or off (presenter mode)
    bool pause = false;     // P: pause or go on (presenter mode)
    bool teacher = false;   // F9: the teacher's view
};

// The screens that exist: the start menu, the scenario picker, settings and help (shell.h
// draws those), the phone and the debrief (GameView), and the quiz's three (quiz_screen.h):
// the form choice, an item, the result; presenter mode's (presenter_screen.h) and lesson
// mode's home (lesson_screen.h); the teacher's view (teacher_screen.h).
enum class Screen { Menu, Picker, Settings, Help, Phone, Debrief, QuizForm, Quiz, QuizResult, Presenter, RoomQuiz, Lesson, Teacher };
const char* nameOf(Screen screen);
std::optional<Screen> parseScreen(std::string_view name);
// "menu, picker, …, presenter, lesson" for help texts and errors.
std::string screenNameList();

// What the phone screen keeps between frames.
struct PlayScreenState {
    std::string node;           // the node this state belongs to (reset when it changes)
    int highlighted = -1;       // the control with the keyboard focus (phone controls, then choices); -1: none
    std::optional<App> viewing; // an app opened from a banner instead of the one in front
    bool keypad = false;        // the phone's keypad is open (a `dial:` choice is done on it)
    std::string dialed;         // the number typed on the keypad so far
    bool wrong_number = false;  // the last number dialed is not the one the choice names
    int subtitles_first = -1;   // the first row of the call's subtitles shown; -1: the newest line's start
    int story_first = -1;       // the first row of the panel's story shown; -1: the newest paragraph's start
    int choices_first = -1;     // the first choice shown when they do not all fit beside the phone; -1: the first
    std::map<App, int> list_first;  // per phone app, the first row of its scrolled list shown; absent: its start
};

// What the player did on the phone screen this frame.
struct PlayAction {
    std::optional<std::string> choice;  // a shown choice of the current node, by id
    bool open_debrief = false;          // at an ending: go on to the debrief
};

// The phone (the app in front, drawn from phoneView) and, beside it, the story so far and
// the numbered choices of this moment.
PlayAction drawPlayScreen(const Session& session, const ScenarioText& words, const ScreenInput& input,
                          PlayScreenState& state, DrawLog* log = nullptr);

// What the debrief screen keeps between frames.
struct DebriefScreenState {
    int first_moment = 0;  // the first moment shown (the list pages with Up/Down)
};

// Play again (Enter, button 1), help (button 2), back to the picker (Esc, button 3).
enum class DebriefAction { None, PlayAgain, Help, Leave };

// The ending, each moment that mattered (what you chose, the safe move, the tip's advice),
// the chart per tip and where to get help.
DebriefAction drawDebriefScreen(const Session& session, const ScenarioText& words, const ScreenInput& input,
                                DebriefScreenState& state, DrawLog* log = nullptr);

// The screens of one play: which is showing, and their states.
class GameView {
public:
    struct Action {
        std::optional<std::string> choice;  // apply with Session::choose
        bool play_again = false;            // start a new session (the view is reset)
        bool help = false;                  // the debrief's Help: show where to get help
        bool leave = false;                 // the debrief's Esc: back to the scenario picker (view reset)
        bool changed = false;               // something changed: draw again even without input
    };
    // Draws the screen showing now for `session` and returns what the player did.
    Action draw(const Session& session, const ScenarioText& words, const ScreenInput& input, DrawLog* log = nullptr);
    Screen screen() const { return screen_; }
    // Shows `screen` (the screenshot command and tests jump straight to a screen).
    void show(Screen screen) { screen_ = screen; }

private:
    Screen screen_ = Screen::Phone;
    PlayScreenState play_;
    DebriefScreenState debrief_;
};

// Every string the screens can draw for this scenario, in its language: the font atlas
// is built from their letters.
std::vector<std::string> screenTexts(const ScenarioText& words);

}  // namespace saqbol::ui
