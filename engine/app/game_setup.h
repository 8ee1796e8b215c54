// SPDX-License-Identifier: MIT
// What the game window and the screenshot command share: a scenario loaded with its
// translations and the UI's, ready for a Session and the screens; and replaying a list of
// choice numbers (as `play --choices` counts them) to reach a moment.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog.h"
#include "scenario_loader.h"
#include "scenario_text.h"
#include "session.h"
#include "ui_text.h"

namespace saqbol {

// A scenario ready to play on the screens. Not movable: `words` refers to its members.
struct LoadedGame {
    LoadResult loaded;
    UiText ui;
    Catalog catalog;
    std::unique_ptr<ScenarioText> words;

    const Scenario& scenario() const { return loaded.host->scenario(); }
    ScriptHooks* hooks() const { return loaded.host.get(); }
};

// Loads SCENARIO (a file or a shipped id) in `lang`. On failure prints what is wrong,
// naming `command`, and returns null with `exit_code` set (1 input, 2 usage). `ui`, when
// given in `lang`, is the UI's words already read (the window has them), else they are read.
std::unique_ptr<LoadedGame> loadGame(const std::string& scenario, const std::string& lang,
                                     const std::vector<std::filesystem::path>& scenario_dirs, const std::string& command,
                                     int* exit_code, const UiText* ui = nullptr);

// Switches a loaded game to `lang` (the UI's and the scenario's catalogs); a Session on it
// stays valid, and the screens speak the new language from the next frame. `ui` as above.
void setLanguage(LoadedGame& game, const std::string& lang, const UiText* ui = nullptr);

// Plays `numbers` (1-based, counting the choices shown) from the session's current node;
// nullopt when all were played, else why one could not be.
std::optional<std::string> replayChoices(Session& session, const std::vector<int>& numbers);

// "1,3,2" as numbers; nullopt when malformed.
std::optional<std::vector<int>> parseChoiceList(const std::string& list);

}  // namespace saqbol
