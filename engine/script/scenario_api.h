// SPDX-License-Identifier: MIT
// The functions a scenario file calls to describe itself — scenario, node, ending, choice
// and the events (narrate, sms, call, say, chat, web, ad, game, bank, notify). Each only
// tags the table it is given with its kind and the line it was written on; the loader
// reads the tagged tables. One registration table, each entry with its help text; the
// same table generates the API reference (docs/scenario-api.md).
#pragma once

#include <span>
#include <string_view>

struct lua_State;

namespace saqbol {

// One function of the scenario API.
struct ApiEntry {
    const char* name;
    int (*function)(lua_State*);
    const char* usage;   // how it is written in a scenario
    const char* help;    // one line: what it means
};

std::span<const ApiEntry> scenarioApi();

// Registers every scenario API function as a global of `L`.
void openScenarioApi(lua_State* L);

// The kind a builder tagged the table at `index` with ("node", "sms", …), or empty.
std::string_view taggedKind(lua_State* L, int index);
// The line a builder recorded for the table at `index` (0 if none).
int taggedLine(lua_State* L, int index);
// The id given to node/ending/choice for the table at `index`, or empty.
std::string_view taggedId(lua_State* L, int index);

}  // namespace saqbol
