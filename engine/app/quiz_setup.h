// SPDX-License-Identifier: MIT
// The quiz ready for the game window's screens — what the window (`saqbol`), `saqbol
// screenshot --screen quiz…` and the rendering tests share: the item bank loaded with its
// problems, shown as a scenario (quizAsScenario, so the phone draws an item as a moment),
// its words in the player's language, and the run being taken. Loading files happens here,
// at the app's edge; the screens get a ui::QuizModel.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog.h"
#include "quiz_run.h"
#include "quiz_screen.h"
#include "scenario_loader.h"
#include "scenario_text.h"
#include "ui_text.h"

namespace saqbol {

// Not movable: `words` refers to `scenario` and `catalog`.
struct LoadedQuiz {
    std::filesystem::path file;
    CourseLoad loaded;
    Scenario scenario;                    // quizAsScenario of the bank
    Catalog catalog;                      // its translations in the player's language
    std::unique_ptr<ScenarioText> words;  // set when the bank can be used
    std::optional<QuizRun> run;           // the form being taken
    std::string error;  // why the bank cannot be used: its first error, "file:line: CODE message"

    // The bank, or null when it cannot be used.
    const Quiz* quiz() const { return error.empty() && loaded.quiz ? &*loaded.quiz : nullptr; }
    // What the quiz screens show (pointers into this object).
    ui::QuizModel model() const;
    // Every string the quiz screens can draw now, for the font atlas (none when unusable).
    std::vector<std::string> texts() const;
};

// Loads the bank in `file` with its words in `lang`; problems also go to `sink`. `ui` (the
// UI's words) must outlive the result and may be switched in place. Never null: a bank
// that cannot be used keeps why in `error`, for the form screen to say.
std::unique_ptr<LoadedQuiz> loadQuiz(const std::filesystem::path& file, const std::string& lang,
                                     const UiText& ui, const ProblemSink& sink);

// The bank's words in `lang` (F2 mid-quiz); the run and its calls are kept.
void setQuizLanguage(LoadedQuiz& quiz, const std::string& lang, const ProblemSink& sink);

// Applies what a quiz screen returned: start a form, answer, go back, leave (`open` is the
// caller's: load the bank first). Nothing happens when the bank cannot be used.
void applyQuizAction(LoadedQuiz& quiz, const ui::QuizAction& action);

// "s,r,1,2" as calls (s or 1: a scam, r or 2: real); nullopt when an item is neither,
// with that item in `bad`.
std::optional<std::vector<QuizCall>> parseQuizCalls(const std::string& list, std::string* bad);

}  // namespace saqbol
