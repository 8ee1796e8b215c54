// SPDX-License-Identifier: MIT
// The game window's menus through the real code, headless: the start menu, the scenario
// picker, settings and help in kk, ru and en at text sizes S and XL (not blank, every letter
// in the font, every text inside its page and none on top of another); a broken scenario
// shown with its error beside a good one. Pictures are kept in build/tests/screens/.
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

TEST_CASE(
    "the menu, picker, settings and help draw in kk, ru and en at S and XL: whole, inside their page, not "
    "overlapping") {
    TempDir dir("all-screens");
    const std::vector<FoundScenario> found =
        findScenarios({SAQBOL_SOURCE_DIR "/scenarios", packWithBrokenScenario(dir)});
    for (const char* lang : {"kk", "ru", "en"}) {
        const UiText words = loadUiText(lang, SAQBOL_SOURCE_DIR, nullptr);
        const std::vector<ui::ScenarioCard> cards = scenarioCards(found, words);
        ui::ShellModel model;
        model.ui = &words;
        model.cards = &cards;
        model.settings.lang = lang;
        for (const platform::TextSize size : {platform::TextSize::S, platform::TextSize::XL}) {
            model.settings.text_size = static_cast<int>(size);
            for (const ui::Screen screen :
                 {ui::Screen::Menu, ui::Screen::Picker, ui::Screen::Settings, ui::Screen::Help}) {
                const std::string name = std::string(ui::nameOf(screen)) + "-" + lang + "-" +
                                         platform::textSizeName(size) + ".png";
                INFO(name);
                ui::Shell shell;
                shell.show(screen);
                const ShellFrame frame = renderShell(shell, model, size, name);
                CHECK_MESSAGE(frame.problems.empty(), joined(frame.problems));
                CHECK(frame.log.texts.size() >= 5);
                CHECK(distinctColours(frame.image) > 100);  // panels, buttons, antialiased text: not blank
            }
        }
    }
}

TEST_CASE("the menus speak the player's language") {
    const UiText kk = loadUiText("kk", SAQBOL_SOURCE_DIR, nullptr);
    ui::ShellModel model;
    model.ui = &kk;
    ui::Shell shell;
    ShellFrame menu = renderShell(shell, model, platform::TextSize::M, "menu-kk-M.png");
    CHECK(drew(menu.log, "«Сақ бол!»"));
    CHECK(drew(menu.log, "Ойнау"));    // Play
    CHECK(drew(menu.log, "Русский"));  // every language in its own name
    shell.show(ui::Screen::Help);
    const ShellFrame help = renderShell(shell, model, platform::TextSize::M, "help-kk-M.png");
    CHECK(drew(help.log, "102"));
    CHECK(drew(help.log, "112"));
    CHECK(drew(help.log, "1414"));
    CHECK(drew(help.log, "картаның артқы жағында"));
}

TEST_CASE("the picker lists the good scenario and shows the broken one's error with file and line") {
    TempDir dir("broken");
    const std::vector<FoundScenario> found = findScenarios({packWithBrokenScenario(dir)});
    REQUIRE(found.size() == 2);  // _template.lua is skipped
    const UiText en = loadUiText("en", SAQBOL_SOURCE_DIR, nullptr);
    const std::vector<ui::ScenarioCard> cards = scenarioCards(found, en);
    const auto good =
        std::find_if(cards.begin(), cards.end(), [](const ui::ScenarioCard& c) { return c.error.empty(); });
    const auto broken =
        std::find_if(cards.begin(), cards.end(), [](const ui::ScenarioCard& c) { return !c.error.empty(); });
    REQUIRE(good != cards.end());
    REQUIRE(broken != cards.end());
    CHECK(good->title == "A good scenario");
    CHECK(broken->error.find("broken.lua:8: ") != std::string::npos);

    ui::ShellModel model;
    model.ui = &en;
    model.cards = &cards;
    ui::Shell shell;
    shell.show(ui::Screen::Picker);
    const ShellFrame frame = renderShell(shell, model, platform::TextSize::M, "picker-broken-en-M.png");
    CHECK_MESSAGE(frame.problems.empty(), joined(frame.problems));
    CHECK(drew(frame.log, "A good scenario"));
    CHECK(drew(frame.log, "broken.lua:8:"));
    CHECK(drew(frame.log, "adults"));

    // The broken card's number does not start it; the good card's does.
    platform::HeadlessOptions options;
    options.texts = ui::shellTexts(en, cards);
    std::string error;
    auto host = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);
    const int broken_key = static_cast<int>(broken - cards.begin()) + 1;
    const int good_key = static_cast<int>(good - cards.begin()) + 1;
    CHECK_FALSE(press(*host, shell, model, key(broken_key)).play);
    CHECK(shell.screen() == ui::Screen::Picker);
    CHECK(press(*host, shell, model, key(good_key)).play == std::optional<std::size_t>(good_key - 1));
}
