// SPDX-License-Identifier: MIT
// The functions a scenario file calls to describe itself — scenario, node, ending, choice
// and the events (narrate, sms, call, say, chat, web, ad, game, bank, notify) — and the
// registration data that says what each table may hold: every field's name, type, whether
// it is required, and one line of help; every enumeration (verdict, outcome, tip, action…)
// with its values. The loader checks files against these tables (unknown fields, "did you
// mean", required fields), and tools/docgen writes docs/scenario-api.md, the editor's LuaLS
// annotations (editor/saqbol.lua) and .luacheckrc from the very same tables, so the docs
// and the editor can never accept what the loader refuses. Each builder only tags the table
// it is given with its kind and the line it was written on; the loader reads the tables.
// Enumerations come from the core (parseVerdict, allTips(), …): this file adds only help.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

struct lua_State;

namespace saqbol {

// How a builder is written, which fixes its LuaLS signature.
enum class ApiShape {
    Table,  // sms { ... }: takes the table, returns it tagged
    Named,  // node "id" { ... }: takes the id, returns a function that takes the table
    Text,   // narrate "text": takes a string
};

// One function of the scenario API.
struct ApiEntry {
    const char* name;
    int (*function)(lua_State*);
    ApiShape shape;
    const char* usage;   // how it is written in a scenario
    const char* help;    // one line: what it means
};

std::span<const ApiEntry> scenarioApi();

// Whether a field must be written.
enum class Need {
    Required,   // always
    Optional,   // never
    Sometimes,  // depends on other fields; the help says when
};

// One field a table may hold. `name` is the key; "[1]", "[2]" are list items written
// without a key (a choice's text, say's speaker and text).
struct FieldSpec {
    const char* name;
    const char* type;  // as LuaLS writes it: "string", "saqbol.Verdict", "table<string, number>"…
    Need need;
    const char* help;  // one line
};

// A kind of table: the scenario, a node, an ending, a choice, a contact, or an event.
struct TableSpec {
    const char* kind;                  // the builder's name ("choice"), or "contact"
    const char* type;                  // the LuaLS class: "saqbol.Choice"
    const char* help;                  // one line
    std::span<const FieldSpec> fields;
    const char* items = nullptr;       // LuaLS type of the unnamed list part, if it has one
    const char* items_help = nullptr;  // what the list part holds

    // The field called `name` (keys and "[1]"-style positions), or null.
    const FieldSpec* field(std::string_view name) const;
    // True when `name` is a named (not positional) field of this table.
    bool hasNamedField(std::string_view name) const;
    // True for the events (sms, call, …): what nodes, endings and quiz items hold.
    bool isEvent() const;
    // "a, b, c": the named fields, for messages.
    std::string namedFieldList() const;
};

std::span<const TableSpec> scenarioTables();
// The table spec of `kind` ("choice", "sms", "contact"…); null for an unknown kind.
const TableSpec* findTable(std::string_view kind);

// One value of an enumeration, with what it means.
struct EnumValue {
    std::string value;
    std::string help;
};

// A set of string values a field accepts.
struct EnumSpec {
    const char* type;  // the LuaLS alias: "saqbol.Verdict"
    const char* help;
    std::vector<EnumValue> values;
    const char* pattern = nullptr;  // also accepted, as a pattern ("dial:NUMBER"); LuaLS gets `string`
};

// Every enumeration the tables refer to (verdict, outcome, audience, lang, tip, action).
std::vector<EnumSpec> scenarioEnums();
// The values of the enumeration with LuaLS type `type` ("saqbol.Lang"), comma-separated.
std::string enumValueList(std::string_view type);

// Registers every scenario API function as a global of `L`.
void openScenarioApi(lua_State* L);

// The kind a builder tagged the table at `index` with ("node", "sms", …), or empty.
std::string_view taggedKind(lua_State* L, int index);
// The line a builder recorded for the table at `index` (0 if none).
int taggedLine(lua_State* L, int index);
// The id given to node/ending/choice for the table at `index`, or empty.
std::string_view taggedId(lua_State* L, int index);

}  // namespace saqbol
