// SPDX-License-Identifier: MIT
#include "paths.h"

#include <cstdlib>
#include <iostream>
#include <system_error>

#include <unistd.h>

#include "data_folder.h"
#include "packs.h"
#include "validate.h"

namespace saqbol {
namespace {

bool isDataRoot(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_directory(dir / "locales", ec) &&
           std::filesystem::is_directory(dir / "scenarios", ec);
}

// --data DIR, for the whole run (like $SAQBOL_ROOT for dataRoot): one command line, one folder.
std::filesystem::path& dataFolderGiven() {
    static std::filesystem::path folder;
    return folder;
}

std::filesystem::path executableDir() {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

}  // namespace

std::filesystem::path dataRoot() {
    if (const char* root = std::getenv("SAQBOL_ROOT"); root != nullptr && *root != '\0') return root;
    const std::filesystem::path exe = executableDir();
    for (const std::filesystem::path& candidate : {exe, exe.parent_path(), exe / ".." / "share" / "saqbol"})
        if (!candidate.empty() && isDataRoot(candidate)) return candidate.lexically_normal();
    return SAQBOL_SOURCE_DIR;
}

std::optional<std::filesystem::path> resolveScenario(const std::string& argument,
                                                     const std::vector<std::filesystem::path>& extra_dirs,
                                                     const std::filesystem::path& data) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(argument, ec)) return std::filesystem::path(argument);
    if (!isValidId(argument)) return std::nullopt;
    std::vector<std::filesystem::path> places = extra_dirs;
    places.push_back(dataRoot() / "scenarios");
    if (!data.empty() && std::filesystem::is_directory(packs::userScenariosFolder(data), ec))
        places.push_back(packs::userScenariosFolder(data));
    std::vector<Problem> broken;
    for (const std::filesystem::path& place : places)
        for (const packs::ScenarioFolder& folder : packs::expandPlace(place, data)) {
            if (folder.broken()) {
                for (const Problem& p : folder.problems)
                    if (p.severity == Severity::Error) broken.push_back(p);
                continue;
            }
            const auto candidate = folder.folder / (argument + ".lua");
            if (std::filesystem::is_regular_file(std::filesystem::symlink_status(candidate, ec))) return candidate;
        }
    for (const Problem& p : broken) std::cerr << formatProblem(p) << "\n";
    return std::nullopt;
}

std::optional<std::filesystem::path> resolveScenario(const std::string& argument,
                                                     const std::vector<std::filesystem::path>& extra_dirs) {
    return resolveScenario(argument, extra_dirs, dataFolder());
}

std::filesystem::path dataFolder() {
    return dataFolderGiven().empty() ? packs::userDataFolder(nullptr) : dataFolderGiven();
}

void useDataFolder(const std::filesystem::path& folder) { dataFolderGiven() = folder; }

}  // namespace saqbol
