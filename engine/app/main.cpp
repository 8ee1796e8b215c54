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

  saqbol                  start the game (until the game window lands: plays the
                          default scenario, code_1414, in the terminal)
  saqbol play SCENARIO    play a scenario in the terminal
  saqbol lint PATH...     check scenario files

Every command has --help. Exit codes: 0 ok, 1 the input has problems, 2 usage.
)";

}  // namespace
}  // namespace saqbol

int main(int argc, char** argv) {
    using namespace saqbol;
    Args args(argv + 1, argv + argc);
    try {
        if (args.empty()) {
            std::cout << "The game window is not built yet; playing the default scenario "
                         "(code_1414) in the terminal. See saqbol --help.\n";
            return runPlay({"code_1414"});
        }
        const std::string command = args.front();
        const Args rest(args.begin() + 1, args.end());
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << kHelp;
            return 0;
        }
        if (command == "play") return runPlay(rest);
        if (command == "lint") return runLint(rest);
        std::cerr << "saqbol: unknown command '" << command << "' (see saqbol --help)\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "saqbol: " << error.what() << "\n";
        return 1;
    }
}
