// SPDX-License-Identifier: MIT
// The menu tests' harness: the Shell (menu, picker, settings, help, and the play screens it
// hosts) drawn headless and checked as a player's eye would — not blank, every letter in the
// font, every text inside its page, no text on top of another — and pressed key by key.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "game_fixture.h"
#include "shell.h"

namespace saqbol::platform {
class Headless;
}

namespace saqbol::test {

// A fresh folder under the system's temp folder, removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& name);
    ~TempDir();
};

// A folder with tests/data/good.lua and broken.lua (and a template), as a trainer's pack.
std::filesystem::path packWithBrokenScenario(const TempDir& dir);

struct ShellFrame {
    ui::DrawLog log;
    std::vector<std::string> problems;
    Image image;
    ui::Shell::Action action;
};

// Draws `shell` for `model` headless at `size`, keeps the picture as `png` and checks it.
ShellFrame renderShell(ui::Shell& shell, const ui::ShellModel& model, platform::TextSize size,
                       const std::string& png, const std::vector<std::string>& more_texts = {});

// One frame of `shell` with `input`, with no checks: for walking through the screens.
ui::Shell::Action press(platform::Headless& host, ui::Shell& shell, const ui::ShellModel& model,
                        const ui::ScreenInput& input, ui::DrawLog* log = nullptr);

std::string joined(const std::vector<std::string>& problems);
// Whether `text` was drawn (on one line or across several).
bool drew(const ui::DrawLog& log, const std::string& text);
ui::ScreenInput key(int digit);
ui::ScreenInput enter();
ui::ScreenInput esc();
ui::ScreenInput down();

}  // namespace saqbol::test
