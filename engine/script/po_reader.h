// SPDX-License-Identifier: MIT
// Reads gettext PO files (with gettext's own libgettextpo) into core Catalogs for playing
// (fuzzy and obsolete entries skipped, so the source text shows instead — never a blank)
// or whole into PoCatalogs for merging and counting; finds the PO files of a scenario:
// locales/<lang>/<scenario-id>.po in the scenario's folder or its parent.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "catalog.h"
#include "po_catalog.h"
#include "problem.h"
#include "ui_text.h"

namespace saqbol {

// Adds the translations of `path` to `catalog`. On a broken file, reports each problem
// (file, line) to `sink` and returns false; entries read before the problem are kept.
bool readPoFile(const std::filesystem::path& path, Catalog& catalog, const ProblemSink& sink);

// The whole of `path` — header, comments, flags, fuzzy and obsolete entries — for merging
// and coverage. Nullopt when it cannot be read; each problem (file, line, SB021) goes to
// `sink`, warnings too.
std::optional<PoCatalog> readPoCatalog(const std::filesystem::path& path, const ProblemSink& sink);

// The same for PO text held in memory (the UI template built into saqbol); `name` names
// it in messages.
std::optional<PoCatalog> readPoCatalogText(const std::string& content, const std::string& name,
                                           const ProblemSink& sink);

// The locales/ folder that holds (or will hold) scenario `id`'s files: the one in the
// scenario's folder or its parent that already has locales/<id>.pot or a
// locales/<lang>/<id>.po, else the first locales/ folder there, else a new one beside
// the scenarios/ folder (or in the scenario's folder when it is not called scenarios).
std::filesystem::path scenarioLocalesDir(const std::filesystem::path& scenario_file, const std::string& id);

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
