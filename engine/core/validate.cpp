// SPDX-License-Identifier: MIT
#include "validate.h"

#include <algorithm>
#include <set>

#include "codes.h"
#include "tips.h"

namespace saqbol {
namespace {

class Checker {
public:
    explicit Checker(const Scenario& scenario) : s_(scenario) {}

    std::vector<Problem> run() {
        if (s_.findNode(s_.start) == nullptr && !s_.start.empty())
            error(s_.line, codes::kMissingTarget,
                  "start node '" + s_.start + "' does not exist" + nodeHint());
        checkIds();
        for (const std::string& tip : s_.tips) checkTip(s_.line, tip, "tips");
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

    std::string nodeHint() const {
        std::string out = "; nodes are: ";
        std::size_t shown = 0;
        for (const Node& node : s_.nodes) {
            if (shown++ == 12) { out += ", …"; break; }
            out += (shown > 1 ? ", " : "") + node.id;
        }
        return out;
    }

    void checkIds() {
        std::set<std::string> seen;
        for (const Node& node : s_.nodes) {
            if (!isValidId(node.id))
                error(node.line, codes::kBadId,
                      "node id '" + node.id + "' must be lower-case letters, digits and _");
            if (!seen.insert(node.id).second)
                error(node.line, codes::kDuplicateId, "node id '" + node.id + "' is used twice");
        }
    }

    void checkTip(int line, const std::string& tip, const std::string& where) {
        if (findTip(tip) == nullptr)
            error(line, codes::kUnknownTip,
                  "unknown tip '" + tip + "' in " + where + ", expected one of: " + tipIdList());
    }

    void checkContact(const Event& event) {
        if (event.who.empty() || event.who == "me") return;
        if (s_.findContact(event.who) == nullptr)
            error(event.line, codes::kUnknownContact,
                  std::string(nameOf(event.kind)) + " names contact '" + event.who +
                      "', which is not in `contacts`");
    }

    void checkVar(int line, const std::string& name, const Value* value, bool needs_number) {
        auto it = s_.vars.find(name);
        if (it == s_.vars.end()) {
            std::string declared;
            for (const auto& [n, v] : s_.vars) declared += (declared.empty() ? "" : ", ") + n;
            error(line, codes::kVariable,
                  "unknown variable '" + name + "'; declared in `vars`: " +
                      (declared.empty() ? "none" : declared));
            return;
        }
        if (needs_number && !std::holds_alternative<double>(it->second))
            error(line, codes::kVariable,
                  "`add` needs a number, but '" + name + "' is a " + valueTypeName(it->second));
        if (value != nullptr && value->index() != it->second.index())
            error(line, codes::kVariable,
                  "'" + name + "' is a " + valueTypeName(it->second) + ", not a " +
                      valueTypeName(*value));
    }

    void checkNode(const Node& node) {
        for (const Event& event : node.events) checkContact(event);
        if (node.is_ending) {
            if (node.title.empty()) error(node.line, codes::kEndingLacks, "ending '" + node.id + "' has no title");
            if (node.debrief.empty())
                error(node.line, codes::kEndingLacks, "ending '" + node.id + "' has no debrief");
            return;
        }
        if (node.choices.empty())
            error(node.line, codes::kDeadEnd,
                  "node '" + node.id + "' is not an ending and offers no choice");
        std::set<std::string> ids;
        for (const Choice& choice : node.choices) {
            if (!isValidId(choice.id))
                error(choice.line, codes::kBadId,
                      "choice id '" + choice.id + "' must be lower-case letters, digits and _");
            if (!ids.insert(choice.id).second)
                error(choice.line, codes::kDuplicateId,
                      "choice id '" + choice.id + "' is used twice in node '" + node.id + "'");
            if (s_.findNode(choice.go) == nullptr)
                error(choice.line, codes::kMissingTarget,
                      "choice '" + choice.id + "' goes to '" + choice.go +
                          "', which does not exist" + nodeHint());
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
            if (!choice.tip.empty()) checkTip(choice.line, choice.tip, "choice '" + choice.id + "'");
            if (!choice.action.empty() && !isValidAction(choice.action))
                error(choice.line, codes::kInvalidAction,
                      "invalid action '" + choice.action + "', expected one of: " + actionList());
            for (const auto& [name, value] : choice.effect.set) checkVar(choice.line, name, &value, false);
            for (const auto& [name, amount] : choice.effect.add) checkVar(choice.line, name, nullptr, true);
            for (const auto& [name, value] : choice.when.equals) checkVar(choice.line, name, &value, false);
        }
        bool any_safe = std::any_of(node.choices.begin(), node.choices.end(),
                                    [](const Choice& c) { return c.verdict != Verdict::Harmful; });
        if (!node.choices.empty() && !any_safe)
            warning(node.line, codes::kChoiceLacks,
                    "every choice in node '" + node.id + "' is harmful: offer the player a safe way");
    }

    // Reachability over the literal jump targets (conditions are not evaluated here;
    // the walker does that).
    void checkReachable() {
        const Node* start = s_.findNode(s_.start);
        if (start == nullptr) return;
        std::set<std::string> reached{start->id};
        std::vector<const Node*> todo{start};
        while (!todo.empty()) {
            const Node* node = todo.back();
            todo.pop_back();
            for (const Choice& choice : node->choices)
                if (const Node* next = s_.findNode(choice.go); next && reached.insert(next->id).second)
                    todo.push_back(next);
        }
        for (const Node& node : s_.nodes)
            if (!reached.count(node.id))
                error(node.line, codes::kUnreachable,
                      std::string(node.is_ending ? "ending" : "node") + " '" + node.id +
                          "' cannot be reached from start '" + s_.start + "'");
    }

    const Scenario& s_;
    std::vector<Problem> problems_;
};

}  // namespace

bool isValidId(std::string_view id) {
    if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::vector<Problem> validateScenario(const Scenario& scenario) { return Checker(scenario).run(); }

}  // namespace saqbol
