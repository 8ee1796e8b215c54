// SPDX-License-Identifier: MIT
// A PO file as plain data — every part a translator or gettext's tools care about (the
// header, translator comments, references, flags, the previous msgid of a fuzzy entry,
// obsolete entries), so a file read, merged and written back loses nothing. Also the
// templates made from a scenario and the header of a new language file.
// Pure: reading and writing files is the script layer's job (po_reader.h, po_writer.h);
// times come in as text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog.h"
#include "scenario.h"

namespace saqbol {

// One PO entry. The header is the entry with an empty msgid (kept apart in PoCatalog).
struct PoMessage {
    std::optional<std::string> msgctxt;        // none: no context at all (the UI's strings)
    std::string msgid;
    std::optional<std::string> msgid_plural;
    std::string msgstr;                        // the translation; empty = untranslated
    std::vector<std::string> msgstr_plural;    // with msgid_plural: one per plural form
    std::string comments;                      // translator comments ("# "), kept by merges
    std::string extracted_comments;            // "#." notes from the template
    std::vector<std::pair<std::string, int>> references;  // "#: file:line"
    std::vector<std::string> formats;          // e.g. "c-format": the flags gettext checks
    bool fuzzy = false;                        // the translation may no longer fit the msgid
    bool obsolete = false;                     // "#~": kept for its translation, not used
    std::optional<std::string> prev_msgctxt;   // "#| msgctxt": what a fuzzy entry was for
    std::optional<std::string> prev_msgid;     // "#| msgid"
    std::optional<std::string> prev_msgid_plural;

    // Translated and not fuzzy: what the game shows.
    bool translated() const;
    // Has some translation text (fuzzy or not).
    bool hasText() const;
    // Has something worth keeping: a translation or a translator's comment.
    bool holdsWork() const { return hasText() || !comments.empty(); }
};

// A whole PO or POT file.
struct PoCatalog {
    std::string header;            // the header entry's msgstr ("Field: value\n" lines)
    std::string header_comments;   // the comments above the header
    bool header_fuzzy = false;     // templates carry "#, fuzzy" on the header
    std::vector<PoMessage> messages;  // in file order; obsolete ones usually last

    // The entry for (context, msgid) — obsolete ones only when `obsolete_too`.
    const PoMessage* find(const std::optional<std::string>& msgctxt, std::string_view msgid,
                          bool obsolete_too = false) const;
};

// A header field's value ("Language" → "ru"), or nullopt.
std::optional<std::string> headerField(std::string_view header, std::string_view field);
// The header with `field` set to `value` (added at the end when absent).
std::string setHeaderField(std::string_view header, std::string_view field, std::string_view value);

// The shipped languages' names and plural rules, for new files' headers.
const char* languageEnglishName(std::string_view lang);
const char* pluralForms(std::string_view lang);

// An empty translation of `pot` into `lang`, ready to merge into: a header with Language,
// Plural-Forms and charset UTF-8 (keeping the template's Project-Id-Version and
// Report-Msgid-Bugs-To) and a first comment line "<Language> translation of <what>.".
// `now` is "YYYY-MM-DD HH:MM+ZZZZ".
PoCatalog newTranslation(const PoCatalog& pot, std::string_view lang, std::string_view what, std::string_view now);

// The template of `strings` (a scenario's, the quiz's or a lesson's, in source language
// `lang`): the source text as msgid, its context as msgctxt, `reference`
// ("scenarios/x.lua") with each string's line. `what` ("the SaqBol scenario \"x\"") goes
// in the first comment line; `now` fills POT-Creation-Date.
PoCatalog stringsTemplate(const std::string& id, const std::string& lang, const std::vector<SourceString>& strings,
                          const std::string& what, const std::string& reference, std::string_view now);

// stringsTemplate for `scenario` (msgctxt "<id>:<node>", see textContext).
PoCatalog scenarioTemplate(const Scenario& scenario, const std::string& reference, std::string_view now);

}  // namespace saqbol
