// SPDX-License-Identifier: MIT
// Presenter mode (ui/presenter_screen.h) through the real Shell, headless, driven key by key
// as a facilitator would: the room's hands typed per choice (digits, Space per hand,
// Backspace), the bars, the story following the room's choice, the reveal with its
// discussion question, a tie settled with Down, counting again with Esc, the notes and the
// pause, to the summary per tip and back to the scenarios; and every phase drawn in kk, ru
// and en at XL in high contrast with every letter in the font and every text in its place;
// and the before/after quiz taken by the room, item by item, to the room's calls per tip.
// Pictures: build/tests/screens/presenter-*.png.
#include <doctest/doctest.h>

#include <algorithm>

#include "platform/headless.h"
#include "po_reader.h"
#include "quiz_setup.h"
#include "scenario_list.h"
#include "shell_fixture.h"
#include "theme.h"
#include "tips.h"

using namespace saqbol;
using namespace saqbol::test;

namespace {

const std::string kCode1414 = SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua";

ui::ScreenInput typed(const std::string& digits, bool down = false) {
    ui::ScreenInput in;
    in.dial = digits;
    in.down = down;
    return in;
}
ui::ScreenInput hand() {
    ui::ScreenInput in;
    in.hand = true;
    return in;
}
ui::ScreenInput erase() {
    ui::ScreenInput in;
    in.erase = true;
    in.back = true;  // Backspace is both, as the window reads it
    return in;
}
ui::ScreenInput notes() {
    ui::ScreenInput in;
    in.notes = true;
    return in;
}
ui::ScreenInput pauseKey() {
    ui::ScreenInput in;
    in.pause = true;
    return in;
}

// The presenter shell over code_1414 in `lang`, with a headless host for key presses.
struct Room {
    explicit Room(const std::string& lang) : game(kCode1414, lang), session(game.start()) {
        model.ui = &game.ui;
        model.presenter = true;
        model.session = &session;
        model.words = game.words.get();
        platform::HeadlessOptions options;
        options.texts = ui::shellTexts(game.ui, {});
        const std::vector<std::string> more = ui::presenterTexts(*game.words);
        options.texts.insert(options.texts.end(), more.begin(), more.end());
        std::string error;
        host = platform::Headless::create(options, &error);
        REQUIRE_MESSAGE(host != nullptr, error);
        shell.show(ui::Screen::Presenter);
    }
    // One key; the room's choice, when it is followed, applied as the window does.
    ui::Shell::Action key(const ui::ScreenInput& input, ui::DrawLog* log = nullptr) {
        ui::Shell::Action action = press(*host, shell, model, input, log);
        if (action.choice) REQUIRE(session.choose(*action.choice) == Session::Result::Ok);
        return action;
    }
    bool shows(const std::string& text) {
        ui::DrawLog log;
        press(*host, shell, model, {}, &log);
        return drew(log, text);
    }
    const ui::PresenterState& state() const { return shell.presenter(); }

    Game game;
    Session session;
    ui::ShellModel model;
    ui::Shell shell;
    std::unique_ptr<platform::Headless> host;
};

}  // namespace

TEST_CASE("presenter mode: the room votes through code_1414 with the keyboard alone") {
    Room room("en");
    REQUIRE(room.game.words != nullptr);
    CHECK(room.shell.screen() == ui::Screen::Presenter);

    // Moment 1 has one way on: nothing to vote, Enter goes on.
    REQUIRE(room.session.shownChoices().size() == 1);
    CHECK(room.shows("Only one way on here"));
    CHECK(room.key(enter()).choice);
    CHECK(room.state().room.empty());  // not a vote

    // The courier's call: 3 hands, 12 + two more by Space, 57 then Backspace → 5.
    const std::vector<const Choice*> shown = room.session.shownChoices();
    REQUIRE(shown.size() == 3);
    const std::string node = room.session.node().id;
    room.key(typed("3"));
    room.key(typed("12", true));
    room.key(hand());
    room.key(hand());
    room.key(typed("57", true));
    room.key(erase());
    CHECK(room.state().votes == std::vector<int>{3, 14, 5});
    CHECK(room.state().phase == ui::PresenterPhase::Vote);

    // The notes show the safe move before the vote; N hides them again.
    room.key(notes());
    CHECK(room.shows("Notes for the facilitator"));
    room.key(notes());
    CHECK_FALSE(room.shows("Notes for the facilitator"));

    // Pause: a blank screen, and Enter does nothing until P again.
    room.key(pauseKey());
    CHECK(room.shows("Paused"));
    CHECK_FALSE(room.key(enter()).choice);
    CHECK(room.state().phase == ui::PresenterPhase::Vote);
    room.key(pauseKey());
    CHECK_FALSE(room.shows("Paused"));

    // Enter: the bars; Esc counts again with the hands kept; Enter, Enter: the room's choice.
    room.key(enter());
    CHECK(room.state().phase == ui::PresenterPhase::Bars);
    CHECK(room.shows("22 hands in all."));
    CHECK(room.shows("14 · 64%"));
    room.key(esc());
    CHECK(room.state().phase == ui::PresenterPhase::Vote);
    CHECK(room.state().votes == std::vector<int>{3, 14, 5});
    room.key(enter());
    const ui::Shell::Action followed = room.key(enter());
    REQUIRE(followed.choice);
    CHECK(*followed.choice == shown[1]->id);  // 14 hands: the most
    CHECK(room.session.history().back().node == node);

    // The reveal: the room's choice, every choice's verdict and why, the question to discuss.
    CHECK(room.state().phase == ui::PresenterPhase::Reveal);
    CHECK(room.shows("The room chose: " + room.game.words->text(node, shown[1]->text, room.session.vars())));
    CHECK(room.shows(room.game.words->verdictLabel(shown[0]->verdict) + " · 3 of 22 hands"));
    const Node* voted = room.session.scenario().findNode(node);
    REQUIRE(voted != nullptr);
    CHECK(room.shows("To discuss"));
    CHECK(room.shows(std::string(discussionPrompt(momentTip(*voted))).substr(0, 30)));
    room.key(enter());
    CHECK(room.state().phase == ui::PresenterPhase::Vote);
    CHECK(room.state().votes == std::vector<int>(room.session.shownChoices().size(), 0));  // a fresh count

    // A tie at the next vote: the first leader is proposed, Down takes the other one.
    int ties = 0;
    while (!room.session.ended()) {
        const std::vector<const Choice*> now = room.session.shownChoices();
        if (now.size() == 1) {
            room.key(enter());
            continue;
        }
        if (ties == 0) {
            room.key(typed("4"));
            room.key(typed("4", true));
            room.key(enter());
            CHECK(room.shows("A tie"));
            CHECK(room.state().selected == 0);
            room.key(down());
            const ui::Shell::Action tie = room.key(enter());
            REQUIRE(tie.choice);
            CHECK(*tie.choice == now[1]->id);
            ++ties;
        } else {
            room.key(typed("9"));  // everyone on the first choice
            room.key(enter());
            REQUIRE(room.key(enter()).choice);
        }
        CHECK(room.state().phase == ui::PresenterPhase::Reveal);
        room.key(enter());
    }
    CHECK(ties == 1);

    // The ending: the summary per tip, the room's hands only; then back to the scenarios.
    CHECK(room.state().phase == ui::PresenterPhase::Summary);
    CHECK(room.shows("The room's hands on safe choices, per tip"));
    CHECK(room.shows("no one's answers were kept"));
    const std::vector<RoomTip> tips = roomTips(room.session.scenario(), room.state().room);
    const auto codes = std::find_if(tips.begin(), tips.end(), [](const RoomTip& t) { return t.tip == "codes"; });
    REQUIRE(codes != tips.end());
    CHECK(codes->scored > 0);
    CHECK(room.shows(std::to_string(codes->safe) + " of " + std::to_string(codes->scored)));
    const ui::Shell::Action left = room.key(enter());
    CHECK(left.leave);
    CHECK(room.shell.screen() == ui::Screen::Picker);
}

TEST_CASE("presenter mode: Esc clears the counts and with none leaves, and a picked card opens the presenter") {
    Room room("en");
    room.key(enter());  // past the one-way moment
    room.key(typed("7"));
    CHECK(room.state().votes.front() == 7);
    CHECK_FALSE(room.key(esc()).leave);
    CHECK(room.state().votes.front() == 0);
    CHECK(room.key(esc()).leave);
    CHECK(room.shell.screen() == ui::Screen::Picker);

    const std::vector<ui::ScenarioCard> cards = scenarioCards(findScenarios({SAQBOL_SOURCE_DIR "/scenarios"}), room.game.ui);
    room.model.cards = &cards;
    const ui::Shell::Action picked = room.key(enter());
    CHECK(picked.play);
    CHECK(room.shell.screen() == ui::Screen::Presenter);
}

TEST_CASE("presenter mode: every phase in kk, ru and en at XL, high contrast, in a 1280x800 window") {
    ui::theme::setHighContrast(true);
    for (const char* lang : {"kk", "ru", "en"}) {
        CAPTURE(lang);
        Room room(lang);
        const auto check = [&](const std::string& phase) {
            const ShellFrame frame = renderShell(room.shell, room.model, platform::TextSize::XL,
                                                 "presenter-" + phase + "-" + lang + "-XL.png", ui::presenterTexts(*room.game.words));
            CHECK_MESSAGE(frame.problems.empty(), phase << ":" << joined(frame.problems));
            CHECK(frame.image.width > 0);
        };
        room.key(enter());
        room.key(notes());
        room.key(typed("3"));
        room.key(typed("12", true));
        check("vote");
        room.key(notes());
        room.key(enter());
        check("bars");
        room.key(enter());
        check("reveal");
        while (!room.session.ended()) {
            if (room.session.shownChoices().size() > 1) {
                room.key(typed("2"));
                room.key(enter());
            }
            room.key(enter());
            if (room.state().phase == ui::PresenterPhase::Reveal) room.key(enter());
        }
        if (room.state().phase == ui::PresenterPhase::Reveal) room.key(enter());
        check("summary");
        room.key(pauseKey());
        check("paused");
    }
    ui::theme::setHighContrast(false);
}

TEST_CASE("presenter mode in a lesson: the summary asks the lesson's questions, and Enter goes on to its next scenario") {
    Room room("en");
    ui::PresenterLesson lesson;
    lesson.progress = "Phone fraud workshop · scenario 1 of 2";
    lesson.discuss = {"When may a code from 1414 be typed in?", "Whom do you call at once?"};
    lesson.has_next = true;
    room.model.lesson = &lesson;
    CHECK(room.shows("Phone fraud workshop · scenario 1 of 2"));
    while (!room.session.ended()) {  // the room follows the first choice everywhere
        if (room.session.shownChoices().size() > 1) {
            room.key(typed("5"));
            room.key(enter());
        }
        room.key(enter());
        if (room.state().phase == ui::PresenterPhase::Reveal) room.key(enter());
    }
    if (room.state().phase == ui::PresenterPhase::Reveal) room.key(enter());
    REQUIRE(room.state().phase == ui::PresenterPhase::Summary);
    // The questions come after the tips: page down to them.
    ui::ScreenInput page;
    page.page_down = true;
    bool asked = false;
    for (int i = 0; i < 6 && !asked; ++i) {
        asked = room.shows("Whom do you call at once?");
        room.key(page);
    }
    CHECK(asked);
    const ui::Shell::Action next = room.key(enter());
    CHECK(next.next_in_lesson);
    CHECK_FALSE(next.leave);
    CHECK(room.shell.screen() == ui::Screen::Presenter);
    CHECK(room.state().room.empty());  // the next scenario starts a fresh count

    lesson.has_next = false;  // the last scenario: Enter leaves
    room.session = room.game.start();
    room.shell.show(ui::Screen::Presenter);
    room.key(enter());
    CHECK(room.key(esc()).leave);
}

TEST_CASE("presenter mode: the room takes quiz form A, hands counted per item, the answer with its sign, the room's calls at the end") {
    const UiText ui = loadUiText("en", SAQBOL_SOURCE_DIR, nullptr);
    auto quiz = loadQuiz(SAQBOL_SOURCE_DIR "/tests/data/quiz/quiz_small.lua", "en", ui, nullptr);
    REQUIRE(quiz->quiz() != nullptr);
    platform::HeadlessOptions options;
    options.texts = ui::shellTexts(ui, {});
    const std::vector<std::string> more = quiz->texts();
    options.texts.insert(options.texts.end(), more.begin(), more.end());
    std::string error;
    auto host = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);

    ui::Shell shell;
    ui::QuizModel quiz_model;
    const auto model = [&] {
        ui::ShellModel m;
        m.ui = &ui;
        m.presenter = true;
        quiz_model = quiz->model();
        m.quiz = &quiz_model;
        return m;
    };
    // From the quiz's form choice, Enter (form A) starts the room's quiz in presenter mode.
    shell.show(ui::Screen::QuizForm);
    ui::Shell::Action action = press(*host, shell, model(), enter());
    REQUIRE(action.quiz.start);
    applyQuizAction(*quiz, action.quiz);
    CHECK(shell.screen() == ui::Screen::RoomQuiz);

    const std::size_t items = quiz->run->items().size();
    int right_calls = 0;
    for (std::size_t i = 0; i < items; ++i) {
        CAPTURE(i);
        const QuizItem& item = quiz->run->item();
        const auto show = [&](const std::string& text) {
            ui::DrawLog log;
            press(*host, shell, model(), {}, &log);
            return drew(log, text);
        };
        CHECK(show("Hands up: is what the phone shows a scam, or real?"));
        // 12 hands for "a scam", 3 for "real": the room calls every item a scam.
        press(*host, shell, model(), typed("12"));
        press(*host, shell, model(), typed("3", true));
        press(*host, shell, model(), enter());
        CHECK(show("15 hands in all."));
        action = press(*host, shell, model(), enter());
        REQUIRE(action.quiz.answer);
        CHECK(*action.quiz.answer == QuizCall::Scam);
        applyQuizAction(*quiz, action.quiz);
        CHECK(show(item.legit ? "It was real." : "It was a scam."));
        CHECK(show(item.legit ? "3 of 15 hands were right." : "12 of 15 hands were right."));
        CHECK(show(quiz->words->text(item.id, item.cue, {}).substr(0, 25)));
        right_calls += item.legit ? 0 : 1;
        press(*host, shell, model(), enter());
    }
    REQUIRE(quiz->run->finished());
    ui::DrawLog log;
    press(*host, shell, model(), {}, &log);
    CHECK(drew(log, "Most of the room called " + std::to_string(right_calls) + " of " + std::to_string(items) + " moments right."));
    CHECK(drew(log, "Hands that called right, per tip"));
    action = press(*host, shell, model(), enter());
    CHECK(action.quiz.leave);
    CHECK(shell.screen() == ui::Screen::Menu);
}

TEST_CASE("presenter mode: the room's quiz drawn in kk, ru and en at XL, high contrast") {
    ui::theme::setHighContrast(true);
    for (const char* lang : {"kk", "ru", "en"}) {
        CAPTURE(lang);
        const UiText ui = loadUiText(lang, SAQBOL_SOURCE_DIR, nullptr);
        auto quiz = loadQuiz(SAQBOL_SOURCE_DIR "/tests/data/quiz/quiz_small.lua", lang, ui, nullptr);
        REQUIRE(quiz->quiz() != nullptr);
        ui::QuizAction start;
        start.start = 'A';
        applyQuizAction(*quiz, start);
        ui::QuizModel quiz_model = quiz->model();
        ui::ShellModel model;
        model.ui = &ui;
        model.presenter = true;
        model.quiz = &quiz_model;
        ui::Shell shell;
        shell.show(ui::Screen::RoomQuiz);
        const auto check = [&](const std::string& phase, const ui::ScreenInput& input) {
            // One frame with the key (its action applied as the window does), then the picture.
            platform::HeadlessOptions options;
            options.texts = ui::shellTexts(ui, {});
            const std::vector<std::string> more = quiz->texts();
            options.texts.insert(options.texts.end(), more.begin(), more.end());
            std::string error;
            auto host = platform::Headless::create(options, &error);
            REQUIRE(host != nullptr);
            const ui::Shell::Action action = press(*host, shell, model, input);
            applyQuizAction(*quiz, action.quiz);
            quiz_model = quiz->model();
            const ShellFrame frame = renderShell(shell, model, platform::TextSize::XL,
                                                 "room-quiz-" + phase + "-" + lang + "-XL.png", quiz->texts());
            CHECK_MESSAGE(frame.problems.empty(), phase << ":" << joined(frame.problems));
        };
        check("vote", typed("7"));
        check("bars", enter());
        check("answer", enter());
        while (!quiz->run->finished()) {
            check("next", enter());
            check("next", enter());
            check("next", enter());
        }
        check("summary", enter());
    }
    ui::theme::setHighContrast(false);
}
