// SPDX-License-Identifier: MIT
// The four class reports as `saqbol report` subcommands (report_outputs.cpp); the table of
// subcommands in report_command.cpp names them. The teacher's view in the window shares
// the names (addReportNames) and writeWhole.
#pragma once

#include <filesystem>
#include <string>

#include "commands.h"
#include "report.h"

namespace saqbol {

enum class ReportOutput { Summary, Csv, Xapi, Html };

// Adds the titles of every scenario (shipped, in the user's scenarios folder, in its packs)
// and lesson, and the texts of every choice, in `lang`, to `context` (whose `ui` must be
// set). A scenario that does not load is skipped: its sessions show the id, which is all
// the results know anyway.
void addReportNames(ReportContext& context, const std::string& lang);

// Writes `text` to `file` through a temporary file in the same folder, renamed at the end:
// a reader never sees half a file, and a failed write leaves no file behind.
bool writeWhole(const std::filesystem::path& file, const std::string& text, std::string* error);

// The --help text of `saqbol report <output>`.
const char* reportOutputHelp(ReportOutput output);
// Runs `saqbol report <output> ARGS` (--data is handled by the caller).
int runReportOutput(ReportOutput output, const Args& args);

}  // namespace saqbol
