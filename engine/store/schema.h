// SPDX-License-Identifier: MIT
// The results database's schema as an ordered list of migrations. PRAGMA user_version is
// the number of the last one applied; Store::open applies the missing ones in order, each
// in its own transaction, and refuses a database whose version is newer than the last
// here. A migration that has shipped is never edited: a change is a new migration at the
// end (a test holds schema 1 to its first text). Documented in docs/results.md.
#pragma once

#include <vector>

namespace saqbol {

// One step of the schema: from version - 1 to version.
struct Migration {
    int version;
    const char* summary;  // what it changes, for the docs and the log
    const char* sql;      // one or more statements
};

// Every migration, oldest first; migrations().back().version is the current schema.
const std::vector<Migration>& migrations();
// The schema version this build writes.
int currentSchemaVersion();

// PRAGMA application_id of a SaqBol results database ("SqBl"), so `file` and Store::open
// tell it from any other SQLite file.
constexpr int kResultsApplicationId = 0x5371426c;

}  // namespace saqbol
