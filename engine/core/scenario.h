// SPDX-License-Identifier: MIT
// The scenario model: what a scenario file describes once loaded — nodes (moments on the
// phone), their events, the player's choices, and the endings. Plain data: the script
// layer fills it in, the session plays it, tools check it. No Lua, no SDL, no disk.
// Lua functions (conditions, effects) appear here only as opaque integer refs that a
// ScriptHooks implementation can call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace saqbol {

// A variable's value: boolean, number or text.
using Value = std::variant<bool, double, std::string>;
// The scenario's variables by name (ordered, so states compare and print the same way).
using Variables = std::map<std::string, Value>;

// "true", "480000", "text" — for messages and JSON.
std::string valueToString(const Value& value);
// "boolean", "number" or "string".
const char* valueTypeName(const Value& value);

enum class Verdict { Safe, Risky, Harmful, Neutral };
enum class Outcome { Safe, Recovered, Loss, Legal };
enum class Audience { Child, Teen, Adult, Parent };
enum class EventKind { Narrate, Sms, Call, Say, Chat, Web, Ad, Game, Bank, Notify };

const char* nameOf(Verdict verdict);
const char* nameOf(Outcome outcome);
const char* nameOf(Audience audience);
const char* nameOf(EventKind kind);
std::optional<Verdict> parseVerdict(std::string_view text);
std::optional<Outcome> parseOutcome(std::string_view text);
std::optional<Audience> parseAudience(std::string_view text);

// The score a verdict earns: safe 1, risky 0.5, harmful 0; neutral is not scored.
std::optional<double> verdictScore(Verdict verdict);

// The phone actions a choice may be bound to ("dial:NUMBER" carries the number).
bool isValidAction(std::string_view action);
// "answer, decline, hang_up, dial:NUMBER, …" for error messages.
std::string actionList();

// Something that happens on the phone (or, for Narrate, around it).
struct Event {
    EventKind kind = EventKind::Narrate;
    int line = 0;
    std::string who;                 // contact id (sms, call, say, chat) or display name
    bool outgoing = false;           // call { to = ... }
    bool video = false;              // a video call
    std::string text;
    std::string title;               // web page title
    std::string url;                 // web page address, exactly as the address bar shows it
    std::string link;                // a link inside a message or an ad
    std::string photo;               // placeholder description of a photo
    std::vector<std::string> fields; // form fields on a web page
};

// A condition: every (variable, value) pair must match, and the script function (if any)
// must return true.
struct Condition {
    std::vector<std::pair<std::string, Value>> equals;
    int script = 0;                  // 0: none
    int script_line = 0;
    bool empty() const { return equals.empty() && script == 0; }
};

// What choosing does to the variables: set, then add, then the script function.
struct Effect {
    std::vector<std::pair<std::string, Value>> set;
    std::vector<std::pair<std::string, double>> add;
    int script = 0;                  // 0: none
    int script_line = 0;
};

// One thing the player can do or say at a node.
struct Choice {
    std::string id;                  // literal, unique in its node
    int line = 0;
    std::string text;
    std::string go;                  // the next node's id
    Verdict verdict = Verdict::Neutral;
    std::string tip;                 // tip or rule id; empty only when neutral
    std::string why;                 // the debrief's one or two sentences
    std::string action;              // phone action bound to this choice, or empty
    Condition when;
    Effect effect;
};

// A moment of the story; an ending when `is_ending`.
struct Node {
    std::string id;
    int line = 0;
    bool is_ending = false;
    std::vector<Event> events;
    std::vector<Choice> choices;     // empty for endings
    Outcome outcome = Outcome::Safe; // endings only
    std::string title;               // endings only
    std::string debrief;             // endings only

    const Choice* findChoice(std::string_view choice_id) const;
};

// Someone who appears on the phone.
struct Contact {
    std::string id;
    int line = 0;
    std::string name;
    std::string number;
    bool official = false;           // a real service's number (1414, the card's hotline)
    bool video = false;
};

// A whole scenario.
struct Scenario {
    std::string file;                // where it was loaded from
    int line = 0;                    // line of `scenario {`
    int format = 0;
    std::string id;
    std::string lang;                // source language of the strings
    std::string title;
    std::string summary;
    std::string content_note;
    std::vector<Audience> audience;
    int minutes = 0;
    std::vector<std::string> tips;
    std::vector<std::string> facts;
    std::string reviewed;
    std::vector<Contact> contacts;
    Variables vars;                  // starting values
    std::map<std::string, int> var_lines;
    std::string start;
    std::vector<Node> nodes;         // in file order

    // What reindex() derives for the tools that go over every choice of a story (the
    // walker and explore), so that they read a small flat table instead of the choices
    // themselves: choices are large and scattered, and on a 10,000-node story reading a
    // few fields of each took milliseconds of cache misses. The choices are numbered node
    // by node from 0: node n's are [firstChoice(n), firstChoice(n + 1)).
    static constexpr std::uint32_t kNoNode = 0xffffffffu;
    struct ChoiceRef {
        std::uint32_t target;  // index into `nodes` of `go`, kNoNode when it names none
        std::int16_t tip;      // index into allTips() of `tip`, -1 when empty or unknown
        Verdict verdict;
    };
    std::uint32_t firstChoice(std::size_t node) const { return first_choice_[node]; }
    // The table matches `nodes` in size (reindex() was called since nodes were added).
    bool indexed() const { return first_choice_.size() == nodes.size() + 1; }
    const ChoiceRef& choiceRef(std::uint32_t number) const { return choice_refs_[number]; }

    // Rebuilds the id index and the choice table; call after changing `nodes`.
    void reindex();
    const Node* findNode(std::string_view node_id) const;
    const Contact* findContact(std::string_view contact_id) const;
    std::vector<const Node*> endings() const;

private:
    // Looked up by string_view without building a string (the walker asks once per choice).
    struct IdHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
    };
    std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>> index_;
    std::vector<std::uint32_t> first_choice_;  // per node, then the number of choices
    std::vector<ChoiceRef> choice_refs_;
};

}  // namespace saqbol
