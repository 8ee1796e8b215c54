// SPDX-License-Identifier: MIT
// Sections: ids · tips, contacts, variables · nodes and choices · reachability (with the
// cascade rule of validate.h) · helpers.
#include "validate.h"

#include <algorithm>
#include <map>
#include <set>

#include "codes.h"
#include "tips.h"

namespace saqbol {
namespace {

std::string listed(const std::vector<std::string>& names, std::size_t most = 12) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i == most) {
            out += ", … (" + std::to_string(names.size() - most) + " more)";
            break;
        }
        out += (i > 0 ? ", " : "") + names[i];
    }
    return out;
}

class Checker {
public:
    Checker(const Scenario& scenario, const FieldLines& lines) : s_(scenario), lines_(lines) {}

    std::vector<Problem> run() {
        for (const Node& node : s_.nodes) ids_.push_back(node.id);
        if (s_.findNode(s_.start) == nullptr && !s_.start.empty())
            error(at("scenario", "", s_.line, "start"), codes::kMissingTarget,
                  "start node '" + s_.start + "' does not exist" + targetHint(s_.start));
        checkIds();
        for (std::size_t i = 0; i < s_.tips.size(); ++i)
            checkTip(at("scenario", "", s_.line, "tips.[" + std::to_string(i + 1) + "]"), s_.tips[i], "tips");
        for (const Node& node : s_.nodes) checkNode(node);
        checkReachable();
        std::stable_sort(problems_.begin(), problems_.end(),
                         [](const Problem& a, const Problem& b) { return a.line < b.line; });
        return std::move(problems_);
    }

private:
    void error(int line, const char* code, std::string message) {
        problems_.push_back({s_.file, line, code, Severity::Error, std::move(message)});
    }
    void warning(int line, const char* code, std::string message) {
        problems_.push_back({s_.file, line, code, Severity::Warning, std::move(message)});
    }

    // The line of `path` in the table `kind "id"` written on `line`, or `line`.
    int at(std::string_view kind, std::string_view id, int line, const std::string& path) const {
        if (!lines_) return line;
        const int found = lines_(kind, id, line, path);
        return found > 0 ? found : line;
    }
    int at(const Choice& choice, const std::string& path) const { return at("choice", choice.id, choice.line, path); }

    // "; did you mean 'x'?" for a near miss, else the list of node ids.
    std::string targetHint(const std::string& target) const {
        const std::string close = closestName(target, ids_);
        if (!close.empty()) return "; did you mean '" + close + "'?";
        return "; nodes and endings are: " + listed(ids_);
    }

    // ------------------------------------------------------------------------ ids

    void checkIds() {
        std::map<std::string, int> seen;
        for (const Node& node : s_.nodes) {
            if (!isValidId(node.id))
                error(node.line, codes::kBadId,
                      (node.is_ending ? "ending id '" : "node id '") + node.id +
                          "' must be lower-case letters, digits and _");
            if (auto [it, fresh] = seen.emplace(node.id, node.line); !fresh)
                error(node.line, codes::kDuplicateId,
                      "node id '" + node.id + "' is used twice (first on line " + std::to_string(it->second) +
                          "); give this one another id");
        }
    }

    // ------------------------------------------------------------------------ tips, contacts, variables

    void checkTip(int line, const std::string& tip, const std::string& where) {
        if (findTip(tip) != nullptr) return;
        std::vector<std::string> all;
        for (const TipInfo& t : allTips()) all.emplace_back(t.id);
        const std::string close = closestName(tip, all);
        error(line, codes::kUnknownTip,
              "unknown tip '" + tip + "' in " + where + (close.empty() ? "" : " (did you mean '" + close + "'?)") +
                  ", expected one of: " + tipIdList());
    }

    void checkContact(const Node& node, const Event& event) {
        if (event.who.empty() || event.who == "me") return;
        if (s_.findContact(event.who) != nullptr) return;
        std::vector<std::string> declared;
        for (const Contact& c : s_.contacts) declared.push_back(c.id);
        const char* field = event.kind == EventKind::Say ? "[1]" : event.outgoing ? "to" : "from";
        const std::string close = closestName(event.who, declared);
        error(at(nameOf(event.kind), "", event.line, field), codes::kUnknownContact,
              std::string(nameOf(event.kind)) + " in '" + node.id + "' names contact '" + event.who +
                  "', which is not in `contacts`" +
                  (close.empty() ? "; contacts are: " + (declared.empty() ? std::string("none") : listed(declared))
                                 : "; did you mean '" + close + "'?"));
    }

    void checkVar(int line, const std::string& name, const Value* value, bool needs_number) {
        auto it = s_.vars.find(name);
        if (it == s_.vars.end()) {
            std::vector<std::string> declared;
            for (const auto& [n, v] : s_.vars) declared.push_back(n);
            const std::string close = closestName(name, declared);
            error(line, codes::kVariable,
                  "unknown variable '" + name + "'" + (close.empty() ? "" : " (did you mean '" + close + "'?)") +
                      "; declared in `vars`: " + (declared.empty() ? "none" : listed(declared)));
            return;
        }
        if (needs_number && !std::holds_alternative<double>(it->second))
            error(line, codes::kVariable,
                  "`add` needs a number, but '" + name + "' is a " + valueTypeName(it->second));
        if (value != nullptr && value->index() != it->second.index())
            error(line, codes::kVariable,
                  "'" + name + "' is a " + valueTypeName(it->second) + ", not a " + valueTypeName(*value));
    }

    // ------------------------------------------------------------------------ nodes and choices

    void checkNode(const Node& node) {
        for (const Event& event : node.events) checkContact(node, event);
        if (node.is_ending) {
            if (node.title.empty())
                error(node.line, codes::kEndingLacks, "ending '" + node.id + "' has no `title` (a short headline)");
            if (node.debrief.empty())
                error(node.line, codes::kEndingLacks,
                      "ending '" + node.id + "' has no `debrief` (what happened and what to do now)");
            return;
        }
        if (node.choices.empty())
            error(node.line, codes::kDeadEnd,
                  "node '" + node.id + "' is not an ending and offers no choice; add a choice, or make it an ending");
        std::map<std::string, int> ids;
        for (const Choice& choice : node.choices) {
            if (!isValidId(choice.id))
                error(choice.line, codes::kBadId,
                      "choice id '" + choice.id + "' must be lower-case letters, digits and _");
            if (auto [it, fresh] = ids.emplace(choice.id, choice.line); !fresh)
                error(choice.line, codes::kDuplicateId,
                      "choice id '" + choice.id + "' is used twice in node '" + node.id + "' (first on line " +
                          std::to_string(it->second) + "); results name a choice as " + node.id + "/" + choice.id);
            if (s_.findNode(choice.go) == nullptr && !choice.go.empty())
                error(at(choice, "go"), codes::kMissingTarget,
                      "choice '" + choice.id + "' goes to '" + choice.go + "', which does not exist" +
                          targetHint(choice.go));
            if (choice.verdict != Verdict::Neutral) {
                if (choice.tip.empty())
                    error(choice.line, codes::kChoiceLacks,
                          "choice '" + choice.id + "' is " + nameOf(choice.verdict) +
                              " but names no `tip`, expected one of: " + tipIdList());
                if (choice.why.empty())
                    error(choice.line, codes::kChoiceLacks,
                          "choice '" + choice.id + "' is " + nameOf(choice.verdict) +
                              " but has no `why` for the debrief");
            }
            if (!choice.tip.empty()) checkTip(at(choice, "tip"), choice.tip, "choice '" + choice.id + "'");
            if (!choice.action.empty() && !isValidAction(choice.action))
                error(at(choice, "action"), codes::kInvalidAction,
                      "invalid action '" + choice.action + "', expected one of: " + actionList());
            for (const auto& [name, value] : choice.effect.set) checkVar(at(choice, "set." + name), name, &value, false);
            for (const auto& [name, amount] : choice.effect.add) checkVar(at(choice, "add." + name), name, nullptr, true);
            for (const auto& [name, value] : choice.when.equals)
                checkVar(at(choice, "when." + name), name, &value, false);
        }
        bool any_safe = std::any_of(node.choices.begin(), node.choices.end(),
                                    [](const Choice& c) { return c.verdict != Verdict::Harmful; });
        if (!node.choices.empty() && !any_safe)
            warning(node.line, codes::kChoiceLacks,
                    "every choice in node '" + node.id + "' is harmful: offer the player a safe way");
    }

    // ------------------------------------------------------------------------ reachability

    // Nodes reached from `from` over the literal jump targets, a misspelt target read as
    // `fixes` says (conditions are not evaluated here; the walker does that).
    std::set<std::string> reach(const std::vector<const Node*>& from, const std::map<std::string, std::string>& fixes,
                                const std::set<std::string>* within = nullptr) const {
        std::set<std::string> reached;
        std::vector<const Node*> todo;
        for (const Node* node : from)
            if (reached.insert(node->id).second) todo.push_back(node);
        while (!todo.empty()) {
            const Node* node = todo.back();
            todo.pop_back();
            for (const Choice& choice : node->choices) {
                auto fix = fixes.find(choice.go);
                const Node* next = s_.findNode(fix != fixes.end() ? fix->second : choice.go);
                if (next == nullptr || (within != nullptr && !within->count(next->id))) continue;
                if (reached.insert(next->id).second) todo.push_back(next);
            }
        }
        return reached;
    }

    void checkReachable() {
        const Node* start = s_.findNode(s_.start);
        if (start == nullptr) return;
        // Misspelt targets, read as the node they nearly name.
        std::map<std::string, std::string> fixes;
        for (const Node& node : s_.nodes)
            for (const Choice& choice : node.choices)
                if (s_.findNode(choice.go) == nullptr)
                    if (std::string close = closestName(choice.go, ids_); !close.empty()) fixes[choice.go] = close;
        const std::set<std::string> would_reach = reach({start}, fixes);

        std::set<std::string> island;  // unreachable even with the typos fixed
        for (const Node& node : s_.nodes)
            if (!would_reach.count(node.id)) island.insert(node.id);
        // Entries first (no other unreachable node leads there), then what is left (cycles).
        std::set<std::string> entered;
        for (const Node& node : s_.nodes)
            for (const Choice& choice : node.choices)
                if (island.count(node.id) && island.count(choice.go) && choice.go != node.id) entered.insert(choice.go);
        std::set<std::string> covered;
        for (int pass = 0; pass < 2; ++pass) {
            for (const Node& node : s_.nodes) {
                if (!island.count(node.id) || covered.count(node.id)) continue;
                if (pass == 0 && entered.count(node.id)) continue;
                const std::set<std::string> behind = reach({&node}, fixes, &island);
                std::vector<std::string> others;
                for (const Node& n : s_.nodes)  // file order
                    if (n.id != node.id && behind.count(n.id) && !covered.count(n.id)) others.push_back(n.id);
                covered.insert(behind.begin(), behind.end());
                error(node.line, codes::kUnreachable,
                      std::string(node.is_ending ? "ending" : "node") + " '" + node.id +
                          "' cannot be reached from start '" + s_.start + "': " +
                          (pass == 0 ? "no choice goes to it" : "only nodes that cannot be reached go to it") +
                          (others.empty() ? std::string()
                                          : "; nor can what only it leads to: " + listed(others)));
            }
        }
    }

    const Scenario& s_;
    const FieldLines& lines_;
    std::vector<std::string> ids_;
    std::vector<Problem> problems_;
};

}  // namespace

// ---------------------------------------------------------------------------- helpers

bool isValidId(std::string_view id) {
    if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    // Optimal string alignment: a swap of two neighbouring letters ("wyh") is one edit.
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1] ? 1u : 0u)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

std::string closestName(std::string_view wrong, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = 3;  // at most 2 edits
    for (const std::string& candidate : candidates) {
        const std::size_t distance = editDistance(wrong, candidate);
        if (distance < best_distance && distance * 2 < std::max(wrong.size(), candidate.size())) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

std::vector<Problem> validateScenario(const Scenario& scenario, const FieldLines& lines) {
    return Checker(scenario, lines).run();
}

}  // namespace saqbol
