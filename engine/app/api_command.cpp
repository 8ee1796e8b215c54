// SPDX-License-Identifier: MIT
// `saqbol api --write DIR | --check DIR` — writes or checks the files generated from the
// scenario API's registration tables: docs/scenario-api.md (the reference), editor/saqbol.lua
// (LuaLS annotations for VS Code) and .luacheckrc (luacheck's globals for scenarios).
// A subcommand rather than a separate tool on purpose: a trainer who has only the installed
// game can still write the editor files for their own scenario folder, and they always
// match the engine that will load the scenarios. The generators: engine/script/api_reference.h.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "api_reference.h"
#include "commands.h"

namespace saqbol {
namespace {

constexpr const char* kApiHelp = R"(usage: saqbol api --write DIR
       saqbol api --check DIR

Writes (or checks) the files generated from the scenario API — what the loader accepts:
  DIR/docs/scenario-api.md   the API reference: functions, fields, values
  DIR/editor/saqbol.lua      LuaLS annotations: VS Code completes and checks scenario fields
  DIR/.luacheckrc            luacheck's globals for scenario files (luacheck scenarios/)

  --write DIR   write them under DIR (the repository's root: saqbol api --write .)
  --check DIR   exit 1 and name each file under DIR that differs from what this saqbol
                would write (a test runs this on the repository)

Exit codes: 0 written or up to date, 1 out of date or not writable, 2 usage.
)";

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

int runApi(const Args& args) {
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << kApiHelp;
        return 0;
    }
    if (args.size() != 2 || (args[0] != "--write" && args[0] != "--check"))
        return usageError("api", "write or check? e.g. saqbol api --write .");
    const std::filesystem::path dir = args[1];
    if (!std::filesystem::is_directory(dir)) return usageError("api", "no such folder '" + args[1] + "'");
    const bool write = args[0] == "--write";
    int stale = 0;
    for (const GeneratedFile& file : generatedApiFiles()) {
        const std::filesystem::path path = dir / file.path;
        if (!write) {
            if (slurp(path) == file.text) continue;
            ++stale;
            std::cout << path.string() << " is out of date: it differs from what this saqbol generates from the "
                         "scenario API\n";
            continue;
        }
        std::error_code ec;
        std::filesystem::create_directories(path.parent_path(), ec);
        std::ofstream out(path, std::ios::binary);
        out << file.text;
        if (!out.flush()) {
            std::cerr << "saqbol api: cannot write " << path.string() << "\n";
            return 1;
        }
        std::cout << "wrote " << path.string() << "\n";
    }
    if (stale > 0) {
        std::cout << "regenerate with: saqbol api --write " << args[1] << "   (then review and commit the diff)\n";
        return 1;
    }
    if (!write) std::cout << "the generated API files under " << args[1] << " are up to date\n";
    return 0;
}

}  // namespace saqbol
