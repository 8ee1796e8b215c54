// SPDX-License-Identifier: MIT
// The per-file part of `saqbol lint`, shared with the author panel so both list the same
// problems: the load and validation problems (from the loader) plus the translation
// warnings (every shipped language's PO file). What compares files (duplicate scenario
// ids) stays in the lint command. Script layer and disk only; no UI.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "catalog.h"
#include "problem.h"
#include "scenario.h"
#include "scenario_loader.h"

namespace saqbol {

// Whether `file` is a template (its name starts with "_"): linted, never translated.
bool isTemplateFile(const std::filesystem::path& file);

// Warns (SB016) about strings of `scenario` with no translation in a shipped language, and
// reports a broken PO file (SB021) with its line.
void checkTranslations(const Scenario& scenario, std::vector<Problem>& problems);

// The same warnings for a quiz or lesson file (`strings` from quizStrings/lessonStrings):
// locales/<lang>/<id>.po looked up one folder higher than a scenario's.
void checkCourseTranslations(const std::filesystem::path& file, const std::string& id, const std::string& source_lang,
                             int line, const std::vector<SourceString>& strings, std::vector<Problem>& problems);

// Plays every path (the walker, with the scenario's own functions): SB009 where on some
// path every choice of a node is hidden by its `when`. A function that fails reports to the
// scenario's play sink (SB020), as in play. `notes` (may be null) learns when the walk was
// cut short by its state cap.
void checkPlaythroughs(const LoadResult& loaded, std::vector<Problem>& problems, std::vector<std::string>* notes);

// Everything lint says about `file` alone, in lint's order: `loaded`'s problems, then —
// when it loaded without errors — the translation warnings (not for a template) and the
// checks that play every path. (The text-fit check, SB022, needs the game's fonts: the
// lint command adds it.)
std::vector<Problem> lintLoaded(const std::filesystem::path& file, const LoadResult& loaded,
                                std::vector<std::string>* notes = nullptr);

}  // namespace saqbol
