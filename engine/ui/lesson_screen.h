// SPDX-License-Identifier: MIT
// Lesson mode's home (saqbol --lesson LESSON --class 7B on each PC of a class): first "who
// is playing" — a nickname or the number in the class register, and the class unless the
// teacher fixed it — then the lesson's plan for that student: the quiz before, each
// scenario, the quiz after, each marked done, started or not yet, the next one highlighted;
// and, a week after the lesson, a booster of the moments the student got wrong. Enter (or
// the step's number) starts a step; Esc signs out for the next student. The app records
// everything into the results store and resumes an unfinished scenario where it was left.
// Dear ImGui + core only.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "lesson_progress.h"
#include "screens.h"

namespace saqbol::ui {

// One step as the plan shows it.
struct LessonStepView {
    std::string label;   // "Quiz before the lesson (form A)", a scenario's title, a booster's moment
    StepStatus status = StepStatus::NotStarted;
    bool booster = false;
};

// What the lesson screen shows; the app fills it in.
struct LessonModel {
    std::string title;        // the lesson's title, translated
    std::string class_name;   // the class the teacher fixed (--class); empty: the student types it
    std::string player;       // signed in as this nickname; empty: nobody yet
    std::string player_class; // the signed-in player's class
    std::vector<LessonStepView> steps;
    int next = -1;            // the step to do next; -1: every one done
    bool booster_due = false;
    std::string notice;       // a problem to show (a nickname refused, results not being kept)
};

// What the lesson screen keeps between frames.
struct LessonScreenState {
    std::array<char, 40> nickname{};
    std::array<char, 24> class_name{};
    int highlighted = 0;  // sign-in: 0 nickname, 1 class (when typed), 2 start; plan: a step
    bool typing = false;  // a text field has the keyboard
    int first = 0;        // the plan's first row shown (it pages)
    std::string shown_player;  // the player the plan's highlight was set for
};

struct LessonAction {
    std::optional<std::pair<std::string, std::string>> sign_in;  // (class, nickname) as typed
    std::optional<int> start;                                     // a step to start, by index
    bool sign_out = false;
    bool changed = false;
};

LessonAction drawLessonScreen(const UiText& ui, const LessonModel& model, const ScreenInput& input,
                              LessonScreenState& state, DrawLog* log = nullptr);

// Every string the lesson screen can draw (the font atlas).
std::vector<std::string> lessonTexts(const UiText& ui, const LessonModel& model);

}  // namespace saqbol::ui
