// SPDX-License-Identifier: MIT
// `saqbol [--author [SCENARIO]] [--lang L] [--text-size S|M|L|XL] [--scenarios DIR] [--data DIR]
// [--quiz FILE]` — the game window: the start menu, the scenario picker (the shipped
// scenarios and any --scenarios DIR), the phone and the debrief, settings, help and the
// before/after quiz (ui/shell.h; the quiz's bank is loaded when first opened). The window
// draws only when something happens (platform EventLoop). Settings are read from and kept in
// the user's data folder; F2 switches the language at any moment; the phone rings and pings
// as the story arrives at calls and messages. With no display it says so and plays in the
// terminal instead. With --author (author_mode.h) the scenario reloads whenever its file or
// its PO files are saved — the only case where the idle loop wakes by itself, every 250 ms,
// to look at them — and F12 opens the author panel.
#include <iostream>
#include <optional>

#include "author_mode.h"
#include "commands.h"
#include "course_files.h"
#include "course_text.h"
#include "game_setup.h"
#include "lesson_mode.h"
#include "paths.h"
#include "platform/audio.h"
#include "platform/data_dir.h"
#include "platform/ui_context.h"
#include "platform/window.h"
#include "po_reader.h"
#include "scenario_loader.h"
#include "quiz_setup.h"
#include "results_store.h"
#include "scenario_list.h"
#include "settings_file.h"
#include "shell.h"
#include "teacher_desk.h"
#include "sound_cues.h"
#include "theme.h"

namespace saqbol {
namespace {

constexpr const char* kDefaultScenario = "code_1414";

constexpr const char* kWindowHelp = R"(usage: saqbol [--play SCENARIO | --present [SCENARIO] | --lesson LESSON [--class C] |
              --author [SCENARIO]] [--lang kk|ru|en|xx]
              [--text-size S|M|L|XL] [--scenarios DIR] [--data DIR] [--quiz FILE]

Opens the game window: the start menu, then a scenario picker. Everywhere Up/Down (or Tab)
move the highlight, Enter activates, Esc goes back, and the mouse works too. On the phone
the number keys 1-9 pick a choice (by key position, whatever the keyboard layout);
PageUp/PageDown (or the mouse wheel over them) scroll the call's subtitles and the story
when they do not fit ("More below" shows then). After
an ending: Enter opens the debrief; there 1 plays again, 2 shows where to get help, Esc
goes back to the scenarios. Quiz (beside Play) is the before/after quiz: choose form A
(before a lesson) or B (after), then call each moment on the phone a scam (1) or real
(2); Esc goes back to the previous moment to change a call; the result comes at the end.
F2 switches the language (kk, ru, en) at any moment; F11 switches full screen. With no
display, plays code_1414 in the terminal instead.

  --play SCENARIO   open straight on SCENARIO's phone (a .lua file or a shipped id), e.g.
                    for a desktop shortcut to one lesson; Esc goes to the scenarios
  --present [SCENARIO]  presenter mode, for a projector and a room (a workshop, or a
                    class at one screen): the largest text and high contrast; at each
                    moment the room votes by show of hands and you type the count per
                    choice (Up/Down a choice, digits its hands, Space one more hand),
                    Enter shows the bars, Enter again follows the room's choice and
                    reveals why each choice is safe or not with a question to discuss;
                    at the end, the room's choices per tip. N: your notes (the safe
                    move), P: pause. Without SCENARIO, pick one. With a lesson (a
                    lesson file or a shipped lesson's id, e.g. adult_workshop) its
                    parts follow one another: the room takes its quiz before, plays
                    each scenario (its summary with the lesson's questions for the
                    room), and takes the quiz after; the menu's Quiz is the room's
                    quiz too. docs/workshops.md
  --lesson LESSON   lesson mode on a student's PC (LESSON: a shipped lesson's id, e.g.
                    school_10_13, or a lesson file): a student types a nickname or the
                    number in the class register, then plays the lesson's steps in order
                    (the quiz before, each scenario, the quiz after); everything is
                    recorded in the results store of the data folder, an unfinished
                    scenario resumes where it was left, and a week after the lesson a
                    booster replays the moments that went wrong. Esc on the plan: the
                    next student. docs/teachers.md
  --class C         with --lesson: the class of this PC's students (else they type it)
  --teacher         open on the teacher's view (also F9 from anywhere): behind a PIN you
                    set the first time (4-8 digits), the classes in this PC's results —
                    per tip, the weakest tips, the quiz before and after, the moments most
                    of the class got wrong, a row per student. Esc leaves and locks it.
                    Forgot the PIN? Delete teacher-pin.txt in the data folder
  --author [SCENARIO]  author mode for writing scenarios: SCENARIO (a .lua file or a
                    shipped id; without it, the one picked) reloads within a second of
                    each save of it or of its PO files, and the choices made so far are
                    replayed to land where you were. A save with errors leaves the last
                    good version running under a note with file, line and code (Esc
                    hides it). F12 opens the author panel: jump to any node, play from
                    there with edited variables, go back in the history, the score per
                    tip and lint's problems of the file
  --lang L          language: kk (default), ru, en; xx is a pseudo-language for testing
  --text-size SIZE  S, M (default), L or XL (XL for projecting in a workshop)
  --scenarios DIR   also offer the scenarios in DIR: a folder, a pack folder or a pack
                    .zip (may be given more than once)
  --data DIR        keep settings in DIR instead of the user's data folder (also
                    DIR/scenarios, whose scenarios and packs the picker lists, and
                    DIR/packs, where .zip packs are unpacked)
  --quiz FILE       the quiz's item bank instead of the shipped scenarios/quiz/quiz.lua

Settings (text size, language, sound, high contrast) are kept in settings.txt in the data
folder; --lang and --text-size override them for this run.

Exit codes: 0 closed, 1 the --play scenario has problems (said on stderr), 2 usage.
)";

ui::ScreenInput inputFrom(const std::vector<platform::GameKey>& keys) {
    using platform::GameKey;
    ui::ScreenInput input;
    for (GameKey key : keys) {
        if (const int digit = platform::digitOf(key); digit > 0) input.digit = digit;
        if (const int digit = platform::digitOf(key); digit > 0) input.dial += static_cast<char>('0' + digit);
        if (key == GameKey::Digit0) input.dial += '0';
        if (key == GameKey::Plus) input.dial += '+';
        if (key == GameKey::Enter) input.enter = true;
        if (key == GameKey::Escape || key == GameKey::Backspace) input.back = true;
        if (key == GameKey::Backspace) input.erase = true;
        if (key == GameKey::Up) input.up = true;
        if (key == GameKey::Down) input.down = true;
        if (key == GameKey::Left) input.left = true;
        if (key == GameKey::Right) input.right = true;
        if (key == GameKey::Tab) input.next = true;
        if (key == GameKey::BackTab) input.previous = true;
        if (key == GameKey::PageUp) input.page_up = true;
        if (key == GameKey::PageDown) input.page_down = true;
        if (key == GameKey::Space || key == GameKey::Plus) input.hand = true;
        if (key == GameKey::N) input.notes = true;
        if (key == GameKey::P) input.pause = true;
        if (key == GameKey::F9) input.teacher = true;
    }
    return input;
}

// What the window holds between frames: the settings, the scenarios, the game being
// played, and the sound. Applies what the screens return.
class WindowGame {
public:
    WindowGame(platform::Window& window, std::filesystem::path settings_file, ui::Settings settings, UiText words, std::string notice,
               std::vector<std::filesystem::path> dirs, bool author, const std::filesystem::path& author_file,
               std::filesystem::path quiz_file, bool present, std::unique_ptr<LessonMode> lesson_mode)
        : window_(window), settings_file_(std::move(settings_file)), settings_(std::move(settings)),
          notice_(std::move(notice)), dirs_(std::move(dirs)), author_mode_(author),
          quiz_file_(std::move(quiz_file)), present_(present), lesson_mode_(std::move(lesson_mode)) {
        if (present_) shell_.show(ui::Screen::Picker);  // the facilitator picks the scenario
        if (lesson_mode_) shell_.show(ui::Screen::Lesson);  // who is playing?
        ui::theme::setHighContrast(settings_.high_contrast);
        audio_.setMuted(!settings_.sound);
        // The picker's cards are on the first screen: the scenarios are found before it.
        if (present_ || (author_mode_ && author_file.empty())) findAll();
        if (author_mode_ && !author_file.empty()) {
            author_ = std::make_unique<AuthorMode>(author_file, settings_.lang, dataRoot());
            shell_.show(ui::Screen::Phone);
            if (author_->session().ready()) cue();
        } else if (author_mode_) {
            shell_.show(ui::Screen::Picker);  // the scenario to author is picked first
        }
        // The words runWindow() read for settings_.lang: the PO file is parsed once.
        if (words.lang() == settings_.lang) useLanguage(settings_.lang, std::move(words));
        else setLanguage(settings_.lang);
    }

    // --play: straight onto the phone with `file`; false (said on stderr) when it does not load.
    bool play(const std::filesystem::path& file) {
        int exit_code = 0;
        game_ = loadGame(file.string(), settings_.lang, {}, "window", &exit_code, &ui_);
        if (!game_) return false;
        session_.emplace(game_->scenario(), game_->hooks());
        shell_.show(present_ ? ui::Screen::Presenter : ui::Screen::Phone);
        updateFonts();
        cue();
        return true;
    }

    // --teacher: the window opens on the teacher's view.
    void showTeacher() { openTeacher(); }

    // --present LESSON: the lesson's scenarios one after another, each voted on by the room;
    // false (said on stderr) when the lesson or one of its scenarios cannot be used.
    bool presentLesson(const std::filesystem::path& file, const std::vector<std::filesystem::path>& extra_dirs) {
        CourseLoad loaded = loadCourseFile(file);
        for (const Problem& p : loaded.problems)
            if (p.severity == Severity::Error) std::cerr << formatProblem(p) << "\n";
        if (!loaded.lesson) return false;
        LessonRun run{file, *loaded.lesson, 0, {}, {}, {}};
        for (const LessonStep& step : run.lesson.steps) {
            const auto found = resolveScenario(step.scenario, extra_dirs);
            if (!found) {
                std::cerr << file.string() << ":" << step.line << ": the lesson plays '" << step.scenario
                          << "', which is neither a shipped scenario nor in --scenarios\n";
                return false;
            }
            run.files.push_back(*found);
        }
        if (run.files.empty()) {
            std::cerr << file.string() << ": the lesson has no scenarios to play\n";
            return false;
        }
        // The parts in order: the room's quiz before, each scenario, the room's quiz after.
        if (run.lesson.quiz_before) run.parts.push_back({true, *run.lesson.quiz_before, 0});
        for (std::size_t i = 0; i < run.files.size(); ++i) run.parts.push_back({false, 0, i});
        if (run.lesson.quiz_after) run.parts.push_back({true, *run.lesson.quiz_after, 0});
        lesson_ = std::move(run);
        return playLessonStep();
    }

    // Author mode: looks at the watched files (the loop calls this about every 250 ms);
    // true when a save was loaded and must be drawn.
    bool poll() {
        if (!author_ || !author_->poll()) return false;
        updateFonts();
        return true;
    }

    void frame(platform::EventLoop& loop) {
        // Start-up is finished after the first frame is on screen: finding and loading every
        // scenario (for the picker) and opening the sound device take longer than drawing it
        // (docs/performance.md). The second frame follows at once, before any input.
        if (!started_) {
            if (frames_built_++ == 0) {
                loop.requestRedraw();
            } else {
                finishStartUp();
            }
        }
        ui::ScreenInput input = readKeys(window_.takeKeys());
        bool changed = false;
        if (f2_) {
            ui::Settings next = settings_;
            next.lang = ui::nextLanguage(settings_.lang);
            apply(next);
            changed = true;
        }
        if (shell_.typing() || (author_ && author_->typing())) {  // text fields take digits and Backspace as letters
            input.digit = 0;
            input.dial.clear();
            if (input.erase) input.back = false;
            input.erase = false;
        }
        ui::ShellModel model;
        model.ui = &ui_;
        model.cards = &cards_;
        model.settings = settings_;
        model.notice = notice_;
        model.presenter = present_;
        if (lesson_) model.lesson = &lesson_->view;
        if (lesson_mode_) model.lesson_home = &lesson_mode_->model();
        if (shell_.screen() == ui::Screen::Teacher) model.teacher = &teacher_.model();
        if (session_) {
            model.session = &*session_;
            model.words = game_->words.get();
        }
        ui::QuizModel quiz_model;
        if (quiz_) {
            quiz_model = quiz_->model();
            model.quiz = &quiz_model;
        }
        if (author_) {  // the author session plays; its choices are applied inside
            const ui::Shell::Action action = author_->frame(shell_, model, input, f12_);
            applyQuiz(action.quiz);
            if (action.apply) apply(*action.apply);
            if (action.play) start(*action.play);
            if (action.choice || action.play_again || action.changed) cue();
            if (action.leave) audio_.stopAll();
            if (action.quit) loop.quit();
            if (action.changed || changed) loop.requestRedraw();
            return;
        }
        const ui::Shell::Action action = shell_.draw(model, input);
        applyQuiz(action.quiz);
        if (action.apply) apply(*action.apply);
        if (action.play) start(*action.play);
        if (action.lesson.sign_in || action.lesson.start || action.lesson.sign_out) applyLesson(action.lesson);
        if (action.open_teacher) openTeacher();
        if (teacher_.apply(action.teacher)) updateFonts();  // unlocked: the class names' letters
        if (action.choice && session_) {
            if (session_->choose(*action.choice) == Session::Result::Ok && lesson_mode_ && lesson_step_ >= 0) {
                lesson_mode_->decided(session_->history().back());  // committed before the next frame
                if (session_->ended()) lesson_mode_->ended(session_->node().id);
            }
            cue();
        }
        if (action.leave && lesson_mode_) {  // back on the lesson's plan: what is done now
            lesson_step_ = -1;
            lesson_mode_->refresh(utcNow());
            updateFonts();
        }
        if (action.next_in_lesson && lesson_ && lesson_->part + 1 < lesson_->parts.size()) {
            ++lesson_->part;
            if (!playLessonStep()) shell_.show(ui::Screen::Picker);
        }
        if (action.leave) lesson_.reset();  // back to the scenarios: the lesson is over
        if (action.play_again && game_ && lesson_mode_ && lesson_step_ >= 0) {
            startLessonStep(lesson_step_);  // again, recorded as a new play
        } else if (action.play_again && game_) {
            session_.emplace(game_->scenario(), game_->hooks());
            cue();
        }
        if (action.leave) audio_.stopAll();
        if (action.quit) loop.quit();
        if (action.changed || changed) loop.requestRedraw();  // the new state shows at once, then the loop idles
    }

private:
    ui::ScreenInput readKeys(const std::vector<platform::GameKey>& keys) {
        f2_ = false;
        f12_ = false;
        for (platform::GameKey key : keys) {
            if (key == platform::GameKey::F2) f2_ = true;
            if (key == platform::GameKey::F12) f12_ = true;
        }
        return inputFrom(keys);
    }

    // F9 (or --teacher): the teacher's view, locked until the PIN is given.
    void openTeacher() {
        teacher_.open(settings_.lang, ui_);
        shell_.show(ui::Screen::Teacher);
        updateFonts();
    }

    // What the lesson screen returned: a student signs in or out, a step starts.
    void applyLesson(const ui::LessonAction& action) {
        if (action.sign_in) lesson_mode_->signIn(action.sign_in->first, action.sign_in->second, utcNow());
        if (action.sign_out) lesson_mode_->signOut();
        if (action.start) startLessonStep(*action.start);
        updateFonts();
    }

    // Starts step `index` of the lesson for the signed-in student: a quiz form, or a
    // scenario — from its start, from the moment of a booster, or resumed where it was left.
    void startLessonStep(int index) {
        const auto begin = lesson_mode_->begin(index);
        if (!begin) return;
        lesson_step_ = index;
        if (begin->quiz) {
            auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
            if (!quiz_) quiz_ = loadQuiz(quiz_file_, settings_.lang, ui_, report);
            ui::QuizAction start;
            start.start = begin->form;
            quiz_recorded_ = false;
            applyQuizAction(*quiz_, start);
            shell_.show(quiz_->run ? ui::Screen::Quiz : ui::Screen::QuizForm);  // the form screen says why not
            updateFonts();
            return;
        }
        int exit_code = 0;
        session_.reset();
        game_ = loadGame(begin->file.string(), settings_.lang, {}, "window", &exit_code, &ui_);
        if (!game_) {
            lesson_step_ = -1;
            shell_.show(ui::Screen::Lesson);
            return;
        }
        if (begin->node.empty()) session_.emplace(game_->scenario(), game_->hooks());
        else session_.emplace(game_->scenario(), game_->hooks(), begin->node);
        for (const std::string& choice : begin->replay)  // the choices already made (and recorded)
            if (session_->ended() || session_->choose(choice) != Session::Result::Ok) break;
        shell_.show(ui::Screen::Phone);
        updateFonts();
        cue();
    }

    // The lesson's part now: a scenario on the presenter screen, or the quiz taken by the room.
    bool playLessonStep() {
        updateLessonView();
        const LessonRun::Part& part = lesson_->parts[lesson_->part];
        if (!part.quiz) return play(lesson_->files[part.step]);
        auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
        if (!quiz_) quiz_ = loadQuiz(quiz_file_, settings_.lang, ui_, report);
        ui::QuizAction start;
        start.start = part.form;
        applyQuizAction(*quiz_, start);
        if (!quiz_->run) return false;  // the bank cannot be used (said above)
        shell_.show(ui::Screen::RoomQuiz);
        updateFonts();
        return true;
    }

    // Where the room is in the lesson and the lesson's questions for this step, in the
    // room's language.
    void updateLessonView() {
        if (!lesson_) return;
        const Lesson& l = lesson_->lesson;
        const Catalog catalog = loadCourseCatalog(lesson_->file, l.id, l.lang, lessonStrings(l), settings_.lang, nullptr);
        const LessonRun::Part& part = lesson_->parts[lesson_->part];
        ui::PresenterLesson& view = lesson_->view;
        const std::string title(catalog.lookup(l.id + ":@meta", l.title));
        view.discuss.clear();
        if (part.quiz) {
            const std::string form(1, part.form);
            view.progress = title + " · " + (lesson_->part == 0 ? ui_.tr("Quiz before the lesson (form %s)", form)
                                                                 : ui_.tr("Quiz after the lesson (form %s)", form));
        } else {
            const LessonStep& step = l.steps[part.step];
            view.progress = title + " · " + ui_.tr("scenario %s of %s", std::to_string(part.step + 1), std::to_string(l.steps.size()));
            for (const std::string& question : step.discuss)
                view.discuss.emplace_back(catalog.lookup(l.id + ":" + step.scenario, question));
        }
        view.has_next = lesson_->part + 1 < lesson_->parts.size();
    }

    // The UI's words, the cards and the game in `lang`; the font atlas from their letters.
    void setLanguage(const std::string& lang) {
        auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
        useLanguage(lang, loadUiText(lang, dataRoot(), report));
    }

    // setLanguage() with the UI's words in `lang` already read.
    void useLanguage(const std::string& lang, UiText words) {
        auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
        ui_ = std::move(words);
        cards_ = scenarioCards(found_, ui_);
        if (game_) saqbol::setLanguage(*game_, lang, &ui_);
        updateLessonView();
        if (lesson_mode_) lesson_mode_->setLanguage(lang, ui_);
        if (shell_.screen() == ui::Screen::Teacher) teacher_.setLanguage(lang, ui_);
        if (author_) author_->setLanguage(lang);
        if (quiz_) setQuizLanguage(*quiz_, lang, report);
        updateFonts();
    }

    // What a quiz screen returned: the bank is loaded when the quiz is first opened; an item
    // reached sounds like a moment of a scenario (a call rings, a message pings).
    void applyQuiz(const ui::QuizAction& action) {
        if (!action.any()) return;
        if (action.open && !quiz_) {
            auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
            quiz_ = loadQuiz(quiz_file_, settings_.lang, ui_, report);
            updateFonts();
        }
        if (!quiz_) return;
        applyQuizAction(*quiz_, action);
        if (lesson_mode_ && lesson_step_ >= 0 && quiz_->run && quiz_->run->finished() && !quiz_recorded_) {
            lesson_mode_->quizDone(*quiz_->run);  // the form handed in: its answers kept
            quiz_recorded_ = true;
        }
        if (action.leave && lesson_mode_) {
            lesson_step_ = -1;
            lesson_mode_->refresh(utcNow());
            updateFonts();
        }
        audio_.stop(platform::Sound::Ring);
        if (action.leave) audio_.stopAll();
        if (!quiz_->run || quiz_->run->finished() || !(action.start || action.answer || action.back)) return;
        const Session at(quiz_->scenario, nullptr, quiz_->run->item().id);
        sound(soundCueOf(at));
    }

    void updateFonts() {
        std::vector<std::string> texts = ui::shellTexts(ui_, cards_);
        if (game_) {
            const std::vector<std::string> more = present_ ? ui::presenterTexts(*game_->words) : ui::screenTexts(*game_->words);
            texts.insert(texts.end(), more.begin(), more.end());
        }
        if (author_) {
            const std::vector<std::string> more = author_->texts(ui_);
            texts.insert(texts.end(), more.begin(), more.end());
        }
        if (quiz_) {
            const std::vector<std::string> more = quiz_->texts();
            texts.insert(texts.end(), more.begin(), more.end());
        }
        if (shell_.screen() == ui::Screen::Teacher) {
            const std::vector<std::string> more = teacher_.texts();
            texts.insert(texts.end(), more.begin(), more.end());
        }
        if (lesson_mode_) {
            const std::vector<std::string> more = ui::lessonTexts(ui_, lesson_mode_->model());
            texts.insert(texts.end(), more.begin(), more.end());
        }
        if (lesson_) {
            texts.push_back(lesson_->view.progress);
            texts.insert(texts.end(), lesson_->view.discuss.begin(), lesson_->view.discuss.end());
        }
        window_.ui().setTexts(std::move(texts));
    }

    void apply(const ui::Settings& next) {
        const ui::Settings before = settings_;
        settings_ = next;
        if (next.lang != before.lang) setLanguage(next.lang);
        if (next.text_size != before.text_size) window_.ui().setTextSize(static_cast<platform::TextSize>(next.text_size));
        if (next.high_contrast != before.high_contrast) ui::theme::setHighContrast(next.high_contrast);
        if (next.sound != before.sound) audio_.setMuted(!next.sound);
        std::string error;
        if (settings_file_.empty()) return;  // no data folder: nothing is kept (said at start)
        if (present_) return;  // presenter mode's XL and high contrast are for the projector, not kept
        if (writeSettings(settings_file_, settings_, &error)) {
            notice_.clear();
        } else {
            std::cerr << "saqbol: the settings could not be kept: " << error << "\n";
            notice_ = ui_.tr("The settings could not be saved; they apply until the game is closed.");
        }
    }

    void start(std::size_t card) {
        if (card >= cards_.size()) return;
        if (author_mode_) {  // author mode on the picked file: it reloads on every save from now on
            author_ = std::make_unique<AuthorMode>(cards_[card].file, settings_.lang, dataRoot());
            updateFonts();
            if (author_->session().ready()) cue();
            return;
        }
        int exit_code = 0;
        session_.reset();
        game_ = loadGame(cards_[card].file, settings_.lang, {}, "window", &exit_code, &ui_);
        if (!game_) {
            shell_.show(ui::Screen::Picker);
            return;
        }
        session_.emplace(game_->scenario(), game_->hooks());
        updateFonts();
        cue();
    }

    // What the first frame did not need: the scenarios found, their cards, the sound device;
    // the moment on screen then sounds as it would have.
    void finishStartUp() {
        started_ = true;
        findAll();
        audio_.open();
        sound(pending_sound_);
        pending_sound_ = SoundCue::None;
    }

    // Every scenario of the places and the data folder, loaded, as the picker's cards.
    void findAll() {
        if (scenarios_found_) return;
        scenarios_found_ = true;
        found_ = findScenarios(dirs_, settings_file_.parent_path() /* the data folder */);
        cards_ = scenarioCards(found_, ui_);
        updateFonts();
    }

    // Plays a moment's sound; before start-up has opened the device, keeps it for then.
    void sound(SoundCue cue) {
        if (!started_) {
            pending_sound_ = cue;
            return;
        }
        switch (cue) {
            case SoundCue::Ring: audio_.play(platform::Sound::Ring, 3); break;
            case SoundCue::Ping: audio_.play(platform::Sound::Ping); break;
            case SoundCue::None: break;
        }
    }

    // The sound of the moment just reached: a call rings until the moment passes.
    void cue() {
        const Session* session = author_ ? (author_->session().ready() ? &author_->session().session() : nullptr)
                                         : session_ ? &*session_ : nullptr;
        if (session == nullptr) return;
        // Author mode calls this after every frame that changed: a moment sounds once.
        const std::pair<std::string, std::size_t> moment{session->node().id, session->history().size()};
        if (author_ && moment == cued_) return;
        cued_ = moment;
        audio_.stop(platform::Sound::Ring);
        sound(soundCueOf(*session));
    }

    platform::Window& window_;
    std::filesystem::path settings_file_;
    ui::Settings settings_;
    std::string notice_;
    std::vector<std::filesystem::path> dirs_;  // where scenarios are looked for
    std::vector<FoundScenario> found_;          // empty until findAll()
    bool scenarios_found_ = false;
    bool started_ = false;       // finishStartUp() done (after the first frame)
    int frames_built_ = 0;
    SoundCue pending_sound_ = SoundCue::None;  // cued before the sound device was opened
    UiText ui_;
    std::vector<ui::ScenarioCard> cards_;
    std::unique_ptr<LoadedGame> game_;
    std::optional<Session> session_;
    ui::Shell shell_;
    platform::Audio audio_;
    bool f2_ = false;
    bool f12_ = false;
    bool author_mode_ = false;             // --author: every scenario played is authored
    std::unique_ptr<AuthorMode> author_;   // the scenario being authored
    std::pair<std::string, std::size_t> cued_;  // the moment whose sound was played last (author mode)
    std::filesystem::path quiz_file_;      // the quiz's item bank
    std::unique_ptr<LoadedQuiz> quiz_;     // loaded when the quiz is first opened
    bool present_ = false;                 // --present: presenter mode for a room
    struct LessonRun {
        struct Part {
            bool quiz = false;     // the room's quiz (form), else a scenario (step)
            char form = 0;
            std::size_t step = 0;  // index into lesson.steps and files
        };
        std::filesystem::path file;
        Lesson lesson;
        std::size_t part = 0;                   // the part being played
        std::vector<std::filesystem::path> files;  // each step's scenario file
        std::vector<Part> parts;                // quiz before, the scenarios, quiz after
        ui::PresenterLesson view;               // what the presenter screen shows of it
    };
    std::optional<LessonRun> lesson_;      // --present LESSON
    std::unique_ptr<LessonMode> lesson_mode_;  // --lesson LESSON: students sign in, play, are recorded
    TeacherDesk teacher_;                  // the teacher's view (F9), locked behind the PIN
    int lesson_step_ = -1;                 // the lesson step being played (lesson mode)
    bool quiz_recorded_ = false;           // the quiz form of this step was recorded
};

}  // namespace

int runWindow(const Args& args) {
    std::optional<std::string> lang;
    std::optional<platform::TextSize> text_size;
    std::vector<std::filesystem::path> dirs{dataRoot() / "scenarios"};
    std::filesystem::path data_dir;
    bool author = false;
    std::string author_scenario;
    std::string play_scenario;
    bool present = false;
    std::string lesson_arg, class_arg;
    bool teacher = false;
    std::filesystem::path quiz_file = shippedQuizFile();
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << kWindowHelp;
            return 0;
        } else if (a == "--lang") {
            if (!has_value || !isKnownLanguage(args[i + 1])) return usageError("window", "--lang takes one of: kk, ru, en, xx");
            lang = args[++i];
        } else if (a == "--text-size") {
            platform::TextSize size = platform::TextSize::M;
            if (!has_value || !platform::parseTextSize(args[i + 1], &size))
                return usageError("window", "--text-size takes one of: S, M, L, XL");
            text_size = size;
            ++i;
        } else if (a == "--scenarios") {
            if (!has_value) return usageError("window", "--scenarios takes a folder");
            dirs.emplace_back(args[++i]);
        } else if (a == "--data") {
            if (!has_value) return usageError("window", "--data takes a folder");
            data_dir = args[++i];
        } else if (a == "--author") {
            author = true;
            if (has_value && args[i + 1].rfind("-", 0) != 0) author_scenario = args[++i];
        } else if (a == "--teacher") {
            teacher = true;
        } else if (a == "--lesson") {
            if (!has_value) return usageError("window", "--lesson takes a lesson: a shipped lesson's id (saqbol list) or a lesson file");
            lesson_arg = args[++i];
        } else if (a == "--class") {
            if (!has_value) return usageError("window", "--class takes the class, e.g. 7B");
            class_arg = args[++i];
        } else if (a == "--present") {
            present = true;
            if (has_value && args[i + 1].rfind("-", 0) != 0) play_scenario = args[++i];
        } else if (a == "--play") {
            if (!has_value) return usageError("window", "--play takes a scenario: a .lua file or a shipped id");
            play_scenario = args[++i];
        } else if (a == "--quiz") {
            if (!has_value) return usageError("window", "--quiz takes a quiz file");
            quiz_file = args[++i];
        } else {
            return usageError("window", "unknown option '" + a + "'");
        }
    }

    // The saved settings; the command line wins for this run.
    std::string error;
    if (!data_dir.empty()) useDataFolder(data_dir);  // results, packs and the PIN live there too
    if (data_dir.empty()) data_dir = platform::userDataDir(&error);
    if (data_dir.empty()) std::cerr << "saqbol: no data folder (" << error << "); settings are not kept\n";
    const std::filesystem::path file = data_dir.empty() ? std::filesystem::path() : settingsFile(data_dir);
    const SettingsRead read = file.empty() ? SettingsRead{} : readSettings(file);
    ui::Settings settings = read.settings;
    if (!read.detail.empty()) std::cerr << "saqbol: " << read.detail << "; using the default settings\n";
    if (lang) settings.lang = *lang;
    if (text_size) settings.text_size = static_cast<int>(*text_size);
    if (author && !play_scenario.empty()) return usageError("window", "--play and --author do not go together: use --author SCENARIO");
    if (author && present) return usageError("window", "--present and --author do not go together");
    if (!lesson_arg.empty() && (author || present || !play_scenario.empty()))
        return usageError("window", "--lesson goes alone: not with --present, --play or --author");
    if (!class_arg.empty() && lesson_arg.empty()) return usageError("window", "--class is for --lesson");
    std::unique_ptr<LessonMode> lesson_mode;
    if (!lesson_arg.empty()) {
        const std::filesystem::path as_given(lesson_arg), shipped = dataRoot() / "scenarios" / "lessons" / (lesson_arg + ".lua");
        std::error_code ec;
        const std::filesystem::path lesson_path = std::filesystem::is_regular_file(as_given, ec) ? as_given : shipped;
        lesson_mode = LessonMode::open(lesson_path, std::vector<std::filesystem::path>(dirs.begin() + 1, dirs.end()), class_arg, &error);
        if (!lesson_mode) {
            std::cerr << "saqbol: " << (std::filesystem::exists(lesson_path, ec) ? error : "no lesson file or shipped lesson '" + lesson_arg + "'") << "\n";
            return 1;
        }
    }
    if (present) {  // a projector: the largest text and high contrast, for this run only
        if (!text_size) settings.text_size = static_cast<int>(platform::TextSize::XL);
        settings.high_contrast = true;
    }
    std::filesystem::path play_file, lesson_file;
    if (present && !play_scenario.empty()) {  // a lesson: a lesson file, or a shipped lesson's id
        const std::filesystem::path as_given(play_scenario), shipped = dataRoot() / "scenarios" / "lessons" / (play_scenario + ".lua");
        std::error_code ec;
        for (const std::filesystem::path& candidate : {as_given, shipped})
            if (lesson_file.empty() && std::filesystem::is_regular_file(candidate, ec) && isCourseFile(candidate) &&
                loadCourseFile(candidate).lesson)
                lesson_file = candidate;
    }
    if (!play_scenario.empty() && lesson_file.empty()) {
        const std::vector<std::filesystem::path> extra(dirs.begin() + 1, dirs.end());
        const auto found = resolveScenario(play_scenario, extra);
        if (!found) return usageError("window", "--play: no scenario file or shipped scenario id '" + play_scenario + "'");
        play_file = *found;
    }
    std::filesystem::path author_file;
    if (!author_scenario.empty()) {
        const std::vector<std::filesystem::path> extra(dirs.begin() + 1, dirs.end());
        const auto found = resolveScenario(author_scenario, extra);
        if (!found) return usageError("window", "--author: no scenario file or shipped scenario id '" + author_scenario + "'");
        author_file = *found;
    }
    // The UI's words, read once for the notice and the window; what is wrong with the
    // translation is said once, by whichever runs: the window, or the terminal instead.
    std::vector<Problem> ui_problems;
    UiText words = loadUiText(settings.lang, dataRoot(), [&ui_problems](const Problem& p) { ui_problems.push_back(p); });
    std::string notice;
    if (read.status == SettingsRead::Status::Damaged || read.status == SettingsRead::Status::Unreadable)
        notice = words.tr("The saved settings could not be read, so the defaults are used.");

    platform::WindowOptions options;
    options.title = "SaqBol — Сақ бол!";
    options.textSize = static_cast<platform::TextSize>(settings.text_size);
    std::unique_ptr<platform::Window> window = platform::Window::open(options, &error);
    if (!window && author) {
        std::cerr << "saqbol: author mode needs a display (" << error << ").\n"
                  << "Without one, check the file with: saqbol lint FILE; play it with: saqbol play FILE\n";
        return 1;
    }
    if (!window) {
        std::cout << "The game window needs a display (" << error << ").\n"
                  << "Playing " << kDefaultScenario << " in the terminal instead; next time run: saqbol play "
                  << kDefaultScenario << " --lang " << settings.lang << "\n";
        return runPlay({kDefaultScenario, "--lang", settings.lang});
    }
    for (const Problem& p : ui_problems) std::cerr << formatProblem(p) << "\n";
    WindowGame game(*window, file, settings, std::move(words), notice, dirs, author, author_file, quiz_file, present, std::move(lesson_mode));
    if (!play_file.empty() && !game.play(play_file)) return 1;  // loadGame said why
    if (teacher) game.showTeacher();
    if (!lesson_file.empty() && !game.presentLesson(lesson_file, std::vector<std::filesystem::path>(dirs.begin() + 1, dirs.end())))
        return 1;
    // Author mode alone looks at the files every 250 ms; otherwise the loop sleeps until input.
    if (author) window->loop().setIdlePoll(250, [&game] { return game.poll(); });
    window->run([&](platform::EventLoop& loop) { game.frame(loop); });
    return 0;
}

}  // namespace saqbol
