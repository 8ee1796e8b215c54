// SPDX-License-Identifier: MIT
// GameView: which screen shows (phone, then the debrief after an ending) and the states
// the screens keep; the screen names the command line accepts. A GameView shows only the
// phone and the debrief; any other screen falls back to the phone (Shell draws the rest).
#include "screens.h"

namespace saqbol::ui {

const char* nameOf(Screen screen) {
    switch (screen) {
        case Screen::Menu: return "menu";
        case Screen::Picker: return "picker";
        case Screen::Settings: return "settings";
        case Screen::Help: return "help";
        case Screen::Phone: return "phone";
        case Screen::Debrief: return "debrief";
        case Screen::QuizForm: return "quiz-form";
        case Screen::Quiz: return "quiz";
        case Screen::QuizResult: return "quiz-result";
        case Screen::Presenter: return "presenter";
        case Screen::RoomQuiz: return "room-quiz";
        case Screen::Lesson: return "lesson";
        case Screen::Teacher: return "teacher";
    }
    return "";
}

std::optional<Screen> parseScreen(std::string_view name) {
    for (Screen screen : {Screen::Menu, Screen::Picker, Screen::Settings, Screen::Help, Screen::Phone, Screen::Debrief,
                          Screen::QuizForm, Screen::Quiz, Screen::QuizResult, Screen::Presenter, Screen::RoomQuiz, Screen::Lesson, Screen::Teacher})
        if (name == nameOf(screen)) return screen;
    return std::nullopt;
}

std::string screenNameList() { return "menu, picker, settings, help, phone, debrief, quiz-form, quiz, quiz-result, presenter, room-quiz, lesson, teacher"; }

GameView::Action GameView::draw(const Session& session, const ScenarioText& words, const ScreenInput& input, DrawLog* log) {
    Action action;
    // Any key may move a highlight or page a list: one more frame shows it settled.
    action.changed = input.digit != 0 || input.enter || input.back || input.up || input.down || input.next ||
                     input.page_up || input.page_down;
    if (screen_ == Screen::Debrief) {
        const DebriefAction done = drawDebriefScreen(session, words, input, debrief_, log);
        if (done == DebriefAction::Help) {
            action.help = true;
            action.changed = true;
        } else if (done == DebriefAction::PlayAgain || done == DebriefAction::Leave) {
            action.play_again = done == DebriefAction::PlayAgain;
            action.leave = done == DebriefAction::Leave;
            action.changed = true;
            *this = GameView();
        }
        return action;
    }
    const PlayAction played = drawPlayScreen(session, words, input, play_, log);
    action.choice = played.choice;
    if (played.open_debrief) {
        screen_ = Screen::Debrief;
        debrief_ = {};
    }
    if (played.choice || played.open_debrief) action.changed = true;
    return action;
}

}  // namespace saqbol::ui
