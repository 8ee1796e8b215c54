// SPDX-License-Identifier: MIT
// pack.json, a pack's manifest: who made the pack and for which languages. Read from text
// (the callers read the file, or the zip entry) and checked field by field; every problem
// names pack.json and the line of the field (nlohmann::json gives no positions for values,
// so a small scan of the text finds each top-level key's line). No disk, no UI.
//
//   { "name": "Shymkent stories", "author": "School 12", "version": "1.0",
//     "licence": "CC-BY-4.0", "languages": ["kk", "ru"],
//     "description": "...", "min_format": 1 }
//
// name and description may also be one text per language: {"kk": "...", "ru": "..."}.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "problem.h"

namespace saqbol::packs {

// The newest pack format this SaqBol reads; a pack whose min_format is higher is refused.
inline constexpr int kPackFormat = 1;

// The languages a pack may list (the game's languages).
inline constexpr const char* kPackLanguages[] = {"kk", "ru", "en"};

// A text given once for every language ("" key) or per language ("kk", "ru", "en").
struct PackText {
    std::map<std::string, std::string> by_lang;
    // The text in `lang`: its own, else the one for every language, else the first of
    // `order` that has one, else any.
    std::string in(const std::string& lang, const std::vector<std::string>& order = {}) const;
    bool empty() const { return by_lang.empty(); }
};

struct Manifest {
    PackText name;                       // shown on the picker's cards
    std::string author;                  // a person or a school
    std::string version;                 // e.g. "1.0" or "2024.2"
    std::string licence;                 // e.g. "CC-BY-4.0" (an SPDX id is best)
    std::vector<std::string> languages;  // the languages the pack's scenarios can be played in
    PackText description;                // optional
    int min_format = 1;                  // the pack format it needs
    // The name in `lang` (falling back along `languages`).
    std::string nameIn(const std::string& lang) const { return name.in(lang, languages); }
};

// Checks pack.json's `text`; `file` names it in problems. Errors (SB101, SB105) and
// warnings (an unknown field, SB101) are appended to `problems`; nullopt when any error.
std::optional<Manifest> parseManifest(const std::string& text, const std::string& file,
                                      std::vector<Problem>& problems);

}  // namespace saqbol::packs
