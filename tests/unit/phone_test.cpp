// SPDX-License-Identifier: MIT
// The phone view: events sorted into apps, the app in front, calls that last while the
// story stays in them and end when the player hangs up.
#include <doctest/doctest.h>

#include "phone.h"
#include "scenario_loader.h"

using namespace saqbol;

namespace {
const char* kScenario = R"(return scenario {
  format = 1, id = "p", lang = "en", title = "T", summary = "S", audience = {"adult"}, minutes = 1,
  tips = {"codes"}, facts = {"f"}, reviewed = "2026-11-27",
  contacts = { gov = { name = "1414" }, caller = { name = "Caller" }, bank = { name = "Bank" } },
  start = "a",
  node "a" {
    narrate "Evening.",
    sms { from = "gov", text = "Code 1" },
    call { from = "caller" },
    say { "caller", "Tell me the code" },
    choice "tell" { "Tell", go = "b", verdict = "harmful", tip = "codes", why = "w" },
    choice "hang" { "Hang up", go = "b", verdict = "safe", tip = "codes", why = "w", action = "hang_up" },
  },
  node "b" {
    bank { text = "Balance checked" },
    choice "next" { "Next", go = "c", verdict = "neutral" },
  },
  node "c" {
    call { from = "caller", video = true },
    say { "caller", "Police here" },
    chat { from = "caller", text = "Account: KZ00" },
    choice "end" { "End", go = "done", verdict = "neutral" },
  },
  ending "done" { outcome = "safe", title = "E", debrief = "D" },
})";
}  // namespace

TEST_CASE("the phone sorts events into apps and puts the newest in front") {
    LoadResult r = loadScenarioSource("p.lua", kScenario);
    REQUIRE_FALSE(r.hasErrors());
    Session session(r.host->scenario(), r.host.get());
    PhoneView start = phoneView(session);
    CHECK(start.front == App::Call);
    REQUIRE(start.call.has_value());
    CHECK(start.call->contact == "caller");
    CHECK(start.call->lines.size() == 1);
    CHECK(start.narration.size() == 1);
    CHECK(start.thread(App::Messages, "gov").size() == 1);
    CHECK(start.notifications.size() == 3);  // sms, call, say — not the narration

    session.choose("hang");
    PhoneView after = phoneView(session);
    CHECK_FALSE(after.call.has_value());     // hung up
    CHECK(after.front == App::Bank);
    CHECK(after.timeline.size() == 5);
    CHECK(after.app(App::Bank).back().is_new);
    CHECK_FALSE(after.app(App::Messages).back().is_new);

    session.choose("next");
    PhoneView video = phoneView(session);
    REQUIRE(video.call.has_value());
    CHECK(video.call->video);
    CHECK(video.front == App::Call);         // the call stays in front of the chat
    CHECK(video.thread(App::Messenger, "caller").size() == 1);
}

TEST_CASE("an old event keeps the numbers it showed when it happened") {
    const char* source = R"(return scenario {
  format = 1, id = "v", lang = "en", title = "T", summary = "S", audience = {"adult"}, minutes = 1,
  tips = {"codes"}, facts = {"f"}, reviewed = "2026-11-27", vars = { balance = 100 }, start = "a",
  node "a" {
    bank { text = "Balance {balance}" },
    choice "pay" { "Pay", go = "b", verdict = "harmful", tip = "codes", why = "w", set = { balance = 0 } },
  },
  node "b" {
    bank { text = "Now {balance}" },
    choice "end" { "End", go = "done", verdict = "neutral" },
  },
  ending "done" { outcome = "loss", title = "E", debrief = "D" },
})";
    LoadResult r = loadScenarioSource("v.lua", source);
    REQUIRE_FALSE(r.hasErrors());
    Session session(r.host->scenario(), r.host.get());
    session.choose("pay");
    const PhoneView view = phoneView(session);
    const auto bank = view.app(App::Bank);
    REQUIRE(bank.size() == 2);
    CHECK(std::get<double>(bank[0].vars->at("balance")) == 100);  // before paying
    CHECK(std::get<double>(bank[1].vars->at("balance")) == 0);
}
