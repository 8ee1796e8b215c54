// SPDX-License-Identifier: MIT
// `saqbol screenshot [SCENARIO] [--choices 1,2] [--lang L] [--size WxH] [--text-size S|M|L|XL]
// [--screen menu|picker|settings|help|phone|debrief] --out FILE.png` — renders one screen (for
// the phone and the debrief, one exact moment of a scenario) with no window and no display
// (the platform's headless software renderer), as the window would show it. Letters the
// font lacks are reported, and so is text that runs outside its region.
#include <iostream>

#include "commands.h"
#include "game_setup.h"
#include "platform/headless.h"
#include "paths.h"
#include "platform/ui_context.h"
#include "po_reader.h"
#include "scenario_list.h"
#include "shell.h"
#include "theme.h"

namespace saqbol {
namespace {

constexpr const char* kScreenshotHelp = R"(usage: saqbol screenshot [SCENARIO] --out FILE.png [--choices 1,3,2] [--lang kk|ru|en|xx]
                          [--size WxH] [--text-size S|M|L|XL] [--screen NAME] [--scenarios DIR]
                          [--high-contrast]

Renders one screen of the game window to a PNG, headless (no display needed), exactly as
the window shows it. For the phone and the debrief: the scenario (default code_1414)
after the choices given.

  --out FILE.png    where to write the picture (required)
  --choices LIST    choice numbers to play first, as `saqbol play --choices` counts them
  --lang L          language: kk (default), ru, en; xx is a pseudo-language for testing
  --size WxH        window size in pixels (default 1280x800)
  --text-size SIZE  S, M (default), L or XL
  --screen NAME     which screen: menu, picker (the scenarios found), settings, help,
                    phone (default) or debrief
  --scenarios DIR   also look for scenarios in DIR (ids, and cards on the picker)
  --high-contrast   the high-contrast colours

Exit codes: 0 written, 1 the scenario or the choices have problems or the file could
not be written, 2 usage.
)";

bool parseSize(const std::string& text, int* width, int* height) {
    const auto x = text.find('x');
    if (x == std::string::npos || x == 0 || x + 1 >= text.size() || text.size() > 11) return false;
    const std::string w = text.substr(0, x), h = text.substr(x + 1);
    if (w.find_first_not_of("0123456789") != std::string::npos || h.find_first_not_of("0123456789") != std::string::npos)
        return false;
    *width = std::stoi(w);
    *height = std::stoi(h);
    return *width >= 320 && *width <= 8192 && *height >= 240 && *height <= 8192;
}

}  // namespace

int runScreenshot(const Args& args) {
    std::string scenario = "code_1414";
    bool scenario_given = false;
    std::string lang = "kk";
    std::string out;
    std::vector<int> choices;
    platform::HeadlessOptions options;
    ui::Screen screen = ui::Screen::Phone;
    std::vector<std::filesystem::path> scenario_dirs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << kScreenshotHelp;
            return 0;
        } else if (a == "--out") {
            if (!has_value) return usageError("screenshot", "--out takes a file name, e.g. --out moment.png");
            out = args[++i];
        } else if (a == "--choices") {
            auto parsed = has_value ? parseChoiceList(args[i + 1]) : std::nullopt;
            if (!parsed) return usageError("screenshot", "--choices takes numbers separated by commas, e.g. --choices 2,1,3");
            choices = *parsed;
            ++i;
        } else if (a == "--lang") {
            if (!has_value || !isKnownLanguage(args[i + 1])) return usageError("screenshot", "--lang takes one of: kk, ru, en, xx");
            lang = args[++i];
        } else if (a == "--size") {
            if (!has_value || !parseSize(args[i + 1], &options.width, &options.height))
                return usageError("screenshot", "--size takes WIDTHxHEIGHT in pixels, e.g. 1280x800 (320x240 at least)");
            ++i;
        } else if (a == "--text-size") {
            if (!has_value || !platform::parseTextSize(args[i + 1], &options.textSize))
                return usageError("screenshot", "--text-size takes one of: S, M, L, XL");
            ++i;
        } else if (a == "--screen") {
            auto parsed = has_value ? ui::parseScreen(args[i + 1]) : std::nullopt;
            if (!parsed) return usageError("screenshot", "--screen takes one of: " + ui::screenNameList());
            screen = *parsed;
            ++i;
        } else if (a == "--high-contrast") {
            ui::theme::setHighContrast(true);
        } else if (a == "--scenarios") {
            if (!has_value) return usageError("screenshot", "--scenarios takes a folder");
            scenario_dirs.emplace_back(args[++i]);
        } else if (a.rfind("-", 0) == 0) {
            return usageError("screenshot", "unknown option '" + a + "'");
        } else if (!scenario_given) {
            scenario = a;
            scenario_given = true;
        } else {
            return usageError("screenshot", "one scenario at a time ('" + a + "' is extra)");
        }
    }
    if (out.empty()) return usageError("screenshot", "where to? add --out FILE.png");

    // The phone and the debrief show a moment of a scenario; the other screens need none.
    const bool needs_game = screen == ui::Screen::Phone || screen == ui::Screen::Debrief;
    std::unique_ptr<LoadedGame> game;
    std::optional<Session> session;
    if (needs_game) {
        int exit_code = 0;
        game = loadGame(scenario, lang, scenario_dirs, "screenshot", &exit_code);
        if (!game) return exit_code;
        session.emplace(game->scenario(), game->hooks());
        if (auto problem = replayChoices(*session, choices)) {
            std::cerr << "saqbol screenshot: " << *problem << "\n";
            return 1;
        }
    }
    const UiText words = loadUiText(lang, dataRoot(), nullptr);
    std::vector<std::filesystem::path> dirs{dataRoot() / "scenarios"};
    dirs.insert(dirs.end(), scenario_dirs.begin(), scenario_dirs.end());
    const std::vector<ui::ScenarioCard> cards =
        screen == ui::Screen::Picker ? scenarioCards(findScenarios(dirs), words) : std::vector<ui::ScenarioCard>{};

    options.texts = ui::shellTexts(words, cards);
    if (game) {
        const std::vector<std::string> more = ui::screenTexts(*game->words);
        options.texts.insert(options.texts.end(), more.begin(), more.end());
    }
    std::string error;
    std::unique_ptr<platform::Headless> host = platform::Headless::create(options, &error);
    if (!host) {
        std::cerr << "saqbol screenshot: " << error << "\n";
        return 1;
    }
    ui::ShellModel model;
    model.ui = &words;
    model.cards = &cards;
    model.settings.lang = isKnownLanguage(lang) && lang != "xx" ? lang : "en";
    model.settings.text_size = static_cast<int>(options.textSize);
    model.settings.high_contrast = ui::theme::highContrast();
    if (game) {
        model.session = &*session;
        model.words = game->words.get();
    }
    ui::Shell shell;
    shell.show(screen);
    ui::DrawLog log;
    host->renderFrames(2, [&] {
        log = {};
        shell.draw(model, {}, &log);
    });
    if (!host->savePng(out, &error)) {
        std::cerr << "saqbol screenshot: " << error << "\n";
        return 1;
    }
    std::cout << "wrote " << out << " (" << host->pixelWidth() << "x" << host->pixelHeight() << " px, " << nameOf(screen)
              << (session ? " at node '" + session->node().id + "'" : std::string()) << ")\n";
    for (const ui::DrawnText& text : log.texts) {
        if (const auto missing = host->ui().missingGlyphs(text.text); !missing.empty())
            std::cerr << "saqbol screenshot: warning: the font lacks " << platform::describeCodepoints(missing) << " in \""
                      << text.text << "\"\n";
        if (!text.region.contains(text.rect))
            std::cerr << "saqbol screenshot: warning: \"" << text.text << "\" runs outside the " << text.region_name << "\n";
    }
    return 0;
}

}  // namespace saqbol
