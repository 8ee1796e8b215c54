// SPDX-License-Identifier: MIT
#include "scenario.h"

#include <array>
#include <cmath>
#include <cstdio>

#include "tips.h"

namespace saqbol {

std::string valueToString(const Value& value) {
    if (const bool* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    if (const double* d = std::get_if<double>(&value)) {
        if (std::isfinite(*d) && std::floor(*d) == *d && std::fabs(*d) < 1e15)
            return std::to_string(static_cast<long long>(*d));
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.14g", *d);
        return buffer;
    }
    return std::get<std::string>(value);
}

const char* valueTypeName(const Value& value) {
    switch (value.index()) {
        case 0: return "boolean";
        case 1: return "number";
        default: return "string";
    }
}

namespace {
constexpr std::array kVerdicts = {"safe", "risky", "harmful", "neutral"};
constexpr std::array kOutcomes = {"safe", "recovered", "loss", "legal"};
constexpr std::array kAudiences = {"child", "teen", "adult", "parent"};
constexpr std::array kEventKinds = {"narrate", "sms", "call", "say", "chat",
                                    "web", "ad", "game", "bank", "notify"};
constexpr std::array kActions = {"answer", "decline", "hang_up", "tap_link", "pay",
                                 "type_code", "block", "report", "install"};

template <typename Enum, std::size_t N>
std::optional<Enum> parseNamed(const std::array<const char*, N>& names, std::string_view text) {
    for (std::size_t i = 0; i < N; ++i)
        if (text == names[i]) return static_cast<Enum>(i);
    return std::nullopt;
}
}  // namespace

const char* nameOf(Verdict verdict) { return kVerdicts[static_cast<std::size_t>(verdict)]; }
const char* nameOf(Outcome outcome) { return kOutcomes[static_cast<std::size_t>(outcome)]; }
const char* nameOf(Audience audience) { return kAudiences[static_cast<std::size_t>(audience)]; }
const char* nameOf(EventKind kind) { return kEventKinds[static_cast<std::size_t>(kind)]; }
std::optional<Verdict> parseVerdict(std::string_view t) { return parseNamed<Verdict>(kVerdicts, t); }
std::optional<Outcome> parseOutcome(std::string_view t) { return parseNamed<Outcome>(kOutcomes, t); }
std::optional<Audience> parseAudience(std::string_view t) { return parseNamed<Audience>(kAudiences, t); }

std::optional<double> verdictScore(Verdict verdict) {
    switch (verdict) {
        case Verdict::Safe: return 1.0;
        case Verdict::Risky: return 0.5;
        case Verdict::Harmful: return 0.0;
        case Verdict::Neutral: return std::nullopt;
    }
    return std::nullopt;
}

bool isValidAction(std::string_view action) {
    constexpr std::string_view kDial = "dial:";
    if (action.substr(0, kDial.size()) == kDial) {
        std::string_view number = action.substr(kDial.size());
        if (number.empty()) return false;
        for (char c : number)
            if (!(c == '+' || c == ' ' || (c >= '0' && c <= '9'))) return false;
        return true;
    }
    for (const char* name : kActions)
        if (action == name) return true;
    return false;
}

std::string actionList() {
    std::string out = "answer, decline, hang_up, dial:NUMBER";
    for (const char* name : kActions) {
        std::string_view n = name;
        if (n == "answer" || n == "decline" || n == "hang_up") continue;
        out += ", ";
        out += name;
    }
    return out;
}

const Choice* Node::findChoice(std::string_view choice_id) const {
    for (const Choice& choice : choices)
        if (choice.id == choice_id) return &choice;
    return nullptr;
}

void Scenario::reindex() {
    index_.clear();
    for (std::size_t i = 0; i < nodes.size(); ++i) index_.emplace(nodes[i].id, i);
    first_choice_.clear();
    choice_refs_.clear();
    first_choice_.reserve(nodes.size() + 1);
    std::size_t choices = 0;
    for (const Node& node : nodes) choices += node.choices.size();
    choice_refs_.reserve(choices);
    for (const Node& node : nodes) {
        first_choice_.push_back(static_cast<std::uint32_t>(choice_refs_.size()));
        for (const Choice& choice : node.choices) {
            const auto target = index_.find(std::string_view(choice.go));
            const TipInfo* tip = findTip(choice.tip);
            choice_refs_.push_back(
                {target == index_.end() ? kNoNode : static_cast<std::uint32_t>(target->second),
                 static_cast<std::int16_t>(tip == nullptr ? -1 : tip - allTips().data()), choice.verdict});
        }
    }
    first_choice_.push_back(static_cast<std::uint32_t>(choice_refs_.size()));
}

const Node* Scenario::findNode(std::string_view node_id) const {
    auto it = index_.find(node_id);
    return it == index_.end() ? nullptr : &nodes[it->second];
}

const Contact* Scenario::findContact(std::string_view contact_id) const {
    for (const Contact& contact : contacts)
        if (contact.id == contact_id) return &contact;
    return nullptr;
}

std::vector<const Node*> Scenario::endings() const {
    std::vector<const Node*> out;
    for (const Node& node : nodes)
        if (node.is_ending) out.push_back(&node);
    return out;
}

}  // namespace saqbol
