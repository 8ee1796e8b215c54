// SPDX-License-Identifier: MIT
// The rendering tests' harness: a scenario loaded with its translations, played to a
// moment, drawn headless through the real screens, and the frame's record — every text
// with where it went, the draw data's bounds, the PNG — for the checks a player's eye
// would make: nothing blank, no missing letter, nothing outside the phone or its panel.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "catalog.h"
#include "image_check.h"
#include "painter.h"
#include "platform/fonts.h"
#include "scenario_loader.h"
#include "scenario_text.h"
#include "screens.h"
#include "session.h"
#include "ui_text.h"

namespace saqbol::test {

// A scenario ready for the screens (not movable: `words` refers to its members).
struct Game {
    Game(const std::string& file, const std::string& lang);
    LoadResult loaded;
    UiText ui;
    Catalog catalog;
    std::unique_ptr<ScenarioText> words;
    Session start() const { return Session(loaded.host->scenario(), loaded.host.get()); }
};

// Plays choice numbers (1-based, as shown); false when one is not shown.
bool play(Session& session, const std::vector<int>& numbers);

// One frame as the screens drew it.
struct Frame {
    ui::DrawLog log;
    std::vector<std::string> problems;  // missing glyphs, text or vertices out of bounds
    Image image;
};

struct RenderOptions {
    int width = 1280;
    int height = 800;
    platform::TextSize size = platform::TextSize::M;
    ui::Screen screen = ui::Screen::Phone;
    std::string png;  // where to keep the picture (under the test output folder); empty: a temp file
};

// Draws `session` on `options.screen` headless and checks the frame.
Frame render(const Game& game, const Session& session, const RenderOptions& options);

// Where rendering tests keep their pictures (build/tests/screens).
std::string outputDir();

}  // namespace saqbol::test
