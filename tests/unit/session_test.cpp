// SPDX-License-Identifier: MIT
// The state machine and the score, on scenarios built in C++ — no Lua involved.
#include <doctest/doctest.h>

#include <stdexcept>

#include "debrief.h"
#include "session.h"
#include "walker.h"

using namespace saqbol;

namespace {

Choice makeChoice(std::string id, std::string go, Verdict verdict, std::string tip) {
    Choice c;
    c.id = std::move(id);
    c.text = "text of " + c.id;
    c.go = std::move(go);
    c.verdict = verdict;
    c.tip = std::move(tip);
    c.why = "because";
    return c;
}

Node makeEnding(std::string id, Outcome outcome) {
    Node n;
    n.id = std::move(id);
    n.is_ending = true;
    n.outcome = outcome;
    n.title = "t";
    n.debrief = "d";
    return n;
}

// start --give(harmful)--> second --transfer(harmful)--> lost
//       --hang(safe)-----> safe_end    second --call_bank(safe)--> recovered
//       --ask(risky)-----> second      second --secret(when code_given)--> safe_end
Scenario twoStage() {
    Scenario s;
    s.id = "test";
    s.start = "start";
    s.vars = {{"balance", 100.0}, {"code_given", false}};
    Node start;
    start.id = "start";
    Choice give = makeChoice("give", "second", Verdict::Harmful, "codes");
    give.effect.set = {{"code_given", true}};
    start.choices = {give, makeChoice("hang", "safe_end", Verdict::Safe, "codes"),
                     makeChoice("ask", "second", Verdict::Risky, "codes")};
    Node second;
    second.id = "second";
    Choice transfer = makeChoice("transfer", "lost", Verdict::Harmful, "codes");
    transfer.effect.add = {{"balance", -100.0}};
    Choice secret = makeChoice("secret", "safe_end", Verdict::Neutral, "");
    secret.when.equals = {{"code_given", true}};
    second.choices = {transfer, makeChoice("call_bank", "recovered", Verdict::Safe, "damage_control"), secret};
    s.nodes = {start, second, makeEnding("lost", Outcome::Loss), makeEnding("safe_end", Outcome::Safe),
               makeEnding("recovered", Outcome::Recovered)};
    s.reindex();
    return s;
}

}  // namespace

TEST_CASE("a session starts at the start node with the starting variables") {
    const Scenario s = twoStage();
    Session session(s, nullptr);
    CHECK(session.node().id == "start");
    CHECK_FALSE(session.ended());
    CHECK(std::get<double>(session.vars().at("balance")) == 100.0);
    CHECK(session.shownChoices().size() == 3);
}

TEST_CASE("a session can start at any node with the starting variables and no history, and not at an unknown one") {
    const Scenario s = twoStage();
    Session session(s, nullptr, "second");
    CHECK(session.node().id == "second");
    CHECK(session.history().empty());
    CHECK(std::get<double>(session.vars().at("balance")) == 100.0);
    CHECK(std::get<bool>(session.vars().at("code_given")) == false);
    CHECK(session.shownChoices().size() == 2);  // `secret` needs code_given, which was never set
    REQUIRE(session.choose("call_bank") == Session::Result::Ok);
    CHECK(session.node().id == "recovered");
    CHECK(session.history().size() == 1);
    CHECK(Session(s, nullptr, "lost").ended());
    CHECK_THROWS_WITH_AS(Session(s, nullptr, "nowhere"), "scenario 'test' has no node 'nowhere' to start at",
                         std::invalid_argument);
}

TEST_CASE("choosing moves on, applies effects and records the decision") {
    const Scenario s = twoStage();
    Session session(s, nullptr);
    REQUIRE(session.choose("give") == Session::Result::Ok);
    CHECK(session.node().id == "second");
    CHECK(std::get<bool>(session.vars().at("code_given")) == true);
    REQUIRE(session.choose("transfer") == Session::Result::Ok);
    CHECK(session.ended());
    CHECK(session.node().outcome == Outcome::Loss);
    CHECK(std::get<double>(session.vars().at("balance")) == 0.0);
    REQUIRE(session.history().size() == 2);
    CHECK(session.history()[1].choice == "transfer");
    CHECK(session.choose("transfer") == Session::Result::Ended);
}

TEST_CASE("a choice whose condition fails is not shown and cannot be chosen") {
    const Scenario s = twoStage();
    Session asked(s, nullptr);
    asked.choose("ask");
    CHECK(asked.shownChoices().size() == 2);
    CHECK(asked.choose("secret") == Session::Result::NotShown);
    Session gave(s, nullptr);
    gave.choose("give");
    CHECK(gave.shownChoices().size() == 3);
    CHECK(gave.choose("secret") == Session::Result::Ok);
}

TEST_CASE("an unknown choice id is refused and changes nothing") {
    const Scenario s = twoStage();
    Session session(s, nullptr);
    CHECK(session.choose("nope") == Session::Result::NotShown);
    CHECK(session.node().id == "start");
    CHECK(session.history().empty());
}

TEST_CASE("mastery is the mean of safe 1, risky 0.5, harmful 0; the five tips are always charted") {
    const Scenario s = twoStage();
    Session session(s, nullptr);
    session.choose("ask");        // codes: risky 0.5
    session.choose("call_bank");  // damage_control: safe 1
    const auto score = session.score();
    REQUIRE(score.size() == 6);   // five tips + the one rule exercised
    CHECK(score[0].tip == "codes");
    CHECK(score[0].decisions == 1);
    CHECK(score[0].mastery == doctest::Approx(0.5));
    CHECK(score[1].tip == "personal_data");
    CHECK(score[1].decisions == 0);
    CHECK(score[5].tip == "damage_control");
    CHECK(score[5].mastery == doctest::Approx(1.0));

    std::vector<Decision> mixed = {{"a", "x", Verdict::Safe, "links"}, {"b", "y", Verdict::Harmful, "links"},
                                   {"c", "z", Verdict::Risky, "links"}, {"d", "w", Verdict::Neutral, ""}};
    const auto links = scoreHistory(mixed);
    CHECK(links[4].tip == "links");
    CHECK(links[4].decisions == 3);
    CHECK(links[4].mastery == doctest::Approx(0.5));
    CHECK(links.size() == 5);
}

TEST_CASE("the debrief names each scored moment and the safe move there") {
    const Scenario s = twoStage();
    Session session(s, nullptr);
    session.choose("give");
    session.choose("transfer");
    const Debrief d = buildDebrief(session);
    REQUIRE(d.ending != nullptr);
    CHECK(d.ending->id == "lost");
    REQUIRE(d.moments.size() == 2);
    CHECK(d.moments[0].chosen->id == "give");
    CHECK_FALSE(d.moments[0].was_safe());
    REQUIRE(d.moments[0].safe_moves.size() == 1);
    CHECK(d.moments[0].safe_moves[0]->id == "hang");
    CHECK(d.moments[1].safe_moves[0]->id == "call_bank");
}

TEST_CASE("the walker reaches every ending with the shortest shown-choice numbers") {
    const Scenario s = twoStage();
    const WalkResult walk = walkScenario(s, nullptr);
    CHECK(walk.reached.size() == 3);
    CHECK(walk.reached.at("safe_end") == std::vector<int>{2});
    CHECK(walk.reached.at("lost") == std::vector<int>{1, 1});
    CHECK(walk.reached.at("recovered") == std::vector<int>{1, 2});
    CHECK(walk.dead_ends.empty());
    CHECK_FALSE(walk.capped);
}

TEST_CASE("the walker tells effects apart by what they do, wherever they are") {
    // Two choices set the same flag (one effect, applied once per set of values); two add
    // different amounts (never confused); one sets a variable the story lacks, which fails
    // and leaves the values as they were, as Session::choose does.
    Scenario s;
    s.id = "effects";
    s.start = "start";
    s.vars = {{"balance", 100.0}, {"flag", false}};
    auto node = [](std::string id, std::vector<Choice> choices) {
        Node n;
        n.id = std::move(id);
        n.choices = std::move(choices);
        return n;
    };
    auto with = [](Choice c, auto&& change) {
        change(c.effect);
        return c;
    };
    const auto setFlag = [](Effect& e) { e.set = {{"flag", true}}; };
    s.nodes = {
        node("start", {with(makeChoice("a", "one", Verdict::Neutral, ""), setFlag),
                       with(makeChoice("b", "two", Verdict::Neutral, ""), setFlag),
                       with(makeChoice("c", "gate", Verdict::Neutral, ""),
                            [](Effect& e) { e.set = {{"missing", true}, {"flag", true}}; })}),
        node("one", {with(makeChoice("less", "gate", Verdict::Neutral, ""), [](Effect& e) { e.add = {{"balance", -10.0}}; })}),
        node("two", {with(makeChoice("more", "gate", Verdict::Neutral, ""), [](Effect& e) { e.add = {{"balance", -20.0}}; })}),
        node("gate", {}),
        makeEnding("end_90", Outcome::Safe), makeEnding("end_80", Outcome::Loss), makeEnding("end_untouched", Outcome::Safe),
    };
    Node& gate = s.nodes[3];
    Choice at90 = makeChoice("at90", "end_90", Verdict::Neutral, "");
    at90.when.equals = {{"balance", 90.0}, {"flag", true}};
    Choice at80 = makeChoice("at80", "end_80", Verdict::Neutral, "");
    at80.when.equals = {{"balance", 80.0}, {"flag", true}};
    Choice untouched = makeChoice("untouched", "end_untouched", Verdict::Neutral, "");
    untouched.when.equals = {{"balance", 100.0}, {"flag", false}};
    gate.choices = {at90, at80, untouched};
    s.reindex();
    const WalkResult walk = walkScenario(s, nullptr);
    CHECK(walk.reached.size() == 3);
    CHECK(walk.reached.count("end_90") == 1);
    CHECK(walk.reached.count("end_80") == 1);
    CHECK(walk.reached.at("end_untouched") == std::vector<int>{3, 1});
    CHECK(walk.dead_ends.empty());
}

TEST_CASE("the walker tells conditions apart by what they test, and answers each per set of values") {
    // The walk works each declared condition out once per set of values and then looks
    // it up: the same test must still answer differently when the values differ, and a
    // number is not the text that spells it.
    Scenario s;
    s.id = "conditions";
    s.start = "start";
    s.vars = {{"flag", false}, {"code", 1.0}};
    Node start;
    start.id = "start";
    Choice set = makeChoice("set", "mid", Verdict::Neutral, "");
    set.effect.set = {{"flag", true}};
    start.choices = {set, makeChoice("keep", "mid", Verdict::Neutral, "")};
    Node mid;
    mid.id = "mid";
    Choice flagged = makeChoice("flagged", "end_flagged", Verdict::Neutral, "");
    flagged.when.equals = {{"flag", true}};
    Choice plain = makeChoice("plain", "end_plain", Verdict::Neutral, "");
    plain.when.equals = {{"flag", false}};
    Choice number = makeChoice("number", "end_number", Verdict::Neutral, "");
    number.when.equals = {{"code", 1.0}};
    Choice text = makeChoice("text", "end_text", Verdict::Neutral, "");
    text.when.equals = {{"code", std::string("1")}};
    mid.choices = {flagged, plain, number, text};
    s.nodes = {start, mid, makeEnding("end_flagged", Outcome::Safe), makeEnding("end_plain", Outcome::Safe),
               makeEnding("end_number", Outcome::Safe), makeEnding("end_text", Outcome::Safe)};
    s.reindex();
    const WalkResult walk = walkScenario(s, nullptr);
    CHECK(walk.reached.at("end_flagged") == std::vector<int>{1, 1});
    CHECK(walk.reached.at("end_number") == std::vector<int>{1, 2});
    CHECK(walk.reached.at("end_plain") == std::vector<int>{2, 1});
    CHECK(walk.reached.count("end_text") == 0);
    CHECK(walk.states == 7);  // start; mid and end_number with and without the flag; two endings
}

TEST_CASE("the walker finds a node left with no shown choice, and ends on cycles") {
    Scenario s = twoStage();
    // A loop back to start, and a node whose only choice is hidden.
    s.nodes[1].choices.push_back(makeChoice("again", "start", Verdict::Neutral, ""));
    Node stuck;
    stuck.id = "stuck";
    Choice hidden = makeChoice("never", "lost", Verdict::Safe, "codes");
    hidden.when.equals = {{"balance", -1.0}};
    stuck.choices = {hidden};
    s.nodes[0].choices.push_back(makeChoice("to_stuck", "stuck", Verdict::Neutral, ""));
    s.nodes.push_back(stuck);
    s.reindex();
    const WalkResult walk = walkScenario(s, nullptr);
    CHECK(walk.dead_ends == std::vector<std::string>{"stuck"});
    CHECK(walk.reached.size() == 3);
}
