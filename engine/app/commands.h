// SPDX-License-Identifier: MIT
// The command-line commands. Each takes the arguments after its name and returns the exit
// code: 0 ok, 1 the input has problems, 2 usage.
#pragma once

#include <string>
#include <vector>

namespace saqbol {

using Args = std::vector<std::string>;

int runPlay(const Args& args);
int runQuiz(const Args& args);
int runList(const Args& args);
int runLint(const Args& args);
// `saqbol api`: writes or checks the files generated from the scenario API (api_command.cpp).
int runApi(const Args& args);
int runExplore(const Args& args);
int runGraph(const Args& args);
int runI18n(const Args& args);
// `saqbol pack FOLDER --out FILE.zip`: a checked pack folder as one zip (pack_command.cpp).
int runPack(const Args& args);
// `saqbol report summary|csv|xapi|html|export|import|classes|delete-class ...`: class
// results (report_command.cpp, report_outputs.cpp).
int runReport(const Args& args);
// The game window (saqbol with no command) and headless screenshots; both need the GUI
// build (SAQBOL_GUI), else they say so and return 2.
int runWindow(const Args& args);
int runScreenshot(const Args& args);

// Prints `message` as a one-line usage error naming the command and returns 2.
int usageError(const std::string& command, const std::string& message);

}  // namespace saqbol
