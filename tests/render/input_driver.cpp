// SPDX-License-Identifier: MIT
#include "input_driver.h"

#include <algorithm>

#include <doctest/doctest.h>
#include <imgui.h>

#include "platform/ui_context.h"

namespace saqbol::test {

InputDriver::InputDriver(const Game& game, platform::TextSize size) : game_(game) {
    platform::HeadlessOptions options;
    options.textSize = size;
    options.texts = ui::screenTexts(*game.words);
    std::string error;
    host_ = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host_ != nullptr, error);
    session_.emplace(game.start());
    frame({}, false);  // the first frame: what a player sees before touching anything
}

ui::GameView::Action InputDriver::frame(const ui::ScreenInput& input, bool settle) {
    ui::GameView::Action action;
    host_->renderFrames(1, [&] {
        log_ = {};
        action = view_.draw(*session_, *game_.words, input, &log_);
    });
    if (action.choice) CHECK(session_->choose(*action.choice) == Session::Result::Ok);
    if (action.play_again) session_.emplace(game_.start());
    // As the window's loop does after any input: one more frame shows what it changed.
    if (settle) frame({}, false);
    return action;
}

ui::GameView::Action InputDriver::key(const ui::ScreenInput& input) { return frame(input); }

ui::GameView::Action InputDriver::digit(int number) {
    ui::ScreenInput input;
    input.digit = number;
    input.dial = std::string(1, static_cast<char>('0' + number));
    return frame(input);
}

ui::GameView::Action InputDriver::enter() {
    ui::ScreenInput input;
    input.enter = true;
    return frame(input);
}

ui::GameView::Action InputDriver::tab(bool back) {
    ui::ScreenInput input;
    (back ? input.previous : input.next) = true;
    return frame(input);
}

void InputDriver::type(const std::string& keys) {
    for (char c : keys) {
        ui::ScreenInput input;
        input.dial = std::string(1, c);
        if (c >= '1' && c <= '9') input.digit = c - '0';
        frame(input);
    }
}

bool InputDriver::hasControl(const std::string& name) const {
    return std::any_of(log_.controls.begin(), log_.controls.end(), [&](const auto& c) { return c.first == name; });
}

bool InputDriver::click(const std::string& name) {
    const auto it = std::find_if(log_.controls.begin(), log_.controls.end(), [&](const auto& c) { return c.first == name; });
    if (it == log_.controls.end()) return false;
    const ImVec2 at = it->second.center();
    // Dear ImGui reads the mouse at the start of a frame: move there, press, release.
    host_->ui().makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    io.MouseDown[0] = true;
    frame({}, false);
    io.MouseDown[0] = false;
    frame({});
    io.MousePos = ImVec2(-1.0f, -1.0f);  // away before the next frame, so nothing stays hovered
    return true;
}

bool InputDriver::wheel(const std::string& region, float notches) {
    const auto it = std::find_if(log_.regions.begin(), log_.regions.end(), [&](const auto& r) { return r.first == region; });
    if (it == log_.regions.end()) return false;
    host_->ui().makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = it->second.center();
    io.MouseWheel = notches;
    frame({}, false);
    io.MouseWheel = 0.0f;
    frame({});
    io.MousePos = ImVec2(-1.0f, -1.0f);
    return true;
}

bool InputDriver::focus(const std::string& name) {
    const std::size_t round = log_.controls.size() + 1;
    for (std::size_t i = 0; i < round; ++i) {
        if (focused() == name) return true;
        tab();
    }
    return focused() == name;
}

std::string InputDriver::focused() const {
    if (log_.focused < 0 || static_cast<std::size_t>(log_.focused) >= log_.controls.size()) return "";
    return log_.controls[static_cast<std::size_t>(log_.focused)].first;
}

bool InputDriver::drew(const std::string& text) const {
    return std::any_of(log_.texts.begin(), log_.texts.end(), [&](const ui::DrawnText& t) { return t.text == text; });
}

bool InputDriver::drewStart(const std::string& text) const {
    return std::any_of(log_.texts.begin(), log_.texts.end(), [&](const ui::DrawnText& t) { return t.text.rfind(text, 0) == 0; });
}

std::vector<std::string> InputDriver::check(const std::string& png, Image* image) {
    std::vector<std::string> problems;
    for (const ui::DrawnText& text : log_.texts) {
        if (const auto missing = host_->ui().missingGlyphs(text.text); !missing.empty())
            problems.push_back("missing glyphs " + platform::describeCodepoints(missing) + " in \"" + text.text + "\"");
        if (!text.region.contains(text.rect)) problems.push_back("\"" + text.text + "\" runs outside the " + text.region_name);
    }
    const std::string path = outputDir() + "/" + png;
    std::string error;
    if (!host_->savePng(path, &error)) problems.push_back("png: " + error);
    if (image != nullptr) *image = readPng(path);
    return problems;
}

}  // namespace saqbol::test
