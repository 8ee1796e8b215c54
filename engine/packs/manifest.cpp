// SPDX-License-Identifier: MIT
#include "manifest.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "pack_codes.h"

namespace saqbol::packs {
namespace {

using nlohmann::json;

// The line of each top-level key of a JSON object held in `text` (already parsed, so
// well formed): a string at depth 1 followed by ':' is a key.
std::map<std::string, int> keyLines(const std::string& text) {
    std::map<std::string, int> lines;
    int line = 1, depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') ++line;
        if (c == '{' || c == '[') ++depth;
        if (c == '}' || c == ']') --depth;
        if (c != '"') continue;
        const int start_line = line;
        std::string raw;
        for (++i; i < text.size() && text[i] != '"'; ++i) {
            if (text[i] == '\\' && i + 1 < text.size()) raw += text[i++];
            if (text[i] == '\n') ++line;
            raw += text[i];
        }
        std::size_t next = i + 1;
        while (next < text.size() &&
               (text[next] == ' ' || text[next] == '\t' || text[next] == '\r' || text[next] == '\n'))
            ++next;
        if (depth == 1 && next < text.size() && text[next] == ':') lines.emplace(raw, start_line);
    }
    return lines;
}

std::size_t codePoints(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool isLanguage(const std::string& lang) {
    return std::any_of(std::begin(kPackLanguages), std::end(kPackLanguages),
                       [&](const char* l) { return lang == l; });
}

class Checker {
public:
    Checker(const std::string& text, std::string file, std::vector<Problem>& problems)
        : lines_(keyLines(text)), file_(std::move(file)), problems_(problems) {}

    int lineOf(const std::string& key) const {
        auto it = lines_.find(key);
        return it == lines_.end() ? 1 : it->second;
    }
    void error(const std::string& key, const std::string& message, const char* code = codes::kManifest) {
        problems_.push_back({file_, lineOf(key), code, Severity::Error, message});
        ok_ = false;
    }
    void warning(const std::string& key, const std::string& message) {
        problems_.push_back({file_, lineOf(key), codes::kManifest, Severity::Warning, message});
    }
    bool ok() const { return ok_; }

    // A one-line text of at most `max` letters; false (reported) when it is not.
    bool oneLine(const std::string& key, const std::string& what, const std::string& value, std::size_t max) {
        if (value.find_first_not_of(" \t") == std::string::npos) {
            error(key, "\"" + key + "\" is empty; write " + what);
            return false;
        }
        if (std::any_of(value.begin(), value.end(),
                        [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
            error(key, "\"" + key + "\" has a line break or a control character; write it on one line");
            return false;
        }
        if (codePoints(value) > max) {
            error(key, "\"" + key + "\" is " + std::to_string(codePoints(value)) + " letters long; at most " +
                           std::to_string(max) + " fit on the picker's card");
            return false;
        }
        return true;
    }

    // A required or optional string field.
    std::optional<std::string> text(const json& root, const std::string& key, const std::string& what,
                                    std::size_t max, bool required) {
        auto it = root.find(key);
        if (it == root.end()) {
            if (required) error(key, "missing field \"" + key + "\": " + what);
            return std::nullopt;
        }
        if (!it->is_string()) {
            error(key, "\"" + key + "\" must be a text in quotes: " + what);
            return std::nullopt;
        }
        const std::string value = it->get<std::string>();
        if (!oneLine(key, what, value, max)) return std::nullopt;
        return value;
    }

    // A text, or one text per language: {"kk": "...", "ru": "..."}.
    PackText localized(const json& root, const std::string& key, const std::string& what, std::size_t max,
                       bool required) {
        PackText out;
        auto it = root.find(key);
        if (it == root.end()) {
            if (required) error(key, "missing field \"" + key + "\": " + what);
            return out;
        }
        if (it->is_string()) {
            const std::string value = it->get<std::string>();
            if (oneLine(key, what, value, max)) out.by_lang[""] = value;
            return out;
        }
        if (!it->is_object() || it->empty()) {
            error(key,
                  "\"" + key +
                      "\" must be a text in quotes, or one per language: {\"kk\": \"...\", \"ru\": \"...\"}");
            return out;
        }
        for (const auto& [lang, value] : it->items()) {
            if (!isLanguage(lang)) {
                error(key, "\"" + key + "\" has a text for '" + lang + "'; expected one of: kk, ru, en");
                continue;
            }
            if (!value.is_string()) {
                error(key, "\"" + key + "\" for '" + lang + "' must be a text in quotes");
                continue;
            }
            if (oneLine(key, what, value.get<std::string>(), max))
                out.by_lang[lang] = value.get<std::string>();
        }
        return out;
    }

private:
    std::map<std::string, int> lines_;
    std::string file_;
    std::vector<Problem>& problems_;
    bool ok_ = true;
};

// "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..." → "syntax error ...".
std::string parseMessage(const std::string& what) {
    const auto colon = what.find(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

std::string PackText::in(const std::string& lang, const std::vector<std::string>& order) const {
    if (auto it = by_lang.find(lang); it != by_lang.end()) return it->second;
    if (auto it = by_lang.find(""); it != by_lang.end()) return it->second;
    for (const std::string& l : order)
        if (auto it = by_lang.find(l); it != by_lang.end()) return it->second;
    return by_lang.empty() ? std::string() : by_lang.begin()->second;
}

std::optional<Manifest> parseManifest(const std::string& text, const std::string& file,
                                      std::vector<Problem>& problems) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        const int line = 1 + static_cast<int>(std::count(
                                 text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        const std::string why = parseMessage(e.what());
        // The commonest slip: a line without its comma; the parser stops on the next line.
        const bool comma = why.find("unexpected string literal") != std::string::npos && line > 1;
        problems.push_back(
            {file, line, codes::kManifest, Severity::Error,
             "not valid JSON: " + why +
                 (comma ? " (is a comma missing at the end of line " + std::to_string(line - 1) + "?)"
                        : " (pack.json is one { ... } of \"field\": value pairs separated by commas)")});
        return std::nullopt;
    }
    if (!root.is_object()) {
        problems.push_back(
            {file, 1, codes::kManifest, Severity::Error,
             "pack.json must be one object: { \"name\": ..., \"author\": ..., \"version\": ..., "
             "\"licence\": ..., \"languages\": [...] }"});
        return std::nullopt;
    }
    Checker check(text, file, problems);
    Manifest m;
    m.name = check.localized(root, "name",
                             "the pack's name as the picker shows it, e.g. \"Shymkent stories\"", 60, true);
    m.author = check.text(root, "author", "who made the pack: a person or a school", 80, true).value_or("");
    m.version = check.text(root, "version", "the pack's version, e.g. \"1.0\"", 20, true).value_or("");
    if (!m.version.empty() &&
        m.version.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyz"
                                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ.+-_") != std::string::npos)
        check.error("version", "\"version\" is '" + m.version +
                                   "'; use digits, letters and dots, e.g. \"1.0\" or \"2025.1\"");
    m.licence =
        check.text(root, "licence", "the licence others may use it under, e.g. \"CC-BY-4.0\"", 80, true)
            .value_or("");
    m.description = check.localized(root, "description", "a sentence about the pack", 400, false);

    if (auto it = root.find("languages"); it == root.end()) {
        check.error("languages",
                    "missing field \"languages\": the languages the scenarios can be played in, "
                    "e.g. [\"kk\", \"ru\", \"en\"]");
    } else if (!it->is_array() || it->empty()) {
        check.error("languages",
                    "\"languages\" must be a list of one or more of \"kk\", \"ru\", \"en\", "
                    "e.g. [\"kk\", \"ru\"]");
    } else {
        for (const json& lang : *it) {
            if (!lang.is_string() || !isLanguage(lang.get<std::string>())) {
                check.error("languages",
                            "\"languages\" has " + lang.dump() + "; expected one of: \"kk\", \"ru\", \"en\"");
            } else if (std::find(m.languages.begin(), m.languages.end(), lang.get<std::string>()) !=
                       m.languages.end()) {
                check.error("languages", "\"languages\" lists \"" + lang.get<std::string>() + "\" twice");
            } else {
                m.languages.push_back(lang.get<std::string>());
            }
        }
    }

    if (auto it = root.find("min_format"); it != root.end()) {
        if (!it->is_number_integer() || it->get<long long>() < 1) {
            check.error("min_format",
                        "\"min_format\" must be a whole number, 1 or more (the pack format it needs)");
        } else if (it->get<long long>() > kPackFormat) {
            check.error("min_format",
                        "this pack needs pack format " + std::to_string(it->get<long long>()) +
                            "; this SaqBol reads format " + std::to_string(kPackFormat) +
                            " and older: install a newer SaqBol to use it",
                        codes::kNewer);
        } else {
            m.min_format = static_cast<int>(it->get<long long>());
        }
    }

    static const char* const kKnown[] = {"name",      "author",      "version",   "licence",
                                         "languages", "description", "min_format"};
    for (const auto& [key, value] : root.items()) {
        if (std::any_of(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return key == k; }))
            continue;
        std::string hint;
        if (key == "license")
            hint = "; did you mean \"licence\"?";
        else if (key == "lang" || key == "language" || key == "langs")
            hint = "; did you mean \"languages\"?";
        else if (key == "title")
            hint = "; did you mean \"name\"?";
        else if (key == "authors")
            hint = "; did you mean \"author\"?";
        check.warning(key, "unknown field \"" + key + "\" (ignored)" + hint +
                               " Known: name, author, version, licence, languages, description, min_format");
    }
    if (!check.ok()) return std::nullopt;
    return m;
}

}  // namespace saqbol::packs
