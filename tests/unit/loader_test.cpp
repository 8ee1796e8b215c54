// SPDX-License-Identifier: MIT
// The loader reads the format and tells a trainer exactly what is wrong, where, and what
// would be valid.
#include <doctest/doctest.h>

#include <algorithm>

#include "scenario_api.h"
#include "scenario_loader.h"

using namespace saqbol;

namespace {

// A valid scenario; `extra` is spliced into the start node, `fields` into the scenario.
std::string scenarioText(const std::string& extra = "", const std::string& fields = "") {
    return "return scenario {\n"                                              // 1
           "  format = 1, id = \"t\", lang = \"en\", title = \"T\",\n"        // 2
           "  summary = \"S\", audience = {\"adult\"}, minutes = 3,\n"        // 3
           "  tips = {\"codes\"}, facts = {\"f\"}, reviewed = \"2026-11-27\",\n"  // 4
           "  contacts = { bank = { name = \"Bank\", number = \"+7 700 000 11 11\" } },\n"  // 5
           "  vars = { balance = 100, given = false },\n"                     // 6
           "  start = \"a\",\n" + fields +                                    // 7
           "  node \"a\" {\n"                                                 // 8
           "    sms { from = \"bank\", text = \"Hi\" },\n"                    // 9
           "    choice \"ok\" { \"Fine\", go = \"end\", verdict = \"safe\", tip = \"codes\", why = \"w\" },\n"  // 10
           + extra +
           "  },\n"
           "  ending \"end\" { outcome = \"safe\", title = \"E\", debrief = \"D\" },\n"
           "}\n";
}

std::vector<Problem> errorsOf(const LoadResult& r) {
    std::vector<Problem> out;
    for (const Problem& p : r.problems)
        if (p.severity == Severity::Error) out.push_back(p);
    return out;
}

bool has(const std::vector<Problem>& ps, const std::string& code, int line, const std::string& words) {
    return std::any_of(ps.begin(), ps.end(), [&](const Problem& p) {
        return p.code == code && (line == 0 || p.line == line) && p.message.find(words) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("a valid scenario loads into the model") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText());
    REQUIRE(r.host != nullptr);
    CHECK(errorsOf(r).empty());
    const Scenario& s = r.host->scenario();
    CHECK(s.id == "t");
    CHECK(s.nodes.size() == 2);
    REQUIRE(s.findNode("a") != nullptr);
    CHECK(s.findNode("a")->line == 8);
    CHECK(s.findNode("a")->choices[0].line == 10);
    CHECK(s.findNode("a")->events[0].kind == EventKind::Sms);
    CHECK(s.findNode("end")->is_ending);
}

TEST_CASE("a misspelt field is named with a suggestion and its line") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"x\" { \"X\", go = \"end\", verdict = \"safe\", tip = \"codes\", wyh = \"w\" },\n"));
    CHECK(has(errorsOf(r), "SB003", 11, "did you mean 'why'"));
}

TEST_CASE("an unknown tip lists the valid ones") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"x\" { \"X\", go = \"end\", verdict = \"safe\", tip = \"link\", why = \"w\" },\n"));
    CHECK(has(errorsOf(r), "SB011", 11, "unknown tip 'link'"));
    CHECK(has(errorsOf(r), "SB011", 11, "codes, personal_data, licensed_brokers, no_prepayment, links"));
}

TEST_CASE("a jump to a missing node, a dead end and an unreachable node are errors") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"x\" { \"X\", go = \"nowhere\", verdict = \"safe\", tip = \"codes\", why = \"w\" },\n",
        "  node \"island\" { narrate \"alone\" },\n"));
    const auto errors = errorsOf(r);
    CHECK(has(errors, "SB007", 12, "'nowhere'"));
    CHECK(has(errors, "SB009", 8, "offers no choice"));
    CHECK(has(errors, "SB008", 8, "cannot be reached"));
}

TEST_CASE("choice ids are unique in their node; a scored choice needs tip and why") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"ok\" { \"Again\", go = \"end\", verdict = \"risky\" },\n"));
    const auto errors = errorsOf(r);
    CHECK(has(errors, "SB006", 11, "used twice"));
    CHECK(has(errors, "SB010", 11, "names no `tip`"));
    CHECK(has(errors, "SB010", 11, "no `why`"));
}

TEST_CASE("bad enum values say what would be valid") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"x\" { \"X\", go = \"end\", verdict = \"good\", tip = \"codes\", why = \"w\", action = \"shout\" },\n"));
    const auto errors = errorsOf(r);
    CHECK(has(errors, "SB005", 11, "expected one of: safe, risky, harmful, neutral"));
    CHECK(has(errors, "SB015", 11, "invalid action 'shout'"));
}

TEST_CASE("variables in set, add and when must be declared with the right type") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"x\" { \"X\", go = \"end\", verdict = \"neutral\", set = { given = 3 }, add = { loans = 5 } },\n"));
    const auto errors = errorsOf(r);
    CHECK(has(errors, "SB014", 11, "'given' is a boolean, not a number"));
    CHECK(has(errors, "SB014", 11, "unknown variable 'loans'"));
}

TEST_CASE("events name declared contacts") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText("    call { from = \"police\" },\n"));
    CHECK(has(errorsOf(r), "SB013", 11, "'police'"));
}

TEST_CASE("a syntax error names the file and line") {
    LoadResult r = loadScenarioSource("broken.lua", "return scenario {\n  id = \"x\",\n  title = ,\n}\n");
    CHECK(r.host == nullptr);
    REQUIRE(errorsOf(r).size() == 1);
    CHECK(errorsOf(r)[0].file == "broken.lua");
    CHECK(errorsOf(r)[0].line == 3);
    CHECK(errorsOf(r)[0].code == "SB001");
}

TEST_CASE("a file that does not return scenario { } says so") {
    LoadResult r = loadScenarioSource("plain.lua", "return { id = 'x' }\n");
    REQUIRE(errorsOf(r).size() == 1);
    CHECK(errorsOf(r)[0].code == "SB002");
    CHECK(errorsOf(r)[0].message.find("return scenario") != std::string::npos);
}

TEST_CASE("invalid UTF-8 text is refused with its line") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"x\" { \"\xC3(\", go = \"end\", verdict = \"neutral\" },\n"));
    CHECK(has(errorsOf(r), "SB018", 11, "not valid UTF-8"));
}

TEST_CASE("a UTF-8 byte-order mark at the start is accepted") {
    LoadResult r = loadScenarioSource("bom.lua", "\xEF\xBB\xBF" + scenarioText());
    CHECK(errorsOf(r).empty());
}

TEST_CASE("effects and conditions written in Lua run in play") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"pay\" { \"Pay\", go = \"end\", verdict = \"harmful\", tip = \"codes\", why = \"w\",\n"
        "      when = function(v) return v.balance > 50 end,\n"
        "      effect = function(v) v.balance = v.balance - 60; v.given = true end },\n"));
    REQUIRE_FALSE(r.hasErrors());
    Session session(r.host->scenario(), r.host.get());
    REQUIRE(session.shownChoices().size() == 2);
    REQUIRE(session.choose("pay") == Session::Result::Ok);
    CHECK(std::get<double>(session.vars().at("balance")) == 40.0);
    CHECK(std::get<bool>(session.vars().at("given")) == true);
}

TEST_CASE("an effect that fails leaves the variables as they were, and the story goes on") {
    std::vector<Problem> play;
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"pay\" { \"Pay\", go = \"end\", verdict = \"harmful\", tip = \"codes\", why = \"w\",\n"
        "      effect = function(v) v.balance = 0; v.stolen = 1 end },\n"), {},
        [&](const Problem& p) { play.push_back(p); });
    REQUIRE_FALSE(r.hasErrors());
    Session session(r.host->scenario(), r.host.get());
    CHECK(session.choose("pay") == Session::Result::Ok);
    CHECK(session.ended());
    CHECK(std::get<double>(session.vars().at("balance")) == 100.0);
    REQUIRE(play.size() == 1);
    CHECK(play[0].code == "SB020");
    CHECK(play[0].line == 12);
    CHECK(play[0].message.find("'stolen'") != std::string::npos);
}

TEST_CASE("every scenario API function has its usage and help text (they make the API reference)") {
    CHECK(scenarioApi().size() == 14);
    for (const ApiEntry& entry : scenarioApi()) {
        INFO(entry.name);
        CHECK((entry.function != nullptr));
        CHECK(std::string(entry.usage).find(entry.name) != std::string::npos);
        CHECK(std::string(entry.help).size() > 10);
    }
}
