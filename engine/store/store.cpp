// SPDX-License-Identifier: MIT
// Sections: SQLite helpers (Statement, Transaction) · open and migrate · recording ·
// queries · delete a class · import.
#include "store.h"

#include <sqlite3.h>

#include <map>
#include <stdexcept>
#include <system_error>
#include <utility>

#include "record_check.h"
#include "schema.h"
#include "uuid.h"
#include "validate.h"

namespace saqbol {
namespace {

// --- SQLite helpers: failures become a StoreError, caught at each public method ---

struct StoreError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(sqlite3* db, const std::string& doing) {
    throw StoreError(doing + ": " + sqlite3_errmsg(db));
}

class Statement {
public:
    Statement(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) fail(db, "preparing a query");
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& text) {
        check(sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
        return *this;
    }
    // Empty text is stored as NULL (an unfinished session's end).
    Statement& bindOrNull(int index, const std::string& text) {
        if (text.empty())
            check(sqlite3_bind_null(stmt_, index));
        else
            bind(index, text);
        return *this;
    }
    Statement& bind(int index, int value) {
        check(sqlite3_bind_int(stmt_, index, value));
        return *this;
    }
    // True while a row is there; false when done.
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail(db_, "writing or reading the results");
    }
    // Runs a statement that returns no rows; the number of rows it changed.
    int run() {
        const auto before = sqlite3_total_changes64(db_);
        while (step()) {
        }
        return static_cast<int>(sqlite3_total_changes64(db_) - before);
    }
    void reset() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    }
    std::string text(int column) const {
        const auto* p = sqlite3_column_text(stmt_, column);
        return p == nullptr ? std::string()
                            : std::string(reinterpret_cast<const char*>(p),
                                          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
    }
    int integer(int column) const { return sqlite3_column_int(stmt_, column); }

private:
    void check(int rc) const {
        if (rc != SQLITE_OK) fail(db_, "binding a value");
    }
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

void exec(sqlite3* db, const char* sql, const std::string& doing) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message != nullptr ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        throw StoreError(doing + ": " + text);
    }
}

int pragmaInt(sqlite3* db, const char* sql) {
    Statement s(db, sql);
    return s.step() ? s.integer(0) : 0;
}

// BEGIN IMMEDIATE (the write lock at once, so a busy store waits the busy timeout here
// rather than failing half-way); rolled back unless committed.
class Transaction {
public:
    explicit Transaction(sqlite3* db) : db_(db) { exec(db, "BEGIN IMMEDIATE", "starting a transaction"); }
    ~Transaction() {
        if (!done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit() {
        exec(db_, "COMMIT", "saving");
        done_ = true;
    }

private:
    sqlite3* db_;
    bool done_ = false;
};

// Runs `body`, turning a StoreError into `error` (prefixed by the file) and `fallback`.
template <typename Result, typename Body>
Result guarded(const std::filesystem::path& file, std::string* error, Result fallback, Body&& body) {
    try {
        return body();
    } catch (const std::exception& e) {  // StoreError, or bad_alloc
        if (error != nullptr) *error = file.string() + ": " + e.what();
    }
    return fallback;
}

[[noreturn]] void refuse(const std::string& why) { throw StoreError(why); }

// --- Reading records ---

constexpr const char* kSessionColumns =
    "s.id, s.player_id, s.lesson, s.scenario, s.quiz_form, s.language, s.mode, s.started, s.ended, s.ending";

PlaySession readSession(const Statement& q) {
    return {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
            q.text(5), q.text(6), q.text(7), q.text(8), q.text(9)};
}

constexpr const char* kDecisionColumns =
    "d.id, d.session_id, d.seq, d.node, d.choice, d.tip, d.verdict, d.at";

DecisionRecord readDecision(const Statement& q) {
    return {q.text(0), q.text(1), q.integer(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7)};
}

// Returns the number of rows added (0 when an ignored session was there already).
int insertSession(sqlite3* db, const PlaySession& s, bool or_ignore) {
    Statement q(db,
                or_ignore
                    ? "INSERT OR IGNORE INTO sessions (id, player_id, lesson, scenario, quiz_form, language, "
                      "mode, started, ended, ending) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                    : "INSERT INTO sessions (id, player_id, lesson, scenario, quiz_form, language, mode, "
                      "started, ended, ending) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    q.bind(1, s.id).bind(2, s.player_id).bind(3, s.lesson).bind(4, s.scenario).bind(5, s.quiz_form);
    q.bind(6, s.language).bind(7, s.mode).bind(8, s.started).bindOrNull(9, s.ended).bindOrNull(10, s.ending);
    return q.run();
}

}  // namespace

// --- Open and migrate ---

std::unique_ptr<Store> Store::open(const std::filesystem::path& file, std::string* error) {
    auto say = [&](const std::string& why) -> std::unique_ptr<Store> {
        if (error != nullptr) *error = why;
        return nullptr;
    };
    std::error_code ec;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) return say(file.parent_path().string() + ": cannot create the data folder: " + ec.message());
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        const std::string why = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        return say(file.string() + ": cannot open: " + why);
    }
    std::unique_ptr<Store> store(new Store(db, file));
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    const bool ok = guarded(file, error, false, [&] {
        // Look before writing anything: a newer or foreign database is left as it is.
        const int version = pragmaInt(db, "PRAGMA user_version");
        const int application = pragmaInt(db, "PRAGMA application_id");
        if (application != 0 && application != kResultsApplicationId)
            refuse("not a SaqBol results database (another program's SQLite file); it was left as it is");
        if (version > currentSchemaVersion())
            refuse("written by a newer SaqBol (results schema " + std::to_string(version) +
                   "; this SaqBol knows up to " + std::to_string(currentSchemaVersion()) +
                   "); it was left as it is — update SaqBol to use it");
        if (version == 0 && pragmaInt(db, "SELECT count(*) FROM sqlite_master") != 0)
            refuse("holds tables but is not a SaqBol results database; it was left as it is");
        {
            Statement wal(db, "PRAGMA journal_mode = WAL");
            if (!wal.step() || wal.text(0) != "wal")
                refuse("cannot use the WAL journal here (" + wal.text(0) + ")");
        }
        // FULL: a commit is on the disk before it returns, so a power cut keeps it too.
        exec(db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON",
             "setting up");
        for (const Migration& m : migrations()) {
            if (version >= m.version) continue;  // (no write lock taken when nothing is missing)
            Transaction tx(db);
            const int now =
                pragmaInt(db, "PRAGMA user_version");  // another process may have migrated meanwhile
            if (now >= m.version) continue;
            exec(db, m.sql, "migrating to results schema " + std::to_string(m.version));
            exec(db, ("PRAGMA user_version = " + std::to_string(m.version)).c_str(), "migrating");
            if (m.version == 1)
                exec(db, ("PRAGMA application_id = " + std::to_string(kResultsApplicationId)).c_str(),
                     "migrating");
            tx.commit();
        }
        return true;
    });
    return ok ? std::move(store) : nullptr;
}

Store::~Store() { sqlite3_close(db_); }

int Store::schemaVersion() const {
    return guarded(file_, nullptr, -1, [&] { return pragmaInt(db_, "PRAGMA user_version"); });
}

// --- Recording ---

std::optional<Player> Store::player(const std::string& class_name, const std::string& nickname,
                                    std::string* error) {
    std::string why;
    const auto name = normalizeNickname(nickname, &why);
    const auto klass = name ? normalizeClassName(class_name, &why) : std::nullopt;
    if (!name || !klass) {
        if (error != nullptr) *error = why;
        return std::nullopt;
    }
    return guarded(file_, error, std::optional<Player>(), [&]() -> std::optional<Player> {
        Transaction tx(db_);
        Statement add(db_, "INSERT OR IGNORE INTO players (id, class_name, nickname) VALUES (?1, ?2, ?3)");
        add.bind(1, newUuid()).bind(2, *klass).bind(3, *name).run();
        Statement find(db_, "SELECT id FROM players WHERE class_name = ?1 AND nickname = ?2");
        find.bind(1, *klass).bind(2, *name);
        if (!find.step()) refuse("the player just added is not there");
        Player found{find.text(0), *klass, *name};
        tx.commit();
        return found;
    });
}

std::optional<std::string> Store::startSession(PlaySession session, std::string* error) {
    if (session.id.empty()) session.id = newUuid();
    session.ended.clear();
    session.ending.clear();
    if (std::string why = checkSession(session); !why.empty()) {
        if (error != nullptr) *error = "session: " + why;
        return std::nullopt;
    }
    return guarded(file_, error, std::optional<std::string>(), [&]() -> std::optional<std::string> {
        insertSession(db_, session, false);  // autocommit: one transaction
        return session.id;
    });
}

bool Store::recordDecision(DecisionRecord d, std::string* error) {
    if (d.id.empty()) d.id = newUuid();
    if (std::string why = checkDecision(d); !why.empty()) {
        if (error != nullptr) *error = "decision: " + why;
        return false;
    }
    return guarded(file_, error, false, [&] {
        Statement q(db_,
                    "INSERT INTO decisions (id, session_id, seq, node, choice, tip, verdict, at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        q.bind(1, d.id).bind(2, d.session_id).bind(3, d.seq).bind(4, d.node).bind(5, d.choice);
        q.bind(6, d.tip).bind(7, d.verdict).bind(8, d.at).run();
        return true;
    });
}

bool Store::recordQuizAnswer(QuizRecord a, std::string* error) {
    if (a.id.empty()) a.id = newUuid();
    if (std::string why = checkAnswer(a); !why.empty()) {
        if (error != nullptr) *error = "quiz answer: " + why;
        return false;
    }
    return guarded(file_, error, false, [&] {
        Statement q(db_,
                    "INSERT INTO quiz_answers (id, session_id, seq, item, is_scam, called_scam, tip, at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        q.bind(1, a.id).bind(2, a.session_id).bind(3, a.seq).bind(4, a.item).bind(5, a.is_scam ? 1 : 0);
        q.bind(6, a.called_scam ? 1 : 0).bind(7, a.tip).bind(8, a.at).run();
        return true;
    });
}

bool Store::endSession(const std::string& session_id, const std::string& ending, const std::string& at,
                       std::string* error) {
    if (!isUtcTime(at) || !(ending.empty() || isValidId(ending))) {
        if (error != nullptr)
            *error = "ending '" + ending + "' at '" + at + "': not a node id and a UTC time";
        return false;
    }
    return guarded(file_, error, false, [&] {
        Statement q(db_, "UPDATE sessions SET ended = ?1, ending = ?2 WHERE id = ?3 AND ended IS NULL");
        if (q.bind(1, at).bindOrNull(2, ending).bind(3, session_id).run() != 1)
            refuse("no unfinished session " + session_id);
        return true;
    });
}

// --- Queries ---

std::optional<Results> Store::load(const std::optional<std::string>& class_name, std::string* error) const {
    return guarded(file_, error, std::optional<Results>(), [&]() -> std::optional<Results> {
        // One read transaction: a consistent picture while a play may be writing.
        exec(db_, "BEGIN", "reading");
        struct End {
            sqlite3* db;
            ~End() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
        } end{db_};
        Results r;
        const std::string filter = class_name ? " WHERE p.class_name = ?1" : "";
        auto bindClass = [&](Statement& q) {
            if (class_name) q.bind(1, *class_name);
        };
        {
            Statement q(db_, ("SELECT p.id, p.class_name, p.nickname FROM players p" + filter +
                              " ORDER BY p.class_name, p.nickname")
                                 .c_str());
            bindClass(q);
            while (q.step()) r.players.push_back({q.text(0), q.text(1), q.text(2)});
        }
        {
            Statement q(db_, ("SELECT " + std::string(kSessionColumns) +
                              " FROM sessions s JOIN players p ON p.id = s.player_id" + filter +
                              " ORDER BY s.started, s.rowid")  // ties: in the order they were added
                                 .c_str());
            bindClass(q);
            while (q.step()) r.sessions.push_back(readSession(q));
        }
        {
            Statement q(db_, ("SELECT " + std::string(kDecisionColumns) +
                              " FROM decisions d JOIN sessions s ON s.id = d.session_id"
                              " JOIN players p ON p.id = s.player_id" +
                              filter + " ORDER BY s.started, s.rowid, d.seq")
                                 .c_str());
            bindClass(q);
            while (q.step()) r.decisions.push_back(readDecision(q));
        }
        {
            Statement q(db_,
                        ("SELECT a.id, a.session_id, a.seq, a.item, a.is_scam, a.called_scam, a.tip, a.at"
                         " FROM quiz_answers a JOIN sessions s ON s.id = a.session_id"
                         " JOIN players p ON p.id = s.player_id" +
                         filter + " ORDER BY s.started, s.rowid, a.seq")
                            .c_str());
            bindClass(q);
            while (q.step())
                r.answers.push_back({q.text(0), q.text(1), q.integer(2), q.text(3), q.integer(4) != 0,
                                     q.integer(5) != 0, q.text(6), q.text(7)});
        }
        return r;
    });
}

namespace {

constexpr const char* kClassCounts = R"sql(
SELECT c.class_name,
  (SELECT count(*) FROM players p WHERE p.class_name = c.class_name),
  (SELECT count(*) FROM sessions s JOIN players p ON p.id = s.player_id WHERE p.class_name = c.class_name),
  (SELECT count(*) FROM sessions s JOIN players p ON p.id = s.player_id
     WHERE p.class_name = c.class_name AND s.ended IS NULL),
  (SELECT count(*) FROM decisions d JOIN sessions s ON s.id = d.session_id JOIN players p ON p.id = s.player_id
     WHERE p.class_name = c.class_name),
  (SELECT count(*) FROM quiz_answers a JOIN sessions s ON s.id = a.session_id JOIN players p ON p.id = s.player_id
     WHERE p.class_name = c.class_name)
FROM (SELECT DISTINCT class_name FROM players) c)sql";

ClassInfo readClass(const Statement& q) {
    return {q.text(0), q.integer(1), q.integer(2), q.integer(3), q.integer(4), q.integer(5)};
}

}  // namespace

std::optional<std::vector<ClassInfo>> Store::classes(std::string* error) const {
    return guarded(file_, error, std::optional<std::vector<ClassInfo>>(),
                   [&]() -> std::optional<std::vector<ClassInfo>> {
                       Statement q(db_, (std::string(kClassCounts) + " ORDER BY c.class_name").c_str());
                       std::vector<ClassInfo> list;
                       while (q.step()) list.push_back(readClass(q));
                       return list;
                   });
}

std::optional<UnfinishedSession> Store::unfinishedSession(const std::string& player_id,
                                                          const std::string& scenario,
                                                          std::string* error) const {
    if (error != nullptr) error->clear();
    return guarded(
        file_, error, std::optional<UnfinishedSession>(), [&]() -> std::optional<UnfinishedSession> {
            Statement q(db_,
                        ("SELECT " + std::string(kSessionColumns) +
                         " FROM sessions s WHERE s.player_id = ?1 AND s.scenario = ?2 AND s.ended IS NULL"
                         " AND s.mode <> 'quiz' ORDER BY s.started DESC, s.rowid DESC LIMIT 1")
                            .c_str());
            q.bind(1, player_id).bind(2, scenario);
            if (!q.step()) return std::nullopt;
            UnfinishedSession found{readSession(q), {}};
            Statement d(db_, ("SELECT " + std::string(kDecisionColumns) +
                              " FROM decisions d WHERE d.session_id = ?1 ORDER BY d.seq")
                                 .c_str());
            d.bind(1, found.session.id);
            while (d.step()) found.decisions.push_back(readDecision(d));
            return found;
        });
}

// --- Delete a class ---

std::optional<ClassInfo> Store::deleteClass(const std::string& class_name, std::string* error) {
    return guarded(file_, error, std::optional<ClassInfo>(), [&]() -> std::optional<ClassInfo> {
        ClassInfo deleted{class_name, 0, 0, 0, 0, 0};
        {
            Transaction tx(db_);
            Statement q(db_, (std::string(kClassCounts) + " WHERE c.class_name = ?1").c_str());
            q.bind(1, class_name);
            if (q.step()) deleted = readClass(q);
            Statement del(
                db_, "DELETE FROM players WHERE class_name = ?1");  // the rest follows by ON DELETE CASCADE
            del.bind(1, class_name).run();
            tx.commit();
        }
        // secure_delete zeroed the freed pages; copying them into the database and emptying
        // the WAL leaves no old copy of the deleted records in either file.
        exec(db_, "PRAGMA wal_checkpoint(TRUNCATE)", "clearing the journal");
        return deleted;
    });
}

// --- Import ---

std::optional<ImportCounts> Store::import(const Results& results, std::string* error) {
    if (const auto problems = checkResults(results); !problems.empty()) {
        if (error != nullptr) *error = problems.front();
        return std::nullopt;
    }
    return guarded(file_, error, std::optional<ImportCounts>(), [&]() -> std::optional<ImportCounts> {
        Transaction tx(db_);
        ImportCounts added;
        std::map<std::string, std::string> player_ids;  // the file's player id -> this store's
        {
            Statement find(db_, "SELECT id FROM players WHERE class_name = ?1 AND nickname = ?2");
            Statement taken(db_, "SELECT 1 FROM players WHERE id = ?1");
            Statement add(db_, "INSERT INTO players (id, class_name, nickname) VALUES (?1, ?2, ?3)");
            for (const Player& p : results.players) {
                find.reset();
                find.bind(1, p.class_name).bind(2, p.nickname);
                if (find.step()) {
                    player_ids[p.id] = find.text(0);
                    continue;
                }
                std::string id = p.id;
                taken.reset();
                if (taken.bind(1, id).step()) id = newUuid();  // the id names someone else here
                add.reset();
                add.bind(1, id).bind(2, p.class_name).bind(3, p.nickname).run();
                player_ids[p.id] = id;
                ++added.players;
            }
        }
        {
            Statement finish(db_,
                             "UPDATE sessions SET ended = ?1, ending = ?2 WHERE id = ?3 AND ended IS NULL");
            for (PlaySession s : results.sessions) {
                s.player_id = player_ids.at(s.player_id);
                if (insertSession(db_, s, true) == 1) {
                    ++added.sessions;
                } else if (!s.ended.empty()) {
                    finish.reset();
                    added.finished += finish.bind(1, s.ended).bindOrNull(2, s.ending).bind(3, s.id).run();
                }
            }
        }
        {
            Statement q(
                db_,
                "INSERT OR IGNORE INTO decisions (id, session_id, seq, node, choice, tip, verdict, at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            for (const DecisionRecord& d : results.decisions) {
                q.reset();
                q.bind(1, d.id).bind(2, d.session_id).bind(3, d.seq).bind(4, d.node).bind(5, d.choice);
                added.decisions += q.bind(6, d.tip).bind(7, d.verdict).bind(8, d.at).run();
            }
        }
        {
            Statement q(
                db_,
                "INSERT OR IGNORE INTO quiz_answers (id, session_id, seq, item, is_scam, called_scam, tip, "
                "at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            for (const QuizRecord& a : results.answers) {
                q.reset();
                q.bind(1, a.id)
                    .bind(2, a.session_id)
                    .bind(3, a.seq)
                    .bind(4, a.item)
                    .bind(5, a.is_scam ? 1 : 0);
                added.answers += q.bind(6, a.called_scam ? 1 : 0).bind(7, a.tip).bind(8, a.at).run();
            }
        }
        tx.commit();
        return added;
    });
}

}  // namespace saqbol
