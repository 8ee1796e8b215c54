// SPDX-License-Identifier: MIT
// Sections: tagging · the builders · the tables · enumerations · registration and tags.
#include "scenario_api.h"

#include <array>
#include <initializer_list>

#include <lauxlib.h>
#include <lua.h>

#include "scenario.h"
#include "tips.h"

namespace saqbol {
namespace {

// Private keys: light userdata cannot be written by a script, so a tag cannot be forged
// by accident (a forged tag would only produce data the loader checks anyway).
char kKindKey, kLineKey, kIdKey;

int callerLine(lua_State* L) {
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) != 0 && lua_getinfo(L, "l", &ar) != 0) return ar.currentline;
    return 0;
}

void tag(lua_State* L, int table, const char* kind, int line) {
    lua_pushstring(L, kind);
    lua_rawsetp(L, table, &kKindKey);
    lua_pushinteger(L, line);
    lua_rawsetp(L, table, &kLineKey);
}

// scenario { ... } and the events: tag the table and return it.
template <const char* Kind>
int tagTable(lua_State* L) {
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "%s expects a table: %s { ... }, got %s", Kind, Kind, luaL_typename(L, 1));
    tag(L, 1, Kind, callerLine(L));
    lua_settop(L, 1);
    return 1;
}

// The second half of node "id" { ... }: upvalues are the kind, the id and the line.
int finishNamed(lua_State* L) {
    const char* kind = lua_tostring(L, lua_upvalueindex(1));
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "%s \"%s\" expects a table next: %s \"%s\" { ... }", kind,
                          lua_tostring(L, lua_upvalueindex(2)), kind,
                          lua_tostring(L, lua_upvalueindex(2)));
    tag(L, 1, kind, static_cast<int>(lua_tointeger(L, lua_upvalueindex(3))));
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_rawsetp(L, 1, &kIdKey);
    lua_settop(L, 1);
    return 1;
}

// node "id", ending "id", choice "id": remember the id, return the function that takes the table.
template <const char* Kind>
int named(lua_State* L) {
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "%s expects an id in quotes: %s \"my_id\" { ... }, got %s", Kind, Kind,
                          luaL_typename(L, 1));
    lua_pushstring(L, Kind);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, callerLine(L));
    lua_pushcclosure(L, &finishNamed, 3);
    return 1;
}

// narrate "text": the one event written with a plain string.
int narrate(lua_State* L) {
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "narrate expects text: narrate \"...\", got %s", luaL_typename(L, 1));
    lua_createtable(L, 1, 2);
    lua_pushvalue(L, 1);
    lua_rawseti(L, -2, 1);
    tag(L, lua_gettop(L), "narrate", callerLine(L));
    return 1;
}

constexpr char kScenario[] = "scenario", kNode[] = "node", kEnding[] = "ending",
               kChoice[] = "choice", kSms[] = "sms", kCall[] = "call", kSay[] = "say",
               kChat[] = "chat", kWeb[] = "web", kAd[] = "ad", kGame[] = "game",
               kBank[] = "bank", kNotify[] = "notify", kQuiz[] = "quiz", kItem[] = "item",
               kLesson[] = "lesson", kPlay[] = "play";

// ---------------------------------------------------------------------------- the builders

constexpr std::array kApi = {
    ApiEntry{"scenario", &tagTable<kScenario>, ApiShape::Table, "return scenario { id = ..., ... }",
             "The whole scenario: its fields, then its nodes and endings."},
    ApiEntry{"node", &named<kNode>, ApiShape::Named, "node \"id\" { events..., choices... }",
             "One moment of the story: what happens on the phone, then what the player can do."},
    ApiEntry{"ending", &named<kEnding>, ApiShape::Named, "ending \"id\" { outcome = ..., title = ..., debrief = ... }",
             "An ending with its outcome (safe, recovered, loss, legal) and debrief summary."},
    ApiEntry{"choice", &named<kChoice>, ApiShape::Named,
             "choice \"id\" { \"text\", go = ..., verdict = ..., tip = ..., why = ... }",
             "Something the player can do or say, where it leads and how the debrief judges it."},
    ApiEntry{"narrate", &narrate, ApiShape::Text, "narrate \"text\"", "Story context shown beside the phone."},
    ApiEntry{"sms", &tagTable<kSms>, ApiShape::Table, "sms { from = contact, text = ... }", "An SMS arrives."},
    ApiEntry{"call", &tagTable<kCall>, ApiShape::Table, "call { from = contact, video = false } / call { to = contact }",
             "An incoming call (voice or video), or a call the player makes."},
    ApiEntry{"say", &tagTable<kSay>, ApiShape::Table, "say { contact, \"text\" }",
             "A line spoken in the call or chat; the speaker is a contact id or \"me\"."},
    ApiEntry{"chat", &tagTable<kChat>, ApiShape::Table, "chat { from = contact, text = ..., link = ..., photo = ... }",
             "A messenger message, optionally with a link or a photo placeholder."},
    ApiEntry{"web", &tagTable<kWeb>, ApiShape::Table, "web { url = ..., title = ..., text = ..., fields = { ... } }",
             "A browser page; the address bar shows url exactly as written."},
    ApiEntry{"ad", &tagTable<kAd>, ApiShape::Table, "ad { from = name, text = ..., link = ..., photo = ... }",
             "A sponsored post in a social feed."},
    ApiEntry{"game", &tagTable<kGame>, ApiShape::Table, "game { from = name, text = ... }",
             "A message in an online game's chat."},
    ApiEntry{"bank", &tagTable<kBank>, ApiShape::Table, "bank { text = ... }",
             "A notice in the bank app; it also shows vars.balance and vars.loans."},
    ApiEntry{"notify", &tagTable<kNotify>, ApiShape::Table, "notify { from = name, text = ... }",
             "A lock-screen notification from any other app."},
    ApiEntry{"quiz", &tagTable<kQuiz>, ApiShape::Table, "return quiz { id = ..., ..., item \"id\" { ... }, ... }",
             "A quiz file: the before/after quiz's item bank, in two forms."},
    ApiEntry{"item", &named<kItem>, ApiShape::Named,
             "item \"id\" { form = \"A\", legit = false, tip = ..., cue = ..., events... }",
             "One quiz item: a phone moment the player calls a scam or real."},
    ApiEntry{"lesson", &tagTable<kLesson>, ApiShape::Table, "return lesson { id = ..., ..., steps = { play ... } }",
             "A lesson file: the scenarios of one sitting, in order, with questions for the room."},
    ApiEntry{"play", &named<kPlay>, ApiShape::Named, "play \"scenario_id\" { minutes = ..., discuss = { ... } }",
             "One step of a lesson: a scenario to play, then the questions to discuss."},
};

// ---------------------------------------------------------------------------- the tables

constexpr const char* kVarsType = "table<string, boolean|number|string>";

constexpr FieldSpec kScenarioFields[] = {
    {"format", "integer", Need::Required, "The format version: 1. The engine refuses versions it does not know."},
    {"id", "string", Need::Required,
     "Stable id: lower-case letters, digits and _ ([a-z][a-z0-9_]*), unique among all scenarios."},
    {"lang", "saqbol.Lang", Need::Required, "The language every text of this file is written in."},
    {"title", "string", Need::Required, "The scenario's name on its card and above the story (translated)."},
    {"summary", "string", Need::Required, "One or two sentences on the scenario card: what it is about (translated)."},
    {"audience", "saqbol.Audience[]", Need::Required, "Who the scenario is for."},
    {"minutes", "integer", Need::Required, "Estimated play time: a whole number of minutes from 1 to 60."},
    {"tips", "saqbol.Tip[]", Need::Required, "The tips and rules this scenario trains."},
    {"facts", "string[]", Need::Required,
     "Which lines of the brief the story relies on (for maintainers: not shown, not translated)."},
    {"reviewed", "string", Need::Required, "When the facts were last checked: a date written YYYY-MM-DD."},
    {"content_note", "string", Need::Optional,
     "Shown before the scenario starts: threats, blackmail, the law (translated)."},
    {"contacts", "table<string, saqbol.Contact>", Need::Optional,
     "Who appears on the phone, by contact id: events name them in `from`, `to` and `say`."},
    {"vars", kVarsType, Need::Optional,
     "The variables and their starting values (number, true/false or text); choices change them."},
    {"start", "string", Need::Required, "The id of the first node."},
};

constexpr FieldSpec kEndingFields[] = {
    {"outcome", "saqbol.Outcome", Need::Required, "How the story ended for the player."},
    {"title", "string", Need::Required, "A short headline of what happened (translated)."},
    {"debrief", "string", Need::Required,
     "A short summary the debrief opens with: what happened and what to do now (translated)."},
};

constexpr FieldSpec kChoiceFields[] = {
    {"[1]", "string", Need::Required, "What the player does or says, written first (translated)."},
    {"go", "string", Need::Required, "The id of the next node or ending: always a literal string."},
    {"verdict", "saqbol.Verdict", Need::Required, "How the debrief judges this choice."},
    {"tip", "saqbol.Tip", Need::Sometimes, "The tip or rule this decision exercises; required unless neutral."},
    {"why", "string", Need::Sometimes,
     "One or two sentences for the debrief: why this was safe or not; required unless neutral (translated)."},
    {"action", "saqbol.Action", Need::Optional,
     "The phone control that is this choice: the red button for hang_up, the keypad for dial:NUMBER…"},
    {"set", kVarsType, Need::Optional, "Variables set when chosen: { code_given = true }."},
    {"add", "table<string, number>", Need::Optional, "Numbers added when chosen: { balance = -150000 }."},
    {"effect", "fun(v: table<string, boolean|number|string>)", Need::Optional,
     "A function that changes v when chosen, after set and add; only declared variables, same types."},
    {"when", "table<string, boolean|number|string>|fun(v: table<string, boolean|number|string>): boolean",
     Need::Optional, "Show this choice only when { var = value } all match, or when the function returns true."},
};

constexpr FieldSpec kContactFields[] = {
    {"name", "string", Need::Required, "The name the phone shows (translated)."},
    {"number", "string", Need::Optional,
     "The number as the phone shows it; invented ones look like +7 700 000 xx xx or +7 708 000 xx xx."},
    {"official", "boolean", Need::Optional, "A real service's number: 1414, the hotline printed on the card."},
    {"video", "boolean", Need::Optional, "This contact calls by video."},
};

constexpr FieldSpec kNarrateFields[] = {
    {"[1]", "string", Need::Required, "The story context, shown beside the phone, not on it (translated)."},
};
constexpr FieldSpec kSmsFields[] = {
    {"from", "string", Need::Required, "The sender: a contact id (its name, such as 1414, heads the thread)."},
    {"text", "string", Need::Required, "The message (translated)."},
};
constexpr FieldSpec kCallFields[] = {
    {"from", "string", Need::Sometimes, "The caller's contact id, for an incoming call; write `from` or `to`."},
    {"to", "string", Need::Sometimes, "The contact id the player calls, for an outgoing call; write `from` or `to`."},
    {"video", "boolean", Need::Optional, "A video call (the screen shows a silhouette, never a face)."},
};
constexpr FieldSpec kSayFields[] = {
    {"[1]", "string", Need::Required, "The speaker: a contact id, or \"me\" for the player."},
    {"[2]", "string", Need::Required, "What is said, shown as a subtitle of the call or a line of the chat (translated)."},
};
constexpr FieldSpec kChatFields[] = {
    {"from", "string", Need::Required, "The sender's contact id, or \"me\" for the player's own message."},
    {"text", "string", Need::Required, "The message (translated)."},
    {"link", "string", Need::Optional, "A link shown in full under the text (not translated)."},
    {"photo", "string", Need::Optional, "What a photo shows, written on a grey placeholder (translated)."},
};
constexpr FieldSpec kWebFields[] = {
    {"url", "string", Need::Required, "The address exactly as the address bar shows it (not translated)."},
    {"title", "string", Need::Required, "The page's heading (translated)."},
    {"text", "string", Need::Optional, "The page's text (translated)."},
    {"fields", "string[]", Need::Optional, "Labels of the page's form fields, in order (translated)."},
};
constexpr FieldSpec kAdFields[] = {
    {"from", "string", Need::Required, "Who the post is from, as the feed shows it (translated)."},
    {"text", "string", Need::Required, "The post (translated)."},
    {"link", "string", Need::Optional, "A link shown in full under the post (not translated)."},
    {"photo", "string", Need::Optional, "What the post's photo shows, written on a grey placeholder (translated)."},
};
constexpr FieldSpec kGameFields[] = {
    {"from", "string", Need::Required, "The player's name in the game's chat (translated)."},
    {"text", "string", Need::Required, "The message (translated)."},
};
constexpr FieldSpec kBankFields[] = {
    {"text", "string", Need::Required,
     "The notice (translated); the app shows vars.balance and vars.loans under it by itself."},
};
constexpr FieldSpec kNotifyFields[] = {
    {"from", "string", Need::Required, "The app or sender the notification names (translated)."},
    {"text", "string", Need::Required, "The notification's text (translated)."},
};

constexpr FieldSpec kQuizFields[] = {
    {"format", "integer", Need::Required, "The format version: 1."},
    {"id", "string", Need::Required, "Stable id, [a-z][a-z0-9_]*; its translations are locales/<lang>/<id>.po."},
    {"lang", "saqbol.Lang", Need::Required, "The language every text of this file is written in."},
    {"title", "string", Need::Required, "The quiz's name (translated)."},
    {"reviewed", "string", Need::Required, "When the items were last checked: a date written YYYY-MM-DD."},
    {"facts", "string[]", Need::Optional, "Which lines of the brief the items rely on (not shown)."},
    {"contacts", "table<string, saqbol.Contact>", Need::Optional, "Who appears in the items, by contact id."},
};
constexpr FieldSpec kItemFields[] = {
    {"form", "saqbol.Form", Need::Required, "Which form the item belongs to: A (before) or B (after)."},
    {"legit", "boolean", Need::Required, "true for the real thing, false for a scam."},
    {"tip", "saqbol.Tip", Need::Required, "The tip or rule the item trains."},
    {"cue", "string", Need::Required, "The sign that gives it away, or shows it is real: shown after the quiz (translated)."},
};
constexpr FieldSpec kLessonFields[] = {
    {"format", "integer", Need::Required, "The format version: 1."},
    {"id", "string", Need::Required, "Stable id, [a-z][a-z0-9_]*; its translations are locales/<lang>/<id>.po."},
    {"lang", "saqbol.Lang", Need::Required, "The language every text of this file is written in."},
    {"title", "string", Need::Required, "The lesson's name (translated)."},
    {"summary", "string", Need::Required, "One or two sentences: who it is for and what it teaches (translated)."},
    {"audience", "saqbol.Audience[]", Need::Required, "Who the lesson is for."},
    {"minutes", "integer", Need::Required, "The whole lesson's length in minutes, quiz included."},
    {"quiz", "saqbol.LessonQuiz", Need::Optional, "The before/after quiz forms: quiz = { before = \"A\", after = \"B\" }."},
    {"steps", "saqbol.Play[]", Need::Required, "The scenarios, in order: steps = { play \"id\" { ... }, ... }."},
};
constexpr FieldSpec kLessonQuizFields[] = {
    {"before", "saqbol.Form", Need::Optional, "The form taken before the first scenario."},
    {"after", "saqbol.Form", Need::Optional, "The form taken after the last scenario."},
};
constexpr FieldSpec kPlayFields[] = {
    {"minutes", "integer", Need::Required, "Minutes planned for this step: playing and discussing."},
    {"discuss", "string[]", Need::Required, "Questions for the room after this scenario (translated)."},
};

constexpr const char* kEventTypes =
    "saqbol.Narrate|saqbol.Sms|saqbol.Call|saqbol.Say|saqbol.Chat|saqbol.Web|saqbol.Ad|saqbol.Game|"
    "saqbol.Bank|saqbol.Notify";

const std::array kTables = {
    TableSpec{"scenario", "saqbol.Scenario", "The whole scenario: the file returns it.", kScenarioFields,
              "saqbol.Node|saqbol.Ending", "The story's nodes and endings, in any order."},
    TableSpec{"node", "saqbol.Node", "One moment of the story.", {},
              "saqbol.Narrate|saqbol.Sms|saqbol.Call|saqbol.Say|saqbol.Chat|saqbol.Web|saqbol.Ad|saqbol.Game|"
              "saqbol.Bank|saqbol.Notify|saqbol.Choice",
              "Events (what happens on the phone and around it), then the choices; a node that is not an "
              "ending offers at least one choice."},
    TableSpec{"ending", "saqbol.Ending", "An ending: the last moment, then the debrief.", kEndingFields,
              kEventTypes, "Events, as in a node: the last screen of the phone."},
    TableSpec{"choice", "saqbol.Choice", "Something the player can do or say.", kChoiceFields},
    TableSpec{"contact", "saqbol.Contact", "Someone who appears on the phone (an entry of `contacts`).",
              kContactFields},
    TableSpec{"narrate", "saqbol.Narrate", "Story context beside the phone.", kNarrateFields},
    TableSpec{"sms", "saqbol.Sms", "An SMS in the Messages app.", kSmsFields},
    TableSpec{"call", "saqbol.Call", "A phone or video call, incoming or outgoing.", kCallFields},
    TableSpec{"say", "saqbol.Say", "A line spoken in the call (or written in the chat).", kSayFields},
    TableSpec{"chat", "saqbol.Chat", "A messenger message.", kChatFields},
    TableSpec{"web", "saqbol.Web", "A page in the browser.", kWebFields},
    TableSpec{"ad", "saqbol.Ad", "A sponsored post in a social feed.", kAdFields},
    TableSpec{"game", "saqbol.Game", "A message in an online game's chat.", kGameFields},
    TableSpec{"bank", "saqbol.Bank", "A notice in the bank app.", kBankFields},
    TableSpec{"notify", "saqbol.Notify", "A lock-screen notification from any other app.", kNotifyFields},
    TableSpec{"quiz", "saqbol.Quiz", "A quiz file's item bank: the file returns it.", kQuizFields, "saqbol.Item",
              "The items, each in form A or B."},
    TableSpec{"item", "saqbol.Item", "One quiz item.", kItemFields, kEventTypes,
              "What the phone shows: usually one event (sms, call and say, chat, web, ad, game, bank, notify)."},
    TableSpec{"lesson", "saqbol.Lesson", "A lesson file: the file returns it.", kLessonFields},
    TableSpec{"lesson_quiz", "saqbol.LessonQuiz", "The quiz forms of a lesson (its `quiz` field).", kLessonQuizFields},
    TableSpec{"play", "saqbol.Play", "One step of a lesson.", kPlayFields},
};

// ---------------------------------------------------------------------------- enumerations
// The values come from the core; this adds what each means. A value without help here is
// listed with an empty help, and the unit test that no entry lacks help fails.

const char* helpFor(std::initializer_list<std::pair<const char*, const char*>> helps, std::string_view value) {
    for (const auto& [name, help] : helps)
        if (value == name) return help;
    return "";
}

}  // namespace

const FieldSpec* TableSpec::field(std::string_view name) const {
    for (const FieldSpec& f : fields)
        if (name == f.name) return &f;
    return nullptr;
}

bool TableSpec::hasNamedField(std::string_view name) const {
    const FieldSpec* f = field(name);
    return f != nullptr && f->name[0] != '[';
}

std::string TableSpec::namedFieldList() const {
    std::string out;
    for (const FieldSpec& f : fields)
        if (f.name[0] != '[') out += (out.empty() ? "" : ", ") + std::string(f.name);
    return out.empty() ? "none (only a list)" : out;
}

bool TableSpec::isEvent() const {
    for (EventKind k : {EventKind::Narrate, EventKind::Sms, EventKind::Call, EventKind::Say, EventKind::Chat,
                        EventKind::Web, EventKind::Ad, EventKind::Game, EventKind::Bank, EventKind::Notify})
        if (std::string_view(kind) == nameOf(k)) return true;
    return false;
}

std::span<const TableSpec> scenarioTables() { return kTables; }

const TableSpec* findTable(std::string_view kind) {
    for (const TableSpec& t : kTables)
        if (kind == t.kind) return &t;
    return nullptr;
}

std::vector<EnumSpec> scenarioEnums() {
    std::vector<EnumSpec> out;
    {
        EnumSpec e{"saqbol.Verdict", "How the debrief judges a choice; safe 1, risky 0.5, harmful 0 on its tip.", {}};
        for (Verdict v : {Verdict::Safe, Verdict::Risky, Verdict::Harmful, Verdict::Neutral})
            e.values.push_back({nameOf(v), helpFor({{"safe", "The safe move: scores 1 on its tip."},
                                                    {"risky", "Not a loss yet, but a step toward one: scores 0.5."},
                                                    {"harmful", "What the fraudster wanted: scores 0."},
                                                    {"neutral", "A plain step of the story: not scored; tip and why not needed."}},
                                                   nameOf(v))});
        out.push_back(std::move(e));
    }
    {
        EnumSpec e{"saqbol.Outcome", "How a story ended for the player.", {}};
        for (Outcome o : {Outcome::Safe, Outcome::Recovered, Outcome::Loss, Outcome::Legal})
            e.values.push_back({nameOf(o), helpFor({{"safe", "Nothing was lost."},
                                                    {"recovered", "Something was lost, but the damage was limited."},
                                                    {"loss", "Money or data was lost."},
                                                    {"legal", "The player is in trouble with the law."}},
                                                   nameOf(o))});
        out.push_back(std::move(e));
    }
    {
        EnumSpec e{"saqbol.Audience", "Who a scenario is for.", {}};
        for (Audience a : {Audience::Child, Audience::Teen, Audience::Adult, Audience::Parent})
            e.values.push_back({nameOf(a), helpFor({{"child", "Children of 10 to 13."},
                                                    {"teen", "Teenagers of 14 to 17."},
                                                    {"adult", "Adults (workshops)."},
                                                    {"parent", "Parents (parental control, children's safety)."}},
                                                   nameOf(a))});
        out.push_back(std::move(e));
    }
    out.push_back({"saqbol.Form", "A form of the before/after quiz; no item is in both.",
                   {{"A", "Taken before the lesson by default."}, {"B", "Taken after the lesson by default."}}});
    out.push_back({"saqbol.Lang", "A language the game ships in.",
                   {{"kk", "Kazakh (the game's default)."}, {"ru", "Russian."}, {"en", "English."}}});
    {
        EnumSpec e{"saqbol.Tip", "The five tips of the cyberpolice, then the extra rules.", {}};
        for (const TipInfo& tip : allTips())
            e.values.push_back({std::string(tip.id), std::string(tip.kind == TipKind::Tip ? "Tip — " : "Rule — ") +
                                                         std::string(tip.name) + ": " + std::string(tip.advice)});
        out.push_back(std::move(e));
    }
    {
        EnumSpec e{"saqbol.Action", "The phone control a choice is bound to.", {}, "dial:NUMBER"};
        // actionList() is "answer, decline, hang_up, dial:NUMBER, tap_link, …": the core's own list.
        const std::string list = actionList();
        for (std::size_t at = 0; at < list.size();) {
            std::size_t comma = list.find(", ", at);
            if (comma == std::string::npos) comma = list.size();
            const std::string name = list.substr(at, comma - at);
            at = comma + 2;
            if (name == e.pattern) continue;
            e.values.push_back({name, helpFor({{"answer", "The green button of an incoming call."},
                                               {"decline", "The red button of an incoming call, before answering."},
                                               {"hang_up", "The red button during a call."},
                                               {"tap_link", "Tapping the link of the newest message, post or page."},
                                               {"pay", "The Pay button in the bank app or on a page."},
                                               {"type_code", "Typing into a page's first field, or the code in the bank app."},
                                               {"block", "Blocking the sender."},
                                               {"report", "Reporting the sender or the post."},
                                               {"install", "Installing the app someone asks for."}},
                                              name)});
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::string enumValueList(std::string_view type) {
    std::string out;
    for (const EnumSpec& e : scenarioEnums()) {
        if (type != e.type) continue;
        for (const EnumValue& v : e.values) out += (out.empty() ? "" : ", ") + v.value;
        if (e.pattern != nullptr) out += std::string(out.empty() ? "" : ", ") + e.pattern;
    }
    return out;
}

std::span<const ApiEntry> scenarioApi() { return kApi; }

void openScenarioApi(lua_State* L) {
    for (const ApiEntry& entry : kApi) {
        lua_pushcfunction(L, entry.function);
        lua_setglobal(L, entry.name);
    }
}

std::string_view taggedKind(lua_State* L, int index) {
    if (lua_type(L, index) != LUA_TTABLE) return {};
    std::string_view out;
    if (lua_rawgetp(L, index, &kKindKey) == LUA_TSTRING) out = lua_tostring(L, -1);
    lua_pop(L, 1);
    return out;  // the string stays alive: the table holds it
}

int taggedLine(lua_State* L, int index) {
    if (lua_type(L, index) != LUA_TTABLE) return 0;
    lua_rawgetp(L, index, &kLineKey);
    const int line = static_cast<int>(lua_tointeger(L, -1));
    lua_pop(L, 1);
    return line;
}

std::string_view taggedId(lua_State* L, int index) {
    if (lua_type(L, index) != LUA_TTABLE) return {};
    std::string_view out;
    if (lua_rawgetp(L, index, &kIdKey) == LUA_TSTRING) out = lua_tostring(L, -1);
    lua_pop(L, 1);
    return out;
}

}  // namespace saqbol
