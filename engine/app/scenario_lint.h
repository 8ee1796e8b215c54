// SPDX-License-Identifier: MIT
// The per-file part of `saqbol lint`, shared with the author panel so both list the same
// problems: the load and validation problems (from the loader) plus the translation
// warnings (every shipped language's PO file). What compares files (duplicate scenario
// ids) stays in the lint command. Script layer and disk only; no UI.
#pragma once

#include <filesystem>
#include <vector>

#include "problem.h"
#include "scenario.h"
#include "scenario_loader.h"

namespace saqbol {

// Whether `file` is a template (its name starts with "_"): linted, never translated.
bool isTemplateFile(const std::filesystem::path& file);

// Warns (SB016) about strings of `scenario` with no translation in a shipped language, and
// reports a broken PO file (SB021) with its line.
void checkTranslations(const Scenario& scenario, std::vector<Problem>& problems);

// Everything lint says about `file` alone, in lint's order: `loaded`'s problems, then the
// translation warnings when it loaded without errors and is not a template.
std::vector<Problem> lintLoaded(const std::filesystem::path& file, const LoadResult& loaded);

}  // namespace saqbol
