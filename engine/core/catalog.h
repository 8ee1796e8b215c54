// SPDX-License-Identifier: MIT
// The text catalog: translations of one language, keyed by (context, source text) as in
// gettext PO files, and the text helpers every screen uses — `{var}` placeholders with
// grouped numbers, and the `xx` pseudo-language for spotting untranslated or overflowing
// text. Loading PO files happens in the script layer; the catalog only holds strings.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scenario.h"

namespace saqbol {

// The languages shipped, Kazakh first; "xx" is the pseudo-language.
bool isKnownLanguage(std::string_view lang);

class Catalog {
public:
    // Adds a translation; an empty `translation` is ignored (the source text is used).
    void add(std::string context, std::string source, std::string translation);
    // The translation, or the source text itself when there is none — never blank.
    std::string_view lookup(std::string_view context, std::string_view source) const;
    bool contains(std::string_view context, std::string_view source) const;
    std::size_t size() const { return entries_.size(); }
    // Every translation, in key order (e.g. for a font holding the letters in use).
    std::vector<std::string> translations() const;

private:
    std::map<std::pair<std::string, std::string>, std::string, std::less<>> entries_;
};

// Replaces `{name}` with the variable's value; numbers are grouped by thousands for `lang`
// (480 000 in kk/ru, 480,000 in en). Unknown names are left as written.
std::string expandText(std::string_view text, const Variables& vars, std::string_view lang);

// A whole number grouped by thousands for `lang`.
std::string groupNumber(double value, std::string_view lang);

// One player-facing string of a scenario, as a PO entry names it.
struct SourceString {
    std::string context;   // "<scenario-id>:<node-id>" or "<scenario-id>:@meta"
    std::string text;      // the source text (msgid)
    int line = 0;
};

// Every player-facing string of `scenario`, in file order, each (context, text) once.
std::vector<SourceString> scenarioStrings(const Scenario& scenario);

// The msgctxt of a string in `node_id` ("@meta" for strings outside nodes).
std::string textContext(const Scenario& scenario, std::string_view node_id);

// True if `text` is well-formed UTF-8 (no overlong forms, no surrogates).
bool isValidUtf8(std::string_view text);

// The pseudo-language: Latin (and Cyrillic) letters accented, about 40% longer, in brackets.
std::string pseudoTranslate(std::string_view text);

}  // namespace saqbol
