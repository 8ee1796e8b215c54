// SPDX-License-Identifier: MIT
// The CSV export: one row per decision and per quiz answer, for Excel and LibreOffice —
// UTF-8 with a byte-order mark (so Excel reads Cyrillic and Kazakh letters as UTF-8), CRLF
// line ends and RFC 4180 quoting; a cell that a spreadsheet would run as a formula gets a
// leading apostrophe. Columns: docs/reports.md. Standard library only.
#include <algorithm>
#include <map>
#include <tuple>

#include "report.h"
#include "report_detail.h"

namespace saqbol {

using namespace report_detail;

namespace {

const std::vector<std::string> kColumns = {
    "kind",
    "record_id",
    "class",
    "nickname",
    "player_id",
    "session_id",
    "lesson",
    "scenario",
    "scenario_title",
    "quiz_form",
    "language",
    "mode",
    "session_started",
    "session_ended",
    "seq",
    "at",
    "moment",
    "answer",
    "tip",
    "tip_name",
    "verdict",
    "is_scam",
    "called_scam",
    "success",
};

// One field, quoted when it holds a comma, a quote or a line break (RFC 4180); text that
// Excel or LibreOffice would evaluate (= + - @, tab, CR first) is kept as text with a '.
std::string field(std::string value) {
    if (!value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos)
        value.insert(value.begin(), '\'');
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void writeRow(std::string& out, const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0) out += ',';
        out += field(row[i]);
    }
    out += "\r\n";
}

}  // namespace

const std::vector<std::string>& csvColumns() { return kColumns; }

std::string reportCsv(const Results& all, const ReportContext& context) {
    Results results;
    if (context.class_filter.empty())
        results = all;
    else
        results = selectClass(all, context.class_filter);

    std::map<std::string, const Player*> players;
    for (const Player& p : results.players) players[p.id] = &p;
    std::map<std::string, const PlaySession*> sessions;
    for (const PlaySession& s : results.sessions)
        if (players.count(s.player_id)) sessions[s.id] = &s;

    using Key = std::tuple<std::string, std::string, std::string, std::string, std::string, int, int>;
    std::vector<std::pair<Key, std::vector<std::string>>> rows;
    auto base = [&](std::string kind, const std::string& id, const PlaySession& s, int seq,
                    const std::string& at) {
        const Player& p = *players[s.player_id];
        const std::string title = isQuizSession(s) ? context.ui.tr("Quiz, form %s", s.quiz_form)
                                                   : scenarioTitle(context, s.scenario);
        return std::vector<std::string>{
            std::move(kind),     id,    p.class_name, p.nickname, p.id,   s.id,      s.lesson,
            s.scenario,          title, s.quiz_form,  s.language, s.mode, s.started, s.ended,
            std::to_string(seq), at};
    };
    auto key = [&](const PlaySession& s, int kind, int seq) {
        const Player& p = *players[s.player_id];
        return Key{p.class_name, p.nickname, p.id, s.started, s.id, kind, seq};
    };
    for (const DecisionRecord& d : results.decisions) {
        auto it = sessions.find(d.session_id);
        if (it == sessions.end()) continue;
        std::vector<std::string> row = base("decision", d.id, *it->second, d.seq, d.at);
        const bool scored = isScored(d.verdict);
        for (std::string value :
             {d.node, d.choice, d.tip, d.tip.empty() ? std::string() : tipName(context, d.tip), d.verdict,
              std::string(), std::string(),
              scored ? std::string(d.verdict == "safe" ? "1" : "0") : std::string()})
            row.push_back(std::move(value));
        rows.emplace_back(key(*it->second, 0, d.seq), std::move(row));
    }
    for (const QuizRecord& a : results.answers) {
        auto it = sessions.find(a.session_id);
        if (it == sessions.end()) continue;
        std::vector<std::string> row = base("quiz_answer", a.id, *it->second, a.seq, a.at);
        for (std::string value : {a.item, std::string(a.called_scam ? "scam" : "real"), a.tip,
                                  a.tip.empty() ? std::string() : tipName(context, a.tip), std::string(),
                                  std::string(a.is_scam ? "1" : "0"), std::string(a.called_scam ? "1" : "0"),
                                  std::string(a.is_scam == a.called_scam ? "1" : "0")})
            row.push_back(std::move(value));
        rows.emplace_back(key(*it->second, 1, a.seq), std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });

    std::string out = "\xEF\xBB\xBF";  // the UTF-8 byte-order mark
    writeRow(out, kColumns);
    for (const auto& [k, row] : rows) writeRow(out, row);
    return out;
}

}  // namespace saqbol
