// SPDX-License-Identifier: MIT
// Results: what a class did, as plain data — the players (a class and a nickname or roster
// number, nothing more), their sessions (a scenario played or a quiz form taken, in a
// lesson or alone), each decision and each quiz answer. The store (engine/store) reads and
// writes these; the reports (report.h: summary, CSV, xAPI, HTML) are made from them. Every
// record carries a UUID so that an import of the same file twice adds nothing. Times are
// UTC, ISO 8601 with seconds ("2026-11-28T10:15:00Z"), given by the caller.
// Standard library only.
#pragma once

#include <string>
#include <vector>

namespace saqbol {

// A student: the same (class, nickname) pair on two PCs is the same student.
struct Player {
    std::string id;        // UUID
    std::string class_name;  // "7B"; may be empty for a workshop
    std::string nickname;  // a nickname or a roster number
};

// One go at a scenario or at a quiz form.
struct PlaySession {
    std::string id;         // UUID
    std::string player_id;  // Player::id
    std::string lesson;     // lesson id, or empty when played alone
    std::string scenario;   // scenario id; for a quiz "quiz"
    std::string quiz_form;  // "A" or "B" for a quiz session, else empty
    std::string language;   // kk, ru, en
    std::string mode;       // "play" (window), "terminal", "lesson", "booster", "quiz"
    std::string started;    // UTC time
    std::string ended;      // UTC time, empty while unfinished
    std::string ending;     // the ending node reached; empty while unfinished, and empty with
                            // `ended` set when the play was given up (play --restart)
};

// One decision at a moment of a scenario, as stored. (Not session.h's Decision, the live
// play's history entry: two types of one name would break the one-definition rule.)
struct DecisionRecord {
    std::string id;          // UUID
    std::string session_id;  // PlaySession::id
    int seq = 0;             // 1, 2, ... within the session
    std::string node;        // the moment's node id
    std::string choice;      // the choice id
    std::string tip;         // the tip or rule it exercises; empty when neutral
    std::string verdict;     // safe, risky, harmful, neutral
    std::string at;          // UTC time
};

// One answer of the before/after quiz.
struct QuizRecord {
    std::string id;          // UUID
    std::string session_id;  // PlaySession::id (mode "quiz")
    int seq = 0;
    std::string item;        // the quiz item id
    bool is_scam = false;    // what the item is
    bool called_scam = false;  // what the student said
    std::string tip;         // the tip the item's cue teaches
    std::string at;          // UTC time
};

// Everything about a class (or every class), as read from a store or an export file.
struct Results {
    std::vector<Player> players;
    std::vector<PlaySession> sessions;
    std::vector<DecisionRecord> decisions;
    std::vector<QuizRecord> answers;
};

}  // namespace saqbol
