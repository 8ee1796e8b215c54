// SPDX-License-Identifier: MIT
// Reads gettext PO files (with gettext's own libgettextpo) into core Catalogs, and finds
// the PO file of a scenario: locales/<lang>/<scenario-id>.po beside the scenario's folder.
// Fuzzy and obsolete entries are skipped, so the source text shows instead — never a blank.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "catalog.h"
#include "problem.h"
#include "ui_text.h"

namespace saqbol {

// Adds the translations of `path` to `catalog`. On a broken file, reports each problem
// (file, line) to `sink` and returns false; entries read before the problem are kept.
bool readPoFile(const std::filesystem::path& path, Catalog& catalog, const ProblemSink& sink);

// locales/<lang>/<id>.po for the scenario file `scenario_file`: looked up in the scenario's
// folder and in its parent (a repository or pack keeps scenarios/ and locales/ side by side).
std::optional<std::filesystem::path> findScenarioPo(const std::filesystem::path& scenario_file,
                                                    const std::string& id, const std::string& lang);

// The catalog to show `scenario` in `lang` (`xx`: English if translated, then pseudo).
// Empty when `lang` is the scenario's source language. A missing PO file is not an error.
Catalog loadScenarioCatalog(const Scenario& scenario, const std::string& lang, const ProblemSink& sink);

// The UI's translator for `lang`: locales/<lang>/ui.po under `root` (nothing for en; xx is
// pseudo-English). A missing file is a warning (SB016) and the UI shows English.
UiText loadUiText(const std::string& lang, const std::filesystem::path& root, const ProblemSink& sink);

}  // namespace saqbol
