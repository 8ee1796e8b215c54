// SPDX-License-Identifier: MIT
// Sections: cost model · charged wrapper · setmetatable guard · the whitelist.
//
// Why charge library calls: the count hook only sees VM instructions, while one call of
// string.rep, a pattern match or table.insert can do millions of steps of C work. Each
// such function is wrapped; the wrapper computes an upper bound of the work from its
// arguments and charges it before calling the real function, so the budget stays a
// deterministic bound on CPU time. Allocation is charged by the allocator.
#include "safe_stdlib.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "sandbox.h"

namespace saqbol {
namespace {

// ---------------------------------------------------------------------------- cost model

enum class Cost : int {
    Strings,   // linear in the bytes of all string arguments
    Rep,       // string.rep: the size of the result and the repetitions
    Find,      // string.find: plain search or pattern
    Pattern,   // match, gmatch, gsub
    TableLen,  // linear in the length of the table argument (as #t sees it)
    Concat,    // table.concat: the range it walks
    Sort,      // n log n comparisons (a Lua comparator is counted on its own too)
    Unpack,    // the number of values unpacked
    Args,      // linear in the number of arguments
};

constexpr double kBytesPerStep = 16.0;
constexpr double kMaxCost = 1e18;

double stringBytes(lua_State* L) {
    double total = 0;
    for (int i = 1, n = lua_gettop(L); i <= n; ++i)
        if (lua_type(L, i) == LUA_TSTRING) total += static_cast<double>(lua_rawlen(L, i));
    return total;
}

double argLength(lua_State* L, int index) {
    return lua_type(L, index) == LUA_TSTRING || lua_type(L, index) == LUA_TTABLE
               ? static_cast<double>(lua_rawlen(L, index))
               : 0.0;
}

// The length the table functions will use: #t honours __len, so a lying __len is charged
// in full (its Lua code is counted by the hook like any other).
double tableLength(lua_State* L, int index) {
    if (lua_type(L, index) != LUA_TTABLE) return 0.0;
    return static_cast<double>(luaL_len(L, index));
}

double integerArg(lua_State* L, int index, double fallback) {
    int is_number = 0;
    lua_Number value = lua_tonumberx(L, index, &is_number);
    return is_number ? static_cast<double>(value) : fallback;
}

double costOf(lua_State* L, Cost kind) {
    switch (kind) {
        case Cost::Strings: return stringBytes(L) / kBytesPerStep;
        case Cost::Rep: {
            double times = std::max(0.0, integerArg(L, 2, 0));
            double piece = argLength(L, 1) + (lua_type(L, 3) == LUA_TSTRING ? argLength(L, 3) : 0);
            return times + times * piece / kBytesPerStep;
        }
        case Cost::Find:
            if (lua_toboolean(L, 4)) {  // plain search: memchr + memcmp, at worst n * m
                return (argLength(L, 1) + 1) * (argLength(L, 2) + 1) / kBytesPerStep;
            }
            [[fallthrough]];
        case Cost::Pattern: {
            if (lua_type(L, 2) != LUA_TSTRING) return stringBytes(L) / kBytesPerStep;
            std::size_t length = 0;
            const char* pattern = lua_tolstring(L, 2, &length);
            return patternCost(pattern, length, static_cast<std::size_t>(argLength(L, 1))) / 8.0;
        }
        case Cost::TableLen: return std::fabs(tableLength(L, 1));
        case Cost::Concat: {
            // table.concat(t, sep, i, j) walks i..j whatever the length says.
            const double last = lua_isnoneornil(L, 4) ? tableLength(L, 1) : integerArg(L, 4, 0);
            return std::max(0.0, last - integerArg(L, 3, 1) + 1);
        }
        case Cost::Sort: {
            const double n = std::max(0.0, tableLength(L, 1));
            return n * (std::log2(n + 1) + 1);
        }
        case Cost::Unpack: {
            const double first = integerArg(L, 2, 1);
            const double last = lua_isnoneornil(L, 3) ? tableLength(L, 1) : integerArg(L, 3, 0);
            return std::max(0.0, last - first + 1);
        }
        case Cost::Args: return lua_gettop(L);
    }
    return 1;
}

// ---------------------------------------------------------------------------- charged wrapper

// Table functions ask #t again and again; a __len that answers differently each time could
// make them loop far past what was charged. They take plain tables only.
void refuseLengthMetamethod(lua_State* L) {
    if (lua_type(L, 1) == LUA_TTABLE && luaL_getmetafield(L, 1, "__len") != LUA_TNIL)
        luaL_error(L, "table functions do not take tables with a __len metamethod in scenarios");
}

int chargedCall(lua_State* L) {
    const auto kind = static_cast<Cost>(lua_tointeger(L, lua_upvalueindex(2)));
    if (kind == Cost::TableLen || kind == Cost::Concat || kind == Cost::Sort || kind == Cost::Unpack)
        refuseLengthMetamethod(L);
    if (kind == Cost::Rep) {  // the result is built in one piece: check it fits first
        const double times = std::max(0.0, integerArg(L, 2, 0));
        Sandbox::reserve(L, times * (argLength(L, 1) + (lua_type(L, 3) == LUA_TSTRING ? argLength(L, 3) : 0)));
    }
    const double cost = std::min(kMaxCost, 1.0 + costOf(L, kind));
    Sandbox::charge(L, static_cast<std::uint64_t>(cost));
    const int args = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, args, LUA_MULTRET);
    return lua_gettop(L);
}

// Copies `name` from the table at `from` into the table at the top, wrapped if `kind`.
void copyFunction(lua_State* L, int from, const char* name, const Cost* kind) {
    lua_getfield(L, from, name);
    if (kind != nullptr) {
        lua_pushinteger(L, static_cast<lua_Integer>(*kind));
        lua_pushcclosure(L, &chargedCall, 2);
    }
    lua_setfield(L, -2, name);
}

// ---------------------------------------------------------------------------- setmetatable guard

char kUserProtectedKey;  // in a frozen metatable: the script's own had __metatable

// setmetatable(t, mt) with two changes, both so that no script code can run where the
// budget cannot see it:
// - metatables with __gc (finalizers run while the host collects garbage) or __close
//   (runs while errors unwind, and in dead coroutines where hooks are off) are refused;
// - the metatable is frozen: Lua uses a copy the script cannot reach (getmetatable returns
//   the script's own table), so a __gc or __close added later changes nothing.
int safeSetmetatable(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    const int type = lua_type(L, 2);
    luaL_argexpected(L, type == LUA_TNIL || type == LUA_TTABLE, 2, "nil or table");
    if (lua_getmetatable(L, 1) != 0) {
        const bool protected_by_script = lua_rawgetp(L, -1, &kUserProtectedKey) != LUA_TNIL;
        lua_pop(L, 2);
        if (protected_by_script) return luaL_error(L, "cannot change a protected metatable");
    }
    if (type == LUA_TNIL) {
        lua_settop(L, 2);
        lua_setmetatable(L, 1);
        return 1;
    }
    for (const char* key : {"__gc", "__close"}) {
        lua_pushstring(L, key);
        const bool present = lua_rawget(L, 2) != LUA_TNIL;
        lua_pop(L, 1);
        if (present) return luaL_error(L, "setmetatable: a metatable with %s is not allowed in scenarios", key);
    }
    lua_settop(L, 2);
    lua_newtable(L);  // 3: the frozen copy
    std::uint64_t fields = 0;
    lua_pushnil(L);
    while (lua_next(L, 2) != 0) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, 3);
        ++fields;
    }
    Sandbox::charge(L, fields);
    lua_pushliteral(L, "__metatable");
    if (lua_rawget(L, 3) != LUA_TNIL) {
        lua_pushboolean(L, 1);
        lua_rawsetp(L, 3, &kUserProtectedKey);
    } else {
        lua_pushliteral(L, "__metatable");
        lua_pushvalue(L, 2);  // getmetatable(t) answers with the script's own table
        lua_rawset(L, 3);
    }
    lua_pop(L, 1);
    lua_setmetatable(L, 1);
    lua_settop(L, 1);
    return 1;
}

// xpcall(f, handler, ...) whose handler is skipped once the budget is used up: the budget
// error is raised inside the count hook, where hooks are off, so a handler run then would
// not be counted. Without a continuation, f may not yield across it.
int safeXpcallHandler(lua_State* L) {
    if (Sandbox::of(L).exhausted()) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

int safeXpcall(lua_State* L) {
    const int args = lua_gettop(L) - 2;
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, &safeXpcallHandler, 1);
    lua_replace(L, 2);               // f, handler, args...
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 1);             // f, handler, f, args...
    const int status = lua_pcall(L, args, LUA_MULTRET, 2);
    lua_pushboolean(L, status == LUA_OK);
    lua_replace(L, 2);               // f, ok, results...
    return lua_gettop(L) - 1;
}

// ---------------------------------------------------------------------------- the whitelist

struct Entry {
    const char* name;
    const Cost* cost;  // null: O(1), copied as is
};

constexpr Cost kStrings = Cost::Strings, kRep = Cost::Rep, kFind = Cost::Find,
               kPattern = Cost::Pattern, kTableLen = Cost::TableLen, kConcat = Cost::Concat, kSort = Cost::Sort,
               kUnpack = Cost::Unpack, kArgs = Cost::Args;

// Not here, on purpose: string.dump (bytecode), string.pack/unpack (unneeded), table.move
// (unbounded loops over huge ranges), math.random (replays must be deterministic).
constexpr Entry kString[] = {{"byte", &kStrings},  {"char", &kArgs},     {"find", &kFind},
                             {"format", &kStrings}, {"gmatch", &kPattern}, {"gsub", &kPattern},
                             {"len", nullptr},     {"lower", &kStrings},  {"match", &kPattern},
                             {"rep", &kRep},       {"reverse", &kStrings}, {"sub", &kStrings},
                             {"upper", &kStrings}};
constexpr Entry kTable[] = {{"concat", &kConcat}, {"insert", &kTableLen}, {"remove", &kTableLen},
                            {"sort", &kSort},       {"unpack", &kUnpack},   {"pack", &kArgs}};
constexpr Entry kUtf8[] = {{"char", &kArgs}, {"charpattern", nullptr}, {"codepoint", &kStrings}, {"codes", nullptr},
                           {"len", &kStrings}, {"offset", &kStrings}};
constexpr Entry kCoroutine[] = {{"close", nullptr},   {"create", nullptr}, {"isyieldable", nullptr},
                                {"resume", nullptr},  {"running", nullptr}, {"status", nullptr},
                                {"wrap", nullptr},    {"yield", nullptr}};
constexpr Entry kMath[] = {{"abs", nullptr},  {"ceil", nullptr},  {"floor", nullptr}, {"fmod", nullptr},
                           {"huge", nullptr}, {"max", &kArgs},    {"maxinteger", nullptr},
                           {"min", &kArgs},   {"mininteger", nullptr}, {"modf", nullptr},
                           {"pi", nullptr},   {"sqrt", nullptr},  {"tointeger", nullptr},
                           {"type", nullptr}, {"ult", nullptr},   {"exp", nullptr}, {"log", nullptr}};

template <std::size_t N>
void openLibrary(lua_State* L, const char* name, lua_CFunction open, const Entry (&entries)[N]) {
    luaL_requiref(L, name, open, 0);
    const int full = lua_gettop(L);
    lua_createtable(L, 0, static_cast<int>(N));
    for (const Entry& entry : entries) copyFunction(L, full, entry.name, entry.cost);
    lua_pushvalue(L, -1);
    lua_setglobal(L, name);
}

}  // namespace

double patternCost(const char* p, std::size_t length, std::size_t subject) {
    // Lua's matcher backtracks: each repeated item (*, +, -) may try every position, an
    // optional item (?) two, %b and back-references scan the subject. The product of those
    // factors, times the start positions, bounds the steps of any match.
    const double n = static_cast<double>(subject) + 1;
    double cost = (length > 0 && p[0] == '^') ? 1.0 : n;
    std::size_t i = (length > 0 && p[0] == '^') ? 1 : 0;
    while (i < length && cost < kMaxCost) {
        const char c = p[i];
        if (c == '(' || c == ')') { ++i; continue; }
        double item = 1.0;
        if (c == '%' && i + 1 < length) {
            const char k = p[i + 1];
            if (k == 'b') { item = n; i += 4; }
            else if (k == 'f') {
                i += 2;
                if (i < length && p[i] == '[') {
                    ++i;
                    while (i < length && p[i] != ']') i += p[i] == '%' ? 2 : 1;
                    ++i;
                }
                continue;
            } else if (k >= '1' && k <= '9') { item = n; i += 2; }
            else i += 2;
        } else if (c == '[') {
            ++i;
            if (i < length && p[i] == '^') ++i;
            if (i < length && p[i] == ']') ++i;
            while (i < length && p[i] != ']') i += p[i] == '%' ? 2 : 1;
            ++i;
        } else {
            ++i;
        }
        if (i < length && (p[i] == '*' || p[i] == '+' || p[i] == '-')) { item *= n; ++i; }
        else if (i < length && p[i] == '?') { item *= 2; ++i; }
        cost *= item;
    }
    return std::min(cost, kMaxCost);
}

int openSafeStdlib(lua_State* L) {
    // A fresh globals table holding only the whitelist.
    lua_newtable(L);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    luaL_requiref(L, "_G", luaopen_base, 0);  // fills the new globals table
    for (const char* name : {"dofile", "loadfile", "load", "collectgarbage", "print", "warn"}) {
        lua_pushnil(L);
        lua_setfield(L, -2, name);
    }
    for (const char* name : {"tostring", "tonumber"}) {
        lua_getfield(L, -1, name);
        lua_pushinteger(L, static_cast<lua_Integer>(Cost::Strings));
        lua_pushcclosure(L, &chargedCall, 2);
        lua_setfield(L, -2, name);
    }
    lua_pushcfunction(L, &safeSetmetatable);
    lua_setfield(L, -2, "setmetatable");
    lua_pushcfunction(L, &safeXpcall);
    lua_setfield(L, -2, "xpcall");
    lua_pop(L, 1);

    openLibrary(L, LUA_STRLIBNAME, luaopen_string, kString);
    // Lock the metatable all strings share: its __index becomes the whitelist copy, and
    // getmetatable("") returns a plain string instead of the table.
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_settop(L, 0);

    openLibrary(L, LUA_TABLIBNAME, luaopen_table, kTable);
    openLibrary(L, LUA_UTF8LIBNAME, luaopen_utf8, kUtf8);
    openLibrary(L, LUA_COLIBNAME, luaopen_coroutine, kCoroutine);
    openLibrary(L, LUA_MATHLIBNAME, luaopen_math, kMath);
    lua_settop(L, 0);
    return 0;
}

}  // namespace saqbol
