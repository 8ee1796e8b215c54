// SPDX-License-Identifier: MIT
// The before/after quiz in the game window: choosing form A (before a lesson) or B (after),
// each item on the phone with the question "A scam or real?" beside it, and the result —
// discernment on a bar from -100 to 100, d′ for the teacher, and every moment with the cue
// that gives it away. Like every screen these draw what the app hands them (QuizModel:
// the item bank, its words, the QuizRun) and RETURN what the player did (QuizAction); the
// app loads the bank and applies the action to its QuizRun. Nothing is timed, and nothing
// is revealed before the result. Dear ImGui + core only: no SDL, no disk, no clock.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "painter.h"
#include "quiz_run.h"
#include "scenario_text.h"
#include "screens.h"

namespace saqbol::ui {

// What the quiz screens show; the app fills it in.
struct QuizModel {
    const Quiz* quiz = nullptr;           // the item bank; null when it could not be loaded
    const Scenario* scenario = nullptr;   // quizAsScenario(*quiz): each item is a node
    const ScenarioText* words = nullptr;  // the bank's words in the player's language
    const QuizRun* run = nullptr;         // the form being taken; null before one is chosen
    std::string error;                    // why the bank could not be loaded ("file:line: message")
};

// What the player did on a quiz screen; the app applies it.
struct QuizAction {
    bool open = false;               // the quiz was opened from the menu: load the bank if it is not loaded
    std::optional<char> start;       // start this form ('A' or 'B') from its first item
    std::optional<QuizCall> answer;  // QuizRun::answer on the item shown
    bool back = false;               // QuizRun::back: the previous item, to change its call
    bool leave = false;              // the quiz is left: drop the run
    bool any() const { return open || start || answer || back || leave; }
};

// What each quiz screen keeps between frames (how it is looked at, never the answers).
struct QuizFormState {
    int highlighted = 0;  // 0 form A (preselected), 1 form B, 2 back
};
struct QuizItemState {
    std::size_t item = std::numeric_limits<std::size_t>::max();  // the run's item this state belongs to
    PlayScreenState phone;          // the phone's view; phone.highlighted is the focus over every control
    std::optional<int> focus_call;  // put the focus on this answer button once the phone is drawn
};
struct QuizResultState {
    int first = 0;  // the first block shown (the list pages with PgUp/PgDn, Up/Down, the wheel)
};

// Form A or B, with what each is for. Number keys 1/2 start a form, Up/Down/Tab move,
// Enter activates, Esc leaves (QuizAction::leave). `model` may be null (no bank).
QuizAction drawQuizFormScreen(const UiText& ui, const QuizModel* model, const ScreenInput& input,
                              QuizFormState& state, DrawLog* log = nullptr);

// The run's item on the phone; beside it "Moment n of N", the question, 1 "A scam",
// 2 "Real" and Back (Esc). Requires model.run, not finished.
QuizAction drawQuizItemScreen(const QuizModel& model, const ScreenInput& input, QuizItemState& state,
                              DrawLog* log = nullptr);

// The result of a finished run. Enter, 1 or Esc go back to the menu (QuizAction::leave).
QuizAction drawQuizResultScreen(const QuizModel& model, const ScreenInput& input, QuizResultState& state,
                                DrawLog* log = nullptr);

// Every string the quiz screens can draw for this bank in its language, for the font atlas.
std::vector<std::string> quizTexts(const ScenarioText& words, const Quiz& quiz);

}  // namespace saqbol::ui
