// SPDX-License-Identifier: MIT
// How much of a template one language's PO file translates: total, translated, fuzzy and
// missing strings, and the first fuzzy and missing ones with the source line they come
// from — what `saqbol i18n check` and `saqbol lint` report. Fuzzy is not translated (the
// game shows the source text for it, as gettext does). Pure: catalogs come in loaded.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "po_catalog.h"

namespace saqbol {

// One template string, with where it comes from (the template's first reference).
struct TemplateString {
    std::string context;   // msgctxt ("" when none)
    std::string text;      // msgid
    std::string file;      // the source file ("" when the template has no references)
    int line = 0;
};

struct TranslationCoverage {
    std::size_t total = 0;       // strings in the template
    std::size_t translated = 0;  // translated and not fuzzy
    std::size_t fuzzy = 0;       // translated for an older source text: needs review
    std::size_t missing = 0;     // no entry, or an empty translation
    std::size_t unused = 0;      // live entries of the PO file the template no longer has
    std::optional<TemplateString> first_missing;
    std::optional<TemplateString> first_fuzzy;

    bool complete() const { return fuzzy == 0 && missing == 0; }
    TranslationCoverage& operator+=(const TranslationCoverage& other);
};

// Counts `pot`'s strings in `po` (null: no file — everything is missing).
TranslationCoverage translationCoverage(const PoCatalog& pot, const PoCatalog* po);

}  // namespace saqbol
