// SPDX-License-Identifier: MIT
// The teacher's view in the game window, behind a PIN the teacher sets, so students at the
// teacher's PC do not wander in. Pages: the PIN (dots for the digits typed, never the
// digits), setting a PIN the first time (typed twice), the classes, and one class — the
// share of safe decisions per tip as bars, the weakest tips, the quiz before → after, the
// moments most of the class got wrong with the choice most made there, and a row per
// student (scenarios finished of started, their share per tip), paged by whole rows.
// Like every screen it draws what the app hands it (TeacherModel: the classes from
// analyzeClasses, names, whether a PIN is set and was given) and RETURNS what the teacher
// did (TeacherAction); the app checks and stores the PIN (engine/app/teacher_pin.h) and
// tells the screen the result through the model. Keyboard only works; nothing is timed.
// Dear ImGui + core only: no SDL, no disk, no clock.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "painter.h"
#include "report.h"
#include "screens.h"

namespace saqbol::ui {

// What the teacher's view shows; the app fills it in.
struct TeacherModel {
    const UiText* ui = nullptr;                         // required
    const std::vector<ClassReport>* classes = nullptr;  // analyzeClasses(results, ""); null: none read
    // Scenario id → title, and choiceKey(scenario, node, choice) → the choice's text, in the
    // UI language (as ReportContext has them); null or missing entries show the ids.
    const std::map<std::string, std::string, std::less<>>* scenario_titles = nullptr;
    const std::map<std::string, std::string, std::less<>>* choice_texts = nullptr;
    bool pin_set = false;      // pinIsSet(dataFolder()); false: the view asks for a new PIN
    bool pin_damaged = false;  // a PIN file is there but cannot be read (said on the new-PIN page)
    bool unlocked = false;     // the PIN was given (or set) since the view was opened
    bool wrong_pin = false;    // the last PIN checked was not the one set
    std::string notice;        // a problem to show: the PIN could not be saved, no results store
};

// The teacher's view's pages.
enum class TeacherPage { Pin, NewPin, ConfirmPin, Classes, Class };

// What the teacher's view keeps between frames (how it is looked at; never the PIN set).
struct TeacherState {
    TeacherPage page = TeacherPage::Pin;
    std::string typed;       // the digits typed on a PIN page, 0 to 8 (drawn as dots)
    std::string new_pin;     // on ConfirmPin: the new PIN typed the first time
    bool mismatch = false;   // the new PIN was typed differently the second time
    bool too_short = false;  // Enter with fewer than 4 digits
    bool changing = false;   // NewPin/ConfirmPin opened from the classes to change the PIN
    int highlighted = 0;     // Classes: a class, then "Change the PIN", then Back
    int first_class = 0;     // Classes: the first class shown (the list pages)
    int shown_class = 0;     // Class: which of model.classes
    int first_row = 0;       // Class: the first row shown (PgUp/PgDn by whole rows)
};

// What the teacher did; the app applies it.
struct TeacherAction {
    std::optional<std::string> check_pin;  // checkPin(folder, pin) → model.unlocked or model.wrong_pin
    std::optional<std::string> set_pin;  // setPin(folder, pin) → model.pin_set, model.unlocked (or notice)
    bool leave = false;                  // back to the menu; the app locks the view again
    bool changed = false;                // something changed: draw again even without input
};

// Draws the page `state` is on (moved to the PIN pages while the model is locked) and
// returns what the teacher did. Digits come in `input.dial`; Backspace (`erase`) deletes
// one; Enter confirms; Esc goes back a page, and from the PIN or the classes leaves.
TeacherAction drawTeacherScreen(const TeacherModel& model, const ScreenInput& input, TeacherState& state,
                                DrawLog* log = nullptr);

// Every string the teacher's view can draw for `model` (the font atlas): the UI catalog's
// translations, class names, nicknames, scenario titles and choice texts.
std::vector<std::string> teacherTexts(const TeacherModel& model);

}  // namespace saqbol::ui
