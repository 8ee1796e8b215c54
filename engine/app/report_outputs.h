// SPDX-License-Identifier: MIT
// The four class reports as `saqbol report` subcommands (report_outputs.cpp); the table of
// subcommands in report_command.cpp names them.
#pragma once

#include "commands.h"

namespace saqbol {

enum class ReportOutput { Summary, Csv, Xapi, Html };

// The --help text of `saqbol report <output>`.
const char* reportOutputHelp(ReportOutput output);
// Runs `saqbol report <output> ARGS` (--data is handled by the caller).
int runReportOutput(ReportOutput output, const Args& args);

}  // namespace saqbol
