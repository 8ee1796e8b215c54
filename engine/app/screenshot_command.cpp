// SPDX-License-Identifier: MIT
// `saqbol screenshot [SCENARIO] [--choices 1,2] [--lang L] [--size WxH] [--text-size S|M|L|XL]
// [--screen phone|debrief] --out FILE.png` — renders one exact moment of a scenario with no
// window and no display (the platform's headless software renderer), as the window would
// show it. Letters the font lacks are reported, and so is text that runs outside its region.
#include <iostream>

#include "commands.h"
#include "game_setup.h"
#include "platform/headless.h"
#include "platform/ui_context.h"
#include "screens.h"

namespace saqbol {
namespace {

constexpr const char* kScreenshotHelp = R"(usage: saqbol screenshot [SCENARIO] --out FILE.png [--choices 1,3,2] [--lang kk|ru|en|xx]
                          [--size WxH] [--text-size S|M|L|XL] [--screen NAME] [--scenarios DIR]

Renders one moment of a scenario to a PNG, headless (no display needed): the scenario
(default code_1414) after the choices given, exactly as the game window shows it.

  --out FILE.png    where to write the picture (required)
  --choices LIST    choice numbers to play first, as `saqbol play --choices` counts them
  --lang L          language: kk (default), ru, en; xx is a pseudo-language for testing
  --size WxH        window size in pixels (default 1280x800)
  --text-size SIZE  S, M (default), L or XL
  --screen NAME     which screen: phone (default) or debrief. More screens (menu,
                    scenario picker, settings, help) come with later versions.
  --scenarios DIR   also look for scenario ids in DIR

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

    int exit_code = 0;
    std::unique_ptr<LoadedGame> game = loadGame(scenario, lang, scenario_dirs, "screenshot", &exit_code);
    if (!game) return exit_code;
    Session session(game->scenario(), game->hooks());
    if (auto problem = replayChoices(session, choices)) {
        std::cerr << "saqbol screenshot: " << *problem << "\n";
        return 1;
    }

    options.texts = ui::screenTexts(*game->words);
    std::string error;
    std::unique_ptr<platform::Headless> host = platform::Headless::create(options, &error);
    if (!host) {
        std::cerr << "saqbol screenshot: " << error << "\n";
        return 1;
    }
    ui::GameView view;
    view.show(screen);
    ui::DrawLog log;
    host->renderFrames(2, [&] {
        log = {};
        view.draw(session, *game->words, {}, &log);
    });
    if (!host->savePng(out, &error)) {
        std::cerr << "saqbol screenshot: " << error << "\n";
        return 1;
    }
    std::cout << "wrote " << out << " (" << host->pixelWidth() << "x" << host->pixelHeight() << " px, " << nameOf(screen)
              << " at node '" << session.node().id << "')\n";
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
