// SPDX-License-Identifier: MIT
// Lesson mode in the game window (saqbol --lesson LESSON [--class C]): the lesson loaded
// with its scenarios found, the student signed in (a class and a nickname — the results
// store's player), their progress (core/lesson_progress.h) as the lesson screen shows it,
// and the recording of each step into the results store: every decision committed as it
// is made, the ending, a quiz form's answers when it is handed in. A scenario left
// unfinished resumes where it was left: begin() returns the choices to replay. When the
// store cannot be written the lesson goes on and the screen says results are not kept.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lesson.h"
#include "lesson_progress.h"
#include "lesson_screen.h"
#include "quiz_run.h"
#include "results_store.h"
#include "session.h"
#include "ui_text.h"

namespace saqbol {

class LessonMode {
public:
    // The lesson in `file` with each step's scenario found (shipped, or in `extra_dirs`);
    // null with `error` ("file:line: ...") when the lesson or a scenario cannot be used.
    // `class_name` is the class the teacher fixed for this PC (empty: students type it).
    static std::unique_ptr<LessonMode> open(const std::filesystem::path& file,
                                            const std::vector<std::filesystem::path>& extra_dirs,
                                            const std::string& class_name, std::string* error);

    const Lesson& lesson() const { return lesson_; }
    const ui::LessonModel& model() const { return model_; }
    bool signedIn() const { return recorder_ != nullptr; }

    // The titles and labels in the player's language (`ui` must outlive this).
    void setLanguage(const std::string& lang, const UiText& ui);
    // Signs a student in; a refused nickname or class is said on the screen (model().notice).
    void signIn(const std::string& class_name, const std::string& nickname, const std::string& now);
    void signOut();

    // What starting step `index` means for the app.
    struct Begin {
        bool quiz = false;
        char form = 0;                       // quiz
        std::filesystem::path file;          // scenario
        std::string node;                    // booster: the moment to start from; empty: the start
        std::vector<std::string> replay;     // choice ids to replay (an unfinished play resumed)
    };
    // Starts recording step `index` (a scenario's session now; a quiz's when handed in).
    std::optional<Begin> begin(int index);

    // While a scenario step plays: the decision just made (Session::history().back()) and
    // the ending reached.
    void decided(const Decision& decision);
    void ended(const std::string& ending);
    // A quiz form handed in: its session and answers.
    void quizDone(const QuizRun& run);
    // The progress again (after a step, or when the student comes back to the plan).
    void refresh(const std::string& now);

private:
    LessonMode() = default;
    void rebuildModel();

    std::filesystem::path file_;
    Lesson lesson_;
    std::vector<std::filesystem::path> files_;  // per lesson step
    std::string fixed_class_;
    std::string lang_ = "kk";
    const UiText* ui_ = nullptr;
    std::string title_;
    std::map<std::string, std::string> titles_;   // scenario id → title, translated
    std::map<std::string, std::string> choices_;  // "scenario:node:choice" → the choice's words, translated
    std::unique_ptr<PlayRecorder> recorder_;
    std::string recorder_error_;
    LessonProgress progress_;
    ui::LessonModel model_;
    int playing_ = -1;  // the step being played
};

}  // namespace saqbol
