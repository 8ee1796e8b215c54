// SPDX-License-Identifier: MIT
// The game window's menus in use: settings kept across a restart (a damaged file falls back
// to the defaults with a message); a keyboard-only walk from the menu through a whole play
// of code_1414 to the debrief, help and back; the language switched mid-play; the sounds
// chosen from the story's data; the high-contrast palette. Pictures: build/tests/screens/.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "platform/headless.h"
#include "po_reader.h"
#include "scenario_list.h"
#include "settings_file.h"
#include "shell_fixture.h"
#include "sound_cues.h"
#include "theme.h"

using namespace saqbol;
using namespace saqbol::test;
namespace fs = std::filesystem;

namespace {

const std::string kCode1414 = SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua";

}  // namespace

TEST_CASE(
    "settings are kept for the next start; a damaged or unwritable file gives the defaults and a reason") {
    TempDir dir("settings");
    const fs::path file = settingsFile(dir.path / "data");
    CHECK(readSettings(file).status == SettingsRead::Status::Missing);
    CHECK(readSettings(file).settings == ui::Settings{});

    ui::Settings chosen;
    chosen.lang = "ru";
    chosen.text_size = 3;
    chosen.sound = false;
    chosen.high_contrast = true;
    std::string error;
    REQUIRE_MESSAGE(writeSettings(file, chosen, &error), error);
    CHECK_FALSE(fs::exists(file.string() + ".tmp"));  // written beside, then renamed
    const SettingsRead again = readSettings(file);    // the next start
    CHECK(again.status == SettingsRead::Status::Ok);
    CHECK(again.settings == chosen);

    std::ofstream(file, std::ios::trunc) << "lang=ru\ntext_size=XXL\n\x01\x02garbage\n";
    const SettingsRead damaged = readSettings(file);
    CHECK(damaged.status == SettingsRead::Status::Damaged);
    CHECK(damaged.settings == ui::Settings{});  // all defaults, not half of the file
    CHECK(damaged.detail.find("settings.txt:2: invalid text_size 'XXL', expected one of: S, M, L, XL") !=
          std::string::npos);

    std::ofstream(file, std::ios::trunc) << std::string(5000, '\xff');
    CHECK(readSettings(file).status == SettingsRead::Status::Damaged);

    std::ofstream(dir.path / "a-file") << "x";
    CHECK_FALSE(writeSettings(dir.path / "a-file" / "settings.txt", chosen, &error));
    CHECK_FALSE(error.empty());

    // The message the menu shows for a damaged file, in the player's language.
    const UiText kk = loadUiText("kk", SAQBOL_SOURCE_DIR, nullptr);
    ui::ShellModel model;
    model.ui = &kk;
    model.notice = kk.tr("The saved settings could not be read, so the defaults are used.");
    CHECK(model.notice != "The saved settings could not be read, so the defaults are used.");
    ui::Shell shell;
    const ShellFrame menu = renderShell(shell, model, platform::TextSize::XL, "menu-notice-kk-XL.png");
    CHECK_MESSAGE(menu.problems.empty(), joined(menu.problems));
    CHECK(drew(menu.log, model.notice.substr(0, 20)));
}

TEST_CASE("keyboard only: menu, picker, a whole play of code_1414, the debrief, help and back") {
    const Game game(kCode1414, "en");
    REQUIRE(game.words != nullptr);
    const std::vector<FoundScenario> found = findScenarios({SAQBOL_SOURCE_DIR "/scenarios"});
    const std::vector<ui::ScenarioCard> cards = scenarioCards(found, game.ui);
    // code_1414's card, wherever the shipped library puts it.
    const auto code_card = std::find_if(cards.begin(), cards.end(), [](const ui::ScenarioCard& card) {
        return card.file.ends_with("code_1414.lua");
    });
    REQUIRE(code_card != cards.end());
    const auto code_index = static_cast<std::size_t>(code_card - cards.begin());
    ui::ShellModel model;
    model.ui = &game.ui;
    model.cards = &cards;
    platform::HeadlessOptions options;
    options.texts = ui::shellTexts(game.ui, cards);
    const std::vector<std::string> more = ui::screenTexts(*game.words);
    options.texts.insert(options.texts.end(), more.begin(), more.end());
    std::string error;
    auto host = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);

    ui::Shell shell;
    CHECK(shell.screen() == ui::Screen::Menu);
    CHECK_FALSE(press(*host, shell, model, {}).changed);  // no key: nothing happens
    press(*host, shell, model, enter());                  // Play is highlighted first
    CHECK(shell.screen() == ui::Screen::Picker);
    for (std::size_t i = 0; i < code_index; ++i) press(*host, shell, model, down());  // Down to code_1414
    const ui::Shell::Action chosen = press(*host, shell, model, enter());
    REQUIRE(chosen.play == std::optional<std::size_t>(code_index));
    CHECK(shell.screen() == ui::Screen::Phone);

    Session session = game.start();  // what the app does on `play`
    model.session = &session;
    model.words = game.words.get();
    for (int number : {1, 3, 4}) {  // answer, hang up, call the bank: a safe ending
        const ui::Shell::Action action = press(*host, shell, model, key(number));
        REQUIRE(action.choice);
        REQUIRE(session.choose(*action.choice) == Session::Result::Ok);
    }
    REQUIRE(session.ended());
    press(*host, shell, model, enter());
    CHECK(shell.screen() == ui::Screen::Debrief);
    ui::DrawLog log;
    press(*host, shell, model, key(2), &log);  // 2: where to get help
    CHECK(shell.screen() == ui::Screen::Help);
    press(*host, shell, model, {}, &log);
    CHECK(drew(log, "Police: call 102."));
    press(*host, shell, model, esc());
    CHECK(shell.screen() == ui::Screen::Debrief);  // back where help was opened
    const ui::Shell::Action left = press(*host, shell, model, esc());
    CHECK(left.leave);
    CHECK(shell.screen() == ui::Screen::Picker);
    press(*host, shell, model, esc());
    CHECK(shell.screen() == ui::Screen::Menu);

    // From the menu: Down past Quiz to Settings, Enter; Enter on "Text size" makes it larger at once.
    press(*host, shell, model, down());
    press(*host, shell, model, down());
    press(*host, shell, model, enter());
    CHECK(shell.screen() == ui::Screen::Settings);
    const ui::Shell::Action bigger = press(*host, shell, model, enter());
    REQUIRE(bigger.apply);
    CHECK(bigger.apply->text_size == model.settings.text_size + 1);
    press(*host, shell, model, esc());
    CHECK(shell.screen() == ui::Screen::Menu);
}

TEST_CASE("the debrief redraws in another language at once, on the same session") {
    const Game kk(kCode1414, "kk");
    REQUIRE(kk.words != nullptr);
    Session session = kk.start();
    REQUIRE(play(session, {1, 3, 4}));
    // What the app does on F2: the same scenario, the catalogs of the next language.
    const std::string next = ui::nextLanguage("kk");
    CHECK(next == "ru");
    CHECK(ui::nextLanguage("ru") == "en");
    CHECK(ui::nextLanguage("en") == "kk");
    const UiText ru = loadUiText(next, SAQBOL_SOURCE_DIR, nullptr);
    const Catalog catalog = loadScenarioCatalog(kk.loaded.host->scenario(), next, nullptr);
    const ScenarioText words(kk.loaded.host->scenario(), catalog, ru);
    ui::ShellModel model;
    model.ui = &ru;
    model.session = &session;
    model.words = &words;
    ui::Shell shell;
    shell.show(ui::Screen::Debrief);
    const ShellFrame frame =
        renderShell(shell, model, platform::TextSize::M, "debrief-switched-ru-M.png", ui::screenTexts(words));
    CHECK_MESSAGE(frame.problems.empty(), joined(frame.problems));
    CHECK(drew(frame.log, "Сыграть ещё раз"));  // the UI's words in Russian
    CHECK(drew(frame.log, "Коды и пароли"));    // a tip's name in Russian
}

TEST_CASE("the phone rings for an incoming call and pings for a message, decided from the story's data") {
    const Game game(kCode1414, "en");
    REQUIRE(game.words != nullptr);
    Session session = game.start();
    CHECK(soundCueOf(session) == SoundCue::Ping);  // the SMS from 1414
    REQUIRE(play(session, {1}));
    CHECK(soundCueOf(session) == SoundCue::Ring);  // the courier calls (a ring wins over the SMS)
    const Game apps(SAQBOL_SOURCE_DIR "/tests/data/phone_apps.lua", "en");
    REQUIRE(apps.words != nullptr);
    Session web = apps.start();
    REQUIRE(play(web, {1, 1, 1}));
    CHECK(soundCueOf(web) == SoundCue::None);  // a web page makes no sound
}

TEST_CASE("high contrast makes the desk black and the ink pure black") {
    const UiText en = loadUiText("en", SAQBOL_SOURCE_DIR, nullptr);
    ui::ShellModel model;
    model.ui = &en;
    model.settings.high_contrast = true;
    ui::theme::setHighContrast(true);
    ui::Shell shell;
    shell.show(ui::Screen::Help);
    const ShellFrame frame = renderShell(shell, model, platform::TextSize::XL, "help-contrast-en-XL.png");
    ui::theme::setHighContrast(false);
    CHECK_MESSAGE(frame.problems.empty(), joined(frame.problems));
    REQUIRE(frame.image.width > 0);
    CHECK(frame.image.pixels[0] == 0x000000u);  // the corner of the desk
}
