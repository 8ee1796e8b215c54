// SPDX-License-Identifier: MIT
// The session: one play of one scenario. A state machine driven by the player's choice —
// current node, variables, history of decisions — and the per-tip score. Data in, data
// out: no clock, no disk, no screen. Lua conditions and effects are reached through the
// ScriptHooks interface, so the session runs (and is tested) without Lua.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario.h"

namespace saqbol {

// Runs a scenario's script functions. Implementations report their own errors to their
// ProblemSink; the session only learns that the call failed.
class ScriptHooks {
public:
    virtual ~ScriptHooks() = default;
    // The condition's verdict, or nullopt if the function failed.
    virtual std::optional<bool> condition(int script, const Variables& vars) = 0;
    // Applies the effect to `vars`; on failure returns false and leaves `vars` as it was.
    virtual bool effect(int script, Variables& vars) = 0;
};

// One decision the player made.
struct Decision {
    std::string node;
    std::string choice;
    Verdict verdict = Verdict::Neutral;
    std::string tip;
    Variables vars = {};  // the variables at this node before the choice's effect (what its texts said)
};

// How the player stands on one tip or rule.
struct TipScore {
    std::string tip;
    int decisions = 0;     // how many scored decisions exercised it
    double mastery = 0.0;  // mean of safe 1, risky 0.5, harmful 0; meaningful when decisions > 0
};

// The per-tip score of a history: the five tips always, extra rules when exercised.
std::vector<TipScore> scoreHistory(const std::vector<Decision>& history);

class Session {
public:
    // Starts at the scenario's start node. `hooks` may be null for scenarios without
    // script functions. The scenario must outlive the session.
    Session(const Scenario& scenario, ScriptHooks* hooks);
    // Starts at node `start` instead, with the starting variables and no history (a quiz
    // item shown on its own). Throws std::invalid_argument when there is no such node.
    Session(const Scenario& scenario, ScriptHooks* hooks, std::string_view start);

    const Scenario& scenario() const { return *scenario_; }
    const Node& node() const { return *node_; }
    bool ended() const { return node_->is_ending; }
    const Variables& vars() const { return vars_; }
    const std::vector<Decision>& history() const { return history_; }
    std::vector<TipScore> score() const { return scoreHistory(history_); }

    // The choices shown now, in the order written (conditions evaluated).
    std::vector<const Choice*> shownChoices() const;

    enum class Result { Ok, Ended, NotShown, MissingTarget };
    // Takes the shown choice with this id: applies its effect, records the decision, moves on.
    Result choose(std::string_view choice_id);

private:

    const Scenario* scenario_;
    ScriptHooks* hooks_;
    const Node* node_;
    Variables vars_;
    std::vector<Decision> history_;
};

// The rule for `when`: every declared pair matches `vars`, and the function, if any, returns
// true through `hooks` (none: false); a failing function hides the choice. The session and
// the walker both decide by it.
bool conditionHolds(const Condition& condition, const Variables& vars, ScriptHooks* hooks);

// Applies `set` and `add` of an effect (no script); returns false on a type mismatch.
bool applyDeclaredEffect(const Effect& effect, Variables& vars);

}  // namespace saqbol
