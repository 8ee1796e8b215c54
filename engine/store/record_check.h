// SPDX-License-Identifier: MIT
// The rules every stored record follows (results.h): what a nickname and a class may be,
// the time format, the known modes, languages and verdicts, and the references between
// records. The store checks each record it writes by them, and an import checks every
// record of a file by them before writing any. Core and the standard library only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "results.h"

namespace saqbol {

constexpr std::size_t kMaxNameLength = 32;  // characters, for a nickname and for a class

// A nickname as typed, trimmed; nullopt with `why` set when it is empty, longer than 32
// characters, not UTF-8 or holds a control character.
std::optional<std::string> normalizeNickname(std::string_view typed, std::string* why);
// A class name as typed, trimmed: as a nickname, except that it may be empty (a workshop).
std::optional<std::string> normalizeClassName(std::string_view typed, std::string* why);

// True for a UTC time written "YYYY-MM-DDTHH:MM:SSZ".
bool isUtcTime(std::string_view text);

// The modes a session is played in, as stored: play, terminal, lesson, booster, quiz.
bool isKnownMode(std::string_view mode);

// What is wrong with one record, or empty when it is fine (its own fields only).
std::string checkPlayer(const Player& player);
std::string checkSession(const PlaySession& session);
std::string checkDecision(const DecisionRecord& decision);
std::string checkAnswer(const QuizRecord& answer);

// Every record's fields, then the references: ids unique, one player per (class, nickname),
// each session's player, each decision's and answer's session present, seq unique within a
// session. Each problem names the record ("sessions[3] (id …): …"); empty when all is fine.
std::vector<std::string> checkResults(const Results& results);

}  // namespace saqbol
