// SPDX-License-Identifier: MIT
// A workshop's room votes (core/workshop.h): who leads, ties, and the room's hands per tip
// over tests/data/four_moments.lua (every choice trains "codes": keep is safe, tell harmful).
#include <doctest/doctest.h>

#include "scenario_loader.h"
#include "tips.h"
#include "workshop.h"

using namespace saqbol;

namespace {

RoomVote vote(std::string node, std::vector<int> hands, std::string followed) {
    return RoomVote{std::move(node), {"keep", "tell"}, std::move(hands), std::move(followed)};
}

}  // namespace

TEST_CASE("room vote: the most hands lead, a tie names every leader, no hands name every choice") {
    CHECK(vote("one", {3, 12}, "").leaders() == std::vector<int>{1});
    CHECK(vote("one", {7, 7}, "").leaders() == std::vector<int>{0, 1});
    CHECK(vote("one", {0, 0}, "").leaders() == std::vector<int>{0, 1});
    CHECK(vote("one", {3, 12}, "").total() == 15);
}

TEST_CASE("room tips: hands on safe choices over hands on scored ones, per tip of the scenario") {
    LoadResult loaded = loadScenario(SAQBOL_SOURCE_DIR "/tests/data/four_moments.lua");
    REQUIRE_FALSE(loaded.hasErrors());
    const Scenario& s = loaded.host->scenario();

    SUBCASE("nobody voted: the scenario's tips still show, with no hands") {
        const std::vector<RoomTip> tips = roomTips(s, {});
        REQUIRE(tips.size() == 1);
        CHECK(tips[0].tip == "codes");
        CHECK(tips[0].scored == 0);
    }
    SUBCASE("two moments: 5 + 9 safe hands of 8 + 12") {
        const std::vector<RoomTip> tips = roomTips(s, {vote("one", {5, 3}, "keep"), vote("two", {9, 3}, "keep")});
        REQUIRE(tips.size() == 1);
        CHECK(tips[0].safe == 14);
        CHECK(tips[0].scored == 20);
        CHECK(tips[0].share() == doctest::Approx(0.7));
    }
    SUBCASE("a moment or a choice the scenario does not have is skipped") {
        RoomVote stray = vote("nowhere", {5, 5}, "keep");
        RoomVote renamed{"one", {"keep", "gone"}, {2, 40}, "keep"};
        const std::vector<RoomTip> tips = roomTips(s, {stray, renamed});
        REQUIRE(tips.size() == 1);
        CHECK(tips[0].safe == 2);
        CHECK(tips[0].scored == 2);
    }
}

TEST_CASE("discussion prompts: one per tip and rule, a general one otherwise, none empty") {
    std::vector<std::string_view> seen;
    for (const TipInfo& tip : allTips()) {
        const std::string_view prompt = discussionPrompt(tip.id);
        CHECK_FALSE(prompt.empty());
        CHECK(prompt != discussionPrompt(""));  // every tip has its own question
        for (std::string_view other : seen) CHECK(prompt != other);
        seen.push_back(prompt);
    }
    CHECK_FALSE(discussionPrompt("no_such_tip").empty());
    CHECK(discussionPrompt("no_such_tip") == discussionPrompt(""));
}

TEST_CASE("the moment's tip: its first safe choice's, else its first tip") {
    Node node;
    node.choices.push_back(Choice{"a", 0, "A", "x", Verdict::Harmful, "links", "", "", {}, {}});
    node.choices.push_back(Choice{"b", 0, "B", "x", Verdict::Safe, "codes", "", "", {}, {}});
    CHECK(momentTip(node) == "codes");
    node.choices.pop_back();
    CHECK(momentTip(node) == "links");
    CHECK(momentTip(Node{}) == "");
}
