// SPDX-License-Identifier: MIT
// Lesson mode (app/lesson_mode.h over ui/lesson_screen.h) with a real results store in a
// temporary data folder: a student signs in, takes quiz form A, plays a scenario and is
// cut off mid-way (the object dropped, as a crash would), signs in again and resumes with
// the choices already made, finishes, takes form B; a week later the booster offers the
// moment that went wrong, and once played right it is gone. The lesson screen's sign-in and
// plan are drawn in kk, ru and en at XL with every letter in the font and every text in its
// place, and a debrief left in lesson mode goes back to the plan. Lesson:
// tests/data/lessons/short_lesson.lua (quiz A, tests/data/four_moments.lua, quiz B). A child
// process killed with SIGKILL mid-scenario loses none of the decisions made before it.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

#include "lesson_mode.h"
#include "paths.h"
#include "platform/headless.h"
#include "po_reader.h"
#include "quiz_setup.h"
#include "shell_fixture.h"
#include "store.h"

using namespace saqbol;
using namespace saqbol::test;
namespace fs = std::filesystem;

namespace {

const fs::path kLesson = SAQBOL_SOURCE_DIR "/tests/data/lessons/short_lesson.lua";
const fs::path kScenarios = SAQBOL_SOURCE_DIR "/tests/data";
const fs::path kBank = SAQBOL_SOURCE_DIR "/tests/data/quiz/quiz_small.lua";

std::unique_ptr<LessonMode> openLesson(const UiText& ui, const std::string& class_name = "7B") {
    std::string error;
    auto mode = LessonMode::open(kLesson, {kScenarios}, class_name, &error);
    REQUIRE_MESSAGE(mode != nullptr, error);
    mode->setLanguage(ui.lang(), ui);
    return mode;
}

// Takes quiz form `form` of the small bank, calling every item a scam, and records it.
void takeQuiz(LessonMode& mode, int step, char form, const UiText& ui) {
    const auto begin = mode.begin(step);
    REQUIRE(begin);
    REQUIRE(begin->quiz);
    CHECK(begin->form == form);
    auto quiz = loadQuiz(kBank, "en", ui, nullptr);
    REQUIRE(quiz->quiz() != nullptr);
    QuizRun run(*quiz->quiz(), form);
    while (!run.finished()) run.answer(QuizCall::Scam);
    mode.quizDone(run);
}

// Chooses `choice` in `session` and records it as the window does.
void choose(Session& session, LessonMode& mode, const std::string& choice) {
    REQUIRE(session.choose(choice) == Session::Result::Ok);
    mode.decided(session.history().back());
    if (session.ended()) mode.ended(session.node().id);
}

}  // namespace

TEST_CASE("lesson mode: sign in, quiz, a scenario cut off and resumed, the quiz after, a booster a week later") {
    TempDir dir("lesson-mode");
    useDataFolder(dir.path);
    const UiText ui = loadUiText("en", SAQBOL_SOURCE_DIR, nullptr);
    LoadResult loaded = loadScenario(kScenarios / "four_moments.lua");
    REQUIRE_FALSE(loaded.hasErrors());
    const Scenario& scenario = loaded.host->scenario();

    auto mode = openLesson(ui);
    CHECK(mode->model().player.empty());
    CHECK(mode->model().class_name == "7B");
    mode->signIn("", "   ", "2026-11-01T10:00:00Z");  // a blank nickname is refused, with a reason
    CHECK_FALSE(mode->signedIn());
    CHECK_FALSE(mode->model().notice.empty());

    mode->signIn("", " Aru ", "2026-11-01T10:00:00Z");
    REQUIRE(mode->signedIn());
    CHECK(mode->model().player == "Aru");
    CHECK(mode->model().player_class == "7B");
    REQUIRE(mode->model().steps.size() == 3);
    CHECK(mode->model().steps[0].label == "Quiz before the lesson (form A)");
    CHECK(mode->model().steps[1].label == "Four moments");
    CHECK(mode->model().next == 0);

    takeQuiz(*mode, 0, 'A', ui);
    mode->refresh("2026-11-01T10:05:00Z");
    CHECK(mode->model().steps[0].status == StepStatus::Done);
    CHECK(mode->model().next == 1);

    {  // the scenario: told the code at moment one, kept it at two, then the PC is switched off
        const auto begin = mode->begin(1);
        REQUIRE(begin);
        CHECK(begin->file == kScenarios / "four_moments.lua");
        CHECK(begin->replay.empty());
        Session session(scenario, loaded.host.get());
        choose(session, *mode, "tell");
        choose(session, *mode, "keep");
        mode.reset();
    }

    mode = openLesson(ui);
    mode->signIn("", "Aru", "2026-11-01T10:20:00Z");
    CHECK(mode->model().steps[1].status == StepStatus::Unfinished);
    {
        const auto begin = mode->begin(1);
        REQUIRE(begin);
        CHECK(begin->replay == std::vector<std::string>{"tell", "keep"});
        Session session(scenario, loaded.host.get());
        for (const std::string& c : begin->replay) REQUIRE(session.choose(c) == Session::Result::Ok);
        CHECK(session.node().id == "three");  // where it was left
        choose(session, *mode, "keep");
        choose(session, *mode, "keep");
        CHECK(session.ended());
    }
    mode->refresh("2026-11-01T10:25:00Z");
    CHECK(mode->model().steps[1].status == StepStatus::Done);
    takeQuiz(*mode, 2, 'B', ui);
    mode->refresh(utcNow());
    CHECK(mode->model().next == -1);
    CHECK_FALSE(mode->model().booster_due);

    // The store holds one scenario session with all four decisions, and both quiz forms.
    std::string error;
    auto store = Store::open(dir.path / Store::kFileName, &error);
    REQUIRE_MESSAGE(store != nullptr, error);
    const auto results = store->load(std::string("7B"), &error);
    REQUIRE(results);
    CHECK(results->players.size() == 1);
    CHECK(results->sessions.size() == 3);
    CHECK(results->decisions.size() == 4);
    CHECK(results->answers.size() == 8);
    for (const PlaySession& s : results->sessions) CHECK(s.lesson == "short_lesson");

    // A week later (the records carry the real clock's time, so "later" is far on): the
    // booster offers moment one, where "Tell the code" was chosen.
    mode->refresh("2099-01-01T10:00:00Z");
    CHECK(mode->model().booster_due);
    REQUIRE(mode->model().steps.size() == 4);
    CHECK(mode->model().steps[3].booster);
    CHECK(mode->model().steps[3].label == "Four moments: the moment you chose “Tell the code”");
    {
        const auto begin = mode->begin(3);
        REQUIRE(begin);
        CHECK(begin->node == "one");
        Session session(scenario, loaded.host.get(), begin->node);
        choose(session, *mode, "keep");
    }
    mode->refresh("2099-01-01T10:05:00Z");
    CHECK(mode->model().steps.size() == 3);  // put right: no booster left
    useDataFolder({});
}

TEST_CASE("lesson mode's screen: sign-in and plan in kk, ru and en at XL, and a debrief left goes back to the plan") {
    TempDir dir("lesson-screen");
    useDataFolder(dir.path);
    for (const char* lang : {"kk", "ru", "en"}) {
        CAPTURE(lang);
        const UiText ui = loadUiText(lang, SAQBOL_SOURCE_DIR, nullptr);
        auto mode = openLesson(ui, "");
        ui::ShellModel model;
        model.ui = &ui;
        model.lesson_home = &mode->model();
        ui::Shell shell;
        shell.show(ui::Screen::Lesson);
        const std::vector<std::string> texts = ui::lessonTexts(ui, mode->model());
        ShellFrame frame = renderShell(shell, model, platform::TextSize::XL, std::string("lesson-sign-in-") + lang + "-XL.png", texts);
        CHECK_MESSAGE(frame.problems.empty(), joined(frame.problems));
        CHECK(drew(frame.log, ui.tr("Who is playing?")));
        CHECK(drew(frame.log, ui.tr("Class")));  // no --class: the student types it

        mode->signIn("7Ә", "Әлия", "2026-11-01T10:00:00Z");
        REQUIRE(mode->signedIn());
        frame = renderShell(shell, model, platform::TextSize::XL, std::string("lesson-plan-") + lang + "-XL.png",
                            ui::lessonTexts(ui, mode->model()));
        CHECK_MESSAGE(frame.problems.empty(), joined(frame.problems));
        CHECK(drew(frame.log, ui.tr("Quiz before the lesson (form %s)", "A")));
        CHECK(drew(frame.log, "7Ә"));
        mode->signOut();
    }

    // The plan's Enter starts the highlighted step; a debrief left goes back to the plan.
    const UiText ui = loadUiText("en", SAQBOL_SOURCE_DIR, nullptr);
    auto mode = openLesson(ui);
    mode->signIn("", "Bek", "2026-11-01T10:00:00Z");
    ui::ShellModel model;
    model.ui = &ui;
    model.lesson_home = &mode->model();
    platform::HeadlessOptions options;
    options.texts = ui::shellTexts(ui, {});
    std::string error;
    auto host = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);
    ui::Shell shell;
    shell.show(ui::Screen::Lesson);
    press(*host, shell, model, {});
    const ui::Shell::Action started = press(*host, shell, model, enter());
    REQUIRE(started.lesson.start);
    CHECK(*started.lesson.start == 0);  // the quiz before comes first
    const Game game(SAQBOL_SOURCE_DIR "/tests/data/four_moments.lua", "en");
    Session session = game.start();
    for (const char* c : {"keep", "keep", "keep", "keep"}) REQUIRE(session.choose(c) == Session::Result::Ok);
    model.session = &session;
    model.words = game.words.get();
    shell.show(ui::Screen::Debrief);
    const ui::Shell::Action left = press(*host, shell, model, esc());
    CHECK(left.leave);
    CHECK(shell.screen() == ui::Screen::Lesson);
    const ui::Shell::Action signed_out = press(*host, shell, model, esc());
    CHECK(signed_out.lesson.sign_out);
    useDataFolder({});
}

TEST_CASE("lesson mode: a process killed with SIGKILL mid-scenario keeps every decision made, and the lesson resumes") {
    TempDir dir("lesson-sigkill");
    useDataFolder(dir.path);
    const UiText ui = loadUiText("en", SAQBOL_SOURCE_DIR, nullptr);
    LoadResult loaded = loadScenario(kScenarios / "four_moments.lua");
    REQUIRE_FALSE(loaded.hasErrors());
    const Scenario& scenario = loaded.host->scenario();
    std::fflush(nullptr);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {  // the student's PC: quiz A, then three decisions, then the power goes
        auto mode = openLesson(ui);
        mode->signIn("", "Dana", "2026-11-01T10:00:00Z");
        takeQuiz(*mode, 0, 'A', ui);
        mode->refresh("2026-11-01T10:05:00Z");
        mode->begin(1);
        Session session(scenario, loaded.host.get());
        choose(session, *mode, "keep");
        choose(session, *mode, "tell");
        choose(session, *mode, "keep");
        raise(SIGKILL);
        _exit(3);  // not reached
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    auto mode = openLesson(ui);
    mode->signIn("", "Dana", "2026-11-01T10:30:00Z");
    REQUIRE(mode->signedIn());
    CHECK(mode->model().steps[0].status == StepStatus::Done);
    CHECK(mode->model().steps[1].status == StepStatus::Unfinished);
    CHECK(mode->model().next == 1);
    const auto begin = mode->begin(1);
    REQUIRE(begin);
    CHECK(begin->replay == std::vector<std::string>{"keep", "tell", "keep"});
    Session session(scenario, loaded.host.get());
    for (const std::string& c : begin->replay) REQUIRE(session.choose(c) == Session::Result::Ok);
    CHECK(session.node().id == "four");  // the last moment, where the play was cut off
    choose(session, *mode, "keep");
    mode->refresh(utcNow());
    CHECK(mode->model().steps[1].status == StepStatus::Done);
    useDataFolder({});
}
