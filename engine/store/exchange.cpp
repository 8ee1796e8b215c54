// SPDX-License-Identifier: MIT
// Sections: records to JSON · JSON to records (field by field) · the whole file.
#include "exchange.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "record_check.h"
#include "sha256.h"

namespace saqbol {
namespace {

using nlohmann::json;

constexpr std::size_t kMostProblems = 10;  // a file this wrong is refused anyway

// --- Records to JSON ---

// Written in the order a reader expects (ordered_json); the checksum does not depend on it.
nlohmann::ordered_json recordsJson(const Results& r) {
    using ordered = nlohmann::ordered_json;
    ordered players = ordered::array(), sessions = ordered::array(), decisions = ordered::array(),
            answers = ordered::array();
    for (const Player& p : r.players)
        players.push_back({{"id", p.id}, {"class_name", p.class_name}, {"nickname", p.nickname}});
    for (const PlaySession& s : r.sessions)
        sessions.push_back({{"id", s.id},
                            {"player_id", s.player_id},
                            {"lesson", s.lesson},
                            {"scenario", s.scenario},
                            {"quiz_form", s.quiz_form},
                            {"language", s.language},
                            {"mode", s.mode},
                            {"started", s.started},
                            {"ended", s.ended},
                            {"ending", s.ending}});
    for (const DecisionRecord& d : r.decisions)
        decisions.push_back({{"id", d.id},
                             {"session_id", d.session_id},
                             {"seq", d.seq},
                             {"node", d.node},
                             {"choice", d.choice},
                             {"tip", d.tip},
                             {"verdict", d.verdict},
                             {"at", d.at}});
    for (const QuizRecord& a : r.answers)
        answers.push_back({{"id", a.id},
                           {"session_id", a.session_id},
                           {"seq", a.seq},
                           {"item", a.item},
                           {"is_scam", a.is_scam},
                           {"called_scam", a.called_scam},
                           {"tip", a.tip},
                           {"at", a.at}});
    return {{"players", players}, {"sessions", sessions}, {"decisions", decisions}, {"answers", answers}};
}

// The checksum covers the records as compact JSON with sorted keys (nlohmann's dump of a
// parsed value), so it does not depend on the file's spacing or key order, only on values.
// (A string that is not UTF-8 cannot come from a parsed file; from a damaged database it is
// written as U+FFFD rather than failing the export, in the text and the checksum alike.)
std::string recordsChecksum(const json& records) {
    return sha256Hex(records.dump(-1, ' ', false, json::error_handler_t::replace));
}

// --- JSON to records, field by field ---

// Reads the fields of one JSON object, collecting what is wrong; unknown fields are wrong
// too (this version of the format has none to ignore).
class FieldReader {
public:
    FieldReader(const json& object, std::string where, std::vector<std::string>& problems)
        : object_(object), where_(std::move(where)), problems_(problems) {
        if (!object.is_object()) problem("is not a JSON object");
    }
    void text(const char* key, std::string& out) {
        if (const json* v = field(key, "a string", &json::is_string)) out = v->get<std::string>();
    }
    void integer(const char* key, int& out) {
        const json* v = field(key, "a whole number", &json::is_number_integer);
        if (v == nullptr) return;
        const auto n = v->get<long long>();
        if (n < 0 || n > 1000000)
            problem(std::string(key) + " is out of range (0 to 1000000)");
        else
            out = static_cast<int>(n);
    }
    void boolean(const char* key, bool& out) {
        if (const json* v = field(key, "true or false", &json::is_boolean)) out = v->get<bool>();
    }
    // A string, or null for none.
    void nullableText(const char* key, std::optional<std::string>& out) {
        const json* v = field(key, "a string or null", &json::is_primitive);
        if (v == nullptr) return;
        if (v->is_string())
            out = v->get<std::string>();
        else if (!v->is_null())
            problem(std::string("field '") + key + "' is not a string or null");
    }
    const json* object(const char* key) { return field(key, "a JSON object", &json::is_object); }
    // Call after reading every field: anything left over is unknown.
    void noOthers() {
        if (!object_.is_object()) return;
        for (const auto& [key, value] : object_.items())
            if (read_.count(key) == 0) problem("has an unknown field '" + key + "'");
    }
    void problem(const std::string& what) { problems_.push_back(where_ + " " + what); }

private:
    const json* field(const char* key, const char* kind, bool (json::*is)() const noexcept) {
        read_.insert(key);
        if (!object_.is_object()) return nullptr;
        const auto it = object_.find(key);
        if (it == object_.end()) {
            problem(std::string("lacks the field '") + key + "'");
            return nullptr;
        }
        if (!((*it).*is)()) {
            problem(std::string("field '") + key + "' is not " + kind);
            return nullptr;
        }
        return &*it;
    }
    const json& object_;
    std::string where_;
    std::vector<std::string>& problems_;
    std::set<std::string> read_;
};

template <typename Record>
void readList(const json& records, const char* name, std::vector<Record>& out,
              std::vector<std::string>& problems, const std::function<void(FieldReader&, Record&)>& read) {
    const auto it = records.find(name);
    if (it == records.end() || !it->is_array()) {
        problems.push_back(std::string("records.") + name + " is missing or not a list");
        return;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        Record record;
        FieldReader fields((*it)[i], std::string("records.") + name + "[" + std::to_string(i) + "]",
                           problems);
        read(fields, record);
        fields.noOthers();
        out.push_back(std::move(record));
    }
}

Results readRecords(const json& records, std::vector<std::string>& problems) {
    Results r;
    if (!records.is_object()) {
        problems.push_back("records is not a JSON object");
        return r;
    }
    // One reader per list: the fields of one record, in the order the format lists them.
    readList<Player>(records, "players", r.players, problems, [](FieldReader& f, Player& p) {
        f.text("id", p.id);
        f.text("class_name", p.class_name);
        f.text("nickname", p.nickname);
    });
    readList<PlaySession>(records, "sessions", r.sessions, problems, [](FieldReader& f, PlaySession& s) {
        f.text("id", s.id);
        f.text("player_id", s.player_id);
        f.text("lesson", s.lesson);
        f.text("scenario", s.scenario);
        f.text("quiz_form", s.quiz_form);
        f.text("language", s.language);
        f.text("mode", s.mode);
        f.text("started", s.started);
        f.text("ended", s.ended);
        f.text("ending", s.ending);
    });
    readList<DecisionRecord>(records, "decisions", r.decisions, problems,
                             [](FieldReader& f, DecisionRecord& d) {
                                 f.text("id", d.id);
                                 f.text("session_id", d.session_id);
                                 f.integer("seq", d.seq);
                                 f.text("node", d.node);
                                 f.text("choice", d.choice);
                                 f.text("tip", d.tip);
                                 f.text("verdict", d.verdict);
                                 f.text("at", d.at);
                             });
    readList<QuizRecord>(records, "answers", r.answers, problems, [](FieldReader& f, QuizRecord& a) {
        f.text("id", a.id);
        f.text("session_id", a.session_id);
        f.integer("seq", a.seq);
        f.text("item", a.item);
        f.boolean("is_scam", a.is_scam);
        f.boolean("called_scam", a.called_scam);
        f.text("tip", a.tip);
        f.text("at", a.at);
    });
    for (const auto& [key, value] : records.items())
        if (key != "players" && key != "sessions" && key != "decisions" && key != "answers")
            problems.push_back("records has an unknown list '" + key + "'");
    return r;
}

}  // namespace

// --- The whole file ---

std::string writeExport(const Results& results, const ExportHeader& header) {
    using ordered = nlohmann::ordered_json;
    const ordered records = recordsJson(results);
    // The checksum is of the records as a reader parses them: keys sorted (json, not ordered_json).
    const std::string checksum =
        recordsChecksum(json::parse(records.dump(-1, ' ', false, json::error_handler_t::replace)));
    const ordered file = {
        {"format", kExportFormat},
        {"version", kExportVersion},
        {"exported_at", header.exported_at},
        {"made_by", header.made_by},
        {"class_name", header.class_name ? ordered(*header.class_name) : ordered(nullptr)},
        {"counts",
         {{"players", results.players.size()},
          {"sessions", results.sessions.size()},
          {"decisions", results.decisions.size()},
          {"answers", results.answers.size()}}},
        {"sha256", checksum},
        {"records", records},
    };
    return file.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::optional<Results> readExport(std::string_view text, std::vector<std::string>* problems_out,
                                  ExportHeader* header_out) {
    std::vector<std::string> problems;
    auto refused = [&]() -> std::optional<Results> {
        if (problems.size() > kMostProblems) {
            const std::size_t more = problems.size() - kMostProblems;
            problems.resize(kMostProblems);
            problems.push_back("... and " + std::to_string(more) + " more");
        }
        if (problems_out != nullptr) *problems_out = std::move(problems);
        return std::nullopt;
    };
    json file;
    try {
        file = json::parse(text);
    } catch (const json::parse_error& e) {
        std::string what = e.what();  // "[json.exception.parse_error.101] parse error at line 3, ..."
        if (const auto end = what.find("] ");
            what.rfind("[json.exception", 0) == 0 && end != std::string::npos)
            what.erase(0, end + 2);
        problems.push_back("not complete JSON (cut short or damaged?): " + what);
        return refused();
    }
    if (!file.is_object() || !file.contains("format")) {
        problems.push_back(std::string("not a SaqBol results export (no \"format\": \"") + kExportFormat +
                           "\")");
        return refused();
    }
    if (file["format"] != kExportFormat) {
        problems.push_back("format is " + file["format"].dump() + ", not \"" + kExportFormat +
                           "\": this is not a SaqBol results export");
        return refused();
    }
    if (!file.contains("version") || !file["version"].is_number_integer()) {
        problems.push_back("version is missing or not a whole number");
        return refused();
    }
    if (const auto version = file["version"].get<long long>(); version != kExportVersion) {
        problems.push_back(
            "version " + std::to_string(version) +
            (version > kExportVersion ? " was written by a newer SaqBol; this one reads version "
                                      : " is not one this SaqBol reads; it reads version ") +
            std::to_string(kExportVersion) + (version > kExportVersion ? " — update SaqBol" : ""));
        return refused();
    }
    ExportHeader header;
    FieldReader top(file, "the file", problems);
    std::string format, checksum;
    int version = 0;
    top.text("format", format);
    top.integer("version", version);
    top.text("exported_at", header.exported_at);
    top.text("made_by", header.made_by);
    top.nullableText("class_name", header.class_name);
    top.text("sha256", checksum);
    const json* counts = top.object("counts");
    const json* records = top.object("records");
    top.noOthers();
    if (!header.exported_at.empty() && !isUtcTime(header.exported_at))
        problems.push_back("exported_at '" + header.exported_at +
                           "' is not a UTC time like 2026-11-28T10:15:00Z");
    if (records == nullptr) return refused();
    Results results = readRecords(*records, problems);
    if (counts != nullptr) {
        FieldReader count(*counts, "counts", problems);
        int players = -1, sessions = -1, decisions = -1, answers = -1;
        count.integer("players", players);
        count.integer("sessions", sessions);
        count.integer("decisions", decisions);
        count.integer("answers", answers);
        count.noOthers();
        auto same = [&](const char* what, int said, std::size_t found) {
            if (said >= 0 && static_cast<std::size_t>(said) != found)
                problems.push_back(std::string("counts.") + what + " says " + std::to_string(said) +
                                   " but records." + what + " holds " + std::to_string(found) +
                                   " (records lost or added)");
        };
        same("players", players, results.players.size());
        same("sessions", sessions, results.sessions.size());
        same("decisions", decisions, results.decisions.size());
        same("answers", answers, results.answers.size());
    }
    if (!problems.empty()) return refused();
    if (recordsChecksum(*records) != checksum) {
        problems.push_back(
            "the sha256 checksum does not match the records: the file was edited or damaged after "
            "it was exported");
        return refused();
    }
    problems = checkResults(results);
    if (header.class_name)
        for (const Player& p : results.players)
            if (p.class_name != *header.class_name)
                problems.push_back("player " + p.id + " is in class '" + p.class_name +
                                   "', but the file says it holds "
                                   "class '" +
                                   *header.class_name + "' only");
    if (!problems.empty()) return refused();
    if (header_out != nullptr) *header_out = header;
    return results;
}

}  // namespace saqbol
