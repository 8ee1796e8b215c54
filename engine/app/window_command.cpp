// SPDX-License-Identifier: MIT
// `saqbol [--lang L] [--text-size S|M|L|XL] [--scenarios DIR]` — the game window on the
// default scenario (code_1414; the scenario picker comes with the menu). The window draws
// only when something happens (platform EventLoop); number keys pick, Enter takes the
// highlighted choice, Esc or Backspace on the debrief plays again. With no display it says
// so and plays in the terminal instead.
#include <iostream>
#include <optional>

#include "commands.h"
#include "game_setup.h"
#include "platform/window.h"
#include "screens.h"

namespace saqbol {
namespace {

constexpr const char* kDefaultScenario = "code_1414";

constexpr const char* kWindowHelp = R"(usage: saqbol [--lang kk|ru|en|xx] [--text-size S|M|L|XL] [--scenarios DIR]

Opens the game window on the default scenario (code_1414). Number keys 1-9 pick a
choice (by key position, whatever the keyboard layout), Up/Down and Enter work too, or
click. Tab (or a click on a notification) opens the phone's other news; Esc goes back.
After an ending: Enter opens the debrief; on the debrief Esc or Backspace plays again.
F11 switches full screen. With no display, plays in the terminal instead.

  --lang L          language: kk (default), ru, en; xx is a pseudo-language for testing
  --text-size SIZE  S, M (default), L or XL (XL for projecting in a workshop)
  --scenarios DIR   also look for scenario ids in DIR

Exit codes: 0 closed, 1 the scenario has problems, 2 usage.
)";

ui::ScreenInput inputFrom(const std::vector<platform::GameKey>& keys) {
    using platform::GameKey;
    ui::ScreenInput input;
    for (GameKey key : keys) {
        if (const int digit = platform::digitOf(key); digit > 0) input.digit = digit;
        if (key == GameKey::Enter) input.enter = true;
        if (key == GameKey::Escape || key == GameKey::Backspace) input.back = true;
        if (key == GameKey::Up) input.up = true;
        if (key == GameKey::Down) input.down = true;
        if (key == GameKey::Tab) input.next = true;
    }
    return input;
}

}  // namespace

int runWindow(const Args& args) {
    std::string lang = "kk";
    platform::TextSize text_size = platform::TextSize::M;
    std::vector<std::filesystem::path> scenario_dirs;
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
            if (!has_value || !platform::parseTextSize(args[i + 1], &text_size))
                return usageError("window", "--text-size takes one of: S, M, L, XL");
            ++i;
        } else if (a == "--scenarios") {
            if (!has_value) return usageError("window", "--scenarios takes a folder");
            scenario_dirs.emplace_back(args[++i]);
        } else {
            return usageError("window", "unknown option '" + a + "'");
        }
    }

    int exit_code = 0;
    std::unique_ptr<LoadedGame> game = loadGame(kDefaultScenario, lang, scenario_dirs, "window", &exit_code);
    if (!game) return exit_code;
    platform::WindowOptions options;
    options.title = "SaqBol — " + game->words->meta(game->scenario().title);
    options.textSize = text_size;
    options.texts = ui::screenTexts(*game->words);
    options.texts.push_back(options.title);
    std::string error;
    std::unique_ptr<platform::Window> window = platform::Window::open(options, &error);
    if (!window) {
        std::cout << "The game window needs a display (" << error << ").\n"
                  << "Playing " << kDefaultScenario << " in the terminal instead; next time run: saqbol play "
                  << kDefaultScenario << " --lang " << lang << "\n";
        game.reset();
        return runPlay({kDefaultScenario, "--lang", lang});
    }

    std::optional<Session> session(std::in_place, game->scenario(), game->hooks());
    ui::GameView view;
    window->run([&](platform::EventLoop& loop) {
        const ui::GameView::Action action = view.draw(*session, *game->words, inputFrom(window->takeKeys()));
        if (action.choice) session->choose(*action.choice);
        if (action.play_again) session.emplace(game->scenario(), game->hooks());
        if (action.changed) loop.requestRedraw();  // the new state shows at once, then the loop idles
    });
    return 0;
}

}  // namespace saqbol
