// SPDX-License-Identifier: MIT
#include "record_check.h"

#include <map>
#include <set>
#include <utility>

#include "scenario.h"
#include "uuid.h"
#include "validate.h"

namespace saqbol {
namespace {

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n\v\f");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n\v\f");
    return s.substr(first, last - first + 1);
}

// The number of characters of `s`, or nullopt when it is not UTF-8 (shortest forms, no
// surrogates) or holds a control character (C0, DEL, C1).
std::optional<std::size_t> printableLength(std::string_view s) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++count) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        char32_t cp = 0;
        if (c < 0x80)
            cp = c;
        else if ((c & 0xe0) == 0xc0)
            extra = 1, cp = c & 0x1f;
        else if ((c & 0xf0) == 0xe0)
            extra = 2, cp = c & 0x0f;
        else if ((c & 0xf8) == 0xf0)
            extra = 3, cp = c & 0x07;
        else
            return std::nullopt;
        if (i + extra >= s.size()) return std::nullopt;  // cut in the middle of a character
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(s[i + k]);
            if ((next & 0xc0) != 0x80) return std::nullopt;
            cp = (cp << 6) | (next & 0x3f);
        }
        static constexpr char32_t kSmallest[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kSmallest[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return std::nullopt;
        if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return std::nullopt;
        i += extra + 1;
    }
    return count;
}

std::optional<std::string> normalizeName(std::string_view typed, bool may_be_empty, const char* what,
                                         std::string* why) {
    const std::string_view name = trim(typed);
    auto refuse = [&](const std::string& reason) -> std::optional<std::string> {
        if (why != nullptr) *why = reason;
        return std::nullopt;
    };
    if (name.empty() && !may_be_empty)
        return refuse(std::string("a ") + what + " needs 1 to 32 characters; it is empty");
    const auto length = printableLength(name);
    if (!length)
        return refuse(std::string("a ") + what +
                      " may not hold control characters (or bytes that are not UTF-8)");
    if (*length > kMaxNameLength)
        return refuse(std::string("a ") + what + " has at most 32 characters; this one has " +
                      std::to_string(*length));
    return std::string(name);
}

bool digits(std::string_view s, std::size_t from, std::size_t count, int low, int high) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        value = value * 10 + (s[i] - '0');
    }
    return value >= low && value <= high;
}

bool isIdOrEmpty(std::string_view s) { return s.empty() || isValidId(s); }

}  // namespace

std::optional<std::string> normalizeNickname(std::string_view typed, std::string* why) {
    return normalizeName(typed, false, "nickname", why);
}

std::optional<std::string> normalizeClassName(std::string_view typed, std::string* why) {
    return normalizeName(typed, true, "class", why);
}

bool isUtcTime(std::string_view t) {
    return t.size() == 20 && digits(t, 0, 4, 1970, 9999) && t[4] == '-' && digits(t, 5, 2, 1, 12) &&
           t[7] == '-' && digits(t, 8, 2, 1, 31) && t[10] == 'T' && digits(t, 11, 2, 0, 23) && t[13] == ':' &&
           digits(t, 14, 2, 0, 59) && t[16] == ':' && digits(t, 17, 2, 0, 60) && t[19] == 'Z';
}

bool isKnownMode(std::string_view mode) {
    return mode == "play" || mode == "terminal" || mode == "lesson" || mode == "booster" || mode == "quiz";
}

std::string checkPlayer(const Player& p) {
    if (!isUuid(p.id)) return "id '" + p.id + "' is not a UUID";
    std::string why;
    const auto nickname = normalizeNickname(p.nickname, &why);
    if (!nickname) return "nickname: " + why;
    if (*nickname != p.nickname) return "nickname '" + p.nickname + "' has spaces around it";
    const auto class_name = normalizeClassName(p.class_name, &why);
    if (!class_name) return "class_name: " + why;
    if (*class_name != p.class_name) return "class_name '" + p.class_name + "' has spaces around it";
    return {};
}

std::string checkSession(const PlaySession& s) {
    if (!isUuid(s.id)) return "id '" + s.id + "' is not a UUID";
    if (!isUuid(s.player_id)) return "player_id '" + s.player_id + "' is not a UUID";
    if (!isIdOrEmpty(s.lesson)) return "lesson '" + s.lesson + "' is not an id ([a-z][a-z0-9_]*) or empty";
    if (!isValidId(s.scenario)) return "scenario '" + s.scenario + "' is not an id ([a-z][a-z0-9_]*)";
    if (!(s.quiz_form.empty() || s.quiz_form == "A" || s.quiz_form == "B"))
        return "quiz_form '" + s.quiz_form + "' is not A, B or empty";
    if (!(s.language == "kk" || s.language == "ru" || s.language == "en" || s.language == "xx"))
        return "language '" + s.language + "' is not one of: kk, ru, en, xx";
    if (!isKnownMode(s.mode))
        return "mode '" + s.mode + "' is not one of: play, terminal, lesson, booster, quiz";
    if (!isUtcTime(s.started))
        return "started '" + s.started + "' is not a UTC time like 2026-11-28T10:15:00Z";
    if (!s.ended.empty() && !isUtcTime(s.ended))
        return "ended '" + s.ended + "' is not a UTC time like 2026-11-28T10:15:00Z, or empty";
    if (!isIdOrEmpty(s.ending)) return "ending '" + s.ending + "' is not a node id or empty";
    if (!s.ending.empty() && s.ended.empty()) return "ending '" + s.ending + "' is set but ended is empty";
    return {};
}

std::string checkDecision(const DecisionRecord& d) {
    if (!isUuid(d.id)) return "id '" + d.id + "' is not a UUID";
    if (!isUuid(d.session_id)) return "session_id '" + d.session_id + "' is not a UUID";
    if (d.seq < 1) return "seq " + std::to_string(d.seq) + " is not 1 or more";
    if (!isValidId(d.node)) return "node '" + d.node + "' is not an id";
    if (!isValidId(d.choice)) return "choice '" + d.choice + "' is not an id";
    if (!isIdOrEmpty(d.tip)) return "tip '" + d.tip + "' is not an id or empty";
    if (!parseVerdict(d.verdict))
        return "verdict '" + d.verdict + "' is not one of: safe, risky, harmful, neutral";
    if (!isUtcTime(d.at)) return "at '" + d.at + "' is not a UTC time like 2026-11-28T10:15:00Z";
    return {};
}

std::string checkAnswer(const QuizRecord& a) {
    if (!isUuid(a.id)) return "id '" + a.id + "' is not a UUID";
    if (!isUuid(a.session_id)) return "session_id '" + a.session_id + "' is not a UUID";
    if (a.seq < 1) return "seq " + std::to_string(a.seq) + " is not 1 or more";
    if (!isValidId(a.item)) return "item '" + a.item + "' is not an id";
    if (!isIdOrEmpty(a.tip)) return "tip '" + a.tip + "' is not an id or empty";
    if (!isUtcTime(a.at)) return "at '" + a.at + "' is not a UTC time like 2026-11-28T10:15:00Z";
    return {};
}

std::vector<std::string> checkResults(const Results& r) {
    std::vector<std::string> problems;
    std::set<std::string> ids;  // one UUID names one record, whatever its kind
    auto where = [](const char* list, std::size_t i, const std::string& id) {
        return std::string(list) + "[" + std::to_string(i) + "] (id " + id + "): ";
    };
    auto unique = [&](const char* list, std::size_t i, const std::string& id) {
        if (!ids.insert(id).second) problems.push_back(where(list, i, id) + "the id is used twice");
    };
    std::set<std::pair<std::string, std::string>> names;
    std::set<std::string> players;
    for (std::size_t i = 0; i < r.players.size(); ++i) {
        const Player& p = r.players[i];
        if (std::string why = checkPlayer(p); !why.empty())
            problems.push_back(where("players", i, p.id) + why);
        unique("players", i, p.id);
        players.insert(p.id);
        if (!names.insert({p.class_name, p.nickname}).second)
            problems.push_back(where("players", i, p.id) + "class '" + p.class_name + "' has nickname '" +
                               p.nickname + "' twice");
    }
    std::set<std::string> sessions;
    for (std::size_t i = 0; i < r.sessions.size(); ++i) {
        const PlaySession& s = r.sessions[i];
        if (std::string why = checkSession(s); !why.empty())
            problems.push_back(where("sessions", i, s.id) + why);
        unique("sessions", i, s.id);
        sessions.insert(s.id);
        if (players.count(s.player_id) == 0)
            problems.push_back(where("sessions", i, s.id) + "player_id " + s.player_id +
                               " is not in players");
    }
    std::set<std::pair<std::string, int>> decision_seqs, answer_seqs;
    for (std::size_t i = 0; i < r.decisions.size(); ++i) {
        const DecisionRecord& d = r.decisions[i];
        if (std::string why = checkDecision(d); !why.empty())
            problems.push_back(where("decisions", i, d.id) + why);
        unique("decisions", i, d.id);
        if (sessions.count(d.session_id) == 0)
            problems.push_back(where("decisions", i, d.id) + "session_id " + d.session_id +
                               " is not in sessions");
        if (!decision_seqs.insert({d.session_id, d.seq}).second)
            problems.push_back(where("decisions", i, d.id) + "seq " + std::to_string(d.seq) +
                               " is used twice in session " + d.session_id);
    }
    for (std::size_t i = 0; i < r.answers.size(); ++i) {
        const QuizRecord& a = r.answers[i];
        if (std::string why = checkAnswer(a); !why.empty())
            problems.push_back(where("answers", i, a.id) + why);
        unique("answers", i, a.id);
        if (sessions.count(a.session_id) == 0)
            problems.push_back(where("answers", i, a.id) + "session_id " + a.session_id +
                               " is not in sessions");
        if (!answer_seqs.insert({a.session_id, a.seq}).second)
            problems.push_back(where("answers", i, a.id) + "seq " + std::to_string(a.seq) +
                               " is used twice in session " + a.session_id);
    }
    return problems;
}

}  // namespace saqbol
