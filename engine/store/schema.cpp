// SPDX-License-Identifier: MIT
#include "schema.h"

namespace saqbol {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1, "players, sessions and decisions",
         R"sql(
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
)sql"},
        {2, "the before/after quiz: sessions.quiz_form and quiz_answers",
         R"sql(
ALTER TABLE sessions ADD COLUMN quiz_form TEXT NOT NULL DEFAULT '';
CREATE TABLE quiz_answers (
  id          TEXT PRIMARY KEY NOT NULL,
  session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  item        TEXT NOT NULL,
  is_scam     INTEGER NOT NULL CHECK (is_scam IN (0, 1)),
  called_scam INTEGER NOT NULL CHECK (called_scam IN (0, 1)),
  tip         TEXT NOT NULL DEFAULT '',
  at          TEXT NOT NULL,
  UNIQUE (session_id, seq)
);
)sql"},
        {3, "indexes: a player's sessions by scenario (resuming), sessions by player (deleting a class)",
         R"sql(
CREATE INDEX sessions_by_player ON sessions (player_id, scenario, started);
)sql"},
    };
    return list;
}

int currentSchemaVersion() { return migrations().back().version; }

}  // namespace saqbol
