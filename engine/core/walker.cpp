// SPDX-License-Identifier: MIT
#include "walker.h"

#include <deque>
#include <set>

namespace saqbol {
namespace {

std::string stateKey(const Session& session) {
    std::string key = session.node().id;
    for (const auto& [name, value] : session.vars()) {
        key += '\x1f';
        key += name;
        key += '=';
        key += valueToString(value);
    }
    return key;
}

struct Pending {
    Session session;
    std::vector<int> path;
};

}  // namespace

WalkResult walkScenario(const Scenario& scenario, ScriptHooks* hooks, std::size_t max_states) {
    WalkResult result;
    std::set<std::string> seen;
    std::set<std::string> visited;
    std::set<std::string> dead;
    std::deque<Pending> queue;
    queue.push_back({Session(scenario, hooks), {}});
    seen.insert(stateKey(queue.front().session));

    while (!queue.empty()) {
        Pending current = std::move(queue.front());
        queue.pop_front();
        ++result.states;
        const Node& node = current.session.node();
        visited.insert(node.id);
        if (node.is_ending) {
            result.reached.emplace(node.id, current.path);  // BFS: the first is the shortest
            continue;
        }
        std::vector<const Choice*> shown = current.session.shownChoices();
        if (shown.empty()) dead.insert(node.id);
        for (std::size_t i = 0; i < shown.size(); ++i) {
            Pending next{current.session, current.path};
            if (next.session.choose(shown[i]->id) != Session::Result::Ok) continue;
            next.path.push_back(static_cast<int>(i + 1));
            if (!seen.insert(stateKey(next.session)).second) continue;
            if (seen.size() > max_states) {
                result.capped = true;
                continue;
            }
            queue.push_back(std::move(next));
        }
    }
    result.dead_ends.assign(dead.begin(), dead.end());
    result.visited.assign(visited.begin(), visited.end());
    return result;
}

}  // namespace saqbol
