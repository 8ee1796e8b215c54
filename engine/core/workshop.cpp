// SPDX-License-Identifier: MIT
// A workshop's room votes (workshop.h): leaders, the tally per tip, the discussion prompts.
#include "workshop.h"

#include <algorithm>
#include <map>

#include "tips.h"
#include "ui_text.h"

namespace saqbol {

int RoomVote::total() const {
    int sum = 0;
    for (int v : votes) sum += v;
    return sum;
}

std::vector<int> RoomVote::leaders() const {
    std::vector<int> out;
    const int most = votes.empty() ? 0 : *std::max_element(votes.begin(), votes.end());
    for (std::size_t i = 0; i < votes.size(); ++i)
        if (votes[i] == most) out.push_back(static_cast<int>(i));
    return out;
}

std::vector<RoomTip> roomTips(const Scenario& scenario, const std::vector<RoomVote>& votes) {
    std::map<std::string, RoomTip, std::less<>> by_tip;
    for (const RoomVote& vote : votes) {
        const Node* node = scenario.findNode(vote.node);
        if (node == nullptr) continue;
        for (std::size_t i = 0; i < vote.choices.size() && i < vote.votes.size(); ++i) {
            const auto choice = std::find_if(node->choices.begin(), node->choices.end(),
                                             [&](const Choice& c) { return c.id == vote.choices[i]; });
            if (choice == node->choices.end() || choice->tip.empty() || choice->verdict == Verdict::Neutral) continue;
            RoomTip& tip = by_tip[choice->tip];
            tip.tip = choice->tip;
            tip.scored += vote.votes[i];
            if (choice->verdict == Verdict::Safe) tip.safe += vote.votes[i];
        }
    }
    // The scenario's tips first, in the cyberpolice's order, even when nobody voted on them;
    // then any other tip a voted choice named.
    std::vector<RoomTip> out;
    for (const TipInfo& info : allTips()) {
        const bool trained = std::find(scenario.tips.begin(), scenario.tips.end(), info.id) != scenario.tips.end();
        const auto found = by_tip.find(info.id);
        if (found != by_tip.end()) {
            out.push_back(found->second);
            by_tip.erase(found);
        } else if (trained) {
            out.push_back(RoomTip{std::string(info.id)});
        }
    }
    for (auto& [id, tip] : by_tip) out.push_back(tip);
    return out;
}

std::vector<RoomTip> roomQuizTips(const std::vector<RoomQuizVote>& votes) {
    std::vector<RoomTip> out;
    for (const TipInfo& info : allTips()) {
        RoomTip tip{std::string(info.id)};
        bool met = false;
        for (const RoomQuizVote& vote : votes)
            if (vote.tip == info.id) {
                met = true;
                tip.safe += vote.right();
                tip.scored += vote.total();
            }
        if (met) out.push_back(tip);
    }
    return out;
}

std::string momentTip(const Node& node) {
    for (const Choice& c : node.choices)
        if (c.verdict == Verdict::Safe && !c.tip.empty()) return c.tip;
    for (const Choice& c : node.choices)
        if (!c.tip.empty()) return c.tip;
    return "";
}

std::string_view discussionPrompt(std::string_view tip) {
    struct Prompt {
        std::string_view tip, text;
    };
    static constexpr Prompt kPrompts[] = {
        {"codes", N_("Has anyone here been asked for a code from an SMS? Who asked, and what made it sound urgent?")},
        {"personal_data", N_("Which of your details could a stranger misuse: your ID number, your card, your address? Who really needs them?")},
        {"licensed_brokers", N_("Where would you check that a company may take investments? What promise gives a scheme away?")},
        {"no_prepayment", N_("Has anyone paid for goods before seeing them? How do you tell a real shop from a page that only takes money?")},
        {"links", N_("How can you tell where a link really leads? Where would you go instead of tapping it?")},
        {"damage_control", N_("If this has already happened to someone you know, what should they do first, and whom should they call?")},
        {"strangers", N_("Whom do we meet online without knowing who they are? What should never go to such a person?")},
        {"privacy", N_("What do your public profiles tell a stranger about you? What would you hide?")},
        {"tell_adult", N_("Which adult would you tell? What makes it hard to tell someone, and why is it still worth it?")},
        {"remote_apps", N_("Why would a caller want you to install an app? What could that app do on your phone?")},
        {"parental_control", N_("Which settings on a child's phone or game account would have stopped this?")},
        {"street_forms", N_("Have you been asked to fill in a form in the street? What did it ask for, and where could those details end up?")},
        {"law", N_("Who answers to the law here? What could it cost the person who went along with it?")},
    };
    for (const Prompt& p : kPrompts)
        if (p.tip == tip) return p.text;
    return N_("What made this moment convincing? What would you say or do if it happened to you?");
}

}  // namespace saqbol
