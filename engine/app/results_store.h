// SPDX-License-Identifier: MIT
// The app's way into the results store (engine/store): the clock (UTC times for the
// records; core and store read none), the store file in this run's data folder, and
// PlayRecorder, which records one play — a session at the start, each decision as it is
// made, the end — and, when the store cannot be opened or written, says so once through
// its callback and lets the play go on (what was saved stays saved).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "results.h"
#include "store.h"

namespace saqbol {

// Now, in UTC: "2026-11-28T10:15:00Z".
std::string utcNow();

// <data folder>/results.sqlite; empty when there is no data folder (no --data, no HOME).
std::filesystem::path resultsFile();

// True when the data folder has no store yet: a command that only reads says so rather
// than creating an empty one.
bool noResultsYet();

// Opens the store in the data folder (creating it); null with `error` set.
std::unique_ptr<Store> openResults(std::string* error);

// Records one play of one player into the store.
class PlayRecorder {
public:
    // Called once, with the reason, when results stop being kept.
    using OnFailure = std::function<void(const std::string& why)>;

    // Opens the store and finds (or adds) the player; class and nickname are normalized
    // already (record_check.h).
    PlayRecorder(const std::string& class_name, const std::string& nickname, OnFailure on_failure);

    // False once anything failed: nothing more is recorded.
    bool keeping() const { return store_ != nullptr; }
    const Player& player() const { return player_; }

    // The player's unfinished session of `scenario`, if any.
    std::optional<UnfinishedSession> unfinished(const std::string& scenario);
    // Goes on recording into `session` (after its choices were replayed).
    void resume(const UnfinishedSession& session);
    // Ends `session` without an ending: given up for a new start.
    void abandon(const UnfinishedSession& session);
    // Starts a new session of `scenario` (in `lesson`, when one is running; a quiz session
    // is scenario "quiz" with its form).
    void start(const std::string& scenario, const std::string& language, const std::string& mode,
               const std::string& lesson = "", const std::string& quiz_form = "");
    // Records one quiz answer of the session, committed before this returns.
    void quizAnswer(const std::string& item, bool is_scam, bool called_scam, const std::string& tip);
    // Every record of the player's class (for the player's progress in a lesson).
    std::optional<Results> classResults();
    // Records the next decision of the session, committed before this returns.
    void decision(const std::string& node, const std::string& choice, const std::string& tip,
                  const std::string& verdict);
    // Records the ending reached.
    void end(const std::string& ending);
    // True while a session is being recorded and has not ended.
    bool recording() const { return keeping() && !session_id_.empty() && !ended_; }

private:
    void lost(const std::string& why);

    std::unique_ptr<Store> store_;
    OnFailure on_failure_;
    Player player_;
    std::string session_id_;
    int seq_ = 0;
    bool ended_ = false;
};

}  // namespace saqbol
