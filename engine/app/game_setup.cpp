// SPDX-License-Identifier: MIT
#include "game_setup.h"

#include <iostream>
#include <sstream>

#include "commands.h"
#include "paths.h"
#include "po_reader.h"

namespace saqbol {

std::unique_ptr<LoadedGame> loadGame(const std::string& scenario, const std::string& lang,
                                     const std::vector<std::filesystem::path>& scenario_dirs, const std::string& command,
                                     int* exit_code, const UiText* ui) {
    const auto file = resolveScenario(scenario, scenario_dirs);
    if (!file) {
        *exit_code = usageError(command, "no scenario file or shipped scenario id '" + scenario + "'");
        return nullptr;
    }
    auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
    auto game = std::make_unique<LoadedGame>();
    game->loaded = loadScenario(*file, {}, report);
    for (const Problem& p : game->loaded.problems)
        if (p.severity == Severity::Error) std::cerr << formatProblem(p) << "\n";
    if (game->loaded.hasErrors() || !game->loaded.host) {
        std::cerr << "saqbol " << command << ": " << file->string() << " has errors; fix them first (saqbol lint shows them all)\n";
        *exit_code = 1;
        return nullptr;
    }
    game->ui = ui != nullptr && ui->lang() == lang ? *ui : loadUiText(lang, dataRoot(), report);
    game->catalog = loadScenarioCatalog(game->scenario(), lang, report);
    game->words = std::make_unique<ScenarioText>(game->scenario(), game->catalog, game->ui);
    *exit_code = 0;
    return game;
}

void setLanguage(LoadedGame& game, const std::string& lang, const UiText* ui) {
    auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
    game.ui = ui != nullptr && ui->lang() == lang ? *ui : loadUiText(lang, dataRoot(), report);
    game.catalog = loadScenarioCatalog(game.scenario(), lang, report);
    game.words = std::make_unique<ScenarioText>(game.scenario(), game.catalog, game.ui);
}

std::optional<std::string> replayChoices(Session& session, const std::vector<int>& numbers) {
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        const std::string where = "choice " + std::to_string(numbers[i]) + " (number " + std::to_string(i + 1) +
                                  " in the list) at node '" + session.node().id + "'";
        if (session.ended()) return where + ": the story has already ended";
        const auto shown = session.shownChoices();
        if (numbers[i] < 1 || static_cast<std::size_t>(numbers[i]) > shown.size())
            return where + ": only " + std::to_string(shown.size()) + " choices are shown";
        if (session.choose(shown[static_cast<std::size_t>(numbers[i] - 1)]->id) != Session::Result::Ok)
            return where + ": the story cannot go on from there";
    }
    return std::nullopt;
}

std::optional<std::vector<int>> parseChoiceList(const std::string& list) {
    std::vector<int> out;
    std::stringstream in(list);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (item.empty() || item.size() > 4 || item.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
        out.push_back(std::stoi(item));
    }
    return out;
}

}  // namespace saqbol
