// SPDX-License-Identifier: MIT
// What `saqbol lint` asks of packs (pack_command.cpp): a PATH that is a pack — a .zip, or a
// folder holding pack.json — has its own problems (the manifest, links, sizes, a zip's
// entries) besides its scenario files.
#pragma once

#include <filesystem>
#include <vector>

#include "problem.h"

namespace saqbol {

// When `path` is a pack: appends its problems to `problems`, its scenario files (templates
// too) to `files` (a .zip is unpacked under `data` first), and returns true. False, with
// nothing appended, when `path` is not a pack.
bool lintPackPath(const std::filesystem::path& path, const std::filesystem::path& data,
                  std::vector<std::filesystem::path>* files, std::vector<Problem>* problems);

}  // namespace saqbol
