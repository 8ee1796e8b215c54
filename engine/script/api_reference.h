// SPDX-License-Identifier: MIT
// The files generated from the scenario API's registration tables (scenario_api.h) and
// from the sandbox's real whitelist: the API reference (docs/scenario-api.md), the LuaLS
// annotations that make VS Code's Lua extension complete and check scenario fields
// (editor/saqbol.lua), and luacheck's configuration for scenarios (.luacheckrc). Because
// the loader checks files against the same tables, none of these can promise a field the
// loader refuses. `saqbol api` writes and checks them; tests compare the committed copies.
// Pure text out; the only Lua it touches is a throwaway sandbox it lists the globals of.
#pragma once

#include <string>
#include <vector>

namespace saqbol {

// One generated file: its path from the repository's root, and its text.
struct GeneratedFile {
    std::string path;
    std::string text;
};

// docs/scenario-api.md, editor/saqbol.lua and .luacheckrc, in that order.
std::vector<GeneratedFile> generatedApiFiles();

// The globals a scenario's sandbox offers besides the scenario API, as "name" or
// "library.name", sorted (read from a real sandbox, so they cannot drift from it).
std::vector<std::string> sandboxGlobals();

}  // namespace saqbol
