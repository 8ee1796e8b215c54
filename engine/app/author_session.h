// SPDX-License-Identifier: MIT
// Author mode's logic, with no SDL and no UI: one scenario file played while its author edits
// it. It watches the file and its PO files (modification time and size, polled by the caller),
// loads each saved version in a fresh sandbox, and replays the choices made so far — by choice
// id, from where the play started — to land where the author was. A version that fails to load
// leaves the last good one running and keeps its problems (file, line, code, message) for the
// overlay. It also jumps to any node with chosen variables, goes back to any decision, and
// keeps lint's problems of the file (scenario_lint.h) and the script problems met in play.
// Limits: one file at a time; the caller polls (about every 250 ms) — nothing here has a
// thread or a clock.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog.h"
#include "problem.h"
#include "sandbox.h"
#include "scenario.h"
#include "scenario_loader.h"
#include "scenario_text.h"
#include "session.h"
#include "ui_text.h"

namespace saqbol {

// What polling sees of a file: whether it exists, when it was last written and its size.
struct FileStamp {
    bool exists = false;
    std::filesystem::file_time_type mtime{};
    std::uintmax_t size = 0;
    bool operator==(const FileStamp&) const = default;
};
FileStamp stampOf(const std::filesystem::path& file);

// Polls files for changes. A change counts once it is stable (the same stamp on two polls
// in a row), so a file caught half-written is not loaded; while the first file (the
// scenario) is missing — an editor saving by rename — nothing counts yet.
class FileWatch {
public:
    // Watches `files`, with `baseline` (their stamps when last loaded, same order) as "unchanged".
    void watch(std::vector<std::filesystem::path> files, std::vector<FileStamp> baseline);
    // One poll; true when a stable change is there to load.
    bool poll();
    const std::vector<std::filesystem::path>& files() const { return files_; }

private:
    std::vector<std::filesystem::path> files_;
    std::vector<FileStamp> baseline_;
    std::vector<FileStamp> seen_;  // at the previous poll
};

// Where the play being authored starts: the scenario's start, or a node with chosen variables.
struct PlayStart {
    std::string node;               // empty: the scenario's start node
    std::optional<Variables> vars;  // nullopt: the scenario's starting values
    bool isDefault() const { return node.empty() && !vars; }
};

// One choice the author made, as replaying needs it.
struct ReplayStep {
    std::string node;    // where it was made
    std::string choice;  // its id
};

// Why a replay stopped before the last recorded choice.
enum class ReplayStop {
    None,         // every recorded choice was replayed
    ChoiceGone,   // the choice is not offered there any more (removed, renamed, or its `when` is false)
    NodeChanged,  // the story now reaches another node before this choice
    StartGone,    // the node the play had jumped to no longer exists; played from the start
};

// What the last load did (for the notice after a save).
struct ReloadReport {
    bool ok = false;           // a good version loaded (else the last good one keeps running)
    std::size_t replayed = 0;  // recorded choices replayed
    std::size_t recorded = 0;  // recorded choices there were
    ReplayStop stop = ReplayStop::None;
    std::string node;    // where the replay stopped (stop != None)
    std::string choice;  // the choice that could not be taken (ChoiceGone, NodeChanged)
};

class AuthorSession {
public:
    // Loads `file` at once; `lang` is the player's language, `root` holds locales/ui.po files.
    AuthorSession(std::filesystem::path file, std::string lang, std::filesystem::path root,
                  SandboxLimits limits = {});
    ~AuthorSession();
    AuthorSession(const AuthorSession&) = delete;
    AuthorSession& operator=(const AuthorSession&) = delete;

    // --- the file
    const std::filesystem::path& file() const { return file_; }
    // The scenario file and the PO files it may use, in every shipped language.
    const std::vector<std::filesystem::path>& watched() const { return watch_.files(); }
    // Polls the watched files; reloads when one changed. True when it reloaded.
    bool poll();
    // Loads the file now: on success replays the recorded choices; on failure keeps the last
    // good version running and keeps its errors.
    const ReloadReport& reload();
    // Loads `source` as if the file had just been saved with it (screenshots of a broken save).
    const ReloadReport& reloadWith(const std::string& source);
    const ReloadReport& lastReload() const { return report_; }
    // Counts good loads and every jump, go-back and restart: a view of the play resets when it changes.
    std::uint64_t generation() const { return generation_; }

    // --- the play (valid while ready())
    bool ready() const { return current_ != nullptr; }
    const Session& session() const { return *session_; }
    const ScenarioText& words() const;
    const Scenario& scenario() const;
    const PlayStart& start() const { return start_; }
    // The recorded choices (may run past the session's history after a replay stopped:
    // they are kept until the author chooses again, so undoing an edit lands as before).
    const std::vector<ReplayStep>& steps() const { return steps_; }

    // Takes the shown choice with this id and records it.
    Session::Result choose(std::string_view choice_id);
    // Plays again from the scenario's start (forgets the recorded choices).
    void restart();
    // Starts at `node` with `vars` (the author's "jump" and "play from here"). False when no
    // such node; variables the scenario does not declare, or of another type, are dropped.
    bool jump(const std::string& node, const Variables& vars);
    // Back to the moment before history()[index] was decided: the choices before it are
    // replayed; if the scenario's scripts land elsewhere, starts at that node with the
    // variables recorded then (Decision::vars). False when there is no such decision.
    bool goBack(std::size_t index);
    // The player's language (the scenario's and the UI's words); the play stays.
    void setLanguage(const std::string& lang);
    const std::string& lang() const { return lang_; }

    // --- problems
    // The errors of the last version that failed to load (empty once a good version loads).
    const std::vector<Problem>& errors() const { return errors_; }
    // What `saqbol lint FILE` reports for the version last loaded (good or not), then the
    // script problems met in play since (each once).
    std::vector<Problem> problems() const;

private:
    struct Version;
    std::unique_ptr<Version> loadVersion(const std::string* source, std::vector<Problem>& problems);
    const ReloadReport& load(const std::string* source);
    // A session on `version` from `start`; replays `steps` (all when `count` is npos).
    void play(Version& version, std::size_t count, ReloadReport* report);
    void reportInPlay(const Problem& problem);

    std::filesystem::path file_;
    std::string lang_;
    std::filesystem::path root_;
    SandboxLimits limits_;
    FileWatch watch_;
    std::unique_ptr<Version> current_;
    std::optional<Session> session_;  // plays current_ (declared after it: destroyed first)
    PlayStart start_;
    std::vector<ReplayStep> steps_;
    ReloadReport report_;
    std::vector<Problem> errors_;
    std::vector<Problem> lint_;
    std::vector<Problem> in_play_;
    std::uint64_t generation_ = 0;
};

}  // namespace saqbol
