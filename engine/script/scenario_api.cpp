// SPDX-License-Identifier: MIT
#include "scenario_api.h"

#include <array>

#include <lauxlib.h>
#include <lua.h>

namespace saqbol {
namespace {

// Private keys: light userdata cannot be written by a script, so a tag cannot be forged
// by accident (a forged tag would only produce data the loader checks anyway).
char kKindKey, kLineKey, kIdKey;

int callerLine(lua_State* L) {
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) != 0 && lua_getinfo(L, "l", &ar) != 0) return ar.currentline;
    return 0;
}

void tag(lua_State* L, int table, const char* kind, int line) {
    lua_pushstring(L, kind);
    lua_rawsetp(L, table, &kKindKey);
    lua_pushinteger(L, line);
    lua_rawsetp(L, table, &kLineKey);
}

// scenario { ... } and the events: tag the table and return it.
template <const char* Kind>
int tagTable(lua_State* L) {
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "%s expects a table: %s { ... }, got %s", Kind, Kind, luaL_typename(L, 1));
    tag(L, 1, Kind, callerLine(L));
    lua_settop(L, 1);
    return 1;
}

// The second half of node "id" { ... }: upvalues are the kind, the id and the line.
int finishNamed(lua_State* L) {
    const char* kind = lua_tostring(L, lua_upvalueindex(1));
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "%s \"%s\" expects a table next: %s \"%s\" { ... }", kind,
                          lua_tostring(L, lua_upvalueindex(2)), kind,
                          lua_tostring(L, lua_upvalueindex(2)));
    tag(L, 1, kind, static_cast<int>(lua_tointeger(L, lua_upvalueindex(3))));
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_rawsetp(L, 1, &kIdKey);
    lua_settop(L, 1);
    return 1;
}

// node "id", ending "id", choice "id": remember the id, return the function that takes the table.
template <const char* Kind>
int named(lua_State* L) {
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "%s expects an id in quotes: %s \"my_id\" { ... }, got %s", Kind, Kind,
                          luaL_typename(L, 1));
    lua_pushstring(L, Kind);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, callerLine(L));
    lua_pushcclosure(L, &finishNamed, 3);
    return 1;
}

// narrate "text": the one event written with a plain string.
int narrate(lua_State* L) {
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "narrate expects text: narrate \"...\", got %s", luaL_typename(L, 1));
    lua_createtable(L, 1, 2);
    lua_pushvalue(L, 1);
    lua_rawseti(L, -2, 1);
    tag(L, lua_gettop(L), "narrate", callerLine(L));
    return 1;
}

constexpr char kScenario[] = "scenario", kNode[] = "node", kEnding[] = "ending",
               kChoice[] = "choice", kSms[] = "sms", kCall[] = "call", kSay[] = "say",
               kChat[] = "chat", kWeb[] = "web", kAd[] = "ad", kGame[] = "game",
               kBank[] = "bank", kNotify[] = "notify";

constexpr std::array kApi = {
    ApiEntry{"scenario", &tagTable<kScenario>, "return scenario { id = ..., ... }",
             "The whole scenario: its fields, then its nodes and endings."},
    ApiEntry{"node", &named<kNode>, "node \"id\" { events..., choices... }",
             "One moment of the story: what happens on the phone, then what the player can do."},
    ApiEntry{"ending", &named<kEnding>, "ending \"id\" { outcome = ..., title = ..., debrief = ... }",
             "An ending with its outcome (safe, recovered, loss, legal) and debrief summary."},
    ApiEntry{"choice", &named<kChoice>, "choice \"id\" { \"text\", go = ..., verdict = ..., tip = ..., why = ... }",
             "Something the player can do or say, where it leads and how the debrief judges it."},
    ApiEntry{"narrate", &narrate, "narrate \"text\"", "Story context shown beside the phone."},
    ApiEntry{"sms", &tagTable<kSms>, "sms { from = contact, text = ... }", "An SMS arrives."},
    ApiEntry{"call", &tagTable<kCall>, "call { from = contact, video = false } / call { to = contact }",
             "An incoming call (voice or video), or a call the player makes."},
    ApiEntry{"say", &tagTable<kSay>, "say { contact, \"text\" }",
             "A line spoken in the call or chat; the speaker is a contact id or \"me\"."},
    ApiEntry{"chat", &tagTable<kChat>, "chat { from = contact, text = ..., link = ..., photo = ... }",
             "A messenger message, optionally with a link or a photo placeholder."},
    ApiEntry{"web", &tagTable<kWeb>, "web { url = ..., title = ..., text = ..., fields = { ... } }",
             "A browser page; the address bar shows url exactly as written."},
    ApiEntry{"ad", &tagTable<kAd>, "ad { from = name, text = ..., link = ..., photo = ... }",
             "A sponsored post in a social feed."},
    ApiEntry{"game", &tagTable<kGame>, "game { from = name, text = ... }", "A message in an online game's chat."},
    ApiEntry{"bank", &tagTable<kBank>, "bank { text = ... }",
             "A notice in the bank app; it also shows vars.balance and vars.loans."},
    ApiEntry{"notify", &tagTable<kNotify>, "notify { from = name, text = ... }",
             "A lock-screen notification from any other app."},
};

}  // namespace

std::span<const ApiEntry> scenarioApi() { return kApi; }

void openScenarioApi(lua_State* L) {
    for (const ApiEntry& entry : kApi) {
        lua_pushcfunction(L, entry.function);
        lua_setglobal(L, entry.name);
    }
}

std::string_view taggedKind(lua_State* L, int index) {
    if (lua_type(L, index) != LUA_TTABLE) return {};
    std::string_view out;
    if (lua_rawgetp(L, index, &kKindKey) == LUA_TSTRING) out = lua_tostring(L, -1);
    lua_pop(L, 1);
    return out;  // the string stays alive: the table holds it
}

int taggedLine(lua_State* L, int index) {
    if (lua_type(L, index) != LUA_TTABLE) return 0;
    lua_rawgetp(L, index, &kLineKey);
    const int line = static_cast<int>(lua_tointeger(L, -1));
    lua_pop(L, 1);
    return line;
}

std::string_view taggedId(lua_State* L, int index) {
    if (lua_type(L, index) != LUA_TTABLE) return {};
    std::string_view out;
    if (lua_rawgetp(L, index, &kIdKey) == LUA_TSTRING) out = lua_tostring(L, -1);
    lua_pop(L, 1);
    return out;
}

}  // namespace saqbol
