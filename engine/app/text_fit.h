// SPDX-License-Identifier: MIT
// Text fit: does every text of a scenario show whole on the phone and beside it at the
// largest text size? Instead of guessing limits in letters, this draws the real screens
// (drawPlayScreen, the very code players see) without a window: a Dear ImGui context whose
// font atlas is built from the same font files the game uses (platform/fonts.h), frames
// drawn into a DrawLog, nothing rasterised. Each moment (node) is reached by playing the
// scenario, drawn in each language, once with the app in front and once per other app the
// moment fills (as the player opens it from its banner); a text is too long when the lines
// drawn inside their region do not add up to the whole text, in that moment and also when
// drawn alone in its app (the same node id, variables and translations, nothing else on the
// phone). A text cut in its moment's first view but fitting alone is fine when the player
// can scroll to it (the phone's apps scroll by whole lines); one that cannot be read whole
// even scrolled is the UI's matter, not the trainer's: it is reported apart. Places that scroll by whole rows (the call's
// subtitles, the story panel) lose nothing, so there a text is too long when it takes more
// rows than a fixed limit. Rules per kind of text: docs/lint-codes.md, SB022. Built only
// with the game window (SAQBOL_GUI).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "problem.h"
#include "scenario_loader.h"

namespace saqbol {

struct TextFitOptions {
    int width = 1280;   // the window the game opens with (and a classroom projector's)
    int height = 800;
    std::vector<std::string> langs = {"kk", "ru", "en"};
    std::filesystem::path root;  // holds locales/ (the UI's own words)
};

struct TextFitResult {
    std::vector<Problem> problems;     // SB022 warnings: texts a trainer can shorten
    std::string crowded;               // texts that fit their app alone but cannot be read in their moment even scrolled (the UI's matter), or empty
    std::string note;                  // why nothing was measured (no font file), else empty
};

// Checks every text of `host`'s scenario at text size XL, in each of `options.langs`.
TextFitResult checkTextFit(ScenarioHost& host, const TextFitOptions& options);

}  // namespace saqbol
