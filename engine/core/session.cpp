// SPDX-License-Identifier: MIT
#include "session.h"

#include <map>
#include <stdexcept>

#include "tips.h"

namespace saqbol {

std::vector<TipScore> scoreHistory(const std::vector<Decision>& history) {
    std::map<std::string, std::pair<int, double>> sums;  // tip -> (count, total)
    for (const Decision& decision : history) {
        std::optional<double> points = verdictScore(decision.verdict);
        if (!points || decision.tip.empty()) continue;
        auto& [count, total] = sums[decision.tip];
        ++count;
        total += *points;
    }
    std::vector<TipScore> out;
    for (const TipInfo& tip : allTips()) {
        auto it = sums.find(std::string(tip.id));
        if (tip.kind == TipKind::Rule && it == sums.end()) continue;
        TipScore score{std::string(tip.id), 0, 0.0};
        if (it != sums.end()) {
            score.decisions = it->second.first;
            score.mastery = it->second.second / it->second.first;
        }
        out.push_back(score);
    }
    return out;
}

Session::Session(const Scenario& scenario, ScriptHooks* hooks) : Session(scenario, hooks, scenario.start) {}

Session::Session(const Scenario& scenario, ScriptHooks* hooks, std::string_view start)
    : scenario_(&scenario), hooks_(hooks), node_(scenario.findNode(start)), vars_(scenario.vars) {
    if (node_ == nullptr)
        throw std::invalid_argument("scenario '" + scenario.id + "' has no node '" + std::string(start) +
                                    "' to start at");
}

bool conditionHolds(const Condition& condition, const Variables& vars, ScriptHooks* hooks) {
    for (const auto& [name, expected] : condition.equals) {
        auto it = vars.find(name);
        if (it == vars.end() || it->second != expected) return false;
    }
    if (condition.script == 0) return true;
    if (hooks == nullptr) return false;
    // A failing condition hides its choice; the hook has reported why.
    return hooks->condition(condition.script, vars).value_or(false);
}

std::vector<const Choice*> Session::shownChoices() const {
    std::vector<const Choice*> out;
    for (const Choice& choice : node_->choices)
        if (conditionHolds(choice.when, vars_, hooks_)) out.push_back(&choice);
    return out;
}

bool applyDeclaredEffect(const Effect& effect, Variables& vars) {
    for (const auto& [name, value] : effect.set) {
        auto it = vars.find(name);
        if (it == vars.end() || it->second.index() != value.index()) return false;
        it->second = value;
    }
    for (const auto& [name, amount] : effect.add) {
        auto it = vars.find(name);
        if (it == vars.end() || !std::holds_alternative<double>(it->second)) return false;
        it->second = std::get<double>(it->second) + amount;
    }
    return true;
}

Session::Result Session::choose(std::string_view choice_id) {
    if (ended()) return Result::Ended;
    const Choice* chosen = nullptr;
    for (const Choice* choice : shownChoices())
        if (choice->id == choice_id) chosen = choice;
    if (chosen == nullptr) return Result::NotShown;
    const Node* next = scenario_->findNode(chosen->go);
    if (next == nullptr) return Result::MissingTarget;

    // Effects apply all together or not at all: a failing script leaves the variables
    // as they were, and the story still moves on.
    Variables before = vars_;
    Variables changed = vars_;
    bool ok = applyDeclaredEffect(chosen->effect, changed);
    if (ok && chosen->effect.script != 0 && hooks_ != nullptr)
        ok = hooks_->effect(chosen->effect.script, changed);
    if (ok) vars_ = std::move(changed);

    history_.push_back({node_->id, chosen->id, chosen->verdict, chosen->tip, std::move(before)});
    node_ = next;
    return Result::Ok;
}

}  // namespace saqbol
