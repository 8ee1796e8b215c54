// SPDX-License-Identifier: MIT
// saqbol — command-line dispatch. Each command lives in its own file; this one only
// routes, prints the overall help, and turns unexpected failures into a clear message.
#include <exception>
#include <iostream>

#include "commands.h"
#include "paths.h"

namespace saqbol {

int usageError(const std::string& command, const std::string& message) {
    std::cerr << "saqbol " << command << ": " << message << " (see saqbol " << command << " --help)\n";
    return 2;
}

namespace {

constexpr const char* kHelp = R"(SaqBol ("Сақ бол!" — be careful!): play real fraud schemes on a simulated phone.

usage: saqbol [COMMAND] [OPTIONS]

  saqbol                  the game window (code_1414; --lang, --text-size: see
                          saqbol --help-window); with no display, plays in the terminal
  saqbol --present [SCENARIO]  presenter mode for a projector: the room votes by show of
                          hands at each moment, then the reveal and a question to discuss
  saqbol --author [SCENARIO]  the window in author mode: reloads on every save, F12 panel
  saqbol play SCENARIO    play a scenario in the terminal (--player NICK --class 7B
                          records it in the results, and resumes an unfinished one)
  saqbol quiz             the before/after quiz in the terminal (--form A|B)
  saqbol list             every scenario and lesson: audience, minutes, tips, languages
  saqbol lint PATH...     check scenario files
  saqbol api --write DIR  the scenario API reference and editor files (LuaLS, luacheck)
  saqbol explore SCENARIO every path: endings reached, dead ends, score range
  saqbol graph SCENARIO   the story graph (Graphviz DOT or Mermaid)
  saqbol i18n extract|update|check   translation templates, merge, coverage
  saqbol pack FOLDER --out FILE.zip  a checked scenario pack, as one zip for another school
  saqbol report summary|csv|xapi|html   class reports (printable HTML with certificates)
  saqbol report export|import|classes|delete-class   class results: carry them between
                          PCs as files, list, delete
  saqbol screenshot ...   render one moment of a scenario to a PNG, headless

Every command has --help. Exit codes: 0 ok, 1 the input has problems, 2 usage.
)";

// `--data DIR` is the data folder for the whole run, with every command (the design's
// contract): taken out here, so a command that never reads it (quiz, i18n, pack, api) does
// not refuse it as unknown. A `--data` without a folder is left for the command to refuse.
Args applyDataFolder(const Args& args) {
    Args rest;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--data" && i + 1 < args.size()) {
            useDataFolder(args[++i]);
            continue;
        }
        rest.push_back(args[i]);
    }
    return rest;
}

}  // namespace
}  // namespace saqbol

#ifndef SAQBOL_GUI
namespace saqbol {

int runWindow(const Args& args) {
    Args play{"code_1414"};
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") return runPlay({"--help"});
        if (args[i] == "--lang" && i + 1 < args.size()) play.insert(play.end(), {"--lang", args[++i]});
    }
    std::cout << "This saqbol was built without the game window (SAQBOL_GUI=OFF); playing code_1414 "
                 "in the terminal. Next time run: saqbol play code_1414\n";
    return runPlay(play);
}

int runScreenshot(const Args&) {
    std::cerr << "saqbol screenshot: this build has no game window (configure with -DSAQBOL_GUI=ON)\n";
    return 2;
}

}  // namespace saqbol
#endif

int main(int argc, char** argv) {
    using namespace saqbol;
    Args args(argv + 1, argv + argc);
    try {
        if (args.empty() || args.front() == "--help-window" ||
            (args.front().rfind("--", 0) == 0 && args.front() != "--help")) {
            if (!args.empty() && args.front() == "--help-window") return runWindow({"--help"});
            return runWindow(args);
        }
        const std::string command = args.front();
        const Args rest = applyDataFolder(Args(args.begin() + 1, args.end()));
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << kHelp;
            return 0;
        }
        if (command == "play") return runPlay(rest);
        if (command == "quiz") return runQuiz(rest);
        if (command == "list") return runList(rest);
        if (command == "lint") return runLint(rest);
        if (command == "api") return runApi(rest);
        if (command == "explore") return runExplore(rest);
        if (command == "graph") return runGraph(rest);
        if (command == "i18n") return runI18n(rest);
        if (command == "pack") return runPack(rest);
        if (command == "report") return runReport(rest);
        if (command == "screenshot") return runScreenshot(rest);
        std::cerr << "saqbol: unknown command '" << command << "' (see saqbol --help)\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "saqbol: " << error.what() << "\n";
        return 1;
    }
}
