// SPDX-License-Identifier: MIT
// Shell: which screen of the game window shows, and the way between them —
//   menu → picker → phone → debrief → (help) → picker/phone; menu → settings, help;
//   menu → quiz form → quiz item → … → quiz result → menu;
//   presenter mode: picker → presenter (vote → bars → reveal, per moment; the summary) → picker;
//   presenter mode: menu → quiz form → the room's quiz (vote → bars → answer, per item) → menu;
//   F9 from anywhere → the teacher's view (PIN, classes, a class) → back where it was.
// Esc goes back one step: picker → menu, settings → menu, help → where it came from,
// debrief → picker, a quiz item → the previous item (the first → the form choice), the
// form choice and the quiz result → menu. On the phone Esc belongs to the phone (it closes
// an opened app).
#include "shell.h"

#include <algorithm>
#include <cstring>

#include "tips.h"

namespace saqbol::ui {
namespace {
// The Kazakh and Russian alphabets: a nickname may be typed in either.
constexpr const char* kCyrillicLetters =
    "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
}  // namespace

std::string nextLanguage(std::string_view lang) {
    for (std::size_t i = 0; i < kLanguages.size(); ++i)
        if (lang == kLanguages[i]) return kLanguages[(i + 1) % kLanguages.size()];
    return kLanguages[0];
}

const char* languageName(std::string_view lang) {
    if (lang == "kk") return "Қазақша";
    if (lang == "ru") return "Русский";
    if (lang == "en") return "English";
    return "xx";
}

const char* audienceLabel(Audience audience) {
    switch (audience) {
        case Audience::Child:
            return N_("children 10–13");
        case Audience::Teen:
            return N_("teenagers 14–17");
        case Audience::Adult:
            return N_("adults");
        case Audience::Parent:
            return N_("parents");
    }
    return "";
}

void Shell::show(Screen screen) {
    if (screen == Screen::Help) help_from_ = screen_ == Screen::Help ? Screen::Menu : screen_;
    if (screen == Screen::Teacher && screen_ != Screen::Teacher) {  // opened locked, on the PIN
        teacher_from_ = screen_;
        teacher_ = TeacherState{};
    }
    screen_ = screen;
    if (screen == Screen::Phone || screen == Screen::Debrief) game_.show(screen);
    if (screen == Screen::Presenter || screen == Screen::RoomQuiz) presenter_ = PresenterState{};
}

void Shell::setNickname(std::string_view nickname) {
    menu_.nickname.fill('\0');
    std::memcpy(menu_.nickname.data(), nickname.data(), std::min(nickname.size(), menu_.nickname.size() - 1));
}

Shell::Action Shell::draw(const ShellModel& model, const ScreenInput& input, DrawLog* log) {
    Action action;
    action.changed = input.digit != 0 || input.enter || input.back || input.up || input.down || input.next;
    const Screen before = screen_;
    // F9 anywhere but on a text field: the app opens the teacher's view (locked: the PIN first).
    if (input.teacher && screen_ != Screen::Teacher && !typing()) {
        action.open_teacher = true;
        action.changed = true;
        return action;
    }
    switch (screen_) {
        case Screen::Menu: {
            switch (drawMenuScreen(model, input, menu_, &action.apply, log)) {
                case MenuAction::Play:
                    screen_ = Screen::Picker;
                    break;
                case MenuAction::Quiz:
                    screen_ = Screen::QuizForm;
                    quiz_form_ = {};
                    action.quiz.open = true;
                    break;
                case MenuAction::Settings:
                    screen_ = Screen::Settings;
                    break;
                case MenuAction::Help:
                    show(Screen::Help);
                    break;
                case MenuAction::Quit:
                    action.quit = true;
                    break;
                case MenuAction::None:
                    break;
            }
            break;
        }
        case Screen::Picker: {
            const PickerAction picked = drawPickerScreen(model, nickname(), input, picker_, log);
            if (picked.play) {
                action.play = picked.play;
                game_ = GameView();
                presenter_ = PresenterState{};
                screen_ = model.presenter ? Screen::Presenter : Screen::Phone;
            } else if (picked.back) {
                screen_ = Screen::Menu;
            }
            break;
        }
        case Screen::Settings: {
            bool back = false;
            action.apply = drawSettingsScreen(model, input, settings_, &back, log);
            if (back) screen_ = Screen::Menu;
            break;
        }
        case Screen::Help:
            if (drawHelpScreen(*model.ui, input, help_, log)) screen_ = help_from_;
            break;
        case Screen::QuizForm:
        case Screen::Quiz:
        case Screen::QuizResult:
            action.quiz = drawQuiz(model, input, log);
            // Paging the result and moving the focus change the picture too.
            action.changed = action.changed || input.page_up || input.page_down || input.previous ||
                             input.left || input.right;
            break;
        case Screen::Teacher: {
            if (model.teacher == nullptr) {
                screen_ = teacher_from_;
                break;
            }
            action.teacher = drawTeacherScreen(*model.teacher, input, teacher_, log);
            action.changed = action.changed || action.teacher.changed;
            if (action.teacher.leave) screen_ = teacher_from_;
            break;
        }
        case Screen::Lesson: {
            if (model.lesson_home == nullptr) {
                screen_ = Screen::Menu;
                break;
            }
            action.lesson = drawLessonScreen(*model.ui, *model.lesson_home, input, lesson_, log);
            action.changed = action.changed || action.lesson.changed;
            if (action.lesson.start) {  // the app starts the step and shows its screen
                game_ = GameView();
                quiz_item_ = {};
                quiz_result_ = {};
            }
            break;
        }
        case Screen::RoomQuiz: {
            if (model.quiz == nullptr || model.quiz->run == nullptr || model.quiz->words == nullptr) {
                screen_ = Screen::QuizForm;
                break;
            }
            const RoomQuizAction room = drawRoomQuizScreen(*model.quiz, input, presenter_, model.lesson, log);
            action.quiz.answer = room.answer;
            action.changed = action.changed || room.changed;
            if (room.next) {
                action.next_in_lesson = true;
                presenter_ = PresenterState{};
            } else if (room.leave) {
                action.quiz.leave = true;
                screen_ = Screen::Menu;
            }
            break;
        }
        case Screen::Presenter: {
            if (model.session == nullptr || model.words == nullptr) {
                screen_ = Screen::Picker;
                break;
            }
            const PresenterAction room =
                drawPresenterScreen(*model.session, *model.words, input, presenter_, model.lesson, log);
            action.choice = room.choice;
            if (room.next) {  // the app loads the next scenario; the room starts counting afresh
                action.next_in_lesson = true;
                presenter_ = PresenterState{};
            }
            action.changed = action.changed || room.changed;
            if (room.leave) {
                action.leave = true;
                screen_ = Screen::Picker;
            }
            break;
        }
        case Screen::Phone:
        case Screen::Debrief: {
            if (model.session == nullptr || model.words == nullptr) {  // nothing to play: choose first
                screen_ = Screen::Picker;
                break;
            }
            const GameView::Action played = game_.draw(*model.session, *model.words, input, log);
            action.choice = played.choice;
            action.play_again = played.play_again;
            action.changed = action.changed || played.changed;
            if (played.help)
                show(Screen::Help);
            else if (played.leave) {
                action.leave = true;
                screen_ = home(model, Screen::Picker);
            } else {
                screen_ = game_.screen();
            }
            break;
        }
    }
    if (screen_ != before || action.apply || action.play || action.quit || action.quiz.any())
        action.changed = true;
    return action;
}

QuizAction Shell::drawQuiz(const ShellModel& model, const ScreenInput& input, DrawLog* log) {
    const QuizModel* quiz = model.quiz;
    const bool running =
        quiz != nullptr && quiz->quiz != nullptr && quiz->words != nullptr && quiz->run != nullptr;
    // The screen follows the run: none → choose a form; finished → the result.
    if (!running)
        screen_ = Screen::QuizForm;
    else if (quiz->run->finished())
        screen_ = Screen::QuizResult;
    else
        screen_ = Screen::Quiz;
    QuizAction action;
    switch (screen_) {
        case Screen::Quiz:
            action = drawQuizItemScreen(*quiz, input, quiz_item_, log);
            if (action.back && quiz->run->current() == 0) {  // back from the first item: choose again
                action = {};
                action.leave = true;
                screen_ = home(model, Screen::QuizForm);
                quiz_form_ = {};
                quiz_form_.highlighted = quiz->run->form() == 'B' ? 1 : 0;
            }
            break;
        case Screen::QuizResult:
            action = drawQuizResultScreen(*quiz, input, quiz_result_, log);
            if (action.leave) screen_ = home(model, Screen::Menu);
            break;
        default:
            action = drawQuizFormScreen(*model.ui, quiz, input, quiz_form_, log);
            if (action.start && model.presenter) {  // presenter mode: the room takes the quiz
                screen_ = Screen::RoomQuiz;
                presenter_ = PresenterState{};
            } else if (action.start) {
                screen_ = Screen::Quiz;
                quiz_item_ = {};
                quiz_result_ = {};
            } else if (action.leave) {
                screen_ = home(model, Screen::Menu);
            }
            break;
    }
    return action;
}

std::vector<std::string> shellTexts(const UiText& ui, const std::vector<ScenarioCard>& cards) {
    std::vector<std::string> texts = ui.translations();
    texts.emplace_back("«Сақ бол!»—–…·•№%");
    for (const char* lang : kLanguages) texts.emplace_back(languageName(lang));
    texts.emplace_back(kCyrillicLetters);
    for (const ScenarioCard& card : cards) {
        texts.push_back(card.title);
        texts.push_back(card.error);
        texts.push_back(card.file);
        texts.push_back(card.pack);
        texts.push_back(card.author);
    }
    if (ui.lang() == "xx")
        texts.push_back(pseudoTranslate("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    return texts;
}

}  // namespace saqbol::ui
