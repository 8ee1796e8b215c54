// SPDX-License-Identifier: MIT
// Exploring every path (core/explore.h) and the story graph (core/story_graph.h), on small
// scenarios built by hand, on generated ones, and on code_1414 with its Lua functions.
// The path counts and score ranges are checked against a brute force that plays every
// path through the real Session and scores it with the session's own scorer; the walker's
// states are checked by replaying each one's choices through the Session.
#include "explore.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "scenario_loader.h"
#include "story_graph.h"
#include "tips.h"

using namespace saqbol;

namespace {

Choice makeChoice(std::string id, std::string go, Verdict verdict = Verdict::Neutral, std::string tip = "") {
    Choice c;
    c.id = std::move(id);
    c.text = "text of " + c.id;
    c.go = std::move(go);
    c.verdict = verdict;
    c.tip = std::move(tip);
    c.why = "because";
    return c;
}

Node makeNode(std::string id, std::vector<Choice> choices, int line = 0) {
    Node n;
    n.id = std::move(id);
    n.line = line;
    n.choices = std::move(choices);
    return n;
}

Node makeEnding(std::string id, Outcome outcome = Outcome::Safe) {
    Node n;
    n.id = std::move(id);
    n.is_ending = true;
    n.outcome = outcome;
    n.title = "title of " + n.id;
    n.debrief = "d";
    return n;
}

Scenario makeScenario(std::vector<Node> nodes, Variables vars = {}) {
    Scenario s;
    s.id = "test";
    s.file = "test.lua";
    s.start = nodes.front().id;
    s.vars = std::move(vars);
    s.nodes = std::move(nodes);
    s.reindex();
    return s;
}

const TipRange& rangeOf(const ExploreReport& r, const std::string& tip) {
    for (const TipRange& t : r.scores)
        if (t.tip == tip) return t;
    FAIL("no score range for ", tip);
    return r.scores.front();
}

const EndingReach& endingOf(const ExploreReport& r, const std::string& id) {
    for (const EndingReach& e : r.endings)
        if (e.node->id == id) return e;
    FAIL("no ending ", id);
    return r.endings.front();
}

std::vector<std::string> ids(const std::vector<const Node*>& nodes) {
    std::vector<std::string> out;
    for (const Node* n : nodes) out.push_back(n->id);
    return out;
}

// ------------------------------------------------------------------------- the brute force

std::string stateKey(const Session& session) {
    std::string key = session.node().id;
    for (const auto& [name, value] : session.vars()) key += "\x1f" + name + "=" + valueToString(value);
    return key;
}

// Every path that never repeats a state, played through the real Session, scored by it.
struct Brute {
    std::uint64_t paths = 0;
    std::map<std::string, std::pair<double, double>> range;  // tip -> min, max mastery
    std::set<std::string> missed_somewhere;                  // tips some path does not exercise
    std::map<std::string, std::uint64_t> per_ending;

    void walk(const Session& session, std::set<std::string>& on_path) {
        if (session.ended()) {
            ++paths;
            ++per_ending[session.node().id];
            for (const TipScore& score : session.score()) {
                if (score.decisions == 0) {
                    missed_somewhere.insert(score.tip);
                    continue;
                }
                auto [it, fresh] = range.try_emplace(score.tip, score.mastery, score.mastery);
                it->second.first = std::min(it->second.first, score.mastery);
                it->second.second = std::max(it->second.second, score.mastery);
            }
            // scoreHistory leaves out rules nobody exercised; they are missed too.
            for (const TipInfo& tip : allTips()) {
                bool listed = false;
                for (const TipScore& score : session.score()) listed |= score.tip == tip.id;
                if (!listed) missed_somewhere.insert(std::string(tip.id));
            }
            return;
        }
        for (const Choice* choice : session.shownChoices()) {
            Session next = session;
            if (next.choose(choice->id) != Session::Result::Ok) continue;
            const std::string key = stateKey(next);
            if (!on_path.insert(key).second) continue;
            walk(next, on_path);
            on_path.erase(key);
        }
    }
};

Brute bruteForce(const Scenario& s, ScriptHooks* hooks) {
    Brute brute;
    Session session(s, hooks);
    std::set<std::string> on_path{stateKey(session)};
    brute.walk(session, on_path);
    return brute;
}

void checkAgainstBruteForce(const Scenario& s, ScriptHooks* hooks) {
    const ExploreReport report = exploreScenario(s, hooks);
    const Brute brute = bruteForce(s, hooks);
    REQUIRE_FALSE(report.states_capped);
    CHECK_FALSE(report.paths_capped);
    CHECK(report.paths == brute.paths);
    for (const EndingReach& e : report.endings) {
        INFO("ending ", e.node->id);
        CHECK(e.paths == (brute.per_ending.count(e.node->id) ? brute.per_ending.at(e.node->id) : 0));
    }
    for (const TipRange& t : report.scores) {
        INFO("tip ", t.tip);
        auto it = brute.range.find(t.tip);
        CHECK(t.exercised == (it != brute.range.end()));
        if (it == brute.range.end()) continue;
        CHECK(t.min == doctest::Approx(it->second.first));
        CHECK(t.max == doctest::Approx(it->second.second));
        CHECK(t.on_every_path == !brute.missed_somewhere.count(t.tip));
    }
    for (const auto& [tip, range] : brute.range) {
        bool listed = false;
        for (const TipRange& t : report.scores) listed |= t.tip == tip;
        CHECK_MESSAGE(listed, "the report leaves out ", tip);
    }
}

// Each state of the walker is where the real Session arrives by the state's choices.
void checkStatesAgainstSession(const Scenario& s, ScriptHooks* hooks) {
    const StateGraph graph = buildStateGraph(s, hooks, 100000);
    REQUIRE_FALSE(graph.states.empty());
    for (std::uint32_t i = 0; i < graph.states.size(); ++i) {
        Session session(s, hooks);
        for (int n : graph.choicesTo(i)) {
            const auto shown = session.shownChoices();
            REQUIRE(static_cast<std::size_t>(n) <= shown.size());
            REQUIRE(session.choose(shown[static_cast<std::size_t>(n - 1)]->id) == Session::Result::Ok);
        }
        CHECK(session.node().id == s.nodes[graph.states[i].node].id);
        CHECK(session.vars() == graph.vars[graph.states[i].vars]);
        CHECK(session.shownChoices().size() == graph.states[i].shown);
    }
}

// A random scenario: `n` nodes with 1-3 choices each (any node may be a target, so loops
// are common), two endings, two flags that choices set and `when`s test.
Scenario randomScenario(std::mt19937& rng, int n) {
    const Verdict verdicts[] = {Verdict::Safe, Verdict::Risky, Verdict::Harmful, Verdict::Neutral};
    const char* tips[] = {"codes", "links", "damage_control"};
    auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
    std::vector<Node> nodes;
    for (int i = 0; i < n; ++i) {
        std::vector<Choice> choices;
        const int count = 1 + pick(3) + (i == 0);  // the start never has a single way on
        for (int c = 0; c < count; ++c) {
            const int target = pick(n + 2);
            const std::string go =
                target < n ? "n" + std::to_string(target) : "e" + std::to_string(target - n);
            const Verdict verdict = verdicts[pick(4)];
            Choice choice = makeChoice("c" + std::to_string(c), go, verdict,
                                       verdict == Verdict::Neutral ? "" : tips[pick(3)]);
            const std::string flag = pick(2) ? "a" : "b";
            if (pick(3) == 0) choice.when.equals = {{flag, Value(pick(2) == 0)}};
            if (pick(3) == 0) choice.effect.set = {{pick(2) ? "a" : "b", Value(pick(2) == 0)}};
            choices.push_back(choice);
        }
        nodes.push_back(makeNode("n" + std::to_string(i), choices));
    }
    nodes.push_back(makeEnding("e0"));
    nodes.push_back(makeEnding("e1", Outcome::Loss));
    return makeScenario(nodes, {{"a", false}, {"b", false}});
}

Scenario diamonds(int count) {
    std::vector<Node> nodes;
    for (int i = 0; i < count; ++i) {
        const std::string next = i + 1 == count ? "end" : "d" + std::to_string(i + 1);
        nodes.push_back(
            makeNode("d" + std::to_string(i), {makeChoice("up", next), makeChoice("down", next)}));
    }
    nodes.push_back(makeEnding("end"));
    return makeScenario(nodes);
}

}  // namespace

TEST_CASE("explore: a diamond has two paths; two choices to the same place are two paths") {
    Scenario s = makeScenario({makeNode("start", {makeChoice("x", "b"), makeChoice("y", "c")}),
                               makeNode("b", {makeChoice("go", "end")}),
                               makeNode("c", {makeChoice("go", "end"), makeChoice("also", "end")}),
                               makeEnding("end")});
    const ExploreReport r = exploreScenario(s, nullptr);
    CHECK(r.paths == 3);
    CHECK_FALSE(r.paths_capped);
    CHECK(r.states == 4);
    CHECK(endingOf(r, "end").paths == 3);
    CHECK(endingOf(r, "end").choices == std::vector<int>{1, 1});
    CHECK(r.ok());
}

TEST_CASE("explore: a loop back to a state on the path adds no path; a loop that changes a variable does") {
    // a <-> b, both with a way out: start a end1 and start a b end2 (a b a ... repeats a).
    Scenario loop = makeScenario({makeNode("a", {makeChoice("to_b", "b"), makeChoice("out", "end1")}),
                                  makeNode("b", {makeChoice("back", "a"), makeChoice("out", "end2")}),
                                  makeEnding("end1"), makeEnding("end2")});
    const ExploreReport r = exploreScenario(loop, nullptr);
    CHECK(r.paths == 2);
    CHECK(endingOf(r, "end1").paths == 1);
    CHECK(endingOf(r, "end2").paths == 1);
    CHECK(r.dead_ends.empty());

    // "Ask again" sets a flag: (a, asked=false) -> (a, asked=true) is a new state, then a
    // loop onto itself that adds nothing.
    Choice again = makeChoice("again", "a");
    again.effect.set = {{"asked", true}};
    Scenario changing = makeScenario({makeNode("a", {again, makeChoice("out", "end")}), makeEnding("end")},
                                     {{"asked", false}});
    const ExploreReport c = exploreScenario(changing, nullptr);
    CHECK(c.states == 4);  // a twice, end twice
    CHECK(c.paths == 2);
    CHECK(c.dead_ends.empty());
}

TEST_CASE("explore: path counts are exact below the cap and saturate above it") {
    const ExploreReport exact = exploreScenario(diamonds(49), nullptr);
    CHECK(exact.paths == (std::uint64_t{1} << 49));  // 562,949,953,421,312 < 10^15
    CHECK_FALSE(exact.paths_capped);

    const ExploreReport capped = exploreScenario(diamonds(60), nullptr);
    CHECK(capped.paths == kPathCountCap);
    CHECK(capped.paths_capped);
    CHECK(capped.endings.front().paths == kPathCountCap);
    CHECK(capped.ok());  // a saturated count is not a problem in the story
}

TEST_CASE("explore: each tip's score range is the lowest and highest mastery over the paths") {
    // start --give(harmful codes)--> second --transfer(harmful codes)--> lost
    //       --hang(safe codes)-----> safe_end    second --call_bank(safe damage_control)--> recovered
    //       --ask(risky codes)-----> second      second --secret(neutral, when code_given)--> safe_end
    Choice give = makeChoice("give", "second", Verdict::Harmful, "codes");
    give.effect.set = {{"code_given", true}};
    Choice secret = makeChoice("secret", "safe_end");
    secret.when.equals = {{"code_given", true}};
    Scenario s = makeScenario(
        {makeNode("start", {give, makeChoice("hang", "safe_end", Verdict::Safe, "codes"),
                            makeChoice("ask", "second", Verdict::Risky, "codes")}),
         makeNode("second", {makeChoice("transfer", "lost", Verdict::Harmful, "codes"),
                             makeChoice("call_bank", "recovered", Verdict::Safe, "damage_control"), secret}),
         makeEnding("lost", Outcome::Loss), makeEnding("safe_end"),
         makeEnding("recovered", Outcome::Recovered)},
        {{"code_given", false}});
    const ExploreReport r = exploreScenario(s, nullptr);
    // hang; give-transfer; give-call_bank; give-secret; ask-transfer; ask-call_bank.
    CHECK(r.paths == 6);
    const TipRange& codes = rangeOf(r, "codes");
    CHECK(codes.exercised);
    CHECK(codes.on_every_path);
    CHECK(codes.min == 0.0);  // give, then transfer
    CHECK(codes.max == 1.0);  // hang up
    const TipRange& damage = rangeOf(r, "damage_control");
    CHECK(damage.exercised);
    CHECK_FALSE(damage.on_every_path);
    CHECK(damage.min == 1.0);
    CHECK(damage.max == 1.0);
    CHECK_FALSE(rangeOf(r, "links").exercised);  // the five tips are always listed
    CHECK(r.scores.size() == 6);                 // ... and a rule only when some path exercises it

    // The mean, not the sum: risky alone (0.5) is lower than safe-then-risky (0.75).
    Scenario mean =
        makeScenario({makeNode("s", {makeChoice("r", "end", Verdict::Risky, "links"),
                                     makeChoice("f", "m", Verdict::Safe, "links")}),
                      makeNode("m", {makeChoice("r", "end", Verdict::Risky, "links")}), makeEnding("end")});
    const ExploreReport m = exploreScenario(mean, nullptr);
    CHECK(rangeOf(m, "links").min == 0.5);
    CHECK(rangeOf(m, "links").max == 0.75);
}

TEST_CASE("explore: a long way round meeting a short one keeps both paths' scores") {
    // start --short(harmful codes)--> meet --on(risky codes)--> end
    //       --long(safe codes)--> c1 -> ... -> c12 (safe codes each) --> meet
    // The short path reaches `meet` first with one scored decision; the long one comes
    // later with 13, more than the room kept for it: the spans are laid out again.
    std::vector<Node> nodes{makeNode("start", {makeChoice("short", "meet", Verdict::Harmful, "codes"),
                                               makeChoice("long", "c1", Verdict::Safe, "codes")})};
    for (int i = 1; i <= 12; ++i) {
        const std::string next = i == 12 ? "meet" : "c" + std::to_string(i + 1);
        nodes.push_back(makeNode("c" + std::to_string(i), {makeChoice("on", next, Verdict::Safe, "codes")}));
    }
    nodes.push_back(makeNode("meet", {makeChoice("on", "end", Verdict::Risky, "codes"),
                                      makeChoice("skip", "end", Verdict::Neutral)}));
    nodes.push_back(makeEnding("end"));
    const Scenario s = makeScenario(nodes);
    const ExploreReport r = exploreScenario(s, nullptr);
    CHECK(r.paths == 4);
    const TipRange& codes = rangeOf(r, "codes");
    CHECK(codes.on_every_path);
    CHECK(codes.min == 0.0);             // short, skip
    CHECK(codes.max == 1.0);             // long, skip
    checkAgainstBruteForce(s, nullptr);  // short, on: 0.25; long, on: 13.5 / 14
}

TEST_CASE("explore: unreachable nodes, unreached endings and both kinds of dead end") {
    Choice never = makeChoice("never", "hidden_node");
    never.when.equals = {{"flag", true}};  // flag is never set
    Choice never_end = makeChoice("never_end", "secret_end");
    never_end.when.equals = {{"flag", true}};
    Choice hidden = makeChoice("hidden", "end");
    hidden.when.equals = {{"flag", true}};
    Scenario s = makeScenario(
        {makeNode("start", {makeChoice("go", "end"), never, never_end, makeChoice("stuck", "stuck"),
                            makeChoice("loop", "loop_a")}),
         makeNode("hidden_node", {makeChoice("on", "end")}, 20), makeNode("stuck", {hidden}, 30),
         makeNode("loop_a", {makeChoice("on", "loop_b")}, 40),
         makeNode("loop_b", {makeChoice("back", "loop_a")}, 50), makeEnding("end"), makeEnding("secret_end")},
        {{"flag", false}});
    const ExploreReport r = exploreScenario(s, nullptr);
    CHECK(ids(r.unreachable) == std::vector<std::string>{"hidden_node"});
    CHECK(endingOf(r, "end").reached);
    CHECK_FALSE(endingOf(r, "secret_end").reached);
    CHECK(endingOf(r, "secret_end").choices.empty());
    CHECK_FALSE(r.allEndingsReached());
    REQUIRE(r.dead_ends.size() == 3);
    CHECK(r.dead_ends[0].node->id == "stuck");
    CHECK(r.dead_ends[0].kind == DeadEnd::Kind::NoChoice);
    CHECK(r.dead_ends[0].choices == std::vector<int>{2});  // the second choice shown at start
    CHECK(std::get<bool>(r.dead_ends[0].vars.at("flag")) == false);
    CHECK(r.dead_ends[1].node->id == "loop_a");
    CHECK(r.dead_ends[1].kind == DeadEnd::Kind::NoWayOut);
    CHECK(r.dead_ends[2].node->id == "loop_b");
    CHECK(r.dead_ends[2].choices == std::vector<int>{3, 1});
    CHECK(r.paths == 1);
    CHECK_FALSE(r.ok());

    // A loop with a way out is no dead end.
    s.nodes[4].choices.push_back(makeChoice("leave", "end"));
    s.reindex();
    const ExploreReport open = exploreScenario(s, nullptr);
    CHECK(open.dead_ends.size() == 1);
    CHECK(open.paths == 2);
}

TEST_CASE("explore: a walk cut short by the state cap says so and reports no false dead end") {
    // A counter that never repeats: every step is a new state.
    Choice count = makeChoice("count", "a");
    count.effect.add = {{"n", 1.0}};
    Scenario s =
        makeScenario({makeNode("a", {count, makeChoice("out", "end")}), makeEnding("end")}, {{"n", 0.0}});
    ExploreOptions options;
    options.max_states = 50;
    const ExploreReport r = exploreScenario(s, nullptr, options);
    CHECK(r.states == 50);
    CHECK(r.states_capped);
    CHECK(r.dead_ends.empty());
    CHECK(endingOf(r, "end").reached);
    CHECK(r.paths >= 20);

    // The budget for paths inside loops: spent, the count is a lower bound and says so.
    const Scenario loop =
        makeScenario({makeNode("a", {makeChoice("to_b", "b"), makeChoice("out", "e")}),
                      makeNode("b", {makeChoice("back", "a"), makeChoice("out", "e")}), makeEnding("e")});
    const StateGraph graph = buildStateGraph(loop, nullptr, 100);
    CHECK(exploreStateGraph(loop, graph).paths == 2);
    CHECK_FALSE(exploreStateGraph(loop, graph).paths_capped);
    ExploreOptions tight_options;
    tight_options.max_loop_steps = 1;
    const ExploreReport tight = exploreStateGraph(loop, graph, tight_options);
    CHECK(tight.paths_capped);
    CHECK(tight.paths < 2);
}

TEST_CASE("explore: the lowest mean is found even where another path scores fewer points") {
    // start --quick(risky)--> end: 1 decision, mean 0.5, 1 half-point scored.
    //       --slow(harmful)--> s1 -> s2 -> s3 --> s4 (risky) --> s5 (risky) --> end:
    //          4 harmful and 2 risky decisions, mean 1/6, 2 half-points scored.
    // The path with the fewest points is not the one with the lowest mean: the method
    // takes more than one round to get there, and must not stop at the first.
    std::vector<Node> nodes{makeNode("start", {makeChoice("quick", "end", Verdict::Risky, "codes"),
                                               makeChoice("slow", "s1", Verdict::Harmful, "codes")})};
    for (int i = 1; i <= 5; ++i) {
        const std::string next = i == 5 ? "end" : "s" + std::to_string(i + 1);
        nodes.push_back(
            makeNode("s" + std::to_string(i),
                     {makeChoice("on", next, i <= 3 ? Verdict::Harmful : Verdict::Risky, "codes")}));
    }
    nodes.push_back(makeEnding("end"));
    const Scenario s = makeScenario(nodes);
    const ExploreReport r = exploreScenario(s, nullptr);
    CHECK(r.paths == 2);
    CHECK(rangeOf(r, "codes").min == 2.0 / 12.0);
    CHECK(rangeOf(r, "codes").max == 0.5);
    checkAgainstBruteForce(s, nullptr);

    // 2^30 paths: every mean from 0 to 1 in steps of 1/30, the extremes found exactly.
    Scenario wide = diamonds(30);
    for (Node& node : wide.nodes)
        for (Choice& c : node.choices)
            c.verdict = c.id == "up" ? Verdict::Safe : Verdict::Harmful, c.tip = "codes";
    wide.reindex();
    const ExploreReport w = exploreScenario(wide, nullptr);
    CHECK(w.paths == (std::uint64_t{1} << 30));
    CHECK(rangeOf(w, "codes").min == 0.0);
    CHECK(rangeOf(w, "codes").max == 1.0);
    CHECK(rangeOf(w, "codes").on_every_path);
}

TEST_CASE("explore: counts and score ranges match a brute force through the real Session") {
    std::mt19937 rng(1414);
    int with_loops = 0, with_paths = 0;
    for (int i = 0; i < 1000; ++i) {
        const Scenario s = randomScenario(rng, 3 + i % 7);
        INFO("random scenario #", i);
        checkAgainstBruteForce(s, nullptr);
        // A choice back to an earlier (or the same) state of the breadth-first order: a loop.
        const StateGraph graph = buildStateGraph(s, nullptr, 100000);
        bool loops = false;
        for (std::uint32_t from = 0; from < graph.states.size(); ++from)
            for (std::size_t e = 0; e < graph.edgeCount(from); ++e)
                loops |= graph.edgesOf(from)[e].to <= from;
        with_loops += loops;
        with_paths += exploreScenario(s, nullptr).paths > 3;
    }
    // The generator makes stories with loops and with many paths, not only trivial ones.
    CHECK(with_loops > 300);
    CHECK(with_paths > 150);
}

TEST_CASE("explore: code_1414 with its Lua functions, against the brute force and the Session") {
    std::vector<Problem> play;
    LoadResult loaded = loadScenario(std::filesystem::path(SAQBOL_SOURCE_DIR) / "scenarios" / "code_1414.lua",
                                     {}, [&](const Problem& p) { play.push_back(p); });
    REQUIRE_FALSE(loaded.hasErrors());
    const Scenario& s = loaded.host->scenario();
    checkAgainstBruteForce(s, loaded.host.get());
    checkStatesAgainstSession(s, loaded.host.get());
    const ExploreReport r = exploreScenario(s, loaded.host.get());
    CHECK(r.ok());
    CHECK(r.endings.size() == 6);
    CHECK(r.unreachable.empty());
    CHECK(play.empty());
}

TEST_CASE("walker: generated stories' states are where the Session arrives") {
    std::mt19937 rng(7);
    for (int i = 0; i < 100; ++i) {
        const Scenario s = randomScenario(rng, 4 + i % 5);
        INFO("random scenario #", i);
        checkStatesAgainstSession(s, nullptr);
    }
}

TEST_CASE("walker: a failing effect leaves the variables, as in the Session") {
    Choice bad = makeChoice("bad", "end");
    bad.effect.set = {{"flag", true}};
    bad.effect.add = {{"missing", 1.0}};  // not declared: the whole effect fails
    Scenario s = makeScenario({makeNode("a", {bad}), makeEnding("end")}, {{"flag", false}});
    const StateGraph graph = buildStateGraph(s, nullptr, 100);
    REQUIRE(graph.states.size() == 2);
    CHECK(graph.states[0].vars == graph.states[1].vars);
    checkStatesAgainstSession(s, nullptr);
}

// ------------------------------------------------------------------------------ the graph

TEST_CASE("graph: kinds come from the first phone event") {
    auto event = [](EventKind kind) {
        Event e;
        e.kind = kind;
        return e;
    };
    Node n = makeNode("n", {makeChoice("c", "end")});
    CHECK(graphKind(n) == "narrate");
    n.events.push_back(event(EventKind::Narrate));
    CHECK(graphKind(n) == "narrate");
    n.events.push_back(event(EventKind::Say));
    n.events.push_back(event(EventKind::Sms));
    CHECK(graphKind(n) == "call");
    n.events.erase(n.events.begin() + 1);
    CHECK(graphKind(n) == "sms");
    CHECK(graphKind(makeEnding("e")) == "ending");
}

TEST_CASE("graph: DOT escapes quotes, backslashes and line breaks, and keeps Kazakh text") {
    Choice tricky = makeChoice("say", "end", Verdict::Harmful, "codes");
    tricky.text = "Айтамын: \"5823\" \\n\nжаңа жол";
    Choice when = makeChoice("maybe", "end", Verdict::Safe, "codes");
    when.when.equals = {{"mood", std::string("calm")}};
    Scenario s =
        makeScenario({makeNode("start", {tricky, when}), makeEnding("end")}, {{"mood", std::string("calm")}});
    s.title = "Қауіпсіз \"тақырып\"";
    const GraphText same = [](std::string_view, const std::string& text) { return text; };
    const std::string dot = dotGraph(s, same);
    CHECK(dot.rfind("digraph \"test\" {", 0) == 0);
    CHECK(dot.find("label=\"Айтамын: \\\"5823\\\" \\\\n\\nжаңа жол\"") != std::string::npos);
    CHECK(dot.find("Қауіпсіз \\\"тақырып\\\"") != std::string::npos);
    CHECK(dot.find("[when mood = \\\"calm\\\"]") != std::string::npos);
    CHECK(dot.find("style=dashed") != std::string::npos);
    CHECK(dot.find("color=\"#cf222e\"") != std::string::npos);  // harmful: red
    CHECK(dot.find("color=\"#1a7f37\"") != std::string::npos);  // safe: green
    CHECK(dot.find("shape=octagon") != std::string::npos);
    CHECK(dot.back() == '\n');
}

TEST_CASE("graph: Mermaid ids are prefixed and labels use entity codes") {
    Choice tricky = makeChoice("go", "end", Verdict::Risky, "codes");
    tricky.text = "a \"b\" <c> #d | e & f";
    Scenario s = makeScenario({makeNode("start", {tricky}), makeEnding("end")});
    const std::string mermaid =
        mermaidGraph(s, [](std::string_view, const std::string& text) { return text; });
    CHECK(mermaid.find("\nflowchart TD\n") != std::string::npos);
    CHECK(mermaid.find("  n_end{{\"end<br/>") != std::string::npos);  // `end` alone would close a block
    CHECK(mermaid.find("  n_start -->|\"a #quot;b#quot; #lt;c#gt; #35;d #124; e #amp; f\"| n_end\n") !=
          std::string::npos);
    CHECK(mermaid.find("linkStyle 0 stroke:#d97706") != std::string::npos);  // risky: orange
    CHECK(mermaid.find("class n_end o_safe") != std::string::npos);
}

TEST_CASE("graph: long texts are wrapped, never cut, and labels can be translated") {
    Choice long_text = makeChoice("go", "end");
    long_text.text = "Тұтқаны қойып, банк картасындағы +7 700 000 11 11 нөміріне өзім қоңырау шаламын";
    Scenario s = makeScenario({makeNode("start", {long_text}), makeEnding("end")});
    const std::string dot = dotGraph(s, [](std::string_view, const std::string& text) { return text; });
    CHECK(dot.find("Тұтқаны қойып, банк картасындағы\\n+7 700 000 11 11 нөміріне өзім\\nқоңырау шаламын") !=
          std::string::npos);
    std::vector<std::string> asked;
    const std::string translated = dotGraph(s, [&](std::string_view node, const std::string& text) {
        asked.push_back(std::string(node));
        return "[" + text + "]";
    });
    CHECK(translated.find("label=\"[Тұтқаны қойып,") != std::string::npos);
    CHECK(std::find(asked.begin(), asked.end(), "@meta") != asked.end());
    CHECK(std::find(asked.begin(), asked.end(), "start") != asked.end());
}
