// SPDX-License-Identifier: MIT
#include "quiz_setup.h"

#include <sstream>

#include "course_files.h"
#include "course_text.h"

namespace saqbol {

ui::QuizModel LoadedQuiz::model() const {
    ui::QuizModel model;
    model.error = error;
    if (quiz() == nullptr || !words) return model;
    model.quiz = quiz();
    model.scenario = &scenario;
    model.words = words.get();
    model.run = run ? &*run : nullptr;
    return model;
}

std::vector<std::string> LoadedQuiz::texts() const {
    if (quiz() == nullptr || !words) return {error};
    return ui::quizTexts(*words, *quiz());
}

std::unique_ptr<LoadedQuiz> loadQuiz(const std::filesystem::path& file, const std::string& lang,
                                     const UiText& ui, const ProblemSink& sink) {
    auto out = std::make_unique<LoadedQuiz>();
    out->file = file;
    out->loaded = loadCourseFile(file);
    for (const Problem& p : out->loaded.problems) {
        if (sink) sink(p);
        if (p.severity == Severity::Error && out->error.empty()) out->error = formatProblem(p);
    }
    if (out->error.empty() && !out->loaded.quiz)
        out->error = file.string() + ": not a quiz file (it must end with `return quiz { ... }`)";
    if (!out->error.empty()) return out;
    out->scenario = quizAsScenario(*out->loaded.quiz);
    out->words = std::make_unique<ScenarioText>(out->scenario, out->catalog, ui);
    setQuizLanguage(*out, lang, sink);
    return out;
}

void setQuizLanguage(LoadedQuiz& quiz, const std::string& lang, const ProblemSink& sink) {
    const Quiz* bank = quiz.quiz();
    if (bank == nullptr) return;
    quiz.catalog = loadCourseCatalog(quiz.file, bank->id, bank->lang, quizStrings(*bank), lang, sink);
}

void applyQuizAction(LoadedQuiz& quiz, const ui::QuizAction& action) {
    const Quiz* bank = quiz.quiz();
    if (bank == nullptr) return;
    if (action.start) quiz.run.emplace(*bank, *action.start);
    if (action.answer && quiz.run) quiz.run->answer(*action.answer);
    if (action.back && quiz.run) quiz.run->back();
    if (action.leave) quiz.run.reset();
}

std::optional<std::vector<QuizCall>> parseQuizCalls(const std::string& list, std::string* bad) {
    std::vector<QuizCall> calls;
    std::stringstream in(list);
    for (std::string one; std::getline(in, one, ',');) {
        if (one == "s" || one == "S" || one == "1")
            calls.push_back(QuizCall::Scam);
        else if (one == "r" || one == "R" || one == "2")
            calls.push_back(QuizCall::Real);
        else {
            if (bad != nullptr) *bad = one;
            return std::nullopt;
        }
    }
    return calls;
}

}  // namespace saqbol
