// SPDX-License-Identifier: MIT
// Sections: field reader (names, types, did-you-mean) · scenario, node, event, choice
// readers · ScenarioHost (conditions and effects in play) · loadScenario.
//
// The reader uses raw table access only (lua_rawget, lua_next), so reading a scenario
// never runs a metamethod of the script's.
#include "scenario_loader.h"

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>

#include <lauxlib.h>
#include <lua.h>

#include "catalog.h"
#include "codes.h"
#include "scenario_api.h"
#include "validate.h"

namespace saqbol {
namespace {

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

using Names = std::initializer_list<const char*>;

std::string joined(Names names) {
    std::string out;
    for (const char* name : names) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

// ---------------------------------------------------------------------------- field reader

class Reader {
public:
    Reader(lua_State* L, std::string file, std::vector<Problem>& problems)
        : L_(L), file_(std::move(file)), problems_(problems) {}

    Scenario readScenario(int index);

private:
    void error(int line, const char* code, std::string message) {
        problems_.push_back({file_, line, code, Severity::Error, std::move(message)});
    }

    // Reports string keys not in `allowed` and list items where none are expected.
    void checkFields(int index, const char* what, int line, Names allowed, bool list_allowed) {
        const int table = lua_absindex(L_, index);
        const auto list_length = static_cast<lua_Integer>(lua_rawlen(L_, table));
        lua_pushnil(L_);
        while (lua_next(L_, table) != 0) {
            lua_pop(L_, 1);
            const int key_type = lua_type(L_, -1);
            if (key_type == LUA_TLIGHTUSERDATA) continue;  // our own tags
            if (key_type == LUA_TSTRING) {
                std::string key = lua_tostring(L_, -1);
                if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; }))
                    error(line, codes::kUnknownField, unknownField(key, what, allowed));
            } else if (lua_isinteger(L_, -1) && list_allowed && lua_tointeger(L_, -1) >= 1 &&
                       lua_tointeger(L_, -1) <= list_length) {
                // part of the list
            } else {
                error(line, codes::kUnknownField,
                      std::string("unexpected ") + luaL_typename(L_, -1) + " key in " + what +
                          "; fields are: " + joined(allowed));
            }
        }
    }

    static std::string unknownField(const std::string& key, const char* what, Names allowed) {
        const char* best = nullptr;
        std::size_t best_distance = 3;
        for (const char* candidate : allowed) {
            std::size_t distance = editDistance(key, candidate);
            if (distance < best_distance) best_distance = distance, best = candidate;
        }
        std::string message = "unknown field '" + key + "' in " + what;
        if (best != nullptr) return message + "; did you mean '" + best + "'?";
        return message + "; fields are: " + joined(allowed);
    }

    // Pushes t[field] (raw) and returns its type.
    int field(int index, const char* name) {
        const int table = lua_absindex(L_, index);
        lua_pushstring(L_, name);
        return lua_rawget(L_, table);
    }

    std::string text(int index, const char* name, int line, const char* what, bool required) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
        const int type = field(index, name);
        std::string out;
        if (type == LUA_TSTRING) {
            std::size_t length = 0;
            const char* data = lua_tolstring(L_, -1, &length);
            out.assign(data, length);
            if (!isValidUtf8(out)) {
                error(line, codes::kInvalidUtf8,
                      std::string("`") + name + "` in " + what +
                          " is not valid UTF-8; save the file as UTF-8");
                out.clear();
            }
        } else if (type == LUA_TNIL) {
            if (required) error(line, codes::kMissingField, std::string(what) + " needs `" + name + "`");
        } else {
            error(line, codes::kInvalidValue,
                  std::string("`") + name + "` in " + what + " must be text in quotes, not a " +
                      luaL_typename(L_, -1));
        }
        lua_pop(L_, 1);
        return out;
    }

    std::optional<bool> boolean(int index, const char* name, int line, const char* what) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
        const int type = field(index, name);
        std::optional<bool> out;
        if (type == LUA_TBOOLEAN) out = lua_toboolean(L_, -1) != 0;
        else if (type != LUA_TNIL)
            error(line, codes::kInvalidValue,
                  std::string("`") + name + "` in " + what + " must be true or false");
        lua_pop(L_, 1);
        return out;
    }

    std::vector<std::string> textList(int index, const char* name, int line, bool required) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
        std::vector<std::string> out;
        const int type = field(index, name);
        if (type == LUA_TTABLE) {
            const auto n = static_cast<lua_Integer>(lua_rawlen(L_, -1));
            for (lua_Integer i = 1; i <= n; ++i) {
                if (lua_rawgeti(L_, -1, i) == LUA_TSTRING) out.emplace_back(lua_tostring(L_, -1));
                else error(line, codes::kInvalidValue, std::string("`") + name + "` must list text in quotes");
                lua_pop(L_, 1);
            }
        } else if (type == LUA_TNIL) {
            if (required) error(line, codes::kMissingField, std::string("the scenario needs `") + name + "`");
        } else {
            error(line, codes::kInvalidValue,
                  std::string("`") + name + "` must be a list: " + name + " = { \"...\" }");
        }
        lua_pop(L_, 1);
        return out;
    }

    std::optional<Value> value(int index) {
        switch (lua_type(L_, index)) {
            case LUA_TBOOLEAN: return Value(lua_toboolean(L_, index) != 0);
            case LUA_TNUMBER: return Value(static_cast<double>(lua_tonumber(L_, index)));
            case LUA_TSTRING: return Value(std::string(lua_tostring(L_, index)));
            default: return std::nullopt;
        }
    }

    // Reads { name = value, ... } pairs (set, when, vars).
    std::vector<std::pair<std::string, Value>> pairs(int index, const char* what, int line) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
        std::vector<std::pair<std::string, Value>> out;
        const int table = lua_absindex(L_, index);
        lua_pushnil(L_);
        while (lua_next(L_, table) != 0) {
            if (lua_type(L_, -2) != LUA_TSTRING) {
                error(line, codes::kInvalidValue, std::string(what) + " must be written as { name = value }");
            } else if (auto v = value(-1)) {
                out.emplace_back(lua_tostring(L_, -2), *v);
            } else {
                error(line, codes::kInvalidValue,
                      std::string(what) + ": '" + lua_tostring(L_, -2) +
                          "' must be a number, true/false or text, not a " + luaL_typename(L_, -1));
            }
            lua_pop(L_, 1);
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        return out;
    }

    // Stores the function at the top in the registry; returns its ref and definition line.
    std::pair<int, int> function() {
        lua_Debug ar;
        lua_pushvalue(L_, -1);
        lua_getinfo(L_, ">S", &ar);
        return {luaL_ref(L_, LUA_REGISTRYINDEX), ar.linedefined};
    }

    void readContacts(int index, Scenario& s);
    void readVars(int index, Scenario& s);
    Node readNode(int index, bool ending);
    bool readEvent(int index, std::string_view kind, Node& node);
    Choice readChoice(int index, const std::string& node_id);

    lua_State* L_;
    std::string file_;
    std::vector<Problem>& problems_;
};

// ---------------------------------------------------------------------------- readers

Scenario Reader::readScenario(int index) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
    Scenario s;
    s.file = file_;
    s.line = taggedLine(L_, index);
    const int line = s.line;
    checkFields(index, "the scenario", line,
                {"format", "id", "lang", "title", "summary", "audience", "minutes", "tips", "facts",
                 "reviewed", "content_note", "contacts", "vars", "start"},
                true);
    if (field(index, "format") == LUA_TNUMBER && lua_isinteger(L_, -1)) s.format = static_cast<int>(lua_tointeger(L_, -1));
    lua_pop(L_, 1);
    if (s.format != 1)
        error(line, codes::kInvalidValue, "`format` must be 1 (this engine reads scenario format 1)");
    s.id = text(index, "id", line, "the scenario", true);
    if (!s.id.empty() && !isValidId(s.id))
        error(line, codes::kBadId, "scenario id '" + s.id + "' must be lower-case letters, digits and _");
    s.lang = text(index, "lang", line, "the scenario", true);
    if (!s.lang.empty() && s.lang != "kk" && s.lang != "ru" && s.lang != "en")
        error(line, codes::kInvalidValue, "invalid lang '" + s.lang + "', expected one of: kk, ru, en");
    s.title = text(index, "title", line, "the scenario", true);
    s.summary = text(index, "summary", line, "the scenario", true);
    s.content_note = text(index, "content_note", line, "the scenario", false);
    s.reviewed = text(index, "reviewed", line, "the scenario", true);
    if (!s.reviewed.empty() && (s.reviewed.size() != 10 || s.reviewed[4] != '-' || s.reviewed[7] != '-'))
        error(line, codes::kInvalidValue, "`reviewed` must be a date written YYYY-MM-DD");
    s.start = text(index, "start", line, "the scenario", true);
    for (const std::string& a : textList(index, "audience", line, true)) {
        if (auto audience = parseAudience(a)) s.audience.push_back(*audience);
        else error(line, codes::kInvalidValue, "invalid audience '" + a + "', expected one of: child, teen, adult, parent");
    }
    s.tips = textList(index, "tips", line, true);
    s.facts = textList(index, "facts", line, true);
    if (field(index, "minutes") == LUA_TNUMBER && lua_isinteger(L_, -1)) s.minutes = static_cast<int>(lua_tointeger(L_, -1));
    lua_pop(L_, 1);
    if (s.minutes < 1 || s.minutes > 60)
        error(line, codes::kInvalidValue, "`minutes` must be a whole number from 1 to 60");

    if (field(index, "contacts") == LUA_TTABLE) readContacts(-1, s);
    lua_pop(L_, 1);
    if (field(index, "vars") == LUA_TTABLE) readVars(-1, s);
    lua_pop(L_, 1);

    const auto n = static_cast<lua_Integer>(lua_rawlen(L_, index));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L_, index, i);
        const std::string_view kind = taggedKind(L_, -1);
        if (kind == "node" || kind == "ending") {
            s.nodes.push_back(readNode(-1, kind == "ending"));
        } else {
            error(taggedLine(L_, -1) > 0 ? taggedLine(L_, -1) : line, codes::kNotScenario,
                  "the scenario's list holds only node \"id\" { ... } and ending \"id\" { ... }" +
                      (kind.empty() ? std::string() : ", not " + std::string(kind)));
        }
        lua_pop(L_, 1);
    }
    if (s.nodes.empty()) error(line, codes::kMissingField, "the scenario has no nodes");
    s.reindex();
    return s;
}

void Reader::readContacts(int index, Scenario& s) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
    const int table = lua_absindex(L_, index);
    lua_pushnil(L_);
    while (lua_next(L_, table) != 0) {
        if (lua_type(L_, -2) != LUA_TSTRING || lua_type(L_, -1) != LUA_TTABLE) {
            error(s.line, codes::kInvalidValue, "contacts must be written as id = { name = \"...\" }");
        } else {
            Contact c;
            c.id = lua_tostring(L_, -2);
            c.line = s.line;
            const std::string what = "contact '" + c.id + "'";
            checkFields(-1, what.c_str(), s.line, {"name", "number", "official", "video"}, false);
            c.name = text(-1, "name", s.line, what.c_str(), true);
            c.number = text(-1, "number", s.line, what.c_str(), false);
            c.official = boolean(-1, "official", s.line, what.c_str()).value_or(false);
            c.video = boolean(-1, "video", s.line, what.c_str()).value_or(false);
            if (!isValidId(c.id)) error(s.line, codes::kBadId, "contact id '" + c.id + "' must be lower-case letters, digits and _");
            s.contacts.push_back(std::move(c));
        }
        lua_pop(L_, 1);
    }
    std::sort(s.contacts.begin(), s.contacts.end(), [](const Contact& a, const Contact& b) { return a.id < b.id; });
}

void Reader::readVars(int index, Scenario& s) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
    for (auto& [name, v] : pairs(index, "vars", s.line)) {
        s.var_lines[name] = s.line;
        s.vars.emplace(name, v);
    }
}

Node Reader::readNode(int index, bool ending) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
    Node node;
    node.is_ending = ending;
    node.id = std::string(taggedId(L_, index));
    node.line = taggedLine(L_, index);
    const std::string what = (ending ? "ending '" : "node '") + node.id + "'";
    if (ending) {
        checkFields(index, what.c_str(), node.line, {"outcome", "title", "debrief"}, true);
        const std::string outcome = text(index, "outcome", node.line, what.c_str(), true);
        if (auto parsed = parseOutcome(outcome)) node.outcome = *parsed;
        else if (!outcome.empty())
            error(node.line, codes::kInvalidValue,
                  "invalid outcome '" + outcome + "', expected one of: safe, recovered, loss, legal");
        node.title = text(index, "title", node.line, what.c_str(), false);
        node.debrief = text(index, "debrief", node.line, what.c_str(), false);
    } else {
        checkFields(index, what.c_str(), node.line, {}, true);
    }
    const auto n = static_cast<lua_Integer>(lua_rawlen(L_, index));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L_, index, i);
        const std::string_view kind = taggedKind(L_, -1);
        const int line = taggedLine(L_, -1) > 0 ? taggedLine(L_, -1) : node.line;
        if (kind == "choice") {
            if (ending) error(line, codes::kNotScenario, "an ending offers no choices; make '" + node.id + "' a node");
            else node.choices.push_back(readChoice(-1, node.id));
        } else if (!readEvent(-1, kind, node)) {
            error(line, codes::kNotScenario,
                  what + " holds events (narrate, sms, call, say, chat, web, ad, game, bank, notify) and choices" +
                      (kind.empty() ? std::string(", not a plain ") + luaL_typename(L_, -1)
                                    : ", not " + std::string(kind)));
        }
        lua_pop(L_, 1);
    }
    return node;
}

bool Reader::readEvent(int index, std::string_view kind, Node& node) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
    static constexpr std::pair<const char*, EventKind> kKinds[] = {
        {"narrate", EventKind::Narrate}, {"sms", EventKind::Sms},   {"call", EventKind::Call},
        {"say", EventKind::Say},         {"chat", EventKind::Chat}, {"web", EventKind::Web},
        {"ad", EventKind::Ad},           {"game", EventKind::Game}, {"bank", EventKind::Bank},
        {"notify", EventKind::Notify}};
    const auto found = std::find_if(std::begin(kKinds), std::end(kKinds),
                                    [&](const auto& k) { return kind == k.first; });
    if (found == std::end(kKinds)) return false;
    Event e;
    e.kind = found->second;
    e.line = taggedLine(L_, index);
    const std::string what = std::string(kind) + " in node '" + node.id + "'";
    const char* w = what.c_str();
    switch (e.kind) {
        case EventKind::Narrate:
            lua_rawgeti(L_, index, 1);
            e.text = lua_tostring(L_, -1);
            lua_pop(L_, 1);
            if (!isValidUtf8(e.text)) error(e.line, codes::kInvalidUtf8, "narrate text is not valid UTF-8");
            break;
        case EventKind::Say: {
            checkFields(index, w, e.line, {}, true);
            if (lua_rawlen(L_, index) != 2) {
                error(e.line, codes::kInvalidValue, "say is written say { speaker, \"text\" }");
                break;
            }
            lua_rawgeti(L_, index, 1);
            lua_rawgeti(L_, index, 2);
            if (lua_type(L_, -2) == LUA_TSTRING && lua_type(L_, -1) == LUA_TSTRING) {
                e.who = lua_tostring(L_, -2);
                e.text = lua_tostring(L_, -1);
                if (!isValidUtf8(e.text)) error(e.line, codes::kInvalidUtf8, "say text is not valid UTF-8");
            } else {
                error(e.line, codes::kInvalidValue, "say is written say { speaker, \"text\" } with text in quotes");
            }
            lua_pop(L_, 2);
            break;
        }
        case EventKind::Call: {
            checkFields(index, w, e.line, {"from", "to", "video"}, false);
            e.who = text(index, "from", e.line, w, false);
            std::string to = text(index, "to", e.line, w, false);
            if (!to.empty()) e.who = to, e.outgoing = true;
            if (e.who.empty()) error(e.line, codes::kMissingField, "call needs `from` (incoming) or `to` (outgoing)");
            e.video = boolean(index, "video", e.line, w).value_or(false);
            break;
        }
        case EventKind::Sms:
        case EventKind::Game:
        case EventKind::Notify:
            checkFields(index, w, e.line, {"from", "text"}, false);
            e.who = text(index, "from", e.line, w, true);
            e.text = text(index, "text", e.line, w, true);
            break;
        case EventKind::Chat:
        case EventKind::Ad:
            checkFields(index, w, e.line, {"from", "text", "link", "photo"}, false);
            e.who = text(index, "from", e.line, w, true);
            e.text = text(index, "text", e.line, w, true);
            e.link = text(index, "link", e.line, w, false);
            e.photo = text(index, "photo", e.line, w, false);
            break;
        case EventKind::Web:
            checkFields(index, w, e.line, {"url", "title", "text", "fields"}, false);
            e.url = text(index, "url", e.line, w, true);
            e.title = text(index, "title", e.line, w, true);
            e.text = text(index, "text", e.line, w, false);
            e.fields = textList(index, "fields", e.line, false);
            break;
        case EventKind::Bank:
            checkFields(index, w, e.line, {"text"}, false);
            e.text = text(index, "text", e.line, w, true);
            break;
    }
    // In ads, games and notifications `from` is a display name, not a contact id.
    if (e.kind == EventKind::Ad || e.kind == EventKind::Game || e.kind == EventKind::Notify) e.title = e.who, e.who.clear();
    node.events.push_back(std::move(e));
    return true;
}

Choice Reader::readChoice(int index, const std::string& node_id) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
    Choice c;
    c.id = std::string(taggedId(L_, index));
    c.line = taggedLine(L_, index);
    const std::string what = "choice '" + c.id + "' of node '" + node_id + "'";
    const char* w = what.c_str();
    checkFields(index, w, c.line, {"go", "verdict", "tip", "why", "action", "set", "add", "effect", "when"}, true);
    if (lua_rawgeti(L_, index, 1) == LUA_TSTRING) c.text = lua_tostring(L_, -1);
    else error(c.line, codes::kMissingField, what + " needs its text first: choice \"" + c.id + "\" { \"text\", ... }");
    lua_pop(L_, 1);
    if (!isValidUtf8(c.text)) error(c.line, codes::kInvalidUtf8, what + ": text is not valid UTF-8"), c.text.clear();
    if (lua_rawlen(L_, index) > 1) error(c.line, codes::kInvalidValue, what + " has more than one text");
    c.go = text(index, "go", c.line, w, true);
    const std::string verdict = text(index, "verdict", c.line, w, true);
    if (auto parsed = parseVerdict(verdict)) c.verdict = *parsed;
    else if (!verdict.empty())
        error(c.line, codes::kInvalidValue, "invalid verdict '" + verdict + "', expected one of: safe, risky, harmful, neutral");
    c.tip = text(index, "tip", c.line, w, false);
    c.why = text(index, "why", c.line, w, false);
    c.action = text(index, "action", c.line, w, false);

    if (const int type = field(index, "set"); type == LUA_TTABLE) c.effect.set = pairs(-1, "set", c.line);
    else if (type != LUA_TNIL) error(c.line, codes::kInvalidValue, "`set` is written set = { name = value }");
    lua_pop(L_, 1);
    if (const int type = field(index, "add"); type == LUA_TTABLE) {
        for (auto& [name, v] : pairs(-1, "add", c.line)) {
            if (const double* amount = std::get_if<double>(&v)) c.effect.add.emplace_back(name, *amount);
            else error(c.line, codes::kInvalidValue, "`add` takes numbers: add = { " + name + " = -1000 }");
        }
    } else if (type != LUA_TNIL) {
        error(c.line, codes::kInvalidValue, "`add` is written add = { name = number }");
    }
    lua_pop(L_, 1);
    if (const int type = field(index, "effect"); type == LUA_TFUNCTION)
        std::tie(c.effect.script, c.effect.script_line) = function();
    else {
        if (type != LUA_TNIL) error(c.line, codes::kInvalidValue, "`effect` must be a function(v) ... end");
        lua_pop(L_, 1);
    }
    if (const int type = field(index, "when"); type == LUA_TFUNCTION) {
        std::tie(c.when.script, c.when.script_line) = function();
    } else {
        if (type == LUA_TTABLE) c.when.equals = pairs(-1, "when", c.line);
        else if (type != LUA_TNIL)
            error(c.line, codes::kInvalidValue, "`when` must be { name = value } or a function(v) ... end");
        lua_pop(L_, 1);
    }
    return c;
}

// A plain-words hint for the Lua errors trainers meet most.
std::string hintFor(const std::string& message) {
    static const std::pair<const char*, const char*> kHints[] = {
        {"attempt to concatenate a table value",
         " (hint: `narrate \"a\" .. \"b\"` is read as `(narrate \"a\") .. \"b\"`; write one string or narrate(\"a\" .. \"b\"))"},
        {"expected (to close", " (hint: a comma may be missing between two fields or entries)"},
        {"unexpected symbol", " (hint: check the line above for a missing comma or quote)"},
        {"unfinished string", " (hint: a closing quote \" is missing)"},
        {"attempt to call a nil value (global", " (hint: a misspelt function name? the scenario API is listed in docs/scenario-format.md)"},
    };
    for (const auto& [needle, hint] : kHints)
        if (message.find(needle) != std::string::npos) return hint;
    return {};
}

// ---------------------------------------------------------------------------- play-time hooks

void pushVars(lua_State* L, const Variables& vars) {
    lua_createtable(L, 0, static_cast<int>(vars.size()));
    for (const auto& [name, value] : vars) {
        if (const bool* b = std::get_if<bool>(&value)) lua_pushboolean(L, *b);
        else if (const double* d = std::get_if<double>(&value)) {
            lua_Integer whole = 0;
            if (lua_numbertointeger(*d, &whole) && static_cast<double>(whole) == *d) lua_pushinteger(L, whole);
            else lua_pushnumber(L, *d);
        } else lua_pushstring(L, std::get<std::string>(value).c_str());
        lua_setfield(L, -2, name.c_str());
    }
}

}  // namespace

ScenarioHost::ScenarioHost(std::unique_ptr<Sandbox> sandbox, Scenario scenario)
    : sandbox_(std::move(sandbox)), scenario_(std::move(scenario)) {}

std::optional<bool> ScenarioHost::condition(int script, const Variables& vars) {
    bool result = false;
    const bool ok = sandbox_->run(sandbox_->limits().call_steps, [&](lua_State* L) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, script);
        pushVars(L, vars);
        lua_call(L, 1, 1);
        result = lua_toboolean(L, -1) != 0;
    }, codes::kScriptFailed);
    if (!ok) return std::nullopt;
    return result;
}

bool ScenarioHost::effect(int script, Variables& vars) {
    int line = 0;
    for (const Node& node : scenario_.nodes)
        for (const Choice& choice : node.choices)
            if (choice.effect.script == script) line = choice.effect.script_line;
    Variables changed = vars;
    const bool ok = sandbox_->run(sandbox_->limits().call_steps, [&](lua_State* L) {
        pushVars(L, vars);
        const int table = lua_gettop(L);
        lua_rawgeti(L, LUA_REGISTRYINDEX, script);
        lua_pushvalue(L, table);
        lua_call(L, 1, 0);
        // Read back raw: only declared variables, each keeping its type.
        lua_pushnil(L);
        while (lua_next(L, table) != 0) {
            if (lua_type(L, -2) != LUA_TSTRING || !vars.count(lua_tostring(L, -2))) {
                std::string declared;
                for (const auto& [n, v] : vars) declared += (declared.empty() ? "" : ", ") + n;
                throw ScriptError("effect sets variable '" +
                                      std::string(lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?") +
                                      "', which is not declared in `vars` (declared: " + declared + ")",
                                  line);
            }
            const std::string name = lua_tostring(L, -2);
            Value& slot = changed[name];
            std::optional<Value> now;
            if (lua_type(L, -1) == LUA_TBOOLEAN) now = Value(lua_toboolean(L, -1) != 0);
            else if (lua_type(L, -1) == LUA_TNUMBER) now = Value(static_cast<double>(lua_tonumber(L, -1)));
            else if (lua_type(L, -1) == LUA_TSTRING) now = Value(std::string(lua_tostring(L, -1)));
            if (!now || now->index() != slot.index())
                throw ScriptError("effect sets variable '" + name + "' to a " + luaL_typename(L, -1) +
                                      ", but it is declared as a " + valueTypeName(slot),
                                  line);
            slot = *now;
            lua_pop(L, 1);
        }
        for (const auto& [name, v] : vars) {
            lua_pushstring(L, name.c_str());
            if (lua_rawget(L, table) == LUA_TNIL)
                throw ScriptError("effect removed variable '" + name + "'", line);
            lua_pop(L, 1);
        }
    }, codes::kScriptFailed);
    if (ok) vars = std::move(changed);
    return ok;
}

// ---------------------------------------------------------------------------- loading

bool LoadResult::hasErrors() const {
    return host == nullptr || std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
               return p.severity == Severity::Error;
           });
}

LoadResult loadScenarioSource(const std::string& file, const std::string& source,
                              const SandboxLimits& limits, ProblemSink play_sink) {
    // The sink outlives this call (the sandbox keeps it for play): its state lives on the heap.
    struct SinkState {
        bool loading = true;
        std::vector<Problem> problems;
        ProblemSink play;
    };
    auto state = std::make_shared<SinkState>();
    state->play = std::move(play_sink);
    auto sink = [state](const Problem& problem) {
        if (state->loading) state->problems.push_back(problem);
        else if (state->play) state->play(problem);
    };
    auto sandbox = std::make_unique<Sandbox>(file, limits, sink);
    Scenario scenario;
    bool ok = sandbox->run(limits.load_steps, [](lua_State* L) { openScenarioApi(L); });
    ok = ok && sandbox->runFile(source, [&](lua_State* L) {
        if (taggedKind(L, -1) != "scenario") {
            throw ScriptError("the file must end with `return scenario { ... }`; it returned " +
                                  std::string(lua_type(L, -1) == LUA_TTABLE ? "a plain table" : luaL_typename(L, -1)),
                              0);
        }
        scenario = Reader(L, file, state->problems).readScenario(-1);
    });
    state->loading = false;
    LoadResult result;
    result.problems = std::move(state->problems);
    for (Problem& problem : result.problems) {
        if (problem.message.rfind("the file must end with", 0) == 0) problem.code = codes::kNotScenario;
        if (problem.code == codes::kLoadFailed) problem.message += hintFor(problem.message);
    }
    if (!ok) return result;
    std::vector<Problem> structural = validateScenario(scenario);
    result.problems.insert(result.problems.end(), structural.begin(), structural.end());
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    result.host = std::make_unique<ScenarioHost>(std::move(sandbox), std::move(scenario));
    return result;
}

LoadResult loadScenario(const std::filesystem::path& path, const SandboxLimits& limits,
                        ProblemSink play_sink) {
    const std::string file = path.string();
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    if (ec || !in) {
        LoadResult result;
        result.problems.push_back({file, 0, codes::kLoadFailed, Severity::Error, "cannot read the file"});
        return result;
    }
    if (size > limits.max_file_bytes) {
        LoadResult result;
        result.problems.push_back({file, 0, codes::kLoadFailed, Severity::Error,
                                   "the file is larger than " + std::to_string(limits.max_file_bytes >> 10) +
                                       " KiB; a scenario should be far smaller"});
        return result;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return loadScenarioSource(file, text.str(), limits, std::move(play_sink));
}

}  // namespace saqbol
