// SPDX-License-Identifier: MIT
// The sandbox's limits: deterministic step counting, library work charged, the memory
// cap, isolation between scenarios, and a state that stays usable after a refusal.
#include <doctest/doctest.h>

#include <lua.h>

#include "safe_stdlib.h"
#include "sandbox.h"

using namespace saqbol;

namespace {

struct Run {
    bool ok;
    std::vector<Problem> problems;
    std::uint64_t steps;
};

Run runChunk(const std::string& code, SandboxLimits limits = {}) {
    std::vector<Problem> problems;
    Sandbox box("chunk.lua", limits, [&](const Problem& p) { problems.push_back(p); });
    const bool ok = box.runFile(code, [](lua_State*) {});
    return {ok, problems, box.stepsUsed()};
}

}  // namespace

TEST_CASE("steps are counted deterministically") {
    const std::string loop = "local x = 0 for i = 1, 100000 do x = x + i end return x";
    const Run a = runChunk(loop), b = runChunk(loop);
    CHECK(a.ok);
    CHECK(a.steps == b.steps);
    CHECK(a.steps > 100000);
    CHECK(a.steps < 2000000);
}

TEST_CASE("an endless loop is refused by the step budget, with file and line") {
    const Run r = runChunk("local x = 0\nwhile true do x = x + 1 end\n");
    CHECK_FALSE(r.ok);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].file == "chunk.lua");
    CHECK(r.problems[0].line == 2);
    CHECK(r.problems[0].code == "SB017");
    CHECK(r.problems[0].message.find("instruction budget") != std::string::npos);
}

TEST_CASE("library work is charged: string.rep of an empty string a trillion times") {
    const Run r = runChunk("local s = string.rep('', 1e12)\n");
    CHECK_FALSE(r.ok);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.find("instruction budget") != std::string::npos);
}

TEST_CASE("the pattern cost bound grows with each repetition item") {
    const double literal = patternCost("abc", 3, 1000);
    const double one = patternCost("a.-b", 4, 1000);
    const double three = patternCost(".-.-.-b", 7, 1000);
    CHECK(literal == doctest::Approx(1001));
    CHECK(one == doctest::Approx(1001.0 * 1001.0));
    CHECK(three > 1e12);
    CHECK(patternCost("^abc", 4, 1000) == doctest::Approx(1.0));
}

TEST_CASE("the memory cap stops a growing string, and names itself") {
    SandboxLimits small;
    small.memory_bytes = 4u << 20;
    const Run r = runChunk("local s = 'x'\nfor i = 1, 40 do s = s .. s end\n", small);
    CHECK_FALSE(r.ok);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].code == "SB017");
    CHECK(r.problems[0].message.find("memory cap of 4 MiB") != std::string::npos);
}

TEST_CASE("scenarios do not see each other's globals") {
    std::vector<Problem> problems;
    Sandbox first("a.lua", {}, [&](const Problem& p) { problems.push_back(p); });
    Sandbox second("b.lua", {}, [&](const Problem& p) { problems.push_back(p); });
    CHECK(first.runFile("shared = 42", [](lua_State*) {}));
    bool seen = true;
    CHECK(second.runFile("return shared", [&](lua_State* L) { seen = !lua_isnil(L, -1); }));
    CHECK_FALSE(seen);
}

TEST_CASE("after a refusal the same sandbox runs the next call with a fresh budget") {
    std::vector<Problem> problems;
    Sandbox box("c.lua", {}, [&](const Problem& p) { problems.push_back(p); });
    CHECK_FALSE(box.runFile("while true do end", [](lua_State*) {}));
    lua_Integer result = 0;
    CHECK(box.runFile("local t = {} for i = 1, 10 do t[i] = i end return #t",
                      [&](lua_State* L) { result = lua_tointeger(L, -1); }));
    CHECK(result == 10);
    CHECK(problems.size() == 1);
}

TEST_CASE("the whitelist: what a scenario can and cannot reach") {
    lua_Integer ok = 0;
    std::vector<Problem> problems;
    Sandbox box("w.lua", {}, [&](const Problem& p) { problems.push_back(p); });
    CHECK(box.runFile(
        "local n = 0\n"
        "for _, name in ipairs({'io', 'os', 'package', 'require', 'debug', 'dofile', 'loadfile', 'load',\n"
        "                       'collectgarbage', 'print'}) do if _ENV[name] == nil then n = n + 1 end end\n"
        "if string.dump == nil and table.move == nil and math.random == nil then n = n + 1 end\n"
        "if getmetatable('') == 'locked' then n = n + 1 end\n"
        "if ('ab'):rep(2) == 'abab' and string.format('%d', 7) == '7' then n = n + 1 end\n"
        "return n\n",
        [&](lua_State* L) { ok = lua_tointeger(L, -1); }));
    CHECK(problems.empty());
    CHECK(ok == 13);
}

TEST_CASE("binary chunks are refused") {
    const Run r = runChunk(std::string("\x1bLua\x54\x00", 6));
    CHECK_FALSE(r.ok);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.find("binary") != std::string::npos);
}
