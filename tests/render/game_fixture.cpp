// SPDX-License-Identifier: MIT
#include "game_fixture.h"

#include <filesystem>

#include <imgui.h>

#include "platform/headless.h"
#include "platform/ui_context.h"
#include "po_reader.h"

namespace saqbol::test {

Game::Game(const std::string& file, const std::string& lang) {
    loaded = loadScenario(file);
    if (!loaded.host) return;
    ui = loadUiText(lang, SAQBOL_SOURCE_DIR, nullptr);
    catalog = loadScenarioCatalog(loaded.host->scenario(), lang, nullptr);
    words = std::make_unique<ScenarioText>(loaded.host->scenario(), catalog, ui);
}

bool play(Session& session, const std::vector<int>& numbers) {
    for (int n : numbers) {
        const auto shown = session.shownChoices();
        if (n < 1 || static_cast<std::size_t>(n) > shown.size()) return false;
        if (session.choose(shown[static_cast<std::size_t>(n - 1)]->id) != Session::Result::Ok) return false;
    }
    return true;
}

std::string outputDir() {
    const std::string dir = SAQBOL_TEST_OUTPUT_DIR;
    std::filesystem::create_directories(dir);
    return dir;
}

namespace {

std::string describe(const ui::Rect& r) {
    return "(" + std::to_string(static_cast<int>(r.min.x)) + "," + std::to_string(static_cast<int>(r.min.y)) + ")-(" +
           std::to_string(static_cast<int>(r.max.x)) + "," + std::to_string(static_cast<int>(r.max.y)) + ")";
}

}  // namespace

Frame render(const Game& game, const Session& session, const RenderOptions& options) {
    Frame frame;
    platform::HeadlessOptions headless;
    headless.width = options.width;
    headless.height = options.height;
    headless.textSize = options.size;
    headless.texts = ui::screenTexts(*game.words);
    std::string error;
    auto host = platform::Headless::create(headless, &error);
    if (!host) {
        frame.problems.push_back("headless: " + error);
        return frame;
    }
    ui::GameView view;
    view.show(options.screen);
    host->renderFrames(2, [&] {
        frame.log = {};
        view.draw(session, *game.words, {}, &frame.log);
    });

    // Every text: letters in the font, inside its region, the region inside the window.
    const ui::Rect window{ImVec2(0, 0), ImVec2(static_cast<float>(options.width), static_cast<float>(options.height))};
    for (const ui::DrawnText& text : frame.log.texts) {
        if (const auto missing = host->ui().missingGlyphs(text.text); !missing.empty())
            frame.problems.push_back("missing glyphs " + platform::describeCodepoints(missing) + " in \"" + text.text + "\"");
        if (!text.region.contains(text.rect))
            frame.problems.push_back("\"" + text.text + "\" at " + describe(text.rect) + " runs outside the " + text.region_name +
                                     " " + describe(text.region));
    }
    for (const auto& [name, region] : frame.log.regions)
        if (!window.contains(region)) frame.problems.push_back("the " + name + " " + describe(region) + " is outside the window");
    // Every vertex and clip rectangle ImGui produced lies inside the window.
    host->ui().makeCurrent();
    if (const ImDrawData* data = ImGui::GetDrawData()) {
        for (int l = 0; l < data->CmdListsCount; ++l) {
            const ImDrawList* list = data->CmdLists[l];
            for (const ImDrawVert& v : list->VtxBuffer)
                if (v.pos.x < -1 || v.pos.y < -1 || v.pos.x > window.max.x + 1 || v.pos.y > window.max.y + 1) {
                    frame.problems.push_back("a vertex at (" + std::to_string(v.pos.x) + "," + std::to_string(v.pos.y) +
                                             ") is outside the window");
                    break;
                }
        }
    }
    const std::string png = options.png.empty() ? (std::filesystem::temp_directory_path() / "saqbol-render-test.png").string()
                                                : outputDir() + "/" + options.png;
    if (!host->savePng(png, &error)) frame.problems.push_back("png: " + error);
    frame.image = readPng(png);
    return frame;
}

}  // namespace saqbol::test
