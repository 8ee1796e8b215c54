// SPDX-License-Identifier: MIT
// Author mode's live reload, as a trainer meets it: play a few choices, save the file, and
// land at the same moment with the same history; a broken or hostile save keeps the last
// good version and says file:line; a removed choice stops the replay there; a PO save
// changes the words. Files are written for real into a temporary folder and polled the way
// the window polls them (each change is taken once it is stable over two polls).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "author_session.h"
#include "codes.h"

using namespace saqbol;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path path;
    explicit Folder(const std::string& name) : path(fs::temp_directory_path() / ("saqbol-author-" + name)) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }
};

void write(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// a --go--> b --stay--> c --on--> done, b --pay--> lost; `b_choices` replaces b's choices,
// `c_more` adds choices to c, `extra` adds nodes (every node must stay reachable: lint says so).
std::string story(const std::string& greeting = "Hello", const std::string& b_choices = "",
                  const std::string& c_more = "", const std::string& extra = "") {
    const std::string b = b_choices.empty()
                              ? "    choice \"stay\" { \"Stay calm\", go = \"c\", verdict = \"safe\", tip = \"codes\", why = \"w\" },\n"
                                "    choice \"pay\" { \"Pay\", go = \"lost\", verdict = \"harmful\", tip = \"codes\", why = \"w\",\n"
                                "      effect = function(v) v.balance = v.balance - 100 end },\n"
                              : b_choices;
    return "return scenario {\n"                                                              // 1
           "  format = 1, id = \"auth\", lang = \"en\", title = \"T\",\n"                     // 2
           "  summary = \"S\", audience = {\"adult\"}, minutes = 3,\n"                        // 3
           "  tips = {\"codes\"}, facts = {\"f\"}, reviewed = \"2026-11-27\",\n"              // 4
           "  contacts = { bank = { name = \"Bank\", number = \"+7 700 000 11 11\" } },\n"    // 5
           "  vars = { balance = 500, warned = false, name = \"Aru\" },\n"                    // 6
           "  start = \"a\",\n"                                                               // 7
           "  node \"a\" {\n"                                                                 // 8
           "    sms { from = \"bank\", text = \"" + greeting + "\" },\n"                      // 9
           "    choice \"go\" { \"Read on\", go = \"b\", verdict = \"neutral\",\n"            // 10
           "      effect = function(v) v.warned = true end },\n"                              // 11
           "  },\n"                                                                           // 12
           "  node \"b\" {\n"                                                                 // 13
           "    sms { from = \"bank\", text = \"Balance {balance}\" },\n" + b +
           "  },\n"
           "  node \"c\" {\n"
           "    sms { from = \"bank\", text = \"Done?\" },\n"
           "    choice \"on\" { \"Go on\", go = \"done\", verdict = \"safe\", tip = \"codes\", why = \"w\" },\n" +
           c_more + "  },\n" + extra +
           "  ending \"done\" { outcome = \"safe\", title = \"Safe\", debrief = \"D\" },\n"
           "  ending \"lost\" { outcome = \"loss\", title = \"Lost\", debrief = \"D\" },\n"
           "}\n";
}

// Polls until a stable change is loaded (a change is taken on the second poll that sees it).
bool settle(AuthorSession& author) {
    for (int i = 0; i < 3; ++i)
        if (author.poll()) return true;
    return false;
}

std::vector<std::string> choicesOf(const Session& session) {
    std::vector<std::string> out;
    for (const Decision& d : session.history()) out.push_back(d.node + ":" + d.choice);
    return out;
}

bool hasProblem(const std::vector<Problem>& problems, const std::string& code, int line) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.code == code && (line == 0 || p.line == line); });
}

}  // namespace

TEST_CASE("saving the file reloads it and replays the choices to the same moment") {
    Folder dir("replay");
    const fs::path file = dir.path / "auth.lua";
    write(file, story());
    AuthorSession author(file, "en", SAQBOL_SOURCE_DIR);
    REQUIRE(author.ready());
    CHECK(author.errors().empty());
    REQUIRE(author.choose("go") == Session::Result::Ok);
    REQUIRE(author.choose("stay") == Session::Result::Ok);
    REQUIRE(author.session().node().id == "c");
    CHECK_FALSE(author.poll());  // nothing changed: nothing reloads

    write(file, story("Hello again, a new first message", "",
                      "    choice \"more\" { \"More\", go = \"d\", verdict = \"neutral\" },\n",
                      "  node \"d\" { narrate \"new\", choice \"x\" { \"X\", go = \"done\", verdict = \"neutral\" } },\n"));
    REQUIRE(settle(author));
    CHECK(author.lastReload().ok);
    CHECK(author.lastReload().stop == ReplayStop::None);
    CHECK(author.lastReload().replayed == 2);
    CHECK(author.session().node().id == "c");
    CHECK(choicesOf(author.session()) == std::vector<std::string>{"a:go", "b:stay"});
    CHECK(std::get<bool>(author.session().vars().at("warned")));  // the effects ran again, in the new sandbox
    CHECK(author.scenario().findNode("d") != nullptr);            // the new version is the one playing
    CHECK(author.scenario().findNode("a")->events[0].text == "Hello again, a new first message");
}

TEST_CASE("a broken save keeps the last good version running and names file, line and code") {
    Folder dir("broken");
    const fs::path file = dir.path / "auth.lua";
    write(file, story());
    AuthorSession author(file, "en", SAQBOL_SOURCE_DIR);
    REQUIRE(author.choose("go") == Session::Result::Ok);

    SUBCASE("a syntax error") {
        std::string text = story();
        text.replace(text.find("  node \"b\" {"), 12, "  node \"b\" {{{ oops");  // line 13
        write(file, text);
        REQUIRE(settle(author));
        CHECK_FALSE(author.lastReload().ok);
        REQUIRE_FALSE(author.errors().empty());
        CHECK(author.errors()[0].file == file.string());
        CHECK(author.errors()[0].code == std::string(codes::kLoadFailed));
        CHECK(author.errors()[0].line >= 13);
        CHECK(hasProblem(author.problems(), codes::kLoadFailed, 0));  // the panel's list says it too
    }
    SUBCASE("a hostile endless loop") {
        write(file, "local n = 0\nwhile true do n = n + 1 end\n" + story());
        REQUIRE(settle(author));
        CHECK_FALSE(author.lastReload().ok);
        REQUIRE_FALSE(author.errors().empty());
        CHECK(author.errors()[0].code == std::string(codes::kSandboxLimit));
        CHECK(author.errors()[0].line == 2);
    }
    SUBCASE("a hostile memory bomb") {
        write(file, "local t = {}\nfor i = 1, 1e9 do t[i] = string.rep(\"x\", 4096) .. i end\n" + story());
        REQUIRE(settle(author));
        REQUIRE_FALSE(author.errors().empty());
        CHECK(author.errors()[0].code == std::string(codes::kSandboxLimit));
    }
    SUBCASE("a validation error (a choice going nowhere)") {
        std::string text = story();
        text.replace(text.find("go = \"c\""), 8, "go = \"nowhere\"");
        write(file, text);
        REQUIRE(settle(author));
        REQUIRE_FALSE(author.errors().empty());
        CHECK(author.errors()[0].code == std::string(codes::kMissingTarget));
        CHECK(author.errors()[0].line == 15);
    }
    // The old version still plays on, at the same moment.
    REQUIRE(author.ready());
    CHECK(author.session().node().id == "b");
    CHECK(author.choose("stay") == Session::Result::Ok);
    CHECK(author.session().node().id == "c");

    // The next good save clears the errors and lands at the same moment.
    write(file, story("Fixed"));
    REQUIRE(settle(author));
    CHECK(author.errors().empty());
    CHECK(author.lastReload().ok);
    CHECK(author.session().node().id == "c");
    CHECK(choicesOf(author.session()) == std::vector<std::string>{"a:go", "b:stay"});
}

TEST_CASE("a file broken from the start waits for a good save") {
    Folder dir("start-broken");
    const fs::path file = dir.path / "auth.lua";
    write(file, "return scenario {\n  format = 1,\n  id = \n}\n");
    AuthorSession author(file, "en", SAQBOL_SOURCE_DIR);
    CHECK_FALSE(author.ready());
    REQUIRE_FALSE(author.errors().empty());
    CHECK(author.errors()[0].file == file.string());
    CHECK(author.errors()[0].line > 0);
    write(file, story());
    REQUIRE(settle(author));
    CHECK(author.ready());
    CHECK(author.session().node().id == "a");
}

TEST_CASE("a removed choice stops the replay where it was, and undoing the edit lands as before") {
    Folder dir("removed");
    const fs::path file = dir.path / "auth.lua";
    write(file, story());
    AuthorSession author(file, "en", SAQBOL_SOURCE_DIR);
    REQUIRE(author.choose("go") == Session::Result::Ok);
    REQUIRE(author.choose("stay") == Session::Result::Ok);
    REQUIRE(author.choose("on") == Session::Result::Ok);
    REQUIRE(author.session().ended());

    write(file, story("Hello", "    choice \"skip\" { \"Skip\", go = \"c\", verdict = \"safe\", tip = \"codes\", why = \"w\" },\n"
                               "    choice \"pay\" { \"Pay\", go = \"lost\", verdict = \"harmful\", tip = \"codes\", why = \"w\" },\n"));
    REQUIRE(settle(author));
    const ReloadReport& report = author.lastReload();
    CHECK(report.ok);
    CHECK(report.stop == ReplayStop::ChoiceGone);
    CHECK(report.replayed == 1);
    CHECK(report.recorded == 3);
    CHECK(report.node == "b");
    CHECK(report.choice == "stay");
    CHECK(author.session().node().id == "b");
    CHECK(choicesOf(author.session()) == std::vector<std::string>{"a:go"});

    write(file, story());  // the edit undone: the whole path is still recorded
    REQUIRE(settle(author));
    CHECK(author.lastReload().stop == ReplayStop::None);
    CHECK(author.session().ended());
    CHECK(choicesOf(author.session()) == std::vector<std::string>{"a:go", "b:stay", "c:on"});
}

TEST_CASE("a choice that now leads elsewhere stops the replay at the node reached") {
    Folder dir("moved");
    const fs::path file = dir.path / "auth.lua";
    write(file, story());
    AuthorSession author(file, "en", SAQBOL_SOURCE_DIR);
    REQUIRE(author.choose("go") == Session::Result::Ok);
    REQUIRE(author.choose("stay") == Session::Result::Ok);
    std::string text = story();
    const std::string go = "choice \"go\" { \"Read on\", go = \"b\"";
    text.replace(text.find(go), go.size(),
                 "choice \"side\" { \"Side\", go = \"b\", verdict = \"neutral\" },\n    choice \"go\" { \"Read on\", go = \"c\"");
    write(file, text);
    REQUIRE(settle(author));
    CHECK(author.lastReload().stop == ReplayStop::NodeChanged);
    CHECK(author.lastReload().node == "c");
    CHECK(author.lastReload().choice == "stay");
    CHECK(author.session().node().id == "c");
}

TEST_CASE("saving a PO file reloads the words") {
    Folder dir("po");
    const fs::path file = dir.path / "auth.lua";
    write(file, story());
    const auto po = [](const std::string& hello) {
        return "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
               "msgctxt \"auth:a\"\nmsgid \"Hello\"\nmsgstr \"" + hello + "\"\n";
    };
    // No PO file yet: creating one counts as a change too.
    AuthorSession author(file, "ru", SAQBOL_SOURCE_DIR);
    REQUIRE(author.ready());
    REQUIRE(author.choose("go") == Session::Result::Ok);
    CHECK(author.words().text("a", "Hello", author.session().vars()) == "Hello");
    CHECK(std::find(author.watched().begin(), author.watched().end(), dir.path / "locales" / "ru" / "auth.po") !=
          author.watched().end());

    write(dir.path / "locales" / "ru" / "auth.po", po("Здравствуйте"));
    REQUIRE(settle(author));
    CHECK(author.words().text("a", "Hello", author.session().vars()) == "Здравствуйте");
    CHECK(author.session().node().id == "b");  // the play stays where it was

    write(dir.path / "locales" / "ru" / "auth.po", po("Привет, это снова банк"));
    REQUIRE(settle(author));
    CHECK(author.words().text("a", "Hello", author.session().vars()) == "Привет, это снова банк");

    author.setLanguage("en");
    CHECK(author.words().text("a", "Hello", author.session().vars()) == "Hello");
    CHECK(author.session().node().id == "b");
}

TEST_CASE("an editor saving by rename: the file vanishes for a moment, then the new one loads") {
    Folder dir("rename");
    const fs::path file = dir.path / "auth.lua";
    write(file, story());
    AuthorSession author(file, "en", SAQBOL_SOURCE_DIR);
    REQUIRE(author.choose("go") == Session::Result::Ok);
    fs::remove(file);
    for (int i = 0; i < 3; ++i) CHECK_FALSE(author.poll());  // missing: nothing is loaded, the play goes on
    CHECK(author.ready());
    CHECK(author.errors().empty());
    write(dir.path / "auth.lua.tmp", story("Saved by rename"));
    fs::rename(dir.path / "auth.lua.tmp", file);
    REQUIRE(settle(author));
    CHECK(author.scenario().findNode("a")->events[0].text == "Saved by rename");
    CHECK(author.session().node().id == "b");
}

TEST_CASE("jump starts at any node with chosen variables, and reloads keep that start") {
    Folder dir("jump");
    const fs::path file = dir.path / "auth.lua";
    write(file, story());
    AuthorSession author(file, "en", SAQBOL_SOURCE_DIR);
    Variables vars = author.session().vars();
    vars["balance"] = 42.0;
    vars["ghost"] = true;  // not declared: dropped
    CHECK_FALSE(author.jump("nowhere", vars));
    REQUIRE(author.jump("b", vars));
    CHECK(author.session().node().id == "b");
    CHECK(author.session().history().empty());
    CHECK(std::get<double>(author.session().vars().at("balance")) == 42.0);
    CHECK(author.session().vars().count("ghost") == 0);
    REQUIRE(author.choose("pay") == Session::Result::Ok);
    CHECK(std::get<double>(author.session().vars().at("balance")) == -58.0);

    write(file, story("Changed"));
    REQUIRE(settle(author));
    CHECK(author.start().node == "b");
    CHECK(author.session().node().id == "lost");
    CHECK(std::get<double>(author.session().vars().at("balance")) == -58.0);

    // The node jumped to is deleted: the play starts again from the scenario's start.
    std::string text =
        story("Hello", "", "    choice \"lose\" { \"Lose\", go = \"lost\", verdict = \"harmful\", tip = \"codes\", why = \"w\" },\n");
    text.replace(text.find("go = \"b\""), 8, "go = \"c\"");
    const auto b = text.find("  node \"b\" {");
    text.erase(b, text.find("  node \"c\" {") - b);
    write(file, text);
    REQUIRE(settle(author));
    CHECK(author.lastReload().stop == ReplayStop::StartGone);
    CHECK(author.session().node().id == "a");
    CHECK(author.start().isDefault());
}

TEST_CASE("go back returns to the moment before a decision, with its history and variables") {
    Folder dir("back");
    const fs::path file = dir.path / "auth.lua";
    write(file, story());
    AuthorSession author(file, "en", SAQBOL_SOURCE_DIR);
    REQUIRE(author.choose("go") == Session::Result::Ok);
    REQUIRE(author.choose("pay") == Session::Result::Ok);
    REQUIRE(author.session().ended());
    const Decision second = author.session().history()[1];

    REQUIRE(author.goBack(1));
    CHECK(author.session().node().id == "b");
    CHECK(author.session().vars() == second.vars);
    CHECK(choicesOf(author.session()) == std::vector<std::string>{"a:go"});
    REQUIRE(author.choose("stay") == Session::Result::Ok);
    CHECK(choicesOf(author.session()) == std::vector<std::string>{"a:go", "b:stay"});

    REQUIRE(author.goBack(0));
    CHECK(author.session().node().id == "a");
    CHECK(author.session().history().empty());
    CHECK_FALSE(author.goBack(0));  // nothing decided yet

    // A reload after going back replays only what is left.
    write(file, story("After going back"));
    REQUIRE(settle(author));
    CHECK(author.session().node().id == "a");
    CHECK(author.lastReload().recorded == 0);
}

TEST_CASE("the problems list is lint's for this file, refreshed on reload, plus script failures in play") {
    Folder dir("lint");
    const fs::path file = dir.path / "auth.lua";
    write(file, story());
    AuthorSession author(file, "en", SAQBOL_SOURCE_DIR);
    // No kk or ru translation: lint warns, with the scenario's line.
    CHECK(hasProblem(author.problems(), codes::kMissingTranslation, 1));
    // An effect that fails in play is listed with its line, once however often it runs.
    write(file, story("Hi", "    choice \"stay\" { \"Stay calm\", go = \"c\", verdict = \"safe\", tip = \"codes\", why = \"w\",\n"
                            "      effect = function(v) error(\"broken effect\") end },\n"
                            "    choice \"pay\" { \"Pay\", go = \"lost\", verdict = \"harmful\", tip = \"codes\", why = \"w\" },\n"));
    REQUIRE(settle(author));
    REQUIRE(author.choose("go") == Session::Result::Ok);
    REQUIRE(author.choose("stay") == Session::Result::Ok);
    const auto failed = [&] {
        const auto ps = author.problems();
        return std::count_if(ps.begin(), ps.end(), [](const Problem& p) { return p.code == codes::kScriptFailed; });
    };
    CHECK(failed() == 1);
    CHECK(author.goBack(1));
    CHECK(author.choose("stay") == Session::Result::Ok);
    CHECK(failed() == 1);
}
