// SPDX-License-Identifier: MIT
// Sections: tokenizer · table walk · lookups.
#include "source_lines.h"

#include <algorithm>
#include <cctype>

namespace saqbol {
namespace {

// ---------------------------------------------------------------------------- tokenizer

enum class Tok { Name, String, Open, Close, Other };

struct Token {
    Tok kind;
    std::string text;  // the name, the string's contents, or the punctuation
    int line;
};

// Length of a long bracket opener "[[", "[==[" at `at` (0 when there is none); `level`
// gets the number of '='.
std::size_t longBracket(std::string_view s, std::size_t at, std::size_t& level) {
    if (at >= s.size() || s[at] != '[') return 0;
    std::size_t i = at + 1;
    while (i < s.size() && s[i] == '=') ++i;
    if (i >= s.size() || s[i] != '[') return 0;
    level = i - at - 1;
    return i + 1 - at;
}

class Tokenizer {
public:
    explicit Tokenizer(std::string_view s) : s_(s) {
        if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // a UTF-8 byte-order mark
        if (s_.substr(i_, 1) == "#") skipLine();         // a shebang line
    }

    std::vector<Token> run() {
        std::vector<Token> out;
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '\n') { ++line_; ++i_; continue; }
            if (std::isspace(static_cast<unsigned char>(c))) { ++i_; continue; }
            if (c == '-' && peek(1) == '-') { comment(); continue; }
            const int line = line_;
            std::size_t level = 0;
            if (c == '"' || c == '\'') {
                out.push_back({Tok::String, quoted(c), line});
            } else if (std::size_t open = longBracket(s_, i_, level)) {
                i_ += open;
                out.push_back({Tok::String, longText(level), line});
            } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
                std::size_t j = i_;
                while (j < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[j])) || s_[j] == '_')) ++j;
                out.push_back({Tok::Name, std::string(s_.substr(i_, j - i_)), line});
                i_ = j;
            } else if (std::isdigit(static_cast<unsigned char>(c))) {
                while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.' ||
                                          ((s_[i_] == '+' || s_[i_] == '-') && (s_[i_ - 1] == 'e' || s_[i_ - 1] == 'E' ||
                                                                                 s_[i_ - 1] == 'p' || s_[i_ - 1] == 'P'))))
                    ++i_;
                out.push_back({Tok::Other, "0", line});
            } else if (c == '{') {
                out.push_back({Tok::Open, "{", line});
                ++i_;
            } else if (c == '}') {
                out.push_back({Tok::Close, "}", line});
                ++i_;
            } else {
                // Two-character operators matter only for '==' (not an assignment) and '..'.
                std::string op(1, c);
                const char n = peek(1);
                if ((c == '=' || c == '~' || c == '<' || c == '>') && n == '=') op += n;
                else if ((c == '.' && n == '.') || (c == ':' && n == ':')) op += n;
                i_ += op.size();
                out.push_back({Tok::Other, op, line});
            }
        }
        return out;
    }

private:
    char peek(std::size_t ahead) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }

    void skipLine() {
        while (i_ < s_.size() && s_[i_] != '\n') ++i_;
    }

    void comment() {
        i_ += 2;
        std::size_t level = 0;
        if (std::size_t open = longBracket(s_, i_, level)) {
            i_ += open;
            longText(level);
        } else {
            skipLine();
        }
    }

    // After the opening bracket: up to and past the matching close; counts lines.
    std::string longText(std::size_t level) {
        const std::string close = "]" + std::string(level, '=') + "]";
        const std::size_t end = s_.find(close, i_);
        const std::size_t stop = end == std::string_view::npos ? s_.size() : end;
        std::string text(s_.substr(i_, stop - i_));
        line_ += static_cast<int>(std::count(text.begin(), text.end(), '\n'));
        i_ = end == std::string_view::npos ? s_.size() : end + close.size();
        return text;
    }

    std::string quoted(char quote) {
        std::string out;
        ++i_;
        while (i_ < s_.size() && s_[i_] != quote) {
            const char c = s_[i_++];
            if (c == '\n') { ++line_; break; }  // an unfinished string: Lua reports it; stop here
            if (c != '\\' || i_ >= s_.size()) { out += c; continue; }
            const char e = s_[i_++];
            if (e == '\n') { ++line_; out += '\n'; }
            else if (e == 'z') {
                while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) {
                    if (s_[i_] == '\n') ++line_;
                    ++i_;
                }
            } else if (e == 'n') out += '\n';
            else if (e == 't') out += '\t';
            else out += e;  // \\ \" \' and the rest: close enough for ids and keys
        }
        if (i_ < s_.size() && s_[i_] == quote) ++i_;
        return out;
    }

    std::string_view s_;
    std::size_t i_ = 0;
    int line_ = 1;
};

bool isName(const Token& t, std::string_view text) { return t.kind == Tok::Name && t.text == text; }
bool isOp(const Token& t, std::string_view text) { return t.kind == Tok::Other && t.text == text; }

}  // namespace

// ---------------------------------------------------------------------------- table walk

SourceLines::SourceLines(std::string_view source) {
    const std::vector<Token> tokens = Tokenizer(source).run();
    struct Open {
        int table;
        bool entry_start = true;  // the next token begins an entry (after '{', ',' or ';')
        int parens = 0;           // ( and [ depth inside the current entry
        int positional = 0;       // list items so far
        int key = -1;             // the key the current entry assigns, if any
    };
    std::vector<Open> stack;
    const auto at = [&](std::size_t i) -> const Token* { return i < tokens.size() ? &tokens[i] : nullptr; };

    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        // A function body inside a table: skip to its `end` (its own tables do not matter).
        if (!stack.empty() && isName(t, "function")) {
            int depth = 0;
            for (; i < tokens.size(); ++i) {
                const Token& u = tokens[i];
                if (u.kind != Tok::Name) continue;
                if (u.text == "function" || u.text == "if" || u.text == "do" || u.text == "repeat") ++depth;
                else if ((u.text == "end" || u.text == "until") && --depth == 0) break;
            }
            if (!stack.empty()) stack.back().entry_start = false;
            continue;
        }
        if (t.kind == Tok::Open) {
            Table table;
            // `name "id" {` or `name {`: the builder this table is given to.
            if (i >= 2 && tokens[i - 1].kind == Tok::String && tokens[i - 2].kind == Tok::Name) {
                table.builder = tokens[i - 2].text;
                table.id = tokens[i - 1].text;
                table.call_line = tokens[i - 2].line;
            } else if (i >= 1 && tokens[i - 1].kind == Tok::Name &&
                       !(i >= 2 && (isOp(tokens[i - 2], ".") || isOp(tokens[i - 2], ":")))) {
                table.builder = tokens[i - 1].text;
                table.call_line = tokens[i - 1].line;
            } else {
                table.call_line = t.line;
            }
            const int index = static_cast<int>(tables_.size());
            tables_.push_back(std::move(table));
            if (!stack.empty()) {
                Open& parent = stack.back();
                if (parent.entry_start) {  // a list item that is a table: { "a" }, node "x" {…} is not
                    ++parent.positional;
                    tables_[static_cast<std::size_t>(parent.table)].keys.push_back(
                        {"[" + std::to_string(parent.positional) + "]", t.line, index});
                    parent.entry_start = false;
                } else if (parent.key >= 0 && parent.parens == 0) {
                    Key& key = tables_[static_cast<std::size_t>(parent.table)].keys[static_cast<std::size_t>(parent.key)];
                    if (key.child < 0) key.child = index;
                }
            }
            stack.push_back({index});
            continue;
        }
        if (stack.empty()) continue;
        Open& top = stack.back();
        if (t.kind == Tok::Close) {
            stack.pop_back();
            continue;
        }
        if (isOp(t, "(") || isOp(t, "[")) {
            // `[ "key" ] =` at the start of an entry is a key, not an index.
            if (top.entry_start && isOp(t, "[") && at(i + 1) && at(i + 1)->kind == Tok::String && at(i + 2) &&
                isOp(*at(i + 2), "]") && at(i + 3) && isOp(*at(i + 3), "=")) {
                Table& table = tables_[static_cast<std::size_t>(top.table)];
                top.key = static_cast<int>(table.keys.size());
                table.keys.push_back({tokens[i + 1].text, t.line, -1});
                top.entry_start = false;
                i += 3;
                continue;
            }
            if (top.entry_start) {
                ++top.positional;
                tables_[static_cast<std::size_t>(top.table)].keys.push_back(
                    {"[" + std::to_string(top.positional) + "]", t.line, -1});
                top.key = -1;
            }
            ++top.parens;
            top.entry_start = false;
            continue;
        }
        if (isOp(t, ")") || isOp(t, "]")) {
            top.parens = std::max(0, top.parens - 1);
            continue;
        }
        if (top.parens == 0 && (isOp(t, ",") || isOp(t, ";"))) {
            top.entry_start = true;
            top.key = -1;
            continue;
        }
        if (top.entry_start) {
            Table& table = tables_[static_cast<std::size_t>(top.table)];
            if (t.kind == Tok::Name && at(i + 1) && isOp(*at(i + 1), "=")) {
                for (const Key& k : table.keys)
                    if (k.name == t.text) {
                        // The innermost table with a builder names where it is.
                        std::string builder, id;
                        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
                            const Table& owner = tables_[static_cast<std::size_t>(it->table)];
                            if (!owner.builder.empty()) {
                                builder = owner.builder;
                                id = owner.id;
                                break;
                            }
                        }
                        repeats_.push_back({t.text, t.line, builder, id});
                        break;
                    }
                top.key = static_cast<int>(table.keys.size());
                table.keys.push_back({t.text, t.line, -1});
                ++i;  // past '='
            } else {
                ++top.positional;
                table.keys.push_back({"[" + std::to_string(top.positional) + "]", t.line, -1});
                top.key = -1;
            }
            top.entry_start = false;
        }
    }
}

// ---------------------------------------------------------------------------- lookups

int SourceLines::find(std::string_view builder, std::string_view id, int line) const {
    int fallback = -1, matches = 0;
    for (std::size_t i = 0; i < tables_.size(); ++i) {
        const Table& t = tables_[i];
        if (t.builder != builder || t.id != id) continue;
        if (t.call_line == line) return static_cast<int>(i);
        ++matches;
        fallback = static_cast<int>(i);
    }
    // A named table (node "x") found elsewhere is still the one when its id is unique.
    return !id.empty() && matches == 1 ? fallback : -1;
}

int SourceLines::line(std::string_view builder, std::string_view id, int table_line, std::string_view path) const {
    int table = find(builder, id, table_line);
    if (table < 0) return 0;
    int found = tables_[static_cast<std::size_t>(table)].call_line;
    while (!path.empty()) {
        const std::size_t dot = path.find('.');
        const std::string_view part = path.substr(0, dot);
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
        if (table < 0) return 0;
        const std::vector<Key>& keys = tables_[static_cast<std::size_t>(table)].keys;
        // Lua keeps the last of a key written twice: so does this.
        const auto it = std::find_if(keys.rbegin(), keys.rend(), [&](const Key& k) { return k.name == part; });
        if (it == keys.rend()) return 0;
        found = it->line;
        table = it->child;
    }
    return found;
}

}  // namespace saqbol
