// SPDX-License-Identifier: MIT
// Merging a fresh template into a language's PO file, the way gettext's `msgmerge
// --previous` does, so no translation is ever lost:
//   - same (msgctxt, msgid): the translation is kept (an obsolete one comes back);
//   - a changed source text: the most similar old entry lends its translation, marked
//     fuzzy, with the old msgctxt/msgid as "#|" lines so the translator sees what changed;
//   - a new string: an empty translation;
//   - a string gone from the template: its entry becomes obsolete ("#~"), kept in the file.
// One difference from msgmerge, on purpose: similar entries are looked for in the same
// msgctxt first (one context is one scenario node, so a string edited in place finds its
// own old translation), and only then in the whole file; msgmerge looks in the whole file
// with a tiny preference for the same context. Pure: no disk, no clock.
#pragma once

#include <string>
#include <string_view>

#include "po_catalog.h"

namespace saqbol {

// How much two texts are alike, 0..1: 2·(longest common subsequence)/(total length),
// counted in Unicode code points — gettext's fstrcmp measure.
double textSimilarity(std::string_view a, std::string_view b);

// Old entries more similar than this can lend a translation (msgmerge's threshold).
inline constexpr double kFuzzyThreshold = 0.6;

// What a merge did, counted over the template's entries and the old file's.
struct MergeStats {
    std::size_t kept = 0;      // same source text: the old entry as it was (translated or not)
    std::size_t revived = 0;   // of `kept`: were obsolete, now back in use
    std::size_t fuzzy = 0;     // changed source: an old translation, marked fuzzy
    std::size_t added = 0;     // new source text, untranslated
    std::size_t obsoleted = 0; // gone from the template; kept as obsolete entries
    std::size_t dropped = 0;   // gone and never translated (nothing to keep), as msgmerge drops them

    bool changedAnything() const { return revived + fuzzy + added + obsoleted + dropped > 0; }
};

struct MergeResult {
    PoCatalog catalog;
    MergeStats stats;
};

// Merges `pot` (the template: msgids, references, format flags) into `po` (the language's
// file: translations, translator comments, header). The result lists the template's
// entries in its order, then the obsolete ones; its header is `po`'s with the template's
// POT-Creation-Date.
MergeResult mergeCatalog(const PoCatalog& po, const PoCatalog& pot);

}  // namespace saqbol
