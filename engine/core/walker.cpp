// SPDX-License-Identifier: MIT
#include "walker.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace saqbol {
namespace {

// Two values are the same state when equal; NaN (a script's 0/0) equals NaN here, so a
// story that keeps a NaN still closes its cycles.
bool sameValue(const Value& a, const Value& b) {
    if (a.index() != b.index()) return false;
    if (const double* x = std::get_if<double>(&a)) {
        const double y = std::get<double>(b);
        return *x == y || (std::isnan(*x) && std::isnan(y));
    }
    return a == b;
}

bool sameVars(const Variables& a, const Variables& b) {
    if (a.size() != b.size()) return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
        if (i->first != j->first || !sameValue(i->second, j->second)) return false;
    return true;
}

std::size_t mix(std::size_t seed, std::size_t value) {
    return seed ^ (value + 0x9e3779b97f4a7c15ull + (seed << 6) + (seed >> 2));
}

// The names are left out: a story's states nearly all have the same names (its declared
// variables), and hashing them was a tenth of the walk; sameVars() compares them.
std::size_t hashVars(const Variables& vars) {
    std::size_t h = vars.size();
    for (const auto& [name, value] : vars) {
        h = mix(h, value.index());
        if (const bool* b = std::get_if<bool>(&value))
            h = mix(h, *b ? 1 : 2);
        else if (const double* d = std::get_if<double>(&value))
            h = mix(h, std::isnan(*d) ? 3 : std::hash<double>{}(*d));
        else
            h = mix(h, std::hash<std::string>{}(std::get<std::string>(value)));
    }
    return h;
}

// What a declared effect or condition does, spelled out into `key` (a buffer reused from
// choice to choice), so that equal ones on different choices (a story sets and tests the
// same flag in many places) are known to be the same.
void putText(std::string& key, const std::string& text) {
    const auto size = static_cast<std::uint32_t>(text.size());  // its length first, as 4 bytes
    key.append(reinterpret_cast<const char*>(&size), sizeof size);
    key += text;
}

void putValues(std::string& key, char kind, const std::vector<std::pair<std::string, Value>>& pairs) {
    for (const auto& [name, value] : pairs) {
        key += kind;
        putText(key, name);
        key += static_cast<char>('0' + value.index());
        if (const bool* b = std::get_if<bool>(&value)) key += *b ? '1' : '0';
        else if (const double* d = std::get_if<double>(&value)) key.append(reinterpret_cast<const char*>(d), sizeof *d);
        else putText(key, std::get<std::string>(value));
    }
}

void effectKey(const Effect& effect, std::string& key) {
    key.clear();
    putValues(key, 's', effect.set);
    for (const auto& [name, amount] : effect.add) {
        key += 'a';
        putText(key, name);
        key.append(reinterpret_cast<const char*>(&amount), sizeof amount);
    }
}

void conditionKey(const Condition& condition, std::string& key) {
    key.clear();
    putValues(key, 'e', condition.equals);
}

// Equal keys get one number, from 0 up.
class Numbering {
public:
    std::uint32_t of(const std::string& key) {
        if (auto it = numbers_.find(key); it != numbers_.end()) return it->second;
        return numbers_.emplace(key, static_cast<std::uint32_t>(numbers_.size())).first->second;
    }

private:
    std::unordered_map<std::string, std::uint32_t> numbers_;
};

std::uint64_t pairKey(std::uint32_t high, std::uint32_t low) { return static_cast<std::uint64_t>(high) << 32 | low; }

// (node, variables) -> state: one array of state numbers (open addressing, linear probing),
// the key read back from the state. No allocation per entry, as std::unordered_map makes,
// 4 bytes a slot, and sized for the story at the start: where a page's first touch costs a
// page fault of about 12 µs (the virtual machines we measure on, docs/performance.md), the
// map's nodes and a regrown table were most of the walk's time.
class StateIndex {
public:
    StateIndex(const std::vector<StateGraph::State>& states, std::size_t expected) : states_(states) {
        std::size_t size = 1024;
        while (size < expected * 2) size *= 2;
        slots_.assign(size, StateGraph::kNone);
        mask_ = size - 1;
    }
    std::uint32_t find(std::uint32_t node, std::uint32_t vars) const {
        for (std::size_t i = slotOf(node, vars);; i = (i + 1) & mask_) {
            const std::uint32_t state = slots_[i];
            if (state == StateGraph::kNone) return StateGraph::kNone;
            if (states_[state].node == node && states_[state].vars == vars) return state;
        }
    }
    void insert(std::uint32_t state) {  // states[state] is there, and not yet in the index
        if ((++size_) * 2 > slots_.size()) {
            std::vector<std::uint32_t> old = std::move(slots_);
            slots_.assign(old.size() * 2, StateGraph::kNone);
            mask_ = slots_.size() - 1;
            for (const std::uint32_t s : old)
                if (s != StateGraph::kNone) place(s);
        }
        place(state);
    }

private:
    std::size_t slotOf(std::uint32_t node, std::uint32_t vars) const {
        return static_cast<std::size_t>((pairKey(node, vars) * 0x9e3779b97f4a7c15ull) >> 32) & mask_;
    }
    void place(std::uint32_t state) {
        std::size_t i = slotOf(states_[state].node, states_[state].vars);
        while (slots_[i] != StateGraph::kNone) i = (i + 1) & mask_;
        slots_[i] = state;
    }

    const std::vector<StateGraph::State>& states_;
    std::vector<std::uint32_t> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

// Distinct variable sets, each stored once and named by its index.
class VarsTable {
public:
    explicit VarsTable(std::deque<Variables>& store) : store_(store) {}

    std::uint32_t intern(Variables&& vars) {
        const std::size_t h = hashVars(vars);
        auto [it, fresh] = first_.try_emplace(h, static_cast<std::uint32_t>(store_.size()));
        if (!fresh) {
            std::uint32_t id = it->second;
            for (;;) {
                if (sameVars(store_[id], vars)) return id;
                if (next_[id] == StateGraph::kNone) break;
                id = next_[id];
            }
            next_[id] = static_cast<std::uint32_t>(store_.size());  // chain the newcomer
        }
        next_.push_back(StateGraph::kNone);
        store_.push_back(std::move(vars));
        return static_cast<std::uint32_t>(store_.size() - 1);
    }

private:
    std::deque<Variables>& store_;
    std::unordered_map<std::size_t, std::uint32_t> first_;  // hash -> first id with it
    std::vector<std::uint32_t> next_;                       // id -> next id with the same hash
};

}  // namespace

std::vector<int> StateGraph::choicesTo(std::uint32_t state) const {
    std::vector<int> path;
    for (std::uint32_t s = state; states[s].parent != kNone; s = states[s].parent)
        path.push_back(static_cast<int>(states[s].via));
    std::reverse(path.begin(), path.end());
    return path;
}

StateGraph buildStateGraph(const Scenario& scenario, ScriptHooks* hooks, std::size_t max_states) {
    if (!scenario.indexed()) throw std::logic_error("buildStateGraph: Scenario::reindex() was not called");
    StateGraph graph;
    const Node* start = scenario.findNode(scenario.start);
    if (start == nullptr || max_states == 0) {
        graph.first_edge.push_back(0);
        return graph;
    }
    // Per choice (numbered as Scenario::firstChoice), worked out when a state of its node
    // is first taken: its effect's number when the effect is declared (set/add, no
    // script), its condition's number when the condition is declared (equals, no script);
    // kNothing when there is none, kScripted when a script takes part. Declared effects
    // and conditions are functions of the variables alone, and equal ones get one number,
    // so each is worked out once per set of variables and then looked up: applying copies
    // the variables (a map of strings), and testing compares strings.
    constexpr std::uint32_t kNothing = StateGraph::kNone - 1, kScripted = StateGraph::kNone;
    const std::uint32_t choice_count = scenario.firstChoice(scenario.nodes.size());
    std::vector<std::uint32_t> effect_of(choice_count), condition_of(choice_count);
    std::vector<char> numbered(scenario.nodes.size(), 0);
    Numbering effects, conditions;
    std::string key;
    auto numberChoices = [&](std::uint32_t n) {
        numbered[n] = 1;
        std::uint32_t number = scenario.firstChoice(n);
        for (const Choice& choice : scenario.nodes[n].choices) {
            const Effect& effect = choice.effect;
            if (effect.script != 0) {
                effect_of[number] = kScripted;
            } else if (effect.set.empty() && effect.add.empty()) {
                effect_of[number] = kNothing;
            } else {
                effectKey(effect, key);
                effect_of[number] = effects.of(key);
            }
            if (choice.when.script != 0) {
                condition_of[number] = kScripted;
            } else if (choice.when.equals.empty()) {
                condition_of[number] = kNothing;
            } else {
                conditionKey(choice.when, key);
                condition_of[number] = conditions.of(key);
            }
            ++number;
        }
    };
    std::unordered_map<std::uint64_t, std::uint32_t> applied;  // effect << 32 | vars -> vars
    std::unordered_map<std::uint64_t, bool> holds;             // condition << 32 | vars -> shown

    // Room for a few states per node (a story's flags), so that the arrays rarely grow:
    // growing copies them into fresh pages. Room never written is never faulted in.
    const std::size_t expected = std::min(max_states, 4 * scenario.nodes.size());
    graph.states.reserve(expected);
    graph.edges.reserve(expected * choice_count / std::max<std::size_t>(scenario.nodes.size(), 1) + 1);
    graph.first_edge.reserve(expected + 1);
    VarsTable table(graph.vars);
    StateIndex index(graph.states, std::min(max_states, 2 * scenario.nodes.size()));
    auto stateOf = [&](std::uint32_t node, std::uint32_t vars, std::uint32_t parent, std::uint32_t via) {
        if (const std::uint32_t known = index.find(node, vars); known != StateGraph::kNone) return known;
        if (graph.states.size() >= max_states) {
            graph.capped = true;
            return StateGraph::kNone;
        }
        const auto id = static_cast<std::uint32_t>(graph.states.size());
        graph.states.push_back({node, vars, parent, via, 0, false});
        index.insert(id);
        return id;
    };
    stateOf(static_cast<std::uint32_t>(start - scenario.nodes.data()), table.intern(Variables(scenario.vars)),
            StateGraph::kNone, 0);

    graph.first_edge.push_back(0);
    for (std::uint32_t s = 0; s < graph.states.size(); ++s) {  // the vector is the queue
        const std::uint32_t node_index = graph.states[s].node;
        const std::uint32_t vars_index = graph.states[s].vars;
        if (!numbered[node_index]) numberChoices(node_index);
        const std::uint32_t first = scenario.firstChoice(node_index);
        const std::uint32_t count = scenario.firstChoice(node_index + 1) - first;
        std::uint32_t shown = 0;
        for (std::uint32_t c = 0; c < count; ++c) {
            // The choice itself is read only when a script takes part or a declared
            // effect or condition meets a set of variables for the first time.
            const Choice* choice = nullptr;
            auto theChoice = [&]() -> const Choice& {
                if (choice == nullptr) choice = &scenario.nodes[node_index].choices[c];
                return *choice;
            };
            if (const std::uint32_t condition = condition_of[first + c]; condition == kScripted) {
                if (!conditionHolds(theChoice().when, graph.vars[vars_index], hooks)) continue;
            } else if (condition != kNothing) {
                const std::uint64_t pair = pairKey(condition, vars_index);
                auto known = holds.find(pair);
                if (known == holds.end())
                    known =
                        holds.emplace(pair, conditionHolds(theChoice().when, graph.vars[vars_index], hooks))
                            .first;
                if (!known->second) continue;
            }
            ++shown;
            const std::uint32_t target = scenario.choiceRef(first + c).target;
            if (target == Scenario::kNoNode) continue;
            std::uint32_t next_vars = vars_index;
            if (const std::uint32_t effect = effect_of[first + c]; effect != kNothing) {
                const std::uint64_t pair = pairKey(effect, vars_index);
                if (auto known = effect != kScripted ? applied.find(pair) : applied.end();
                    known != applied.end()) {
                    next_vars = known->second;
                } else {
                    // All or nothing, as Session::choose: a failing effect leaves the variables.
                    Variables changed = graph.vars[vars_index];
                    bool ok = applyDeclaredEffect(theChoice().effect, changed);
                    if (ok && theChoice().effect.script != 0 && hooks != nullptr)
                        ok = hooks->effect(theChoice().effect.script, changed);
                    if (ok) next_vars = table.intern(std::move(changed));
                    if (effect != kScripted) applied.emplace(pair, next_vars);
                }
            }
            const std::uint32_t to = stateOf(target, next_vars, s, shown);
            if (to == StateGraph::kNone) {
                graph.states[s].truncated = true;
                continue;
            }
            graph.edges.push_back({to, c});
        }
        graph.states[s].shown = shown;
        graph.first_edge.push_back(static_cast<std::uint32_t>(graph.edges.size()));
    }
    return graph;
}

WalkResult walkScenario(const Scenario& scenario, ScriptHooks* hooks, std::size_t max_states) {
    const StateGraph graph = buildStateGraph(scenario, hooks, max_states);
    WalkResult result;
    result.states = graph.states.size();
    result.capped = graph.capped;
    std::set<std::string> visited, dead;
    for (std::uint32_t s = 0; s < graph.states.size(); ++s) {
        const Node& node = scenario.nodes[graph.states[s].node];
        visited.insert(node.id);
        if (node.is_ending)
            result.reached.try_emplace(node.id, graph.choicesTo(s));  // BFS: the first is the shortest
        else if (graph.states[s].shown == 0)
            dead.insert(node.id);
    }
    result.dead_ends.assign(dead.begin(), dead.end());
    result.visited.assign(visited.begin(), visited.end());
    return result;
}

}  // namespace saqbol
