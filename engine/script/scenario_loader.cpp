// SPDX-License-Identifier: MIT
// Sections: field reader (names, types, did-you-mean) · scenario, node, event, choice
// readers · ScenarioHost (conditions and effects in play) · loadScenario.
//
// The reader uses raw table access only (lua_rawget, lua_next), so reading a scenario
// never runs a metamethod of the script's. Which fields each table may hold, and which
// are required, comes from the registration tables (scenario_api.h) that also generate
// the API reference and the editor annotations. Problems point at the line of the field
// when the source shows it (SourceLines), else at the line of its table.
#include "scenario_loader.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <tuple>
#include <sstream>

#include <lauxlib.h>
#include <lua.h>

#include "catalog.h"
#include "codes.h"
#include "scenario_api.h"
#include "source_lines.h"
#include "quiz.h"
#include "validate.h"

namespace saqbol {
namespace {

// ---------------------------------------------------------------------------- field reader

// Where a table was written: its builder kind, id and line, and for a table inside it
// (a contact) the path from the builder's table ("contacts.bank.").
struct Where {
    std::string kind;
    std::string id;
    int line = 0;
    std::string prefix;
};

class Reader {
public:
    Reader(lua_State* L, std::string file, const SourceLines& source, std::vector<Problem>& problems)
        : L_(L), file_(std::move(file)), source_(source), problems_(problems) {}

    Scenario readScenario(int index);
    Quiz readQuiz(int index);
    Lesson readLesson(int index);

    // A field written misspelt ("wyh" for "why") in a table: the missing "why" is the same
    // mistake, so it is not reported again (by the loader or by validateScenario).
    struct Misspelt {
        std::string kind, id;
        int line;
        std::string field;
        bool operator<(const Misspelt& o) const {
            return std::tie(kind, id, line, field) < std::tie(o.kind, o.id, o.line, o.field);
        }
    };
    const std::set<Misspelt>& misspelt() const { return misspelt_; }

private:
    void error(int line, const char* code, std::string message) {
        problems_.push_back({file_, line, code, Severity::Error, std::move(message)});
    }

    // The line `path` was written on inside the table `w`, else the table's line.
    int at(const Where& w, std::string_view path) const {
        const int found = source_.line(w.kind, w.id, w.line, w.prefix + std::string(path));
        return found > 0 ? found : w.line;
    }

    // Whether the spec of `kind` says `name` must be written (the loader and the docs read
    // the same table; a field read here but missing there is a programming error the
    // loader tests catch as an "unknown field").
    static bool required(const char* kind, const char* name) {
        const TableSpec* spec = findTable(kind);
        const FieldSpec* f = spec != nullptr ? spec->field(name) : nullptr;
        return f != nullptr && f->need == Need::Required;
    }

    // Reports keys the spec of `kind` does not know, and list items where none are expected.
    void checkFields(int index, const char* kind, const Where& w, const std::string& what) {
        const TableSpec& spec = *findTable(kind);
        const bool list_allowed = spec.items != nullptr || spec.field("[1]") != nullptr;
        const int table = lua_absindex(L_, index);
        const auto list_length = static_cast<lua_Integer>(lua_rawlen(L_, table));
        lua_pushnil(L_);
        while (lua_next(L_, table) != 0) {
            lua_pop(L_, 1);
            const int key_type = lua_type(L_, -1);
            if (key_type == LUA_TLIGHTUSERDATA) continue;  // our own tags
            if (key_type == LUA_TSTRING) {
                const std::string key = lua_tostring(L_, -1);
                if (!spec.hasNamedField(key)) {
                    error(at(w, key), codes::kUnknownField, unknownField(key, what, spec));
                    std::vector<std::string> names;
                    for (const FieldSpec& f : spec.fields) names.emplace_back(f.name);
                    if (const std::string close = closestName(key, names); !close.empty())
                        misspelt_.insert({w.kind, w.id, w.line, w.prefix + close});
                }
            } else if (lua_isinteger(L_, -1) && list_allowed && lua_tointeger(L_, -1) >= 1 &&
                       lua_tointeger(L_, -1) <= list_length) {
                // part of the list
            } else {
                error(w.line, codes::kUnknownField,
                      std::string("unexpected ") + luaL_typename(L_, -1) + " key in " + what +
                          "; fields are: " + spec.namedFieldList());
            }
        }
    }

    static std::string unknownField(const std::string& key, const std::string& what, const TableSpec& spec) {
        std::vector<std::string> names;
        for (const FieldSpec& f : spec.fields)
            if (f.name[0] != '[') names.emplace_back(f.name);
        const std::string close = closestName(key, names);
        std::string message = "unknown field '" + key + "' in " + what;
        if (!close.empty()) return message + "; did you mean '" + close + "'?";
        // A field that belongs to another kind of table says so.
        for (const TableSpec& other : scenarioTables())
            if (other.hasNamedField(key) && std::string_view(other.kind) != spec.kind)
                return message + " (`" + key + "` belongs in " + other.kind + "); fields here are: " +
                       spec.namedFieldList();
        return message + "; fields are: " + spec.namedFieldList();
    }

    // Pushes t[field] (raw) and returns its type.
    int field(int index, const char* name) {
        const int table = lua_absindex(L_, index);
        lua_pushstring(L_, name);
        return lua_rawget(L_, table);
    }

    std::string text(int index, const char* name, const Where& w, const std::string& what, bool required) {
        index = lua_absindex(L_, index);  // the stack moves under relative indices
        const int type = field(index, name);
        std::string out;
        if (type == LUA_TSTRING) {
            std::size_t length = 0;
            const char* data = lua_tolstring(L_, -1, &length);
            out.assign(data, length);
            if (!isValidUtf8(out)) {
                error(at(w, name), codes::kInvalidUtf8,
                      std::string("`") + name + "` in " + what + " is not valid UTF-8; save the file as UTF-8");
                out.clear();
            }
        } else if (type == LUA_TNIL) {
            if (required && !misspelt_.count({w.kind, w.id, w.line, w.prefix + name}))
                error(w.line, codes::kMissingField, what + " needs `" + name + "`");
        } else {
            error(at(w, name), codes::kInvalidValue,
                  std::string("`") + name + "` in " + what + " must be text in quotes, not a " + luaL_typename(L_, -1));
        }
        lua_pop(L_, 1);
        return out;
    }

    std::optional<bool> boolean(int index, const char* name, const Where& w, const std::string& what) {
        index = lua_absindex(L_, index);  // the stack moves under relative indices
        const int type = field(index, name);
        std::optional<bool> out;
        if (type == LUA_TBOOLEAN) out = lua_toboolean(L_, -1) != 0;
        else if (type != LUA_TNIL)
            error(at(w, name), codes::kInvalidValue, std::string("`") + name + "` in " + what + " must be true or false");
        lua_pop(L_, 1);
        return out;
    }

    std::vector<std::string> textList(int index, const char* name, const Where& w, const std::string& what,
                                      bool required) {
        index = lua_absindex(L_, index);  // the stack moves under relative indices
        std::vector<std::string> out;
        const int type = field(index, name);
        if (type == LUA_TTABLE) {
            const auto n = static_cast<lua_Integer>(lua_rawlen(L_, -1));
            for (lua_Integer i = 1; i <= n; ++i) {
                const std::string item = std::string(name) + ".[" + std::to_string(i) + "]";
                if (lua_rawgeti(L_, -1, i) == LUA_TSTRING) {
                    std::size_t length = 0;
                    const char* data = lua_tolstring(L_, -1, &length);
                    std::string value(data, length);
                    if (isValidUtf8(value)) out.push_back(std::move(value));
                    else error(at(w, item), codes::kInvalidUtf8,
                               std::string("an item of `") + name + "` in " + what + " is not valid UTF-8");
                } else {
                    error(at(w, item), codes::kInvalidValue, std::string("`") + name + "` must list text in quotes");
                }
                lua_pop(L_, 1);
            }
        } else if (type == LUA_TNIL) {
            if (required && !misspelt_.count({w.kind, w.id, w.line, w.prefix + name}))
                error(w.line, codes::kMissingField, what + " needs `" + name + "`");
        } else {
            error(at(w, name), codes::kInvalidValue,
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

    // Reads { name = value, ... } pairs (set, when, vars); `field` is the key the table is
    // written under, for the lines of its entries.
    std::vector<std::pair<std::string, Value>> pairs(int index, const char* what, const Where& w, const std::string& field) {
        std::vector<std::pair<std::string, Value>> out;
        const int table = lua_absindex(L_, index);
        lua_pushnil(L_);
        while (lua_next(L_, table) != 0) {
            if (lua_type(L_, -2) != LUA_TSTRING) {
                error(at(w, field), codes::kInvalidValue, std::string(what) + " must be written as { name = value }");
            } else if (auto v = value(-1)) {
                out.emplace_back(lua_tostring(L_, -2), *v);
            } else {
                error(at(w, field + "." + lua_tostring(L_, -2)), codes::kInvalidValue,
                      std::string(what) + ": '" + lua_tostring(L_, -2) + "' must be a number, true/false or text, not a " +
                          luaL_typename(L_, -1));
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

    void readContacts(int index, std::vector<Contact>& contacts, const Where& w);
    void readVars(int index, Scenario& s, const Where& w);
    Node readNode(int index, bool ending);
    bool readEvent(int index, std::string_view kind, Node& node);
    Choice readChoice(int index, const std::string& node_id);
    // The fields every file kind starts with: format, id, lang; `kind` names it in messages.
    void readHeader(int index, const char* kind, const Where& w, int& format, std::string& id, std::string& lang);
    int integer(int index, const char* name, const Where& w, const std::string& what, bool required);
    QuizItem readItem(int index);
    LessonStep readStep(int index);

    lua_State* L_;
    std::string file_;
    const SourceLines& source_;
    std::vector<Problem>& problems_;
    std::set<Misspelt> misspelt_;
};

// ---------------------------------------------------------------------------- readers

Scenario Reader::readScenario(int index) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
    Scenario s;
    s.file = file_;
    s.line = taggedLine(L_, index);
    const Where w{"scenario", "", s.line, ""};
    const std::string what = "the scenario";
    const int line = s.line;
    checkFields(index, "scenario", w, what);
    const int format_type = field(index, "format");
    if (format_type == LUA_TNUMBER && lua_isinteger(L_, -1)) s.format = static_cast<int>(lua_tointeger(L_, -1));
    lua_pop(L_, 1);
    if (format_type == LUA_TNIL) {
        if (!misspelt_.count({"scenario", "", line, "format"}))
            error(line, codes::kMissingField, "the scenario needs `format` (format = 1: the version this engine reads)");
    }
    else if (s.format != 1)
        error(at(w, "format"), codes::kInvalidValue, "`format` must be 1 (this engine reads scenario format 1)");
    s.id = text(index, "id", w, what, required("scenario", "id"));
    if (!s.id.empty() && !isValidId(s.id))
        error(at(w, "id"), codes::kBadId, "scenario id '" + s.id + "' must be lower-case letters, digits and _");
    s.lang = text(index, "lang", w, what, required("scenario", "lang"));
    if (!s.lang.empty() && s.lang != "kk" && s.lang != "ru" && s.lang != "en")
        error(at(w, "lang"), codes::kInvalidValue,
              "invalid lang '" + s.lang + "', expected one of: " + enumValueList("saqbol.Lang"));
    s.title = text(index, "title", w, what, required("scenario", "title"));
    s.summary = text(index, "summary", w, what, required("scenario", "summary"));
    s.content_note = text(index, "content_note", w, what, required("scenario", "content_note"));
    s.reviewed = text(index, "reviewed", w, what, required("scenario", "reviewed"));
    if (!s.reviewed.empty() && (s.reviewed.size() != 10 || s.reviewed[4] != '-' || s.reviewed[7] != '-'))
        error(at(w, "reviewed"), codes::kInvalidValue, "`reviewed` must be a date written YYYY-MM-DD");
    s.start = text(index, "start", w, what, required("scenario", "start"));
    const std::vector<std::string> audience = textList(index, "audience", w, what, required("scenario", "audience"));
    for (std::size_t i = 0; i < audience.size(); ++i) {
        if (auto parsed = parseAudience(audience[i])) s.audience.push_back(*parsed);
        else error(at(w, "audience.[" + std::to_string(i + 1) + "]"), codes::kInvalidValue,
                   "invalid audience '" + audience[i] + "', expected one of: " + enumValueList("saqbol.Audience"));
    }
    s.tips = textList(index, "tips", w, what, required("scenario", "tips"));
    s.facts = textList(index, "facts", w, what, required("scenario", "facts"));
    const int minutes_type = field(index, "minutes");
    if (minutes_type == LUA_TNUMBER && lua_isinteger(L_, -1)) s.minutes = static_cast<int>(lua_tointeger(L_, -1));
    lua_pop(L_, 1);
    if (minutes_type == LUA_TNIL) {
        if (!misspelt_.count({"scenario", "", line, "minutes"}))
            error(line, codes::kMissingField, "the scenario needs `minutes` (estimated play time, 1 to 60)");
    }
    else if (s.minutes < 1 || s.minutes > 60)
        error(at(w, "minutes"), codes::kInvalidValue, "`minutes` must be a whole number from 1 to 60");

    if (const int type = field(index, "contacts"); type == LUA_TTABLE) readContacts(-1, s.contacts, w);
    else if (type != LUA_TNIL)
        error(at(w, "contacts"), codes::kInvalidValue, "contacts must be written as contacts = { id = { name = \"...\" } }");
    lua_pop(L_, 1);
    if (const int type = field(index, "vars"); type == LUA_TTABLE) readVars(-1, s, w);
    else if (type != LUA_TNIL) error(at(w, "vars"), codes::kInvalidValue, "vars must be written as vars = { name = value }");
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

void Reader::readContacts(int index, std::vector<Contact>& contacts, const Where& w) {
    const int table = lua_absindex(L_, index);
    lua_pushnil(L_);
    while (lua_next(L_, table) != 0) {
        if (lua_type(L_, -2) != LUA_TSTRING || lua_type(L_, -1) != LUA_TTABLE) {
            error(at(w, "contacts"), codes::kInvalidValue, "contacts must be written as id = { name = \"...\" }");
        } else {
            Contact c;
            c.id = lua_tostring(L_, -2);
            const Where cw{w.kind, w.id, w.line, "contacts." + c.id + "."};
            c.line = at(w, "contacts." + c.id);
            const std::string what = "contact '" + c.id + "'";
            checkFields(-1, "contact", cw, what);
            c.name = text(-1, "name", cw, what, required("contact", "name"));
            c.number = text(-1, "number", cw, what, required("contact", "number"));
            c.official = boolean(-1, "official", cw, what).value_or(false);
            c.video = boolean(-1, "video", cw, what).value_or(false);
            if (!isValidId(c.id))
                error(c.line, codes::kBadId, "contact id '" + c.id + "' must be lower-case letters, digits and _");
            contacts.push_back(std::move(c));
        }
        lua_pop(L_, 1);
    }
    std::sort(contacts.begin(), contacts.end(), [](const Contact& a, const Contact& b) { return a.id < b.id; });
}

void Reader::readVars(int index, Scenario& s, const Where& w) {
    for (auto& [name, v] : pairs(index, "vars", w, "vars")) {
        s.var_lines[name] = at(w, "vars." + name);
        s.vars.emplace(name, v);
    }
}

Node Reader::readNode(int index, bool ending) {
    index = lua_absindex(L_, index);  // the stack moves under relative indices
    Node node;
    node.is_ending = ending;
    node.id = std::string(taggedId(L_, index));
    node.line = taggedLine(L_, index);
    const char* kind = ending ? "ending" : "node";
    const Where w{kind, node.id, node.line, ""};
    const std::string what = std::string(kind) + " '" + node.id + "'";
    checkFields(index, kind, w, what);
    if (ending) {
        const std::string outcome = text(index, "outcome", w, what, required("ending", "outcome"));
        if (auto parsed = parseOutcome(outcome)) node.outcome = *parsed;
        else if (!outcome.empty())
            error(at(w, "outcome"), codes::kInvalidValue,
                  "invalid outcome '" + outcome + "', expected one of: " + enumValueList("saqbol.Outcome"));
        // Required, but a missing one is SB012 (validateScenario), not SB004.
        node.title = text(index, "title", w, what, false);
        node.debrief = text(index, "debrief", w, what, false);
    }
    const auto n = static_cast<lua_Integer>(lua_rawlen(L_, index));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L_, index, i);
        const std::string_view item = taggedKind(L_, -1);
        const int line = taggedLine(L_, -1) > 0 ? taggedLine(L_, -1) : node.line;
        if (item == "choice") {
            if (ending) error(line, codes::kNotScenario, "an ending offers no choices; make '" + node.id + "' a node");
            else node.choices.push_back(readChoice(-1, node.id));
        } else if (!readEvent(-1, item, node)) {
            error(line, codes::kNotScenario,
                  what + " holds events (narrate, sms, call, say, chat, web, ad, game, bank, notify)" +
                      (ending ? "" : " and choices") +
                      (item.empty() ? std::string(", not a plain ") + luaL_typename(L_, -1)
                                    : ", not " + std::string(item)));
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
    const char* k = found->first;
    Event e;
    e.kind = found->second;
    e.line = taggedLine(L_, index);
    const Where w{k, "", e.line, ""};
    const std::string what = std::string(kind) + " in " + (node.is_ending ? "ending '" : "node '") + node.id + "'";
    switch (e.kind) {
        case EventKind::Narrate:
            lua_rawgeti(L_, index, 1);
            e.text = lua_tostring(L_, -1);
            lua_pop(L_, 1);
            if (!isValidUtf8(e.text)) error(e.line, codes::kInvalidUtf8, "narrate text is not valid UTF-8; save the file as UTF-8");
            break;
        case EventKind::Say: {
            checkFields(index, k, w, what);
            if (lua_rawlen(L_, index) != 2) {
                error(e.line, codes::kInvalidValue, "say is written say { speaker, \"text\" }");
                break;
            }
            lua_rawgeti(L_, index, 1);
            lua_rawgeti(L_, index, 2);
            if (lua_type(L_, -2) == LUA_TSTRING && lua_type(L_, -1) == LUA_TSTRING) {
                e.who = lua_tostring(L_, -2);
                e.text = lua_tostring(L_, -1);
                if (!isValidUtf8(e.text))
                    error(at(w, "[2]"), codes::kInvalidUtf8, "say text is not valid UTF-8; save the file as UTF-8");
            } else {
                error(e.line, codes::kInvalidValue, "say is written say { speaker, \"text\" } with text in quotes");
            }
            lua_pop(L_, 2);
            break;
        }
        case EventKind::Call: {
            checkFields(index, k, w, what);
            e.who = text(index, "from", w, what, required(k, "from"));
            std::string to = text(index, "to", w, what, required(k, "to"));
            if (!to.empty()) e.who = to, e.outgoing = true;
            if (e.who.empty()) error(e.line, codes::kMissingField, "call needs `from` (incoming) or `to` (outgoing)");
            e.video = boolean(index, "video", w, what).value_or(false);
            break;
        }
        case EventKind::Sms:
        case EventKind::Game:
        case EventKind::Notify:
            checkFields(index, k, w, what);
            e.who = text(index, "from", w, what, required(k, "from"));
            e.text = text(index, "text", w, what, required(k, "text"));
            break;
        case EventKind::Chat:
        case EventKind::Ad:
            checkFields(index, k, w, what);
            e.who = text(index, "from", w, what, required(k, "from"));
            e.text = text(index, "text", w, what, required(k, "text"));
            e.link = text(index, "link", w, what, required(k, "link"));
            e.photo = text(index, "photo", w, what, required(k, "photo"));
            break;
        case EventKind::Web:
            checkFields(index, k, w, what);
            e.url = text(index, "url", w, what, required(k, "url"));
            e.title = text(index, "title", w, what, required(k, "title"));
            e.text = text(index, "text", w, what, required(k, "text"));
            e.fields = textList(index, "fields", w, what, required(k, "fields"));
            break;
        case EventKind::Bank:
            checkFields(index, k, w, what);
            e.text = text(index, "text", w, what, required(k, "text"));
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
    const Where w{"choice", c.id, c.line, ""};
    const std::string what = "choice '" + c.id + "' of node '" + node_id + "'";
    checkFields(index, "choice", w, what);
    if (lua_rawgeti(L_, index, 1) == LUA_TSTRING) c.text = lua_tostring(L_, -1);
    else error(c.line, codes::kMissingField, what + " needs its text first: choice \"" + c.id + "\" { \"text\", ... }");
    lua_pop(L_, 1);
    if (!isValidUtf8(c.text))
        error(at(w, "[1]"), codes::kInvalidUtf8, what + ": text is not valid UTF-8; save the file as UTF-8"), c.text.clear();
    if (lua_rawlen(L_, index) > 1) error(at(w, "[2]"), codes::kInvalidValue, what + " has more than one text");
    c.go = text(index, "go", w, what, required("choice", "go"));
    const std::string verdict = text(index, "verdict", w, what, required("choice", "verdict"));
    if (auto parsed = parseVerdict(verdict)) c.verdict = *parsed;
    else if (!verdict.empty())
        error(at(w, "verdict"), codes::kInvalidValue,
              "invalid verdict '" + verdict + "', expected one of: " + enumValueList("saqbol.Verdict"));
    // tip and why are needed unless the verdict is neutral: SB010 (validateScenario) says so.
    c.tip = text(index, "tip", w, what, false);
    c.why = text(index, "why", w, what, false);
    c.action = text(index, "action", w, what, required("choice", "action"));

    if (const int type = field(index, "set"); type == LUA_TTABLE) c.effect.set = pairs(-1, "set", w, "set");
    else if (type != LUA_TNIL) error(at(w, "set"), codes::kInvalidValue, "`set` is written set = { name = value }");
    lua_pop(L_, 1);
    if (const int type = field(index, "add"); type == LUA_TTABLE) {
        for (auto& [name, v] : pairs(-1, "add", w, "add")) {
            if (const double* amount = std::get_if<double>(&v)) c.effect.add.emplace_back(name, *amount);
            else error(at(w, "add." + name), codes::kInvalidValue, "`add` takes numbers: add = { " + name + " = -1000 }");
        }
    } else if (type != LUA_TNIL) {
        error(at(w, "add"), codes::kInvalidValue, "`add` is written add = { name = number }");
    }
    lua_pop(L_, 1);
    if (const int type = field(index, "effect"); type == LUA_TFUNCTION)
        std::tie(c.effect.script, c.effect.script_line) = function();
    else {
        if (type != LUA_TNIL) error(at(w, "effect"), codes::kInvalidValue, "`effect` must be a function(v) ... end");
        lua_pop(L_, 1);
    }
    if (const int type = field(index, "when"); type == LUA_TFUNCTION) {
        std::tie(c.when.script, c.when.script_line) = function();
    } else {
        if (type == LUA_TTABLE) c.when.equals = pairs(-1, "when", w, "when");
        else if (type != LUA_TNIL)
            error(at(w, "when"), codes::kInvalidValue, "`when` must be { name = value } or a function(v) ... end");
        lua_pop(L_, 1);
    }
    return c;
}

// ---------------------------------------------------------------------------- quiz and lesson readers

void Reader::readHeader(int index, const char* kind, const Where& w, int& format, std::string& id, std::string& lang) {
    const std::string what = std::string("the ") + kind;
    const int type = field(index, "format");
    if (type == LUA_TNUMBER && lua_isinteger(L_, -1)) format = static_cast<int>(lua_tointeger(L_, -1));
    lua_pop(L_, 1);
    if (type == LUA_TNIL) {
        if (!misspelt_.count({kind, "", w.line, "format"}))
            error(w.line, codes::kMissingField, what + " needs `format` (format = 1)");
    } else if (format != 1) {
        error(at(w, "format"), codes::kInvalidValue, "`format` must be 1 (this engine reads format 1)");
    }
    id = text(index, "id", w, what, true);
    if (!id.empty() && !isValidId(id))
        error(at(w, "id"), codes::kBadId, std::string(kind) + " id '" + id + "' must be lower-case letters, digits and _");
    lang = text(index, "lang", w, what, true);
    if (!lang.empty() && lang != "kk" && lang != "ru" && lang != "en")
        error(at(w, "lang"), codes::kInvalidValue, "invalid lang '" + lang + "', expected one of: " + enumValueList("saqbol.Lang"));
}

int Reader::integer(int index, const char* name, const Where& w, const std::string& what, bool required) {
    index = lua_absindex(L_, index);
    const int type = field(index, name);
    int out = 0;
    if (type == LUA_TNUMBER && lua_isinteger(L_, -1)) out = static_cast<int>(lua_tointeger(L_, -1));
    else if (type == LUA_TNIL && required && !misspelt_.count({w.kind, w.id, w.line, w.prefix + name}))
        error(w.line, codes::kMissingField, what + " needs `" + name + "` (a whole number)");
    else if (type != LUA_TNIL)
        error(at(w, name), codes::kInvalidValue, std::string("`") + name + "` in " + what + " must be a whole number");
    lua_pop(L_, 1);
    return out;
}

Quiz Reader::readQuiz(int index) {
    index = lua_absindex(L_, index);
    Quiz q;
    q.file = file_;
    q.line = taggedLine(L_, index);
    const Where w{"quiz", "", q.line, ""};
    checkFields(index, "quiz", w, "the quiz");
    readHeader(index, "quiz", w, q.format, q.id, q.lang);
    q.title = text(index, "title", w, "the quiz", required("quiz", "title"));
    q.reviewed = text(index, "reviewed", w, "the quiz", required("quiz", "reviewed"));
    textList(index, "facts", w, "the quiz", required("quiz", "facts"));
    if (const int type = field(index, "contacts"); type == LUA_TTABLE) readContacts(-1, q.contacts, w);
    else if (type != LUA_TNIL)
        error(at(w, "contacts"), codes::kInvalidValue, "contacts must be written as contacts = { id = { name = \"...\" } }");
    lua_pop(L_, 1);
    const auto n = static_cast<lua_Integer>(lua_rawlen(L_, index));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L_, index, i);
        if (taggedKind(L_, -1) == "item") q.items.push_back(readItem(-1));
        else error(taggedLine(L_, -1) > 0 ? taggedLine(L_, -1) : q.line, codes::kNotScenario,
                   "the quiz's list holds only item \"id\" { ... }");
        lua_pop(L_, 1);
    }
    return q;
}

QuizItem Reader::readItem(int index) {
    index = lua_absindex(L_, index);
    QuizItem item;
    item.id = std::string(taggedId(L_, index));
    item.line = taggedLine(L_, index);
    const Where w{"item", item.id, item.line, ""};
    const std::string what = "item '" + item.id + "'";
    checkFields(index, "item", w, what);
    const std::string form = text(index, "form", w, what, required("item", "form"));
    if (form == "A" || form == "B") item.form = form[0];
    else if (!form.empty()) error(at(w, "form"), codes::kInvalidValue, what + ": form must be \"A\" or \"B\"");
    if (auto legit = boolean(index, "legit", w, what)) item.legit = *legit;
    else if (!misspelt_.count({"item", item.id, item.line, "legit"}))
        error(item.line, codes::kMissingField, what + " needs `legit` (true: the real thing, false: a scam)");
    item.tip = text(index, "tip", w, what, false);   // missing or unknown: validateQuiz says which are valid
    item.cue = text(index, "cue", w, what, false);
    Node holder;  // the events read as a node's, then moved to the item
    holder.id = item.id;
    const auto n = static_cast<lua_Integer>(lua_rawlen(L_, index));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L_, index, i);
        const std::string_view kind = taggedKind(L_, -1);
        if (!readEvent(-1, kind, holder))
            error(taggedLine(L_, -1) > 0 ? taggedLine(L_, -1) : item.line, codes::kNotScenario,
                  what + " holds events (sms, call, say, chat, web, ad, game, bank, notify)");
        lua_pop(L_, 1);
    }
    item.events = std::move(holder.events);
    return item;
}

Lesson Reader::readLesson(int index) {
    index = lua_absindex(L_, index);
    Lesson l;
    l.file = file_;
    l.line = taggedLine(L_, index);
    const Where w{"lesson", "", l.line, ""};
    const std::string what = "the lesson";
    checkFields(index, "lesson", w, what);
    readHeader(index, "lesson", w, l.format, l.id, l.lang);
    l.title = text(index, "title", w, what, required("lesson", "title"));
    l.summary = text(index, "summary", w, what, required("lesson", "summary"));
    const std::vector<std::string> audience = textList(index, "audience", w, what, required("lesson", "audience"));
    for (std::size_t i = 0; i < audience.size(); ++i) {
        if (auto parsed = parseAudience(audience[i])) l.audience.push_back(*parsed);
        else error(at(w, "audience.[" + std::to_string(i + 1) + "]"), codes::kInvalidValue,
                   "invalid audience '" + audience[i] + "', expected one of: " + enumValueList("saqbol.Audience"));
    }
    l.minutes = integer(index, "minutes", w, what, required("lesson", "minutes"));
    if (const int type = field(index, "quiz"); type == LUA_TTABLE) {
        const Where qw{"lesson", "", l.line, "quiz."};
        checkFields(-1, "lesson_quiz", qw, "the lesson's quiz");
        for (const char* when : {"before", "after"}) {
            const std::string form = text(-1, when, qw, "the lesson's quiz", false);
            if (form == "A" || form == "B") (std::string_view(when) == "before" ? l.quiz_before : l.quiz_after) = form[0];
            else if (!form.empty())
                error(at(w, std::string("quiz.") + when), codes::kInvalidValue, std::string("quiz.") + when + " must be \"A\" or \"B\"");
        }
    } else if (type != LUA_TNIL) {
        error(at(w, "quiz"), codes::kInvalidValue, "`quiz` is written quiz = { before = \"A\", after = \"B\" }");
    }
    lua_pop(L_, 1);
    if (const int type = field(index, "steps"); type == LUA_TTABLE) {
        const auto n = static_cast<lua_Integer>(lua_rawlen(L_, -1));
        for (lua_Integer i = 1; i <= n; ++i) {
            lua_rawgeti(L_, -1, i);
            if (taggedKind(L_, -1) == "play") l.steps.push_back(readStep(-1));
            else error(at(w, "steps.[" + std::to_string(i) + "]"), codes::kInvalidValue,
                       "steps holds only play \"scenario_id\" { minutes = ..., discuss = { ... } }");
            lua_pop(L_, 1);
        }
    } else if (type != LUA_TNIL) {
        error(at(w, "steps"), codes::kInvalidValue, "`steps` is written steps = { play \"scenario_id\" { ... }, ... }");
    }
    lua_pop(L_, 1);
    return l;
}

LessonStep Reader::readStep(int index) {
    index = lua_absindex(L_, index);
    LessonStep step;
    step.scenario = std::string(taggedId(L_, index));
    step.line = taggedLine(L_, index);
    const Where w{"play", step.scenario, step.line, ""};
    const std::string what = "step '" + step.scenario + "'";
    checkFields(index, "play", w, what);
    step.minutes = integer(index, "minutes", w, what, required("play", "minutes"));
    step.discuss = textList(index, "discuss", w, what, false);  // missing: a warning (validateLesson)
    return step;
}

// A plain-words hint for the Lua errors trainers meet most.
std::string hintFor(const std::string& message) {
    static const std::pair<const char*, const char*> kHints[] = {
        {"attempt to concatenate a table value",
         " (hint: `narrate \"a\" .. \"b\"` is read as `(narrate \"a\") .. \"b\"`; write one string or narrate(\"a\" .. \"b\"))"},
        {"expected (to close", " (hint: a comma may be missing between two fields or entries)"},
        {"unexpected symbol", " (hint: check the line above for a missing comma or quote)"},
        {"unfinished string", " (hint: a closing quote \" is missing)"},
        {"attempt to call a nil value (global", " (hint: a misspelt function name? every function is listed in docs/scenario-api.md)"},
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
    const SourceLines source_lines(source);
    std::set<Reader::Misspelt> misspelt;
    Scenario scenario;
    bool ok = sandbox->run(limits.load_steps, [](lua_State* L) { openScenarioApi(L); });
    ok = ok && sandbox->runFile(source, [&](lua_State* L) {
        if (taggedKind(L, -1) != "scenario") {
            throw ScriptError("the file must end with `return scenario { ... }`; it returned " +
                                  std::string(lua_type(L, -1) == LUA_TTABLE ? "a plain table" : luaL_typename(L, -1)),
                              0);
        }
        Reader reader(L, file, source_lines, state->problems);
        scenario = reader.readScenario(-1);
        misspelt = reader.misspelt();
    });
    state->loading = false;
    LoadResult result;
    result.problems = std::move(state->problems);
    for (Problem& problem : result.problems) {
        if (problem.message.rfind("the file must end with", 0) == 0) problem.code = codes::kNotScenario;
        if (problem.code == codes::kLoadFailed) problem.message += hintFor(problem.message);
    }
    if (!ok) return result;
    std::vector<Problem> structural = validateScenario(
        scenario, [&](std::string_view kind, std::string_view id, int line, std::string_view path) {
            return source_lines.line(kind, id, line, path);
        });
    // "has no `why`" after "unknown field 'wyh' … did you mean 'why'?" is the same mistake.
    std::erase_if(structural, [&](const Problem& p) {
        return std::any_of(misspelt.begin(), misspelt.end(), [&](const Reader::Misspelt& m) {
            return p.line == m.line && (p.code == codes::kChoiceLacks || p.code == codes::kEndingLacks) &&
                   p.message.find("`" + m.field + "`") != std::string::npos;
        });
    });
    result.problems.insert(result.problems.end(), structural.begin(), structural.end());
    // A key written twice in one table: Lua keeps the last without a word.
    for (const SourceLines::Repeat& repeat : source_lines.repeatedKeys())
        result.problems.push_back(
            {file, repeat.line, codes::kUnknownField, Severity::Warning,
             "`" + repeat.key + "` is written twice in " +
                 (repeat.builder.empty() ? std::string("one table")
                                         : repeat.builder + (repeat.id.empty() ? "" : " '" + repeat.id + "'")) +
                 "; Lua keeps only this last one, so the earlier one is ignored"});
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    result.host = std::make_unique<ScenarioHost>(std::move(sandbox), std::move(scenario));
    return result;
}

namespace {

// The text of `path`, or nullopt with SB001 in `problems` (unreadable, or too large).
std::optional<std::string> readSource(const std::filesystem::path& path, const SandboxLimits& limits,
                                      std::vector<Problem>& problems) {
    const std::string file = path.string();
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    if (ec || !in) {
        problems.push_back({file, 0, codes::kLoadFailed, Severity::Error, "cannot read the file"});
        return std::nullopt;
    }
    if (size > limits.max_file_bytes) {
        problems.push_back({file, 0, codes::kLoadFailed, Severity::Error,
                            "the file is larger than " + std::to_string(limits.max_file_bytes >> 10) +
                                " KiB; a scenario should be far smaller"});
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

LoadResult loadScenario(const std::filesystem::path& path, const SandboxLimits& limits,
                        ProblemSink play_sink) {
    LoadResult result;
    const auto source = readSource(path, limits, result.problems);
    if (!source) return result;
    return loadScenarioSource(path.string(), *source, limits, std::move(play_sink));
}

bool CourseLoad::hasErrors() const {
    return (!quiz && !lesson) || std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
               return p.severity == Severity::Error;
           });
}

FileKind fileKindOf(std::string_view source) {
    // The last `return NAME` at the start of a line decides; comments are rare enough there.
    FileKind kind = FileKind::Scenario;
    for (std::size_t at = source.find("return"); at != std::string_view::npos; at = source.find("return", at + 6)) {
        if (at > 0 && source[at - 1] != '\n') continue;
        std::size_t name = at + 6;
        while (name < source.size() && (source[name] == ' ' || source[name] == '\t')) ++name;
        const std::string_view rest = source.substr(name);
        auto starts = [&](std::string_view word) {
            return rest.rfind(word, 0) == 0 && (rest.size() == word.size() || !std::isalnum(static_cast<unsigned char>(rest[word.size()])));
        };
        if (starts("quiz")) kind = FileKind::Quiz;
        else if (starts("lesson")) kind = FileKind::Lesson;
        else kind = FileKind::Scenario;
    }
    return kind;
}

bool isCourseFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return fileKindOf(text.str()) != FileKind::Scenario;
}

CourseLoad loadCourseSource(const std::string& file, const std::string& source, const SandboxLimits& limits) {
    CourseLoad result;
    Sandbox sandbox(file, limits, [&](const Problem& problem) { result.problems.push_back(problem); });
    const SourceLines source_lines(source);
    bool ok = sandbox.run(limits.load_steps, [](lua_State* L) { openScenarioApi(L); });
    ok = ok && sandbox.runFile(source, [&](lua_State* L) {
        const std::string_view kind = taggedKind(L, -1);
        if (kind != "quiz" && kind != "lesson")
            throw ScriptError("the file must end with `return quiz { ... }` or `return lesson { ... }`", 0);
        Reader reader(L, file, source_lines, result.problems);
        if (kind == "quiz") result.quiz = reader.readQuiz(-1);
        else result.lesson = reader.readLesson(-1);
    });
    for (Problem& problem : result.problems) {
        if (problem.message.rfind("the file must end with", 0) == 0) problem.code = codes::kNotScenario;
        if (problem.code == codes::kLoadFailed) problem.message += hintFor(problem.message);
    }
    if (!ok) {
        result.quiz.reset();
        result.lesson.reset();
        return result;
    }
    if (result.quiz) {
        std::vector<Problem> more = validateQuiz(*result.quiz);
        result.problems.insert(result.problems.end(), more.begin(), more.end());
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    return result;
}

CourseLoad loadCourseFile(const std::filesystem::path& path, const SandboxLimits& limits) {
    CourseLoad result;
    const auto source = readSource(path, limits, result.problems);
    if (!source) return result;
    return loadCourseSource(path.string(), *source, limits);
}

}  // namespace saqbol
