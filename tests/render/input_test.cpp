// SPDX-License-Identifier: MIT
// The keys a player uses, through the real screens: number keys pick, Up/Down/Enter take
// the highlighted choice, Enter at an ending opens the debrief and Enter there plays again.
// And the window's loop: with no input, no new frame is drawn; touch reaches the buttons
// as the mouse. Focus, the keypad and whole play-throughs: play_input_test.cpp.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>

#include <SDL.h>

#include "game_fixture.h"
#include "platform/headless.h"
#include "platform/window.h"

using namespace saqbol;
using namespace saqbol::test;

namespace {

const std::string kCode1414 = SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua";

// Draws one frame of `view` with `input` and returns what the player did.
ui::GameView::Action press(platform::Headless& host, ui::GameView& view, const Session& session, const Game& game,
                           const ui::ScreenInput& input, ui::DrawLog* log = nullptr) {
    ui::GameView::Action action;
    host.renderFrames(1, [&] {
        if (log != nullptr) *log = {};
        action = view.draw(session, *game.words, input, log);
    });
    return action;
}

std::unique_ptr<platform::Headless> headless(const Game& game) {
    platform::HeadlessOptions options;
    options.texts = ui::screenTexts(*game.words);
    std::string error;
    auto host = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);
    return host;
}


}  // namespace

TEST_CASE("number keys pick a choice, and Up, Down and Enter take the highlighted one") {
    const Game game(kCode1414, "en");
    REQUIRE(game.words != nullptr);
    auto host = headless(game);
    Session session = game.start();
    REQUIRE(play(session, {1}));  // the courier's call: three choices
    ui::GameView view;
    CHECK_FALSE(press(*host, view, session, game, {}).choice);  // no key: nothing happens
    ui::ScreenInput three;
    three.digit = 3;
    CHECK(press(*host, view, session, game, three).choice == std::optional<std::string>("hang_up"));
    ui::ScreenInput nine;
    nine.digit = 9;
    CHECK_FALSE(press(*host, view, session, game, nine).choice);  // no ninth choice

    ui::ScreenInput enter;
    enter.enter = true;
    CHECK_FALSE(press(*host, view, session, game, enter).choice);  // nothing highlighted yet
    ui::ScreenInput down;
    down.down = true;
    press(*host, view, session, game, down);
    press(*host, view, session, game, down);
    CHECK(press(*host, view, session, game, enter).choice == std::optional<std::string>("ask_details"));
}

TEST_CASE("at an ending Enter opens the debrief, and Enter there plays again") {
    const Game game(kCode1414, "en");
    REQUIRE(game.words != nullptr);
    auto host = headless(game);
    Session session = game.start();
    REQUIRE(play(session, {1, 3, 4}));
    REQUIRE(session.ended());
    ui::GameView view;
    ui::ScreenInput enter;
    enter.enter = true;
    CHECK(press(*host, view, session, game, enter).changed);
    CHECK(view.screen() == ui::Screen::Debrief);
    CHECK_FALSE(press(*host, view, session, game, {}).play_again);  // the debrief waits
    CHECK(press(*host, view, session, game, enter).play_again);
    CHECK(view.screen() == ui::Screen::Phone);
}

TEST_CASE("the game window draws no new frame while nothing happens") {
    // SDL's invisible "offscreen" video driver: a real Window, its event loop and the game's
    // screens, with no display (and never a window popping up on a developer's desktop).
    ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
    const Game game(kCode1414, "kk");
    REQUIRE(game.words != nullptr);
    platform::WindowOptions options;
    options.texts = ui::screenTexts(*game.words);
    std::string error;
    auto window = platform::Window::open(options, &error);
    REQUIRE_MESSAGE(window != nullptr, error);
    Session session = game.start();
    ui::GameView view;
    int frames = 0;
    window->setUi([&](platform::EventLoop& loop) {
        ++frames;
        const auto action = view.draw(session, *game.words, {});
        if (action.changed) loop.requestRedraw();
    });
    platform::EventLoop& loop = window->loop();
    for (int i = 0; i < 6; ++i) loop.step(20);  // start-up: the first frame and any window events
    const int settled = frames;
    CHECK(settled >= 1);
    for (int i = 0; i < 5; ++i) loop.step(30);
    CHECK(frames == settled);
    CHECK(loop.framesDrawn() == static_cast<std::uint64_t>(frames));
    platform::EventLoop::wake();  // any input
    for (int i = 0; i < 5; ++i) loop.step(30);
    CHECK(frames == settled + platform::EventLoop::kSettleFrames);
}

TEST_CASE("touch reaches the buttons as mouse clicks: nothing turns SDL's synthesized mouse off") {
    // Dear ImGui's SDL2 backend (1.86) reads only mouse events; SDL turns a finger into
    // mouse events itself while SDL_HINT_TOUCH_MOUSE_EVENTS is on (its default). Feeding
    // SDL_FINGERDOWN through SDL_PushEvent would not test that (SDL synthesizes inside its
    // touch driver, not from pushed events), so this checks that the window leaves the hint
    // on, and play_input_test.cpp plays whole scenarios with the mouse.
    ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
    const Game game(kCode1414, "en");
    REQUIRE(game.words != nullptr);
    platform::WindowOptions options;
    options.texts = ui::screenTexts(*game.words);
    std::string error;
    auto window = platform::Window::open(options, &error);
    REQUIRE_MESSAGE(window != nullptr, error);
    CHECK(SDL_GetHintBoolean(SDL_HINT_TOUCH_MOUSE_EVENTS, SDL_TRUE) == SDL_TRUE);
}
