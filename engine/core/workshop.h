// SPDX-License-Identifier: MIT
// A workshop's room votes: at each moment of a scenario played for a room (presenter mode),
// the facilitator counts the raised hands per choice, the story follows the room's choice,
// and at the end the room's choices are set against the safe ones, per tip. The room is
// counted, never its people: there are no individual scores and nothing here is stored.
// Pure data and arithmetic over a Scenario; the presenter screen (ui/presenter_screen.h)
// draws it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scenario.h"

namespace saqbol {

// The hands counted at one moment.
struct RoomVote {
    std::string node;                  // the moment's node id
    std::vector<std::string> choices;  // the choice ids shown, in the order they were numbered
    std::vector<int> votes;            // hands per choice, same order
    std::string followed;              // the choice the story went on with

    int total() const;
    // The options (indices) with the most hands: one, several on a tie, every option when
    // nobody voted.
    std::vector<int> leaders() const;
};

// The hands counted at one item of the before/after quiz taken by the room.
struct RoomQuizVote {
    std::string item;      // the quiz item's id
    std::string tip;       // the tip its sign teaches
    bool is_scam = false;  // what the item is
    int scam = 0;          // hands for "a scam"
    int real = 0;          // hands for "real"
    int total() const { return scam + real; }
    int right() const { return is_scam ? scam : real; }
};

// The most hands a facilitator can enter for one choice (a hall, not a stadium).
inline constexpr int kMostHands = 999;

// The room's hands on one tip or rule, over every moment voted.
struct RoomTip {
    std::string tip;
    int safe = 0;    // hands on safe choices of this tip
    int scored = 0;  // hands on safe, risky or harmful choices of this tip
    double share() const { return scored > 0 ? double(safe) / scored : 0; }
};

// Per tip (the scenario's tips and rules in allTips() order, then any other a choice names),
// the hands given to safe choices over the hands given to scored ones. A choice without a
// tip, or neutral, counts for nothing. Moments or choices the scenario no longer has are
// skipped.
std::vector<RoomTip> roomTips(const Scenario& scenario, const std::vector<RoomVote>& votes);

// Per tip (allTips() order), the hands that called the quiz's items right (`safe`) over all
// hands (`scored`).
std::vector<RoomTip> roomQuizTips(const std::vector<RoomQuizVote>& votes);

// The tip a moment is about, for its discussion prompt: the tip of its first safe choice,
// else of its first choice with a tip; empty when none has one.
std::string momentTip(const Node& node);

// The discussion prompt for a tip or rule (an English UI msgid, to translate); a general
// one for an empty or unknown tip.
std::string_view discussionPrompt(std::string_view tip);

}  // namespace saqbol
