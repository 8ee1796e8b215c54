// SPDX-License-Identifier: MIT
// Lesson mode in the game window (lesson_mode.h).
#include "lesson_mode.h"

#include "course_files.h"
#include "course_text.h"
#include "paths.h"
#include "po_reader.h"
#include "record_check.h"
#include "scenario_loader.h"
#include "scenario_text.h"

namespace saqbol {

std::unique_ptr<LessonMode> LessonMode::open(const std::filesystem::path& file,
                                             const std::vector<std::filesystem::path>& extra_dirs,
                                             const std::string& class_name, std::string* error) {
    CourseLoad loaded = loadCourseFile(file);
    for (const Problem& p : loaded.problems)
        if (p.severity == Severity::Error) {
            *error = formatProblem(p);
            return nullptr;
        }
    if (!loaded.lesson) {
        *error = file.string() + ": not a lesson file (a lesson starts with `return lesson {`)";
        return nullptr;
    }
    std::unique_ptr<LessonMode> mode(new LessonMode());
    mode->file_ = file;
    mode->lesson_ = *loaded.lesson;
    for (const LessonStep& step : mode->lesson_.steps) {
        const auto found = resolveScenario(step.scenario, extra_dirs);
        if (!found) {
            *error = file.string() + ":" + std::to_string(step.line) + ": the lesson plays '" + step.scenario +
                     "', which is neither a shipped scenario nor in --scenarios";
            return nullptr;
        }
        mode->files_.push_back(*found);
    }
    if (mode->files_.empty()) {
        *error = file.string() + ": the lesson has no scenarios";
        return nullptr;
    }
    std::string why;
    const auto fixed = normalizeClassName(class_name, &why);
    if (!fixed) {
        *error = "--class: " + why;
        return nullptr;
    }
    mode->fixed_class_ = *fixed;
    return mode;
}

void LessonMode::setLanguage(const std::string& lang, const UiText& ui) {
    lang_ = lang;
    ui_ = &ui;
    const Catalog lesson_words = loadCourseCatalog(file_, lesson_.id, lesson_.lang, lessonStrings(lesson_), lang, nullptr);
    title_ = std::string(lesson_words.lookup(lesson_.id + ":@meta", lesson_.title));
    titles_.clear();
    choices_.clear();
    for (const std::filesystem::path& file : files_) {
        LoadResult loaded = loadScenario(file);
        if (loaded.hasErrors()) continue;
        const Scenario& s = loaded.host->scenario();
        const Catalog catalog = loadScenarioCatalog(s, lang, nullptr);
        const ScenarioText words(s, catalog, ui);
        titles_[s.id] = words.meta(s.title);
        for (const Node& node : s.nodes)
            for (const Choice& choice : node.choices)
                choices_[s.id + ":" + node.id + ":" + choice.id] = words.text(node.id, choice.text, s.vars);
    }
    rebuildModel();
}

void LessonMode::signIn(const std::string& class_name, const std::string& nickname, const std::string& now) {
    std::string why;
    const auto nick = normalizeNickname(nickname, &why);
    const auto klass = normalizeClassName(fixed_class_.empty() ? class_name : fixed_class_, &why);
    if (!nick || !klass) {
        model_.notice = ui_ != nullptr ? ui_->tr("Please type a nickname or your number in the class register (up to 32 letters).")
                                       : why;
        return;
    }
    recorder_error_.clear();
    recorder_ = std::make_unique<PlayRecorder>(*klass, *nick, [this](const std::string& error) { recorder_error_ = error; });
    model_.notice.clear();
    refresh(now);
}

void LessonMode::signOut() {
    recorder_.reset();
    progress_ = {};
    playing_ = -1;
    rebuildModel();
}

void LessonMode::refresh(const std::string& now) {
    if (!recorder_) return;
    playing_ = -1;
    Results mine;
    if (auto all = recorder_->classResults()) {
        const std::string id = recorder_->player().id;
        for (const PlaySession& s : all->sessions)
            if (s.player_id == id) mine.sessions.push_back(s);
        mine.decisions = std::move(all->decisions);
    }
    progress_ = lessonProgress(lesson_, mine, recorder_->player().id, now);
    rebuildModel();
}

void LessonMode::rebuildModel() {
    const std::string notice = model_.notice;
    model_ = {};
    model_.notice = notice;
    model_.title = title_;
    model_.class_name = fixed_class_;
    if (!recorder_) return;
    model_.player = recorder_->player().nickname;
    model_.player_class = recorder_->player().class_name;
    model_.next = progress_.next;
    model_.booster_due = progress_.booster_due;
    if (!recorder_->keeping() && ui_ != nullptr)
        model_.notice = ui_->tr("Your results are not being saved on this computer; tell your teacher.");
    for (const ProgressStep& step : progress_.steps) {
        ui::LessonStepView view;
        view.status = step.status;
        const auto title = titles_.find(step.scenario);
        const std::string name = title != titles_.end() ? title->second : step.scenario;
        const std::string form(1, step.form);
        switch (step.kind) {
            case StepKind::QuizBefore: view.label = ui_ ? ui_->tr("Quiz before the lesson (form %s)", form) : form; break;
            case StepKind::QuizAfter: view.label = ui_ ? ui_->tr("Quiz after the lesson (form %s)", form) : form; break;
            case StepKind::Scenario: view.label = name; break;
            case StepKind::Booster: {
                view.booster = true;
                const auto chosen = choices_.find(step.scenario + ":" + step.node + ":" + step.choice);
                view.label = ui_ && chosen != choices_.end()
                                 ? ui_->tr("%s: the moment you chose “%s”", name, chosen->second)
                                 : name;
                break;
            }
        }
        model_.steps.push_back(view);
    }
}

std::optional<LessonMode::Begin> LessonMode::begin(int index) {
    if (!recorder_ || index < 0 || index >= static_cast<int>(progress_.steps.size())) return std::nullopt;
    const ProgressStep& step = progress_.steps[static_cast<std::size_t>(index)];
    playing_ = index;
    Begin begin;
    if (step.kind == StepKind::QuizBefore || step.kind == StepKind::QuizAfter) {
        begin.quiz = true;
        begin.form = step.form;
        return begin;
    }
    for (std::size_t i = 0; i < lesson_.steps.size(); ++i)
        if (lesson_.steps[i].scenario == step.scenario) begin.file = files_[i];
    if (step.kind == StepKind::Booster) {
        begin.node = step.node;
        if (auto open = recorder_->unfinished(step.scenario)) recorder_->abandon(*open);
        recorder_->start(step.scenario, lang_, "booster", lesson_.id);
        return begin;
    }
    // An unfinished play of this scenario goes on where it was left, in its own session.
    if (auto open = recorder_->unfinished(step.scenario)) {
        if (open->session.mode == "booster" || open->session.lesson != lesson_.id) {
            recorder_->abandon(*open);
        } else {
            for (const DecisionRecord& d : open->decisions) begin.replay.push_back(d.choice);
            recorder_->resume(*open);
            return begin;
        }
    }
    recorder_->start(step.scenario, lang_, "lesson", lesson_.id);
    return begin;
}

void LessonMode::decided(const Decision& decision) {
    if (recorder_ && playing_ >= 0) recorder_->decision(decision.node, decision.choice, decision.tip, nameOf(decision.verdict));
}

void LessonMode::ended(const std::string& ending) {
    if (recorder_ && playing_ >= 0) recorder_->end(ending);
}

void LessonMode::quizDone(const QuizRun& run) {
    if (!recorder_ || playing_ < 0 || !run.finished()) return;
    recorder_->start("quiz", lang_, "quiz", lesson_.id, std::string(1, run.form()));
    for (const QuizAnswer& answer : run.answers())
        recorder_->quizAnswer(answer.item->id, !answer.item->legit, answer.call == QuizCall::Scam, answer.item->tip);
    recorder_->end("");
}

}  // namespace saqbol
