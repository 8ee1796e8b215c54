// SPDX-License-Identifier: MIT
// Presenter mode: one scenario played by a room on a projector (a workshop, or a class
// sharing one screen). The phone on the left, as large as the window allows; on the right,
// for each moment, the room's vote — the facilitator counts the raised hands per choice and
// types them in (digits, or Space once per hand) — then the bars, then the reveal: the
// story goes on with the room's choice (the phone shows what follows), every choice shows
// its verdict and why, and a question opens the discussion. At the end, the room's choices
// against the safe ones, per tip. N shows the facilitator's notes (the safe move before the
// vote), P pauses (the screen goes blank until P again). No timers and no individual scores:
// only the room's counts, kept for this play and never stored. Dear ImGui + core only.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "quiz_screen.h"
#include "screens.h"
#include "workshop.h"

namespace saqbol::ui {

// Where the presenter is at the moment showing.
enum class PresenterPhase {
    Vote,     // counting hands
    Bars,     // the counts as bars; a tie is settled by the facilitator
    Reveal,   // the room's choice was followed: verdicts, why, the discussion prompt
    Summary,  // the ending: the room's choices per tip and per moment
};

// What the presenter screen keeps between frames.
struct PresenterState {
    PresenterPhase phase = PresenterPhase::Vote;
    std::string node;               // the moment being voted on (reset when it changes)
    std::size_t step = 0;           // the session's history length at that moment
    std::vector<int> votes;         // hands per shown choice
    int selected = 0;               // the choice whose hands are being typed (Up/Down)
    bool fresh = true;              // the next digit starts a new count for `selected`
    bool notes = false;             // N: the facilitator's notes show
    bool paused = false;            // P: the screen is blank
    std::vector<RoomVote> room;     // every moment voted so far, in order
    std::vector<RoomQuizVote> quiz_room;  // the room's quiz: every item voted so far
    PlayScreenState phone;          // how the phone is looked at (scrolled lists)
    int first_block = 0;            // the panel's first block shown (PageUp/PageDown)
    std::pair<PresenterPhase, std::size_t> paged{};  // the phase and moment `first_block` belongs to
};

// A lesson run in presenter mode: where the room is in it and the lesson's own questions
// for this scenario (shown at its summary), in the room's language.
struct PresenterLesson {
    std::string progress;               // "Lesson title · scenario 2 of 5"
    std::vector<std::string> discuss;   // the lesson's questions after this scenario
    bool has_next = false;              // another scenario follows this one
};

// What the facilitator did this frame.
struct PresenterAction {
    std::optional<std::string> choice;  // the room's choice: apply with Session::choose
    bool next = false;                  // Enter at the summary of a lesson's scenario: the next one
    bool leave = false;                 // Esc at the summary (or before the first vote): back to the scenarios
    bool changed = false;               // something changed: draw again
};

// `lesson` (may be null) when the scenario is a step of a lesson.
PresenterAction drawPresenterScreen(const Session& session, const ScenarioText& words, const ScreenInput& input,
                                    PresenterState& state, const PresenterLesson* lesson = nullptr,
                                    DrawLog* log = nullptr);

// What the facilitator did on the room's quiz this frame.
struct RoomQuizAction {
    std::optional<QuizCall> answer;  // the room's call on the item: QuizRun::answer
    bool next = false;               // Enter at the end, in a lesson: its next part
    bool leave = false;              // Esc at the end (or before the first count): the quiz is left
    bool changed = false;
};

// The before/after quiz taken by the room (room_quiz_screen.cpp): per item of the run, the
// hands for "a scam" and "real", the bars, the truth with its sign; the room's calls per
// tip at the end. `quiz` must have a run; `lesson` (may be null) when it is part of a lesson.
RoomQuizAction drawRoomQuizScreen(const QuizModel& quiz, const ScreenInput& input, PresenterState& state,
                                  const PresenterLesson* lesson = nullptr, DrawLog* log = nullptr);

// Every string the presenter screen can draw for this scenario (the font atlas).
std::vector<std::string> presenterTexts(const ScenarioText& words);

}  // namespace saqbol::ui
