// SPDX-License-Identifier: MIT
// The xAPI 1.0.3 export: each session as "attempted" (its start) and, once finished,
// "completed" (with the share of safe decisions, or the quiz's discernment, as the scaled
// score); each decision and quiz answer as "answered". Anonymous account actors, ADL verbs,
// SaqBol activity IRIs — all listed in docs/xapi.md. Written with a small JSON string
// escaper (core has no JSON library); UUIDs in report_uuid.cpp. Standard library only.
//
// Sections: JSON pieces; the statements.
#include <algorithm>
#include <cctype>
#include <iomanip>
#include <locale>
#include <map>
#include <sstream>

#include "report.h"
#include "report_detail.h"

namespace saqbol {

using namespace report_detail;

// ---- JSON pieces ----------------------------------------------------------------------

std::string jsonString(std::string_view text) {
    static const char* kHex = "0123456789abcdef";
    std::string out = "\"";
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 15];
                } else {
                    out += ch;  // UTF-8 passes through (JSON text is UTF-8)
                }
        }
    }
    out += '"';
    return out;
}

namespace {

using Members = std::vector<std::pair<std::string, std::string>>;  // key, serialized value

std::string object(const Members& members) {
    std::string out = "{";
    for (const auto& [key, value] : members) {
        if (value.empty()) continue;  // an absent optional property
        if (out.size() > 1) out += ',';
        out += jsonString(key) + ':' + value;
    }
    return out + '}';
}

std::string array(const std::vector<std::string>& values) {
    std::string out = "[";
    for (const std::string& v : values) {
        if (out.size() > 1) out += ',';
        out += v;
    }
    return out + ']';
}

std::string number(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << std::fixed << std::setprecision(4) << value;
    std::string text = out.str();
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text == "-0" ? "0" : text;
}

// An IRI path segment: ids are [a-z0-9_], but an imported file may hold anything.
std::string segment(std::string_view id) {
    static const char* kHex = "0123456789ABCDEF";
    std::string out;
    for (char ch : id) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

// ---- The statements -------------------------------------------------------------------

class Writer {
public:
    explicit Writer(const ReportContext& context) : context_(context), lang_(context.ui.numberLang()) {}

    std::string iri(std::string_view path) const { return std::string(kXapiBase) + std::string(path); }

    std::string languageMap(const std::string& text) const { return object({{lang_, jsonString(text)}}); }

    std::string verb(std::string_view name) const {
        return object({{"id", jsonString("http://adlnet.gov/expapi/verbs/" + std::string(name))},
                       {"display", object({{"en-US", jsonString(name)}})}});
    }

    std::string actor(const Player& player) const {
        return object({{"objectType", jsonString("Agent")},
                       {"account", object({{"homePage", jsonString(kXapiStudentHomePage)},
                                           {"name", jsonString(player.id)}})}});
    }

    std::string activity(const std::string& id, const std::string& name, std::string_view type,
                         const Members& more = {}) const {
        Members definition = {
            {"name", languageMap(name)},
            {"type", jsonString("http://adlnet.gov/expapi/activities/" + std::string(type))}};
        definition.insert(definition.end(), more.begin(), more.end());
        return object({{"objectType", jsonString("Activity")},
                       {"id", jsonString(id)},
                       {"definition", object(definition)}});
    }

    // The scenario, or the quiz form, a session plays.
    std::string sessionActivity(const PlaySession& s) const {
        if (isQuizSession(s))
            return activity(iri("quiz/form/" + segment(s.quiz_form)),
                            context_.ui.tr("Quiz, form %s", s.quiz_form), "assessment");
        return activity(iri("scenario/" + segment(s.scenario)), scenarioTitle(context_, s.scenario),
                        "simulation");
    }

    std::string context(const PlaySession& s, const Player& p, const std::string& parent) const {
        Members activities;
        if (!parent.empty()) activities.push_back({"parent", array({parent})});
        if (!s.lesson.empty())
            activities.push_back({"grouping", array({activity(iri("lesson/" + segment(s.lesson)),
                                                              lessonTitle(context_, s.lesson), "lesson")})});
        Members extensions;
        if (!p.class_name.empty()) extensions.push_back({iri("ext/class"), jsonString(p.class_name)});
        if (!s.mode.empty()) extensions.push_back({iri("ext/mode"), jsonString(s.mode)});
        return object({{"registration", jsonString(uuidOf(s.id))},
                       {"contextActivities", activities.empty() ? std::string() : object(activities)},
                       {"platform", jsonString("SaqBol")},
                       {"language", s.language.empty() ? std::string() : jsonString(s.language)},
                       {"extensions", extensions.empty() ? std::string() : object(extensions)}});
    }

    // A record's UUID as the statement id; anything else through nameBasedUuid.
    static std::string uuidOf(const std::string& id) {
        return isValidUuid(id) ? lowercase(id) : nameBasedUuid(id);
    }

    static std::string lowercase(std::string text) {
        for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
        return text;
    }

    std::string statement(const std::string& id, const Player& p, std::string_view verb_name,
                          const std::string& object_json, const std::string& result,
                          const std::string& context_json, const std::string& timestamp) const {
        return object({{"id", jsonString(id)},
                       {"actor", actor(p)},
                       {"verb", verb(verb_name)},
                       {"object", object_json},
                       {"result", result},
                       {"context", context_json},
                       {"timestamp", timestamp.empty() ? std::string() : jsonString(timestamp)},
                       {"version", jsonString("1.0.3")}});
    }

private:
    const ReportContext& context_;
    std::string lang_;
};

std::string firstOf(const std::string& a, const std::string& b) { return a.empty() ? b : a; }

}  // namespace

std::string reportXapi(const Results& all, const ReportContext& context) {
    const Results results = context.class_filter.empty() ? all : selectClass(all, context.class_filter);
    const Writer w(context);
    std::map<std::string, const Player*> players;
    for (const Player& p : results.players) players[p.id] = &p;
    std::map<std::string, std::vector<const DecisionRecord*>> decisions;
    for (const DecisionRecord& d : results.decisions) decisions[d.session_id].push_back(&d);
    std::map<std::string, std::vector<const QuizRecord*>> answers;
    for (const QuizRecord& a : results.answers) answers[a.session_id].push_back(&a);

    std::vector<const PlaySession*> sessions;
    for (const PlaySession& s : results.sessions)
        if (players.count(s.player_id)) sessions.push_back(&s);
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const PlaySession* a, const PlaySession* b) { return a->started < b->started; });

    std::vector<std::string> statements;
    for (const PlaySession* s : sessions) {
        const Player& p = *players[s->player_id];
        const std::string session_activity = w.sessionActivity(*s);
        statements.push_back(w.statement(Writer::uuidOf(s->id), p, "attempted", session_activity, "",
                                         w.context(*s, p, ""), firstOf(s->started, s->ended)));
        std::string score;
        if (isQuizSession(*s)) {
            auto& list = answers[s->id];
            std::stable_sort(list.begin(), list.end(), [](auto* a, auto* b) { return a->seq < b->seq; });
            std::vector<QuizItem> items(list.size());
            std::vector<QuizAnswer> calls;
            for (std::size_t i = 0; i < list.size(); ++i) {
                const QuizRecord& a = *list[i];
                const std::string item = w.activity(
                    w.iri("quiz/item/" + segment(a.item)), context.ui.tr("Quiz moment %s", a.item),
                    "cmi.interaction",
                    {{"interactionType", jsonString("true-false")},
                     {"correctResponsesPattern", array({jsonString(a.is_scam ? "true" : "false")})}});
                Members extensions;
                if (!a.tip.empty()) extensions.push_back({w.iri("ext/tip"), jsonString(a.tip)});
                const std::string result =
                    object({{"success", a.is_scam == a.called_scam ? "true" : "false"},
                            {"response", jsonString(a.called_scam ? "true" : "false")},
                            {"extensions", extensions.empty() ? std::string() : object(extensions)}});
                statements.push_back(w.statement(Writer::uuidOf(a.id), p, "answered", item, result,
                                                 w.context(*s, p, session_activity),
                                                 firstOf(a.at, s->started)));
                items[i].legit = !a.is_scam;
                calls.push_back({&items[i], a.called_scam ? QuizCall::Scam : QuizCall::Real});
            }
            if (!calls.empty()) {
                const Discernment d = scoreQuiz(calls);
                score = object({{"scaled", number(d.discernment)},
                                {"raw", std::to_string(d.correct())},
                                {"min", "0"},
                                {"max", std::to_string(calls.size())}});
            }
        } else {
            auto& list = decisions[s->id];
            std::stable_sort(list.begin(), list.end(), [](auto* a, auto* b) { return a->seq < b->seq; });
            int safe = 0, scored = 0;
            for (const DecisionRecord* d : list) {
                const std::string moment =
                    w.activity(w.iri("scenario/" + segment(s->scenario) + "/moment/" + segment(d->node)),
                               scenarioTitle(context, s->scenario) + " — " + d->node, "cmi.interaction",
                               {{"interactionType", jsonString("choice")}});
                Members extensions;
                if (!d->verdict.empty()) extensions.push_back({w.iri("ext/verdict"), jsonString(d->verdict)});
                if (!d->tip.empty()) extensions.push_back({w.iri("ext/tip"), jsonString(d->tip)});
                const bool is_scored = isScored(d->verdict);
                scored += is_scored;
                safe += d->verdict == "safe";
                const std::string result = object(
                    {{"success", is_scored ? (d->verdict == "safe" ? "true" : "false") : std::string()},
                     {"response", jsonString(d->choice)},
                     {"extensions", extensions.empty() ? std::string() : object(extensions)}});
                statements.push_back(w.statement(Writer::uuidOf(d->id), p, "answered", moment, result,
                                                 w.context(*s, p, session_activity),
                                                 firstOf(d->at, s->started)));
            }
            if (scored > 0)
                score = object({{"scaled", number(double(safe) / scored)},
                                {"raw", std::to_string(safe)},
                                {"min", "0"},
                                {"max", std::to_string(scored)}});
        }
        // Completed: a scenario played to an ending (not one given up), a quiz form handed in.
        if (s->ended.empty() || (!isQuizSession(*s) && s->ending.empty())) continue;
        Members extensions;
        if (!s->ending.empty()) extensions.push_back({w.iri("ext/ending"), jsonString(s->ending)});
        const std::string result =
            object({{"score", score},
                    {"completion", "true"},
                    {"extensions", extensions.empty() ? std::string() : object(extensions)}});
        statements.push_back(w.statement(nameBasedUuid(Writer::uuidOf(s->id) + "/completed"), p, "completed",
                                         session_activity, result, w.context(*s, p, ""), s->ended));
    }
    std::string out = "[";
    for (std::size_t i = 0; i < statements.size(); ++i) out += (i ? ",\n" : "\n") + statements[i];
    return out + "\n]\n";
}

}  // namespace saqbol
