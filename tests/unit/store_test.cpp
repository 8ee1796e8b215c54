// SPDX-License-Identifier: MIT
// The results store (engine/store): migrations from schema 1, a newer or foreign database
// refused untouched, recording and resuming, import by (class, nickname) and idempotent,
// the export file's checks, deleting a class; the checksum, UUIDs and name rules.
// Real SQLite files in a temporary folder; SQLite's C API only to make old or odd files.
#include "store.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "exchange.h"
#include "record_check.h"
#include "schema.h"
#include "sha256.h"
#include "uuid.h"

using namespace saqbol;
namespace fs = std::filesystem;

namespace {

// Schema 1 exactly as it shipped. Never change this copy: a database made by the first
// release must open in every later one.
constexpr const char* kShippedSchema1 = R"sql(
CREATE TABLE players (
  id         TEXT PRIMARY KEY NOT NULL,
  class_name TEXT NOT NULL,
  nickname   TEXT NOT NULL,
  UNIQUE (class_name, nickname)
);
CREATE TABLE sessions (
  id        TEXT PRIMARY KEY NOT NULL,
  player_id TEXT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
  lesson    TEXT NOT NULL DEFAULT '',
  scenario  TEXT NOT NULL,
  language  TEXT NOT NULL,
  mode      TEXT NOT NULL,
  started   TEXT NOT NULL,
  ended     TEXT,
  ending    TEXT
);
CREATE TABLE decisions (
  id         TEXT PRIMARY KEY NOT NULL,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  node       TEXT NOT NULL,
  choice     TEXT NOT NULL,
  tip        TEXT NOT NULL DEFAULT '',
  verdict    TEXT NOT NULL,
  at         TEXT NOT NULL,
  UNIQUE (session_id, seq)
);
)sql";

// A fresh folder under the system's temporary folder, removed at the end of the test.
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("saqbol-store-test-" + newUuid());
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

// Runs SQL on a file with SQLite itself (not the store).
void rawSql(const fs::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    const std::string text = message != nullptr ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    INFO(text);
    REQUIRE(rc == SQLITE_OK);
}

std::string fileBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::unique_ptr<Store> openStore(const fs::path& file) {
    std::string error;
    auto store = Store::open(file, &error);
    INFO(error);
    REQUIRE(store != nullptr);
    return store;
}

// A player of `store` with one session of `scenario` and `choices` decisions made.
std::string playInto(Store& store, const std::string& class_name, const std::string& nickname,
                     const std::string& scenario, int choices, bool finish) {
    std::string error;
    const auto player = store.player(class_name, nickname, &error);
    REQUIRE(player);
    PlaySession s;
    s.player_id = player->id;
    s.scenario = scenario;
    s.language = "kk";
    s.mode = "terminal";
    s.started = "2026-11-28T09:00:00Z";
    const auto id = store.startSession(s, &error);
    REQUIRE(id);
    for (int i = 1; i <= choices; ++i) {
        DecisionRecord d;
        d.session_id = *id;
        d.seq = i;
        d.node = "moment_" + std::to_string(i);
        d.choice = i % 2 == 0 ? "tell" : "keep";
        d.tip = "codes";
        d.verdict = i % 2 == 0 ? "harmful" : "safe";
        d.at = "2026-11-28T09:0" + std::to_string(i) + ":00Z";
        REQUIRE(store.recordDecision(d, &error));
    }
    if (finish) REQUIRE(store.endSession(*id, "kept", "2026-11-28T09:09:00Z", &error));
    return *id;
}

Results loadAll(const Store& store) {
    std::string error;
    auto results = store.load(std::nullopt, &error);
    INFO(error);
    REQUIRE(results);
    return *results;
}

}  // namespace

TEST_CASE("store: schema 1 is never edited once shipped") {
    REQUIRE(!migrations().empty());
    CHECK(migrations().front().version == 1);
    CHECK(std::string(migrations().front().sql) == kShippedSchema1);
    for (std::size_t i = 0; i < migrations().size(); ++i)
        CHECK(migrations()[i].version == static_cast<int>(i) + 1);
    CHECK(currentSchemaVersion() >= 2);
}

TEST_CASE("store: a database of schema 1 migrates to the current schema and keeps its data") {
    TempDir dir;
    const fs::path file = dir.path / Store::kFileName;
    rawSql(file, std::string(kShippedSchema1) + R"sql(
PRAGMA user_version = 1;
INSERT INTO players VALUES ('11111111-1111-4111-8111-111111111111', '7B', 'Aru');
INSERT INTO sessions (id, player_id, scenario, language, mode, started)
  VALUES ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'code_1414', 'kk',
          'terminal', '2026-11-28T09:00:00Z');
INSERT INTO sessions VALUES ('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111', '',
  'safe_account', 'ru', 'play', '2026-11-27T09:00:00Z', '2026-11-27T09:10:00Z', 'recovered');
INSERT INTO decisions VALUES ('44444444-4444-4444-8444-444444444444', '22222222-2222-4222-8222-222222222222', 1,
  'egov_login', 'type_on_egov', 'codes', 'safe', '2026-11-28T09:01:00Z');
INSERT INTO decisions VALUES ('55555555-5555-4555-8555-555555555555', '22222222-2222-4222-8222-222222222222', 2,
  'courier_call', 'tell_code', 'codes', 'harmful', '2026-11-28T09:02:00Z');
)sql");

    auto store = openStore(file);
    CHECK(store->schemaVersion() == currentSchemaVersion());
    const Results r = loadAll(*store);
    REQUIRE(r.players.size() == 1);
    CHECK(r.players[0].nickname == "Aru");
    REQUIRE(r.sessions.size() == 2);
    CHECK(r.sessions[0].scenario == "safe_account");  // by start time
    CHECK(r.sessions[0].ending == "recovered");
    CHECK(r.sessions[1].quiz_form.empty());  // the column schema 2 added
    CHECK(r.sessions[1].ended.empty());
    REQUIRE(r.decisions.size() == 2);
    CHECK(r.decisions[1].choice == "tell_code");

    // The unfinished play resumes from the old data, and what schema 2 added works.
    std::string error;
    const auto left = store->unfinishedSession("11111111-1111-4111-8111-111111111111", "code_1414", &error);
    REQUIRE(left);
    CHECK(left->decisions.size() == 2);
    QuizRecord answer{"",      "22222222-2222-4222-8222-222222222222",
                      1,       "a_sms_code",
                      true,    false,
                      "codes", "2026-11-28T09:03:00Z"};
    CHECK(store->recordQuizAnswer(answer, &error));
    CHECK(loadAll(*store).answers.size() == 1);
    // The same player, found by class and nickname.
    const auto same = store->player("7B", "Aru", &error);
    REQUIRE(same);
    CHECK(same->id == "11111111-1111-4111-8111-111111111111");
}

TEST_CASE("store: a database from a newer SaqBol is refused and left untouched") {
    TempDir dir;
    const fs::path file = dir.path / Store::kFileName;
    {
        auto store = openStore(file);
        playInto(*store, "7B", "Aru", "code_1414", 2, false);
    }
    rawSql(file, "PRAGMA user_version = " + std::to_string(currentSchemaVersion() + 1));
    const std::string before = fileBytes(file);
    std::string error;
    CHECK(Store::open(file, &error) == nullptr);
    CHECK(error.find("newer SaqBol") != std::string::npos);
    CHECK(error.find(file.string()) != std::string::npos);
    CHECK(fileBytes(file) == before);
}

TEST_CASE("store: another program's database, or a file that is no database, is refused") {
    TempDir dir;
    const fs::path other = dir.path / "other.sqlite";
    rawSql(other, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me');");
    const std::string before = fileBytes(other);
    std::string error;
    CHECK(Store::open(other, &error) == nullptr);
    CHECK(error.find("not a SaqBol results database") != std::string::npos);
    CHECK(fileBytes(other) == before);

    const fs::path text = dir.path / "text.sqlite";
    std::ofstream(text)
        << "these are my notes, not a database at all; long enough to have a header........\n";
    CHECK(Store::open(text, &error) == nullptr);
    CHECK(!error.empty());

    // A data folder that cannot be made (a file is in the way).
    CHECK(Store::open(text / "results.sqlite", &error) == nullptr);
    CHECK(error.find("data folder") != std::string::npos);
}

TEST_CASE("store: recording a play, resuming it, ending it") {
    TempDir dir;
    auto store = openStore(dir.path / Store::kFileName);
    std::string error;
    const auto aru = store->player(" 7B ", "  Aru ", &error);
    REQUIRE(aru);
    CHECK(aru->nickname == "Aru");
    CHECK(aru->class_name == "7B");
    CHECK(isUuid(aru->id));
    CHECK(store->player("7B", "Aru", &error)->id == aru->id);
    CHECK(store->player("7C", "Aru", &error)->id != aru->id);  // another class, another student
    CHECK_FALSE(store->player("7B", "", &error));
    CHECK(error.find("1 to 32") != std::string::npos);

    const std::string id = playInto(*store, "7B", "Aru", "code_1414", 3, false);
    const auto left = store->unfinishedSession(aru->id, "code_1414", &error);
    REQUIRE(left);
    CHECK(left->session.id == id);
    REQUIRE(left->decisions.size() == 3);
    CHECK(left->decisions[0].seq == 1);
    CHECK(left->decisions[2].node == "moment_3");
    CHECK_FALSE(store->unfinishedSession(aru->id, "safe_account", &error));
    CHECK(error.empty());

    // A decision that breaks the rules is refused, and so is a seq used twice.
    DecisionRecord bad{"", id, 4, "moment_4", "keep", "codes", "great", "2026-11-28T09:04:00Z"};
    CHECK_FALSE(store->recordDecision(bad, &error));
    CHECK(error.find("verdict 'great'") != std::string::npos);
    bad.verdict = "safe";
    bad.seq = 3;
    CHECK_FALSE(store->recordDecision(bad, &error));

    CHECK(store->endSession(id, "kept", "2026-11-28T09:09:00Z", &error));
    CHECK_FALSE(store->unfinishedSession(aru->id, "code_1414", &error));
    CHECK_FALSE(store->endSession(id, "kept", "2026-11-28T09:09:00Z", &error));  // ended already
    const Results r = loadAll(*store);
    CHECK(r.sessions.size() == 1);
    CHECK(r.sessions[0].ending == "kept");
    CHECK(r.decisions.size() == 3);
}

TEST_CASE("store: import finds a student by class and nickname, and a second import adds nothing") {
    TempDir dir;
    auto pc1 = openStore(dir.path / "pc1" / Store::kFileName);
    auto pc2 = openStore(dir.path / "pc2" / Store::kFileName);
    playInto(*pc1, "7B", "Aru", "code_1414", 2, true);
    playInto(*pc1, "7B", "Bek", "code_1414", 1, false);
    playInto(*pc2, "7B", "Aru", "safe_account", 3, true);
    std::string error;
    const std::string aru_on_pc2 = pc2->player("7B", "Aru", &error)->id;
    CHECK(pc1->player("7B", "Aru", &error)->id != aru_on_pc2);

    const std::string file =
        writeExport(loadAll(*pc1), {"2026-11-28T10:00:00Z", "saqbol test", std::nullopt});
    std::vector<std::string> problems;
    const auto read = readExport(file, &problems);
    REQUIRE_MESSAGE(read, (problems.empty() ? "" : problems.front()));

    const auto first = pc2->import(*read, &error);
    REQUIRE(first);
    CHECK(first->players == 1);  // Bek; Aru is here already
    CHECK(first->sessions == 2);
    CHECK(first->decisions == 3);
    const auto second = pc2->import(*read, &error);
    REQUIRE(second);
    CHECK(second->players == 0);
    CHECK(second->sessions == 0);
    CHECK(second->decisions == 0);
    CHECK(second->answers == 0);

    const Results all = loadAll(*pc2);
    CHECK(all.players.size() == 2);
    CHECK(all.sessions.size() == 3);
    CHECK(all.decisions.size() == 6);
    int aru_sessions = 0;
    for (const PlaySession& s : all.sessions) aru_sessions += s.player_id == aru_on_pc2 ? 1 : 0;
    CHECK(aru_sessions == 2);
    const auto classes = pc2->classes(&error);
    REQUIRE(classes);
    REQUIRE(classes->size() == 1);
    CHECK(classes->front().players == 2);
    CHECK(classes->front().unfinished == 1);
}

TEST_CASE("store: an import finishes a session imported before while it was unfinished") {
    TempDir dir;
    auto pc1 = openStore(dir.path / "pc1" / Store::kFileName);
    auto teacher = openStore(dir.path / "teacher" / Store::kFileName);
    const std::string id = playInto(*pc1, "7B", "Aru", "code_1414", 2, false);
    std::string error;
    REQUIRE(teacher->import(loadAll(*pc1), &error));
    REQUIRE(pc1->endSession(id, "kept", "2026-11-28T09:30:00Z", &error));
    const auto again = teacher->import(loadAll(*pc1), &error);
    REQUIRE(again);
    CHECK(again->sessions == 0);
    CHECK(again->finished == 1);
    CHECK(loadAll(*teacher).sessions.at(0).ending == "kept");
}

TEST_CASE("store: an export file that was cut, edited or is something else is refused whole") {
    TempDir dir;
    auto store = openStore(dir.path / Store::kFileName);
    playInto(*store, "7B", "Aru", "code_1414", 3, true);
    const Results results = loadAll(*store);
    const std::string good = writeExport(results, {"2026-11-28T10:00:00Z", "saqbol test", std::string("7B")});
    std::vector<std::string> problems;
    ExportHeader header;
    REQUIRE(readExport(good, &problems, &header));
    CHECK(header.class_name == std::optional<std::string>("7B"));

    auto refusedFor = [&](const std::string& text) {
        problems.clear();
        const bool refused = !readExport(text, &problems);
        std::string all;
        for (const std::string& p : problems) all += p + "\n";
        return refused ? all : std::string();
    };
    auto replaced = [&](std::string text, const std::string& from, const std::string& to) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        return text.replace(at, from.size(), to);
    };
    CHECK(refusedFor(good.substr(0, good.size() / 2)).find("not complete JSON") != std::string::npos);
    CHECK(refusedFor(replaced(good, "\"harmful\"", "\"safe\"")).find("checksum") != std::string::npos);
    CHECK(
        refusedFor(replaced(good, "saqbol-results", "saqbol-settings")).find("not a SaqBol results export") !=
        std::string::npos);
    CHECK(refusedFor(replaced(good, "\"version\": 1", "\"version\": 2")).find("newer SaqBol") !=
          std::string::npos);
    CHECK(refusedFor(replaced(good, "\"decisions\": 3", "\"decisions\": 2")).find("counts.decisions") !=
          std::string::npos);
    CHECK(refusedFor(replaced(good, "\"seq\": 1", "\"seq\": \"1\"")).find("'seq' is not a whole number") !=
          std::string::npos);
    CHECK(refusedFor(replaced(good, "\"node\":", "\"nod\":")).find("unknown field 'nod'") !=
          std::string::npos);
    CHECK(refusedFor("[]").find("not a SaqBol results export") != std::string::npos);

    // Records that are well-formed one by one but do not hold together (the checksum is
    // right: writeExport checks nothing).
    Results dangling = results;
    dangling.decisions[0].session_id = newUuid();
    CHECK(refusedFor(writeExport(dangling, {"2026-11-28T10:00:00Z", "t", std::nullopt}))
              .find("is not in sessions") != std::string::npos);
    Results twice = results;
    twice.players.push_back({newUuid(), "7B", "Aru"});
    CHECK(refusedFor(writeExport(twice, {"2026-11-28T10:00:00Z", "t", std::nullopt})).find("twice") !=
          std::string::npos);
    Results bad_time = results;
    bad_time.sessions[0].started = "28.11.2026 10:00";
    CHECK(refusedFor(writeExport(bad_time, {"2026-11-28T10:00:00Z", "t", std::nullopt})).find("UTC time") !=
          std::string::npos);
    Results other_class = results;
    other_class.players[0].class_name = "7C";
    CHECK(refusedFor(writeExport(other_class, {"2026-11-28T10:00:00Z", "t", std::string("7B")}))
              .find("class '7C'") != std::string::npos);
}

TEST_CASE("store: deleting a class deletes its players and everything of theirs, and nothing else") {
    TempDir dir;
    auto store = openStore(dir.path / Store::kFileName);
    playInto(*store, "7B", "Aru", "code_1414", 2, true);
    playInto(*store, "7B", "Bek", "code_1414", 1, false);
    playInto(*store, "8A", "Aru", "code_1414", 3, true);
    std::string error;
    const auto deleted = store->deleteClass("7B", &error);
    REQUIRE(deleted);
    CHECK(deleted->players == 2);
    CHECK(deleted->sessions == 2);
    CHECK(deleted->decisions == 3);
    const Results left = loadAll(*store);
    REQUIRE(left.players.size() == 1);
    CHECK(left.players[0].class_name == "8A");
    CHECK(left.sessions.size() == 1);
    CHECK(left.decisions.size() == 3);
    CHECK(store->deleteClass("9Z", &error)->players == 0);
    // The deleted nickname is gone from the files, not only from the tables.
    CHECK(fileBytes(dir.path / Store::kFileName).find("Bek") == std::string::npos);
    CHECK(fileBytes(dir.path / (std::string(Store::kFileName) + "-wal")).find("Bek") == std::string::npos);
    CHECK(fileBytes(dir.path / Store::kFileName).find("8A") !=
          std::string::npos);  // the check can see a name
}

TEST_CASE("store: SHA-256 matches the standard's examples") {
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256Hex(std::string(1000, 'a')) ==
          "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST_CASE("store: UUIDs are version 4 and differ") {
    const std::string a = newUuid(), b = newUuid();
    CHECK(isUuid(a));
    CHECK(a != b);
    CHECK(a[14] == '4');
    CHECK((a[19] == '8' || a[19] == '9' || a[19] == 'a' || a[19] == 'b'));
    CHECK_FALSE(isUuid("0F8FAD5B-D9CB-469F-A165-70867728950E"));
    CHECK_FALSE(isUuid("0f8fad5b-d9cb-469f-a165-70867728950"));
}

TEST_CASE("store: a nickname is 1 to 32 characters without control characters, trimmed") {
    std::string why;
    CHECK(normalizeNickname("  Aru  ", &why) == std::optional<std::string>("Aru"));
    CHECK(normalizeNickname("17", &why) == std::optional<std::string>("17"));
    const std::string kazakh32 = [] {
        std::string s;
        for (int i = 0; i < 32; ++i) s += "Ә";
        return s;
    }();
    CHECK(normalizeNickname(kazakh32, &why) ==
          std::optional<std::string>(kazakh32));  // characters, not bytes
    CHECK_FALSE(normalizeNickname(kazakh32 + "Ә", &why));
    CHECK(why.find("33") != std::string::npos);
    CHECK_FALSE(normalizeNickname("   ", &why));
    CHECK_FALSE(normalizeNickname("Aru\x1b[31m", &why));
    CHECK(why.find("control") != std::string::npos);
    CHECK_FALSE(normalizeNickname("A\xc3", &why));      // cut inside a character
    CHECK_FALSE(normalizeNickname("A\xc0\x80", &why));  // an overlong NUL
    CHECK(normalizeClassName("", &why) == std::optional<std::string>(""));
    CHECK(isUtcTime("2026-11-28T10:15:00Z"));
    CHECK_FALSE(isUtcTime("2026-11-28T10:15:00"));
    CHECK_FALSE(isUtcTime("2026-13-28T10:15:00Z"));
}
