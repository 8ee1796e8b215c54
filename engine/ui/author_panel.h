// SPDX-License-Identifier: MIT
// Author mode's screens: the author panel (F12), the "AUTHOR" badge with the last reload's
// note, and the overlay with the errors of a save that did not load. Like every screen, they
// draw what the app hands them (AuthorModel) and RETURN what the author did; the app's
// AuthorSession loads, replays and jumps. The panel lists the scenario's nodes (filtered as
// you type) to jump to or to play from with edited variables, the variables, the history
// with "go back to here", the live per-tip score, and lint's problems for this file.
// Keyboard: Tab/Shift+Tab move between the parts, Up/Down within a list, Enter acts, Esc
// closes (or first cancels an edit or clears the filter). Dear ImGui + core only.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "painter.h"
#include "problem.h"
#include "scenario_text.h"
#include "screens.h"
#include "session.h"
#include "ui_text.h"

namespace saqbol::ui {

// What the author layer shows; the app fills it from its author session every frame.
struct AuthorModel {
    const UiText* ui = nullptr;           // the UI's words (required)
    const Session* session = nullptr;     // the play being authored (required for the panel)
    const ScenarioText* words = nullptr;  // its words (with session)
    std::string file;                     // the scenario file as given
    std::string start_node;         // the node the play was started at by a jump; empty: the scenario's start
    std::vector<Problem> problems;  // lint's for this file, then script problems met in play
    std::vector<Problem> errors;    // the errors of the last save, while the last good version runs
    std::string note;               // what the last reload did, in the UI's language (may be empty)
};

// What the panel keeps between frames: where the keyboard is, what is selected, the edits.
struct AuthorPanelState {
    enum Part { kFilter, kNodes, kJump, kPlayFrom, kVariables, kHistory, kGoBack, kProblems, kClose, kParts };
    int focus = kFilter;
    std::array<char, 64> filter{};
    bool typing = false;  // a text field (filter, variable editor) has the keyboard
    std::string node;     // the selected node's id (empty: the current node)
    int node_first = 0;   // the first row shown of the filtered list
    int variable = 0;     // the selected variable, in name order
    int variable_first = 0;
    bool editing = false;      // the selected variable's editor is open
    bool edit_opened = false;  // the editor opened this frame (it takes the keyboard)
    int edit_serial = 0;  // each opening is a new field (Dear ImGui keeps a field's text while it is active)
    std::array<char, 256> edit{};  // what is typed (a number starts empty, its value shown as the hint)
    bool edit_invalid = false;     // the text typed is not a number
    int decision = -1;             // the selected decision; -1: the last
    int decision_first = 0;
    int problem = 0;
    int problem_first = 0;
    Variables draft;            // the variables "play from here" uses
    bool draft_edited = false;  // false: the draft follows the play's variables
};

// What the author did in the panel this frame.
struct AuthorPanelAction {
    std::optional<std::string> jump;  // start at this node with the play's variables
    std::optional<std::pair<std::string, Variables>> play_from;  // start at this node with these variables
    std::optional<std::size_t> go_back;                          // back to the moment before history()[n]
    bool close = false;                                          // Esc or Close
    bool changed = false;                                        // draw again even without input
};

// A panel state for opening on `session`: the current node selected, the draft its variables.
AuthorPanelState openAuthorPanel(const Session& session);

// The author panel over the whole window.
AuthorPanelAction drawAuthorPanel(const AuthorModel& model, const ScreenInput& input, AuthorPanelState& state,
                                  DrawLog* log = nullptr);

// The "AUTHOR" badge (with "F12: author panel") and `note` on one line in the window's top
// margin, over whatever screen shows (call after it).
void drawAuthorBadge(const UiText& ui, const std::string& note, DrawLog* log = nullptr);

// The errors of the last save in a card over the play, or alone on the desk when no version
// has loaded yet (`alone`). Returns true when the author hides it (Esc or its button; not
// when alone: there is nothing to go back to).
bool drawAuthorErrors(const UiText& ui, const std::vector<Problem>& errors, bool alone,
                      const ScreenInput& input, DrawLog* log = nullptr);

// Every string the author layer can draw for `model` (for the font atlas).
std::vector<std::string> authorTexts(const AuthorModel& model);

}  // namespace saqbol::ui
