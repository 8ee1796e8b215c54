// SPDX-License-Identifier: MIT
// The UI's own strings: English in the code (the msgid), translated in
// locales/<lang>/ui.po. `tr("Choose")` returns the text in the current language, or the
// English source if a translation is missing — never a blank.
#pragma once

#include <string>
#include <string_view>

#include "catalog.h"
#include "problem.h"

// Marks an English UI string for extraction (xgettext --keyword=N_) where it is not
// passed to tr() directly, e.g. in a table.
#define N_(english) english

namespace saqbol {

class UiText {
public:
    // Loads locales/<lang>/ui.po under `root` (nothing for en; xx is pseudo-English).
    UiText(const std::string& lang, const std::string& root, const ProblemSink& sink);
    const std::string& lang() const { return lang_; }
    // The translation of an English UI string.
    std::string tr(std::string_view english) const;
    // tr() with "%s" replaced by `arg` (once).
    std::string tr(std::string_view english, std::string_view arg) const;

private:
    std::string lang_;
    Catalog catalog_;
};

}  // namespace saqbol
