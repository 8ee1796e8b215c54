// SPDX-License-Identifier: MIT
#include "shell_fixture.h"

#include <imgui.h>

#include "platform/headless.h"
#include "platform/ui_context.h"

namespace saqbol::test {

namespace fs = std::filesystem;

TempDir::TempDir(const std::string& name) : path(fs::temp_directory_path() / ("saqbol-menus-" + name)) {
    fs::remove_all(path);
    fs::create_directories(path);
}

TempDir::~TempDir() { fs::remove_all(path); }

fs::path packWithBrokenScenario(const TempDir& dir) {
    fs::copy_file(SAQBOL_SOURCE_DIR "/tests/data/good.lua", dir.path / "good.lua");
    fs::copy_file(SAQBOL_SOURCE_DIR "/tests/data/broken.lua", dir.path / "broken.lua");
    fs::copy_file(SAQBOL_SOURCE_DIR "/scenarios/_template.lua",
                  dir.path / "_template.lua");  // a template: skipped
    return dir.path;
}

namespace {

std::string describe(const ui::Rect& r) {
    return "(" + std::to_string(static_cast<int>(r.min.x)) + "," + std::to_string(static_cast<int>(r.min.y)) +
           ")-(" + std::to_string(static_cast<int>(r.max.x)) + "," +
           std::to_string(static_cast<int>(r.max.y)) + ")";
}

bool overlap(const ui::Rect& a, const ui::Rect& b) {
    const float slack = 1.0f;
    return a.min.x < b.max.x - slack && b.min.x < a.max.x - slack && a.min.y < b.max.y - slack &&
           b.min.y < a.max.y - slack;
}

}  // namespace

ShellFrame renderShell(ui::Shell& shell, const ui::ShellModel& model, platform::TextSize size,
                       const std::string& png, const std::vector<std::string>& more_texts) {
    ShellFrame frame;
    platform::HeadlessOptions options;
    options.textSize = size;
    options.texts =
        ui::shellTexts(*model.ui, model.cards != nullptr ? *model.cards : std::vector<ui::ScenarioCard>{});
    options.texts.insert(options.texts.end(), more_texts.begin(), more_texts.end());
    std::string error;
    auto host = platform::Headless::create(options, &error);
    if (!host) {
        frame.problems.push_back("headless: " + error);
        return frame;
    }
    host->renderFrames(2, [&] {
        frame.log = {};
        frame.action = shell.draw(model, {}, &frame.log);
    });
    const ui::Rect window{ImVec2(0, 0),
                          ImVec2(static_cast<float>(options.width), static_cast<float>(options.height))};
    const auto& texts = frame.log.texts;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const ui::DrawnText& text = texts[i];
        if (const auto missing = host->ui().missingGlyphs(text.text); !missing.empty())
            frame.problems.push_back("missing glyphs " + platform::describeCodepoints(missing) + " in \"" +
                                     text.text + "\"");
        if (!text.region.contains(text.rect))
            frame.problems.push_back("\"" + text.text + "\" at " + describe(text.rect) +
                                     " runs outside the " + text.region_name);
        if (!window.contains(text.region))
            frame.problems.push_back("the " + text.region_name + " is outside the window");
        for (std::size_t j = i + 1; j < texts.size(); ++j)
            if (overlap(text.rect, texts[j].rect))
                frame.problems.push_back("\"" + text.text + "\" and \"" + texts[j].text + "\" overlap at " +
                                         describe(text.rect));
    }
    const std::string path = outputDir() + "/" + png;
    if (!host->savePng(path, &error)) frame.problems.push_back("png: " + error);
    frame.image = readPng(path);
    return frame;
}

std::string joined(const std::vector<std::string>& problems) {
    std::string out;
    for (const std::string& p : problems) out += "\n  " + p;
    return out;
}

bool drew(const ui::DrawLog& log, const std::string& text) {
    std::string all;
    for (const ui::DrawnText& t : log.texts) all += t.text + " ";
    return all.find(text) != std::string::npos;
}

ui::Shell::Action press(platform::Headless& host, ui::Shell& shell, const ui::ShellModel& model,
                        const ui::ScreenInput& input, ui::DrawLog* log) {
    ui::Shell::Action action;
    host.renderFrames(1, [&] {
        if (log != nullptr) *log = {};
        action = shell.draw(model, input, log);
    });
    return action;
}

ui::ScreenInput key(int digit) {
    ui::ScreenInput in;
    in.digit = digit;
    return in;
}
ui::ScreenInput enter() {
    ui::ScreenInput in;
    in.enter = true;
    return in;
}
ui::ScreenInput esc() {
    ui::ScreenInput in;
    in.back = true;
    return in;
}
ui::ScreenInput down() {
    ui::ScreenInput in;
    in.down = true;
    return in;
}

}  // namespace saqbol::test
