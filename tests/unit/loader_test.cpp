// SPDX-License-Identifier: MIT
// The loader reads the format and tells a trainer exactly what is wrong, where, and what
// would be valid.
#include <doctest/doctest.h>

#include <algorithm>

#include "scenario_api.h"
#include "scenario_loader.h"
#include "source_lines.h"
#include "tips.h"

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
    CHECK(scenarioApi().size() == 18);  // 14 for scenarios, 4 for quiz and lesson files
    for (const ApiEntry& entry : scenarioApi()) {
        INFO(entry.name);
        CHECK((entry.function != nullptr));
        CHECK(std::string(entry.usage).find(entry.name) != std::string::npos);
        CHECK(std::string(entry.help).size() > 10);
    }
}

// ---------------------------------------------------------------------------- registration tables

TEST_CASE("every table, field and value of the scenario API has help text (the reference and the editor file)") {
    for (const ApiEntry& entry : scenarioApi()) {
        INFO(entry.name);
        CHECK(findTable(entry.name) != nullptr);  // each builder's table is described
    }
    for (const TableSpec& table : scenarioTables()) {
        INFO(table.kind);
        CHECK(std::string(table.help).size() > 10);
        CHECK(std::string(table.type).rfind("saqbol.", 0) == 0);
        CHECK((table.items == nullptr) == (table.items_help == nullptr));
        for (const FieldSpec& field : table.fields) {
            INFO(field.name);
            CHECK(std::string(field.help).size() > 10);
            CHECK(std::string(field.type).size() > 2);
        }
    }
    for (const EnumSpec& e : scenarioEnums()) {
        INFO(e.type);
        CHECK(std::string(e.help).size() > 10);
        CHECK(!e.values.empty());
        for (const EnumValue& v : e.values) {
            INFO(v.value);
            CHECK(v.help.size() > 5);
        }
    }
}

TEST_CASE("the enumerations list exactly the values the core accepts") {
    for (const EnumSpec& e : scenarioEnums()) {
        const std::string type = e.type;
        for (const EnumValue& v : e.values) {
            INFO(type << " " << v.value);
            if (type == "saqbol.Verdict") CHECK(parseVerdict(v.value).has_value());
            else if (type == "saqbol.Outcome") CHECK(parseOutcome(v.value).has_value());
            else if (type == "saqbol.Audience") CHECK(parseAudience(v.value).has_value());
            else if (type == "saqbol.Tip") CHECK(findTip(v.value) != nullptr);
            else if (type == "saqbol.Action") CHECK(isValidAction(v.value));
        }
    }
    CHECK(enumValueList("saqbol.Verdict") == "safe, risky, harmful, neutral");
    CHECK(enumValueList("saqbol.Tip") == tipIdList());
    CHECK(enumValueList("saqbol.Action") == "answer, decline, hang_up, tap_link, pay, type_code, block, report, install, dial:NUMBER");
    CHECK(enumValueList("saqbol.Lang") == "kk, ru, en");
}

TEST_CASE("the loader accepts every field the tables list, and refuses one they do not") {
    // Every named field of every event, choice, ending and contact, written once.
    const std::string all =
        "    narrate \"n\",\n"
        "    sms { from = \"bank\", text = \"t\" },\n"
        "    call { from = \"bank\", video = true },\n"
        "    call { to = \"bank\" },\n"
        "    say { \"bank\", \"t\" },\n"
        "    chat { from = \"bank\", text = \"t\", link = \"https://x.example\", photo = \"p\" },\n"
        "    web { url = \"https://x.example\", title = \"t\", text = \"t\", fields = { \"f\" } },\n"
        "    ad { from = \"a\", text = \"t\", link = \"https://x.example\", photo = \"p\" },\n"
        "    game { from = \"g\", text = \"t\" },\n"
        "    bank { text = \"t\" },\n"
        "    notify { from = \"n\", text = \"t\" },\n"
        "    choice \"all\" { \"All\", go = \"end\", verdict = \"risky\", tip = \"codes\", why = \"w\", action = \"pay\",\n"
        "      set = { given = true }, add = { balance = 1 }, effect = function(v) end, when = { given = false } },\n";
    LoadResult r = loadScenarioSource("t.lua", scenarioText(all, "  content_note = \"c\",\n"));
    for (const Problem& p : r.problems) CHECK_MESSAGE(p.code != "SB003", formatProblem(p));
    CHECK(errorsOf(r).empty());
    std::size_t named = 0;
    for (const TableSpec& t : scenarioTables())
        for (const FieldSpec& f : t.fields) named += f.name[0] != '[';
    CHECK(named == 14 + 3 + 9 + 4 + 2 + 3 + 4 + 4 + 4 + 2 + 1 + 2  // the tables' named fields, as counted above
                 + 7 + 4 + 9 + 2 + 2);  // quiz, item, lesson, its quiz, play (tests/unit/course_loader_test.cpp)

    LoadResult wrong = loadScenarioSource("t.lua", scenarioText("    sms { from = \"bank\", text = \"t\", link = \"l\" },\n"));
    CHECK(has(errorsOf(wrong), "SB003", 11, "unknown field 'link' in sms"));
    CHECK(has(errorsOf(wrong), "SB003", 11, "(`link` belongs in chat)"));
}

TEST_CASE("each field the tables mark required is reported missing by name") {
    for (const FieldSpec& field : findTable("scenario")->fields) {
        if (field.need != Need::Required) continue;
        const std::string name = field.name;
        CAPTURE(name);
        // Rename the field's key in the template: the loader must say the field is missing.
        // (A near miss such as "x_id" is one problem, SB003 with "did you mean": see below.)
        std::string text = scenarioText();
        const std::string key = std::string(field.name) + " ";
        const std::size_t at = text.find("  " + key) != std::string::npos ? text.find("  " + key) + 2 : text.find(" " + key) + 1;
        REQUIRE(at != std::string::npos);
        text.replace(at, key.size(), "zzzzzzzzzzzz ");  // far from any field: no "did you mean"
        LoadResult r = loadScenarioSource("t.lua", text);
        std::string all;
        for (const Problem& p : r.problems) all += formatProblem(p) + "\n";
        CAPTURE(all);
        CHECK(has(r.problems, "SB004", 0, "`" + name + "`"));
    }
}

// ---------------------------------------------------------------------------- lines, ids, cascades

TEST_CASE("problems point at the line of their field, not of their table") {
    const std::string choice =
        "    choice \"x\" { \"X\",\n"              // 11
        "      go = \"nowhere_at_all\",\n"         // 12
        "      verdict = \"safe\",\n"              // 13
        "      tip = \"link\", why = \"w\",\n"     // 14
        "      action = \"shout\",\n"              // 15
        "      set = {\n"                          // 16
        "        loans = 1 } },\n";                // 17
    LoadResult r = loadScenarioSource("t.lua", scenarioText(choice));
    const auto errors = errorsOf(r);
    CHECK(has(errors, "SB007", 12, "'nowhere_at_all'"));
    CHECK(has(errors, "SB011", 14, "unknown tip 'link'"));
    CHECK(has(errors, "SB015", 15, "invalid action 'shout'"));
    CHECK(has(errors, "SB014", 17, "unknown variable 'loans'"));

    LoadResult contact = loadScenarioSource("t.lua",
        "return scenario {\n format = 1, id = \"t\", lang = \"en\", title = \"T\", summary = \"S\",\n"
        " audience = {\"adult\"}, minutes = 3, facts = {\"f\"}, reviewed = \"2026-11-27\",\n"
        " tips = { \"codes\",\n"        // 4
        "   \"kodes\" },\n"             // 5
        " contacts = { bank = {\n"      // 6
        "   nmae = \"Bank\" } },\n"     // 7
        " start = \"end\",\n"
        " ending \"end\" { outcome = \"safe\", title = \"E\", debrief = \"D\" },\n}\n");
    CHECK(has(contact.problems, "SB011", 5, "unknown tip 'kodes'"));
    CHECK(has(contact.problems, "SB003", 7, "did you mean 'name'"));
}

TEST_CASE("SourceLines follows comments, long strings, concatenation and function bodies") {
    const SourceLines lines(
        "-- a comment with choice \"no\" { go = 1 }\n"          // 1
        "--[[ a long\n comment { go = 2 } ]]\n"                // 2-3
        "local s = [==[ a long { string\n ]==]\n"             // 4-5
        "choice \"a\" { \"text {\" ..\n"                       // 6
        "  \"more\", when = function(v) if v.x then return { go = 9 } end end,\n"  // 7
        "  go = \"b\",\n"                                      // 8
        "  set = { ['odd key'] = 1,\n"                        // 9
        "    x = 2 } }\n"                                      // 10
        "sms { from = \"bank\",\n"                             // 11
        "  text = 'it''s' }\n");                              // 12
    CHECK(lines.line("choice", "a", 6, "go") == 8);
    CHECK(lines.line("choice", "a", 6, "when") == 7);
    CHECK(lines.line("choice", "a", 6, "[1]") == 6);
    CHECK(lines.line("choice", "a", 6, "set.odd key") == 9);
    CHECK(lines.line("choice", "a", 6, "set.x") == 10);
    CHECK(lines.line("sms", "", 11, "text") == 12);
    CHECK(lines.line("choice", "no", 1, "go") == 0);  // in a comment: not a table
    CHECK(lines.line("choice", "a", 6, "nothing") == 0);
}

TEST_CASE("a field written twice is a warning on the second one") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"x\" { \"X\", go = \"end\", verdict = \"safe\",\n"
        "      tip = \"codes\", why = \"w\", go = \"a\" },\n"));
    CHECK(has(r.problems, "SB003", 12, "`go` is written twice in choice 'x'"));
    CHECK_FALSE(has(errorsOf(r), "SB003", 0, "written twice"));  // a warning, not an error
    LoadResult once = loadScenarioSource("t.lua", scenarioText());
    CHECK_FALSE(has(once.problems, "SB003", 0, ""));
}

TEST_CASE("a node id used twice in one file is an error; distinct ids are not") {
    const std::string twice = "  node \"b\" { choice \"c\" { \"C\", go = \"end\", verdict = \"neutral\" } },\n"
                              "  node \"b\" { choice \"d\" { \"D\", go = \"end\", verdict = \"neutral\" } },\n";
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"to_b\" { \"B\", go = \"b\", verdict = \"neutral\" },\n", twice));
    CHECK(has(errorsOf(r), "SB006", 0, "node id 'b' is used twice"));
    std::string distinct = twice;
    distinct.replace(distinct.rfind("node \"b\""), 8, "node \"e\"");
    LoadResult ok = loadScenarioSource("t.lua", scenarioText(
        "    choice \"to_b\" { \"B\", go = \"b\", verdict = \"neutral\" },\n"
        "    choice \"to_e\" { \"E\", go = \"e\", verdict = \"neutral\" },\n", distinct));
    CHECK_FALSE(has(ok.problems, "SB006", 0, ""));
    CHECK(errorsOf(ok).empty());
}

TEST_CASE("one misspelt go: SB007 says did you mean, and the nodes behind it get no SB008") {
    const std::string chain =
        "  node \"second_call\" { choice \"on\" { \"On\", go = \"third\", verdict = \"neutral\" } },\n"
        "  node \"third\" { choice \"on\" { \"On\", go = \"end\", verdict = \"neutral\" } },\n";
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"x\" { \"X\", go = \"scond_call\", verdict = \"neutral\" },\n", chain));
    const auto errors = errorsOf(r);
    CHECK(has(errors, "SB007", 13, "did you mean 'second_call'?"));
    CHECK_FALSE(has(errors, "SB008", 0, ""));
    CHECK(errors.size() == 1);

    // Without a near miss, the island is reported once, where it is entered.
    LoadResult island = loadScenarioSource("t.lua", scenarioText("", chain));
    int unreachable = 0;
    for (const Problem& p : island.problems) unreachable += p.code == "SB008";
    CHECK(unreachable == 1);
    CHECK(has(island.problems, "SB008", 0, "node 'second_call' cannot be reached"));
    CHECK(has(island.problems, "SB008", 0, "nor can what only it leads to: third"));
}

TEST_CASE("a misspelt field is one problem: its missing twin is not reported again") {
    LoadResult r = loadScenarioSource("t.lua", scenarioText(
        "    choice \"x\" { \"X\", go = \"end\", verdit = \"safe\", tip = \"codes\", wyh = \"w\" },\n"));
    const auto errors = errorsOf(r);
    CHECK(has(errors, "SB003", 11, "did you mean 'verdict'"));
    CHECK(has(errors, "SB003", 11, "did you mean 'why'"));
    CHECK(errors.size() == 2);  // no SB004 "needs `verdict`", no SB010 "no `why`"
}
