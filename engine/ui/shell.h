// SPDX-License-Identifier: MIT
// The game window around a play: the start menu, the scenario picker, settings and help,
// and the Shell that decides which screen shows (the phone and the debrief come from
// GameView, the quiz's screens from quiz_screen.h). Like every screen, these draw what the
// app hands them (ShellModel) and RETURN what the player did (Shell::Action); the app loads
// scenarios and the quiz, applies and saves settings, and plays sounds. Dear ImGui + core
// only: no SDL, no disk, no clock.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lesson_screen.h"
#include "presenter_screen.h"
#include "quiz_screen.h"
#include "screens.h"
#include "teacher_screen.h"

namespace saqbol::ui {

// One scenario as the picker shows it (the app builds these from the files it found).
struct ScenarioCard {
    std::string file;   // where it was found
    std::string title;  // in the player's language; the file name when it failed to load
    std::vector<Audience> audience;
    int minutes = 0;
    std::vector<std::string> tips;  // tip and rule ids it trains
    std::string error;              // "file:line: message" when the file failed to load; empty: playable
    std::string pack;               // the pack it came from: its name and version; empty outside a pack
    std::string author;             // that pack's author
};

// What the player can set; the app keeps it for the next start.
struct Settings {
    std::string lang = "kk";
    int text_size = 1;  // index into kTextSizeNames: S, M (default), L, XL
    bool sound = true;
    bool high_contrast = false;
    bool operator==(const Settings&) const = default;
};

inline constexpr std::array<const char*, 4> kTextSizeNames = {"S", "M", "L", "XL"};
inline constexpr std::array<const char*, 3> kLanguages = {"kk", "ru", "en"};
// The language after `lang` in kk → ru → en → kk (F2).
std::string nextLanguage(std::string_view lang);
// A language's own name: "Қазақша", "Русский", "English" (never translated).
const char* languageName(std::string_view lang);
// The audience as the picker says it ("child 10–13"), as an English msgid for tr().
const char* audienceLabel(Audience audience);

// What the shell's screens show; the app fills it in every frame.
struct ShellModel {
    const UiText* ui = nullptr;  // the UI's words (required)
    const std::vector<ScenarioCard>* cards = nullptr;
    Settings settings;
    std::string notice;                   // e.g. why the saved settings were not used
    const Session* session = nullptr;     // the scenario being played, if any
    const ScenarioText* words = nullptr;  // its words (with session)
    const QuizModel* quiz = nullptr;      // the quiz's bank and run, once the quiz was opened
    bool presenter = false;               // presenter mode: a scenario picked is played by the room
    const PresenterLesson* lesson = nullptr;  // presenter mode running a lesson: its step
    const LessonModel* lesson_home = nullptr;  // lesson mode: the lesson screen is home
    const TeacherModel* teacher = nullptr;     // the teacher's view (F9), while it is open
};

// What each screen keeps between frames: the highlighted control.
struct MenuState {
    int highlighted = 2;  // 0 language, 1 nickname, 2 play, 3 quiz, 4 settings, 5 help, 6 quit
    std::array<char, 40> nickname{};
    bool typing = false;  // the nickname field had the keyboard last frame
};
struct PickerState {
    int highlighted = 0;  // a card, or the last index + 1 for "Back"
    int first = 0;        // the first card shown (the list pages)
};
struct SettingsState {
    int highlighted = 0;  // 0 text size, 1 language, 2 sound, 3 contrast, 4 back
};
struct HelpState {
    int highlighted = 0;  // the one button: back
};

enum class MenuAction { None, Play, Quiz, Settings, Help, Quit };
MenuAction drawMenuScreen(const ShellModel& model, const ScreenInput& input, MenuState& state,
                          std::optional<Settings>* apply, DrawLog* log = nullptr);

struct PickerAction {
    std::optional<std::size_t> play;  // a playable card, by index
    bool back = false;
};
PickerAction drawPickerScreen(const ShellModel& model, const std::string& nickname, const ScreenInput& input,
                              PickerState& state, DrawLog* log = nullptr);

// Returns the changed settings (applied at once), else nullopt; `back` is set on Esc/Back.
std::optional<Settings> drawSettingsScreen(const ShellModel& model, const ScreenInput& input,
                                           SettingsState& state, bool* back, DrawLog* log = nullptr);

// Where to get help in Kazakhstan; true when the player goes back.
bool drawHelpScreen(const UiText& ui, const ScreenInput& input, HelpState& state, DrawLog* log = nullptr);

// Every screen of the game window and which one shows.
class Shell {
public:
    struct Action {
        std::optional<std::size_t> play;    // load this card's scenario and start a session
        std::optional<std::string> choice;  // apply with Session::choose
        bool play_again = false;            // start a new session of the same scenario
        bool next_in_lesson = false;        // presenter mode: go on to the lesson's next scenario
        LessonAction lesson;                // lesson mode: sign in, start a step, sign out
        TeacherAction teacher;              // the teacher's view: check or set the PIN, leave
        bool open_teacher = false;          // F9: the app opens the teacher's view (TeacherModel)
        bool leave = false;                 // the play is over: the app may drop the session
        std::optional<Settings> apply;      // apply these settings now and keep them
        QuizAction quiz;                    // open the quiz, start a form, answer, go back, leave
        bool quit = false;
        bool changed = false;  // draw again even without input
    };
    Action draw(const ShellModel& model, const ScreenInput& input, DrawLog* log = nullptr);
    Screen screen() const { return screen_; }
    // Shows `screen` (the screenshot command and tests jump straight to a screen).
    void show(Screen screen);
    // The nickname typed on the menu (may be empty: it is optional).
    std::string nickname() const { return menu_.nickname.data(); }
    void setNickname(std::string_view nickname);
    // Presenter mode's state (the room's votes so far), for tests and screenshots.
    const PresenterState& presenter() const { return presenter_; }
    // Whether the nickname field has the keyboard (the app then keeps digits and Backspace
    // for typing, not for picking or going back).
    bool typing() const { return screen_ == Screen::Lesson ? lesson_.typing : menu_.typing; }

private:
    // The quiz's screens: the form choice, an item, the result — whichever the run calls for.
    QuizAction drawQuiz(const ShellModel& model, const ScreenInput& input, DrawLog* log);
    // Where "back" leads when a play or a quiz is left: the lesson screen in lesson mode.
    static Screen home(const ShellModel& model, Screen otherwise) {
        return model.lesson_home != nullptr ? Screen::Lesson : otherwise;
    }

    Screen screen_ = Screen::Menu;
    Screen help_from_ = Screen::Menu;  // where Esc on the help screen goes back to
    MenuState menu_;
    PickerState picker_;
    SettingsState settings_;
    HelpState help_;
    GameView game_;
    PresenterState presenter_;
    LessonScreenState lesson_;
    TeacherState teacher_;
    Screen teacher_from_ = Screen::Menu;  // where leaving the teacher's view goes back to
    QuizFormState quiz_form_;
    QuizItemState quiz_item_;
    QuizResultState quiz_result_;
};

// Every string the shell's screens can draw (menu, picker cards, settings, help) in the
// UI's language, for the font atlas; add screenTexts() of a scenario being played.
std::vector<std::string> shellTexts(const UiText& ui, const std::vector<ScenarioCard>& cards);

}  // namespace saqbol::ui
