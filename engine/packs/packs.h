// SPDX-License-Identifier: MIT
// Where scenarios are read from. A place — the shipped scenarios/, a --scenarios argument,
// the user's scenarios folder (<data>/scenarios) — is a folder of scenario files, a pack
// folder (holding pack.json, with scenarios/*.lua and locales/<lang>/<id>.po beside it, the
// repository's own layout, so findScenarioPo works), or a pack .zip (unpacked under
// <data>/packs, zip_pack.h). A folder also holds, one level down, packs and .zip packs
// dropped into it, and folders of scenario files without a manifest (their own .lua files,
// or those in their scenarios/). A broken pack is one ScenarioFolder with its problems; the
// others are not affected. Links are never followed inside a place: a link is listed with a
// problem. Reads the disk; no Lua (loading the scenarios is the caller's), no UI.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "manifest.h"
#include "problem.h"
#include "zip_pack.h"

namespace saqbol::packs {

// One folder of scenario files, plain or a pack's.
struct ScenarioFolder {
    std::filesystem::path folder;      // whose *.lua files are scenarios; empty when broken
    std::filesystem::path origin;      // what was given or dropped: a folder, a pack folder, a .zip, a link
    std::optional<Manifest> manifest;  // a pack's (set also for a broken pack when pack.json was read)
    std::filesystem::path unpacked;    // a .zip pack's unpacked folder (holding pack.json)
    std::vector<Problem> problems;     // errors (then nothing in it is loaded) and warnings
    bool isPack() const { return manifest.has_value() || origin.extension() == ".zip" || !unpacked.empty(); }
    bool broken() const;
};

// A scenario file in a folder, or the reason it is not read (it is a link).
struct ScenarioFile {
    std::filesystem::path file;
    std::optional<Problem> refused;
};

// The scenario files in `folder`: *.lua whose names do not start with "_" (templates), by
// name. A link is listed with a problem instead of being followed.
std::vector<ScenarioFile> scenarioFiles(const std::filesystem::path& folder);

// Reads the pack folder `dir` (holding pack.json): the manifest, no link anywhere in it
// (hidden files and folders, .git/ say, are not looked at), the size limits, scenarios/.
ScenarioFolder readFolderPack(const std::filesystem::path& dir, const PackLimits& limits = {});

// Checks and unpacks the pack `zip` under `data` (zip_pack.h), then reads it as a folder.
ScenarioFolder openZipPack(const std::filesystem::path& zip, const std::filesystem::path& data,
                           const PackLimits& limits = {});

// What `place` holds, in the order the picker lists it: a .zip or a pack folder is one
// pack; a folder is its own scenario files, then its subfolders and .zip files by name.
// A place that does not exist gives one broken entry. `data` is where zips are unpacked.
std::vector<ScenarioFolder> expandPlace(const std::filesystem::path& place, const std::filesystem::path& data,
                                        const PackLimits& limits = {});

// expandPlace for each of `places`, in order.
std::vector<ScenarioFolder> expandPlaces(const std::vector<std::filesystem::path>& places,
                                         const std::filesystem::path& data, const PackLimits& limits = {});

// `text` (a problem's "file:line: ..."), with a .zip pack's unpacked folder shown as the
// zip's name: ".../packs/shymkent-1f2e.../scenarios/a.lua:3: ..." → "shymkent.zip/scenarios/a.lua:3: ...".
std::string shownAsZip(const std::string& text, const ScenarioFolder& pack);

}  // namespace saqbol::packs
