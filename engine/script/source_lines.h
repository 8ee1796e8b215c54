// SPDX-License-Identifier: MIT
// SourceLines: where each field of each table is written in a scenario's source text, so a
// problem can point at the line of the field (`go = "x"` on line 14) instead of the line of
// the table that holds it. Lua itself records a line per call, never per table field, so
// this reads the source: a small tokenizer (comments, short and long strings, names,
// brackets) and a walk over the table constructors that notes, for each, the builder call
// it belongs to (`choice "id" {`, `sms {`) and the line of each key and list item.
// Function bodies (`effect = function(v) ... end`) are skipped whole. Standard library only;
// no Lua. Limits: a table built at run time (in a loop, by a helper function) has no source
// position of its own — such lookups return 0 and the caller keeps the table's line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace saqbol {

class SourceLines {
public:
    // Indexes `source` (the text of a scenario file). Never fails: text it cannot follow
    // gives fewer answers, not errors.
    explicit SourceLines(std::string_view source);

    // The line of `path` inside the table opened by builder `builder` called on `line` (with
    // id `id` for node/ending/choice; empty otherwise). `path` names keys from that table
    // down, joined by '.': "go", "set.code_given", "contacts.bank.name"; list items are
    // "[1]", "[2]" ("tips.[2]"). An empty path gives the table's own line. 0: not found.
    int line(std::string_view builder, std::string_view id, int line, std::string_view path) const;

    // Keys written twice in one table (Lua silently keeps the last), as "builder id: key"
    // with the line of the second one.
    struct Repeat {
        std::string key;
        int line = 0;
        std::string builder;  // of the innermost builder table around it
        std::string id;
    };
    const std::vector<Repeat>& repeatedKeys() const { return repeats_; }

private:
    struct Key {
        std::string name;  // "go", or "[3]" for the third list item
        int line = 0;
        int child = -1;    // index of the table written as its value, if any
    };
    struct Table {
        std::string builder;  // the function called with it ("choice"), or empty
        std::string id;       // node "id" { → "id"
        int call_line = 0;    // the line of the builder's name (what Lua reports)
        std::vector<Key> keys;
    };
    int find(std::string_view builder, std::string_view id, int line) const;

    std::vector<Table> tables_;
    std::vector<Repeat> repeats_;
};

}  // namespace saqbol
