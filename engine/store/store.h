// SPDX-License-Identifier: MIT
// The results store: one SQLite file (results.sqlite in the data folder) holding players,
// sessions, decisions and quiz answers (results.h). Opening it creates or migrates it
// (schema.h); WAL journal, synchronous FULL, foreign keys on, a busy timeout so the window
// and a command can share it. Each record is committed in its own transaction as it is
// made, so a crash or a power cut loses at most the one being written; an import is one
// transaction. Every method reports failure (full disk, read-only file, locked) through
// `error` and never throws. Times come from the caller: the store reads no clock.
// Depends on core and SQLite only; not thread-safe (one Store per thread).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "results.h"

struct sqlite3;

namespace saqbol {

// How many records an import added (records already in the store are not counted).
struct ImportCounts {
    int players = 0;
    int sessions = 0;
    int decisions = 0;
    int answers = 0;
    int finished = 0;  // sessions already here unfinished that the file had finished
};

// One class and what it holds.
struct ClassInfo {
    std::string name;  // may be empty (players without a class)
    int players = 0;
    int sessions = 0;
    int unfinished = 0;  // sessions without an end
    int decisions = 0;
    int answers = 0;
};

// A session that was left before its ending, with its decisions in order (to resume it).
struct UnfinishedSession {
    PlaySession session;
    std::vector<DecisionRecord> decisions;
};

class Store {
public:
    // The store's file name in the data folder.
    static constexpr const char* kFileName = "results.sqlite";

    // Opens `file`, creating it (and its folder) when missing and applying the missing
    // migrations. Null with `error` set when it cannot be opened, is not a SaqBol results
    // database, or was written by a newer SaqBol (then it is left untouched).
    static std::unique_ptr<Store> open(const std::filesystem::path& file, std::string* error);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::filesystem::path& file() const { return file_; }
    // PRAGMA user_version as read now (currentSchemaVersion() once opened).
    int schemaVersion() const;

    // --- Recording, each call one transaction ---
    // The player with this class and nickname (normalized), added when new.
    std::optional<Player> player(const std::string& class_name, const std::string& nickname,
                                 std::string* error);
    // Adds a session (its id made when empty; ended and ending empty) and returns its id.
    std::optional<std::string> startSession(PlaySession session, std::string* error);
    // Adds one decision of a session (its id made when empty).
    bool recordDecision(DecisionRecord decision, std::string* error);
    // Adds one quiz answer of a session (its id made when empty).
    bool recordQuizAnswer(QuizRecord answer, std::string* error);
    // Ends an unfinished session at `at` with the ending node reached; an empty ending
    // means it was given up (a restart).
    bool endSession(const std::string& session_id, const std::string& ending, const std::string& at,
                    std::string* error);

    // --- Queries ---
    // Every record, or only those of players of `class_name`; sorted (players by class and
    // nickname, sessions by start — a tie in the order they were added — decisions and
    // answers by session and seq).
    std::optional<Results> load(const std::optional<std::string>& class_name, std::string* error) const;
    // Every class with its counts, by name.
    std::optional<std::vector<ClassInfo>> classes(std::string* error) const;
    // The player's latest session of `scenario` that has no end, if any (nullopt and an
    // empty `error` when there is none).
    std::optional<UnfinishedSession> unfinishedSession(const std::string& player_id,
                                                       const std::string& scenario, std::string* error) const;

    // --- Changes in bulk ---
    // Deletes the class's players and everything of theirs, and overwrites the freed
    // space (privacy); returns what was deleted (all zero for an unknown class).
    std::optional<ClassInfo> deleteClass(const std::string& class_name, std::string* error);
    // Adds the records of an export (checked already: exchange.h) in one transaction. A
    // player is found by (class, nickname), whatever its id; the other records by id, so
    // importing the same records again adds nothing.
    std::optional<ImportCounts> import(const Results& results, std::string* error);

private:
    Store(sqlite3* db, std::filesystem::path file) : db_(db), file_(std::move(file)) {}
    sqlite3* db_;
    std::filesystem::path file_;
};

}  // namespace saqbol
