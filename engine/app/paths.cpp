// SPDX-License-Identifier: MIT
#include "paths.h"

#include <cstdlib>
#include <system_error>

#include <unistd.h>

#include "validate.h"

namespace saqbol {
namespace {

bool isDataRoot(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_directory(dir / "locales", ec) &&
           std::filesystem::is_directory(dir / "scenarios", ec);
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
                                                     const std::vector<std::filesystem::path>& extra_dirs) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(argument, ec)) return std::filesystem::path(argument);
    if (!isValidId(argument)) return std::nullopt;
    std::vector<std::filesystem::path> dirs = extra_dirs;
    dirs.push_back(dataRoot() / "scenarios");
    for (const auto& dir : dirs) {
        auto candidate = dir / (argument + ".lua");
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    }
    return std::nullopt;
}

}  // namespace saqbol
